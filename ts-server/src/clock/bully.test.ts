import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BULLY_ANSWERED,
  BULLY_COORDINATOR,
  BULLY_COORDINATOR_ACCEPTED,
  BULLY_COORDINATOR_SILENT,
  BULLY_ELECTION_STARTED,
  BullyElection,
  type BullyBody,
  type BullyOutput,
  type BullySend,
  type Phase,
} from "./bully.js";
import { readJson } from "../test-support/repo.js";

interface Input {
  kind: "start" | "tick" | "receive" | "heard" | "members";
  from?: string;
  body?: BullyBody;
  rank?: number;
  term?: number;
  members?: Record<string, number>;
}
interface Step {
  at: number;
  input: Input;
  send: BullySend[];
  state: { phase: Phase; coordinator: string; term: number };
}
interface Vectors {
  config: { answer_timeout_ms: number; coordinator_timeout_ms: number; failure_timeout_ms: number };
  scenarios: { name: string; self: string; members: Record<string, number>; steps: Step[] }[];
}

const vectors = readJson<Vectors>("proto/testdata/bully.json");
const config = {
  answerTimeoutMs: vectors.config.answer_timeout_ms,
  coordinatorTimeoutMs: vectors.config.coordinator_timeout_ms,
  failureTimeoutMs: vectors.config.failure_timeout_ms,
};

function apply(b: BullyElection, at: number, input: Input): BullyOutput {
  switch (input.kind) {
    case "start":
      return b.start(at);
    case "tick":
      return b.tick(at);
    case "receive":
      return b.receive(at, input.from ?? "", { body: input.body ?? "election", rank: input.rank ?? 0, term: input.term });
    case "heard":
      return b.heard(at, input.from ?? "");
    case "members":
      return b.setMembers(at, input.members ?? {});
  }
}

/** Drops an absent term so sends compare like the JSON. */
function plain(sends: BullySend[]): BullySend[] {
  return sends.map(({ to, body, rank, term }) => (term === undefined ? { to, body, rank } : { to, body, rank, term }));
}

assert.ok(vectors.scenarios.length > 0);
for (const sc of vectors.scenarios) {
  test(`vector: ${sc.name}`, () => {
    const b = new BullyElection(sc.self, sc.members[sc.self] ?? 0, config, sc.members);
    sc.steps.forEach((step, i) => {
      const where = `step ${i} (${step.input.kind} at ${step.at})`;
      const out = apply(b, step.at, step.input);
      assert.deepEqual(plain(out.send), step.send, `${where}: send`);
      assert.deepEqual({ phase: b.phase, coordinator: b.coordinator, term: b.term }, step.state, `${where}: state`);
      assert.equal(b.isCoordinator, step.state.coordinator === sc.self, `${where}: isCoordinator`);
    });
  });
}

const cfg = { answerTimeoutMs: 200, coordinatorTimeoutMs: 500, failureTimeoutMs: 1000 };
const names = (out: BullyOutput): string[] => out.events.map((e) => e.name);

test("every step is logged", () => {
  const b = new BullyElection("s1", 10, cfg, { s1: 10, s2: 20 });
  assert.deepEqual(names(b.start(0)), [BULLY_ELECTION_STARTED]);
  assert.deepEqual(names(b.tick(200)), [BULLY_COORDINATOR]);
  assert.deepEqual(names(b.receive(210, "s2", { body: "coordinator", rank: 20, term: 1 })), [BULLY_COORDINATOR_ACCEPTED]);
  assert.deepEqual(names(b.receive(220, "s2", { body: "coordinator", rank: 20, term: 1 })), [], "duplicate is quiet");
  assert.deepEqual(names(b.tick(1221)), [BULLY_COORDINATOR_SILENT, BULLY_ELECTION_STARTED]);
  const b2 = new BullyElection("s2", 20, cfg, { s1: 10, s2: 20 });
  b2.start(0);
  const out = b2.receive(5, "s1", { body: "election", rank: 10 });
  assert.deepEqual(names(out), [BULLY_ANSWERED]);
  assert.equal(out.events[0]?.["to"], "s1");
});

test("nothing happens before start", () => {
  const b = new BullyElection("s1", 10, cfg, { s1: 10, s2: 20 });
  for (const out of [
    b.tick(1_000_000),
    b.setMembers(1_000_001, { s1: 10, s2: 20, c1: 100 }),
    b.heard(1_000_002, "c1"),
    b.receive(1_000_003, "s2", { body: "answer", rank: 20 }),
  ]) {
    assert.deepEqual(out, { send: [], events: [] });
  }
  assert.deepEqual([b.phase, b.coordinator, b.isCoordinator], ["idle", "", false]);
});

test("ignores an election from a higher rank and an answer from a lower one", () => {
  const b = new BullyElection("s2", 20, cfg, { s1: 10, s2: 20, s3: 30 });
  b.start(0);
  assert.deepEqual(b.receive(1, "s3", { body: "election", rank: 30 }).send, []);
  b.receive(2, "s1", { body: "answer", rank: 10 });
  assert.equal(b.phase, "electing");
});

test("self is always a member, never a destination", () => {
  const b = new BullyElection("s1", 10, cfg, new Map([["s2", 20]]));
  b.start(0);
  b.receive(1, "s2", { body: "coordinator", rank: 20, term: 1 });
  // A member list with us but not our coordinator: we are highest and win, without sending to ourselves.
  const out = b.setMembers(2, { s0: 5, s1: 10 });
  assert.ok(out.send.every((s) => s.to !== "s1"));
  assert.equal(b.phase, "idle");
  assert.ok(b.isCoordinator, "coordinator left and we are highest: we win");
});

test("a member list without us is ignored (we were removed while cut off)", () => {
  const b = new BullyElection("c1", 101, cfg, { c3: 103, s1: 1 });
  b.start(0);
  b.receive(1, "c3", { body: "coordinator", rank: 103, term: 1 });
  const out = b.setMembers(2, { s1: 1 });
  assert.deepEqual(out, { send: [], events: [] });
  assert.equal(b.coordinator, "c3", "keeps the coordinator it had");
});

test("an idle coordinator repeats its announcement every failure timeout", () => {
  const b = new BullyElection("s2", 20, cfg, { s1: 10, s2: 20 });
  b.start(0);
  assert.ok(b.isCoordinator);
  assert.deepEqual(b.tick(cfg.failureTimeoutMs - 1).send, []);
  assert.deepEqual(b.tick(cfg.failureTimeoutMs).send, [{ to: "s1", body: "coordinator", rank: 20, term: b.term }]);
});

test("the highest live rank ends coordinator everywhere", () => {
  const ranks = { a: 3, b: 1, c: 2, d: 9 };
  for (const dead of ["", "d"]) {
    const nodes = new Map<string, BullyElection>();
    for (const [id, r] of Object.entries(ranks)) if (id !== dead) nodes.set(id, new BullyElection(id, r, cfg, ranks));
    const queue: { from: string; s: BullySend }[] = [];
    const push = (from: string, out: BullyOutput): void => {
      for (const s of out.send) queue.push({ from, s });
    };
    for (const id of ["b", "c", "a", "d"]) {
      const n = nodes.get(id);
      if (n) push(id, n.start(0));
    }
    for (let now = 0; now < 5000; now += 10) {
      for (let m = queue.shift(); m; m = queue.shift()) {
        const n = nodes.get(m.s.to);
        if (!n) continue;
        n.heard(now, m.from);
        push(m.s.to, n.receive(now, m.from, { body: m.s.body, rank: m.s.rank, term: m.s.term }));
      }
      for (const id of ["a", "b", "c", "d"]) {
        const n = nodes.get(id);
        if (n) push(id, n.tick(now));
      }
    }
    const want = dead === "d" ? "a" : "d";
    for (const [id, n] of nodes) assert.deepEqual([n.phase, n.coordinator], ["idle", want], `dead=${dead}: ${id}`);
  }
});
