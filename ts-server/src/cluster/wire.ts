/**
 * Between the protobuf bodies and Membership's plain types. Decoding is
 * defensive: anything a peer sends may be missing or out of range, and a bad
 * body must be dropped, never crash the driver or poison the view.
 */
import { socialnet, Role, type Body, type Envelope } from "../core/codec.js";
import type { Member, MemberRole, MemberState, MembershipMsg, OriginSeq, View } from "./membership.js";

const pb = socialnet.v1;
type PbMember = socialnet.v1.Member.$Properties;
type PbView = socialnet.v1.View.$Properties;

const STATE_TO_PB: Record<MemberState, socialnet.v1.MemberState> = {
  joining: pb.MemberState.MEMBER_STATE_JOINING,
  active: pb.MemberState.MEMBER_STATE_ACTIVE,
  leaving: pb.MemberState.MEMBER_STATE_LEAVING,
};

function stateOf(s: socialnet.v1.MemberState | null | undefined): MemberState | undefined {
  switch (s) {
    case pb.MemberState.MEMBER_STATE_JOINING: return "joining";
    case pb.MemberState.MEMBER_STATE_ACTIVE: return "active";
    case pb.MemberState.MEMBER_STATE_LEAVING: return "leaving";
    default: return undefined;
  }
}

function roleOfPb(r: Role | null | undefined): MemberRole | undefined {
  if (r === Role.ROLE_SERVER) return "server";
  if (r === Role.ROLE_CLOCK) return "clock";
  return undefined;
}

export function memberToPb(m: Member): PbMember {
  return {
    id: m.id, role: m.role === "server" ? Role.ROLE_SERVER : Role.ROLE_CLOCK, rank: m.rank,
    peerEndpoint: m.peerEndpoint, userEndpoint: m.userEndpoint, pubEndpoint: m.pubEndpoint, state: STATE_TO_PB[m.state],
    origin: m.origin ?? "",
  };
}

/** A VersionVector or cut list off the wire: bad entries dropped. */
export function originSeqsFromPb(entries: readonly (socialnet.v1.IOriginSeq | null | undefined)[] | null | undefined): OriginSeq[] {
  const out: OriginSeq[] = [];
  for (const e of entries ?? []) {
    const seq = Number(e?.seq ?? 0);
    if (e?.origin && Number.isSafeInteger(seq) && seq >= 0) out.push({ origin: e.origin, seq });
  }
  return out;
}

export function memberFromPb(m: PbMember | null | undefined): Member | undefined {
  if (!m || !m.id || !m.peerEndpoint) return undefined;
  const role = roleOfPb(m.role);
  const state = stateOf(m.state);
  const rank = Number(m.rank ?? 0);
  if (role === undefined || state === undefined || !Number.isSafeInteger(rank)) return undefined;
  return {
    id: m.id, role, rank, peerEndpoint: m.peerEndpoint, userEndpoint: m.userEndpoint ?? "",
    pubEndpoint: m.pubEndpoint ?? "", state, ...(m.origin ? { origin: m.origin } : {}),
  };
}

export function viewToPb(v: View): PbView {
  return { epoch: v.epoch, members: v.members.map(memberToPb), coordinator: v.coordinator, cuts: v.cuts ?? [] };
}

/** A view with a bad member or duplicate ids is refused whole: installing half a view would be worse. */
export function viewFromPb(v: PbView | null | undefined): View | undefined {
  const epoch = Number(v?.epoch ?? 0);
  if (!v || !validEpoch(epoch) || epoch <= 0) return undefined;
  const members: Member[] = [];
  for (const raw of v.members ?? []) {
    const m = memberFromPb(raw);
    if (m === undefined) return undefined;
    members.push(m);
  }
  members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (members.some((m, i) => i > 0 && members[i - 1]?.id === m.id)) return undefined;
  const cuts = originSeqsFromPb(v.cuts).sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
  return { epoch, members, coordinator: v.coordinator ?? "", ...(cuts.length > 0 && { cuts }) };
}

export function msgToBody(msg: MembershipMsg): Body {
  switch (msg.body) {
    case "join_request": return { joinRequest: { member: memberToPb(msg.member) } };
    case "leave_request": return { leaveRequest: { id: msg.id } };
    case "view_change": return { viewChange: { view: viewToPb(msg.view) } };
    case "view_ack": return { viewAck: { epoch: msg.epoch, accepted: msg.accepted, ...(msg.have !== undefined && { have: { entries: msg.have } }) } };
    case "view": return { view: viewToPb(msg.view) };
    case "heartbeat":
      return { heartbeat: { epoch: msg.epoch, coordinator: msg.coordinator, state: STATE_TO_PB[msg.state] } };
  }
}

/** The membership message in an envelope, or undefined when it is not one or is malformed. */
export function msgFromEnvelope(env: Envelope): MembershipMsg | undefined {
  switch (env.body) {
    case "joinRequest": {
      const member = memberFromPb(env.joinRequest?.member);
      return member && { body: "join_request", member };
    }
    case "leaveRequest":
      return env.leaveRequest?.id ? { body: "leave_request", id: env.leaveRequest.id } : undefined;
    case "viewChange": {
      const view = viewFromPb(env.viewChange?.view);
      return view && { body: "view_change", view };
    }
    case "viewAck": {
      const epoch = Number(env.viewAck?.epoch ?? 0);
      if (!validEpoch(epoch)) return undefined;
      const have = env.viewAck?.have ? originSeqsFromPb(env.viewAck.have.entries) : undefined;
      return { body: "view_ack", epoch, accepted: env.viewAck?.accepted === true, ...(have !== undefined && { have }) };
    }
    case "view": {
      const view = viewFromPb(env.view);
      return view && { body: "view", view };
    }
    case "heartbeat": {
      const hb = env.heartbeat;
      const epoch = Number(hb?.epoch ?? 0);
      if (!validEpoch(epoch)) return undefined;
      return { body: "heartbeat", epoch, coordinator: hb?.coordinator ?? "", state: stateOf(hb?.state) ?? "active" };
    }
    default:
      return undefined;
  }
}

/**
 * Epochs count view changes: no real cluster nears 2^48. A larger one is refused as malformed, since a
 * view at 2^53 would make `epoch + 1 === epoch` in JavaScript and no later view could ever be installed
 * (found by fuzzing).
 */
const MAX_EPOCH = 2 ** 48;

function validEpoch(epoch: number): boolean {
  return Number.isSafeInteger(epoch) && epoch >= 0 && epoch <= MAX_EPOCH;
}
