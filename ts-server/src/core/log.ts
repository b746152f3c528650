import { pino, type Logger, type Level } from "pino";
import type { LamportClock } from "./lamport.js";
import { hostNowMs, type PhysicalClock } from "./clock.js";
import { bodyKind, type Envelope, type RoleName } from "./codec.js";

export interface ProcessLogOptions {
  /** JSON-lines file; null writes nothing (benchmarks without a log). */
  file: string | null;
  proc: string;
  role: RoleName;
  lamport: LamportClock;
  clock: PhysicalClock;
}

type Fields = Record<string, unknown>;

// One exit hook for all logs: a crash or process.exit() still gets the buffered lines out.
const openLogs = new Set<ProcessLog>();
process.on("exit", () => openLogs.forEach((log) => log.flushSync()));

/**
 * One JSON object per line, as proto/log-line.schema.json wants. The clocks
 * are read when the line is written, so log right after the tick or merge.
 */
export class ProcessLog {
  private readonly logger: Logger;
  private readonly dest: ReturnType<typeof pino.destination> | null;
  private readonly ready: Promise<void>;
  private closed = false;

  constructor(opts: ProcessLogOptions) {
    const { lamport, clock, proc, role } = opts;
    // Async writes keep logging off the hot path; close() flushes them.
    this.dest = opts.file === null ? null : pino.destination({ dest: opts.file, sync: false, mkdir: true });
    const dest = this.dest;
    this.ready = dest === null ? Promise.resolve() : new Promise((resolve) => dest.once("ready", () => resolve()));
    this.logger = pino(
      {
        level: opts.file === null ? "silent" : "info",
        base: undefined, // no pid, no hostname
        timestamp: false, // `real` replaces pino's time
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => ({
          real: hostNowMs(),
          clock: clock.nowMs(),
          lamport: lamport.value,
          proc,
          role,
          lang: "ts",
        }),
      },
      dest ?? undefined,
    );
    // Only logs with a file have anything to flush at exit; holding silent ones (the simulator makes
    // thousands) would keep every process they belong to alive.
    if (dest !== null) openLogs.add(this);
  }

  event(name: string, fields: Fields = {}, level: Level = "info"): void {
    this.logger[level]({ ...fields, event: name });
  }

  /** Right after Envelopes.seal: `peer` is the destination (for a PUB, the topic). */
  sent(env: Envelope, peer: string): void {
    this.logger.info({ event: "SEND", dir: "send", msg_id: env.msgId, peer, body: bodyKind(env) });
  }

  /** Right after Envelopes.open, so `lamport` is the merged value. */
  received(env: Envelope, peer: string, remoteLamport: number): void {
    this.logger.info({
      event: "RECV", dir: "recv", msg_id: env.msgId, peer, body: bodyKind(env), remote_lamport: remoteLamport,
    });
  }

  async close(): Promise<void> {
    if (this.closed || this.dest === null) return;
    this.closed = true;
    openLogs.delete(this);
    await this.ready;
    const dest = this.dest;
    await new Promise<void>((resolve) => {
      dest.once("close", () => resolve());
      dest.end();
    });
  }

  flushSync(): void {
    if (this.closed || this.dest === null) return;
    try {
      this.dest.flushSync();
    } catch {
      // not open yet: nothing was written either
    }
  }
}
