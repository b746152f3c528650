/**
 * ZeroMQ sockets that speak envelopes (docs/core.md, "Framing on the wire").
 *
 * zeromq.js allows one send in flight and one pending receive per socket
 * (a second one throws EBUSY), so each wrapper owns one reader loop (serve)
 * and an Outbox that queues sends. Every envelope sent is sealed and logged
 * at once, every one received is opened and logged at once, so the Lamport
 * tick and its log line are never split.
 */
import * as zmq from "zeromq";
import type { Body, Envelope } from "./codec.js";
import { ErrorCode, decodeEnvelope } from "./codec.js";
import { type Envelopes, type Opened, MalformedEnvelope } from "./envelope.js";
import { AuthRejected, type MemberAuth } from "./member-auth.js";
import type { ProcessLog } from "./log.js";

/** The contract's limit: bigger frames are answered with ERROR_CODE_TOO_LARGE. */
export const FRAME_LIMIT = 64 * 1024;
/**
 * libzmq's own limit (maxMessageSize) drops the connection without telling
 * the application, so it sits above FRAME_LIMIT: frames in between still
 * reach us and get their error reply; only absurd ones are cut off.
 */
export const WIRE_LIMIT = 1024 * 1024;
/** With mandatory, a ROUTER send to an unknown or stuck peer fails after this. */
export const ROUTER_SEND_TIMEOUT_MS = 2000;

/** What every socket needs from its process: the stamp and the log. */
export interface Core {
  envelopes: Envelopes;
  log: ProcessLog;
  /** Member sockets only (docs/protocol.md, "Member authentication"): signs every send, checks every receive. */
  auth?: MemberAuth;
}

export interface Received extends Opened {
  /** The sender's process id. */
  peer: string;
}

export interface RouterReceived extends Received {
  /** ZeroMQ routing id of the connection, to route the reply. */
  identity: Buffer;
}

/** An envelope handed to the outbox: its msg_id at once, the send later. */
export interface Outgoing {
  envelope: Envelope;
  /** true once ZeroMQ took it, false (and logged) when the send failed. */
  sent: Promise<boolean>;
}

type Handler<T> = (message: T) => void | Promise<void>;
type Frames = (Buffer | Uint8Array | string)[];

/** Queues sends so that only one is in flight per socket. */
class Outbox {
  private tail: Promise<unknown> = Promise.resolve();
  /** Sends queued and not yet taken by ZeroMQ (or failed). */
  pending = 0;
  /** Sends that failed; with `dropping`, replies dropped because their peer was full or gone. */
  failed = 0;

  /**
   * `dropping`: the socket never waits (sendTimeout 0), so a failure is a reply dropped for a peer that
   * does not read or has gone; those are counted and logged as REPLY_DROPPED (the first, then every
   * 100th), since a flooding peer could otherwise write a log line per request.
   */
  constructor(
    private readonly socket: zmq.Writable,
    private readonly log: ProcessLog,
    private readonly dropping = false,
  ) {}

  /** Resolves true once handed to ZeroMQ, false (and logged) on failure. */
  push(frames: Frames, msgId = "", peer = ""): Promise<boolean> {
    this.pending += 1;
    const sending = this.tail.then(() => this.socket.send(frames)).then(
      () => {
        this.pending -= 1;
        return true;
      },
      (err: { code?: string; message: string }) => {
        this.pending -= 1;
        this.failed += 1;
        const error = err.code ?? err.message;
        if (!this.dropping) this.log.event("SEND_FAILED", { msg_id: msgId, error }, "warn");
        else if (this.failed === 1 || this.failed % 100 === 0) {
          this.log.event("REPLY_DROPPED", { msg_id: msgId, peer, error, dropped: this.failed, queued: this.pending }, "warn");
        }
        return false;
      },
    );
    this.tail = sending;
    return sending;
  }
}

/**
 * How long a reader may keep the event loop to itself. A receive that finds a message already queued resolves
 * as a microtask, so a flood (a snapshot, a burst of pushes) would otherwise run back to back and starve
 * every timer: no heartbeats go out and the process is suspected dead while it is only busy.
 */
const YIELD_AFTER_MS = 20;

/** The socket's single reader: one receive pending at a time, until close. */
async function readLoop(
  socket: zmq.Readable & { readonly closed: boolean },
  log: ProcessLog,
  onFrames: (frames: Buffer[]) => void | Promise<void>,
): Promise<void> {
  let busySince = performance.now();
  for (;;) {
    if (performance.now() - busySince > YIELD_AFTER_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      busySince = performance.now();
    }
    let frames: Buffer[];
    try {
      frames = await socket.receive();
    } catch (err) {
      if (socket.closed) return;
      throw err;
    }
    try {
      await onFrames(frames);
    } catch (err) {
      log.event("HANDLER_FAILED", { error: String(err) }, "error");
    }
  }
}

function malformed(log: ProcessLog, reason: string, frames: Buffer[]): void {
  log.event("MALFORMED_FRAME", { reason, frames: frames.length, bytes: frames.at(-1)?.length ?? 0 }, "warn");
}

function sealLogQueue(
  core: Core, outbox: Outbox, peer: string, body: Body, replyTo: string, route: (bytes: Uint8Array) => Frames,
): Outgoing {
  const { envelope, bytes } = core.envelopes.seal(body, replyTo);
  core.log.sent(envelope, peer);
  const frame = core.auth === undefined ? bytes : core.auth.sign(bytes);
  return { envelope, sent: outbox.push(route(frame), envelope.msgId, peer) };
}

/** The msg_id a refused frame claims, for the log only (it may be forged): "" when it does not decode. */
function claimedMsgId(frame: Uint8Array): string {
  try {
    return decodeEnvelope(frame).msgId;
  } catch {
    return "";
  }
}

/**
 * Opens the envelope frame; on failure logs and returns why. With member authentication the HMAC is
 * checked first and the sender and freshness after the decode, all before the Lamport merge.
 */
function openFrame(core: Core, frame: Buffer, frames: Buffer[], peerHint: string, expectedSender?: string): Received | ErrorCode {
  if (frame.length > FRAME_LIMIT) {
    malformed(core.log, "too large", frames);
    return ErrorCode.ERROR_CODE_TOO_LARGE;
  }
  const auth = core.auth;
  try {
    const opened = auth === undefined
      ? core.envelopes.open(frame)
      : core.envelopes.open(auth.verify(frame), (envelope) => auth.admit(envelope, expectedSender));
    const peer = opened.envelope.sender;
    core.log.received(opened.envelope, peer, opened.remoteLamport);
    return { ...opened, peer };
  } catch (err) {
    if (err instanceof AuthRejected) {
      // The msg_id the frame claims, when it decodes: it may be forged, but it finds the capture a replay copied.
      const msgId = claimedMsgId(frame);
      core.log.event("AUTH_REJECTED", { peer: peerHint, reason: err.reason, ...(msgId !== "" && { msg_id: msgId }), size: frame.length }, "warn");
      return ErrorCode.ERROR_CODE_BAD_SIGNATURE;
    }
    if (!(err instanceof MalformedEnvelope)) throw err;
    malformed(core.log, err.message, frames);
    return ErrorCode.ERROR_CODE_MALFORMED;
  }
}

abstract class EnvelopeSocket<S extends zmq.Writable & zmq.Readable & { closed: boolean; close(): void }> {
  protected readonly outbox: Outbox;

  protected constructor(
    protected readonly socket: S,
    protected readonly core: Core,
    dropping = false,
  ) {
    this.outbox = new Outbox(socket, core.log, dropping);
  }

  /** Sends waiting in this socket's queue: bounded when the socket drops instead of waiting. */
  get queued(): number {
    return this.outbox.pending;
  }

  /** Sends that failed (for a dropping ROUTER: replies dropped for a full or vanished peer). */
  get failedSends(): number {
    return this.outbox.failed;
  }

  protected sealAndSend(peer: string, body: Body, replyTo: string, route: (bytes: Uint8Array) => Frames): Outgoing {
    return sealLogQueue(this.core, this.outbox, peer, body, replyTo, route);
  }

  /** The raw baseline: frames as they are, no envelope, no log line. */
  sendRaw(frames: Frames): Promise<boolean> {
    return this.outbox.push(frames);
  }

  serveRaw(handler: Handler<Buffer[]>): Promise<void> {
    return readLoop(this.socket, this.core.log, handler);
  }

  /** Safe to call twice. */
  close(): void {
    if (!this.socket.closed) this.socket.close();
  }
}

function lastEndpointOf(socket: zmq.Socket, asked: string): string {
  return socket.lastEndpoint ?? asked;
}

/** Binds; receives [identity, envelope]; replies are routed by identity. */
export class RouterSocket extends EnvelopeSocket<zmq.Router> {
  private constructor(socket: zmq.Router, core: Core, readonly endpoint: string, dropping: boolean) {
    super(socket, core, dropping);
  }

  /**
   * Named listen, not bind: a static bind would shadow Function.prototype.bind.
   *
   * `dropWhenFull` (the user port): a reply to a peer whose queue is full (it sends and never reads) or
   * that has gone is dropped at once and counted, never waited for. Waiting would hold this socket's one
   * send in flight, and every other peer's reply queued behind it: one stuck user would stall them all
   * (docs/protocol.md, "Limits").
   */
  static async listen(endpoint: string, core: Core, { dropWhenFull = false } = {}): Promise<RouterSocket> {
    // mandatory: without it a ROUTER silently drops replies when a peer's queue is full; with sendTimeout
    // 0 it fails the send at once instead (EAGAIN full, EHOSTUNREACH gone), and we count it.
    const socket = new zmq.Router({
      mandatory: true, sendTimeout: dropWhenFull ? 0 : ROUTER_SEND_TIMEOUT_MS, linger: 0, maxMessageSize: WIRE_LIMIT,
    });
    await socket.bind(endpoint);
    return new RouterSocket(socket, core, lastEndpointOf(socket, endpoint), dropWhenFull);
  }

  send(identity: Buffer, peer: string, body: Body, replyTo = ""): Outgoing {
    return this.sealAndSend(peer, body, replyTo, (bytes) => [identity, bytes]);
  }

  reply(request: RouterReceived, body: Body): Outgoing {
    return this.send(request.identity, request.peer, body, request.envelope.msgId);
  }

  /** Bad frames are answered here with an ErrorReply and never reach the handler. */
  serve(handler: Handler<RouterReceived>): Promise<void> {
    return readLoop(this.socket, this.core.log, async (frames) => {
      const [identity, frame] = frames;
      if (identity === undefined) return; // nothing to answer to
      if (frames.length !== 2 || frame === undefined) {
        malformed(this.core.log, `expected 2 frames, got ${frames.length}`, frames);
        await this.refuse(identity, ErrorCode.ERROR_CODE_MALFORMED);
        return;
      }
      const received = openFrame(this.core, frame, frames, identity.toString("hex"));
      if (typeof received === "number") {
        await this.refuse(identity, received);
        return;
      }
      await handler({ ...received, identity });
    });
  }

  private refuse(identity: Buffer, code: ErrorCode): Promise<boolean> {
    const message = code === ErrorCode.ERROR_CODE_TOO_LARGE ? `frame over ${FRAME_LIMIT} bytes`
      : code === ErrorCode.ERROR_CODE_BAD_SIGNATURE ? "not a signed member envelope" : "not an envelope";
    // No sender id to name: the log's peer is the routing id in hex.
    return this.send(identity, identity.toString("hex"), { errorReply: { code, message } }).sent;
  }
}

/** Connects to one ROUTER (one peer per DEALER: see docs/core.md). */
export class DealerSocket extends EnvelopeSocket<zmq.Dealer> {
  private constructor(socket: zmq.Dealer, core: Core, readonly peer: string, private readonly peerId?: string) {
    super(socket, core);
  }

  /**
   * `peer` names the other side in the log; defaults to the endpoint. `peerId`, when the other side is a
   * known member, is the only sender member authentication accepts on this connection.
   */
  static connect(endpoint: string, core: Core, peer = endpoint, peerId?: string): DealerSocket {
    // immediate: queue nothing on a pipe to a peer that is not connected yet.
    const socket = new zmq.Dealer({ linger: 0, maxMessageSize: WIRE_LIMIT, immediate: true });
    socket.connect(endpoint);
    return new DealerSocket(socket, core, peer, peerId);
  }

  send(body: Body, replyTo = ""): Outgoing {
    return this.sealAndSend(this.peer, body, replyTo, (bytes) => [bytes]);
  }

  serve(handler: Handler<Received>): Promise<void> {
    return readLoop(this.socket, this.core.log, async (frames) => {
      const [frame] = frames;
      if (frames.length !== 1 || frame === undefined) {
        malformed(this.core.log, `expected 1 frame, got ${frames.length}`, frames);
        return;
      }
      const received = openFrame(this.core, frame, frames, this.peer, this.peerId);
      if (typeof received !== "number") await handler(received);
    });
  }
}

/** Binds; publishes [topic, envelope] with topic = the user id. */
export class PubSocket {
  private readonly outbox: Outbox;

  private constructor(
    private readonly socket: zmq.Publisher,
    private readonly core: Core,
    readonly endpoint: string,
  ) {
    this.outbox = new Outbox(socket, core.log);
  }

  static async listen(endpoint: string, core: Core): Promise<PubSocket> {
    const socket = new zmq.Publisher({ linger: 0 });
    await socket.bind(endpoint);
    return new PubSocket(socket, core, lastEndpointOf(socket, endpoint));
  }

  publish(topic: string, body: Body, replyTo = ""): Outgoing {
    return sealLogQueue(this.core, this.outbox, topic, body, replyTo, (bytes) => [topic, bytes]);
  }

  /** Safe to call twice. */
  close(): void {
    if (!this.socket.closed) this.socket.close();
  }
}

export interface Published extends Received {
  topic: string;
}

/** Receives [topic, envelope]; keeps only topics subscribed exactly. */
export class SubSocket {
  // ZeroMQ filters by prefix: "bob" would also get "bobby" without this set.
  private readonly topics = new Set<string>();

  private constructor(
    private readonly socket: zmq.Subscriber,
    private readonly core: Core,
  ) {}

  static connect(endpoint: string, core: Core): SubSocket {
    const socket = new zmq.Subscriber({ linger: 0, maxMessageSize: WIRE_LIMIT });
    socket.connect(endpoint);
    return new SubSocket(socket, core);
  }

  subscribe(topic: string): void {
    this.topics.add(topic);
    this.socket.subscribe(topic);
  }

  unsubscribe(topic: string): void {
    this.topics.delete(topic);
    this.socket.unsubscribe(topic);
  }

  serve(handler: Handler<Published>): Promise<void> {
    return readLoop(this.socket, this.core.log, async (frames) => {
      const [topicFrame, frame] = frames;
      if (frames.length !== 2 || topicFrame === undefined || frame === undefined) {
        malformed(this.core.log, `expected 2 frames, got ${frames.length}`, frames);
        return;
      }
      const topic = topicFrame.toString("utf8");
      if (!this.topics.has(topic)) return;
      const received = openFrame(this.core, frame, frames, topic);
      if (typeof received !== "number") await handler({ ...received, topic });
    });
  }

  /** Safe to call twice. */
  close(): void {
    if (!this.socket.closed) this.socket.close();
  }
}
