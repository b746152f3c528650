/**
 * ClusterNode: the driver a member process embeds. It owns the peer ROUTER
 * and one DEALER per peer (docs/protocol.md), runs a ~10 ms tick, and moves
 * messages between the sockets and the pure machines: Membership, Bully,
 * Berkeley. Everything it sends goes through the core sockets' queues, so no
 * step can hit zeromq.js's EBUSY; every input from the network is checked
 * and a bad one is logged and dropped, never thrown out of the reader loop.
 */
import type { Body } from "../core/codec.js";
import { ErrorCode, Role, socialnet } from "../core/codec.js";
import type { ProcessCore } from "../core/process.js";
import { MemberAuth } from "../core/member-auth.js";
import { type Scheduler, hostScheduler, sleep } from "../core/scheduler.js";
import { DealerSocket, RouterSocket, type Outgoing, type Received, type RouterReceived } from "../core/transport.js";
import { BullyElection, type BullyConfig, type BullyOutput } from "../clock/bully.js";
import { BerkeleyCoordinator, BerkeleyMember, type BerkeleyConfig, type BerkeleyOutput } from "../clock/berkeley.js";
import {
  Membership,
  type Member, type MemberState, type MembershipConfig, type MembershipOutput, type View,
} from "./membership.js";
import { msgFromEnvelope, msgToBody, viewToPb } from "./wire.js";

export interface BerkeleyOptions extends BerkeleyConfig {
  periodMs: number;
}

export interface StatusCounters {
  eventCount?: number;
  lag?: number;
}

export interface ClusterNodeOptions {
  core: ProcessCore;
  /**
   * The cluster secret: every envelope on the peer sockets is signed with it and checked against it
   * (docs/protocol.md, "Member authentication"). Omitted, member traffic is unsigned: only for
   * in-process tests and an explicit --insecure; the process mains refuse to start without one.
   */
  secret?: Uint8Array;
  /** Self as it should appear in the view. A port of 0 in peerEndpoint is replaced by the bound one. */
  self: Member;
  seeds?: string[];
  bootstrap?: boolean;
  membership?: Partial<MembershipConfig>;
  bully?: Partial<BullyConfig>;
  berkeley?: Partial<BerkeleyOptions>;
  tickMs?: number;
  leaveTimeoutMs?: number;
  /** Ask for ACTIVE as soon as a view lists us JOINING: for members with no data to copy. */
  autoActive?: boolean;
  /** For StatusReport: the server's event count and replication lag. */
  status?: () => StatusCounters;
  /** On ControlRequest{shutdown}, before leaving: a server stops taking writes and finishes those in flight. */
  beforeLeave?: () => Promise<void>;
  /** After a ControlRequest{shutdown} has left the view. */
  onShutdown?: () => void | Promise<void>;
  /** Time and timers (not the drifting clock): the host's, or the simulator's (src/sim/). */
  scheduler?: Scheduler;
  /** The peer sockets: ZeroMQ, or the simulator's network. */
  net?: PeerNet;
}

/** What a ClusterNode needs of its peer ROUTER. */
export interface PeerRouter {
  readonly endpoint: string;
  serve(handler: (msg: RouterReceived) => void): Promise<void>;
  reply(request: RouterReceived, body: Body): Outgoing;
  close(): void;
}

/** What a ClusterNode needs of a DEALER to one peer. */
export interface PeerDealer {
  send(body: Body, replyTo?: string): Outgoing;
  serve(handler: (msg: Received) => void): Promise<void>;
  close(): void;
}

/** Where a ClusterNode gets its sockets: ZeroMQ in a process, simulated links in src/sim/. */
export interface PeerNet {
  listen(endpoint: string, core: ProcessCore): Promise<PeerRouter>;
  connect(endpoint: string, core: ProcessCore, peer: string): PeerDealer;
}

export const zmqPeerNet: PeerNet = {
  // Replies on the peer port (control replies, refusals, answers on a member's return path) never wait on a
  // peer that does not read: one stuck tool must not stall the others (docs/protocol.md, "Limits").
  listen: (endpoint, core) => RouterSocket.listen(endpoint, core, { dropWhenFull: true }),
  // A link to a member id accepts only that member's envelopes; one to a seed endpoint cannot know who answers.
  connect: (endpoint, core, peer) => DealerSocket.connect(endpoint, core, peer, peer.includes("://") ? undefined : peer),
};

// The same defaults as go-clock's clocknode, so a cluster behaves alike whichever language coordinates.
// Failure detection plus an unanswered election cost 300 + 100 ms before a new coordinator is known.
export const DEFAULT_BULLY: BullyConfig = { answerTimeoutMs: 100, coordinatorTimeoutMs: 300, failureTimeoutMs: 300 };
export const DEFAULT_BERKELEY: BerkeleyOptions = {
  periodMs: 2000, maxRttUs: 100_000, maxDeviationUs: 2_000_000, roundTimeoutUs: 500_000,
};
/** Bodies queued to one peer before we drop instead: a dead peer must not grow memory without bound. */
const MAX_PENDING = 64;
/** A DEALER to a seed or a joiner (not a view member) is closed after this long unused. */
const TRANSIENT_IDLE_MS = 5000;
/** How long a removed member's DEALER stays open to deliver the View that tells it so. */
const REMOVED_GRACE_MS = 250;
const MEMBERSHIP_KINDS = new Set(["join_request", "leave_request", "view_change", "view_ack", "view", "heartbeat"]);

type MessageHandler = (msg: Received) => void;

interface Link {
  endpoint: string;
  dealer: PeerDealer;
  pending: number;
  lastUsed: number;
  /** A member of the installed view; others are transient. */
  member: boolean;
  dropping: boolean;
  /** When a link to a removed member closes. */
  closeAt: number;
}

export class ClusterNode {
  readonly membership: Membership;
  private readonly bully: BullyElection;
  private bullyStarted = false;
  private readonly berkCoord: BerkeleyCoordinator;
  private readonly berkMember = new BerkeleyMember();
  private readonly berkeley: BerkeleyOptions;
  private berkRound = 0;
  private nextRound = 0;
  private readonly links = new Map<string, Link>();
  private readonly partitioned = new Set<string>();
  /**
   * The latest message from each peer, to answer on its own connection when we know no endpoint for
   * it: a member removed while cut off, asking a node restarted since, would otherwise never hear
   * who coordinates now (found by the simulator).
   */
  private readonly returnPaths = new Map<string, { msg: RouterReceived; at: number }>();
  private readonly handlers = new Map<string, Set<MessageHandler>>();
  private readonly viewListeners = new Set<(view: View) => void>();
  private readonly coordListeners = new Set<(coordinator: string) => void>();
  private heartbeatHave: (() => socialnet.v1.VersionVector.$Properties) | undefined;
  private lastCoord = "";
  private stopTicking: (() => void) | undefined;
  private serving: Promise<void> = Promise.resolve();
  private lastSweep = 0;
  private stopped = false;
  private leftWaiters: (() => void)[] = [];
  private readonly scheduler: Scheduler;
  private readonly net: PeerNet;

  private constructor(
    private readonly core: ProcessCore,
    private readonly router: PeerRouter,
    readonly self: Member,
    private readonly opts: ClusterNodeOptions,
  ) {
    this.scheduler = opts.scheduler ?? hostScheduler;
    this.net = opts.net ?? zmqPeerNet;
    this.membership = new Membership(self, opts.membership ?? {});
    this.bully = new BullyElection(self.id, self.rank, { ...DEFAULT_BULLY, ...opts.bully }, { [self.id]: self.rank });
    this.berkeley = { ...DEFAULT_BERKELEY, ...opts.berkeley };
    this.berkCoord = new BerkeleyCoordinator(self.id, this.berkeley);
  }

  /** Binds the peer ROUTER, then bootstraps or starts joining, and ticks until close(). */
  static async start(opts: ClusterNodeOptions): Promise<ClusterNode> {
    // The peer sockets share the process's clocks and log, plus one MemberAuth holding the key: its
    // replay record spans the ROUTER and every DEALER.
    const core: ProcessCore = opts.secret === undefined ? opts.core : { ...opts.core, auth: new MemberAuth(opts.secret) };
    const router = await (opts.net ?? zmqPeerNet).listen(opts.self.peerEndpoint, core);
    // The first member has nothing to copy: it starts active, or no view could ever get a voter.
    const self: Member = { ...opts.self, peerEndpoint: router.endpoint, ...(opts.bootstrap && { state: "active" }) };
    const node = new ClusterNode(core, router, self, opts);
    node.serving = router.serve((msg) => node.onRouter(msg));
    const now = node.scheduler.now();
    opts.core.log.event("CLUSTER_STARTED", { peer_endpoint: self.peerEndpoint, rank: self.rank, seeds: opts.seeds ?? [], bootstrap: opts.bootstrap === true });
    node.applyMembership(now, opts.bootstrap ? node.membership.bootstrap(now) : node.membership.requestJoin(now, opts.seeds ?? []));
    node.stopTicking = node.scheduler.every(opts.tickMs ?? 10, () => node.step());
    return node;
  }

  get id(): string {
    return this.self.id;
  }
  get endpoint(): string {
    return this.self.peerEndpoint;
  }
  get view(): View | null {
    return this.membership.view;
  }
  /** The Bully coordinator, "" while an election runs. */
  get coordinator(): string {
    return this.bully.coordinator;
  }
  get isCoordinator(): boolean {
    return this.bully.isCoordinator;
  }
  get partitionedPeers(): string[] {
    return [...this.partitioned].sort();
  }

  onViewInstalled(cb: (view: View) => void): () => void {
    this.viewListeners.add(cb);
    return () => this.viewListeners.delete(cb);
  }

  onCoordinatorChanged(cb: (coordinator: string) => void): () => void {
    this.coordListeners.add(cb);
    return () => this.coordListeners.delete(cb);
  }

  /** Handlers for bodies the node does not own (replication), by snake_case kind; also sees heartbeats. */
  onMessage(kind: string, handler: MessageHandler): () => void {
    let set = this.handlers.get(kind);
    if (set === undefined) this.handlers.set(kind, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /** What every Heartbeat carries in `have` (replication's version vector). */
  setHeartbeatHave(provider: () => socialnet.v1.VersionVector.$Properties): void {
    this.heartbeatHave = provider;
  }

  /** Sends a body to a member (one-way, on our DEALER to its ROUTER). False when dropped. */
  send(peerId: string, body: Body, replyTo = ""): boolean {
    return this.sendTo(peerId, body, replyTo);
  }

  /** JOINING -> ACTIVE once caught up. */
  setSelfState(state: MemberState): void {
    this.applyMembership(this.scheduler.now(), this.membership.setSelfState(this.scheduler.now(), state));
  }

  /** A new incarnation of a server, joining again (see Membership.setSelfOrigin). */
  setSelfOrigin(origin: string, state: MemberState): void {
    this.applyMembership(this.scheduler.now(), this.membership.setSelfOrigin(this.scheduler.now(), origin, state));
  }

  /** Leaves gracefully: true once a view without us arrived, false after the timeout. */
  async leave(timeoutMs = this.opts.leaveTimeoutMs ?? 3000): Promise<boolean> {
    if (this.membership.status === "left") return true;
    const left = new Promise<void>((resolve) => this.leftWaiters.push(resolve));
    this.applyMembership(this.scheduler.now(), this.membership.requestLeave(this.scheduler.now()));
    let cancel: (() => void) | undefined;
    const timedOut = new Promise<boolean>((resolve) => (cancel = this.scheduler.after(timeoutMs, () => resolve(false))));
    const ok = await Promise.race([left.then(() => true), timedOut]);
    cancel?.();
    this.stopped = true;
    // A leaving coordinator has just sent the new View: closing now (linger 0) would drop it,
    // and members that acked it would never install it.
    const drainUntil = this.scheduler.now() + 500;
    while ([...this.links.values()].some((l) => l.member && l.pending > 0) && this.scheduler.now() < drainUntil) {
      await sleep(this.scheduler, 5);
    }
    this.core.log.event(ok ? "LEAVE_DONE" : "LEAVE_TIMEOUT", { epoch: this.membership.epoch });
    return ok;
  }

  /** Stops ticking and closes every socket. Safe to call twice. */
  async close(): Promise<void> {
    this.stopped = true;
    this.stopTicking?.();
    this.stopTicking = undefined;
    for (const link of this.links.values()) link.dealer.close();
    this.links.clear();
    this.router.close();
    await this.serving.catch(() => undefined);
  }

  // ---- the tick ----

  private step(): void {
    if (this.stopped) return;
    const now = this.scheduler.now();
    try {
      this.applyMembership(now, this.membership.tick(now));
      if (this.bullyStarted) this.applyBully(now, this.bully.tick(now));
      this.berkeleyTick(now);
      if (now - this.lastSweep >= 100) this.sweepLinks(now);
    } catch (err) {
      this.core.log.event("TICK_FAILED", { error: String(err) }, "error");
    }
  }

  private berkeleyTick(now: number): void {
    const view = this.membership.view;
    if (this.bully.isCoordinator && view !== null && now >= this.nextRound) {
      this.nextRound = now + this.berkeley.periodMs;
      this.berkRound += 1;
      this.applyBerkeley(this.berkCoord.start(this.core.clock.nowUs(), this.berkRound, view.members.map((m) => m.id)));
    }
    if (this.berkCoord.isOpen) this.applyBerkeley(this.berkCoord.tick(this.core.clock.nowUs()));
  }

  // ---- incoming ----

  private onRouter(msg: RouterReceived): void {
    try {
      this.dispatch(msg);
    } catch (err) {
      this.core.log.event("HANDLER_FAILED", { kind: msg.kind, peer: msg.peer, error: String(err) }, "error");
    }
  }

  private onReturnPath(msg: Received): void {
    if (msg.kind === "error_reply" || msg.kind === "control_request" || msg.kind === "control_reply" || msg.kind === "time_request") return;
    this.onRouter({ ...msg, identity: Buffer.alloc(0) });
  }

  private dispatch(msg: RouterReceived): void {
    if (msg.kind === "control_request") {
      this.onControl(msg);
      return;
    }
    const from = msg.peer;
    if (this.stopped) return;
    if (this.partitioned.has(from)) {
      this.core.log.event("PARTITION_DROPPED", { from, msg_id: msg.envelope.msgId });
      return;
    }
    const env = msg.envelope;
    const now = this.scheduler.now();
    const fromMember = env.senderRole === Role.ROLE_SERVER || env.senderRole === Role.ROLE_CLOCK;
    if (fromMember && msg.identity.length > 0) this.returnPaths.set(from, { msg, at: now });
    if (fromMember) {
      this.membership.heard(now, from);
      this.bully.heard(now, from);
    }
    if (MEMBERSHIP_KINDS.has(msg.kind)) {
      const m = msgFromEnvelope(env);
      if (m === undefined) this.refuse(msg, ErrorCode.ERROR_CODE_MISSING_FIELD, "membership message without a valid member or view");
      else this.applyMembership(now, this.membership.receive(now, from, m));
    } else if (msg.kind === "election" || msg.kind === "answer" || msg.kind === "coordinator") {
      // Before we are in a view Bully knows no member: an election would make us
      // coordinator of nobody, and membership would then queue our join instead of sending it.
      if (!this.bullyStarted) return;
      const rank = Number(env.election?.rank ?? env.answer?.rank ?? env.coordinator?.rank ?? 0);
      const term = env.coordinator ? Number(env.coordinator.term ?? 0) : undefined;
      this.applyBully(now, this.bully.receive(now, from, { body: msg.kind, rank, term }));
    } else if (msg.kind === "time_request") {
      const round = Number(env.timeRequest?.round ?? 0);
      const body: Body = { timeReply: { round, clockUs: this.core.clock.nowUs() } };
      // Members answer one-way; anyone else (a tool) gets the reply on its own connection.
      if (fromMember && this.linkFor(from) !== undefined) this.sendTo(from, body, env.msgId);
      else this.router.reply(msg, body);
    } else if (msg.kind === "time_reply") {
      const r = env.timeReply;
      this.applyBerkeley(this.berkCoord.reply(this.core.clock.nowUs(), from, Number(r?.round ?? 0), Number(r?.clockUs ?? 0)));
    } else if (msg.kind === "clock_adjust") {
      // Only our coordinator moves our clock: a stale one's adjustment would undo the current one's.
      const a = env.clockAdjust;
      const round = Number(a?.round ?? 0);
      if (from !== this.bully.coordinator) {
        this.core.log.event("CLOCK_ADJUST_IGNORED", { from, coordinator: this.bully.coordinator, round }, "warn");
      } else {
        const delta = this.berkMember.adjust(from, round, Number(a?.deltaUs ?? 0));
        if (delta !== undefined && Number.isFinite(delta)) this.adjustClock(delta, "berkeley", from);
      }
    } else if (!this.handlers.has(msg.kind) && msg.kind !== "error_reply" && msg.kind !== "control_reply") {
      this.refuse(msg, ErrorCode.ERROR_CODE_UNKNOWN_KIND, `the peer port does not take ${msg.kind}`);
    }
    for (const h of this.handlers.get(msg.kind) ?? []) {
      try {
        h(msg);
      } catch (err) {
        this.core.log.event("HANDLER_FAILED", { kind: msg.kind, peer: from, error: String(err) }, "error");
      }
    }
  }

  private onControl(msg: RouterReceived): void {
    const req = msg.envelope.controlRequest;
    const requestId = req?.requestId ?? "";
    const reply = (): void => {
      this.router.reply(msg, { controlReply: { requestId, status: this.status() } });
    };
    switch (req?.command) {
      case "status":
        reply();
        break;
      case "drift": {
        const delta = Number(req.drift?.deltaMs ?? 0);
        if (Number.isFinite(delta)) {
          this.core.clock.adjust(delta);
          this.core.log.event("DRIFT_INJECTED", { delta_ms: delta, source: "control" });
        }
        reply();
        break;
      }
      case "partition":
        for (const p of req.partition?.peers ?? []) if (p && p !== this.id) this.partitioned.add(p);
        this.core.log.event("PARTITION_SET", { peers: this.partitionedPeers });
        reply();
        break;
      case "heal":
        this.core.log.event("PARTITION_HEALED", { peers: this.partitionedPeers });
        this.partitioned.clear();
        reply();
        break;
      case "shutdown":
        reply();
        void (this.opts.beforeLeave?.() ?? Promise.resolve()).then(() => this.leave()).then(() => this.opts.onShutdown?.());
        break;
      default:
        this.router.reply(msg, { errorReply: { requestId, code: ErrorCode.ERROR_CODE_MISSING_FIELD, message: "control request without a command" } });
    }
  }

  /** Bad input gets an error reply with a code on the asker's connection, and changes nothing. */
  private refuse(msg: RouterReceived, code: ErrorCode, message: string): void {
    this.core.log.event("REFUSED", { peer: msg.peer, body: msg.kind, msg_id: msg.envelope.msgId, code: ErrorCode[code] }, "warn");
    if (msg.identity.length > 0) this.router.reply(msg, { errorReply: { code, message } });
  }

  private status(): socialnet.v1.StatusReport.$Properties {
    const counters = this.opts.status?.() ?? {};
    const view = this.membership.view;
    return {
      id: this.id,
      role: this.self.role === "server" ? Role.ROLE_SERVER : Role.ROLE_CLOCK,
      rank: this.self.rank,
      coordinator: this.bully.coordinator,
      view: view === null ? null : viewToPb(view),
      eventCount: counters.eventCount ?? 0,
      lag: counters.lag ?? 0,
      clockMs: Math.floor(this.core.clock.nowMs()),
      lamport: this.core.lamport.value,
      partitioned: this.partitionedPeers,
    };
  }

  // ---- machine outputs ----

  private applyMembership(now: number, out: MembershipOutput): void {
    for (const s of out.send) {
      let body = msgToBody(s);
      if (body.heartbeat && this.heartbeatHave) body = { heartbeat: { ...body.heartbeat, have: this.heartbeatHave() } };
      this.sendTo(s.to, body);
    }
    for (const e of out.events) this.logEvent(e);
    if (out.installed) this.installed(now, out.installed);
    if (out.events.some((e) => e.name === "LEFT")) {
      for (const w of this.leftWaiters.splice(0)) w();
    }
  }

  private installed(now: number, view: View): void {
    this.syncLinks(view);
    const self = view.members.find((m) => m.id === this.id);
    if (this.bullyStarted) {
      this.applyBully(now, this.bully.setMembers(now, Object.fromEntries(view.members.map((m) => [m.id, m.rank]))));
    } else if (self !== undefined) {
      // Bully starts only once we are in a view: before, we would win an election among nobody.
      this.bullyStarted = true;
      this.bully.setMembers(now, Object.fromEntries(view.members.map((m) => [m.id, m.rank])));
      this.applyBully(now, this.bully.start(now));
    }
    for (const cb of this.viewListeners) cb(view);
    if (this.opts.autoActive && self?.state === "joining") this.setSelfState("active");
  }

  private applyBully(now: number, out: BullyOutput): void {
    for (const s of out.send) {
      const body: Body =
        s.body === "election" ? { election: { rank: s.rank } }
          : s.body === "answer" ? { answer: { rank: s.rank } }
            : { coordinator: { rank: s.rank, term: s.term ?? 0 } };
      this.sendTo(s.to, body);
    }
    for (const e of out.events) this.logEvent(e);
    const c = this.bully.coordinator;
    // Compared with Membership's own idea, not a cached one: a joiner's Membership learns a
    // coordinator from a seed's View, and a stale cache would then never correct it.
    if (c !== this.membership.coordinator) this.applyMembership(now, this.membership.setCoordinator(now, c));
    if (c === this.lastCoord) return;
    this.lastCoord = c;
    if (c === this.id) this.nextRound = now; // a new coordinator syncs at once
    for (const cb of this.coordListeners) cb(c);
  }

  private applyBerkeley(out: BerkeleyOutput): void {
    for (const s of out.send) {
      this.sendTo(s.to, s.body === "time_request" ? { timeRequest: { round: s.round } } : { clockAdjust: { round: s.round, deltaUs: s.deltaUs ?? 0 } });
    }
    const r = out.result;
    if (r === undefined) return;
    this.core.log.event("BERKELEY_ROUND", {
      round: r.round, average_us: r.averageUs, used: r.used, dropped_rtt: r.droppedRtt, dropped_deviation: r.droppedDeviation,
    });
    this.adjustClock(r.selfAdjustUs, "berkeley", this.id);
  }

  private adjustClock(deltaUs: number, source: string, from: string): void {
    const before = this.core.clock.nowMs();
    this.core.clock.adjust(deltaUs / 1000);
    this.core.log.event("CLOCK_ADJUSTED", { before, after: this.core.clock.nowMs(), delta_us: deltaUs, source, from });
  }

  private logEvent(e: { name: string; [field: string]: unknown }): void {
    const { name, ...fields } = e;
    this.core.log.event(name, fields);
  }

  // ---- links ----

  private sendTo(to: string, body: Body, replyTo = ""): boolean {
    if (to === this.id || this.partitioned.has(to)) return false;
    const link = this.linkFor(to);
    if (link === undefined) {
      const back = this.returnPaths.get(to);
      if (back !== undefined) {
        this.router.reply(back.msg, body);
        return true;
      }
      this.core.log.event("SEND_NO_ROUTE", { peer: to, body: Object.keys(body)[0] }, "warn");
      return false;
    }
    link.lastUsed = this.scheduler.now();
    if (link.pending >= MAX_PENDING) {
      if (!link.dropping) this.core.log.event("SEND_DROPPED", { peer: to, pending: link.pending }, "warn");
      link.dropping = true;
      return false;
    }
    link.dropping = false;
    link.pending += 1;
    void link.dealer.send(body, replyTo).sent.finally(() => {
      link.pending -= 1;
    });
    return true;
  }

  /** The DEALER for a member id or a seed endpoint, opened on demand for peers not in the view. */
  private linkFor(to: string): Link | undefined {
    const existing = this.links.get(to);
    if (existing !== undefined) return existing;
    const endpoint = to.includes("://") ? to : this.membership.endpointOf(to);
    if (endpoint === undefined || endpoint === "") return undefined;
    return this.openLink(to, endpoint, false);
  }

  private openLink(key: string, endpoint: string, member: boolean): Link {
    const dealer = this.net.connect(endpoint, this.core, key);
    // Answers come on our ROUTER; a DEALER hears error replies (dropped here, so they never pile up),
    // and members' messages from a peer that has no route to us (its return path: see returnPaths).
    void dealer.serve((msg) => this.onReturnPath(msg)).catch(() => undefined);
    const link: Link = { endpoint, dealer, pending: 0, lastUsed: this.scheduler.now(), member, dropping: false, closeAt: Infinity };
    this.links.set(key, link);
    return link;
  }

  private syncLinks(view: View): void {
    const ids = new Set<string>();
    for (const m of view.members) {
      if (m.id === this.id) continue;
      ids.add(m.id);
      const link = this.links.get(m.id);
      if (link !== undefined && link.endpoint !== m.peerEndpoint) {
        link.dealer.close();
        this.links.delete(m.id);
      }
      const kept = this.links.get(m.id) ?? this.openLink(m.id, m.peerEndpoint, true);
      kept.member = true;
      kept.closeAt = Infinity;
    }
    for (const [key, link] of this.links) {
      // Not closed at once: the View telling a removed peer so is still queued (linger 0 would drop it).
      // Closed soon after, though: if the peer is dead, what is queued for it (elections, heartbeats)
      // would otherwise reach its next incarnation on the same endpoint as stale input.
      if (link.member && !ids.has(key)) {
        link.member = false;
        link.closeAt = this.scheduler.now() + REMOVED_GRACE_MS;
      }
    }
  }

  private sweepLinks(now: number): void {
    this.lastSweep = now;
    for (const [peer, back] of this.returnPaths) if (now - back.at > TRANSIENT_IDLE_MS) this.returnPaths.delete(peer);
    for (const [key, link] of this.links) {
      if (!link.member && (now - link.lastUsed > TRANSIENT_IDLE_MS || now >= link.closeAt)) {
        link.dealer.close();
        this.links.delete(key);
      }
    }
  }
}
