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

  /** The servers whose events delivery waits for (replication sets the view). */
  setOrigins(origins: Iterable<string>): void {
    this.origins = new Set(origins);
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
    for (const origin of this.origins) min = Math.min(min, this.bound.get(origin) ?? 0);
    return min === Infinity ? 0 : min;
  }
}
