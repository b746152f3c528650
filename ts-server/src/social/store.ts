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
-- Not unique: a retry on another server may store a second event for one request; delivery keeps the first.
DROP INDEX IF EXISTS events_by_request;
CREATE INDEX IF NOT EXISTS events_by_req ON events (author, request_id);
CREATE INDEX IF NOT EXISTS events_by_position ON events (lamport, origin, seq);
-- One row: the last delivered position. Everything at or before it is in the views.
CREATE TABLE IF NOT EXISTS delivered (
  id INTEGER PRIMARY KEY CHECK (id = 1), lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL
);
INSERT OR IGNORE INTO delivered VALUES (1, 0, '', 0);
-- Held events never shown: a later copy of a request (superseded), one beyond its origin's cut, one that arrived too late.
CREATE TABLE IF NOT EXISTS skipped (
  origin TEXT NOT NULL, seq INTEGER NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (origin, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

// The requests already delivered, so a later event for the same one is skipped.
const REQUESTS_SCHEMA = `
CREATE TABLE delivered_requests (author TEXT NOT NULL, request_id TEXT NOT NULL, PRIMARY KEY (author, request_id)) WITHOUT ROWID;
INSERT OR IGNORE INTO delivered_requests SELECT e.author, e.request_id FROM events e, delivered d
  WHERE (e.lamport, e.origin, e.seq) <= (d.lamport, d.origin, d.seq);
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
  /** Held events delivery passed over: a later copy of a request, or beyond a cut, or too late. */
  skipped: Skipped[];
}

export interface Skipped {
  event: Event;
  reason: "superseded" | "beyond_cut" | "late";
}

export interface ReplicatedResult {
  /** Replicated events newly stored (not already held), in arrival order. */
  stored: Event[];
  /** Events refused: beyond their origin's cut. */
  refused: number;
  delivered: Delivery[];
  skipped: Skipped[];
}

export interface EventStoreOptions {
  /** This server's incarnation (docs/algorithms.md): the origin of the events it accepts. */
  origin: string;
  lamport: LamportClock;
  /** The server's physical clock in ms, stamped on each event. */
  nowMs: () => number;
}

function prepare(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    insert: p("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)"),
    byRequest: p(`SELECT data FROM events e WHERE author = ? AND request_id = ?
      AND NOT EXISTS (SELECT 1 FROM skipped k WHERE k.origin = e.origin AND k.seq = e.seq)
      ORDER BY lamport, origin, seq LIMIT 1`).pluck(),
    insertReplica: p("INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?)"),
    skip: p("INSERT OR IGNORE INTO skipped VALUES (?, ?, ?)"),
    deliverRequest: p("INSERT OR IGNORE INTO delivered_requests VALUES (?, ?)"),
    originAfter: p("SELECT data FROM events WHERE origin = ? AND seq > ? ORDER BY seq LIMIT ?").pluck(),
    cursorAfter: p("SELECT data FROM events WHERE (origin, seq) > (?, ?) ORDER BY origin, seq LIMIT ?").pluck(),
    origins: p("SELECT DISTINCT origin FROM events").pluck(),
    getMeta: p("SELECT value FROM meta WHERE key = ?").pluck(),
    setMeta: p("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
    setDelivered: p("UPDATE delivered SET lamport = ?, origin = ?, seq = ? WHERE id = 1"),
    all: p(`SELECT data, lamport, origin, seq FROM events e
      WHERE (lamport, origin, seq) > (@lamport, @origin, @seq)
        AND NOT EXISTS (SELECT 1 FROM skipped k WHERE k.origin = e.origin AND k.seq = e.seq)
        AND (lamport, origin, seq) <= (@dl, @do, @ds) ORDER BY lamport, origin, seq LIMIT @limit`),
    count: p("SELECT COUNT(*) FROM events").pluck(),
  };
}

export class EventStore {
  readonly views: Views;
  private readonly db: Database.Database;
  private origin: string;
  private readonly knownOrigins = new Set<string>();
  private readonly lamport: LamportClock;
  private readonly nowMs: () => number;
  private readonly s: ReturnType<typeof prepare>;
  private readonly commitTx: (drafts: Draft[]) => CommitResult;
  private readonly replicaTx: (events: Event[]) => ReplicatedResult;
  private readonly deliverTx: () => { delivered: Delivery[]; skipped: Skipped[] };
  private nextSeq = 1;
  private vv = new VersionVector();
  private stability!: StabilityFrontier;
  /** Held but not yet delivered, sorted by position. */
  private undelivered: Event[] = [];
  private deliveredUpTo: Pos = ORIGIN_POSITION;
  private lateSkipped: Skipped[] = [];
  /** Replicated: our own events are shown only up to the last seq on a write quorum (undefined = no limit). */
  private ownDurable: number | undefined;

  private constructor(file: string | Buffer, opts: EventStoreOptions) {
    if (typeof file === "string" && file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.exec(EVENTS_SCHEMA);
    const hasRequests = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'delivered_requests'").get() !== undefined;
    if (!hasRequests) this.db.exec(REQUESTS_SCHEMA);
    this.views = new Views(this.db);
    this.origin = opts.origin;
    this.lamport = opts.lamport;
    this.nowMs = opts.nowMs;
    this.s = prepare(this.db);
    this.commitTx = this.db.transaction((drafts: Draft[]) => this.appendAndDeliver(drafts));
    this.replicaTx = this.db.transaction((events: Event[]) => this.storeReplicas(events));
    this.deliverTx = this.db.transaction(() => this.deliverStable());
    this.restore();
  }

  /**
   * Opens (or creates) the file and restores seq, Lamport clock and delivery state. A Buffer is
   * a database from serialize(): what a simulated server had on disk when it crashed.
   */
  static open(file: string | Buffer, opts: EventStoreOptions): EventStore {
    return new EventStore(file, opts);
  }

  /** A value the server keeps across restarts (membership's promise), or undefined. */
  metaValue(key: string): string | undefined {
    return (this.s.getMeta.get(key) as string | undefined) ?? undefined;
  }

  setMetaValue(key: string, value: string): void {
    this.s.setMeta.run(key, value);
  }

  /** Every committed transaction, as bytes (the simulator's disk: src/sim/). */
  serialize(): Buffer {
    return this.db.serialize();
  }

  /**
   * Each start of a clustered server is a new incarnation, counted in the file:
   * `id.1` the first time, then `id.2`, `id.3`... Its events never collide with an
   * earlier incarnation's, some of which the cluster may have cut.
   */
  static nextIncarnation(file: string, id: string): string {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    try {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = FULL");
      db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
      const n = Number(db.prepare("SELECT value FROM meta WHERE key = 'incarnation'").pluck().get() ?? 0) + 1;
      db.prepare("INSERT INTO meta VALUES ('incarnation', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(n));
      return `${id}.${n}`;
    } finally {
      db.close();
    }
  }

  /**
   * Becomes a new incarnation at run time (the server was removed from the view without
   * asking: its old origin is cut). `origin` comes from nextIncarnation on the same file.
   */
  reincarnate(origin: string): void {
    this.origin = origin;
    this.nextSeq = 1;
    this.stability.heard(origin, this.lamport.value, 0);
  }

  /** This server's origin (its incarnation). */
  get ownOrigin(): string {
    return this.origin;
  }

  /** Rebuilds the in-memory state from disk: at start, and after a failed commit. */
  private restore(): void {
    const origins = this.db.prepare("SELECT origin, MAX(seq) AS top, COUNT(*) AS n FROM events GROUP BY origin").all() as {
      origin: string; top: number; n: number;
    }[];
    this.vv = new VersionVector();
    this.knownOrigins.clear();
    for (const { origin, top, n } of origins) {
      this.knownOrigins.add(origin);
      // A complete origin holds seqs 1..top; only one with gaps needs its seqs read.
      if (n === top) this.vv.add(origin, top, true);
      else for (const seq of this.db.prepare("SELECT seq FROM events WHERE origin = ?").pluck().all(origin)) this.vv.add(origin, seq as number);
    }
    this.nextSeq = (origins.find((o) => o.origin === this.origin)?.top ?? 0) + 1;
    const maxLamport = (this.db.prepare("SELECT MAX(lamport) FROM events").pluck().get() as number | null) ?? 0;
    if (maxLamport > this.lamport.value) this.lamport.receive(maxLamport);
    this.deliveredUpTo = this.db.prepare("SELECT lamport, origin, seq FROM delivered").get() as Pos;
    const rest = this.db.prepare(`SELECT data FROM events e WHERE (lamport, origin, seq) > (?, ?, ?)
      AND NOT EXISTS (SELECT 1 FROM skipped k WHERE k.origin = e.origin AND k.seq = e.seq)
      ORDER BY lamport, origin, seq`).pluck().all(this.deliveredUpTo.lamport, this.deliveredUpTo.origin, this.deliveredUpTo.seq);
    this.undelivered = (rest as Buffer[]).map((b) => decodeEvent(b));
    // Alone, a server waits for nobody but itself, and it has seen its own events.
    const previous = this.stability;
    this.stability = new StabilityFrontier([this.origin], this.vv);
    this.stability.heard(this.origin, this.lamport.value, this.nextSeq - 1);
    if (previous !== undefined) this.stability.copyFrom(previous);
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
    return { events, stored, ...this.deliverStable() };
  }

  /**
   * Stores replicated events (a push, a sync reply, a snapshot chunk): a set
   * keyed by id, so a copy already held is ignored. Events beyond their
   * origin's cut are refused. Delivers what became stable. One transaction.
   */
  storeReplicated(events: Event[]): ReplicatedResult {
    try {
      return this.replicaTx(events);
    } catch (err) {
      this.restore();
      throw err;
    }
  }

  /** Delivers what became stable after the frontier moved (a heartbeat, a view). */
  deliver(): { delivered: Delivery[]; skipped: Skipped[] } {
    return this.deliverTx();
  }

  private storeReplicas(events: Event[]): ReplicatedResult {
    const stored: Event[] = [];
    let refused = 0;
    for (const event of events) {
      const { origin, seq } = positionOf(event);
      if (origin === "" || seq <= 0) continue;
      const cut = this.stability.cutOf(origin);
      if (cut !== undefined && seq > cut) {
        refused += 1;
        continue;
      }
      if (this.vv.has(origin, seq)) continue;
      if (!this.insert(event, true)) continue;
      stored.push(event);
    }
    return { stored, refused, ...this.deliverStable() };
  }

  /** Events of `origin` with seq > `after`, by seq (sync and snapshots). */
  eventsOf(origin: string, after: number, limit: number): Event[] {
    const cut = this.stability.cutOf(origin);
    const rows = this.s.originAfter.all(origin, after, limit) as Buffer[];
    return rows.map((b) => decodeEvent(b)).filter((e) => cut === undefined || (e.id?.seq ?? 0) <= cut);
  }

  /** Events after the cursor in (origin, seq) order (snapshots). */
  eventsFrom(origin: string, seq: number, limit: number): Event[] {
    return (this.s.cursorAfter.all(origin, seq, limit) as Buffer[]).map((b) => decodeEvent(b)).filter((e) => {
      const cut = this.stability.cutOf(e.id?.origin ?? "");
      return cut === undefined || (e.id?.seq ?? 0) <= cut;
    });
  }

  /** Every origin any held event has. */
  get origins(): string[] {
    return [...this.knownOrigins].sort();
  }

  /**
   * Retires an origin at `seq`: nothing beyond it is ever delivered; held
   * events beyond it are dropped from the delivery buffer and never shown.
   */
  setCut(origin: string, seq: number): Skipped[] {
    if (this.stability.cutOf(origin) === seq) return [];
    this.stability.setCut(origin, seq);
    const skipped: Skipped[] = [];
    this.undelivered = this.undelivered.filter((e) => {
      if (e.id?.origin !== origin || (e.id?.seq ?? 0) <= seq) return true;
      this.s.skip.run(origin, e.id?.seq ?? 0, "beyond_cut");
      skipped.push({ event: e, reason: "beyond_cut" });
      return false;
    });
    return skipped;
  }

  /** Adds a held event (own or replicated) to the log and the delivery buffer. */
  private insert(event: Event, replica = false): boolean {
    const { lamport, origin, seq } = positionOf(event);
    const args = [origin, seq, lamport, event.author, event.requestId, changeKind(event), encodeEvent(event)] as const;
    if (replica) {
      if (this.s.insertReplica.run(...args).changes === 0) return false;
    } else this.s.insert.run(...args);
    this.vv.add(origin, seq);
    this.knownOrigins.add(origin);
    this.stability.settle(origin);
    if (comparePositions(positionOf(event), this.deliveredUpTo) <= 0) {
      // Sorts before what is already shown: showing it would reorder what users saw. Never happens
      // while the frontier's premises hold; kept, and marked, so anti-entropy does not fetch it again.
      this.s.skip.run(origin, seq, "late");
      this.lateSkipped.push({ event, reason: "late" });
      return true;
    }
    insertSorted(this.undelivered, event);
    return true;
  }

  /**
   * The one way events become visible: every held event up to the stable
   * bound, in total order, applied to the views. Call inside a transaction.
   */
  /**
   * Our own events up to `seq` are on a write quorum. Beyond it, one is not shown yet: if we
   * crashed now, it could be beyond our origin's cut and never shown anywhere else.
   */
  setOwnDurable(seq: number | undefined): void {
    this.ownDurable = seq;
  }

  deliverStable(): { delivered: Delivery[]; skipped: Skipped[] } {
    const skipped = this.lateSkipped.splice(0);
    // We know our own clock: anything we create from now on sorts after it.
    this.stability.heard(this.origin, this.lamport.value, this.nextSeq - 1);
    let bound = this.stability.stableLamport();
    if (this.ownDurable !== undefined) {
      const limit = this.ownDurable;
      const first = this.undelivered.find((e) => e.id?.origin === this.origin && (e.id?.seq ?? 0) > limit);
      if (first !== undefined) bound = Math.min(bound, first.lamport - 1);
    }
    let n = 0;
    while (n < this.undelivered.length && this.undelivered[n]!.lamport <= bound) n += 1;
    if (n === 0) return { delivered: [], skipped };
    const ready = this.undelivered.splice(0, n);
    const delivered: Delivery[] = [];
    for (const event of ready) {
      // The first event of a request in total order wins; a retry stored elsewhere is passed over.
      if (this.s.deliverRequest.run(event.author, event.requestId).changes === 0) {
        this.s.skip.run(event.id?.origin ?? "", event.id?.seq ?? 0, "superseded");
        skipped.push({ event, reason: "superseded" });
        continue;
      }
      delivered.push({ event, notify: this.views.apply(event) });
    }
    const { lamport, origin, seq } = positionOf(ready[n - 1]!);
    this.s.setDelivered.run(lamport, origin, seq);
    this.deliveredUpTo = { lamport, origin, seq };
    return { delivered, skipped };
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
