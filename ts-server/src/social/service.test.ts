import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Body, Envelope, ErrorCode, socialnet } from "../core/codec.js";
import { LamportClock } from "../core/lamport.js";
import { CONTROL_USER, TokenSigner } from "./accounts.js";
import { codeName } from "./errors.js";
import type { Position } from "./events.js";
import { GroupCommit } from "./group-commit.js";
import { SocialService } from "./service.js";
import { type CommitResult, EventStore } from "./store.js";

const Feed = socialnet.v1.Feed;
const FAST_SCRYPT = { N: 1024, r: 8, p: 1 };
const SECRET = Buffer.from("test-secret");

/** A service over a real store in a temp file, with a hand-driven clock. */
function world(textLimit = 4096) {
  const clock = { now: 1_000_000 };
  const store = EventStore.open(join(mkdtempSync(join(tmpdir(), "svc-")), "s1.db"), {
    origin: "s1", lamport: new LamportClock(), nowMs: () => clock.now,
  });
  const commits: CommitResult[] = [];
  const writes = new GroupCommit(store, { committed: (r) => commits.push(r) });
  const tokens = new TokenSigner(SECRET, 3_600_000);
  const service = new SocialService({ store, writes, tokens, nowMs: () => clock.now, textLimit, scrypt: FAST_SCRYPT });
  let n = 0;
  async function call(body: Body): Promise<Body> {
    const env = Envelope.create({ msgId: `t-${++n}`, sender: "tester", ...body });
    const kind = env.body!.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
    return service.handle(kind, env);
  }
  async function login(user: string, password = "pw", register = true): Promise<string> {
    const reply = await call({ loginRequest: { requestId: `login-${user}-${++n}`, user, password, register } });
    assert.ok(reply.loginReply, `login of ${user}: ${JSON.stringify(reply.errorReply)}`);
    return reply.loginReply.token!;
  }
  const notified = (): { user: string; seq: number }[] =>
    commits.flatMap((c) => c.delivered.flatMap((d) => d.notify.map((user) => ({ user, seq: d.event.id!.seq! }))));
  return { clock, store, service, call, login, tokens, notified, close: () => store.close() };
}

type World = ReturnType<typeof world>;

async function ok<K extends keyof Body>(w: World, body: Body, kind: K): Promise<NonNullable<Body[K]>> {
  const reply = await w.call(body);
  assert.ok(reply[kind], `expected ${String(kind)}, got ${JSON.stringify(reply)}`);
  return reply[kind] as NonNullable<Body[K]>;
}

/** The request is refused with `code` and stores nothing. */
async function refused(w: World, body: Body, code: ErrorCode): Promise<void> {
  const before = w.store.eventCount();
  const reply = await w.call(body);
  assert.ok(reply.errorReply, `expected ${codeName(code)}, got ${JSON.stringify(reply)}`);
  assert.equal(codeName(reply.errorReply.code!), codeName(code), reply.errorReply.message ?? "");
  assert.equal(w.store.eventCount(), before, "a refused request changes nothing");
}

const read = (w: World, token: string, feed: socialnet.v1.Feed, peer = "", after?: Position, limit = 0) =>
  ok(w, { readRequest: { requestId: "rd", token, feed, peer, after, limit } }, "readReply");

test("register, log in, and the token's fields", async () => {
  const w = world();
  const token = await w.login("ann", "secret");
  assert.match(token, /^v1\.ann\.\d+\.[A-Za-z0-9_-]+$/);
  assert.equal(Number(token.split(".")[2]), w.clock.now + 3_600_000);
  const hash = w.store.views.account("ann")!.hash;
  assert.match(hash, /^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, "scrypt$N$r$p$salt$hash, never the password");
  await w.login("ann", "secret", false);
  await w.login("ann", "secret", true); // registering again with the right password is a login
  assert.equal(w.store.eventCount(), 1, "one Register event");
  w.close();
});

test("login and registration refusals", async () => {
  const w = world();
  await w.login("ann", "secret");
  const L = (user: string, password: string, register: boolean, requestId = "r") => ({ loginRequest: { requestId, user, password, register } });
  await refused(w, L("ann", "wrong", true), ErrorCode.ERROR_CODE_USER_EXISTS);
  await refused(w, L("ann", "wrong", false), ErrorCode.ERROR_CODE_BAD_PASSWORD);
  await refused(w, L("nobody", "pw", false), ErrorCode.ERROR_CODE_UNKNOWN_USER);
  await refused(w, L("", "pw", true), ErrorCode.ERROR_CODE_MISSING_FIELD);
  await refused(w, L("bob", "", true), ErrorCode.ERROR_CODE_MISSING_FIELD);
  await refused(w, L("bob", "pw", true, ""), ErrorCode.ERROR_CODE_MISSING_FIELD);
  for (const bad of ["Bob", "bob!", "a".repeat(33), "bo b", "ann.x"]) await refused(w, L(bad, "pw", true), ErrorCode.ERROR_CODE_INVALID_ARGUMENT);
  await refused(w, L("bob", "p".repeat(1025), true), ErrorCode.ERROR_CODE_TOO_LARGE);
  await refused(w, L("bob", "pw", true, "r".repeat(257)), ErrorCode.ERROR_CODE_TOO_LARGE);
  w.close();
});

test("concurrent registrations of one name: the first owns it, the second is a login or USER_EXISTS", async () => {
  const w = world();
  const L = (password: string, requestId: string) => w.call({ loginRequest: { requestId, user: "ann", password, register: true } });
  const [a, b, c] = await Promise.all([L("one", "a"), L("one", "b"), L("two", "c")]);
  assert.ok(a.loginReply && b.loginReply);
  assert.equal(c.errorReply?.code, ErrorCode.ERROR_CODE_USER_EXISTS);
  assert.equal(w.store.eventCount(), 1);
  w.close();
});

test("tokens: forged, wrong user, malformed, expired, wrong secret", async () => {
  const w = world();
  const ann = await w.login("ann");
  await w.login("bob");
  const P = (token: string) => ({ postRequest: { requestId: "p", token, text: "hi" } });
  const [, , expires, sig] = ann.split(".");
  await refused(w, P(`v1.bob.${expires}.${sig}`), ErrorCode.ERROR_CODE_BAD_TOKEN); // ann's signature on bob's name
  await refused(w, P(`v1.ann.${Number(expires) + 1}.${sig}`), ErrorCode.ERROR_CODE_BAD_TOKEN); // extended lifetime
  await refused(w, P(`${ann.slice(0, -2)}xx`), ErrorCode.ERROR_CODE_BAD_TOKEN);
  for (const junk of ["", "v1.ann", "garbage", "v2.ann.1.abc", `v1.ann.${expires}.${sig}.extra`]) {
    await refused(w, P(junk), ErrorCode.ERROR_CODE_BAD_TOKEN);
  }
  const other = new TokenSigner(Buffer.from("another-cluster"), 3_600_000).issue("ann", w.clock.now).token;
  await refused(w, P(other), ErrorCode.ERROR_CODE_BAD_TOKEN);
  w.clock.now += 3_600_000;
  await refused(w, P(ann), ErrorCode.ERROR_CODE_TOKEN_EXPIRED);
  await refused(w, P(`v1.ann.${expires}.${"A".repeat(43)}`), ErrorCode.ERROR_CODE_BAD_TOKEN); // forged beats expired
  w.close();
});

test("writes: post, follow, unfollow, message, each a WriteReply with the stored event", async () => {
  const w = world();
  const ann = await w.login("ann");
  await w.login("bob");
  const p = await ok(w, { postRequest: { requestId: "p1", token: ann, text: "hello" } }, "writeReply");
  assert.equal(p.requestId, "p1");
  assert.equal(p.event?.author, "ann");
  assert.equal(p.event?.post?.text, "hello");
  assert.equal(p.event?.id?.origin, "s1");
  assert.equal(p.event?.clockMs, w.clock.now);
  const f = await ok(w, { followRequest: { requestId: "f1", token: ann, followee: "bob" } }, "writeReply");
  assert.equal(f.event?.follow?.followee, "bob");
  assert.ok(f.event!.lamport! > p.event!.lamport!);
  const u = await ok(w, { unfollowRequest: { requestId: "u1", token: ann, followee: "bob" } }, "writeReply");
  assert.equal(u.event?.unfollow?.followee, "bob");
  const m = await ok(w, { sendMessageRequest: { requestId: "m1", token: ann, to: "bob", text: "psst" } }, "writeReply");
  assert.deepEqual([m.event?.directMessage?.to, m.event?.directMessage?.text], ["bob", "psst"]);
  w.close();
});

test("idempotent writes: a retry returns the first event, also while the first is pending", async () => {
  const w = world();
  const ann = await w.login("ann");
  const P = (text: string) => w.call({ postRequest: { requestId: "same", token: ann, text } });
  const [a, b] = await Promise.all([P("one"), P("two")]); // same batch
  const c = await P("three"); // a later batch
  assert.deepEqual(b.writeReply?.event, a.writeReply?.event);
  assert.deepEqual(socialnet.v1.Event.toObject(c.writeReply!.event as socialnet.v1.Event), socialnet.v1.Event.toObject(a.writeReply!.event as socialnet.v1.Event));
  assert.equal(c.writeReply?.event?.post?.text, "one");
  assert.equal(w.store.eventCount(), 2); // Register + one post
  w.close();
});

test("group commit: one turn's writes share one transaction", async () => {
  const w = world();
  const ann = await w.login("ann");
  const before = w.store.eventCount();
  await Promise.all(Array.from({ length: 50 }, (_, i) => w.call({ postRequest: { requestId: `g${i}`, token: ann, text: "x" } })));
  assert.equal(w.store.eventCount(), before + 50);
  w.close();
});

test("every bad write is refused with its code and stores nothing", async () => {
  const w = world(10);
  const ann = await w.login("ann");
  await w.login("bob");
  const E = ErrorCode;
  await refused(w, { postRequest: { requestId: "", token: ann, text: "x" } }, E.ERROR_CODE_MISSING_FIELD);
  await refused(w, { postRequest: { requestId: "p", token: ann, text: "" } }, E.ERROR_CODE_MISSING_FIELD);
  await refused(w, { postRequest: { requestId: "p", token: ann, text: "12345678901" } }, E.ERROR_CODE_TOO_LARGE);
  await refused(w, { postRequest: { requestId: "p", token: ann, text: "ééééé€" } }, E.ERROR_CODE_TOO_LARGE); // 13 bytes of UTF-8
  await ok(w, { postRequest: { requestId: "p", token: ann, text: "1234567890" } }, "writeReply");
  await refused(w, { postRequest: { requestId: "q", token: "", text: "x" } }, E.ERROR_CODE_BAD_TOKEN);
  for (const [field, make] of [
    ["follow", (followee: string) => ({ followRequest: { requestId: "f", token: ann, followee } })],
    ["unfollow", (followee: string) => ({ unfollowRequest: { requestId: "u", token: ann, followee } })],
  ] as const) {
    await refused(w, make(""), E.ERROR_CODE_MISSING_FIELD);
    await refused(w, make("nobody"), E.ERROR_CODE_UNKNOWN_USER);
    await refused(w, make("ann"), E.ERROR_CODE_INVALID_ARGUMENT);
    await refused(w, make("Not A Name"), E.ERROR_CODE_INVALID_ARGUMENT);
    assert.ok(field);
  }
  const M = (to: string, text: string) => ({ sendMessageRequest: { requestId: "m", token: ann, to, text } });
  await refused(w, M("", "x"), E.ERROR_CODE_MISSING_FIELD);
  await refused(w, M("bob", ""), E.ERROR_CODE_MISSING_FIELD);
  await refused(w, M("nobody", "x"), E.ERROR_CODE_UNKNOWN_USER);
  await refused(w, M("ann", "x"), E.ERROR_CODE_INVALID_ARGUMENT);
  await refused(w, M("bob", "x".repeat(11)), E.ERROR_CODE_TOO_LARGE);
  await refused(w, { ackRequest: { requestId: "a", token: ann } }, E.ERROR_CODE_MISSING_FIELD);
  await refused(w, { ackRequest: { requestId: "", token: ann, upTo: { lamport: 1 } } }, E.ERROR_CODE_MISSING_FIELD);
  await refused(w, { discoverRequest: { requestId: "d" } }, E.ERROR_CODE_UNKNOWN_KIND); // not the service's
  const control = w.tokens.issue(CONTROL_USER, w.clock.now).token;
  await refused(w, { postRequest: { requestId: "c", token: control, text: "x" } }, E.ERROR_CODE_FORBIDDEN);
  w.close();
});

test("reads: timeline, home at the post's position, followers and following, paging", async () => {
  const w = world();
  const ann = await w.login("ann");
  const bob = await w.login("bob");
  const cat = await w.login("cat");
  const P = (token: string, requestId: string) => ok(w, { postRequest: { requestId, token, text: requestId } }, "writeReply");
  await P(bob, "before-follow");
  await ok(w, { followRequest: { requestId: "f1", token: ann, followee: "bob" } }, "writeReply");
  await ok(w, { followRequest: { requestId: "f2", token: ann, followee: "cat" } }, "writeReply");
  await ok(w, { followRequest: { requestId: "f3", token: cat, followee: "bob" } }, "writeReply");
  for (let i = 0; i < 5; i++) await P(bob, `b${i}`);
  await P(cat, "c0");
  await ok(w, { unfollowRequest: { requestId: "u1", token: ann, followee: "bob" } }, "writeReply");
  await P(bob, "after-unfollow");

  const timeline = await read(w, cat, Feed.FEED_TIMELINE, "bob");
  assert.deepEqual(timeline.events?.map((e) => e.post?.text), ["before-follow", "b0", "b1", "b2", "b3", "b4", "after-unfollow"]);
  const home = await read(w, ann, Feed.FEED_HOME);
  assert.deepEqual(home.events?.map((e) => e.post?.text), ["b0", "b1", "b2", "b3", "b4", "c0"], "followed at the post's position");
  const page1 = await read(w, ann, Feed.FEED_HOME, "", undefined, 4);
  assert.equal(page1.events?.length, 4);
  assert.equal(page1.more, true);
  const page2 = await read(w, ann, Feed.FEED_HOME, "", page1.next!, 4);
  assert.deepEqual(page2.events?.map((e) => e.post?.text), ["b4", "c0"]);
  assert.equal(page2.more, false);
  const empty = await read(w, ann, Feed.FEED_HOME, "", page2.next!);
  assert.deepEqual([empty.events?.length, empty.more, empty.next], [0, false, page2.next], "nothing new: the cursor comes back");

  assert.deepEqual((await read(w, ann, Feed.FEED_FOLLOWERS, "bob")).users, ["cat"]);
  assert.deepEqual((await read(w, ann, Feed.FEED_FOLLOWING)).users, ["cat"]);
  assert.deepEqual((await read(w, bob, Feed.FEED_FOLLOWERS)).users, ["cat"]);
  assert.deepEqual((await read(w, cat, Feed.FEED_FOLLOWERS)).users, ["ann"]);
  w.close();
});

test("read refusals", async () => {
  const w = world();
  const ann = await w.login("ann");
  await w.login("bob");
  const R = (feed: socialnet.v1.Feed, peer = "", token = ann, requestId = "r") => ({ readRequest: { requestId, token, feed, peer } });
  const E = ErrorCode;
  await refused(w, R(Feed.FEED_UNSPECIFIED), E.ERROR_CODE_MISSING_FIELD);
  await refused(w, R(Feed.FEED_HOME, "", ann, ""), E.ERROR_CODE_MISSING_FIELD);
  await refused(w, R(99 as socialnet.v1.Feed), E.ERROR_CODE_INVALID_ARGUMENT);
  await refused(w, R(Feed.FEED_TIMELINE), E.ERROR_CODE_MISSING_FIELD);
  await refused(w, R(Feed.FEED_TIMELINE, "nobody"), E.ERROR_CODE_UNKNOWN_USER);
  await refused(w, R(Feed.FEED_CONVERSATION), E.ERROR_CODE_MISSING_FIELD);
  await refused(w, R(Feed.FEED_CONVERSATION, "nobody"), E.ERROR_CODE_UNKNOWN_USER);
  await refused(w, R(Feed.FEED_CONVERSATION, "ann"), E.ERROR_CODE_INVALID_ARGUMENT);
  await refused(w, R(Feed.FEED_FOLLOWERS, "nobody"), E.ERROR_CODE_UNKNOWN_USER);
  await refused(w, R(Feed.FEED_HOME, "", ""), E.ERROR_CODE_BAD_TOKEN);
  await refused(w, R(Feed.FEED_TIMELINE, "bob", "v1.ann.1.x"), E.ERROR_CODE_BAD_TOKEN);
  await refused(w, R(Feed.FEED_ALL), E.ERROR_CODE_FORBIDDEN);
  const control = w.tokens.issue(CONTROL_USER, w.clock.now).token;
  await refused(w, R(Feed.FEED_HOME, "", control), E.ERROR_CODE_FORBIDDEN);
  const all = await read(w, control, Feed.FEED_ALL);
  assert.deepEqual(all.events?.map((e) => e.author), ["ann", "bob"]);
  w.close();
});

test("read limits: default 100, at most 1000", async () => {
  const w = world();
  const ann = await w.login("ann");
  await Promise.all(Array.from({ length: 1005 }, (_, i) => w.call({ postRequest: { requestId: `p${i}`, token: ann, text: "x" } })));
  assert.equal((await read(w, ann, Feed.FEED_TIMELINE, "ann")).events?.length, 100);
  assert.equal((await read(w, ann, Feed.FEED_TIMELINE, "ann", undefined, 5000)).events?.length, 1000);
  w.close();
});

test("notifications: follow then post, not before, stop on unfollow, DMs to the recipient only, exactly once by cursor", async () => {
  const w = world();
  const ann = await w.login("ann");
  const bob = await w.login("bob");
  const cat = await w.login("cat");
  const P = (token: string, text: string) => ok(w, { postRequest: { requestId: text, token, text } }, "writeReply");
  const early = await P(bob, "early");
  await ok(w, { followRequest: { requestId: "f", token: ann, followee: "bob" } }, "writeReply");
  const seen = await P(bob, "seen");
  await ok(w, { unfollowRequest: { requestId: "u", token: ann, followee: "bob" } }, "writeReply");
  await P(bob, "late");
  const dm = await ok(w, { sendMessageRequest: { requestId: "m", token: bob, to: "ann", text: "hi ann" } }, "writeReply");

  assert.deepEqual(w.notified(), [{ user: "ann", seq: seen.event!.id!.seq! }, { user: "ann", seq: dm.event!.id!.seq! }]);
  assert.ok(!w.notified().some((n) => n.seq === early.event!.id!.seq), "a post before the follow notifies nobody");
  const first = await read(w, ann, Feed.FEED_NOTIFICATIONS, "", undefined, 1);
  assert.deepEqual(first.events?.map((e) => e.post?.text), ["seen"]);
  const rest = await read(w, ann, Feed.FEED_NOTIFICATIONS, "", first.next!);
  assert.deepEqual(rest.events?.map((e) => e.directMessage?.text), ["hi ann"]);
  assert.equal((await read(w, ann, Feed.FEED_NOTIFICATIONS, "", rest.next!)).events?.length, 0, "each exactly once");
  assert.equal((await read(w, cat, Feed.FEED_NOTIFICATIONS)).events?.length, 0);
  assert.equal((await read(w, bob, Feed.FEED_NOTIFICATIONS)).events?.length, 0, "the sender gets none");

  const ack = await ok(w, { ackRequest: { requestId: "a1", token: ann, upTo: rest.next! } }, "ackReply");
  assert.deepEqual(ack.upTo, rest.next);
  const lower = await ok(w, { ackRequest: { requestId: "a2", token: ann, upTo: first.next! } }, "ackReply");
  assert.deepEqual(lower.upTo, rest.next, "the server keeps the highest");
  w.close();
});

test("a conversation is readable by its two participants only, in the same order for both", async () => {
  const w = world();
  const ann = await w.login("ann");
  const bob = await w.login("bob");
  const cat = await w.login("cat");
  const M = (token: string, to: string, text: string) =>
    ok(w, { sendMessageRequest: { requestId: text, token, to, text } }, "writeReply");
  await M(ann, "bob", "a1");
  await M(bob, "ann", "b1");
  await M(cat, "ann", "c1");
  await M(ann, "bob", "a2");
  const forAnn = await read(w, ann, Feed.FEED_CONVERSATION, "bob");
  const forBob = await read(w, bob, Feed.FEED_CONVERSATION, "ann");
  assert.deepEqual(forAnn.events?.map((e) => e.directMessage?.text), ["a1", "b1", "a2"]);
  assert.deepEqual(forBob.events, forAnn.events);
  const catSees = await read(w, cat, Feed.FEED_CONVERSATION, "bob");
  assert.equal(catSees.events?.length, 0, "cat can only name its own conversations");
  assert.deepEqual((await read(w, cat, Feed.FEED_CONVERSATION, "ann")).events?.map((e) => e.directMessage?.text), ["c1"]);
  w.close();
});

test("a page of big events stops before the 64 KiB frame limit, with more", async () => {
  const w = world(4096);
  const token = await w.login("ann");
  for (let i = 0; i < 30; i += 1) await ok(w, { postRequest: { requestId: `big-${i}`, token, text: "x".repeat(4000) } }, "writeReply");
  const page = await ok(w, { readRequest: { requestId: "r", token, feed: Feed.FEED_TIMELINE, peer: "ann", limit: 1000 } }, "readReply");
  assert.ok(page.more && (page.events?.length ?? 0) < 30 && (page.events?.length ?? 0) > 5);
  const bytes = socialnet.v1.ReadReply.encode(page).finish().length;
  assert.ok(bytes < 60 * 1024, `${bytes} bytes`);
  const last = page.events!.at(-1)!;
  assert.deepEqual({ ...page.next }, { lamport: last.lamport, origin: last.id!.origin, seq: last.id!.seq });
  w.close();
});
