/**
 * The deterministic simulator in `make test`: a range of seeds must all keep
 * every invariant (src/sim/run.ts); the longer campaign is `make simulate`.
 * Split over two files (sim-*.test.ts) so node:test runs them on both cores.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { socialnet } from "../core/codec.js";
import type { Event } from "../social/events.js";
import { OrderChecker, runSeed } from "./run.js";

test("the same seed replays the same run, message for message", async () => {
  const a = await runSeed(3, { faultMs: 2000, quietMs: 4000 });
  const b = await runSeed(3, { faultMs: 2000, quietMs: 4000 });
  assert.equal(a.traceHash, b.traceHash);
  assert.deepEqual(a.ops, b.ops);
  const c = await runSeed(4, { faultMs: 2000, quietMs: 4000 });
  assert.notEqual(a.traceHash, c.traceHash, "another seed, another run");
});

test("the order check reports a server that delivers out of the common order", () => {
  const ev = (lamport: number, origin: string, seq: number): Event =>
    socialnet.v1.Event.create({ id: { origin, seq }, lamport, author: "u", requestId: `${origin}-${seq}` }) as Event;
  const order = new OrderChecker();
  order.delivered("s1", [ev(1, "s1.1", 1), ev(2, "s2.1", 1)]);
  order.delivered("s2", [ev(1, "s1.1", 1)]);
  assert.deepEqual(order.violations, []);
  order.delivered("s2", [ev(3, "s3.1", 1)]);
  assert.equal(order.violations.length, 1);
  assert.match(order.violations[0]!, /s2 delivered 3\/s3\.1\/1 as #1, where the order has 2\/s2\.1\/1/);
  // A restarted server replays what it had delivered: it must be a prefix of the order too.
  order.restored("s3", [ev(2, "s2.1", 1)]);
  assert.equal(order.violations.length, 2);
});
