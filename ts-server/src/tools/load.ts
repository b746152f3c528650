/**
 * The load generator for the server benchmarks: U users each post through
 * their own DEALER, at most K posts in flight per user (or a fixed total rate
 * with --rate). With --sub, F follower users follow every poster and listen on
 * the PUB socket, and the tool measures post -> notification latency, matched
 * by the event id in the WriteReply. Prints one JSON line; exit 0 iff every
 * post was acknowledged.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { parseToolArgs } from "./args.js";
import type { Body } from "../core/codec.js";
import { createProcessCore } from "../core/process.js";
import { DealerSocket, SubSocket, type Received } from "../core/transport.js";

const USAGE = `usage: node dist/tools/load.js --connect tcp://127.0.0.1:P [--sub tcp://127.0.0.1:Q] --users U --posts N
       --pipeline K [--rate R] [--followers F] [--size B] [--id load] [--log FILE]
  --posts is the total, spread over the users; --rate R sends R posts/s in all instead of K in flight per user.`;
const PASSWORD = "load-password";
const SLOW_JOINER_MS = 300; // a SUB misses what is published before its subscription arrives
const IDLE_GIVE_UP_MS = 10_000;
const NOTIFICATION_WAIT_MS = 3000;

const args = parseToolArgs(
  {
    connect: { type: "string" },
    sub: { type: "string" },
    users: { type: "string", default: "10" },
    posts: { type: "string", default: "10000" },
    pipeline: { type: "string", default: "10" },
    rate: { type: "string" },
    followers: { type: "string", default: "0" },
    size: { type: "string", default: "100" },
    id: { type: "string", default: "load" },
    log: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
  USAGE,
);
const [users, posts, pipeline, followers, size] = [args.users, args.posts, args.pipeline, args.followers, args.size].map(Number) as
  [number, number, number, number, number];
const rate = args.rate === undefined ? null : Number(args.rate);
const positive = [users, posts, pipeline, size].every((n) => Number.isInteger(n) && n >= 1) && Number.isInteger(followers) && followers >= 0;
if (args.help || args.connect === undefined || !positive || (rate !== null && !(rate > 0)) || (followers > 0 && args.sub === undefined)) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}
const connect = args.connect;

const core = createProcessCore(args.id, "user", args.log ?? null);
const sockets: DealerSocket[] = [];
let lastProgress = performance.now();
let errors = 0;

/** One user's connection: requests matched to replies by msg_id. */
class Session {
  readonly dealer = DealerSocket.connect(connect, core);
  private readonly waiting = new Map<string, (r: Received) => void>();
  token = "";

  constructor(readonly name: string) {
    sockets.push(this.dealer);
    void this.dealer.serve((reply) => {
      lastProgress = performance.now();
      const done = this.waiting.get(reply.envelope.replyTo);
      this.waiting.delete(reply.envelope.replyTo);
      done?.(reply);
    });
  }

  request(body: Body): Promise<Received> {
    const { envelope } = this.dealer.send(body);
    return new Promise((resolve) => this.waiting.set(envelope.msgId, resolve));
  }

  async login(): Promise<void> {
    const reply = await this.request({ loginRequest: { requestId: `${this.name}-login`, user: this.name, password: PASSWORD, register: true } });
    if (!reply.envelope.loginReply) throw new Error(`login of ${this.name} failed: ${reply.envelope.errorReply?.message}`);
    this.token = reply.envelope.loginReply.token ?? "";
  }
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 1000) / 1000;
}

// ---- set-up: accounts, follows, subscriptions ----
const run = `${Date.now().toString(36)}`;
const posters = Array.from({ length: users }, (_, i) => new Session(`load_${i}`));
const watchers = Array.from({ length: followers }, (_, i) => new Session(`load_f${i}`));
await Promise.all([...posters, ...watchers].map((s) => s.login()));
for (const w of watchers) {
  await Promise.all(posters.map((p) => w.request({ followRequest: { requestId: `${run}-${p.name}`, token: w.token, followee: p.name } })));
}

const notifiedAt: { key: string; at: number }[] = [];
let sub: SubSocket | null = null;
if (args.sub !== undefined && followers > 0) {
  sub = SubSocket.connect(args.sub, core);
  for (const w of watchers) sub.subscribe(w.name);
  void sub.serve((n) => {
    const id = n.envelope.notification?.event?.id;
    if (id) notifiedAt.push({ key: `${id.origin}:${id.seq}`, at: performance.now() });
  });
  await sleep(SLOW_JOINER_MS);
}

// ---- the run ----
const text = "x".repeat(size);
const latencies: number[] = [];
const sentAtByEvent = new Map<string, number>();
let sent = 0;
let acked = 0;

async function postOnce(s: Session): Promise<void> {
  const n = sent++;
  const at = performance.now();
  const reply = await s.request({ postRequest: { requestId: `${run}-${n}`, token: s.token, text } });
  const id = reply.envelope.writeReply?.event?.id;
  if (!id) {
    errors += 1;
    return;
  }
  acked += 1;
  latencies.push(performance.now() - at);
  if (sub !== null) sentAtByEvent.set(`${id.origin}:${id.seq}`, at);
}

const started = performance.now();
lastProgress = started;
const workers: Promise<void>[] = [];
if (rate === null) {
  // Closed loop: each user keeps K posts in flight until the total is sent.
  for (const s of posters) {
    for (let k = 0; k < pipeline; k++) {
      workers.push((async () => {
        while (sent < posts) await postOnce(s);
      })());
    }
  }
} else {
  // Open loop: posts leave on schedule whatever the replies do.
  workers.push((async () => {
    let i = 0;
    while (sent < posts) {
      const due = Math.min(posts, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
      while (sent < due) workers.push(postOnce(posters[i++ % users]!));
      await sleep(1);
    }
  })());
}
const idle = setInterval(() => {
  if (performance.now() - lastProgress > IDLE_GIVE_UP_MS) {
    console.error(`no reply for ${IDLE_GIVE_UP_MS} ms: giving up`);
    process.exit(1);
  }
}, 500);
await Promise.all(workers);
while (workers.length > 0) await Promise.all(workers.splice(0));
const elapsedS = (performance.now() - started) / 1000;
clearInterval(idle);

const expected = acked * followers;
const waitUntil = performance.now() + NOTIFICATION_WAIT_MS;
while (sub !== null && notifiedAt.length < expected && performance.now() < waitUntil) await sleep(20);
const notifyLatencies = notifiedAt
  .map(({ key, at }) => at - (sentAtByEvent.get(key) ?? NaN))
  .filter((ms) => Number.isFinite(ms));

latencies.sort((a, b) => a - b);
notifyLatencies.sort((a, b) => a - b);
console.log(JSON.stringify({
  posts: acked,
  elapsed_s: Math.round(elapsedS * 1000) / 1000,
  acked_per_s: Math.round(acked / elapsedS),
  latency_p50_ms: percentile(latencies, 50),
  latency_p99_ms: percentile(latencies, 99),
  notify_p50_ms: percentile(notifyLatencies, 50),
  notify_p99_ms: percentile(notifyLatencies, 99),
  notifications: notifiedAt.length,
  errors,
}));

for (const s of sockets) s.close();
sub?.close();
await core.log.close();
process.exit(errors === 0 && acked === posts ? 0 : 1);
