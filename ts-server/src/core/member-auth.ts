/**
 * Member authentication (docs/protocol.md, "Member authentication").
 *
 * Every envelope between members ends with an HMAC-SHA256 of the bytes before
 * it, keyed by the cluster secret, encoded as the Envelope's own `hmac` field
 * (field 7): tag 0x3a, length 0x20, 32 bytes. A protobuf parser reads the
 * appended field like any other, so nothing else changes on the wire.
 *
 * The check runs before the envelope is decoded for use or the Lamport clock
 * is merged: a frame from a process without the key never moves a clock.
 * After the HMAC, `admit` refuses a signed envelope seen before (ReplayGuard)
 * or one whose sender is not the peer the connection belongs to.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Envelope } from "./codec.js";

export const MAC_BYTES = 32;
/** Field 7 (hmac), wire type 2 (length-delimited), length 32. */
const TRAILER_HEAD = [0x3a, 0x20] as const;
export const TRAILER_BYTES = TRAILER_HEAD.length + MAC_BYTES;
/** Bits of recent message numbers remembered per sender: ~16k sends of slack for reordering. */
export const DEFAULT_WINDOW = 16384;
/** Senders remembered at once; the oldest is forgotten beyond this (only key holders get here). */
export const DEFAULT_MAX_SENDERS = 1024;

export type AuthReason = "unsigned" | "bad_signature" | "replayed" | "sender_mismatch" | "bad_msg_id";

/** A member envelope refused; the receiver answers ERROR_CODE_BAD_SIGNATURE and logs AUTH_REJECTED. */
export class AuthRejected extends Error {
  override name = "AuthRejected";
  constructor(readonly reason: AuthReason, detail = "") {
    super(detail === "" ? reason : `${reason}: ${detail}`);
  }
}

/** [boot, n] of `<sender>-<boot base 36>-<n>`, or undefined when msgId is not the sender's. */
export function parseMsgId(sender: string, msgId: string): [number, number] | undefined {
  if (!msgId.startsWith(`${sender}-`)) return undefined;
  const m = /^([0-9a-z]+)-([0-9]+)$/i.exec(msgId.slice(sender.length + 1));
  if (m === null) return undefined;
  const boot = parseInt(m[1]!, 36);
  const n = Number(m[2]);
  return Number.isSafeInteger(boot) && Number.isSafeInteger(n) ? [boot, n] : undefined;
}

interface SenderRecord {
  boot: number;
  /** The highest n seen in this boot. */
  top: number;
  /** Ring of `window` bits: bit (n mod window) is set when n (within the window) was seen. */
  seen: Uint32Array;
}

/**
 * Per sender: the newest boot seen and a sliding window of the message numbers
 * seen in it. A pure state machine: check() returns undefined (fresh, and now
 * recorded) or the reason to refuse. An older boot, a number already seen, or
 * one below the window is a replay; a newer boot starts a new window.
 */
export class ReplayGuard {
  private readonly records = new Map<string, SenderRecord>();

  constructor(
    readonly window = DEFAULT_WINDOW,
    readonly maxSenders = DEFAULT_MAX_SENDERS,
  ) {}

  check(sender: string, msgId: string): AuthReason | undefined {
    const parsed = parseMsgId(sender, msgId);
    if (parsed === undefined) return "bad_msg_id";
    const [boot, n] = parsed;
    let rec = this.records.get(sender);
    if (rec !== undefined && boot < rec.boot) return "replayed";
    this.records.delete(sender); // re-inserted below: Map order is the recency order
    if (rec === undefined || boot > rec.boot) {
      rec = { boot, top: 0, seen: new Uint32Array(Math.ceil(this.window / 32)) };
    }
    this.records.set(sender, rec);
    if (this.records.size > this.maxSenders) this.records.delete(this.records.keys().next().value!);
    if (n > rec.top) {
      if (n - rec.top >= this.window) rec.seen.fill(0);
      else for (let k = rec.top + 1; k < n; k++) this.clear(rec, k);
      rec.top = n;
      this.mark(rec, n);
      return undefined;
    }
    if (rec.top - n >= this.window || this.isMarked(rec, n)) return "replayed";
    this.mark(rec, n);
    return undefined;
  }

  private bit(n: number): [number, number] {
    const i = n % this.window;
    return [i >>> 5, 1 << (i & 31)];
  }
  private mark(rec: SenderRecord, n: number): void {
    const [w, b] = this.bit(n);
    rec.seen[w]! |= b;
  }
  private clear(rec: SenderRecord, n: number): void {
    const [w, b] = this.bit(n);
    rec.seen[w]! &= ~b;
  }
  private isMarked(rec: SenderRecord, n: number): boolean {
    const [w, b] = this.bit(n);
    return (rec.seen[w]! & b) !== 0;
  }
}

/** Signs and checks member envelopes with the cluster secret; one per process, shared by its member sockets. */
export class MemberAuth {
  private readonly secret: Buffer;

  constructor(
    secret: Uint8Array,
    readonly guard = new ReplayGuard(),
  ) {
    if (secret.length === 0) throw new RangeError("the cluster secret is empty");
    this.secret = Buffer.from(secret);
  }

  mac(bytes: Uint8Array): Buffer {
    return createHmac("sha256", this.secret).update(bytes).digest();
  }

  /** The wire frame: the envelope serialized with hmac empty, then field 7 holding its HMAC. */
  sign(bytes: Uint8Array): Uint8Array {
    const frame = Buffer.allocUnsafe(bytes.length + TRAILER_BYTES);
    frame.set(bytes, 0);
    frame[bytes.length] = TRAILER_HEAD[0];
    frame[bytes.length + 1] = TRAILER_HEAD[1];
    this.mac(bytes).copy(frame, bytes.length + TRAILER_HEAD.length);
    return frame;
  }

  /** The signed prefix (the envelope without its hmac); throws AuthRejected unsigned | bad_signature. */
  verify(frame: Uint8Array): Uint8Array {
    const at = frame.length - TRAILER_BYTES;
    if (at < 0 || frame[at] !== TRAILER_HEAD[0] || frame[at + 1] !== TRAILER_HEAD[1]) throw new AuthRejected("unsigned");
    const prefix = frame.subarray(0, at);
    if (!timingSafeEqual(this.mac(prefix), frame.subarray(at + TRAILER_HEAD.length))) throw new AuthRejected("bad_signature");
    return prefix;
  }

  /** After verify and decode, before the clock merge: the sender and freshness checks. */
  admit(envelope: Envelope, expectedSender?: string): void {
    if (expectedSender !== undefined && envelope.sender !== expectedSender) {
      throw new AuthRejected("sender_mismatch", `${envelope.sender} on the connection to ${expectedSender}`);
    }
    const reason = this.guard.check(envelope.sender, envelope.msgId);
    if (reason !== undefined) throw new AuthRejected(reason, envelope.msgId);
  }
}

/** The cluster secret as every process reads it: the file's text, trimmed, as UTF-8 bytes (else the env value). */
export function secretFrom(fileText: string | undefined, envValue: string | undefined): Buffer | undefined {
  if (fileText !== undefined) return Buffer.from(fileText.trim(), "utf8");
  if (envValue !== undefined && envValue !== "") return Buffer.from(envValue, "utf8");
  return undefined;
}
