import { test } from "node:test";
import assert from "node:assert/strict";
import { BerkeleyCoordinator, BerkeleyMember, floorDiv, type BerkeleyOutput, type BerkeleySend } from "./berkeley.js";
import { readJson } from "../test-support/repo.js";

interface Step {
  at_us: number;
  input: { kind: "start" | "reply" | "tick"; round: number; from?: string; clock_us?: number };
  send: { to: string; body: string; round: number; delta_us?: number }[];
  self_adjust_us?: number;
  result?: {
    average_us: number;
    used: string[];
    dropped_rtt: string[];
    dropped_deviation: string[];
    offsets_us: Record<string, number>;
  };
}
interface Vectors {
  config: { max_rtt_us: number; max_deviation_us: number; round_timeout_us: number };
  scenarios: { name: string; self: string; members: string[]; steps: Step[] }[];
}

const vectors = readJson<Vectors>("proto/testdata/berkeley.json");
const config = {
  maxRttUs: vectors.config.max_rtt_us,
  maxDeviationUs: vectors.config.max_deviation_us,
  roundTimeoutUs: vectors.config.round_timeout_us,
};

function wire(s: BerkeleySend): Step["send"][number] {
  const w: Step["send"][number] = { to: s.to, body: s.body, round: s.round };
  if (s.deltaUs !== undefined) w.delta_us = s.deltaUs;
  return w;
}

assert.ok(vectors.scenarios.length > 0);
for (const sc of vectors.scenarios) {
  test(`vector: ${sc.name}`, () => {
    const co = new BerkeleyCoordinator(sc.self, config);
    sc.steps.forEach((step, i) => {
      const { kind, round, from, clock_us } = step.input;
      const where = `step ${i} (${kind} at ${step.at_us})`;
      let out: BerkeleyOutput;
      if (kind === "start") out = co.start(step.at_us, round, sc.members);
      else if (kind === "reply") out = co.reply(step.at_us, from ?? "", round, clock_us ?? 0);
      else out = co.tick(step.at_us);
      assert.deepEqual(out.send.map(wire), step.send, `${where}: send`);
      assert.equal(out.result !== undefined, step.result !== undefined, `${where}: closed`);
      if (!out.result || !step.result) return;
      const r = out.result;
      assert.deepEqual(
        {
          average_us: r.averageUs,
          used: r.used,
          dropped_rtt: r.droppedRtt,
          dropped_deviation: r.droppedDeviation,
          offsets_us: r.offsetsUs,
        },
        step.result,
        `${where}: result`,
      );
      assert.equal(r.selfAdjustUs, step.self_adjust_us, `${where}: self adjust`);
      assert.equal(r.round, round);
      assert.equal(co.isOpen, false);
    });
  });
}

const cfg = { maxRttUs: 20_000, maxDeviationUs: 50_000, roundTimeoutUs: 100_000 };

test("floorDiv rounds toward minus infinity, exactly", () => {
  const cases: [number, number, number][] = [
    [7, 2, 3], [-7, 2, -4], [-8, 2, -4], [7, -2, -4], [-7, -2, 3], [0, 3, 0], [-1, 3, -1], [-3002, 3, -1001],
    // The largest safe integers stay exact.
    [2 ** 53 - 1, 3, 3002399751580330], [-(2 ** 53 - 1), 3, -3002399751580331],
  ];
  for (const [a, b, want] of cases) assert.equal(floorDiv(a, b), want, `floorDiv(${a}, ${b})`);
  assert.ok(Object.is(floorDiv(-0, 5), 0));
});

test("a new round abandons the open one", () => {
  const co = new BerkeleyCoordinator("c1", cfg);
  co.start(0, 1, ["c1", "s1", "s2"]);
  co.reply(1000, "s1", 1, 5000);
  co.start(10_000, 2, ["c1", "s1"]);
  assert.deepEqual(co.reply(11_000, "s2", 1, 0), { send: [] });
  const out = co.reply(12_000, "s1", 2, 13_000); // offset 13_000 + 1000 - 12_000 = 2000
  assert.equal(out.result?.averageUs, 1000);
  assert.deepEqual(out.send, [{ to: "s1", body: "clock_adjust", round: 2, deltaUs: -1000 }]);
});

test("each member is asked once, in id order", () => {
  const out = new BerkeleyCoordinator("c1", cfg).start(0, 1, ["s2", "s1", "s2", "c1"]);
  assert.deepEqual(out.send, [
    { to: "s1", body: "time_request", round: 1 },
    { to: "s2", body: "time_request", round: 1 },
  ]);
});

test("the coordinator's reading counts even when it is not listed", () => {
  const co = new BerkeleyCoordinator("c1", cfg);
  co.start(0, 1, ["s1"]);
  const out = co.reply(0, "s1", 1, 300);
  assert.equal(out.result?.averageUs, 150);
  assert.deepEqual(out.result?.used, ["c1", "s1"]);
});

test("a member applies each adjustment once", () => {
  const m = new BerkeleyMember();
  assert.equal(m.adjust("c1", 1, 5), 5);
  assert.equal(m.adjust("c1", 1, 5), undefined);
  assert.equal(m.adjust("c1", 2, -3), -3);
  assert.equal(m.adjust("c2", 2, 7), 7);
  assert.equal(m.adjust("c1", 1, 4), 4);
});
