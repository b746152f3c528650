/**
 * The server's driver: moves requests from the user ROUTER into the
 * SocialService, writes through GroupCommit into the EventStore, and pushes
 * notifications of delivered events on the PUB socket. Everything it knows
 * about the social network lives in src/social/.
 */
import { ErrorCode, socialnet, type Body } from "../core/codec.js";
import type { ProcessCore } from "../core/process.js";
import { type Scheduler, hostScheduler, sleep } from "../core/scheduler.js";
import { type Outgoing, PubSocket, RouterSocket, type RouterReceived } from "../core/transport.js";
import type { PeerRouter } from "../cluster/node.js";
import type { TokenSigner } from "../social/accounts.js";
import { DEFAULT_RATE_LIMIT, type RateLimit, RateLimiter } from "../social/rate-limit.js";
import { codeName } from "../social/errors.js";
import { type Event, changeKind, positionOf } from "../social/events.js";
import { GroupCommit } from "../social/group-commit.js";
import { SOCIAL_KINDS, SocialService, type WriteSink } from "../social/service.js";
import type { CommitResult, Delivery, EventStore, Skipped } from "../social/store.js";

export interface ServerConfig {
  rank: number;
  userEndpoint: string;
  pubEndpoint: string;
  textLimit: number;
  /** Requests per user (or per connection, before login): docs/social.md, "Limits". */
  rateLimit?: RateLimit;
  /** Time and timers (the simulator's, in src/sim/); the host's by default. */
  scheduler?: Scheduler;
  /** The user sockets: ZeroMQ by default, the simulator's network in src/sim/. */
  sockets?: UserSockets;
}

/** What the server needs of its PUB socket. */
export interface Publisher {
  readonly endpoint: string;
  publish(topic: string, body: Body): Outgoing;
  close(): void;
}

export interface UserSockets {
  listen(endpoint: string, core: ProcessCore): Promise<PeerRouter>;
  publisher(endpoint: string, core: ProcessCore): Promise<Publisher>;
}

const zmqUserSockets: UserSockets = {
  // A reply to a user that does not read is dropped, never waited for (docs/protocol.md, "Limits").
  listen: (endpoint, core) => RouterSocket.listen(endpoint, core, { dropWhenFull: true }),
  publisher: (endpoint, core) => PubSocket.listen(endpoint, core),
};

/** What DiscoverRequest answers. Alone, the view is this server; a ClusterNode provides the real one. */
export interface ViewProvider {
  view(): socialnet.v1.IView;
}

const SHUTDOWN_GRACE_MS = 5000;

export class SocialServer {
  readonly commits: GroupCommit;
  readonly service: SocialService;
  viewProvider: ViewProvider;
  /** Where writes go: the GroupCommit alone, or replication's quorum wait on top of it. */
  writeSink: WriteSink;
  /** False while this server may not serve users (a joining or leaving replica). */
  available: () => boolean = () => true;
  /** After each local commit, before any caller hears of it (replication pushes from here). */
  onCommitted: ((result: CommitResult) => void) | undefined;
  private router!: PeerRouter;
  private pub: Publisher | undefined;
  private serving: Promise<void> = Promise.resolve();
  private stopping = false;
  private readonly limiter: RateLimiter;
  /** Replies (and their sends) not finished yet: shutdown waits for them. */
  private inFlight = 0;

  constructor(
    private readonly core: ProcessCore,
    private readonly store: EventStore,
    private readonly tokens: TokenSigner,
    private readonly config: ServerConfig,
  ) {
    this.limiter = new RateLimiter(config.rateLimit ?? DEFAULT_RATE_LIMIT);
    this.commits = new GroupCommit(store, { committed: (result, ms) => this.committed(result, ms) }, config.scheduler);
    this.writeSink = this.commits;
    this.service = new SocialService({
      store, writes: { submit: (draft) => this.writeSink.submit(draft) }, tokens, nowMs: () => core.clock.nowMs(), textLimit: config.textLimit,
    });
    this.viewProvider = { view: () => this.standaloneView() };
  }

  async start(): Promise<{ user: string; pub: string }> {
    const sockets = this.config.sockets ?? zmqUserSockets;
    this.router = await sockets.listen(this.config.userEndpoint, this.core);
    this.pub = await sockets.publisher(this.config.pubEndpoint, this.core);
    this.serving = this.router.serve((request) => this.onRequest(request));
    return { user: this.router.endpoint, pub: this.pub.endpoint };
  }

  private onRequest(request: RouterReceived): void {
    let reply: Body | Promise<Body>;
    try {
      const waitMs = this.stopping ? 0 : this.rateWaitMs(request);
      reply = this.stopping
        ? refuse(request, ErrorCode.ERROR_CODE_UNAVAILABLE, "server is stopping; try another")
        : waitMs > 0
          ? refuse(request, ErrorCode.ERROR_CODE_RATE_LIMITED, `over ${this.limiter.limit.ratePerS} requests/s; retry after ${waitMs} ms`)
          : this.answer(request);
    } catch (err) {
      reply = this.internal(request, err);
    }
    // Writes answer later; the read loop must not wait for them, or a batch would hold one request.
    if (reply instanceof Promise) {
      this.track(reply.then((body) => this.send(request, body), (err: unknown) => this.send(request, this.internal(request, err))));
    } else {
      this.send(request, reply);
    }
  }

  /**
   * 0, or how long this request's sender must wait. The sender is the user its token names when the
   * token is genuine (so a user cannot escape the limit by reconnecting, nor spend another's), else the
   * connection (logins, registrations, bad tokens, time requests).
   */
  private rateWaitMs(request: RouterReceived): number {
    const { envelope } = request;
    const body = envelope.body === undefined ? undefined : (envelope[envelope.body] as { token?: string } | null | undefined);
    let key = `conn:${request.identity.toString("hex")}`;
    if (body?.token) {
      try {
        key = `user:${this.tokens.verify(body.token, this.core.clock.nowMs())}`;
      } catch {
        // A bad token is answered by the service; it is limited with its connection.
      }
    }
    return this.limiter.take(key, (this.config.scheduler ?? hostScheduler).now());
  }

  private answer(request: RouterReceived): Body | Promise<Body> {
    const { kind, envelope } = request;
    if (SOCIAL_KINDS.has(kind)) {
      if (!this.available()) return refuse(request, ErrorCode.ERROR_CODE_UNAVAILABLE, "server is not serving users now; try another");
      return this.service.handle(kind, envelope);
    }
    if (kind === "time_request") {
      // Cristian: the reading is taken as the reply is built.
      return { timeReply: { round: envelope.timeRequest?.round ?? 0, clockUs: this.core.clock.nowUs() } };
    }
    if (kind === "discover_request") {
      return { discoverReply: { requestId: envelope.discoverRequest?.requestId ?? "", view: this.viewProvider.view() } };
    }
    return refuse(request, ErrorCode.ERROR_CODE_UNKNOWN_KIND, `a server does not take ${kind} from users`);
  }

  private send(request: RouterReceived, body: Body): void {
    if (body.errorReply) {
      this.core.log.event("REQUEST_REJECTED", {
        msg_id: request.envelope.msgId, peer: request.peer, kind: request.kind,
        request_id: body.errorReply.requestId ?? "", code: codeName(body.errorReply.code ?? 0), reason: body.errorReply.message ?? "",
      }, "warn");
    }
    this.track(this.router.reply(request, body).sent);
  }

  private internal(request: RouterReceived, err: unknown): Body {
    this.core.log.event("REQUEST_FAILED", { msg_id: request.envelope.msgId, error: String((err as Error)?.stack ?? err) }, "error");
    return refuse(request, ErrorCode.ERROR_CODE_INTERNAL, "internal error; the request changed nothing");
  }

  /** Logs the batch, then pushes notifications; GroupCommit releases the replies after this. */
  private committed(result: CommitResult, commitMs: number): void {
    const { events, stored, delivered, skipped } = result;
    this.logStored(stored, false);
    this.core.log.event("BATCH_COMMITTED", { requests: events.length, stored: stored.length, delivered: delivered.length, commit_ms: commitMs });
    this.onCommitted?.(result);
    this.announce(delivered, skipped);
  }

  /**
   * EVENT_STORED for every copy stored. Our own events carry `lamport`: the commit ticked the clock
   * once per event, so the log replays the clock. A replica's must not (`lamport` is our clock).
   */
  logStored(stored: readonly Event[], replicated: boolean): void {
    for (const e of stored) {
      const p = positionOf(e);
      this.core.log.event("EVENT_STORED", {
        ...(!replicated && { lamport: e.lamport }), position: [p.lamport, p.origin, p.seq], kind: changeKind(e), author: e.author,
        target: targetOf(e), request_id: e.requestId, ...(replicated && { replicated: true }),
      });
    }
  }

  /** Logs a delivery run (and what it passed over), then pushes its notifications. */
  announce(delivered: readonly Delivery[], skipped: readonly Skipped[]): void {
    const log = this.core.log;
    for (const { event, reason } of skipped) {
      const p = positionOf(event);
      log.event(reason === "superseded" ? "EVENT_SUPERSEDED" : "EVENT_SKIPPED", {
        position: [p.lamport, p.origin, p.seq], author: event.author, request_id: event.requestId, reason,
      }, reason === "late" ? "warn" : "info");
    }
    if (delivered.length > 0) {
      log.event("EVENT_DELIVERED", {
        count: delivered.length, positions: delivered.map(({ event }) => [event.lamport, event.id?.origin ?? "", event.id?.seq ?? 0]),
      });
    }
    // Not bound yet (a clustered server binds its user sockets after joining): readers catch up by cursor.
    if (this.pub === undefined) return;
    for (const { event, notify } of delivered) {
      if (notify.length === 0) continue;
      const pushed = withoutPrivateText(event);
      const position = positionOf(event);
      for (const user of notify) this.track(this.pub.publish(user, { notification: { user, position, event: pushed } }).sent);
    }
  }

  private track(p: Promise<unknown>): void {
    this.inFlight += 1;
    const done = (): void => {
      this.inFlight -= 1;
    };
    p.then(done, done);
  }

  standaloneView(): socialnet.v1.IView {
    const self = {
      id: this.core.id, role: socialnet.v1.Role.ROLE_SERVER, rank: this.config.rank,
      peerEndpoint: "", userEndpoint: this.router.endpoint, pubEndpoint: this.pub?.endpoint ?? this.config.pubEndpoint,
      state: socialnet.v1.MemberState.MEMBER_STATE_ACTIVE,
    };
    return { epoch: 0, members: [self], coordinator: "" };
  }

  /** Stop taking requests, commit and answer what is pending, close the sockets. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const clock = this.config.scheduler ?? hostScheduler;
    const deadline = clock.now() + SHUTDOWN_GRACE_MS;
    this.commits.flush();
    while (this.inFlight > 0 && clock.now() < deadline) {
      await sleep(clock, 10);
      this.commits.flush(); // registrations submit their write after hashing
    }
    if (this.pub === undefined) return; // never started
    this.router.close();
    this.pub.close();
    await this.serving;
  }
}

function refuse(request: RouterReceived, code: ErrorCode, message: string): Body {
  const body = request.envelope.body === undefined ? undefined : request.envelope[request.envelope.body];
  const requestId = (body as { requestId?: string } | null | undefined)?.requestId ?? "";
  return { errorReply: { requestId, code, message } };
}

/** The other user an event names: a followee or a recipient. */
function targetOf(e: Event): string {
  return e.follow?.followee ?? e.unfollow?.followee ?? e.directMessage?.to ?? "";
}

/** The PUB socket is not authenticated: a pushed private message names its sender, not its text. */
function withoutPrivateText(event: Event): socialnet.v1.IEvent {
  if (event.directMessage == null) return event;
  const { id, author, lamport, clockMs, requestId } = event;
  return { id, author, lamport, clockMs, requestId, directMessage: { to: event.directMessage.to } };
}
