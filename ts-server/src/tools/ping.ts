/**
 * The load generator, identical in all three languages (same flags, same
 * output line): N time requests, at most K in flight, each matched to its
 * reply by reply_to. --raw sends bare frames instead, the ZeroMQ baseline.
 */
import { parseToolArgs } from "./args.js";
import { setTimeout as sleep } from "node:timers/promises";
import { createProcessCore } from "../core/process.js";
import { DealerSocket, SubSocket, type Received } from "../core/transport.js";

const USAGE = `usage: node dist/tools/ping.js --connect tcp://127.0.0.1:P [--sub tcp://127.0.0.1:Q] --id NAME
       --count N --pipeline K [--raw] [--size BYTES] [--log FILE]`;
const SLOW_JOINER_MS = 300; // a SUB misses what is published before its subscription arrives
const NOTIFICATION_WAIT_MS = 5000;
const IDLE_GIVE_UP_MS = 5000; // no reply for this long: the server is gone

const args = parseToolArgs(
  {
    connect: { type: "string" },
    sub: { type: "string" },
    id: { type: "string", default: "ping" },
    count: { type: "string", default: "1000" },
    pipeline: { type: "string", default: "1" },
    raw: { type: "boolean", default: false },
    size: { type: "string", default: "100" },
    log: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
  USAGE,
);

const count = Number(args.count);
const pipeline = Number(args.pipeline);
const size = Number(args.size);
const validNumbers = [count, pipeline].every((n) => Number.isInteger(n) && n >= 1) && Number.isInteger(size) && size >= 8;
if (args.help || args.connect === undefined || !validNumbers || (args.raw && args.sub !== undefined)) {
  // --raw with --sub makes no sense: the raw echo publishes nothing.
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}

const core = createProcessCore(args.id, "user", args.log ?? null);
const dealer = DealerSocket.connect(args.connect, core);
const sub = args.sub === undefined ? null : SubSocket.connect(args.sub, core);
let notifications = 0;
const subServing = sub?.serve((n) => {
  if (n.kind === "notification") notifications += 1;
});
if (sub !== null) {
  sub.subscribe(args.id);
  await sleep(SLOW_JOINER_MS);
}

/** Round-trip times in µs, on the monotonic clock. */
const rttsUs: number[] = [];
const sentAt = new Map<string, number>();
let nextRound = 1;
let failed = 0;
let lastProgress = performance.now();
let allReplied!: () => void;
const replied = new Promise<void>((resolve) => (allReplied = resolve));

function sendRequest(round: number): void {
  if (args.raw) {
    const frame = Buffer.alloc(size);
    frame.writeBigUInt64BE(BigInt(round), 0);
    sentAt.set(String(round), performance.now());
    void dealer.sendRaw([frame]);
  } else {
    const { envelope } = dealer.send({ timeRequest: { round } });
    sentAt.set(envelope.msgId, performance.now());
  }
}

function pump(): void {
  while (sentAt.size < pipeline && nextRound <= count) sendRequest(nextRound++);
}

function complete(key: string, ok: boolean): void {
  const start = sentAt.get(key);
  if (start === undefined) return; // a late or unknown reply
  sentAt.delete(key);
  lastProgress = performance.now();
  rttsUs.push((lastProgress - start) * 1000);
  if (!ok) failed += 1;
  if (rttsUs.length === count) allReplied();
  pump();
}

const serving = args.raw
  ? dealer.serveRaw((frames) => {
      const frame = frames[0];
      if (frames.length === 1 && frame !== undefined && frame.length >= 8) complete(String(frame.readBigUInt64BE(0)), true);
    })
  : dealer.serve((reply: Received) => complete(reply.envelope.replyTo, reply.kind === "time_reply"));

const watchdog = setInterval(() => {
  if (performance.now() - lastProgress > IDLE_GIVE_UP_MS) allReplied();
}, 100);
const started = performance.now();
lastProgress = started;
pump();
await replied;
const elapsedS = (performance.now() - started) / 1000;
clearInterval(watchdog);

if (sub !== null) {
  const deadline = performance.now() + NOTIFICATION_WAIT_MS;
  while (notifications < count && performance.now() < deadline) await sleep(10);
}

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
const sorted = [...rttsUs].sort((a, b) => a - b);
const round1 = (x: number): number => Math.round(x * 10) / 10;
const allReplies = rttsUs.length === count && failed === 0;
const allNotifications = sub === null || notifications >= count;

console.log(
  JSON.stringify({
    id: core.id,
    count,
    pipeline,
    raw: args.raw,
    elapsed_s: Math.round(elapsedS * 1e6) / 1e6,
    throughput_per_s: round1(rttsUs.length / elapsedS),
    rtt_p50_us: round1(percentile(sorted, 50)),
    rtt_p99_us: round1(percentile(sorted, 99)),
    notifications,
    lamport: core.lamport.value,
  }),
);

dealer.close();
sub?.close();
await Promise.all([serving, subServing]);
await core.log.close();
process.exit(allReplies && allNotifications ? 0 : 1);
