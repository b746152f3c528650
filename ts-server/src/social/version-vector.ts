/**
 * What a server holds from each origin: the highest seq below which nothing is
 * missing. Replication compares these to find gaps (anti-entropy), and the
 * StabilityFrontier uses them to know which origins' events are complete.
 */
export class VersionVector {
  private readonly contiguous = new Map<string, number>();
  // Seqs held beyond a gap; they join the contiguous prefix when it fills.
  private readonly ahead = new Map<string, Set<number>>();

  /** Records that (origin, seq) is held (with `prefix`, all of 1..seq); returns the contiguous seq. */
  add(origin: string, seq: number, prefix = false): number {
    let top = this.contiguous.get(origin) ?? 0;
    if (seq <= top) return top;
    if (prefix) top = seq - 1;
    const waiting = this.ahead.get(origin) ?? new Set<number>();
    waiting.add(seq);
    while (waiting.delete(top + 1)) top += 1;
    this.contiguous.set(origin, top);
    if (waiting.size === 0) this.ahead.delete(origin);
    else this.ahead.set(origin, waiting);
    return top;
  }

  /** Whether (origin, seq) is held. */
  has(origin: string, seq: number): boolean {
    return seq <= this.get(origin) || (this.ahead.get(origin)?.has(seq) ?? false);
  }

  get(origin: string): number {
    return this.contiguous.get(origin) ?? 0;
  }

  /** Sorted by origin, so the encoding is the same in every language. */
  entries(): { origin: string; seq: number }[] {
    return [...this.contiguous].sort(([a], [b]) => (a < b ? -1 : 1)).map(([origin, seq]) => ({ origin, seq }));
  }
}
