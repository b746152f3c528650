import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LamportClock } from "../core/lamport.js";
import { type Draft, Event, comparePositions, positionOf } from "./events.js";
import { StabilityFrontier } from "./frontier.js";
import { EventStore } from "./store.js";
import { VersionVector } from "./version-vector.js";

const tempFile = (): string => join(mkdtempSync(join(tmpdir(), "store-")), "s1.db");
const post = (author: string, requestId: string, text = "hi"): Draft => ({ author, requestId, change: { post: { text } } });

function open(file: string, origin = "s1", lamport = new LamportClock()): { store: EventStore; lamport: LamportClock } {
  return { store: EventStore.open(file, { origin, lamport, nowMs: () => 1_000 }), lamport };
}

test("comparePositions orders by lamport, then origin, then seq", () => {
  const sorted = [
    { lamport: 1, origin: "s2", seq: 9 }, { lamport: 2, origin: "s1", seq: 5 },
    { lamport: 2, origin: "s2", seq: 1 }, { lamport: 2, origin: "s2", seq: 2 }, { lamport: 10, origin: "s1", seq: 1 },
  ];
  const shuffled = [sorted[3]!, sorted[0]!, sorted[4]!, sorted[2]!, sorted[1]!];
  assert.deepEqual(shuffled.sort(comparePositions), sorted);
  assert.equal(comparePositions({}, { lamport: 0, origin: "", seq: 0 }), 0, "unset fields are zero");
});

test("VersionVector keeps the highest contiguous seq per origin", () => {
  const vv = new VersionVector();
  assert.equal(vv.add("s2", 2), 0, "a gap holds it back");
  assert.equal(vv.add("s2", 1), 2, "filling the gap joins what was ahead");
  vv.add("s1", 1);
  vv.add("s2", 2); // duplicate
  assert.deepEqual(vv.entries(), [{ origin: "s1", seq: 1 }, { origin: "s2", seq: 2 }]);
  assert.equal(vv.add("s3", 5, true), 5, "a known-complete prefix at once");
});

test("StabilityFrontier: stable up to the smallest bound backed by held events", () => {
  const vv = new VersionVector();
  const f = new StabilityFrontier(["s1", "s2"], vv);
  f.heard("s1", 10, 0);
  assert.equal(f.stableLamport(), 0, "s2 never heard: nothing is stable");
  f.heard("s2", 7, 3);
  assert.equal(f.stableLamport(), 0, "s2's claim covers seqs 1..3 we do not hold yet");
  for (const seq of [1, 2, 3]) vv.add("s2", seq);
  f.settle("s2");
  assert.equal(f.stableLamport(), 7);
  f.setOrigins(["s1"]);
  assert.equal(f.stableLamport(), 10, "an origin out of the view is no longer waited for");
});

test("events get seq 1, 2, 3 and increasing Lamport; delivered in total order", () => {
  const { store, lamport } = open(tempFile());
  lamport.receive(41); // a request's envelope merged first
  const result = store.commit([post("ann", "r1"), post("bob", "r1"), post("ann", "r2")]);
  assert.deepEqual(result.stored.map((e) => [e.id?.seq, e.lamport]), [[1, 43], [2, 44], [3, 45]]);
  assert.deepEqual(result.delivered.map((d) => d.event.id?.seq), [1, 2, 3]);
  const sorted = [...result.stored].sort((a, b) => comparePositions(positionOf(a), positionOf(b)));
  assert.deepEqual(sorted, result.stored);
  const all = store.readAll({}, 10);
  assert.deepEqual(all.events.map((e) => e.requestId), ["r1", "r1", "r2"]);
  assert.equal(all.more, false);
  assert.deepEqual(store.readAll({}, 2).next, positionOf(result.stored[1]!));
  assert.equal(store.readAll({}, 2).more, true);
  store.close();
});

test("(author, request_id) is unique: a retry gets the first event, in a later batch or the same one", () => {
  const { store } = open(tempFile());
  const [first] = store.commit([post("ann", "r1", "first")]).stored;
  const retry = store.commit([post("ann", "r1", "second"), post("bob", "r1")]);
  assert.deepEqual(Event.toObject(retry.events[0]!), Event.toObject(first!));
  assert.equal(retry.stored.length, 1, "only bob's post is new");
  assert.equal(store.eventCount(), 2);
  assert.equal(store.findByRequest("ann", "r1")?.post?.text, "first");
  store.close();
});

test("restart keeps every committed event, the next seq and the Lamport clock", () => {
  const file = tempFile();
  const { store } = open(file);
  store.commit([post("ann", "r1"), post("ann", "r2")]);
  const [last] = store.commit([post("ann", "r3")]).stored;
  assert.deepEqual(store.versionVector.entries(), [{ origin: "s1", seq: 3 }]);
  store.close();

  const reopened = open(file);
  assert.equal(reopened.store.eventCount(), 3);
  assert.equal(reopened.store.nextSequence, 4);
  assert.ok(reopened.lamport.value >= last!.lamport, "Lamport restored to at least the max stored");
  assert.deepEqual(reopened.store.versionVector.entries(), [{ origin: "s1", seq: 3 }]);
  assert.deepEqual(reopened.store.deliveredPosition, positionOf(last!));
  const [next] = reopened.store.commit([post("ann", "r4")]).stored;
  assert.equal(next!.id?.seq, 4);
  assert.ok(next!.lamport > last!.lamport);
  assert.equal(reopened.store.commit([post("ann", "r2")]).stored.length, 0, "idempotency survives restart");
  reopened.store.close();
});

test("a failed commit changes nothing, in SQLite or in memory", () => {
  const { store } = open(tempFile());
  store.commit([post("ann", "r1")]);
  // A request id that is not a string makes the INSERT throw after the first draft went in.
  const bad = { author: "bob", requestId: {} as unknown as string, change: { post: { text: "x" } } };
  assert.throws(() => store.commit([post("ann", "r2"), bad]));
  assert.equal(store.eventCount(), 1);
  assert.equal(store.nextSequence, 2);
  assert.equal(store.commit([post("ann", "r2")]).stored[0]!.id?.seq, 2);
  store.close();
});
