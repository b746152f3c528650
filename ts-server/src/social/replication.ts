/**
 * The pure parts of replication (docs/algorithms.md, "Replication and stable
 * delivery"): how many servers a write needs, which writes reached them, what
 * a sync requester misses, how far a joiner lags. No sockets, no timers: the
 * driver (server/replicator.ts) feeds them and acts on what they return.
 */

export type WriteQuorum = "majority" | "all";

export interface OriginSeq {
  origin: string;
  seq: number;
}

/** Copies a write needs, itself included: 1 alone, else max(2, floor(n/2)+1), or n with "all". */
export function quorumNeed(activeServers: number, mode: WriteQuorum): number {
  if (activeServers <= 1) return 1;
  return mode === "all" ? activeServers : Math.max(2, Math.floor(activeServers / 2) + 1);
}

export function eventKey(origin: string, seq: number): string {
  return `${origin}:${seq}`;
}

interface PendingWrite {
  ackers: Set<string>;
  deadline: number;
}

/**
 * The accepting server's writes waiting for their quorum. An ack counts only
 * if its sender is ACTIVE in the view when the write is judged, so a view
 * change re-judges every pending write (settle).
 */
export class QuorumTracker {
  private readonly pending = new Map<string, PendingWrite>();

  constructor(private readonly self: string) {}

  /** A write durable here; it waits until `deadline` (ms). */
  add(key: string, deadline: number): void {
    if (!this.pending.has(key)) this.pending.set(key, { ackers: new Set([this.self]), deadline });
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Server `from` holds the event durably. */
  ack(from: string, key: string): void {
    this.pending.get(key)?.ackers.add(from);
  }

  /** The writes now on `need` of the `active` servers; they leave the tracker. */
  settle(active: ReadonlySet<string>, need: number): string[] {
    const done: string[] = [];
    for (const [key, w] of this.pending) {
      let n = 0;
      for (const a of w.ackers) if (active.has(a)) n += 1;
      if (n >= need) done.push(key);
    }
    for (const key of done) this.pending.delete(key);
    return done;
  }

  /** The writes whose deadline passed without a quorum; they leave the tracker. */
  expire(now: number): string[] {
    const done: string[] = [];
    for (const [key, w] of this.pending) if (now >= w.deadline) done.push(key);
    for (const key of done) this.pending.delete(key);
    return done;
  }

  /** Every pending write, for shutdown. */
  keys(): string[] {
    return [...this.pending.keys()];
  }
}

/**
 * Anti-entropy: per origin, the seq after which the requester misses events
 * we hold (contiguous vectors on both sides), in origin order.
 */
export function syncDiff(requester: readonly OriginSeq[], mine: readonly OriginSeq[], cuts: ReadonlyMap<string, number> = new Map()): OriginSeq[] {
  const theirs = new Map(requester.map((e) => [e.origin, e.seq]));
  const out: OriginSeq[] = [];
  for (const { origin, seq } of [...mine].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0))) {
    const top = Math.min(seq, cuts.get(origin) ?? Infinity);
    const after = theirs.get(origin) ?? 0;
    if (top > after) out.push({ origin, seq: after });
  }
  return out;
}

/**
 * Events known to exist that we do not hold: per origin, the most any peer
 * reported (no further than a cut) minus what we hold.
 */
export function lagOf(held: readonly OriginSeq[], reports: Iterable<readonly OriginSeq[]>, cuts: ReadonlyMap<string, number> = new Map()): number {
  const known = new Map<string, number>();
  for (const report of reports) for (const { origin, seq } of report) known.set(origin, Math.max(known.get(origin) ?? 0, seq));
  const have = new Map(held.map((e) => [e.origin, e.seq]));
  let lag = 0;
  for (const [origin, seq] of known) lag += Math.max(0, Math.min(seq, cuts.get(origin) ?? Infinity) - (have.get(origin) ?? 0));
  return lag;
}

/** Splits events into pushes that stay under a frame budget (frames are capped at 64 KiB). */
export function chunkBySize<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = size(item) + 8;
    if (cur.length > 0 && bytes + b > budget) {
      chunks.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(item);
    bytes += b;
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}
