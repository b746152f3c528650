/**
 * The materialized views: tables that hold only delivered events, written in
 * delivery (total) order inside the commit's transaction. Because every server
 * delivers the same events in the same order, every server derives the same
 * accounts, follow graph and notifications without talking about them.
 */
import type { Database, Statement } from "better-sqlite3";
import {
  type Event, type Position, changeKind, conversationKey, decodeEvent, normalize, positionOf,
} from "./events.js";

export const VIEWS_SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS follows (
  follower TEXT NOT NULL, followee TEXT NOT NULL, lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (follower, followee)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS follows_by_followee ON follows (followee, lamport, origin, seq);
CREATE INDEX IF NOT EXISTS follows_by_follower ON follows (follower, lamport, origin, seq);
CREATE TABLE IF NOT EXISTS posts (
  author TEXT NOT NULL, lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (author, lamport, origin, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS messages (
  pair TEXT NOT NULL, lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (pair, lamport, origin, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notifications (
  user TEXT NOT NULL, lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
  PRIMARY KEY (user, lamport, origin, seq)
) WITHOUT ROWID;
-- peer '' is the notification cursor (AckRequest); a user name, a conversation.
CREATE TABLE IF NOT EXISTS receipts (
  user TEXT NOT NULL, peer TEXT NOT NULL, lamport INTEGER NOT NULL, origin TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (user, peer)
) WITHOUT ROWID;
`;

export interface Page {
  events: Event[];
  users: string[];
  next: Position | null;
  more: boolean;
}

interface Row {
  data: Buffer;
  lamport: number;
  origin: string;
  seq: number;
  name?: string;
}

// Every read: strictly after the cursor, in total order, one extra row to learn `more`.
const AFTER = "(v.lamport, v.origin, v.seq) > (@lamport, @origin, @seq)";
const ORDER = "ORDER BY v.lamport, v.origin, v.seq LIMIT @limit";
const JOIN = "JOIN events e ON e.origin = v.origin AND e.seq = v.seq";

function prepare(db: Database) {
  const p = (sql: string): Statement => db.prepare(sql);
  return {
    addAccount: p("INSERT OR IGNORE INTO accounts VALUES (?, ?, ?, ?, ?)"),
    account: p("SELECT password_hash AS hash, origin, seq FROM accounts WHERE name = ?"),
    follow: p("INSERT OR IGNORE INTO follows VALUES (?, ?, ?, ?, ?)"),
    unfollow: p("DELETE FROM follows WHERE follower = ? AND followee = ?"),
    followersOf: p("SELECT follower FROM follows WHERE followee = ?").pluck(),
    addPost: p("INSERT INTO posts VALUES (?, ?, ?, ?)"),
    addMessage: p("INSERT INTO messages VALUES (?, ?, ?, ?)"),
    notify: p("INSERT INTO notifications VALUES (?, ?, ?, ?, ?)"),
    receipt: p(`INSERT INTO receipts VALUES (?, ?, ?, ?, ?) ON CONFLICT (user, peer) DO UPDATE
      SET lamport = excluded.lamport, origin = excluded.origin, seq = excluded.seq
      WHERE (excluded.lamport, excluded.origin, excluded.seq) > (receipts.lamport, receipts.origin, receipts.seq)`),
    receiptOf: p("SELECT lamport, origin, seq FROM receipts WHERE user = ? AND peer = ?"),
    timeline: p(`SELECT e.data, v.lamport, v.origin, v.seq FROM posts v ${JOIN} WHERE v.author = @key AND ${AFTER} ${ORDER}`),
    conversation: p(`SELECT e.data, v.lamport, v.origin, v.seq FROM messages v ${JOIN} WHERE v.pair = @key AND ${AFTER} ${ORDER}`),
    notifications: p(`SELECT e.data, v.lamport, v.origin, v.seq FROM notifications v ${JOIN}
      WHERE v.user = @key AND ${AFTER} ${ORDER}`),
    home: p(`SELECT e.data, v.lamport, v.origin, v.seq FROM notifications v ${JOIN}
      WHERE v.user = @key AND v.kind = 'post' AND ${AFTER} ${ORDER}`),
    followers: p(`SELECT v.follower AS name, v.lamport, v.origin, v.seq FROM follows v WHERE v.followee = @key AND ${AFTER} ${ORDER}`),
    following: p(`SELECT v.followee AS name, v.lamport, v.origin, v.seq FROM follows v WHERE v.follower = @key AND ${AFTER} ${ORDER}`),
  };
}

export class Views {
  private readonly s: ReturnType<typeof prepare>;

  constructor(db: Database) {
    db.exec(VIEWS_SCHEMA);
    this.s = prepare(db);
  }

  /** Applies one delivered event; returns the users to notify. Inside the commit. */
  apply(event: Event): string[] {
    const { lamport, origin, seq } = positionOf(event);
    const author = event.author;
    switch (changeKind(event)) {
      case "register":
        // The first Register of a name in total order wins; later ones change nothing.
        this.s.addAccount.run(author, event.register?.passwordHash ?? "", lamport, origin, seq);
        return [];
      case "post": {
        this.s.addPost.run(author, lamport, origin, seq);
        const followers = this.s.followersOf.all(author) as string[];
        for (const user of followers) this.s.notify.run(user, lamport, origin, seq, "post");
        return followers;
      }
      case "follow":
        this.s.follow.run(author, event.follow?.followee ?? "", lamport, origin, seq);
        return [];
      case "unfollow":
        this.s.unfollow.run(author, event.unfollow?.followee ?? "");
        return [];
      case "direct_message": {
        const to = event.directMessage?.to ?? "";
        this.s.addMessage.run(conversationKey(author, to), lamport, origin, seq);
        this.s.notify.run(to, lamport, origin, seq, "direct_message");
        return [to];
      }
      case "read_receipt": {
        const upTo = normalize(event.readReceipt?.upTo);
        this.s.receipt.run(author, event.readReceipt?.peer ?? "", upTo.lamport, upTo.origin, upTo.seq);
        return [];
      }
      default:
        return [];
    }
  }

  account(name: string): { hash: string; origin: string; seq: number } | undefined {
    return this.s.account.get(name) as { hash: string; origin: string; seq: number } | undefined;
  }

  /** The notification cursor (peer '') or a conversation's read position. */
  receipt(user: string, peer: string): Position | null {
    return (this.s.receiptOf.get(user, peer) as Position | undefined) ?? null;
  }

  timeline(author: string, after: Position, limit: number): Page {
    return this.eventPage(this.s.timeline, author, after, limit);
  }

  home(user: string, after: Position, limit: number): Page {
    return this.eventPage(this.s.home, user, after, limit);
  }

  conversation(a: string, b: string, after: Position, limit: number): Page {
    return this.eventPage(this.s.conversation, conversationKey(a, b), after, limit);
  }

  notifications(user: string, after: Position, limit: number): Page {
    return this.eventPage(this.s.notifications, user, after, limit);
  }

  /** Users, ordered by the position of the Follow that made the edge. */
  followers(user: string, after: Position, limit: number): Page {
    return this.userPage(this.s.followers, user, after, limit);
  }

  following(user: string, after: Position, limit: number): Page {
    return this.userPage(this.s.following, user, after, limit);
  }

  private rows(statement: Statement, key: string, after: Position, limit: number): { rows: Row[]; more: boolean } {
    const rows = statement.all({ key, ...normalize(after), limit: limit + 1 }) as Row[];
    const more = rows.length > limit;
    if (more) rows.pop();
    return { rows, more };
  }

  private eventPage(statement: Statement, key: string, after: Position, limit: number): Page {
    const { rows, more } = this.rows(statement, key, after, limit);
    return { events: rows.map((r) => decodeEvent(r.data)), users: [], next: lastPosition(rows, after), more };
  }

  private userPage(statement: Statement, key: string, after: Position, limit: number): Page {
    const { rows, more } = this.rows(statement, key, after, limit);
    return { events: [], users: rows.map((r) => r.name ?? ""), next: lastPosition(rows, after), more };
  }
}

/** The cursor to pass next time: the last row, or the caller's own when nothing came back. */
export function lastPosition(rows: { lamport: number; origin: string; seq: number }[], after: Position): Position {
  const last = rows.at(-1);
  return last === undefined ? normalize(after) : { lamport: last.lamport, origin: last.origin, seq: last.seq };
}
