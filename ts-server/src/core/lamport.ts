/** Lamport's logical clock: one counter, ticked on every local event and send. */
export class LamportClock {
  private current: number;

  constructor(start = 0) {
    this.current = start;
  }

  get value(): number {
    return this.current;
  }

  /** A local event or a send. */
  tick(): number {
    this.current += 1;
    return this.current;
  }

  /** A receive: jump past whatever the sender had seen. */
  receive(remote: number): number {
    this.current = Math.max(this.current, remote) + 1;
    return this.current;
  }
}
