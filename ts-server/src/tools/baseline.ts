/**
 * The bare replicated-messaging baseline: the ceiling for the servers' write
 * path on this machine. No logging, no auth, no ordering, no views: only the
 * messaging and durability pattern a quorum write needs.
 *
 *   --mode replica: a ROUTER; every envelope received is an event_push whose
 *     events go into one SQLite transaction per event-loop turn (WAL,
 *     synchronous=FULL), then each push is answered with a replica_ack on the
 *     same identity.
 *   --mode front: a ROUTER for users speaking the real user protocol. A turn's
 *     posts are pushed as one event_push to each replica (one DEALER each) and
 *     committed locally in one transaction; each post gets its write_reply once
 *     it is durable here and on one replica (2 of 3). Logins get a token
 *     without a password check, follows a write_reply at once, so
 *     tools/load.js runs against it unchanged.
 *
 * Prints READY once listening.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { parseToolArgs } from "./args.js";
import { ErrorCode } from "../core/codec.js";
import { createProcessCore } from "../core/process.js";
import { DealerSocket, RouterSocket, type RouterReceived } from "../core/transport.js";
import { type Event, encodeEvent } from "../social/events.js";
import { chunkBySize } from "../social/replication.js";

/** As in the servers' replicator: every push well under the 64 KiB frame limit. */
const FRAME_BUDGET = 48 * 1024;

const USAGE = `usage: node dist/tools/baseline.js --mode replica --router tcp://127.0.0.1:P --db FILE [--id r1] [--log FILE]
       node dist/tools/baseline.js --mode front --router tcp://127.0.0.1:P --replicas EP,EP --db FILE [--id b1] [--log FILE]
  --log is for debugging only: the baseline measures the pattern without logging.`;

const args = parseToolArgs(
  {
    mode: { type: "string" },
    router: { type: "string" },
    replicas: { type: "string" },
    db: { type: "string" },
    id: { type: "string" },
    log: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
  USAGE,
);
const mode = args.mode;
const replicaEndpoints = (args.replicas ?? "").split(",").filter((ep) => ep !== "");
const valid =
  args.router !== undefined && args.db !== undefined &&
  (mode === "replica" || (mode === "front" && replicaEndpoints.length >= 1));
if (args.help || !valid) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}
const id = args.id ?? (mode === "front" ? "baseline_front" : "baseline_replica");

/** One SQLite file; every batch one transaction, one fsync. */
class Table {
  private readonly db: Database.Database;
  private readonly insertMany: (events: readonly Event[]) => void;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.exec(`CREATE TABLE IF NOT EXISTS events (
      origin TEXT NOT NULL, seq INTEGER NOT NULL, lamport INTEGER NOT NULL, author TEXT NOT NULL,
      request_id TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (origin, seq)
    ) WITHOUT ROWID`);
    const insert = this.db.prepare(
      "INSERT OR IGNORE INTO events (origin, seq, lamport, author, request_id, data) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.insertMany = this.db.transaction((events: readonly Event[]) => {
      for (const e of events) {
        insert.run(e.id?.origin ?? "", e.id?.seq ?? 0, e.lamport, e.author, e.requestId, encodeEvent(e));
      }
    });
  }

  commit(events: readonly Event[]): void {
    this.insertMany(events);
  }

  close(): void {
    this.db.close();
  }
}

/** Collects work during one event-loop turn and runs it once, at setImmediate. */
class PerTurn<T> {
  private batch: T[] = [];
  private scheduled = false;

  constructor(private readonly run: (batch: T[]) => void) {}

  add(item: T): void {
    this.batch.push(item);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        const batch = this.batch;
        this.batch = [];
        if (batch.length > 0) this.run(batch);
      });
    }
  }
}

const core = createProcessCore(id, "server", args.log ?? null);
const router = await RouterSocket.listen(args.router!, core);
const table = new Table(args.db!);
const dealers: DealerSocket[] = [];
let serving: Promise<unknown>;

if (mode === "replica") {
  // ---- replica: commit each turn's pushes together, then ack each push ----
  const turn = new PerTurn<RouterReceived>((pushes) => {
    table.commit(pushes.flatMap((p) => (p.envelope.eventPush?.events ?? []) as Event[]));
    for (const p of pushes) {
      const ids = (p.envelope.eventPush?.events ?? []).map((e) => ({ origin: e.id?.origin ?? "", seq: e.id?.seq ?? 0 }));
      router.reply(p, { replicaAck: { ids } });
    }
  });
  serving = router.serve((push) => {
    if (push.envelope.eventPush) turn.add(push);
    else router.reply(push, { errorReply: { code: ErrorCode.ERROR_CODE_UNKNOWN_KIND, message: `replica takes event_push only` } });
  });
} else {
  // ---- front: user protocol in, quorum writes out ----
  interface Pending {
    request: RouterReceived;
    event: Event;
    key: number;
    /** Durable copies so far (here and replicas); the reply goes out at 2. */
    copies: number;
  }
  const pending = new Map<number, Pending>();
  let seq = 0;
  let lamport = 0;

  function durable(key: number): void {
    const p = pending.get(key);
    if (p === undefined) return;
    p.copies += 1;
    if (p.copies === 2) {
      pending.delete(key);
      router.reply(p.request, { writeReply: { requestId: p.request.envelope.postRequest?.requestId ?? "", event: p.event } });
    }
  }

  for (const [i, ep] of replicaEndpoints.entries()) {
    const dealer = DealerSocket.connect(ep, core, `replica${i + 1}`);
    dealers.push(dealer);
    // A replica's second ack of an event (after the quorum) finds nothing pending.
    void dealer.serve((ack) => {
      for (const eid of ack.envelope.replicaAck?.ids ?? []) durable(Number(eid.seq ?? 0));
    });
  }

  const turn = new PerTurn<Pending>((batch) => {
    const events = batch.map((p) => p.event);
    // Out first, so the replicas' fsyncs overlap ours; chunked as the servers' replicator does.
    const chunks = chunkBySize(events, (e) => encodeEvent(e).length, FRAME_BUDGET);
    for (const dealer of dealers) for (const chunk of chunks) dealer.send({ eventPush: { events: chunk, ackWanted: true } });
    table.commit(events);
    for (const p of batch) durable(p.key);
  });

  function newEvent(author: string, requestId: string, change: Partial<Event>): Event {
    seq += 1;
    lamport += 1;
    return { id: { origin: id, seq }, author, lamport, clockMs: Date.now(), requestId, ...change } as Event;
  }

  serving = router.serve((req) => {
    const env = req.envelope;
    if (env.postRequest) {
      const r = env.postRequest;
      const event = newEvent(req.peer, r.requestId ?? "", { post: { text: r.text ?? "" } } as Partial<Event>);
      const p: Pending = { request: req, event, key: seq, copies: 0 };
      pending.set(seq, p);
      turn.add(p);
    } else if (env.loginRequest) {
      const user = env.loginRequest.user ?? "";
      router.reply(req, { loginReply: { requestId: env.loginRequest.requestId ?? "", user, token: `baseline-${user}`, expiresMs: 0 } });
    } else if (env.followRequest) {
      const f = env.followRequest;
      const event = newEvent(req.peer, f.requestId ?? "", { follow: { followee: f.followee ?? "" } } as Partial<Event>);
      router.reply(req, { writeReply: { requestId: f.requestId ?? "", event } });
    } else {
      router.reply(req, { errorReply: { code: ErrorCode.ERROR_CODE_UNKNOWN_KIND, message: `baseline does not answer ${req.kind}` } });
    }
  });
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  router.close();
  for (const d of dealers) d.close();
  await serving;
  table.close();
  await core.log.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

console.log("READY");
