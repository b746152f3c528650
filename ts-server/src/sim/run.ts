/**
 * One simulated run: a cluster of TypeScript servers and clock members under
 * user load and seeded faults, then a healed, calm period, then the checks
 * (docs/algorithms.md, "Deterministic simulation"). runSeed(seed) always
 * plays the same run: a failing seed is replayed with `make simulate SEED=N`.
 */
import { createHash } from "node:crypto";
import { positionOf, type Event } from "../social/events.js";
import { type LoggedEvent, type Member, type Operation, SimClock, SimServer, SimUser, deliveredIn, endpointOf } from "./processes.js";
import { CALM, SimWorld } from "./world.js";

export interface RunOptions {
  servers?: number;
  clocks?: number;
  users?: number;
  /** Simulated ms of faults and load. */
  faultMs?: number;
  /** Simulated ms of calm after healing, before the checks. */
  quietMs?: number;
  /** Clocks must agree within this after the calm period (ms). */
  clockBoundMs?: number;
  /** Return every trace line and logged event (`--dump`), not just the tail. */
  keepLog?: boolean;
}

export interface RunResult {
  seed: number;
  ok: boolean;
  violations: string[];
  faults: Record<string, number>;
  ops: { issued: number; acknowledged: number; failed: number; pending: number };
  events: number;
  steps: number;
  network: { delivered: number; dropped: number; duplicated: number; partitionDropped: number };
  /** Identical for identical runs: the determinism check. */
  traceHash: string;
  /** The end of the trace and of the drivers' events, for a failing seed. */
  tail: string[];
  log?: string[];
}

const DEFAULTS: Required<RunOptions> = { servers: 3, clocks: 2, users: 4, faultMs: 6000, quietMs: 8000, clockBoundMs: 5, keepLog: false };

/**
 * Delivered order, checked as it happens: every server's deliveries, from its first life on, must
 * follow one sequence. The first server to deliver the n-th event fixes it; any other that delivers
 * something else n-th has rewritten or diverged from the order.
 */
export class OrderChecker {
  readonly order: string[] = [];
  private readonly next = new Map<string, number>();
  readonly violations: string[] = [];

  restored(server: string, delivered: readonly Event[]): void {
    this.next.set(server, 0);
    this.delivered(server, delivered, "restored");
  }

  delivered(server: string, events: readonly Event[], how = "delivered"): void {
    let i = this.next.get(server) ?? 0;
    for (const e of events) {
      const k = keyOf(e);
      if (i < this.order.length) {
        if (this.order[i] !== k && this.violations.length < 10) {
          this.violations.push(`${server} ${how} ${k} as #${i}, where the order has ${this.order[i]}`);
        }
      } else this.order.push(k);
      i += 1;
    }
    this.next.set(server, i);
  }
}

function keyOf(e: Event): string {
  const p = positionOf(e);
  return `${p.lamport}/${p.origin}/${p.seq}`;
}

export async function runSeed(seed: number, options: RunOptions = {}): Promise<RunResult> {
  const o = { ...DEFAULTS, ...options };
  const world = new SimWorld(seed);
  const rng = world.rng;
  const events: LoggedEvent[] = [];
  const order = new OrderChecker();
  const faults: Record<string, number> = {};
  const count = (kind: string): void => {
    faults[kind] = (faults[kind] ?? 0) + 1;
  };

  // One spare server joins during the run (add_server), and one server may leave gracefully (remove_server).
  const servers = Array.from({ length: o.servers + 1 }, (_, i) =>
    new SimServer(world, `s${i + 1}`, i + 1, events, (s, d) => order.delivered(s, d), (s, d) => order.restored(s, d)));
  // Clock members outrank every server, as in the lab (py-client/src/socialnet/lab/cluster.py).
  const clocks = Array.from({ length: o.clocks }, (_, i) => new SimClock(world, `c${i + 1}`, 100 + i, events));
  const spare = servers[o.servers]!;
  const members: Member[] = [...servers, ...clocks];
  const seeds = members.filter((m) => m !== spare).map((m) => endpointOf(m.id));
  const users = Array.from({ length: o.users }, (_, i) => new SimUser(world, `u${i + 1}`, servers.map((s) => s.id), events));

  const step = async (until: number): Promise<void> => world.runUntil(until);
  const startAt = (t: number, m: Member, bootstrap = false): void => {
    world.at(t, "", () => {
      world.log(`START ${m.id}`);
      m.start(seeds.filter((e) => e !== endpointOf(m.id)), bootstrap).catch((err: unknown) => world.fail(`start ${m.id}: ${String(err)}`));
    });
  };

  // ---- set-up: s1 alone registers the users, the others join ----
  startAt(0, servers[0]!, true);
  await step(10);
  for (const u of users) {
    void servers[0]!.server!.writeSink.submit({ author: u.id, requestId: "register", change: { register: { passwordHash: "simulated" } } });
  }
  members.slice(1).filter((m) => m !== spare).forEach((m, i) => startAt(20 + 40 * i, m));
  await step(2500);

  // ---- load and faults ----
  const loadStart = world.now;
  const faultEnd = loadStart + o.faultMs;
  const giveUpAt = faultEnd + o.quietMs - 1000;
  for (const u of users) {
    void u.run(users.filter((x) => x !== u).map((x) => x.id), faultEnd, giveUpAt).catch((err: unknown) => world.fail(`${u.id}: ${String(err)}`));
  }
  const down = new Set<string>();
  /** Left for good (remove_server), or never started (the spare, until add_server). */
  const gone = new Set<string>([spare.id]);
  const paused = new Set<string>();
  let partitioned = false;
  let t = loadStart + rng.int(100, 400);
  while (t < faultEnd) {
    const at = t;
    const kind = rng.pick(["crash_server", "crash_clock", "pause", "partition", "clock_jump", "lossy_network", "add_server", "remove_server"]);
    world.at(at, "", () => {
      const upServers = servers.filter((s) => world.isUp(s.id) && !down.has(s.id) && !gone.has(s.id));
      const inService = servers.filter((s) => !gone.has(s.id));
      switch (kind) {
        case "crash_server":
        case "crash_clock": {
          const pool: Member[] = kind === "crash_server" ? upServers : clocks.filter((c) => !down.has(c.id));
          // A majority of the servers stays up; one clock member at a time.
          if (kind === "crash_server" && (down.size > 0 || upServers.length <= Math.floor(inService.length / 2) + 1)) return;
          if (kind === "crash_clock" && [...down].some((d) => d.startsWith("c"))) return;
          if (pool.length === 0) return;
          const victim = rng.pick(pool);
          const back = rng.int(200, 2000);
          world.log(`CRASH ${victim.id} for ${back} ms`);
          victim.crash();
          down.add(victim.id);
          count(kind);
          world.at(world.now + back, "", () => {
            down.delete(victim.id);
            startAt(world.now, victim);
          });
          return;
        }
        case "pause": {
          const pool = members.filter((m) => world.isUp(m.id) && !paused.has(m.id));
          if (pool.length === 0) return;
          const victim = rng.pick(pool);
          // Longer than the failure timeout (300 ms): the others remove it, it comes back a stranger.
          const ms = rng.int(100, 1500);
          world.log(`PAUSE ${victim.id} for ${ms} ms`);
          world.pause(victim.id, world.now + ms);
          paused.add(victim.id);
          world.at(world.now + ms, "", () => paused.delete(victim.id));
          count("pause");
          return;
        }
        case "partition": {
          if (partitioned) return;
          const everyone = rng.shuffle([...members.map((m) => m.id), ...users.map((u) => u.id)]);
          const cutAt = rng.int(1, everyone.length - 1);
          world.partition([everyone.slice(0, cutAt), everyone.slice(cutAt)]);
          partitioned = true;
          count("partition");
          world.at(world.now + rng.int(200, 2000), "", () => {
            world.heal();
            partitioned = false;
          });
          return;
        }
        case "clock_jump": {
          const victim = rng.pick(members);
          const jump = rng.int(-1000, 1000);
          if (victim.core === undefined) return;
          victim.core.clock.adjust(jump);
          world.log(`CLOCK_JUMP ${victim.id} ${jump} ms`);
          count("clock_jump");
          return;
        }
        case "add_server": {
          if (!gone.has(spare.id) || world.lifeOf(spare.id) > 0) return; // once
          gone.delete(spare.id);
          count("add_server");
          startAt(world.now, spare);
          return;
        }
        case "remove_server": {
          // Once, after the spare joined, and only with every server in service up: a graceful leave (SIGTERM).
          // Three stay in service: with two, one pause leaves a view without a majority to change it.
          if (faults.remove_server !== undefined || down.size > 0 || upServers.length < 4 || upServers.length < inService.length) return;
          const victim = rng.pick(upServers);
          gone.add(victim.id);
          count("remove_server");
          world.log(`LEAVE ${victim.id}`);
          victim.leave().catch((err: unknown) => world.fail(`leave ${victim.id}: ${String(err)}`));
          return;
        }
        case "lossy_network": {
          const maxDelayMs = rng.int(1, 30);
          world.faults = { minDelayMs: 0.2, maxDelayMs, dropRate: rng.float() * 0.05, duplicateRate: rng.float() * 0.05 };
          world.log(`NETWORK ${JSON.stringify(world.faults)}`);
          count("lossy_network");
          world.at(world.now + rng.int(200, 1500), "", () => {
            world.faults = CALM;
          });
          return;
        }
      }
    });
    t += rng.int(150, 600);
  }
  await step(faultEnd);

  // ---- heal and calm ----
  world.at(faultEnd, "", () => {
    world.heal();
    world.faults = CALM;
  });
  await step(faultEnd + o.quietMs);

  // ---- checks ----
  const violations = [...order.violations];
  if (world.failed !== undefined) violations.push(`a driver failed: ${String(world.failed)}`);
  const live = servers.filter((s) => world.isUp(s.id) && s.store !== undefined);
  const lists = live.map((s) => ({ id: s.id, keys: deliveredIn(s.store!).map(keyOf), events: deliveredIn(s.store!) }));
  const reference = lists[0];
  for (const l of lists.slice(1)) {
    if (reference !== undefined && l.keys.join() !== reference.keys.join()) {
      const i = l.keys.findIndex((k, j) => k !== reference.keys[j]);
      violations.push(`replicas differ: ${reference.id} has ${reference.keys.length} events, ${l.id} ${l.keys.length}; first difference at #${i} (${reference.keys[i]} vs ${l.keys[i]})`);
    }
  }
  const ops = users.flatMap((u) => u.ops);
  const acked = ops.filter((op) => op.result === "ok");
  for (const l of lists) {
    const seen = new Map<string, number>();
    for (const e of l.events) seen.set(`${e.author}/${e.requestId}`, (seen.get(`${e.author}/${e.requestId}`) ?? 0) + 1);
    const lost = acked.filter((op) => (seen.get(`${op.user}/${op.requestId}`) ?? 0) === 0);
    const twice = [...seen].filter(([, n]) => n > 1);
    if (lost.length > 0) violations.push(`${l.id} lost ${lost.length} acknowledged writes, e.g. ${describe(lost[0]!)}`);
    if (twice.length > 0) violations.push(`${l.id} delivered ${twice.length} requests twice, e.g. ${twice[0]![0]}`);
  }
  // Membership safety: every member that installs an epoch installs the same members.
  const installed = new Map<number, { by: string; what: string }>();
  for (const e of events) {
    if (e.name !== "VIEW_INSTALLED") continue;
    const epoch = Number(e.fields.epoch);
    const what = `members ${JSON.stringify(e.fields.members)}`;
    const first = installed.get(epoch);
    if (first === undefined) installed.set(epoch, { by: e.proc, what });
    else if (first.what !== what && violations.length < 20) violations.push(`epoch ${epoch} installed by ${first.by} with ${first.what} and by ${e.proc} with ${what}`);
  }
  const upMembers = members.filter((m) => world.isUp(m.id) && m.node !== undefined);
  const top = [...upMembers].sort((a, b) => b.rank - a.rank)[0];
  const coordinators = new Set(upMembers.map((m) => m.node!.coordinator));
  if (coordinators.size !== 1 || top === undefined || !coordinators.has(top.id)) {
    violations.push(`coordinators after healing: ${upMembers.map((m) => `${m.id}->${m.node!.coordinator || "none"}`).join(" ")} (expected ${top?.id})`);
  }
  const epochs = new Set(upMembers.map((m) => m.node!.view?.epoch));
  const viewOk = upMembers.every((m) => {
    const v = m.node!.view;
    return v !== null && upMembers.every((x) => v.members.some((y) => y.id === x.id && y.state === "active"));
  });
  if (epochs.size !== 1 || !viewOk) {
    violations.push(`views after healing: ${upMembers.map((m) => `${m.id}@${m.node!.view?.epoch}[${m.node!.view?.members.map((x) => `${x.id}:${x.state}`).join(",")}]`).join(" ")}`);
  }
  const clocksNow = upMembers.map((m) => m.core!.clock.nowMs());
  const spread = Math.max(...clocksNow) - Math.min(...clocksNow);
  if (!(spread <= o.clockBoundMs)) {
    violations.push(`clock spread ${spread.toFixed(3)} ms after the calm period (bound ${o.clockBoundMs} ms): ${upMembers.map((m) => `${m.id}:${m.core!.clock.offsetMs.toFixed(1)}`).join(" ")}`);
  }

  const trace = world.trace;
  const hash = createHash("sha256");
  for (const line of trace) hash.update(line).update("\n");
  for (const e of events) hash.update(`${e.t} ${e.proc} ${e.name}\n`);
  hash.update(order.order.join());
  return {
    seed,
    ok: violations.length === 0,
    violations,
    faults,
    ops: {
      issued: ops.length, acknowledged: acked.length,
      failed: ops.filter((op) => op.result !== "ok" && op.result !== "pending").length,
      pending: ops.filter((op) => op.result === "pending").length,
    },
    events: order.order.length,
    steps: world.counters.steps,
    network: {
      delivered: world.counters.delivered, dropped: world.counters.dropped,
      duplicated: world.counters.duplicated, partitionDropped: world.counters.partitionDropped,
    },
    traceHash: hash.digest("hex").slice(0, 16),
    ...(o.keepLog && { log: [...trace, ...events.map(line)].sort((a, b) => parseFloat(a) - parseFloat(b)) }),
    tail: [
      ...trace.slice(-30),
      ...events.filter((e) => !["REPLICATED", "SYNC_APPLIED", "SYNC_SERVED", "BATCH_COMMITTED", "EVENT_STORED", "EVENT_DELIVERED"].includes(e.name))
        .slice(-60).map(line),
    ],
  };
}

function line(e: LoggedEvent): string {
  return `${e.t.toFixed(3)} ${e.proc} ${e.name} ${JSON.stringify(e.fields).slice(0, 300)}`;
}

function describe(op: Operation): string {
  return `${op.user}/${op.requestId} (${op.kind}, acked at ${op.position?.join("/") ?? "?"} after ${op.attempts} attempts)`;
}

/** The seeds in [from, to) that break an invariant, each with its first violations and how to replay it. */
export async function failingSeeds(from: number, to: number, options: RunOptions = {}): Promise<string[]> {
  const failed: string[] = [];
  for (let seed = from; seed < to; seed += 1) {
    const r = await runSeed(seed, options);
    if (!r.ok) failed.push(`seed=${seed}: ${r.violations.slice(0, 3).join("; ")} (replay: make simulate SEED=${seed})`);
  }
  return failed;
}
