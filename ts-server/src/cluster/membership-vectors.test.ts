/** Replays proto/testdata/membership.json, the vectors the Go twin replays too. */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Membership, type Member, type MemberState, type MembershipMsg, type MembershipOutput, type OriginSeq, type View,
} from "./membership.js";
import { readJson } from "../test-support/repo.js";

type Json = Record<string, unknown>;
interface Step {
  at: number;
  input: Json & { kind: string };
  send: Json[];
  events: string[];
  state: { status: string; epoch: number; members: string[]; coordinator: string; proposing: number };
}
interface Vectors {
  config: { heartbeat_ms: number; failure_timeout_ms: number; propose_timeout_ms: number; join_retry_ms: number };
  scenarios: { name: string; self: Json; steps: Step[] }[];
}

const FILE = "proto/testdata/membership.json";

// Absent fields are zero values in the vectors (Go's omitempty).
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number => (typeof v === "number" ? v : 0);

function member(j: unknown): Member {
  const m = (j ?? {}) as Json;
  return {
    id: str(m.id), role: str(m.role) as Member["role"], rank: num(m.rank), peerEndpoint: str(m.peer_endpoint),
    userEndpoint: str(m.user_endpoint), pubEndpoint: str(m.pub_endpoint), state: str(m.state) as MemberState,
    ...(typeof m.origin === "string" && m.origin !== "" && { origin: m.origin }),
  };
}

/** A vector as the JSON spells it ({origin: seq}), sorted by origin. */
function vector(j: unknown): OriginSeq[] {
  return Object.entries((j ?? {}) as Record<string, number>).map(([origin, seq]) => ({ origin, seq }))
    .sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
}

function view(j: unknown): View {
  const v = (j ?? {}) as Json;
  const cuts = ((v.cuts ?? []) as Json[]).map((c) => ({ origin: str(c.origin), seq: num(c.seq) }));
  return {
    epoch: num(v.epoch), members: ((v.members ?? []) as unknown[]).map(member), coordinator: str(v.coordinator),
    ...(cuts.length > 0 && { cuts }),
  };
}

function msg(j: Json): MembershipMsg {
  switch (j.body) {
    case "join_request": return { body: "join_request", member: member(j.member) };
    case "leave_request": return { body: "leave_request", id: str(j.id) };
    case "view_change": return { body: "view_change", view: view(j.view) };
    case "view_ack": {
      const have = vector(j.have);
      return { body: "view_ack", epoch: num(j.epoch), accepted: j.accepted === true, ...(j.have !== undefined && have.length > 0 && { have }) };
    }
    case "view": return { body: "view", view: view(j.view) };
    case "heartbeat": return { body: "heartbeat", epoch: num(j.epoch), coordinator: str(j.coordinator), state: str(j.state) as MemberState };
    default: throw new Error(`unknown body ${String(j.body)}`);
  }
}

function apply(m: Membership, at: number, input: Step["input"]): MembershipOutput {
  switch (input.kind) {
    case "bootstrap": return m.bootstrap(at);
    case "request_join": return m.requestJoin(at, (input.seeds ?? []) as string[]);
    case "tick": return m.tick(at);
    case "receive": return m.receive(at, str(input.from), msg(input));
    case "heard": return m.heard(at, str(input.from));
    case "set_coordinator": return m.setCoordinator(at, str(input.id));
    case "request_leave": return m.requestLeave(at);
    case "set_self_state": return m.setSelfState(at, str(input.state) as MemberState);
    case "set_have": return m.setHave(vector(input.have));
    default: throw new Error(`unknown input ${input.kind}`);
  }
}

{
  const vectors = readJson<Vectors>(FILE);
  const config = {
    heartbeatMs: vectors.config.heartbeat_ms,
    failureTimeoutMs: vectors.config.failure_timeout_ms,
    proposeTimeoutMs: vectors.config.propose_timeout_ms,
    joinRetryMs: vectors.config.join_retry_ms,
  };
  test("membership vectors exist", () => assert.ok(vectors.scenarios.length > 0));
  for (const sc of vectors.scenarios) {
    test(`vector: ${sc.name}`, () => {
      const m = new Membership(member(sc.self), config);
      sc.steps.forEach((step, i) => {
        const where = `step ${i} (${step.input.kind}${step.input.body ? " " + String(step.input.body) : ""} at ${step.at})`;
        const out = apply(m, step.at, step.input);
        assert.deepEqual(out.send, step.send.map((s) => ({ to: str(s.to), ...msg(s) })), `${where}: send`);
        assert.deepEqual(out.events.map((e) => e.name), step.events, `${where}: events`);
        const state = {
          status: m.status, epoch: m.epoch, members: m.view?.members.map((x) => x.id) ?? [], coordinator: m.coordinator, proposing: m.proposing,
        };
        assert.deepEqual(state, step.state, `${where}: state`);
      });
    });
  }
}
