/**
 * Decides which held events can be shown (Lamport's totally ordered
 * multicast, docs/algorithms.md): an event at Lamport L is stable once no
 * origin can still produce or send us anything that sorts before it.
 *
 * An origin's events carry increasing Lamport timestamps in seq order. When an
 * origin tells us "at Lamport h I had created events up to seq s" (its own
 * commit, a heartbeat, a pushed event) and we hold its events contiguously up
 * to s, everything it sends later sorts after h. So the stable bound is the
 * smallest such h over the origins we wait for. Pure: no clock, no I/O.
 */
import { VersionVector } from "./version-vector.js";

interface Claim {
  lamport: number;
  seq: number;
}

export class StabilityFrontier {
  private origins: Set<string>;
  /** Retired origins: the last seq that may ever be delivered from each. */
  private readonly cuts = new Map<string, number>();
  /** Per origin: the best bound already backed by held events. */
  private readonly bound = new Map<string, number>();
  /** Per origin: promises waiting for the events they cover to arrive. */
  private readonly waiting = new Map<string, Claim[]>();

  constructor(
    origins: Iterable<string>,
    private readonly held: VersionVector,
  ) {
    this.origins = new Set(origins);
  }

  /** Carries the view's inputs (origins, cuts, bounds) over to a rebuilt frontier. */
  copyFrom(other: StabilityFrontier): void {
    this.origins = new Set(other.origins);
    for (const [o, c] of other.cuts) this.cuts.set(o, c);
    for (const [o, b] of other.bound) this.bound.set(o, Math.max(b, this.bound.get(o) ?? 0));
  }

  get waitedOrigins(): string[] {
    return [...this.origins].sort();
  }

  /** The servers whose events delivery waits for (replication sets the view). */
  setOrigins(origins: Iterable<string>): void {
    this.origins = new Set(origins);
  }

  /**
   * A retired origin (its server removed, or restarted as a new incarnation):
   * nothing beyond `seq` is ever delivered from it, and once we hold it up to
   * `seq` it holds delivery back no more. Until then it bounds delivery by what
   * it last told us, like an active origin.
   */
  setCut(origin: string, seq: number): void {
    this.cuts.set(origin, seq);
  }

  cutOf(origin: string): number | undefined {
    return this.cuts.get(origin);
  }

  get cutEntries(): { origin: string; seq: number }[] {
    return [...this.cuts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([origin, seq]) => ({ origin, seq }));
  }

  /** `origin` had created events up to `seq` when its clock read `lamport`. */
  heard(origin: string, lamport: number, seq: number): void {
    const list = this.waiting.get(origin) ?? [];
    list.push({ lamport, seq });
    this.waiting.set(origin, list);
    this.settle(origin);
  }

  /** Call after the VersionVector gained events of `origin`. */
  settle(origin: string): void {
    const list = this.waiting.get(origin);
    if (list === undefined) return;
    const have = this.held.get(origin);
    let best = this.bound.get(origin) ?? 0;
    const rest = list.filter((p) => {
      if (p.seq > have) return true;
      best = Math.max(best, p.lamport);
      return false;
    });
    this.bound.set(origin, best);
    if (rest.length === 0) this.waiting.delete(origin);
    else this.waiting.set(origin, rest);
  }

  /** Events with lamport <= this are stable (0 while some origin is unheard). */
  stableLamport(): number {
    let min = Infinity;
    for (const origin of this.origins) {
      if (this.cuts.has(origin)) continue;
      min = Math.min(min, this.bound.get(origin) ?? 0);
    }
    for (const [origin, cut] of this.cuts) {
      if (this.held.get(origin) >= cut) continue;
      // Missing events at or below the cut: wait for them, as far as the origin's last word allows.
      min = Math.min(min, this.bound.get(origin) ?? 0);
    }
    return min === Infinity ? 0 : min;
  }
}
