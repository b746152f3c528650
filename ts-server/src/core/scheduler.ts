/**
 * Time and timers as a driver sees them. Processes use the host's
 * (`hostScheduler`); the deterministic simulator (src/sim/) hands every
 * driver one of its own, so the same code runs on simulated time.
 */
export interface Scheduler {
  /** Monotonic milliseconds (never the drifting physical clock). */
  now(): number;
  /** Calls fn after ms; the returned function cancels it. */
  after(ms: number, fn: () => void): () => void;
  /** Calls fn every ms; the returned function cancels it. */
  every(ms: number, fn: () => void): () => void;
  /** Calls fn once the current turn (its incoming messages, its microtasks) is done. */
  soon(fn: () => void): void;
}

export const hostScheduler: Scheduler = {
  now: () => performance.now(),
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  every(ms, fn) {
    const t = setInterval(fn, ms);
    return () => clearInterval(t);
  },
  soon(fn) {
    setImmediate(fn);
  },
};

/** Resolves after ms on the scheduler's time. */
export function sleep(scheduler: Scheduler, ms: number): Promise<void> {
  return new Promise((resolve) => scheduler.after(ms, resolve));
}
