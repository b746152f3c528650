/**
 * Replication's driver (docs/algorithms.md, "Replication and stable
 * delivery"): quorum writes, anti-entropy, stable delivery fed by heartbeats,
 * the joiner's snapshot and catch-up, cuts of retired origins. It moves
 * messages between the ClusterNode and the EventStore; the decisions live in
 * the pure pieces (social/replication.ts, social/frontier.ts).
 */
import { ErrorCode, Role, socialnet, type Body } from "../core/codec.js";
import type { ProcessCore } from "../core/process.js";
import { type Scheduler, hostScheduler, sleep } from "../core/scheduler.js";
import type { Received } from "../core/transport.js";
import type { ClusterNode } from "../cluster/node.js";
import type { Member, View } from "../cluster/membership.js";
import { originSeqsFromPb } from "../cluster/wire.js";
import { RequestError } from "../social/errors.js";
import { type Draft, type Event, comparePositions, encodeEvent, positionOf } from "../social/events.js";
import type { GroupCommit } from "../social/group-commit.js";
import {
  type OriginSeq, type WriteQuorum, QuorumTracker, chunkBySize, eventKey, lagOf, quorumNeed, syncDiff,
} from "../social/replication.js";
import type { WriteSink } from "../social/service.js";
import type { CommitResult, EventStore, ReplicatedResult, Skipped } from "../social/store.js";
import type { SocialServer } from "./server.js";

export interface ReplicatorOptions {
  writeQuorum: WriteQuorum;
  writeTimeoutMs: number;
  syncPeriodMs: number;
  /** Most events per SyncReply. */
  syncLimit?: number;
  /** Events per snapshot chunk. */
  chunkSize?: number;
  /** Joining: at most this many events behind what the others report counts as caught up. */
  catchUpSlack?: number;
  /** The next incarnation's origin (persisted), for a server removed from the view without asking. */
  reincarnate?: () => string;
  /** Time and timers (the simulator's, in src/sim/). */
  scheduler?: Scheduler;
}

/** Pushes, replies and chunks stay well under the 64 KiB frame limit. */
const FRAME_BUDGET = 48 * 1024;
const SNAPSHOT_TIMEOUT_MS = 5000;

interface Waiter {
  resolve: (e: Event) => void;
  reject: (err: unknown) => void;
  event: Event;
}

type Phase = "joining" | "snapshot" | "syncing" | "active" | "leaving";

export class Replicator implements WriteSink {
  private readonly tracker: QuorumTracker;
  private readonly waiters = new Map<string, Waiter>();
  /** Peer id -> its origin, learned from its pushes when the view does not carry Member.origin. */
  private readonly learned = new Map<string, string>();
  /** Latest version vector each server reported (heartbeats). */
  private readonly reports = new Map<string, OriginSeq[]>();
  /** Cuts this server derived itself, for retired origins a view gave no cut for. */
  private readonly localCuts = new Set<string>();
  /** Our earlier incarnations whose cut we do not know yet: their events wait. */
  private readonly ownOld = new Set<string>();
  /** Our own seqs that reached their quorum, and the contiguous top of them. */
  private readonly settledSeqs = new Set<number>();
  private settledTop = 0;
  private phase: Phase;
  private view: View | null = null;
  /**
   * The epoch of the first view that listed us ACTIVE (this incarnation), and the epoch each server's
   * latest heartbeat carried. We take writes only once every other ACTIVE server has heartbeat from that
   * epoch on: before installing that view a server did not wait for our origin and may have delivered past
   * anything we would stamp now; its heartbeat raises our Lamport clock above all it delivered.
   */
  private activeSince: number | null = null;
  private heardEpoch = new Map<string, number>();
  private rr = 0;
  private timers: (() => void)[] = [];
  private readonly clock: Scheduler;
  private joinStarted = 0;
  private snapshotFrom = "";
  private snapshotDeadline = 0;
  private copied = 0;
  private readonly serverPushes: { from: string; events: Event[]; ack: boolean }[] = [];
  /**
   * Pushed events stored beyond a gap in their origin, not acknowledged yet. An acknowledgement must mean
   * "I hold everything of this origin up to here": a cut is the highest contiguous seq the view's ackers
   * report, so an event acknowledged across a gap could end up beyond the cut (found by the simulator,
   * seed 694: acknowledged writes lost). They are acknowledged once the gap fills.
   */
  private readonly ackLater: { to: string; origin: string; seq: number }[] = [];
  private pushFlush = false;

  constructor(
    private readonly core: ProcessCore,
    private readonly node: ClusterNode,
    private readonly store: EventStore,
    private readonly commits: GroupCommit,
    private readonly server: SocialServer,
    private readonly opts: ReplicatorOptions,
    bootstrap: boolean,
  ) {
    this.clock = opts.scheduler ?? hostScheduler;
    this.tracker = new QuorumTracker(node.id);
    this.phase = bootstrap ? "active" : "joining";
    server.writeSink = this;
    server.available = () => this.phase === "active" && this.selfActive() && this.othersSeeUsActive();
    commits.mayCommit = server.available;
    server.onCommitted = (r) => this.committed(r);
    const self = node.id;
    for (const o of store.origins) {
      if (o !== store.ownOrigin && (o === self || o.startsWith(`${self}.`))) this.ownOld.add(o);
    }
    this.settledTop = store.nextSequence - 1; // a new incarnation starts at 0; a restored one was settled or cut
    store.setOwnDurable(this.settledTop);
    node.setHeartbeatHave(() => ({ entries: store.versionVector.entries() }));
    node.onViewInstalled((v) => this.safe("view", () => this.installed(v)));
    node.onMessage("heartbeat", (m) => this.safe("heartbeat", () => this.onHeartbeat(m)));
    node.onMessage("event_push", (m) => this.safe("event_push", () => this.onPush(m)));
    node.onMessage("replica_ack", (m) => this.safe("replica_ack", () => this.onAck(m)));
    node.onMessage("sync_request", (m) => this.safe("sync_request", () => this.onSyncRequest(m)));
    node.onMessage("sync_reply", (m) => this.safe("sync_reply", () => this.onSyncReply(m)));
    node.onMessage("snapshot_request", (m) => this.safe("snapshot_request", () => void this.onSnapshotRequest(m)));
    node.onMessage("snapshot_chunk", (m) => this.safe("snapshot_chunk", () => this.onSnapshotChunk(m)));
    this.timers.push(this.clock.every(opts.syncPeriodMs, () => this.safe("sync", () => this.syncTick())));
    this.timers.push(this.clock.every(20, () => this.safe("expire", () => this.expire())));
    if (node.view !== null) this.installed(node.view);
  }

  /** Users' writes: durable here, then on a quorum of the view's ACTIVE servers. */
  async submit(draft: Draft): Promise<Event> {
    const event = await this.commits.submit(draft);
    const origin = event.id?.origin ?? "";
    const seq = event.id?.seq ?? 0;
    const key = eventKey(origin, seq);
    const waiting = this.waiters.get(key);
    if (waiting !== undefined) return new Promise((resolve, reject) => this.chain(waiting, resolve, reject));
    if (this.tracker.has(key)) return new Promise<Event>((resolve, reject) => this.waiters.set(key, { resolve, reject, event }));
    // A retry answered with the event an earlier attempt stored (committed() tracks every new one). It is
    // acknowledged only when known durable: ours on a quorum, or anyone's delivered (nothing delivered is
    // ever cut). Answering it because nobody waits for it any more acknowledged writes whose first attempt
    // had ended in NO_QUORUM and that were then cut (found by the nemesis: two acknowledged writes lost).
    if (origin === this.store.ownOrigin) {
      if (seq <= this.settledTop || this.settledSeqs.has(seq)) return event;
      this.tracker.add(key, this.clock.now() + this.opts.writeTimeoutMs);
      this.push([event], true);
      return new Promise<Event>((resolve, reject) => this.waiters.set(key, { resolve, reject, event }));
    }
    if (comparePositions(positionOf(event), this.store.deliveredPosition) <= 0) return event;
    throw new RequestError(ErrorCode.ERROR_CODE_NO_QUORUM, "an earlier attempt of this request is not known to be on a quorum yet; retry");
  }

  private chain(w: Waiter, resolve: (e: Event) => void, reject: (err: unknown) => void): void {
    const [r0, j0] = [w.resolve, w.reject];
    w.resolve = (e) => { r0(e); resolve(e); };
    w.reject = (err) => { j0(err); reject(err); };
  }

  /** Leaving: refuse users from now on; resolves once every write in flight reached its quorum or failed. */
  async drain(timeoutMs = this.opts.writeTimeoutMs + 500): Promise<void> {
    this.phase = "leaving";
    const until = this.clock.now() + timeoutMs;
    while ((this.tracker.size > 0 || this.commits.pending > 0) && this.clock.now() < until) await sleep(this.clock, 10);
  }

  close(): void {
    for (const cancel of this.timers) cancel();
    this.timers = [];
  }

  get lag(): number {
    return lagOf(this.store.versionVector.entries(), this.reports.values(), this.cutMap());
  }

  // ---- the view ----

  private servers(view: View | null = this.view): Member[] {
    return (view?.members ?? []).filter((m) => m.role === "server");
  }

  private active(view: View | null = this.view): Member[] {
    return this.servers(view).filter((m) => m.state === "active");
  }

  private othersSeeUsActive(): boolean {
    if (this.activeSince === null || this.view === null) return true;
    const since = this.activeSince;
    return this.active().every((m) => m.id === this.node.id || (this.heardEpoch.get(m.id) ?? 0) >= since);
  }

  private selfActive(): boolean {
    // Without a view yet a bootstrapping server is alone and active.
    if (this.view === null) return this.phase === "active";
    // Listed under an earlier incarnation (a stale JoinRequest of ours applied late), the others wait for
    // that origin, not ours: what we stamped now they would deliver past (found by the simulator, seed 723).
    return this.active().some((m) => m.id === this.node.id && (!m.origin || m.origin === this.store.ownOrigin));
  }

  private originOf(m: Member): string {
    if (m.id === this.node.id) return this.store.ownOrigin;
    return m.origin || this.learned.get(m.id) || m.id;
  }

  private memberOf(id: string): Member | undefined {
    return this.view?.members.find((m) => m.id === id);
  }

  /** Delivery waits for the active servers' origins, and for our earlier incarnations until they are cut. */
  private setOrigins(): void {
    this.store.frontier.setOrigins([...this.active().map((m) => this.originOf(m)), ...this.ownOld]);
  }

  /**
   * Our earlier incarnations: when no view cut them, cut each where the active servers
   * say they hold it (what they derived themselves). Our own copy may hold more, unacknowledged.
   */
  private cutOwnOld(): Skipped[] {
    if (this.ownOld.size === 0) return [];
    const peers = this.active().filter((m) => m.id !== this.node.id);
    if (peers.some((m) => !this.reports.has(m.id))) return [];
    if (peers.length === 0 && !this.selfActive()) return [];
    // A view that still lists an old incarnation (a stale one, learned from a member that has not seen
    // us restart) will be followed by one that cuts it: the reports we hold may predate its last
    // acknowledged events, so only the view's cut is safe (found by the simulator, seed 1).
    const listed = new Set(this.servers().map((m) => m.origin).filter((o) => o !== ""));
    const skipped: Skipped[] = [];
    for (const o of [...this.ownOld]) {
      if (listed.has(o)) continue;
      // Alone and active, what we hold is all there is.
      let seq = peers.length === 0 ? this.store.versionVector.get(o) : 0;
      for (const m of peers) for (const e of this.reports.get(m.id)!) if (e.origin === o) seq = Math.max(seq, e.seq);
      this.ownOld.delete(o);
      this.localCuts.add(o);
      skipped.push(...this.store.setCut(o, seq));
      this.core.log.event("ORIGIN_CUT_LOCAL", { origin: o, seq, own: true });
    }
    this.setOrigins();
    return skipped;
  }

  /** How far our own events are on a quorum: acks, or what the others report holding. */
  private updateOwnDurable(): void {
    const own = this.store.ownOrigin;
    const active = this.active();
    if (this.view === null || active.length <= 1) {
      this.store.setOwnDurable(undefined);
      return;
    }
    const need = quorumNeed(active.length, this.opts.writeQuorum);
    const tops = active.map((m) => m.id === this.node.id ? this.store.nextSequence - 1
      : (this.reports.get(m.id)?.find((e) => e.origin === own)?.seq ?? 0)).sort((a, b) => b - a);
    const fromReports = tops[need - 1] ?? 0;
    this.store.setOwnDurable(Math.max(this.settledTop, fromReports));
  }

  private cutMap(): Map<string, number> {
    return new Map(this.store.frontier.cutEntries.map((c) => [c.origin, c.seq]));
  }

  private installed(view: View): void {
    const wasIn = this.view?.members.some((m) => m.id === this.node.id) ?? false;
    this.view = view;
    for (const m of view.members) if (m.origin) this.learned.set(m.id, m.origin);
    const ids = new Set(view.members.map((m) => m.id));
    for (const id of [...this.reports.keys()]) if (!ids.has(id)) this.reports.delete(id);
    const activeOrigins = this.active(view).map((m) => this.originOf(m));
    const skipped = [];
    for (const cut of view.cuts ?? []) {
      this.localCuts.delete(cut.origin);
      this.ownOld.delete(cut.origin);
      skipped.push(...this.store.setCut(cut.origin, cut.seq));
    }
    // An origin that stops being active without a cut (a view change in flight, a state change) is simply
    // no longer waited for; only a cut, from the view, retires it (docs/algorithms.md).
    const self = view.members.find((m) => m.id === this.node.id);
    // A view may also list us while cutting our origin: we missed the view that removed us (paused,
    // cut off) and were added back under the same origin, which nobody accepts events from any more.
    const ownCut = (view.cuts ?? []).some((c) => c.origin === this.store.ownOrigin);
    if (((wasIn && self === undefined) || ownCut) && this.phase !== "leaving" && this.opts.reincarnate !== undefined) {
      // Removed without asking (suspected, or cut off): our origin is retired and cut. Join again
      // as a new incarnation and catch up, like a restarted server.
      const old = this.store.ownOrigin;
      const origin = this.opts.reincarnate();
      this.store.reincarnate(origin);
      if (this.store.frontier.cutOf(old) === undefined) this.ownOld.add(old);
      this.settledSeqs.clear();
      this.settledTop = 0;
      this.phase = "joining";
      this.core.log.event("REINCARNATED", { from: old, origin, epoch: view.epoch }, "warn");
      this.node.setSelfOrigin(origin, "joining");
    }
    const listedActive = view.members.some((m) => m.id === this.node.id && m.state === "active");
    if (!listedActive) this.activeSince = null;
    else if (this.activeSince === null) this.activeSince = view.epoch;
    this.setOrigins();
    this.core.log.event("REPLICATION_VIEW", {
      epoch: view.epoch, origins: activeOrigins, cuts: this.store.frontier.cutEntries, phase: this.phase,
    });
    this.settleQuorums();
    const d = this.store.deliver();
    this.server.announce(d.delivered, [...skipped, ...d.skipped]);
    if (self !== undefined && self.state === "joining" && this.phase === "joining") {
      if (this.store.eventCount() > 0) {
        // A restart: catch up from our own data, not from zero.
        this.phase = "syncing";
        this.joinStarted = this.clock.now();
        this.syncTick();
        this.checkCaughtUp();
      } else this.startSnapshot();
    }
    if (this.phase === "syncing" && self?.state === "active") this.phase = "active";
    if (this.phase === "active" || this.phase === "syncing") this.syncTick();
  }

  // ---- quorum writes ----

  private committed(result: CommitResult): void {
    if (result.stored.length === 0) return;
    const deadline = this.clock.now() + this.opts.writeTimeoutMs;
    for (const e of result.stored) this.tracker.add(eventKey(e.id?.origin ?? "", e.id?.seq ?? 0), deadline);
    this.push(result.stored, true);
    this.settleQuorums();
  }

  /** EventPush to every other server of the view, ACTIVE and JOINING. */
  private push(events: Event[], ackWanted: boolean): void {
    const peers = this.servers().filter((m) => m.id !== this.node.id);
    if (peers.length === 0) return;
    const chunks = chunkBySize(events, (e) => encodeEvent(e).length, FRAME_BUDGET);
    for (const peer of peers) for (const chunk of chunks) this.node.send(peer.id, { eventPush: { events: chunk, ackWanted } });
  }

  private settleQuorums(): void {
    if (this.tracker.size === 0) return;
    const active = new Set(this.active().map((m) => m.id));
    // Alone (no view yet, or the only active server): our own copy is the quorum.
    if (this.view === null) active.add(this.node.id);
    const need = quorumNeed(active.size, this.opts.writeQuorum);
    const own = this.store.ownOrigin;
    for (const key of this.tracker.settle(active, need)) {
      if (key.startsWith(`${own}:`)) this.settledSeqs.add(Number(key.slice(own.length + 1)));
      const w = this.waiters.get(key);
      this.waiters.delete(key);
      w?.resolve(w.event);
    }
    while (this.settledSeqs.delete(this.settledTop + 1)) this.settledTop += 1;
    this.updateOwnDurable();
  }

  private expire(): void {
    if (this.tracker.size === 0) return;
    const failed = this.tracker.expire(this.clock.now());
    if (failed.length === 0) return;
    this.core.log.event("WRITE_NO_QUORUM", { count: failed.length, first: failed[0], active: this.active().map((m) => m.id) }, "warn");
    for (const key of failed) {
      const w = this.waiters.get(key);
      this.waiters.delete(key);
      w?.reject(new RequestError(ErrorCode.ERROR_CODE_NO_QUORUM, `no write quorum within ${this.opts.writeTimeoutMs} ms; the write may still replicate`));
    }
  }

  private onAck(msg: Received): void {
    for (const id of msg.envelope.replicaAck?.ids ?? []) this.tracker.ack(msg.peer, eventKey(id.origin ?? "", Number(id.seq ?? 0)));
    this.settleQuorums();
    const d = this.store.deliver();
    this.server.announce(d.delivered, d.skipped);
  }

  // ---- replicas ----

  /** We store and ack pushes only from origins ACTIVE in our view that no proposal we accepted drops. */
  private accepts(origin: string): boolean {
    if (this.store.frontier.cutOf(origin) !== undefined) return false;
    const activeOrigins = this.active().map((m) => this.originOf(m));
    if (!activeOrigins.includes(origin)) return false;
    const proposal = this.node.membership.acceptedProposal;
    if (proposal !== null) {
      const kept = proposal.members.filter((m) => m.role === "server" && m.state === "active").map((m) => this.originOf(m));
      if (!kept.includes(origin)) return false;
    }
    return true;
  }

  private onPush(msg: Received): void {
    const push = msg.envelope.eventPush;
    const events = (push?.events ?? []) as Event[];
    if (events.length === 0) return;
    const own = events[0]!.id?.origin ?? "";
    const m = this.memberOf(msg.peer);
    // Pushed with ack_wanted, the events are the sender's own: that names its origin.
    if (push?.ackWanted && own !== "" && m !== undefined && !m.origin && this.learned.get(msg.peer) !== own) {
      this.learned.set(msg.peer, own);
      this.store.frontier.setOrigins(this.active().map((x) => this.originOf(x)));
    }
    const taken = events.filter((e) => this.accepts(e.id?.origin ?? ""));
    if (taken.length < events.length) {
      this.core.log.event("PUSH_REFUSED", { from: msg.peer, count: events.length - taken.length, origin: own }, "warn");
    }
    if (taken.length === 0) return;
    this.serverPushes.push({ from: msg.peer, events: taken, ack: push?.ackWanted === true });
    if (!this.pushFlush) {
      this.pushFlush = true;
      this.clock.soon(() => this.safe("push_flush", () => this.flushPushes()));
    }
  }

  /** Group commit for replicas: every push of one event-loop turn in one transaction, then the acks. */
  private flushPushes(): void {
    this.pushFlush = false;
    // Checked again: a ViewChange accepted since the push arrived makes our ViewAck's vector final for
    // the origins it drops; storing and acking their events now could acknowledge one beyond the cut.
    const batch = this.serverPushes.splice(0)
      .map((b) => ({ ...b, events: b.events.filter((e) => this.accepts(e.id?.origin ?? "")) }))
      .filter((b) => b.events.length > 0);
    if (batch.length === 0) return;
    const started = this.clock.now();
    const result = this.store.storeReplicated(batch.flatMap((b) => b.events));
    for (const b of batch) {
      const last = b.events.at(-1)!;
      // Each event tells us its origin had created everything up to it at its Lamport time.
      this.store.frontier.heard(last.id?.origin ?? "", last.lamport, last.id?.seq ?? 0);
    }
    for (const b of batch) {
      if (b.ack) for (const e of b.events) this.ackLater.push({ to: b.from, origin: e.id?.origin ?? "", seq: e.id?.seq ?? 0 });
    }
    this.applied(result, "push", this.clock.now() - started);
  }

  /** Acknowledges the pushed events our contiguous prefix now covers (see ackLater). */
  private sendDueAcks(): void {
    if (this.ackLater.length === 0) return;
    const acks = new Map<string, socialnet.v1.IEventId[]>();
    const vv = this.store.versionVector;
    let kept = 0;
    for (const a of this.ackLater) {
      if (vv.get(a.origin) >= a.seq) {
        // Not for an origin a proposal we accepted drops: our ViewAck's vector is final for it.
        if (this.accepts(a.origin)) acks.set(a.to, [...(acks.get(a.to) ?? []), { origin: a.origin, seq: a.seq }]);
      } else if (this.accepts(a.origin)) this.ackLater[kept++] = a;
    }
    // Bounded: the oldest wait longest for their gap; the writer's quorum times out without them.
    this.ackLater.length = Math.min(kept, 10_000);
    for (const [to, ids] of acks) this.node.send(to, { replicaAck: { ids } });
  }

  private applied(result: ReplicatedResult, source: string, ms: number): void {
    this.sendDueAcks();
    const more = this.store.deliver();
    this.server.logStored(result.stored, true);
    if (result.stored.length > 0 || result.refused > 0) {
      this.core.log.event("REPLICATED", { source, stored: result.stored.length, refused: result.refused, commit_ms: Math.round(ms * 1000) / 1000 });
    }
    this.server.announce([...result.delivered, ...more.delivered], [...result.skipped, ...more.skipped]);
  }

  // ---- stable delivery ----

  private onHeartbeat(msg: Received): void {
    if (msg.envelope.senderRole !== Role.ROLE_SERVER) return;
    const have = originSeqsFromPb(msg.envelope.heartbeat?.have?.entries);
    this.reports.set(msg.peer, have);
    this.heardEpoch.set(msg.peer, Number(msg.envelope.heartbeat?.epoch ?? 0));
    const m = this.memberOf(msg.peer);
    if (m !== undefined) {
      const origin = this.originOf(m);
      const seq = have.find((e) => e.origin === origin)?.seq ?? 0;
      // Sent after every event it reports: its clock then bounds anything it creates later.
      this.store.frontier.heard(origin, Number(msg.envelope.lamport ?? 0), seq);
      const cut = this.cutOwnOld();
      this.updateOwnDurable();
      const d = this.store.deliver();
      this.server.announce(d.delivered, [...cut, ...d.skipped]);
    }
    if (this.phase === "syncing") this.checkCaughtUp();
  }

  // ---- anti-entropy ----

  private syncTick(): void {
    if (this.phase === "leaving" || this.phase === "joining" || this.phase === "snapshot") {
      if (this.phase === "snapshot" && this.clock.now() > this.snapshotDeadline) {
        this.core.log.event("SNAPSHOT_TIMEOUT", { from: this.snapshotFrom, copied: this.copied }, "warn");
        this.phase = "syncing";
      } else return;
    }
    const peers = this.active().filter((m) => m.id !== this.node.id);
    if (peers.length === 0) return;
    const peer = peers[this.rr++ % peers.length]!;
    this.requestSync(peer.id);
  }

  private requestSync(peer: string): void {
    this.node.send(peer, { syncRequest: { have: { entries: this.store.versionVector.entries() }, limit: this.opts.syncLimit ?? 500 } });
  }

  private onSyncRequest(msg: Received): void {
    const req = msg.envelope.syncRequest;
    const limit = Math.min(Math.max(Number(req?.limit ?? 0) || 500, 1), 5000);
    const plan = syncDiff(originSeqsFromPb(req?.have?.entries), this.store.versionVector.entries(), this.cutMap());
    const events: Event[] = [];
    let more = false;
    let bytes = 0;
    outer: for (const { origin, seq } of plan) {
      for (const e of this.store.eventsOf(origin, seq, limit - events.length + 1)) {
        const b = encodeEvent(e).length + 8;
        if (events.length >= limit || bytes + b > FRAME_BUDGET) {
          more = true;
          break outer;
        }
        events.push(e);
        bytes += b;
      }
    }
    this.node.send(msg.peer, { syncReply: { events, more } });
    if (events.length > 0) this.core.log.event("SYNC_SERVED", { to: msg.peer, events: events.length, more });
  }

  private onSyncReply(msg: Received): void {
    const reply = msg.envelope.syncReply;
    const events = (reply?.events ?? []) as Event[];
    if (events.length > 0) {
      const started = this.clock.now();
      const result = this.store.storeReplicated(events);
      this.copied += result.stored.length;
      this.applied(result, "sync", this.clock.now() - started);
      if (result.stored.length > 0) this.core.log.event("SYNC_APPLIED", { from: msg.peer, events: events.length, stored: result.stored.length, more: reply?.more === true });
    }
    if (reply?.more) this.requestSync(msg.peer);
    if (this.phase === "syncing") this.checkCaughtUp();
  }

  // ---- joining (Clone pattern) ----

  private startSnapshot(): void {
    const peers = this.active().filter((m) => m.id !== this.node.id);
    this.joinStarted = this.joinStarted || this.clock.now();
    if (peers.length === 0) {
      // No active server: nobody holds anything we could copy.
      this.phase = "syncing";
      this.checkCaughtUp();
      return;
    }
    const from = peers[this.rr++ % peers.length]!.id;
    this.phase = "snapshot";
    this.joinStarted = this.joinStarted || this.clock.now();
    this.snapshotFrom = from;
    this.snapshotDeadline = this.clock.now() + SNAPSHOT_TIMEOUT_MS;
    this.core.log.event("SNAPSHOT_REQUESTED", { from, have: this.store.eventCount() });
    this.node.send(from, { snapshotRequest: { chunkSize: this.opts.chunkSize ?? 200 } });
  }

  private async onSnapshotRequest(msg: Received): Promise<void> {
    const size = Math.min(Math.max(Number(msg.envelope.snapshotRequest?.chunkSize ?? 0) || 200, 1), 1000);
    const vector = { entries: this.store.versionVector.entries() };
    let cursor = { origin: "", seq: 0 };
    let index = 0;
    let sent = 0;
    for (;;) {
      const events = this.store.eventsFrom(cursor.origin, cursor.seq, size);
      const last = events.length < size;
      const parts = chunkBySize(events, (e) => encodeEvent(e).length, FRAME_BUDGET);
      if (parts.length === 0) parts.push([]);
      for (let i = 0; i < parts.length; i += 1) {
        const body: Body = { snapshotChunk: { index, events: parts[i], vector, last: last && i === parts.length - 1 } };
        this.node.send(msg.peer, body);
        index += 1;
      }
      sent += events.length;
      const tail = events.at(-1);
      if (last || tail === undefined) break;
      cursor = { origin: tail.id?.origin ?? "", seq: tail.id?.seq ?? 0 };
      // Paced, so the peer link's queue (64 bodies) never overflows.
      await sleep(this.clock, 2 * parts.length);
    }
    this.core.log.event("SNAPSHOT_SERVED", { to: msg.peer, events: sent, chunks: index });
  }

  private onSnapshotChunk(msg: Received): void {
    const chunk = msg.envelope.snapshotChunk;
    if (this.phase !== "snapshot" || msg.peer !== this.snapshotFrom) return;
    const events = (chunk?.events ?? []) as Event[];
    if (events.length > 0) {
      const started = this.clock.now();
      const result = this.store.storeReplicated(events);
      this.copied += result.stored.length;
      this.applied(result, "snapshot", this.clock.now() - started);
    }
    this.snapshotDeadline = this.clock.now() + SNAPSHOT_TIMEOUT_MS;
    if (chunk?.last) {
      this.core.log.event("SNAPSHOT_DONE", { from: msg.peer, chunks: Number(chunk.index ?? 0) + 1, copied: this.copied });
      this.phase = "syncing";
      this.requestSync(msg.peer);
    }
  }

  private checkCaughtUp(): void {
    const activePeers = this.active().filter((m) => m.id !== this.node.id);
    if (activePeers.some((m) => !this.reports.has(m.id))) return;
    const lag = lagOf(this.store.versionVector.entries(), activePeers.map((m) => this.reports.get(m.id)!), this.cutMap());
    if (lag > (this.opts.catchUpSlack ?? 20)) return;
    if (this.view?.members.find((m) => m.id === this.node.id)?.state === "active") {
      this.phase = "active";
      return;
    }
    if (this.joinStarted >= 0) {
      this.core.log.event("CATCH_UP_DONE", { ms: Math.round(this.clock.now() - this.joinStarted), events: this.copied, lag });
      this.joinStarted = -1;
    }
    this.node.setSelfState("active");
  }

  private safe(what: string, f: () => void): void {
    try {
      f();
    } catch (err) {
      this.core.log.event("REPLICATION_FAILED", { what, error: String((err as Error)?.stack ?? err) }, "error");
    }
  }
}
