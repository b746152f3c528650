/**
 * Events and their place in the total order (docs/algorithms.md, "Lamport
 * clocks"): an event is immutable once its origin server gives it an id, a
 * Lamport timestamp and a clock reading; every server sorts by
 * (lamport, origin, seq) and so agrees on one order.
 */
import { socialnet, snakeCase } from "../core/codec.js";

export const Event = socialnet.v1.Event;
export type Event = socialnet.v1.Event;
/** A position as it comes off the wire: any field may be unset. */
export type Position = socialnet.v1.Position.$Properties;
/** A place in the total order, every field set. */
export interface Pos {
  lamport: number;
  origin: string;
  seq: number;
}

/** One change, exactly one member set (protobufjs would encode two). */
export type Change =
  | { register: { passwordHash: string } }
  | { post: { text: string } }
  | { follow: { followee: string } }
  | { unfollow: { followee: string } }
  | { directMessage: { to: string; text: string } }
  | { readReceipt: { peer: string; upTo: Position } };

/** What a user asked to store: the server adds id, lamport and clock. */
export interface Draft {
  author: string;
  requestId: string;
  change: Change;
}

/** Before every event: reads with no cursor start here. */
export const ORIGIN_POSITION: Readonly<Pos> = { lamport: 0, origin: "", seq: 0 };

export function positionOf(event: Event): Pos {
  return { lamport: event.lamport, origin: event.id?.origin ?? "", seq: event.id?.seq ?? 0 };
}

/** Unset fields count as zero/empty, as protobuf decodes them. */
export function normalize(p: Position | null | undefined): Pos {
  return { lamport: p?.lamport ?? 0, origin: p?.origin ?? "", seq: p?.seq ?? 0 };
}

export function comparePositions(a: Position, b: Position): number {
  const x = normalize(a);
  const y = normalize(b);
  if (x.lamport !== y.lamport) return x.lamport < y.lamport ? -1 : 1;
  if (x.origin !== y.origin) return x.origin < y.origin ? -1 : 1;
  return x.seq === y.seq ? 0 : x.seq < y.seq ? -1 : 1;
}

// Looked up, not computed: every stored event and log line asks.
const KINDS: Record<NonNullable<Event["change"]>, string> = {
  register: "register", post: "post", follow: "follow", unfollow: "unfollow",
  directMessage: snakeCase("directMessage"), readReceipt: snakeCase("readReceipt"),
};

/** "post", "direct_message"...: the oneof name as logs and the DB spell it. */
export function changeKind(event: Event): string {
  return event.change === undefined ? "none" : KINDS[event.change];
}

export function encodeEvent(event: Event): Uint8Array {
  return Event.encode(event).finish();
}

export function decodeEvent(bytes: Uint8Array): Event {
  return Event.decode(bytes);
}

/** The two participants of a conversation, in one key both of them map to. */
export function conversationKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
