/**
 * mulberry32: a tiny 32-bit PRNG, chosen because Go and Python can reproduce
 * it bit for bit, so every language draws the same drift from the same seed.
 * Math.imul and `>>> 0` keep the arithmetic mod 2^32.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const TWO_POW_32 = 2 ** 32;

/**
 * Decides when and by how much the physical clock jumps. Pure: it never reads
 * a clock itself, the driver passes real time in and applies the jumps with
 * PhysicalClock.adjust.
 */
export class DriftInjector {
  private readonly next: () => number;
  private intervalsDone = 0;

  constructor(
    seed: number,
    private readonly intervalMs: number,
    private readonly maxMs: number,
    private readonly startRealMs: number,
  ) {
    if (!(intervalMs > 0)) throw new RangeError("drift interval must be > 0 ms");
    this.next = mulberry32(seed);
  }

  /** One jump for every interval boundary reached since the last poll. */
  poll(realMs: number): number[] {
    const jumps: number[] = [];
    while (this.startRealMs + (this.intervalsDone + 1) * this.intervalMs <= realMs) {
      this.intervalsDone += 1;
      jumps.push(this.jump());
    }
    return jumps;
  }

  private jump(): number {
    const span = 2 * this.maxMs + 1;
    return Math.floor((this.next() * span) / TWO_POW_32) - this.maxMs;
  }
}
