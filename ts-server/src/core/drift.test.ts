import { test } from "node:test";
import assert from "node:assert/strict";
import { DriftInjector, mulberry32 } from "./drift.js";
import { PhysicalClock } from "./clock.js";
import { readJson } from "../test-support/repo.js";

interface Advance { op: "advance"; real_ms: number; jumps: number[]; expect_ms: number }
interface Adjust { op: "adjust"; delta_ms: number; expect_offset_ms: number }
interface Scenario {
  name: string; seed: number; interval_ms: number; max_ms: number; start_real_ms: number;
  steps: (Advance | Adjust)[];
}
interface DriftVectors { rng: { seed: number; outputs: number[] }[]; scenarios: Scenario[] }

const vectors = readJson<DriftVectors>("proto/testdata/drift.json");

test("mulberry32 matches the shared outputs", () => {
  for (const { seed, outputs } of vectors.rng) {
    const next = mulberry32(seed);
    assert.deepEqual(outputs.map(() => next()), outputs, `seed ${seed}`);
  }
});

test("mulberry32 returns uint32s", () => {
  const next = mulberry32(123);
  for (let i = 0; i < 1000; i++) {
    const u = next();
    assert.ok(Number.isInteger(u) && u >= 0 && u < 2 ** 32);
  }
});

test("physical clock adds its offset to the source", () => {
  let real = 1000.5;
  const clock = new PhysicalClock(() => real);
  assert.equal(clock.nowMs(), 1000.5);
  clock.adjust(-200);
  clock.adjust(50);
  assert.equal(clock.offsetMs, -150);
  real = 2000;
  assert.equal(clock.nowMs(), 1850);
  assert.equal(clock.nowUs(), 1_850_000);
});

test("the default source is the host wall clock", () => {
  assert.ok(Math.abs(new PhysicalClock().nowMs() - Date.now()) < 1000);
});

test("drift stays within ±max_ms and is off at max 0", () => {
  const drift = new DriftInjector(5, 10, 1000, 0);
  const jumps = drift.poll(100_000);
  assert.equal(jumps.length, 10_000);
  assert.ok(jumps.every((j) => Number.isInteger(j) && Math.abs(j) <= 1000));
  assert.deepEqual(new DriftInjector(5, 10, 0, 0).poll(100), Array(10).fill(0));
});

test("poll never returns a jump twice", () => {
  const drift = new DriftInjector(1, 1000, 100, 0);
  assert.equal(drift.poll(2500).length, 2);
  assert.equal(drift.poll(2500).length, 0);
  assert.equal(drift.poll(1000).length, 0);
  assert.equal(drift.poll(3000).length, 1);
});

for (const s of vectors.scenarios) {
  test(`drift vector: ${s.name}`, () => {
    let real = s.start_real_ms;
    const clock = new PhysicalClock(() => real);
    const drift = new DriftInjector(s.seed, s.interval_ms, s.max_ms, s.start_real_ms);
    for (const step of s.steps) {
      if (step.op === "advance") {
        real = step.real_ms;
        const jumps = drift.poll(real);
        assert.deepEqual(jumps, step.jumps);
        jumps.forEach((jump) => clock.adjust(jump));
        assert.equal(clock.nowMs(), step.expect_ms);
      } else {
        clock.adjust(step.delta_ms);
        assert.equal(clock.offsetMs, step.expect_offset_ms);
      }
    }
  });
}
