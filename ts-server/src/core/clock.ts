/** Milliseconds since the Unix epoch with a fraction: the host's wall clock. */
export function hostNowMs(): number {
  // timeOrigin + now() is monotonic within the process, unlike Date.now().
  return performance.timeOrigin + performance.now();
}

/**
 * The simulated physical clock of one process: host time plus an offset that
 * drift, Berkeley and Cristian move. The source is injectable so tests and the
 * simulator can drive time by hand.
 */
export class PhysicalClock {
  private offset = 0;

  constructor(private readonly source: () => number = hostNowMs) {}

  nowMs(): number {
    return this.source() + this.offset;
  }

  /** Berkeley works in microseconds on the wire. */
  nowUs(): number {
    return Math.floor(this.nowMs() * 1000);
  }

  adjust(deltaMs: number): void {
    this.offset += deltaMs;
  }

  get offsetMs(): number {
    return this.offset;
  }
}
