/**
 * The social operations of docs/social.md over decoded requests. No sockets:
 * the driver hands in a request body and sends back what comes out. Reads
 * and refusals answer at once; a write answers with a promise that settles
 * after its event is committed (through the WriteSink, a GroupCommit).
 */
import type { Body, Envelope } from "../core/codec.js";
import { ErrorCode, socialnet } from "../core/codec.js";
import {
  CONTROL_USER, DEFAULT_SCRYPT, NAME_PATTERN, type ScryptCost, type TokenSigner, hashPassword, verifyPassword,
} from "./accounts.js";
import { RequestError, reject } from "./errors.js";
import { type Change, type Draft, Event, type Position, positionOf } from "./events.js";
import type { Page, Views } from "./views.js";

const Feed = socialnet.v1.Feed;
const E = ErrorCode;

export const DEFAULT_READ_LIMIT = 100;
export const MAX_READ_LIMIT = 1000;
/** Request ids are stored in a unique index: keep them short. */
export const REQUEST_ID_LIMIT = 256;
export const PASSWORD_LIMIT = 1024;

/** The body kinds this service answers. */
export const SOCIAL_KINDS = new Set([
  "login_request", "post_request", "follow_request", "unfollow_request", "send_message_request", "read_request", "ack_request",
]);

export interface SocialStore {
  readonly views: Views;
  readAll(after: Position, limit: number): { events: Event[]; next: Position; more: boolean };
}

/** Where writes go: durable (and, later, replicated) before the promise settles. */
export interface WriteSink {
  submit(draft: Draft): Promise<Event>;
}

export interface SocialServiceOptions {
  store: SocialStore;
  writes: WriteSink;
  tokens: TokenSigner;
  /** The server's physical clock (token expiry). */
  nowMs: () => number;
  /** Longest post or message, in UTF-8 bytes. */
  textLimit: number;
  scrypt?: ScryptCost;
}

type Reply = Body | Promise<Body>;

export class SocialService {
  // Registrations of one name run one after the other, so the second sees the first's account.
  private readonly registering = new Map<string, Promise<unknown>>();

  constructor(private readonly o: SocialServiceOptions) {}

  /** The reply to one request; an ErrorReply for anything the contract refuses. */
  handle(kind: string, env: Envelope): Reply {
    const requestId = requestIdOf(env);
    try {
      const reply = this.dispatch(kind, env);
      return reply instanceof Promise ? reply.catch((err: unknown) => refusal(requestId, err)) : reply;
    } catch (err) {
      return refusal(requestId, err);
    }
  }

  private dispatch(kind: string, env: Envelope): Reply {
    switch (kind) {
      case "login_request": return this.login(env.loginRequest!);
      case "post_request": return this.post(env.postRequest!);
      case "follow_request": return this.follow(env.followRequest!, true);
      case "unfollow_request": return this.follow(env.unfollowRequest!, false);
      case "send_message_request": return this.sendMessage(env.sendMessageRequest!);
      case "read_request": return this.read(env.readRequest!);
      case "ack_request": return this.ack(env.ackRequest!);
      default: return reject(E.ERROR_CODE_UNKNOWN_KIND, `a server does not take ${kind} from users`);
    }
  }

  private login(r: socialnet.v1.ILoginRequest): Reply {
    const requestId = required(r.requestId, "request_id");
    const user = validName(required(r.user, "user"), "user");
    const password = required(r.password, "password");
    if (Buffer.byteLength(password) > PASSWORD_LIMIT) reject(E.ERROR_CODE_TOO_LARGE, `password over ${PASSWORD_LIMIT} bytes`);
    if (!r.register) return this.checkPassword(requestId, user, password, E.ERROR_CODE_UNKNOWN_USER);
    const previous = this.registering.get(user) ?? Promise.resolve();
    const mine = previous.then(() => this.register(requestId, user, password));
    const settled = mine.catch(() => undefined);
    this.registering.set(user, settled);
    void settled.then(() => {
      if (this.registering.get(user) === settled) this.registering.delete(user);
    });
    return mine;
  }

  private async register(requestId: string, user: string, password: string): Promise<Body> {
    // An existing name with the right password is a login, so a retried registration succeeds.
    if (this.o.store.views.account(user) !== undefined) {
      return this.checkPassword(requestId, user, password, E.ERROR_CODE_UNKNOWN_USER, E.ERROR_CODE_USER_EXISTS);
    }
    const passwordHash = await hashPassword(password, this.o.scrypt ?? DEFAULT_SCRYPT);
    const event = await this.o.writes.submit({ author: user, requestId, change: { register: { passwordHash } } });
    // The first Register of a name in total order owns it; ours may have lost.
    const owner = this.o.store.views.account(user);
    if (owner !== undefined && (owner.origin !== event.id?.origin || owner.seq !== event.id?.seq)) {
      return this.checkPassword(requestId, user, password, E.ERROR_CODE_UNKNOWN_USER, E.ERROR_CODE_USER_EXISTS);
    }
    return this.loginReply(requestId, user);
  }

  private async checkPassword(
    requestId: string, user: string, password: string, unknown: ErrorCode, wrong: ErrorCode = E.ERROR_CODE_BAD_PASSWORD,
  ): Promise<Body> {
    const account = this.o.store.views.account(user);
    if (account === undefined) return reject(unknown, `no user ${user}`);
    if (!(await verifyPassword(password, account.hash))) {
      return reject(wrong, wrong === E.ERROR_CODE_USER_EXISTS ? `${user} is taken` : "wrong password");
    }
    return this.loginReply(requestId, user);
  }

  private loginReply(requestId: string, user: string): Body {
    const { token, expiresMs } = this.o.tokens.issue(user, this.o.nowMs());
    return { loginReply: { requestId, user, token, expiresMs } };
  }

  /** The token's user, for requests that act as a user (not as the operator). */
  private caller(token: string | null | undefined): string {
    if (!token) return reject(E.ERROR_CODE_BAD_TOKEN, "missing token");
    const user = this.o.tokens.verify(token, this.o.nowMs());
    if (user === CONTROL_USER) reject(E.ERROR_CODE_FORBIDDEN, "the control token does not act as a user");
    return user;
  }

  private write(author: string, requestId: string, change: Change): Promise<Body> {
    return this.o.writes.submit({ author, requestId, change }).then((event) => ({ writeReply: { requestId, event } }));
  }

  private post(r: socialnet.v1.IPostRequest): Reply {
    const requestId = required(r.requestId, "request_id");
    const author = this.caller(r.token);
    return this.write(author, requestId, { post: { text: this.text(r.text) } });
  }

  private follow(r: socialnet.v1.IFollowRequest | socialnet.v1.IUnfollowRequest, follow: boolean): Reply {
    const requestId = required(r.requestId, "request_id");
    const author = this.caller(r.token);
    const followee = this.existingUser(r.followee, "followee");
    if (followee === author) reject(E.ERROR_CODE_INVALID_ARGUMENT, "you cannot follow yourself");
    return this.write(author, requestId, follow ? { follow: { followee } } : { unfollow: { followee } });
  }

  private sendMessage(r: socialnet.v1.ISendMessageRequest): Reply {
    const requestId = required(r.requestId, "request_id");
    const author = this.caller(r.token);
    const to = this.existingUser(r.to, "to");
    if (to === author) reject(E.ERROR_CODE_INVALID_ARGUMENT, "you cannot message yourself");
    return this.write(author, requestId, { directMessage: { to, text: this.text(r.text) } });
  }

  private ack(r: socialnet.v1.IAckRequest): Reply {
    const requestId = required(r.requestId, "request_id");
    const author = this.caller(r.token);
    if (!r.upTo) return reject(E.ERROR_CODE_MISSING_FIELD, "up_to is required");
    const upTo = { lamport: r.upTo.lamport ?? 0, origin: r.upTo.origin ?? "", seq: r.upTo.seq ?? 0 };
    // Stored as a read receipt with no peer: the cursor is an event like any other, so every server agrees on it.
    return this.o.writes
      .submit({ author, requestId, change: { readReceipt: { peer: "", upTo } } })
      .then(() => ({ ackReply: { requestId, upTo: this.o.store.views.receipt(author, "") ?? upTo } }));
  }

  private read(r: socialnet.v1.IReadRequest): Body {
    const requestId = required(r.requestId, "request_id");
    if (!r.token) return reject(E.ERROR_CODE_BAD_TOKEN, "missing token");
    const feed = r.feed ?? Feed.FEED_UNSPECIFIED;
    if (feed === Feed.FEED_UNSPECIFIED) return reject(E.ERROR_CODE_MISSING_FIELD, "feed is required");
    const after = r.after ?? {};
    const limit = Math.min(r.limit || DEFAULT_READ_LIMIT, MAX_READ_LIMIT);
    const views = this.o.store.views;
    let page: Page;
    if (feed === Feed.FEED_ALL) {
      if (this.o.tokens.verify(r.token, this.o.nowMs()) !== CONTROL_USER) reject(E.ERROR_CODE_FORBIDDEN, "FEED_ALL needs the control token");
      page = { ...this.o.store.readAll(after, limit), users: [] };
    } else if (feed === Feed.FEED_TIMELINE) {
      this.o.tokens.verify(r.token, this.o.nowMs());
      page = views.timeline(this.existingUser(r.peer, "peer"), after, limit);
    } else if (feed === Feed.FEED_FOLLOWERS || feed === Feed.FEED_FOLLOWING) {
      const user = r.peer ? (this.o.tokens.verify(r.token, this.o.nowMs()), this.existingUser(r.peer, "peer")) : this.caller(r.token);
      page = feed === Feed.FEED_FOLLOWERS ? views.followers(user, after, limit) : views.following(user, after, limit);
    } else {
      const user = this.caller(r.token);
      if (feed === Feed.FEED_HOME) page = views.home(user, after, limit);
      else if (feed === Feed.FEED_NOTIFICATIONS) page = views.notifications(user, after, limit);
      else if (feed === Feed.FEED_CONVERSATION) {
        // Always the caller's own conversation: there is no way to name someone else's.
        const peer = this.existingUser(r.peer, "peer");
        if (peer === user) reject(E.ERROR_CODE_INVALID_ARGUMENT, "a conversation needs another user");
        page = views.conversation(user, peer, after, limit);
      } else return reject(E.ERROR_CODE_INVALID_ARGUMENT, `unknown feed ${feed}`);
    }
    page = fitFrame(page);
    return { readReply: { requestId, events: page.events, users: page.users, next: page.next, more: page.more } };
  }

  private text(text: string | null | undefined): string {
    const value = required(text, "text");
    const bytes = Buffer.byteLength(value);
    if (bytes > this.o.textLimit) reject(E.ERROR_CODE_TOO_LARGE, `text is ${bytes} bytes, the limit is ${this.o.textLimit}`);
    return value;
  }

  private existingUser(name: string | null | undefined, field: string): string {
    const user = validName(required(name, field), field);
    if (this.o.store.views.account(user) === undefined) reject(E.ERROR_CODE_UNKNOWN_USER, `no user ${user}`);
    return user;
  }
}

/** Replies travel in one frame, capped at 64 KiB: a page of big events stops early, with `more`. */
export const REPLY_EVENT_BUDGET = 48 * 1024;

function fitFrame(page: Page): Page {
  let bytes = 0;
  for (let i = 0; i < page.events.length; i += 1) {
    const e = page.events[i]!;
    bytes += Event.encode(e).finish().length + 8;
    if (bytes > REPLY_EVENT_BUDGET && i > 0) {
      const events = page.events.slice(0, i);
      return { ...page, events, next: positionOf(events[i - 1]!), more: true };
    }
  }
  return page;
}

function required(value: string | null | undefined, field: string): string {
  if (!value) return reject(E.ERROR_CODE_MISSING_FIELD, `${field} is required`);
  if (field === "request_id" && Buffer.byteLength(value) > REQUEST_ID_LIMIT) {
    reject(E.ERROR_CODE_TOO_LARGE, `request_id over ${REQUEST_ID_LIMIT} bytes`);
  }
  return value;
}

function validName(name: string, field: string): string {
  if (!NAME_PATTERN.test(name)) reject(E.ERROR_CODE_INVALID_ARGUMENT, `${field} must be 1-32 characters of [a-z0-9_]`);
  return name;
}

/** Every body kind this service takes has a request_id at the same place. */
function requestIdOf(env: Envelope): string {
  const body = env.body === undefined ? undefined : (env[env.body] as { requestId?: string } | null | undefined);
  return body?.requestId ?? "";
}

/** A RequestError becomes its ErrorReply; anything else is a bug and goes up (INTERNAL). */
function refusal(requestId: string, err: unknown): Body {
  if (!(err instanceof RequestError)) throw err;
  return { errorReply: { requestId, code: err.code, message: err.message } };
}
