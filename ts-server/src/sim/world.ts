/**
 * The simulator's world: one seeded random source, simulated time, and a
 * simulated network between processes (docs/algorithms.md, "Deterministic
 * simulation"). Every timer of every driver and every message goes through
 * one queue ordered by (time, sequence), and the queue runs one entry at a
 * time, letting its promises settle before the next: the same seed replays
 * the same run, message for message.
 */
import { mulberry32 } from "../core/drift.js";
import type { Body } from "../core/codec.js";
import type { ProcessCore } from "../core/process.js";
import type { Scheduler } from "../core/scheduler.js";
import type { Outgoing, Received, RouterReceived } from "../core/transport.js";
import type { PeerDealer, PeerNet, PeerRouter } from "../cluster/node.js";
import type { Publisher, UserSockets } from "../server/server.js";

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 2 ** 32;
  }

  /** Uniform integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.float() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

interface Entry {
  at: number;
  seq: number;
  /** The process this entry belongs to ("" for the world's own), and the life it was scheduled in. */
  proc: string;
  life: number;
  run: () => void;
  cancelled: boolean;
}

/** A binary heap on (at, seq). */
class Queue {
  private readonly items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Entry | undefined {
    return this.items[0];
  }

  push(e: Entry): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  pop(): Entry | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/** Faults of the network, drawn per message. */
export interface NetworkFaults {
  /** One-way delay in ms: uniform in [min, max]. Independent draws reorder messages. */
  minDelayMs: number;
  maxDelayMs: number;
  dropRate: number;
  duplicateRate: number;
}

export const CALM: NetworkFaults = { minDelayMs: 0.2, maxDelayMs: 1, dropRate: 0, duplicateRate: 0 };

interface Proc {
  life: number;
  up: boolean;
  pausedUntil: number;
}

interface Listener {
  proc: string;
  life: number;
  core: ProcessCore;
  handler: ((msg: RouterReceived) => void) | undefined;
  closed: boolean;
}

interface Connection {
  proc: string;
  life: number;
  core: ProcessCore;
  handler: ((msg: Received) => void) | undefined;
  closed: boolean;
}

/** A line of the run's trace: what the simulator did and saw, in order. */
export type TraceLine = string;

export class SimWorld {
  readonly rng: Rng;
  now = 0;
  faults: NetworkFaults = CALM;
  readonly trace: TraceLine[] = [];
  readonly counters = { delivered: 0, dropped: 0, duplicated: 0, partitionDropped: 0, steps: 0 };
  private readonly queue = new Queue();
  private seq = 0;
  private readonly procs = new Map<string, Proc>();
  private readonly listeners = new Map<string, Listener>();
  private readonly connections = new Map<string, Connection>();
  private nextConn = 0;
  /** Pairs of processes that cannot talk ("a|b", both orders). */
  private readonly cut = new Set<string>();
  private failure: unknown;

  constructor(readonly seed: number) {
    this.rng = new Rng(seed);
  }

  log(line: string): void {
    this.trace.push(`${this.now.toFixed(3)} ${line}`);
  }

  /** Something no correct run does (an exception out of a driver): fails the run at the end. */
  fail(why: unknown): void {
    this.failure ??= why;
    this.log(`FAILURE ${String(why)}`);
  }

  get failed(): unknown {
    return this.failure;
  }

  // ---- processes ----

  /** A process comes up (again): a new life, whose timers and sockets die with it. */
  boot(proc: string): number {
    const p = this.procs.get(proc);
    const life = (p?.life ?? 0) + 1;
    this.procs.set(proc, { life, up: true, pausedUntil: 0 });
    return life;
  }

  /** kill -9: its timers never fire, its sockets are gone, what is in flight to it is lost. */
  crash(proc: string): void {
    const p = this.procs.get(proc);
    if (p === undefined) return;
    p.up = false;
    p.life += 1;
  }

  /** SIGSTOP until `until`: its timers and messages wait, then all run at once (SIGCONT). */
  pause(proc: string, until: number): void {
    const p = this.procs.get(proc);
    if (p !== undefined && p.up) p.pausedUntil = Math.max(p.pausedUntil, until);
  }

  isUp(proc: string): boolean {
    return this.procs.get(proc)?.up === true;
  }

  private alive(proc: string, life: number): boolean {
    const p = this.procs.get(proc);
    return p !== undefined && p.up && p.life === life;
  }

  lifeOf(proc: string): number {
    return this.procs.get(proc)?.life ?? 0;
  }

  // ---- time ----

  at(time: number, proc: string, run: () => void): () => void {
    const e: Entry = { at: time, seq: (this.seq += 1), proc, life: this.lifeOf(proc), run, cancelled: false };
    this.queue.push(e);
    return () => {
      e.cancelled = true;
    };
  }

  /** The Scheduler a process's drivers get: its timers belong to its current life. */
  scheduler(proc: string): Scheduler {
    return {
      now: () => this.now,
      after: (ms, fn) => this.at(this.now + Math.max(ms, 0), proc, fn),
      every: (ms, fn) => {
        let cancel = (): void => undefined;
        const arm = (): void => {
          cancel = this.at(this.now + Math.max(ms, 0.001), proc, () => {
            arm();
            fn();
          });
        };
        arm();
        return () => cancel();
      },
      soon: (fn) => {
        this.at(this.now, proc, fn);
      },
    };
  }

  /** Runs the queue up to `until` (simulated ms). */
  async runUntil(until: number): Promise<void> {
    for (;;) {
      const e = this.queue.peek();
      if (e === undefined || e.at > until) break;
      this.queue.pop();
      if (e.cancelled) continue;
      if (e.proc !== "") {
        const p = this.procs.get(e.proc);
        if (p === undefined || !p.up || p.life !== e.life) continue;
        if (p.pausedUntil > e.at) {
          // Stopped: it runs when the process continues, in the order it was due.
          this.queue.push({ ...e, at: p.pausedUntil, seq: (this.seq += 1) });
          continue;
        }
      }
      this.now = Math.max(this.now, e.at);
      this.counters.steps += 1;
      try {
        e.run();
      } catch (err) {
        this.fail(`${e.proc}: ${String((err as Error)?.stack ?? err)}`);
      }
      // Every promise the step started settles before the next step: nothing real is awaited here.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.now = Math.max(this.now, until);
  }

  // ---- the network ----

  partition(sides: string[][]): void {
    this.cut.clear();
    for (const a of sides) for (const b of sides) {
      if (a === b) continue;
      for (const x of a) for (const y of b) this.cut.add(`${x}|${y}`);
    }
    this.log(`PARTITION ${sides.map((s) => s.join(",")).join(" | ")}`);
  }

  heal(): void {
    this.cut.clear();
    this.log("HEAL");
  }

  private reachable(from: string, to: string): boolean {
    return !this.cut.has(`${from}|${to}`);
  }

  /** One message from `from` to a socket of `to`; delivery (or not) is decided here, now. */
  private transmit(from: string, to: string, deliver: () => void): void {
    const f = this.faults;
    if (!this.reachable(from, to)) {
      this.counters.partitionDropped += 1;
      return;
    }
    if (this.rng.chance(f.dropRate)) {
      this.counters.dropped += 1;
      return;
    }
    const copies = this.rng.chance(f.duplicateRate) ? 2 : 1;
    if (copies === 2) this.counters.duplicated += 1;
    for (let i = 0; i < copies; i += 1) {
      const delay = f.minDelayMs + this.rng.float() * (f.maxDelayMs - f.minDelayMs);
      this.at(this.now + delay, to, () => {
        // A partition that started while the message was on its way still cuts it.
        if (!this.reachable(from, to)) {
          this.counters.partitionDropped += 1;
          return;
        }
        this.counters.delivered += 1;
        deliver();
      });
    }
  }

  /** The sockets of one process. */
  net(proc: string): PeerNet & UserSockets {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the sockets below are object literals with methods
    const world = this;
    const opened = (core: ProcessCore, bytes: Uint8Array): Received | undefined => {
      try {
        const o = core.envelopes.open(bytes);
        core.log.received(o.envelope, o.envelope.sender, o.remoteLamport);
        return { ...o, peer: o.envelope.sender };
      } catch (err) {
        core.log.event("MALFORMED_FRAME", { reason: String(err) }, "warn");
        return undefined;
      }
    };
    const listen = (endpoint: string, core: ProcessCore): Promise<PeerRouter> => {
      const l: Listener = { proc, life: world.lifeOf(proc), core, handler: undefined, closed: false };
      world.listeners.set(endpoint, l);
      let closed!: () => void;
      const serving = new Promise<void>((resolve) => (closed = resolve));
      const router: PeerRouter = {
        endpoint,
        serve(handler) {
          l.handler = handler;
          return serving;
        },
        reply(request, body) {
          const conn = request.identity.toString();
          const sealed = core.envelopes.seal(body, request.envelope.msgId);
          core.log.sent(sealed.envelope, request.peer);
          const c = world.connections.get(conn);
          if (c !== undefined && !l.closed) {
            world.transmit(proc, c.proc, () => {
              if (c.closed || !world.alive(c.proc, c.life) || c.handler === undefined) return;
              const r = opened(c.core, sealed.bytes);
              if (r !== undefined) c.handler(r);
            });
          }
          return { envelope: sealed.envelope, sent: Promise.resolve(true) };
        },
        close() {
          l.closed = true;
          if (world.listeners.get(endpoint) === l) world.listeners.delete(endpoint);
          closed();
        },
      };
      return Promise.resolve(router);
    };
    const connect = (endpoint: string, core: ProcessCore, peer: string): PeerDealer => {
      const id = `c${(world.nextConn += 1)}`;
      const c: Connection = { proc, life: world.lifeOf(proc), core, handler: undefined, closed: false };
      world.connections.set(id, c);
      let closed!: () => void;
      const serving = new Promise<void>((resolve) => (closed = resolve));
      return {
        send(body: Body, replyTo = ""): Outgoing {
          const sealed = core.envelopes.seal(body, replyTo);
          core.log.sent(sealed.envelope, peer);
          const to = endpoint.slice("sim://".length).split("/")[0]!;
          if (!c.closed) {
            world.transmit(proc, to, () => {
              // Whoever listens on the endpoint when the message lands (a restarted process too).
              const l = world.listeners.get(endpoint);
              if (l === undefined || l.closed || !world.alive(l.proc, l.life) || l.handler === undefined) return;
              const r = opened(l.core, sealed.bytes);
              if (r !== undefined) l.handler({ ...r, identity: Buffer.from(id) });
            });
          }
          return { envelope: sealed.envelope, sent: Promise.resolve(true) };
        },
        serve(handler) {
          c.handler = handler;
          return serving;
        },
        close() {
          c.closed = true;
          world.connections.delete(id);
          closed();
        },
      };
    };
    const publisher = (endpoint: string, core: ProcessCore): Promise<Publisher> => Promise.resolve({
      endpoint,
      publish(topic: string, body: Body): Outgoing {
        // Notifications are not simulated: users read by cursor. The envelope is still sealed (Lamport).
        const sealed = core.envelopes.seal(body);
        core.log.sent(sealed.envelope, topic);
        return { envelope: sealed.envelope, sent: Promise.resolve(true) };
      },
      close: () => undefined,
    });
    return { listen, connect, publisher };
  }
}
