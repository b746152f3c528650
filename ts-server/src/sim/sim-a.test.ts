/** Seeds [1, 76) of the simulator in `make test` (see sim.test.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { failingSeeds } from "./run.js";

test("seeds 1..75 keep every invariant", async () => {
  assert.deepEqual(await failingSeeds(1, 76), []);
});
