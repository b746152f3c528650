/**
 * The event log of one server (one SQLite file) and the delivery of its
 * events, in total order, into the materialized views (views.ts).
 *
 * Durability: WAL with synchronous=FULL, so a commit is on disk when it
 * returns. That costs an fsync per transaction, which is why writes come in
 * batches (GroupCommit) and every batch is one transaction.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { LamportClock } from "../core/lamport.js";
import {
  type Draft, type Event, type Pos, type Position, ORIGIN_POSITION, Event as EventType, changeKind, comparePositions,
  decodeEvent, encodeEvent, normalize, positionOf,
} from "./events.js";
import { StabilityFrontier } from "./frontier.js";
import { VersionVector } from "./version-vector.js";
import { Views } from "./views.js";

const EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  origin TEXT NOT NULL, seq INTEGER NOT NULL, lamport INTEGER NOT NULL,
  author TEXT NOT NULL, request_id TEXT NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS events_by_request ON events (author, request_id);
CREATE INDEX IF NOT EXISTS events_by_position ON events (lamport, origin, seq);
-- One row: the last delivered position. Everything at or before it is in the views.
CREATE TABLE IF NOT EXISTS delivered (
  id INTEGER PRIMARY KEY CHECK (id = 1), lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL
);
INSERT OR IGNORE INTO delivered VALUES (1, 0, '', 0);
`;

export interface Delivery {
  event: Event;
  /** Users with a new notification for this event. */
  notify: string[];
}

export interface CommitResult {
  /** Per draft, its event: new, or the first one for a retried (author, request_id). */
  events: Event[];
  /** This server's new events, in seq (and Lamport) order. */
  stored: Event[];
  /** Everything that became visible, in total order. */
  delivered: Delivery[];
}

export interface EventStoreOptions {
  /** This server's id: the origin of the events it accepts. */
  origin: string;
  lamport: LamportClock;
  /** The server's physical clock in ms, stamped on each event. */
  nowMs: () => number;
}

function prepare(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    insert: p("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)"),
    byRequest: p("SELECT data FROM events WHERE author = ? AND request_id = ?").pluck(),
    setDelivered: p("UPDATE delivered SET lamport = ?, origin = ?, seq = ? WHERE id = 1"),
    all: p(`SELECT data, lamport, origin, seq FROM events
      WHERE (lamport, origin, seq) > (@lamport, @origin, @seq)
        AND (lamport, origin, seq) <= (@dl, @do, @ds) ORDER BY lamport, origin, seq LIMIT @limit`),
    count: p("SELECT COUNT(*) FROM events").pluck(),
  };
}

export class EventStore {
  readonly views: Views;
  private readonly db: Database.Database;
  private readonly origin: string;
  private readonly lamport: LamportClock;
  private readonly nowMs: () => number;
  private readonly s: ReturnType<typeof prepare>;
  private readonly commitTx: (drafts: Draft[]) => CommitResult;
  private nextSeq = 1;
  private vv = new VersionVector();
  private stability!: StabilityFrontier;
  /** Held but not yet delivered, sorted by position. */
  private undelivered: Event[] = [];
  private deliveredUpTo: Pos = ORIGIN_POSITION;

  private constructor(file: string, opts: EventStoreOptions) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.exec(EVENTS_SCHEMA);
    this.views = new Views(this.db);
    this.origin = opts.origin;
    this.lamport = opts.lamport;
    this.nowMs = opts.nowMs;
    this.s = prepare(this.db);
    this.commitTx = this.db.transaction((drafts: Draft[]) => this.appendAndDeliver(drafts));
    this.restore();
  }

  /** Opens (or creates) the file and restores seq, Lamport clock and delivery state. */
  static open(file: string, opts: EventStoreOptions): EventStore {
    return new EventStore(file, opts);
  }

  /** Rebuilds the in-memory state from disk: at start, and after a failed commit. */
  private restore(): void {
    const origins = this.db.prepare("SELECT origin, MAX(seq) AS top, COUNT(*) AS n FROM events GROUP BY origin").all() as {
      origin: string; top: number; n: number;
    }[];
    this.vv = new VersionVector();
    for (const { origin, top, n } of origins) {
      // A complete origin holds seqs 1..top; only one with gaps needs its seqs read.
      if (n === top) this.vv.add(origin, top, true);
      else for (const seq of this.db.prepare("SELECT seq FROM events WHERE origin = ?").pluck().all(origin)) this.vv.add(origin, seq as number);
    }
    this.nextSeq = (origins.find((o) => o.origin === this.origin)?.top ?? 0) + 1;
    const maxLamport = (this.db.prepare("SELECT MAX(lamport) FROM events").pluck().get() as number | null) ?? 0;
    if (maxLamport > this.lamport.value) this.lamport.receive(maxLamport);
    this.deliveredUpTo = this.db.prepare("SELECT lamport, origin, seq FROM delivered").get() as Pos;
    const rest = this.db.prepare(`SELECT data FROM events WHERE (lamport, origin, seq) > (?, ?, ?)
      ORDER BY lamport, origin, seq`).pluck().all(this.deliveredUpTo.lamport, this.deliveredUpTo.origin, this.deliveredUpTo.seq);
    this.undelivered = (rest as Buffer[]).map((b) => decodeEvent(b));
    // Alone, a server waits for nobody but itself, and it has seen its own events.
    this.stability = new StabilityFrontier([this.origin], this.vv);
    this.stability.heard(this.origin, this.lamport.value, this.nextSeq - 1);
  }

  get versionVector(): VersionVector {
    return this.vv;
  }

  get frontier(): StabilityFrontier {
    return this.stability;
  }

  /** The seq the next accepted event gets. */
  get nextSequence(): number {
    return this.nextSeq;
  }

  get deliveredPosition(): Pos {
    return this.deliveredUpTo;
  }

  eventCount(): number {
    return this.s.count.get() as number;
  }

  /** The event a user's request already created, if any (idempotency). */
  findByRequest(author: string, requestId: string): Event | undefined {
    const data = this.s.byRequest.get(author, requestId) as Buffer | undefined;
    return data === undefined ? undefined : decodeEvent(data);
  }

  /**
   * Stores the drafts as this server's next events and delivers what became
   * stable, in one transaction. Each new event ticks the Lamport clock once;
   * a draft whose (author, request_id) is already stored gets that event instead.
   */
  commit(drafts: Draft[]): CommitResult {
    try {
      return this.commitTx(drafts);
    } catch (err) {
      // SQLite rolled back; the counters and buffers in memory did not.
      this.restore();
      throw err;
    }
  }

  private appendAndDeliver(drafts: Draft[]): CommitResult {
    const stored: Event[] = [];
    const events = drafts.map((draft) => {
      const first = this.findByRequest(draft.author, draft.requestId);
      if (first !== undefined) return first;
      const event = EventType.create({
        id: { origin: this.origin, seq: this.nextSeq },
        author: draft.author,
        lamport: this.lamport.tick(),
        clockMs: Math.floor(this.nowMs()),
        requestId: draft.requestId,
        ...draft.change,
      });
      this.insert(event);
      this.nextSeq += 1;
      stored.push(event);
      return event;
    });
    const last = stored.at(-1);
    if (last !== undefined) this.stability.heard(this.origin, last.lamport, this.nextSeq - 1);
    return { events, stored, delivered: this.deliverStable() };
  }

  /** Adds a held event (own or, later, replicated) to the log and the delivery buffer. */
  private insert(event: Event): void {
    const { lamport, origin, seq } = positionOf(event);
    this.s.insert.run(origin, seq, lamport, event.author, event.requestId, changeKind(event), encodeEvent(event));
    this.vv.add(origin, seq);
    this.stability.settle(origin);
    insertSorted(this.undelivered, event);
  }

  /**
   * The one way events become visible: every held event up to the stable
   * bound, in total order, applied to the views. Call inside a transaction.
   */
  deliverStable(): Delivery[] {
    const bound = this.stability.stableLamport();
    let n = 0;
    while (n < this.undelivered.length && this.undelivered[n]!.lamport <= bound) n += 1;
    if (n === 0) return [];
    const ready = this.undelivered.splice(0, n);
    const delivered = ready.map((event) => ({ event, notify: this.views.apply(event) }));
    const { lamport, origin, seq } = positionOf(ready[n - 1]!);
    this.s.setDelivered.run(lamport, origin, seq);
    this.deliveredUpTo = { lamport, origin, seq };
    return delivered;
  }

  /** FEED_ALL: every delivered event after `after`. */
  readAll(after: Position, limit: number): { events: Event[]; next: Position; more: boolean } {
    const d = normalize(this.deliveredUpTo);
    const rows = this.s.all.all({ ...normalize(after), dl: d.lamport, do: d.origin, ds: d.seq, limit: limit + 1 }) as {
      data: Buffer; lamport: number; origin: string; seq: number;
    }[];
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = rows.at(-1);
    return {
      events: rows.map((r) => decodeEvent(r.data)),
      next: last === undefined ? normalize(after) : { lamport: last.lamport, origin: last.origin, seq: last.seq },
      more,
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Own events arrive in order (a push); replicated ones may land anywhere. */
function insertSorted(list: Event[], event: Event): void {
  const pos = positionOf(event);
  let i = list.length;
  while (i > 0 && comparePositions(positionOf(list[i - 1]!), pos) > 0) i -= 1;
  list.splice(i, 0, event);
}
