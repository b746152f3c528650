/**
 * Berkeley clock synchronization as a pure state machine. The coordinator
 * side runs one round at a time: inputs carry the coordinator's clock in
 * microseconds, outputs are the messages to send and, when the round closes,
 * its result. The rules (with their exact integer arithmetic) are
 * docs/algorithms.md; the Go twin is go-clock/internal/berkeley and both
 * replay proto/testdata/berkeley.json.
 *
 * Microseconds since the epoch (~2^51) and their differences stay below 2^53,
 * so plain numbers are exact.
 */

export type BerkeleyBody = "time_request" | "clock_adjust";

export interface BerkeleyConfig {
  maxRttUs: number;
  maxDeviationUs: number;
  roundTimeoutUs: number;
}

/** A message to send. deltaUs is only set on a clock_adjust. */
export interface BerkeleySend {
  to: string;
  body: BerkeleyBody;
  round: number;
  deltaUs?: number;
}

/** A closed round. Id lists are sorted; the coordinator's own reading (offset 0, round trip 0) is one of them. */
export interface BerkeleyResult {
  round: number;
  averageUs: number;
  /** Always averageUs: the coordinator's own offset is 0. */
  selfAdjustUs: number;
  used: string[];
  droppedRtt: string[];
  droppedDeviation: string[];
  offsetsUs: Record<string, number>;
}

export interface BerkeleyOutput {
  send: BerkeleySend[];
  /** Set when the round closed. */
  result?: BerkeleyResult;
}

/**
 * Integer division rounding toward minus infinity, as the spec requires in
 * every language. Built from % and the division of an exact multiple, both
 * exact for safe integers, so it needs no argument about how a / b rounds.
 */
export function floorDiv(a: number, b: number): number {
  const r = a % b;
  const q = (a - r) / b;
  return (r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q) + 0; // + 0 turns -0 into 0
}

export class BerkeleyCoordinator {
  private open = false;
  private round = 0;
  private t0 = 0;
  private expected = new Set<string>(); // members asked, not yet answered
  private offsets = new Map<string, number>();
  private rtts = new Map<string, number>();

  constructor(
    private readonly self: string,
    private readonly config: BerkeleyConfig,
  ) {}

  /** Whether a round is waiting for replies. */
  get isOpen(): boolean {
    return this.open;
  }

  /**
   * Opens a round, abandoning any still open (its members simply get no
   * adjustment). members may include self. With nobody else to ask the round
   * closes at once.
   */
  start(nowUs: number, round: number, members: Iterable<string>): BerkeleyOutput {
    this.open = true;
    this.round = round;
    this.t0 = nowUs;
    this.expected = new Set([...new Set(members)].filter((id) => id !== this.self));
    this.offsets = new Map([[this.self, 0]]);
    this.rtts = new Map([[this.self, 0]]);
    const out: BerkeleyOutput = {
      send: [...this.expected].sort().map((to) => ({ to, body: "time_request", round })),
    };
    if (this.expected.size === 0) this.close(out);
    return out;
  }

  /** Records a time_reply; a late, duplicate or unasked one is ignored. */
  reply(nowUs: number, from: string, round: number, clockUs: number): BerkeleyOutput {
    const out: BerkeleyOutput = { send: [] };
    if (!this.open || round !== this.round || !this.expected.delete(from)) return out;
    const rtt = nowUs - this.t0;
    // Cristian: the reading was taken about half a round trip before it arrived.
    this.offsets.set(from, clockUs + floorDiv(rtt, 2) - nowUs);
    this.rtts.set(from, rtt);
    if (this.expected.size === 0) this.close(out);
    return out;
  }

  /** Closes the round at its deadline with whatever replies arrived. */
  tick(nowUs: number): BerkeleyOutput {
    const out: BerkeleyOutput = { send: [] };
    if (this.open && nowUs >= this.t0 + this.config.roundTimeoutUs) this.close(out);
    return out;
  }

  private close(out: BerkeleyOutput): void {
    this.open = false;
    const offset = (id: string): number => this.offsets.get(id) ?? 0;
    const ids = [...this.offsets.keys()].sort();
    const droppedRtt: string[] = [];
    const kept: string[] = [];
    for (const id of ids) {
      // A negative round trip means the coordinator's own clock stepped back
      // mid-round (drift, or its own adjustment): as unreliable as a slow one.
      const rtt = this.rtts.get(id) ?? 0;
      (rtt < 0 || rtt > this.config.maxRttUs ? droppedRtt : kept).push(id);
    }
    // kept is never empty: the coordinator's own reading has round trip 0.
    const vals = kept.map(offset).sort((a, b) => a - b);
    const n = vals.length;
    const mid = (i: number): number => vals[i] ?? 0;
    const median = n % 2 === 1 ? mid((n - 1) / 2) : floorDiv(mid(n / 2 - 1) + mid(n / 2), 2);
    let used = kept.filter((id) => Math.abs(offset(id) - median) <= this.config.maxDeviationUs);
    let droppedDeviation = kept.filter((id) => !used.includes(id));
    // With an even count every reading can be far from the median (two clocks
    // far apart): nobody can tell which is wrong, so average them all rather
    // than divide by zero or leave the clocks apart.
    if (used.length === 0) {
      used = kept;
      droppedDeviation = [];
    }
    const averageUs = floorDiv(used.reduce((sum, id) => sum + offset(id), 0), used.length);
    // Dropped members are adjusted too: their clocks are the ones most in need.
    for (const to of ids) {
      if (to !== this.self) out.send.push({ to, body: "clock_adjust", round: this.round, deltaUs: averageUs - offset(to) });
    }
    out.result = {
      round: this.round,
      averageUs,
      selfAdjustUs: averageUs,
      used,
      droppedRtt,
      droppedDeviation,
      offsetsUs: Object.fromEntries(this.offsets),
    };
  }
}

/** The member side: apply each clock_adjust once, so a message delivered twice cannot step the clock twice. */
export class BerkeleyMember {
  private last: { from: string; round: number } | undefined;

  /** The delta to add to the clock, or undefined for a repeat of the adjustment applied last. */
  adjust(from: string, round: number, deltaUs: number): number | undefined {
    if (this.last?.from === from && this.last.round === round) return undefined;
    this.last = { from, round };
    return deltaUs;
  }
}
