import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LamportClock } from "./lamport.js";
import { readJson } from "../test-support/repo.js";

interface Step { op: "tick" | "send" | "receive"; remote?: number; expect: number }
interface Case { name: string; steps: Step[] }

test("tick counts up from zero", () => {
  const clock = new LamportClock();
  assert.equal(clock.value, 0);
  assert.equal(clock.tick(), 1);
  assert.equal(clock.tick(), 2);
  assert.equal(clock.value, 2);
});

test("receive jumps past the remote clock, or just ticks", () => {
  const clock = new LamportClock(5);
  assert.equal(clock.receive(10), 11);
  assert.equal(clock.receive(3), 12);
});

for (const { name, steps } of readJson<Case[]>("proto/testdata/lamport.json")) {
  test(`lamport vector: ${name}`, () => {
    const clock = new LamportClock();
    for (const step of steps) {
      const got = step.op === "receive" ? clock.receive(step.remote ?? 0) : clock.tick();
      assert.equal(got, step.expect, `${step.op} ${step.remote ?? ""}`);
      assert.equal(clock.value, step.expect);
    }
  });
}

test("property: receive never goes back and always passes the remote", () => {
  const value = fc.nat({ max: 2 ** 40 });
  fc.assert(
    fc.property(value, fc.array(value), (start, remotes) => {
      const clock = new LamportClock(start);
      for (const remote of remotes) {
        const before = clock.value;
        const after = clock.receive(remote);
        assert.ok(after > before && after > remote);
        assert.equal(after, Math.max(before, remote) + 1);
      }
    }),
  );
});
