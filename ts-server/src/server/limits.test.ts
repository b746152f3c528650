/**
 * A stuck user cannot stall a server: one connection floods requests and never reads a reply, one
 * subscriber never reads its pushes, and meanwhile a normal user is answered, the server's reply
 * queue stays bounded (it drops for the stuck peer and says so), and so does its memory.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as zmq from "zeromq";
import { type Body, ErrorCode, socialnet } from "../core/codec.js";
import { readLines, until } from "../test-support/repo.js";
import { rssMiB, startServerProcess, userClient } from "../test-support/server-process.js";

const Feed = socialnet.v1.Feed;

const client = (endpoint: string, name: string) => userClient(endpoint, name);

test("a stuck user and a stuck subscriber do not stall the server or grow it", { timeout: 90_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "limits-"));
  writeFileSync(join(dir, "secret"), "cluster-secret\n");
  const server = await startServerProcess(dir, "s1.log");
  t.after(() => server.proc.kill("SIGKILL"));
  const ann = client(server.user, "ann");
  t.after(() => ann.dealer.close());
  const token = (await ann.ask({ loginRequest: { requestId: "l", user: "ann", password: "pw", register: true } })).loginReply!.token!;
  // Big replies fill the stuck peer's pipes and socket buffers quickly: a timeline of 10 posts of 4 KiB.
  for (let i = 0; i < 10; i++) {
    const r = await ann.ask({ postRequest: { requestId: `big${i}`, token, text: "x".repeat(4000) } });
    assert.ok(r.writeReply, JSON.stringify(r.errorReply));
  }

  // Bob follows ann, so each of her posts is pushed on topic "bob".
  const bobToken = (await ann.ask({ loginRequest: { requestId: "lb", user: "bob", password: "pw", register: true } })).loginReply!.token!;
  assert.ok((await ann.ask({ followRequest: { requestId: "f", token: bobToken, followee: "ann" } })).writeReply);
  // The stuck subscriber: takes every topic and never reads.
  const stuckSub = new zmq.Subscriber({ linger: 0, receiveHighWaterMark: 10 });
  stuckSub.connect(server.pub);
  stuckSub.subscribe("");
  t.after(() => stuckSub.close());
  // The stuck user: floods reads of the timeline (40 KiB replies) and never receives.
  const stuck = client(server.user, "stuck");
  t.after(() => stuck.dealer.close());
  const flood = new zmq.Dealer({ linger: 0, receiveHighWaterMark: 10, receiveBufferSize: 64 * 1024 });
  flood.connect(server.user);
  t.after(() => flood.close());
  const read: Body = { readRequest: { requestId: "flood", token, feed: Feed.FEED_TIMELINE, peer: "ann", limit: 10 } };
  let flooded = 0;
  const flooding = (async () => {
    while (!flood.closed && flooded < 8000) {
      await flood.send(stuck.core.envelopes.seal(read).bytes);
      flooded += 1;
    }
  })().catch(() => undefined);

  // Meanwhile ann keeps working: every request is answered, while the flood goes on.
  const floodedBefore = flooded;
  for (let i = 0; i < 200; i++) {
    const r = await ann.ask({ postRequest: { requestId: `p${i}`, token, text: `post ${i}` } });
    assert.ok(r.writeReply, JSON.stringify(r.errorReply));
  }
  const rss = await rssMiB(server.proc.pid!);
  const floodedDuring = flooded - floodedBefore;
  flood.close();
  await flooding;

  // The server dropped replies for the stuck user (it said so), and its reply queue stayed short.
  await until(() => readLines(server.log).some((l) => l.event === "REPLY_DROPPED"), 5000, "REPLY_DROPPED in the log");
  const drops = readLines(server.log).filter((l) => l.event === "REPLY_DROPPED");
  assert.ok(floodedDuring > 0, "the flood went on while ann was served");
  assert.ok(drops.every((l) => l.peer === "stuck"), "only the stuck user lost replies");
  const queued = Math.max(...drops.map((l) => l.queued as number));
  assert.ok(queued < 100, `reply queue ${queued} stays short`);
  // Bounded memory: libzmq's high-water mark (1,000 replies of 40 KiB to the stuck peer at most) plus the process.
  assert.ok(rss < 400, `RSS ${rss.toFixed(0)} MiB`);
  console.log(`# flooded ${flooded} requests, ${drops.at(-1)!.dropped as number} replies dropped, max queued ${queued}, RSS ${rss.toFixed(0)} MiB`);
});

test("a user over its rate limit is refused with RATE_LIMITED and a retry hint, others are not", { timeout: 30_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "limits-"));
  writeFileSync(join(dir, "secret"), "cluster-secret\n");
  const server = await startServerProcess(dir, "s1.log", ["--rate-per-user-per-s", "5", "--rate-burst", "10"]);
  t.after(() => server.proc.kill("SIGKILL"));
  const ann = client(server.user, "ann");
  const bob = client(server.user, "bob");
  t.after(() => [ann.dealer.close(), bob.dealer.close()]);
  const login = async (c: typeof ann, user: string) =>
    (await c.ask({ loginRequest: { requestId: "l", user, password: "pw", register: true } })).loginReply!.token!;
  const [annToken, bobToken] = [await login(ann, "ann"), await login(bob, "bob")];
  // 30 at once: the burst (10, less the login's connection is another key) goes through, the rest is refused.
  const replies = await Promise.all(Array.from({ length: 30 }, (_, i) =>
    ann.ask({ readRequest: { requestId: `r${i}`, token: annToken, feed: Feed.FEED_HOME } })));
  const limited = replies.filter((r) => r.errorReply?.code === ErrorCode.ERROR_CODE_RATE_LIMITED);
  assert.equal(replies.length - limited.length, 10, "the burst is served");
  assert.equal(limited.length, 20);
  assert.match(limited[0]!.errorReply!.message!, /retry after \d+ ms/);
  assert.equal(limited[0]!.errorReply!.requestId, "r10", "the refusal names the request");
  // The limit follows the token's user, not the connection: ann on a new connection is still limited...
  const ann2 = client(server.user, "ann2");
  t.after(() => ann2.dealer.close());
  const again = await ann2.ask({ readRequest: { requestId: "x", token: annToken, feed: Feed.FEED_HOME } });
  assert.equal(again.errorReply?.code, ErrorCode.ERROR_CODE_RATE_LIMITED);
  // ...and bob, on his own bucket, is not.
  const bobs = await bob.ask({ readRequest: { requestId: "b", token: bobToken, feed: Feed.FEED_HOME } });
  assert.ok(bobs.readReply, JSON.stringify(bobs.errorReply));
  await until(() => readLines(server.log).filter((l) => l.event === "REQUEST_REJECTED" && l.code === "RATE_LIMITED").length >= 21, 5000, "logged");
});
