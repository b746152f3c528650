/**
 * Per-user request rate limits (docs/social.md, "Limits"). A token bucket per
 * key: `ratePerS` tokens flow in each second up to `burst`, each request takes
 * one, and a request that finds the bucket empty is refused with the time
 * until a token is back. Pure: the caller passes the time in.
 */

export interface RateLimit {
  /** Sustained requests per second per key. */
  ratePerS: number;
  /** Requests a key may send at once after being idle. */
  burst: number;
}

/** Generous enough that the bench (20 users x 50 in flight) and the bots never meet it. */
export const DEFAULT_RATE_LIMIT: RateLimit = { ratePerS: 2000, burst: 4000 };

export class TokenBucket {
  private tokens: number;

  constructor(
    private readonly limit: RateLimit,
    private lastMs: number,
  ) {
    this.tokens = limit.burst;
  }

  /** 0 when the request may go ahead (one token taken), else the ms until a token is back. */
  take(nowMs: number): number {
    this.refill(nowMs);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) * 1000) / this.limit.ratePerS);
  }

  /** Full again: the bucket says nothing an absent one would not. */
  isFull(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= this.limit.burst;
  }

  private refill(nowMs: number): void {
    // A clock that steps back (drift, Berkeley) must not drain the bucket.
    const elapsed = Math.max(0, nowMs - this.lastMs);
    this.lastMs = Math.max(this.lastMs, nowMs);
    this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed * this.limit.ratePerS) / 1000);
  }
}

/**
 * One bucket per key (a user, or a connection before it logs in). Buckets that have refilled are
 * forgotten on a sweep, so memory follows the keys active in the last `burst / ratePerS` seconds,
 * never the number ever seen; above `maxKeys` the sweep runs on every new key.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private nextSweepAt = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly maxKeys = 100_000,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** 0 when `key` may go ahead, else the ms to wait. */
  take(key: string, nowMs: number): number {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= this.maxKeys || nowMs >= this.nextSweepAt) this.sweep(nowMs);
      // Still full of strangers that are all busy: refuse the newcomer rather than grow without bound.
      if (this.buckets.size >= this.maxKeys) return Math.ceil(1000 / this.limit.ratePerS);
      bucket = new TokenBucket(this.limit, nowMs);
      this.buckets.set(key, bucket);
    }
    return bucket.take(nowMs);
  }

  private sweep(nowMs: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(nowMs)) this.buckets.delete(key);
    this.nextSweepAt = nowMs + 1000;
  }
}
