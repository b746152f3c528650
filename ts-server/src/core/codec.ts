/**
 * The one door to the generated protobuf code: every other module imports
 * the schema types from here, so the Long fix below always runs first.
 */
import "./protobuf-numbers.js";
import { socialnet } from "../gen/socialnet.js";

export { socialnet };
export const Envelope = socialnet.v1.Envelope;
export type Envelope = socialnet.v1.Envelope;
export const Role = socialnet.v1.Role;
export type Role = socialnet.v1.Role;
export const ErrorCode = socialnet.v1.ErrorCode;
export type ErrorCode = socialnet.v1.ErrorCode;

type EnvelopeProps = socialnet.v1.Envelope.$Properties;
/** camelCase name of a body field as protobufjs spells it, e.g. "postRequest". */
export type BodyField = NonNullable<EnvelopeProps["body"]>;

/**
 * Exactly one body, checked by the compiler: `{ timeRequest: { round: 1 } }`.
 * protobufjs encodes every oneof member that is set, so two would go out.
 */
export type Body = {
  [K in BodyField]: { [P in K]: NonNullable<EnvelopeProps[P]> } & {
    [Q in Exclude<BodyField, K>]?: never;
  };
}[BodyField];

// A Record fails to compile when the schema gains or loses a body kind.
const BODY_FIELDS: Record<BodyField, true> = {
  loginRequest: true, postRequest: true, followRequest: true, unfollowRequest: true,
  sendMessageRequest: true, readRequest: true, ackRequest: true, discoverRequest: true,
  loginReply: true, writeReply: true, readReply: true, ackReply: true,
  discoverReply: true, errorReply: true, notification: true,
  eventPush: true, replicaAck: true, syncRequest: true, syncReply: true,
  snapshotRequest: true, snapshotChunk: true,
  joinRequest: true, leaveRequest: true, viewChange: true, viewAck: true, view: true,
  heartbeat: true, election: true, answer: true, coordinator: true,
  timeRequest: true, timeReply: true, clockAdjust: true,
  controlRequest: true, controlReply: true,
};

/** The oneof name in snake_case, as the logs and the other languages spell it. */
export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
}

/** Body kind of a decoded envelope ("post_request"), or undefined when none is set. */
export function bodyKind(env: Envelope): string | undefined {
  return env.body === undefined ? undefined : snakeCase(env.body);
}

export type RoleName = "server" | "clock" | "user" | "control";

const ROLE_OF_NAME: Record<RoleName, Role> = {
  server: Role.ROLE_SERVER,
  clock: Role.ROLE_CLOCK,
  user: Role.ROLE_USER,
  control: Role.ROLE_CONTROL,
};

export function roleOf(name: RoleName): Role {
  return ROLE_OF_NAME[name];
}

/** Header fields that Envelopes.seal fills in. */
export interface Header {
  msgId: string;
  sender: string;
  senderRole: Role;
  lamport: number;
  clockMs: number;
  replyTo: string;
}

/** The only way outgoing envelopes are built: header plus exactly one body. */
export function buildEnvelope(header: Header, body: Body): Envelope {
  const set = Object.keys(body).filter((k) => k in BODY_FIELDS && (body as Record<string, unknown>)[k] != null);
  if (set.length !== 1) {
    throw new TypeError(`an envelope needs exactly one body, got [${set.join(", ")}]`);
  }
  return Envelope.create({ ...header, ...body });
}

export function encodeEnvelope(env: Envelope): Uint8Array {
  return Envelope.encode(env).finish();
}

/** Throws whatever protobufjs throws on bad bytes; Envelopes.open types it. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  return Envelope.decode(bytes);
}
