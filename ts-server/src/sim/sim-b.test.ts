/** Seeds [76, 151) of the simulator in `make test` (see sim.test.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { failingSeeds } from "./run.js";

test("seeds 76..150 keep every invariant", async () => {
  assert.deepEqual(await failingSeeds(76, 151), []);
});
