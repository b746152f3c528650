import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Membership, type Member, type MemberRole, type MemberState, type MembershipOutput, type MembershipSend, type View,
} from "./membership.js";
import { BullyElection } from "../clock/bully.js";

const cfg = { heartbeatMs: 50, failureTimeoutMs: 300, proposeTimeoutMs: 500, joinRetryMs: 300 };

function member(id: string, rank: number, role: MemberRole = "server", state: MemberState = "active"): Member {
  return { id, role, rank, peerEndpoint: `tcp://${id}:1`, userEndpoint: "", pubEndpoint: "", state };
}
const names = (out: MembershipOutput): string[] => out.events.map((e) => e.name);
const dests = (out: MembershipOutput, body?: string): string[] =>
  out.send.filter((s) => body === undefined || s.body === body).map((s) => s.to);
const viewOf = (epoch: number, coordinator: string, ...members: Member[]): View => ({
  epoch, coordinator, members: [...members].sort((a, b) => (a.id < b.id ? -1 : 1)),
});

/** A member with `view` installed (received from its coordinator) and Bully's verdict set. */
function installedAt(self: Member, view: View, coordinator: string): Membership {
  const m = new Membership(self, cfg);
  if (view.members.length === 1 && view.members[0]?.id === self.id) m.bootstrap(0);
  else {
    m.requestJoin(0, ["tcp://seed:1"]);
    m.receive(0, view.coordinator, { body: "view", view });
  }
  m.setCoordinator(0, coordinator);
  return m;
}

test("bootstrap installs epoch 1 with self alone", () => {
  const m = new Membership(member("s1", 1), cfg);
  const out = m.bootstrap(0);
  assert.deepEqual(out.installed, viewOf(1, "s1", member("s1", 1)));
  assert.deepEqual(names(out), ["VIEW_INSTALLED"]);
  assert.equal(m.status, "member");
  assert.deepEqual(m.bootstrap(1), { send: [], events: [] }, "only once");
});

test("a joiner asks every seed, learns the coordinator from a seed's view and asks it at once", () => {
  const j = new Membership(member("s3", 3, "server", "joining"), cfg);
  const out = j.requestJoin(0, ["tcp://b:1", "tcp://a:1", "tcp://b:1", "tcp://s3:1"]);
  assert.deepEqual(dests(out), ["tcp://a:1", "tcp://b:1"], "sorted, deduplicated, never itself");
  assert.equal(j.status, "joining");
  const v = viewOf(4, "c1", member("c1", 100, "clock"), member("s1", 1));
  const ans = j.receive(10, "s1", { body: "view", view: v });
  assert.equal(ans.installed, undefined, "a view without us is not installed by a joiner");
  assert.deepEqual(dests(ans, "join_request"), ["c1"]);
  assert.equal(j.coordinator, "c1");
  assert.equal(j.endpointOf("c1"), "tcp://c1:1");
  // Until it is in a view it keeps the seeds in every retry: the named coordinator may be dead.
  assert.deepEqual(dests(j.tick(310)), ["c1", "tcp://a:1", "tcp://b:1"]);
  assert.deepEqual(dests(j.tick(400)), [], "not before join_retry");
});

test("a joiner with every seed down keeps trying and never forms a view", () => {
  const j = new Membership(member("s2", 2, "server", "joining"), cfg);
  j.requestJoin(0, ["tcp://s1:1"]);
  for (let t = 300; t <= 3000; t += 300) assert.deepEqual(dests(j.tick(t)), ["tcp://s1:1"]);
  assert.equal(j.view, null);
});

test("a member that is not the coordinator answers a join with its view and forwards it once", () => {
  const v = viewOf(3, "s2", member("s1", 1), member("s2", 2));
  const m = installedAt(member("s1", 1), v, "s2");
  const s3 = member("s3", 3, "server", "joining");
  const out = m.receive(5, "s3", { body: "join_request", member: s3 });
  assert.deepEqual(out.send, [{ to: "s3", body: "view", view: v }, { to: "s2", body: "join_request", member: s3 }]);
  assert.deepEqual(dests(m.receive(6, "s4", { body: "join_request", member: s3 })), ["s3"], "a forwarded request is not forwarded again");
  assert.equal(m.endpointOf("s3"), "tcp://s3:1", "the driver can reach it before it is in any view");
});

test("the coordinator queues a join and proposes on the next tick; a majority of active servers installs", () => {
  const [s1, s2, s3] = [member("s1", 1), member("s2", 2), member("s3", 3)];
  const c = installedAt(s3, viewOf(5, "s3", s1, s2, s3), "s3");
  const joiner = member("s4", 4, "server", "joining");
  const q = c.receive(10, "s4", { body: "join_request", member: joiner });
  assert.deepEqual(names(q), ["MEMBER_JOINING"]);
  assert.deepEqual(q.send, []);
  assert.deepEqual(names(c.receive(11, "s4", { body: "join_request", member: joiner })), [], "a retry queues nothing new");
  const p = c.tick(20);
  assert.deepEqual(dests(p, "view_change"), ["s1", "s2"], "to the current view's active servers, by id");
  const ev = p.events.find((e) => e.name === "VIEW_PROPOSED");
  assert.deepEqual(ev, { name: "VIEW_PROPOSED", epoch: 6, members: ["s1", "s2", "s3", "s4"], voters: ["s1", "s2", "s3"], need: 2 });
  assert.equal(c.receive(25, "s4", { body: "view_ack", epoch: 6, accepted: true }).installed, undefined, "not a voter");
  assert.equal(c.receive(26, "s1", { body: "view_ack", epoch: 5, accepted: true }).installed, undefined, "wrong epoch");
  const done = c.receive(30, "s1", { body: "view_ack", epoch: 6, accepted: true });
  assert.equal(done.installed?.epoch, 6);
  assert.deepEqual(dests(done, "view"), ["s1", "s2", "s4"]);
  assert.deepEqual(c.tick(40).send.filter((s) => s.body !== "heartbeat"), [], "nothing left to propose");
});

test("without a majority the proposal expires and is retried at a higher epoch", () => {
  const [s1, s2, s3] = [member("s1", 1), member("s2", 2), member("s3", 3)];
  const c = installedAt(s3, viewOf(5, "s3", s1, s2, s3), "s3");
  c.receive(0, "s1", { body: "leave_request", id: "s1" });
  assert.equal(c.tick(10).send.filter((s) => s.body === "view_change").length, 2);
  c.receive(20, "s1", { body: "view_ack", epoch: 6, accepted: false });
  const again = c.tick(510);
  assert.deepEqual(names(again).filter((n) => n.startsWith("VIEW_")), ["VIEW_PROPOSAL_EXPIRED", "VIEW_PROPOSED"]);
  assert.equal(c.proposing, 7);
  assert.equal(c.view?.epoch, 5, "a minority changes nothing");
});

test("a view with no active server changes on the coordinator's word alone", () => {
  const c1 = member("c1", 100, "clock");
  const c = installedAt(c1, viewOf(1, "c1", c1), "c1");
  c.receive(0, "s1", { body: "join_request", member: member("s1", 1, "server", "joining") });
  const out = c.tick(1);
  assert.equal(out.installed?.epoch, 2);
  assert.deepEqual(dests(out, "view"), ["s1"]);
  assert.deepEqual(dests(out, "view_change"), []);
});

test("a member acks one proposer per epoch, and nothing at or below its installed epoch", () => {
  const v = viewOf(5, "s3", member("s1", 1), member("s3", 3));
  const m = installedAt(member("s1", 1), v, "s3");
  const p = (epoch: number, by: string): View => ({ ...v, epoch, coordinator: by });
  assert.deepEqual(m.receive(0, "s3", { body: "view_change", view: p(6, "s3") }).send, [{ to: "s3", body: "view_ack", epoch: 6, accepted: true }]);
  const rej = m.receive(1, "s2", { body: "view_change", view: p(6, "s2") });
  assert.deepEqual(rej.send, [{ to: "s2", body: "view_ack", epoch: 6, accepted: false }]);
  assert.equal(rej.events[0]?.["accepted_from"], "s3");
  assert.equal(m.receive(2, "s3", { body: "view_change", view: p(6, "s3") }).send[0]?.body === "view_ack", true);
  // A refusal names the highest epoch we promised, so a coordinator behind us proposes above it at once.
  assert.deepEqual(m.receive(3, "s3", { body: "view_change", view: p(5, "s3") }).send[0], { to: "s3", body: "view_ack", epoch: 6, accepted: false });
});

test("a restarted voter keeps its promise: no second proposal for an epoch it accepted before the crash", () => {
  const promises: number[] = [];
  const v = viewOf(6, "c2", member("c2", 102, "clock"), member("s1", 1), member("s3", 3));
  // Before the crash s1 accepted c2's epoch 7 (and wrote it down); this is the restarted process.
  const m = new Membership(member("s1", 1), { ...cfg, promised: 7, onPromise: (e) => promises.push(e) });
  m.requestJoin(0, ["tcp://seed:1"]);
  m.receive(0, "s3", { body: "view", view: v });
  const rival = m.receive(1, "s3", { body: "view_change", view: { ...v, epoch: 7, coordinator: "s3" } });
  assert.deepEqual(rival.send, [{ to: "s3", body: "view_ack", epoch: 7, accepted: false }]);
  assert.deepEqual(promises, []);
  const next = m.receive(2, "s3", { body: "view_change", view: { ...v, epoch: 8, coordinator: "s3" } });
  assert.deepEqual(next.send, [{ to: "s3", body: "view_ack", epoch: 8, accepted: true }]);
  assert.deepEqual(promises, [8], "written down before the ack leaves");
});

test("the coordinator suspects a silent member, forgives it when it speaks, and starts timers afresh", () => {
  const [s1, s2, s3] = [member("s1", 1), member("s2", 2), member("s3", 3)];
  const c = installedAt(s3, viewOf(5, "s3", s1, s2, s3), "s3");
  c.setCoordinator(1000, "");
  c.setCoordinator(1000, "s3"); // became coordinator again at 1000: nobody is suspected for 300 ms
  c.heard(1200, "s1");
  assert.deepEqual(names(c.tick(1300)).filter((n) => n === "MEMBER_SUSPECTED"), []);
  const out = c.tick(1301);
  assert.deepEqual(out.events.filter((e) => e.name === "MEMBER_SUSPECTED").map((e) => e.id), ["s2"]);
  assert.deepEqual(dests(out, "view_change"), ["s1", "s2"]);
  const back = c.heard(1310, "s2");
  assert.deepEqual(names(back), ["MEMBER_UNSUSPECTED", "VIEW_PROPOSAL_WITHDRAWN"]);
  assert.equal(c.proposing, 0);
});

test("a member removed without asking joins again; one that asked leaves", () => {
  const [s1, s2, s3] = [member("s1", 1), member("s2", 2), member("s3", 3)];
  const m = installedAt(s1, viewOf(5, "s3", s1, s2, s3), "s3");
  const out = m.receive(10, "s3", { body: "view", view: viewOf(6, "s3", s2, s3) });
  assert.equal(out.installed?.epoch, 6);
  assert.equal(m.status, "joining");
  assert.deepEqual(out.send, [{ to: "s3", body: "join_request", member: s1 }]);

  const l = installedAt(s2, viewOf(5, "s3", s1, s2, s3), "s3");
  const ask = l.requestLeave(0);
  assert.deepEqual(ask.send, [{ to: "s3", body: "leave_request", id: "s2" }]);
  assert.deepEqual(dests(l.tick(50), "heartbeat"), ["s1", "s3"], "a leaver still beats until it is out");
  const gone = l.receive(60, "s3", { body: "view", view: viewOf(6, "s3", s1, s3) });
  assert.deepEqual(names(gone), ["VIEW_INSTALLED", "MEMBER_REMOVED", "LEFT"]);
  assert.equal(l.status, "left");
  assert.deepEqual(l.tick(1000), { send: [], events: [] });
});

test("heartbeats go to every other member; an older epoch in one gets the view again", () => {
  const [s1, c1] = [member("s1", 1), member("c1", 100, "clock")];
  const v = viewOf(7, "c1", c1, s1);
  const c = installedAt(c1, v, "c1");
  assert.deepEqual(c.tick(0).send, [{ to: "s1", body: "heartbeat", epoch: 7, coordinator: "c1", state: "active" }]);
  assert.deepEqual(c.tick(49).send, []);
  assert.deepEqual(c.receive(60, "s1", { body: "heartbeat", epoch: 6, coordinator: "c1", state: "active" }).send, [{ to: "s1", body: "view", view: v }]);
  assert.deepEqual(c.receive(61, "s1", { body: "heartbeat", epoch: 7, coordinator: "c1", state: "active" }).send, []);
});

test("a server becomes active through a second join request", () => {
  const s1 = member("s1", 1);
  const c = installedAt(s1, viewOf(1, "s1", s1), "s1");
  c.receive(0, "s2", { body: "join_request", member: member("s2", 2, "server", "joining") });
  c.tick(1); // s1 alone votes: installs at once
  const j = installedAt(member("s2", 2, "server", "joining"), c.view as View, "s1");
  const out = j.setSelfState(10, "active");
  assert.deepEqual(out.send, [{ to: "s1", body: "join_request", member: member("s2", 2) }]);
  c.receive(11, "s2", out.send[0] as MembershipSend & { body: "join_request" });
  const p = c.tick(12);
  assert.deepEqual(dests(p, "view_change"), [], "s2 was joining: s1 is the only voter");
  assert.deepEqual(p.installed?.members.map((m) => m.state), ["active", "active"]);
});

/**
 * A whole cluster in memory: Membership and Bully per member, a message queue,
 * and a clock. What the driver does, minus the sockets.
 */
class Sim {
  readonly nodes = new Map<string, { m: Membership; b: BullyElection; started: boolean }>();
  private readonly queue: { from: string; to: string; s: MembershipSend | { body: "bully"; msg: Parameters<BullyElection["receive"]>[2] } }[] = [];
  readonly dead = new Set<string>();
  now = 0;

  add(self: Member, seeds: string[] | "bootstrap"): void {
    const m = new Membership(self, cfg);
    const b = new BullyElection(self.id, self.rank, { answerTimeoutMs: 100, coordinatorTimeoutMs: 300, failureTimeoutMs: 300 }, {});
    const n = { m, b, started: false };
    this.nodes.set(self.id, n);
    this.dead.delete(self.id);
    this.out(self.id, seeds === "bootstrap" ? m.bootstrap(this.now) : m.requestJoin(this.now, seeds));
  }

  private out(id: string, o: MembershipOutput): void {
    const n = this.nodes.get(id);
    if (!n) return;
    for (const s of o.send) {
      const to = s.to.includes("://") ? s.to.slice("tcp://".length, -2) : s.to;
      this.queue.push({ from: id, to, s });
    }
    if (o.installed) {
      const ranks = Object.fromEntries(o.installed.members.map((x) => [x.id, x.rank]));
      if (n.started) this.bully(id, n.b.setMembers(this.now, ranks));
      else if (o.installed.members.some((x) => x.id === id)) {
        n.started = true;
        n.b.setMembers(this.now, ranks);
        this.bully(id, n.b.start(this.now));
      }
      const self = o.installed.members.find((x) => x.id === id);
      if (self?.state === "joining") this.out(id, n.m.setSelfState(this.now, "active"));
    }
  }

  private bully(id: string, o: ReturnType<BullyElection["tick"]>): void {
    const n = this.nodes.get(id);
    if (!n) return;
    for (const s of o.send) this.queue.push({ from: id, to: s.to, s: { body: "bully", msg: { body: s.body, rank: s.rank, term: s.term } } });
    this.out(id, n.m.setCoordinator(this.now, n.b.coordinator));
  }

  run(untilMs: number): void {
    for (; this.now < untilMs; this.now += 5) {
      for (let q = this.queue.shift(); q; q = this.queue.shift()) {
        const n = this.nodes.get(q.to);
        if (!n || this.dead.has(q.to) || this.dead.has(q.from)) continue;
        n.b.heard(this.now, q.from);
        if (q.s.body === "bully") this.bully(q.to, n.b.receive(this.now, q.from, q.s.msg));
        else this.out(q.to, n.m.receive(this.now, q.from, q.s));
      }
      for (const [id, n] of this.nodes) {
        if (this.dead.has(id)) continue;
        this.out(id, n.m.tick(this.now));
        if (n.started) this.bully(id, n.b.tick(this.now));
      }
    }
  }

  live(): [string, { m: Membership; b: BullyElection }][] {
    return [...this.nodes].filter(([id]) => !this.dead.has(id));
  }
}

test("simulated cluster: forms one view, survives the coordinator's crash, takes it back on restart", () => {
  const sim = new Sim();
  sim.add(member("s1", 1), "bootstrap");
  sim.add(member("s2", 2, "server", "joining"), ["tcp://s1:1"]);
  sim.add(member("s3", 3, "server", "joining"), ["tcp://s1:1", "tcp://s2:1"]);
  sim.add(member("c1", 100, "clock"), ["tcp://s2:1"]);
  sim.run(3000);
  const agree = (want: string[], coord: string): void => {
    const views = sim.live().map(([, n]) => n.m.view);
    const epochs = new Set(views.map((v) => v?.epoch));
    assert.equal(epochs.size, 1, `one epoch everywhere: ${[...epochs].join(",")}`);
    assert.deepEqual(views[0]?.members.map((m) => m.id), want);
    assert.ok(views[0]?.members.every((m) => m.state === "active"));
    for (const [id, n] of sim.live()) assert.equal(n.b.coordinator, coord, `${id} follows ${coord}`);
  };
  agree(["c1", "s1", "s2", "s3"], "c1");

  sim.dead.add("c1");
  sim.run(6000);
  agree(["s1", "s2", "s3"], "s3");

  sim.add(member("c1", 100, "clock"), ["tcp://s1:1"]);
  sim.run(9000);
  agree(["c1", "s1", "s2", "s3"], "c1");

  // A minority cannot shrink the view around itself: kill two of three servers.
  const before = sim.live()[0]?.[1].m.view?.epoch;
  sim.dead.add("s2");
  sim.dead.add("s3");
  sim.run(12000);
  for (const [, n] of sim.live()) assert.equal(n.m.view?.epoch, before, "no view without a majority of active servers");
});

test("replication hooks: a server acks with its vector (callback), remembers the proposal it accepted, rejoins as a new incarnation", () => {
  const s2 = { ...member("s2", 2), origin: "s2.1" };
  const v = viewOf(3, "c1", member("c1", 101, "clock"), { ...member("s1", 1), origin: "s1.1" }, s2);
  const m = new Membership(s2, { ...cfg, have: () => [{ origin: "s2.1", seq: 4 }, { origin: "s1.1", seq: 0 }] });
  m.requestJoin(0, ["tcp://seed:1"]);
  m.receive(0, "c1", { body: "view", view: v });
  m.setCoordinator(0, "c1");
  const proposal = viewOf(4, "c1", member("c1", 101, "clock"), s2);
  const out = m.receive(10, "c1", { body: "view_change", view: proposal });
  assert.deepEqual(out.send, [{ to: "c1", body: "view_ack", epoch: 4, accepted: true, have: [{ origin: "s2.1", seq: 4 }] }]);
  assert.deepEqual(m.acceptedProposal?.members.map((x) => x.id), ["c1", "s2"], "s1.1 is dropped: replication stops acking it");
  m.receive(20, "c1", { body: "view", view: { ...proposal, cuts: [{ origin: "s1.1", seq: 4 }] } });
  assert.equal(m.acceptedProposal, null, "cleared once a view installs");
  assert.deepEqual(m.view?.cuts, [{ origin: "s1.1", seq: 4 }]);
  const again = m.setSelfOrigin(30, "s2.2", "joining");
  assert.deepEqual(names(again), ["SELF_STATE_CHANGED", "JOIN_REQUESTED"]);
  const ask = again.send.find((s) => s.body === "join_request");
  assert.ok(ask !== undefined && ask.body === "join_request");
  assert.equal(ask.member.origin, "s2.2");
  assert.equal(ask.member.state, "joining");
});

test("a proposal without a cut of the installed view is refused, and its coordinator gets our view", () => {
  const s2 = member("s2", 2);
  const withCut: View = { ...viewOf(7, "c1", member("c1", 100, "clock"), s2, member("s3", 3)), cuts: [{ origin: "s1.1", seq: 107 }] };
  const m = installedAt(s2, withCut, "c1");
  // A coordinator that missed epoch 7 proposes from an older view: no cut for s1.1.
  const stale = viewOf(9, "c2", member("c2", 101, "clock"), member("s1", 1), s2);
  const out = m.receive(10, "c2", { body: "view_change", view: stale });
  assert.deepEqual(out.send.map((s) => [s.to, s.body, s.body === "view_ack" ? s.accepted : undefined]), [
    ["c2", "view_ack", false], ["c2", "view", undefined],
  ]);
  assert.equal(out.events[0]?.reason, "missing cuts");
  // With the cut carried, the same proposal is acked.
  const fresh = { ...stale, epoch: 10, cuts: [{ origin: "s1.1", seq: 107 }] };
  const ok = m.receive(11, "c2", { body: "view_change", view: fresh });
  assert.deepEqual(ok.send.map((s) => [s.body, s.body === "view_ack" ? s.accepted : undefined]), [["view_ack", true]]);
});

test("a stale JoinRequest (JOINING) from a server ACTIVE under the same origin is ignored, and it gets the view", () => {
  const s1 = { ...member("s1", 1), origin: "s1.2" };
  const c = installedAt(member("c1", 100, "clock"), viewOf(9, "c1", member("c1", 100, "clock"), s1, member("s2", 2)), "c1");
  const out = c.receive(10, "s1", { body: "join_request", member: { ...s1, state: "joining" } });
  assert.deepEqual(names(out), ["JOIN_STALE"]);
  assert.deepEqual(dests(out), ["s1"]);
  assert.equal(c.proposing, 0, "no proposal");
  // A new incarnation joining is not stale.
  const again = c.receive(11, "s1", { body: "join_request", member: { ...s1, origin: "s1.3", state: "joining" } });
  assert.ok(!names(again).includes("JOIN_STALE"));
});
