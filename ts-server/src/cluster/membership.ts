/**
 * The membership view as a pure state machine (docs/algorithms.md,
 * "Membership"): every input carries the current time in milliseconds and
 * returns the messages to send, the events to log and the view it installed,
 * if any. No sockets or timers: the driver (node.ts) calls tick() often
 * enough and turns sends into envelopes. The Go twin is
 * go-clock/internal/membership; both replay proto/testdata/membership.json,
 * so names, order of sends and events follow it step for step.
 *
 * Plain domain types, not protobuf classes: the machine is replayable without
 * the codec, and protobufjs objects carry defaults that make equality lie.
 */

export type MemberRole = "server" | "clock";
export type MemberState = "joining" | "active" | "leaving";

export interface Member {
  id: string;
  role: MemberRole;
  rank: number;
  peerEndpoint: string;
  userEndpoint: string;
  pubEndpoint: string;
  state: MemberState;
  /** Servers: the incarnation whose events it creates (`s1`, `s1.2`...). Absent for clock nodes. */
  origin?: string;
}

/** The last seq of a retired origin that may ever be delivered. */
export interface OriginSeq {
  origin: string;
  seq: number;
}

export interface View {
  epoch: number;
  /** Sorted by id. */
  members: Member[];
  /** The coordinator that installed it. */
  coordinator: string;
  /** Retired server origins and their cuts, sorted by origin; absent when none. */
  cuts?: OriginSeq[];
}

/** One membership message; `body` is the envelope's oneof name. */
export type MembershipMsg =
  | { body: "join_request"; member: Member }
  | { body: "leave_request"; id: string }
  | { body: "view_change"; view: View }
  | { body: "view_ack"; epoch: number; accepted: boolean; have?: OriginSeq[] }
  | { body: "view"; view: View }
  | { body: "heartbeat"; epoch: number; coordinator: string; state: MemberState };

/** `to` is a member id, or a seed endpoint (it contains "://") while the joiner knows nobody by id. */
export type MembershipSend = { to: string } & MembershipMsg;

export interface MembershipEvent {
  name: string;
  [field: string]: unknown;
}

export interface MembershipOutput {
  send: MembershipSend[];
  events: MembershipEvent[];
  installed?: View;
}

export interface MembershipConfig {
  heartbeatMs: number;
  failureTimeoutMs: number;
  proposeTimeoutMs: number;
  joinRetryMs: number;
  /** Servers: the version vector a ViewAck carries (the coordinator derives cuts from it). */
  have?: () => OriginSeq[];
  /**
   * Voters (servers): the highest epoch this member ever accepted a proposal for, kept on disk, and
   * the hook that keeps it there (called before the accepting ViewAck leaves). A restarted voter that
   * forgot its promise accepted a second, different proposal for an epoch it had already voted in, and
   * two views of one epoch were installed (found by the simulator, seed 1498 of an earlier build).
   */
  promised?: number;
  onPromise?: (epoch: number) => void;
}

export const DEFAULT_MEMBERSHIP_CONFIG: MembershipConfig = {
  heartbeatMs: 50, failureTimeoutMs: 300, proposeTimeoutMs: 500, joinRetryMs: 300,
};

/**
 * idle: before bootstrap/requestJoin. joining: not in the installed view
 * (never was, or removed). member: in it. leaving: asked to leave, waiting for
 * a view without us. left: saw that view; ignores everything.
 */
export type MembershipStatus = "idle" | "joining" | "member" | "leaving" | "left";

interface Proposal {
  view: View;
  voters: Set<string>;
  acks: Set<string>;
  need: number;
  expiry: number;
  /** What each acker reported holding (ViewAck.have). */
  haves: Map<string, OriginSeq[]>;
}

export class Membership {
  private readonly cfg: MembershipConfig;
  /** Self as we want to appear: the state follows setSelfState. */
  private self: Member;
  private currentStatus: MembershipStatus = "idle";
  private installed: View | null = null;
  private coord = "";
  private seeds: string[] = [];
  /** Highest epoch seen anywhere, so proposals always move forward. */
  private highest = 0;
  /** epoch -> the proposer whose proposal we acked. */
  private readonly accepted = new Map<number, string>();
  private lastAsk = 0;
  private lastBeat = -Infinity;
  private readonly lastHeard = new Map<string, number>();
  // Coordinator only: queued changes (null = removal), removals that came from suspicion, the one open proposal.
  private pending = new Map<string, Member | null>();
  private suspected = new Set<string>();
  private open: Proposal | null = null;
  /** Every member description seen, so the driver can reach a joiner that is in no view yet. */
  private readonly directory = new Map<string, Member>();
  /** The last proposal withdrawn because a member it removed was heard. */
  private withdrawn: { id: string; epoch: number } | null = null;
  /** The highest epoch we accepted a proposal for, in any life (see MembershipConfig.promised). */
  private promised: number;
  /** Servers: our version vector as last set (setHave), when no `have` callback is configured. */
  private have: OriginSeq[] = [];
  /** The last proposal we acked above the installed epoch (replication stops acking origins it drops). */
  private acked: View | null = null;

  constructor(self: Member, config: Partial<MembershipConfig> = {}) {
    this.cfg = { ...DEFAULT_MEMBERSHIP_CONFIG, ...config };
    this.promised = this.cfg.promised ?? 0;
    this.self = { ...self };
  }

  get status(): MembershipStatus {
    return this.currentStatus;
  }
  /** The installed view (it may lack us after a removal); null before the first install. */
  get view(): View | null {
    return this.installed;
  }
  get epoch(): number {
    return this.installed?.epoch ?? 0;
  }
  get coordinator(): string {
    return this.coord;
  }
  get selfMember(): Member {
    return { ...this.self };
  }
  /** Epoch of the open proposal, 0 for none. */
  get proposing(): number {
    return this.open?.view.epoch ?? 0;
  }
  /** The proposal we accepted and that is not installed yet, if any. */
  get acceptedProposal(): View | null {
    return this.acked === null ? null : cloneView(this.acked);
  }
  endpointOf(id: string): string | undefined {
    return this.directory.get(id)?.peerEndpoint;
  }

  /** The first member of a cluster: epoch 1 = {self}. */
  bootstrap(now: number): MembershipOutput {
    const out = output();
    if (this.currentStatus === "idle") this.install(now, { epoch: 1, members: [{ ...this.self }], coordinator: this.self.id }, out);
    return out;
  }

  /** Starts asking the seeds (peer endpoints) to let us in. */
  requestJoin(now: number, seeds: string[]): MembershipOutput {
    const out = output();
    if (this.currentStatus !== "idle") return out;
    this.seeds = [...new Set(seeds.filter((s) => s !== "" && s !== this.self.peerEndpoint))].sort();
    this.currentStatus = "joining";
    this.ask(now, out);
    return out;
  }

  /** Follows Bully ("" while an election runs): only the coordinator proposes. */
  setCoordinator(now: number, id: string): MembershipOutput {
    const out = output();
    if (id === this.coord) return out;
    this.coord = id;
    // Whatever was queued belongs to the old coordinator's term: requesters retry, silence is re-detected.
    this.pending = new Map();
    this.suspected = new Set();
    this.open = null;
    if (id === this.self.id && this.installed !== null) {
      // Our record of who was heard when may predate an outage of ours: everyone gets a full failure timeout.
      for (const m of this.installed.members) this.lastHeard.set(m.id, now);
    }
    return out;
  }

  /** The state we want in the view (a server becomes active once caught up); asks the coordinator at once. */
  setSelfState(now: number, state: MemberState): MembershipOutput {
    const out = output();
    if (this.self.state === state || this.currentStatus === "left" || this.currentStatus === "leaving") return out;
    this.self = { ...this.self, state };
    out.events.push({ name: "SELF_STATE_CHANGED", state });
    if (this.currentStatus === "member" && !this.synced()) this.ask(now, out);
    return out;
  }

  /** A server's new incarnation (it was removed without asking): the member it asks to join as. */
  setSelfOrigin(now: number, origin: string, state: MemberState): MembershipOutput {
    const out = output();
    if (this.currentStatus === "left" || this.currentStatus === "leaving") return out;
    this.self = { ...this.self, origin, state };
    out.events.push({ name: "SELF_STATE_CHANGED", state, origin });
    if (!this.synced()) this.ask(now, out);
    return out;
  }

  /** Asks the coordinator to remove us; left once a view without us arrives (at once if we are in none). */
  requestLeave(now: number): MembershipOutput {
    const out = output();
    if (this.currentStatus === "idle" || this.currentStatus === "joining") {
      this.currentStatus = "left";
      out.events.push({ name: "LEFT", epoch: this.epoch });
    } else if (this.currentStatus === "member") {
      this.currentStatus = "leaving";
      this.ask(now, out);
    }
    return out;
  }

  /** Servers: what we hold, for the ViewAcks we send (and our own cuts as coordinator). */
  setHave(have: OriginSeq[]): MembershipOutput {
    this.have = have.map((e) => ({ ...e }));
    return output();
  }

  /** Our vector without zero entries, sorted by origin. */
  private haveNow(): OriginSeq[] {
    const v = this.cfg.have?.() ?? this.have;
    return v.filter((e) => e.seq > 0).map((e) => ({ origin: e.origin, seq: e.seq }))
      .sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  }

  /** Any message from `id` is a sign of life. */
  heard(now: number, id: string): MembershipOutput {
    const out = output();
    this.noteHeard(now, id, out);
    return out;
  }

  /** Runs the timers. Sends come in this order: join/leave retry, proposal, heartbeats. */
  tick(now: number): MembershipOutput {
    const out = output();
    if (this.currentStatus === "idle" || this.currentStatus === "left") return out;
    if (this.wantsChange() && (this.coord === this.self.id || now - this.lastAsk >= this.cfg.joinRetryMs)) this.ask(now, out);
    const view = this.installed;
    if (this.coord === this.self.id && view !== null) {
      for (const { id } of view.members) {
        const silent = now - (this.lastHeard.get(id) ?? 0);
        if (id !== this.self.id && !this.pending.has(id) && silent > this.cfg.failureTimeoutMs) {
          this.pending.set(id, null);
          this.suspected.add(id);
          out.events.push({ name: "MEMBER_SUSPECTED", id, silent_ms: silent });
        }
      }
      if (this.open !== null && now >= this.open.expiry) {
        const p = this.open;
        out.events.push({ name: "VIEW_PROPOSAL_EXPIRED", epoch: p.view.epoch, acks: sorted(p.acks), need: p.need });
        this.open = null;
      }
      if (this.open === null && this.pending.size > 0) this.propose(now, out);
    }
    const beatView = this.installed; // what a proposal above may just have installed
    if ((this.currentStatus === "member" || this.currentStatus === "leaving") && beatView !== null && now - this.lastBeat >= this.cfg.heartbeatMs) {
      this.lastBeat = now;
      for (const { id } of beatView.members) {
        if (id !== this.self.id) out.send.push({ to: id, body: "heartbeat", epoch: beatView.epoch, coordinator: this.coord, state: this.self.state });
      }
    }
    return out;
  }

  /** A membership message from member `from`; it counts as hearing from it. */
  receive(now: number, from: string, msg: MembershipMsg): MembershipOutput {
    const out = output();
    if (this.currentStatus === "left") return out;
    this.noteHeard(now, from, out);
    switch (msg.body) {
      case "join_request":
        if (msg.member.id !== "") this.onJoin(from, msg.member, out);
        break;
      case "leave_request":
        if (this.coord === this.self.id && this.installed !== null) {
          if (!this.installed.members.some((m) => m.id === msg.id)) {
            this.sendView(msg.id, out); // it missed its removal
          } else {
            this.queue(msg.id, null, out);
          }
        }
        break;
      case "view_change":
        this.onProposal(from, msg.view, out);
        break;
      case "view_ack": {
        this.highest = Math.max(this.highest, msg.epoch);
        const p = this.open;
        if (this.withdrawn?.epoch === msg.epoch && this.withdrawn.id === from && msg.accepted && this.installed !== null) {
          // The suspect acked its own removal: alive, yet silent to us. It missed views while cut off
          // and heartbeats only the members of its stale view; hearing it withdrew the removal, and its
          // silence would raise it again, for ever. Our view brings it back.
          this.sendView(from, out);
        }
        if (p !== null && msg.epoch === p.view.epoch && msg.accepted && p.voters.has(from)) {
          p.acks.add(from);
          if (msg.have !== undefined) p.haves.set(from, msg.have);
          if (p.acks.size >= p.need) this.commit(now, out);
        }
        break;
      }
      case "view":
        this.onView(now, msg.view, out);
        break;
      case "heartbeat":
        this.highest = Math.max(this.highest, msg.epoch);
        // The coordinator catches up whoever missed a view; and a coordinator that is itself
        // behind (elected on the minority side of a healed partition) is caught up by its members.
        // So is a sender missing from our view: it was removed while cut off and may still
        // coordinate a stale view of its own (with us in it), where no election can reach it.
        if (this.installed !== null && msg.epoch < this.installed.epoch
          && (this.coord === this.self.id || from === this.coord || !this.installed.members.some((m) => m.id === from))) {
          this.sendView(from, out);
        }
        break;
    }
    return out;
  }

  private noteHeard(now: number, id: string, out: MembershipOutput): void {
    this.lastHeard.set(id, now);
    if (!this.suspected.delete(id)) return;
    // It was only slow: drop the removal, and the proposal carrying it; the next tick proposes what is still queued.
    this.pending.delete(id);
    out.events.push({ name: "MEMBER_UNSUSPECTED", id });
    if (this.open !== null && !this.open.view.members.some((m) => m.id === id)) {
      out.events.push({ name: "VIEW_PROPOSAL_WITHDRAWN", epoch: this.open.view.epoch });
      this.withdrawn = { id, epoch: this.open.view.epoch };
      this.open = null;
    }
  }

  private onJoin(from: string, joiner: Member, out: MembershipOutput): void {
    this.directory.set(joiner.id, { ...joiner });
    const view = this.installed;
    if (view === null) return; // joining ourselves: nothing to tell yet
    if (this.coord !== this.self.id) {
      this.sendView(joiner.id, out); // so the joiner learns the coordinator
      // The view names the coordinator that installed it, which may be gone or outranked since:
      // forward too, but only what came from the joiner itself, so two members that disagree
      // about the coordinator cannot bounce a request forever.
      if (this.coord !== "" && from === joiner.id) out.send.push({ to: this.coord, body: "join_request", member: { ...joiner } });
      return;
    }
    const current = view.members.find((m) => m.id === joiner.id);
    if (current !== undefined && current.state === "active" && joiner.state === "joining" && (current.origin ?? "") === (joiner.origin ?? "")) {
      // A server only goes JOINING -> ACTIVE under one origin: this is its earlier request, overtaken.
      // Applying it would stop everyone waiting for the origin, with no cut, while that origin's
      // acknowledged events are still on their way (found by the simulator, seed 904).
      out.events.push({ name: "JOIN_STALE", id: joiner.id, origin: joiner.origin ?? "" });
      this.sendView(joiner.id, out);
      return;
    }
    if (current !== undefined && sameMember(current, joiner)) {
      // Already in as asked: it missed the view (or restarted), and a suspicion of it was wrong.
      if (this.pending.has(joiner.id)) {
        this.pending.delete(joiner.id);
        this.suspected.delete(joiner.id);
      }
      this.sendView(joiner.id, out);
      return;
    }
    this.queue(joiner.id, { ...joiner }, out);
  }

  /** At most one proposal per epoch gets our ack, so at most one view per epoch can gather a majority. */
  private onProposal(from: string, v: View, out: MembershipOutput): void {
    this.highest = Math.max(this.highest, v.epoch);
    this.remember(v);
    const prev = this.accepted.get(v.epoch);
    const fresh = v.epoch > this.promised || (v.epoch === this.promised && prev === from);
    // A proposal must carry every cut of the view we installed: one that lacks some was made from an
    // older view (a coordinator that missed ours) and would fork the history, and a cut once
    // installed is final (replicas skipped what lies beyond it). We refuse and catch it up instead.
    const theirs = new Set((v.cuts ?? []).map((c) => c.origin));
    if ((this.installed?.cuts ?? []).some((c) => !theirs.has(c.origin))) {
      out.send.push({ to: from, body: "view_ack", epoch: Math.max(v.epoch, this.promised), accepted: false });
      out.events.push({ name: "VIEW_REJECTED", epoch: v.epoch, coordinator: from, installed: this.epoch, accepted_from: prev ?? "", reason: "missing cuts" });
      this.sendView(from, out);
      return;
    }
    if (v.epoch > this.epoch && fresh && (prev === undefined || prev === from)) {
      this.accepted.set(v.epoch, from);
      if (v.epoch > this.promised) {
        this.promised = v.epoch;
        this.cfg.onPromise?.(v.epoch);
      }
      this.acked = cloneView(v);
      const have = this.self.role === "server" ? this.haveNow() : [];
      out.send.push({ to: from, body: "view_ack", epoch: v.epoch, accepted: true, ...(have.length > 0 && { have }) });
      out.events.push({ name: "VIEW_ACKED", epoch: v.epoch, coordinator: from });
      return;
    }
    out.send.push({ to: from, body: "view_ack", epoch: Math.max(v.epoch, this.promised), accepted: false });
    out.events.push({ name: "VIEW_REJECTED", epoch: v.epoch, coordinator: from, installed: this.epoch, accepted_from: prev ?? "" });
  }

  private onView(now: number, v: View, out: MembershipOutput): void {
    this.highest = Math.max(this.highest, v.epoch);
    this.remember(v);
    const hasSelf = v.members.some((m) => m.id === this.self.id);
    if (this.installed === null && !hasSelf) {
      // A seed's answer names the coordinator: ask there right away. Not installed:
      // a joiner's first view is one that lists it.
      if (v.coordinator !== "" && v.coordinator !== this.self.id && v.coordinator !== this.coord) {
        this.coord = v.coordinator;
        out.send.push({ to: v.coordinator, body: "join_request", member: { ...this.self } });
        out.events.push({ name: "JOIN_REQUESTED", to: [v.coordinator], state: this.self.state });
      }
      return;
    }
    if (v.epoch > this.epoch) this.install(now, v, out);
  }

  /** Records a change for the next proposal (null removes). */
  private queue(id: string, who: Member | null, out: MembershipOutput): void {
    const old = this.pending.get(id);
    if (old !== undefined && (old === null) === (who === null) && (old === null || (who !== null && sameMember(old, who)))) return;
    this.suspected.delete(id);
    this.pending.set(id, who);
    if (who === null) out.events.push({ name: "MEMBER_LEAVING", id });
    else out.events.push({ name: "MEMBER_JOINING", id, state: who.state, rank: who.rank });
  }

  /**
   * Sends our JoinRequest (or LeaveRequest) to the coordinator, and also to the
   * seeds while we know none or have never been in a view, so a coordinator that
   * died since a seed named it cannot stall us. As coordinator we queue it.
   */
  private ask(now: number, out: MembershipOutput): void {
    this.lastAsk = now;
    const leaving = this.currentStatus === "leaving";
    if (this.coord === this.self.id) {
      if (!leaving) this.queue(this.self.id, { ...this.self }, out);
      else if (this.installed?.members.some((m) => m.id === this.self.id)) this.queue(this.self.id, null, out);
      return;
    }
    const to: string[] = [];
    if (this.coord !== "") to.push(this.coord);
    else if (this.installed !== null && !this.installed.members.some((m) => m.id === this.self.id) && this.installed.coordinator !== this.self.id) {
      // Removed while an election runs (one that may never end for us: the members above us that
      // answer it no longer list us, so their Coordinator never comes). The view's installer can
      // readmit us; a member started with --bootstrap has no seed to ask instead.
      to.push(this.installed.coordinator);
    }
    if (!leaving && (this.coord === "" || this.installed === null)) to.push(...this.seeds);
    to.sort();
    for (const t of to) {
      if (leaving) out.send.push({ to: t, body: "leave_request", id: this.self.id });
      else out.send.push({ to: t, body: "join_request", member: { ...this.self } });
    }
    if (to.length === 0) return; // nobody to ask until Bully names a coordinator
    if (leaving) out.events.push({ name: "LEAVE_REQUESTED", to });
    else out.events.push({ name: "JOIN_REQUESTED", to, state: this.self.state });
  }

  /** One proposal at a time: the installed view with every queued change applied. */
  private propose(now: number, out: MembershipOutput): void {
    const view = this.installed;
    if (view === null) return;
    const next = new Map(view.members.map((m) => [m.id, m]));
    for (const [id, who] of this.pending) {
      if (who === null) next.delete(id);
      else next.set(id, who);
    }
    const members = [...next.values()].map((m) => ({ ...m })).sort(byId);
    if (sameMembers(members, view.members)) {
      this.pending = new Map();
      this.suspected = new Set();
      return;
    }
    this.highest += 1;
    // Only active servers of the current view vote: they hold the data the quorum protects.
    // A view with none of them changes at once.
    const voters = new Set(view.members.filter((m) => m.role === "server" && m.state === "active").map((m) => m.id));
    const p: Proposal = {
      view: { epoch: this.highest, members, coordinator: this.self.id, ...(view.cuts !== undefined && { cuts: view.cuts.map((c) => ({ ...c })) }) },
      haves: new Map(),
      voters,
      acks: new Set(voters.has(this.self.id) ? [this.self.id] : []),
      need: voters.size > 0 ? Math.floor(voters.size / 2) + 1 : 0,
      expiry: now + this.cfg.proposeTimeoutMs,
    };
    this.accepted.set(p.view.epoch, this.self.id);
    this.open = p;
    out.events.push({ name: "VIEW_PROPOSED", epoch: p.view.epoch, members: ids(p.view), voters: sorted(voters), need: p.need });
    if (p.acks.size >= p.need) {
      this.commit(now, out);
      return;
    }
    for (const id of sorted(voters)) if (id !== this.self.id) out.send.push({ to: id, body: "view_change", view: cloneView(p.view) });
  }

  /** Installs the open proposal and tells the new members and the removed ones. */
  private commit(now: number, out: MembershipOutput): void {
    const p = this.open;
    const prev = this.installed;
    if (p === null || prev === null) return;
    this.addCuts(prev, p);
    this.install(now, p.view, out);
    const to = new Set([...ids(p.view), ...ids(prev)]);
    to.delete(this.self.id);
    for (const id of [...to].sort()) out.send.push({ to: id, body: "view", view: cloneView(p.view) });
  }

  /**
   * Every server origin of `prev` that the proposal drops (member removed, or
   * back as a new incarnation) gets a cut: the highest seq of it any acker
   * (and we, if a server) held. Cuts are carried forward, sorted by origin.
   */
  private addCuts(prev: View, p: Proposal): void {
    const kept = new Set(p.view.members.map((m) => m.origin ?? "").filter((o) => o !== ""));
    const cuts = new Map((p.view.cuts ?? []).map((c) => [c.origin, c.seq]));
    const vectors = [...p.haves.values()];
    const own = this.self.role === "server" ? this.haveNow() : undefined;
    if (own !== undefined) vectors.push(own);
    let added = false;
    for (const m of prev.members) {
      const o = m.origin ?? "";
      if (m.role !== "server" || o === "" || kept.has(o) || cuts.has(o)) continue;
      let seq = 0;
      for (const vec of vectors) for (const e of vec) if (e.origin === o) seq = Math.max(seq, e.seq);
      cuts.set(o, seq);
      added = true;
    }
    if (!added) return;
    p.view.cuts = [...cuts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([origin, seq]) => ({ origin, seq }));
  }

  private install(now: number, view: View, out: MembershipOutput): void {
    const v = cloneView(view);
    this.acked = null;
    const prev = this.installed;
    this.installed = v;
    this.remember(v);
    this.highest = Math.max(this.highest, v.epoch);
    out.installed = cloneView(v);
    out.events.push({ name: "VIEW_INSTALLED", epoch: v.epoch, members: ids(v), coordinator: v.coordinator });
    const find = (id: string): Member | undefined => v.members.find((m) => m.id === id);
    for (const id of prev === null ? [] : ids(prev)) {
      if (find(id) === undefined) out.events.push({ name: "MEMBER_REMOVED", id, epoch: v.epoch });
    }
    for (const e of [...this.accepted.keys()]) if (e <= v.epoch) this.accepted.delete(e);
    if (this.open !== null && this.open.view.epoch <= v.epoch) this.open = null; // ours, or overtaken: what is still queued is proposed again
    for (const [id, who] of [...this.pending]) {
      const cur = find(id);
      if ((who === null && cur === undefined) || (who !== null && cur !== undefined && sameMember(cur, who))) {
        this.pending.delete(id);
        this.suspected.delete(id);
      }
    }
    for (const id of [...this.lastHeard.keys()]) if (find(id) === undefined) this.lastHeard.delete(id);
    for (const { id } of v.members) if (!this.lastHeard.has(id)) this.lastHeard.set(id, now); // a newcomer gets a full failure timeout
    const isIn = find(this.self.id) !== undefined;
    if (this.currentStatus === "leaving" && !isIn) {
      this.currentStatus = "left";
      out.events.push({ name: "LEFT", epoch: v.epoch });
      return;
    }
    if (this.currentStatus !== "leaving") this.currentStatus = isIn ? "member" : "joining"; // removed without asking: join again
    if (this.wantsChange()) this.ask(now, out);
  }

  /** A join, state change or leave of ours is not in the view yet. */
  private wantsChange(): boolean {
    if (this.currentStatus === "leaving") return true;
    return (this.currentStatus === "joining" || this.currentStatus === "member") && !this.synced();
  }

  private synced(): boolean {
    const cur = this.installed?.members.find((m) => m.id === this.self.id);
    return cur !== undefined && sameMember(cur, this.self);
  }

  private sendView(to: string, out: MembershipOutput): void {
    if (this.installed !== null) out.send.push({ to, body: "view", view: cloneView(this.installed) });
  }

  private remember(v: View): void {
    for (const m of v.members) if (m.id !== this.self.id) this.directory.set(m.id, { ...m });
  }
}

function output(): MembershipOutput {
  return { send: [], events: [] };
}

/** Plain code-unit order: the same as Go's sort.Strings for ASCII ids (localeCompare is not). */
function byId(a: Member, b: Member): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sorted(set: Iterable<string>): string[] {
  return [...set].sort();
}

function ids(v: View): string[] {
  return v.members.map((m) => m.id);
}

function cloneView(v: View): View {
  const c: View = { epoch: v.epoch, members: v.members.map((m) => ({ ...m })), coordinator: v.coordinator };
  if (v.cuts !== undefined && v.cuts.length > 0) c.cuts = v.cuts.map((x) => ({ ...x }));
  return c;
}

export function sameMember(a: Member, b: Member): boolean {
  return a.id === b.id && a.role === b.role && a.rank === b.rank && a.state === b.state &&
    a.peerEndpoint === b.peerEndpoint && a.userEndpoint === b.userEndpoint && a.pubEndpoint === b.pubEndpoint &&
    (a.origin ?? "") === (b.origin ?? "");
}

function sameMembers(a: Member[], b: Member[]): boolean {
  return a.length === b.length && a.every((m, i) => {
    const o = b[i];
    return o !== undefined && sameMember(m, o);
  });
}
