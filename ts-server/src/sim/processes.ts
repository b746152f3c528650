/**
 * The simulated processes: servers and clock members built from the same
 * pieces as the real ones (EventStore, SocialServer, joinCluster: the
 * ClusterNode with Membership, Bully and Berkeley, and the Replicator), on the
 * world's time and network; and users that write with Lazy Pirate retries, as
 * the Python client does. A crash keeps what a disk keeps (the SQLite
 * database, the incarnation counter) and loses everything else.
 */
import { type Body, ErrorCode } from "../core/codec.js";
import { PhysicalClock } from "../core/clock.js";
import { Envelopes, bootId } from "../core/envelope.js";
import { LamportClock } from "../core/lamport.js";
import { ProcessLog } from "../core/log.js";
import type { RoleName } from "../core/codec.js";
import type { ProcessCore } from "../core/process.js";
import type { Received } from "../core/transport.js";
import { ClusterNode, type PeerDealer } from "../cluster/node.js";
import { TokenSigner } from "../social/accounts.js";
import { type Event, positionOf } from "../social/events.js";
import { EventStore } from "../social/store.js";
import { joinCluster } from "../server/replicated.js";
import type { Replicator } from "../server/replicator.js";
import { SocialServer } from "../server/server.js";
import type { SimWorld } from "./world.js";

/** Simulated time 0 on the processes' physical clocks (any fixed instant works). */
const EPOCH_MS = 1_780_000_000_000;
export const SECRET = Buffer.from("simulated-cluster-secret");
export const endpointOf = (id: string): string => `sim://${id}`;

/** An event the drivers logged, kept for the failure report. */
export interface LoggedEvent {
  t: number;
  proc: string;
  name: string;
  fields: Record<string, unknown>;
}

const ERRORS = new Set(["HANDLER_FAILED", "TICK_FAILED", "REPLICATION_FAILED", "REQUEST_FAILED"]);

/** A process's clocks, stamp and log, on the world's time; its log goes to the run's event list. */
function simCore(world: SimWorld, id: string, role: RoleName, events: LoggedEvent[]): ProcessCore {
  const lamport = new LamportClock();
  const clock = new PhysicalClock(() => EPOCH_MS + world.now);
  const log = new ProcessLog({ file: null, proc: id, role, lamport, clock });
  // The simulator keeps the named events (not every send and receive): they explain a failing seed.
  log.event = (name, fields = {}) => {
    events.push({ t: world.now, proc: id, name, fields });
    if (ERRORS.has(name)) world.fail(`${id} logged ${name}: ${JSON.stringify(fields).slice(0, 400)}`);
  };
  log.sent = () => undefined;
  log.received = () => undefined;
  return { id, lamport, clock, envelopes: new Envelopes(id, role, lamport, clock, bootId(EPOCH_MS + world.now)), log };
}

export interface Member {
  readonly id: string;
  readonly rank: number;
  readonly role: "server" | "clock";
  node: ClusterNode | undefined;
  core: ProcessCore | undefined;
  start(seeds: string[], bootstrap: boolean): Promise<void>;
  crash(): void;
}

/** Watches every delivery run of a server (the simulator's only hook into it). */
export type DeliveryObserver = (server: string, delivered: readonly Event[]) => void;

export class SimServer implements Member {
  readonly role = "server";
  node: ClusterNode | undefined;
  core: ProcessCore | undefined;
  store: EventStore | undefined;
  server: SocialServer | undefined;
  replicator: Replicator | undefined;
  /** What survives a crash: the database and the incarnation counter. */
  private disk: Buffer | undefined;
  private incarnation = 0;

  constructor(
    private readonly world: SimWorld,
    readonly id: string,
    readonly rank: number,
    private readonly events: LoggedEvent[],
    private readonly observe: DeliveryObserver,
    private readonly onRestore: (server: string, delivered: readonly Event[]) => void,
  ) {}

  async start(seeds: string[], bootstrap: boolean): Promise<void> {
    const world = this.world;
    world.boot(this.id);
    const core = simCore(world, this.id, "server", this.events);
    this.incarnation += 1;
    const origin = `${this.id}.${this.incarnation}`;
    const store = EventStore.open(this.disk ?? ":memory:", { origin, lamport: core.lamport, nowMs: () => core.clock.nowMs() });
    this.onRestore(this.id, deliveredIn(store));
    const net = world.net(this.id);
    const scheduler = world.scheduler(this.id);
    const server = new SocialServer(core, store, new TokenSigner(SECRET, 3_600_000), {
      rank: this.rank, userEndpoint: `${endpointOf(this.id)}/user`, pubEndpoint: `${endpointOf(this.id)}/pub`,
      textLimit: 4096, scheduler, sockets: net,
    });
    const announce = server.announce.bind(server);
    server.announce = (delivered, skipped) => {
      this.observe(this.id, delivered.map((d) => d.event));
      announce(delivered, skipped);
    };
    Object.assign(this, { core, store, server });
    const { cluster, replicator } = await joinCluster(core, store, server, {
      rank: this.rank, origin, peerEndpoint: endpointOf(this.id), userEndpoint: `${endpointOf(this.id)}/user`,
      pubEndpoint: `${endpointOf(this.id)}/pub`, seeds, bootstrap, writeQuorum: "majority", writeTimeoutMs: 1500,
      syncPeriodMs: 250, reincarnate: () => `${this.id}.${(this.incarnation += 1)}`,
      onShutdown: () => undefined, scheduler, net,
    });
    await server.start();
    this.node = cluster;
    this.replicator = replicator;
  }

  crash(): void {
    this.disk = this.store?.serialize();
    this.world.crash(this.id);
    this.store?.close();
    this.node = this.core = this.store = this.server = this.replicator = undefined;
  }

  /** SIGTERM: drain the writes, stop serving users, leave the view (main.ts's stop). */
  async leave(): Promise<void> {
    await this.replicator?.drain();
    await this.server?.stop();
    await this.node?.leave();
    this.replicator?.close();
    await this.node?.close();
    this.crash();
  }
}

/** Every event a store has delivered, in order. */
export function deliveredIn(store: EventStore): Event[] {
  const out: Event[] = [];
  let after = { lamport: 0, origin: "", seq: 0 };
  for (;;) {
    const page = store.readAll(after, 1000);
    out.push(...page.events);
    if (!page.more) return out;
    after = { lamport: Number(page.next.lamport ?? 0), origin: page.next.origin ?? "", seq: Number(page.next.seq ?? 0) };
  }
}

/** A clock member, as member-main.ts runs one (`--role clock`). */
export class SimClock implements Member {
  readonly role = "clock";
  node: ClusterNode | undefined;
  core: ProcessCore | undefined;

  constructor(
    private readonly world: SimWorld,
    readonly id: string,
    readonly rank: number,
    private readonly events: LoggedEvent[],
  ) {}

  async start(seeds: string[], bootstrap: boolean): Promise<void> {
    this.world.boot(this.id);
    const core = simCore(this.world, this.id, "clock", this.events);
    this.core = core;
    this.node = await ClusterNode.start({
      core,
      self: { id: this.id, role: "clock", rank: this.rank, peerEndpoint: endpointOf(this.id), userEndpoint: "", pubEndpoint: "", state: "active" },
      seeds, bootstrap, autoActive: true,
      scheduler: this.world.scheduler(this.id), net: this.world.net(this.id),
    });
  }

  crash(): void {
    this.world.crash(this.id);
    this.node = this.core = undefined;
  }
}

/** One write a user issued, and how it ended. */
export interface Operation {
  user: string;
  requestId: string;
  kind: "post" | "dm";
  to?: string;
  issuedAt: number;
  /** "ok", a code name, or "pending" (no answer by the end). */
  result: string;
  attempts: number;
  position?: [number, string, number];
}

const RETRY_ELSEWHERE = new Set<number>([ErrorCode.ERROR_CODE_UNAVAILABLE, ErrorCode.ERROR_CODE_NO_QUORUM]);

/** A user: one write at a time, retried (same request id) on the next server after a timeout or UNAVAILABLE/NO_QUORUM. */
export class SimUser {
  readonly ops: Operation[] = [];
  private readonly core: ProcessCore;
  private readonly dealers = new Map<string, PeerDealer>();
  private readonly waiting = new Map<string, (r: Received) => void>();
  private readonly token: string;
  private n = 0;

  constructor(
    private readonly world: SimWorld,
    readonly id: string,
    private readonly servers: readonly string[],
    events: LoggedEvent[],
  ) {
    world.boot(id);
    this.core = simCore(world, id, "user", events);
    this.token = new TokenSigner(SECRET, 3_600_000).issue(id, EPOCH_MS).token;
  }

  private dealer(server: string): PeerDealer {
    let d = this.dealers.get(server);
    if (d === undefined) {
      d = this.world.net(this.id).connect(`${endpointOf(server)}/user`, this.core, server);
      void d.serve((r) => this.waiting.get(r.envelope.replyTo)?.(r));
      this.dealers.set(server, d);
    }
    return d;
  }

  private ask(server: string, body: Body, timeoutMs: number): Promise<Received | undefined> {
    const sched = this.world.scheduler(this.id);
    return new Promise((resolve) => {
      const { envelope } = this.dealer(server).send(body);
      const cancel = sched.after(timeoutMs, () => {
        this.waiting.delete(envelope.msgId);
        resolve(undefined);
      });
      this.waiting.set(envelope.msgId, (r) => {
        cancel();
        this.waiting.delete(envelope.msgId);
        resolve(r);
      });
    });
  }

  /** Runs writes until `until`, then finishes the one in flight (retrying until `giveUpAt`). */
  async run(others: readonly string[], until: number, giveUpAt: number): Promise<void> {
    const rng = this.world.rng;
    const sched = this.world.scheduler(this.id);
    let server = rng.int(0, this.servers.length - 1);
    while (this.world.now < until) {
      this.n += 1;
      const requestId = `${this.id}-w${this.n}`;
      const dm = rng.chance(0.3);
      const to = rng.pick(others);
      const op: Operation = { user: this.id, requestId, kind: dm ? "dm" : "post", issuedAt: this.world.now, result: "pending", attempts: 0, ...(dm && { to }) };
      this.ops.push(op);
      const body: Body = dm
        ? { sendMessageRequest: { requestId, token: this.token, to, text: `dm ${this.n} from ${this.id}` } }
        : { postRequest: { requestId, token: this.token, text: `post ${this.n} by ${this.id}` } };
      while (op.result === "pending" && this.world.now < giveUpAt) {
        op.attempts += 1;
        const reply = await this.ask(this.servers[server]!, body, 1000);
        const err = reply?.envelope.errorReply;
        if (reply !== undefined && err == null) {
          const event = reply.envelope.writeReply?.event;
          op.result = "ok";
          if (event != null) {
            const p = positionOf(event as Event);
            op.position = [p.lamport, p.origin, p.seq];
          }
          break;
        }
        if (err != null && !RETRY_ELSEWHERE.has(err.code ?? 0)) {
          op.result = ErrorCode[err.code ?? 0] ?? String(err.code);
          break;
        }
        // Lazy Pirate: same request id, after a short pause; after a timeout, half the time on the same
        // server (as the Python client does while it is the only one it can reach).
        if (reply !== undefined || !rng.chance(0.5)) server = (server + 1) % this.servers.length;
        await new Promise<void>((resolve) => sched.after(rng.int(10, 100), resolve));
      }
      await new Promise<void>((resolve) => sched.after(rng.int(20, 120), resolve));
    }
  }
}
