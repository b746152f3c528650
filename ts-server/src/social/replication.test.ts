import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LamportClock } from "../core/lamport.js";
import { type Draft, Event } from "./events.js";
import { StabilityFrontier } from "./frontier.js";
import { QuorumTracker, chunkBySize, eventKey, lagOf, quorumNeed, syncDiff } from "./replication.js";
import { EventStore } from "./store.js";
import { VersionVector } from "./version-vector.js";

const tempFile = (name = "s.db"): string => join(mkdtempSync(join(tmpdir(), "repl-")), name);
const post = (author: string, requestId: string): Draft => ({ author, requestId, change: { post: { text: "hi" } } });
const ev = (origin: string, seq: number, lamport: number, author = "ann", requestId = `${origin}-${seq}`): Event =>
  Event.create({ id: { origin, seq }, lamport, author, requestId, clockMs: 1, post: { text: "x" } });

test("quorumNeed: alone 1, else max(2, floor(n/2)+1), or all", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((n) => quorumNeed(n, "majority")), [1, 1, 2, 2, 3, 3]);
  assert.deepEqual([1, 2, 3, 4].map((n) => quorumNeed(n, "all")), [1, 2, 3, 4]);
});

test("QuorumTracker: counts only active ackers, re-judged per view; expires", () => {
  const q = new QuorumTracker("s1");
  q.add(eventKey("s1.1", 1), 100);
  q.add(eventKey("s1.1", 2), 200);
  const three = new Set(["s1", "s2", "s3"]);
  assert.deepEqual(q.settle(three, 2), [], "own copy alone is not a quorum of 3");
  q.ack("s4", eventKey("s1.1", 1)); // a JOINING server's ack does not count
  assert.deepEqual(q.settle(three, 2), []);
  q.ack("s2", eventKey("s1.1", 1));
  assert.deepEqual(q.settle(three, 2), ["s1.1:1"]);
  assert.equal(q.has("s1.1:1"), false);
  q.ack("s4", eventKey("s1.1", 2));
  assert.deepEqual(q.settle(new Set(["s1", "s4"]), 2), ["s1.1:2"], "s4 active in a later view: its ack counts");
  q.add("s1.1:3", 50);
  assert.deepEqual(q.expire(49), []);
  assert.deepEqual(q.expire(50), ["s1.1:3"]);
  assert.equal(q.size, 0);
});

test("syncDiff: what the requester misses, per origin, never beyond a cut", () => {
  const mine = [{ origin: "s2.1", seq: 5 }, { origin: "s1.1", seq: 9 }, { origin: "s3.1", seq: 4 }];
  const theirs = [{ origin: "s1.1", seq: 9 }, { origin: "s2.1", seq: 2 }];
  assert.deepEqual(syncDiff(theirs, mine), [{ origin: "s2.1", seq: 2 }, { origin: "s3.1", seq: 0 }]);
  assert.deepEqual(syncDiff(theirs, mine, new Map([["s3.1", 0]])), [{ origin: "s2.1", seq: 2 }]);
});

test("lagOf: events others report that we do not hold, bounded by cuts", () => {
  const held = [{ origin: "a", seq: 3 }];
  const reports = [[{ origin: "a", seq: 5 }, { origin: "b", seq: 2 }], [{ origin: "a", seq: 4 }, { origin: "c", seq: 9 }]];
  assert.equal(lagOf(held, reports), 2 + 2 + 9);
  assert.equal(lagOf(held, reports, new Map([["c", 1]])), 2 + 2 + 1);
});

test("chunkBySize keeps each chunk under the budget", () => {
  assert.deepEqual(chunkBySize([10, 10, 10, 50, 5], (n) => n, 40), [[10, 10], [10], [50], [5]]);
});

test("StabilityFrontier with a cut: waits for missing events up to the cut, then not at all", () => {
  const vv = new VersionVector();
  const f = new StabilityFrontier(["a"], vv);
  f.heard("a", 100, 0);
  f.heard("b", 20, 2);
  vv.add("b", 1);
  f.setOrigins(["a"]); // b removed from the view ...
  f.setCut("b", 2); // ... and cut at 2, which we do not hold yet
  assert.equal(f.stableLamport(), 0, "b's claim at 20 is not backed yet");
  vv.add("b", 2);
  f.settle("b");
  assert.equal(f.stableLamport(), 100, "held up to the cut: b holds nothing back");
});

test("EventStore: replicated events delivered in total order once every origin's frontier passes them", () => {
  const lamport = new LamportClock();
  const store = EventStore.open(tempFile(), { origin: "s1.1", lamport, nowMs: () => 1 });
  store.frontier.setOrigins(["s1.1", "s2.1"]);
  store.setOwnDurable(undefined);
  const own = store.commit([post("ann", "r1")]);
  assert.equal(own.delivered.length, 0, "s2.1 unheard: nothing stable");
  const r = store.storeReplicated([ev("s2.1", 2, 5), ev("s2.1", 1, 3)]);
  assert.equal(r.stored.length, 2);
  assert.equal(store.storeReplicated([ev("s2.1", 1, 3)]).stored.length, 0, "a set: a copy held is ignored");
  lamport.receive(5); // the push's envelope merged our clock past its events
  store.frontier.heard("s2.1", 4, 1);
  const d1 = store.deliver().delivered.map((x) => x.event.id?.seq);
  assert.deepEqual(d1, [1, 1], "(1,s1.1,1) and (3,s2.1,1); not (5,s2.1,2)");
  store.frontier.heard("s2.1", 9, 2);
  assert.deepEqual(store.deliver().delivered.map((x) => `${x.event.id?.origin}:${x.event.id?.seq}`), ["s2.1:2"]);
  store.close();
});

test("EventStore: the first event of a request in total order wins; the later one is superseded", () => {
  const lamport = new LamportClock();
  const store = EventStore.open(tempFile(), { origin: "s1.1", lamport, nowMs: () => 1 });
  store.frontier.setOrigins(["s1.1", "s2.1"]);
  store.storeReplicated([ev("s2.1", 1, 1, "bob", "req")]);
  const mine = store.commit([post("bob", "req")]);
  assert.equal(mine.events[0]?.id?.origin, "s2.1", "a retry returns the first event held");
  store.storeReplicated([ev("s2.1", 2, 2, "bob", "req2")]);
  store.commit([post("cat", "x")]);
  // Another server stored a second copy of req2 that sorts after the first.
  store.storeReplicated([ev("s2.1", 3, 50, "bob", "req2")]);
  lamport.receive(60);
  store.frontier.heard("s2.1", 60, 3);
  const { delivered, skipped } = store.deliver();
  assert.ok(delivered.length >= 2);
  assert.deepEqual(skipped.map((s) => [s.reason, s.event.id?.seq]), [["superseded", 3]]);
  const all = store.readAll({}, 100).events.map((e) => `${e.id?.origin}:${e.id?.seq}`);
  assert.ok(!all.includes("s2.1:3"), "FEED_ALL never shows a superseded copy");
  store.close();
});

test("EventStore: a cut drops events beyond it and refuses later copies", () => {
  const lamport = new LamportClock();
  const store = EventStore.open(tempFile(), { origin: "s1.1", lamport, nowMs: () => 1 });
  store.frontier.setOrigins(["s1.1", "s3.1"]);
  lamport.receive(3);
  assert.equal(store.storeReplicated([ev("s3.1", 1, 1), ev("s3.1", 2, 2), ev("s3.1", 3, 3)]).delivered.length, 0);
  const skipped = store.setCut("s3.1", 2); // s3 removed: the view cuts it at 2 ...
  store.frontier.setOrigins(["s1.1"]); // ... and no longer lists it
  assert.deepEqual(skipped.map((s) => s.event.id?.seq), [3]);
  const late = store.storeReplicated([ev("s3.1", 4, 4)]);
  assert.equal(late.refused, 1);
  const delivered = [...late.delivered, ...store.deliver().delivered];
  assert.deepEqual(delivered.map((d) => d.event.id?.seq), [1, 2]);
  assert.deepEqual(store.eventsOf("s3.1", 0, 10).map((e) => e.id?.seq), [1, 2], "sync never serves beyond a cut");
  store.close();
});

test("EventStore: own events wait for their quorum before they are shown", () => {
  const lamport = new LamportClock();
  const store = EventStore.open(tempFile(), { origin: "s1.1", lamport, nowMs: () => 1 });
  store.setOwnDurable(0);
  assert.equal(store.commit([post("ann", "a")]).delivered.length, 0);
  store.setOwnDurable(1);
  assert.equal(store.deliver().delivered.length, 1);
  store.close();
});

test("nextIncarnation counts starts in the file: id.1, id.2", () => {
  const file = tempFile("s9.db");
  assert.equal(EventStore.nextIncarnation(file, "s9"), "s9.1");
  assert.equal(EventStore.nextIncarnation(file, "s9"), "s9.2");
  const store = EventStore.open(file, { origin: "s9.2", lamport: new LamportClock(), nowMs: () => 1 });
  assert.equal(store.ownOrigin, "s9.2");
  store.close();
});
