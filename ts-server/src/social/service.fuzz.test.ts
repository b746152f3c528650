/**
 * Fuzzing the user request handler (SocialService over a real SQLite store):
 * arbitrary and structurally mutated requests of every kind, with wrong,
 * forged and expired tokens, huge strings and bytes that barely decode. The
 * handler never throws, answers every request (an ErrorReply with a code when
 * it refuses), and a refused request changes nothing; afterwards a known good
 * write works and the store's total order is intact.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { type Body, Envelope, ErrorCode, socialnet } from "../core/codec.js";
import { Envelopes, MalformedEnvelope } from "../core/envelope.js";
import { LamportClock } from "../core/lamport.js";
import { PhysicalClock } from "../core/clock.js";
import { fuzzParameters, nastyString, varint } from "../test-support/fuzz.js";
import { CONTROL_USER, TokenSigner } from "./accounts.js";
import { codeName } from "./errors.js";
import { GroupCommit } from "./group-commit.js";
import { SOCIAL_KINDS, SocialService } from "./service.js";
import { EventStore } from "./store.js";

const Feed = socialnet.v1.Feed;
const FAST_SCRYPT = { N: 16, r: 1, p: 1 };
const TTL = 3_600_000;
const T0 = 1_000_000_000;

/** The reply kind a request may get besides an ErrorReply. */
const GOOD_REPLY: Record<string, keyof Body> = {
  login_request: "loginReply", post_request: "writeReply", follow_request: "writeReply", unfollow_request: "writeReply",
  send_message_request: "writeReply", read_request: "readReply", ack_request: "ackReply",
};

async function world() {
  const clock = { now: T0 };
  const store = EventStore.open(join(mkdtempSync(join(tmpdir(), "fuzz-svc-")), "s1.db"), {
    origin: "s1", lamport: new LamportClock(), nowMs: () => clock.now,
  });
  const writes = new GroupCommit(store, { committed: () => undefined });
  const tokens = new TokenSigner(Buffer.from("fuzz-secret"), TTL);
  const service = new SocialService({ store, writes, tokens, nowMs: () => clock.now, textLimit: 4096, scrypt: FAST_SCRYPT });
  const handle = async (env: Envelope): Promise<Body> => service.handle(env.body === undefined ? "" : snake(env.body), env);
  for (const user of ["ann", "bob"]) {
    const reply = await handle(Envelope.create({ msgId: `reg-${user}`, sender: user, loginRequest: { requestId: `reg-${user}`, user, password: "pw", register: true } }));
    assert.ok(reply.loginReply, JSON.stringify(reply));
  }
  const forged = new TokenSigner(Buffer.from("not-the-secret"), TTL);
  const tokenPool = [
    tokens.issue("ann", T0).token, tokens.issue("bob", T0).token, tokens.issue(CONTROL_USER, T0).token,
    tokens.issue("ann", T0 - 2 * TTL).token, // expired
    tokens.issue("nobody", T0).token, // well signed, no account
    forged.issue("ann", T0).token, "v1.ann.99999999999999.AAAA", "v1..1.x", "",
  ];
  return { clock, store, handle, tokenPool };
}

const snake = (field: string): string => field.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

/** Requests of every kind the service takes, with fields drawn from good values and nasty ones. */
function requestArb(tokenPool: string[]): fc.Arbitrary<Body> {
  // Mostly good values, so requests get past the first check and reach the deeper ones.
  const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: bad });
  const name = mostly(fc.constantFrom("ann", "bob", "carol"), fc.oneof(fc.constantFrom("ANN", "@control", "a".repeat(33)), nastyString));
  const [ann, bob] = tokenPool as [string, string];
  const token = mostly(fc.constantFrom(ann, bob), fc.oneof(fc.constantFrom(...tokenPool), nastyString));
  const requestId = mostly(fc.constantFrom("r1", "r2", "r3", "r4"), nastyString);
  const text = mostly(fc.constantFrom("hello", "world"), fc.oneof(fc.constantFrom("x".repeat(4097), "é".repeat(2049)), nastyString));
  const int = fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31), Number.MAX_SAFE_INTEGER));
  const position = fc.record({ lamport: int, origin: fc.oneof(fc.constant("s1"), nastyString), seq: int }, { requiredKeys: [] });
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc.oneof(
    fc.record({ loginRequest: fc.record({ requestId: opt(requestId), user: opt(name), password: opt(fc.oneof(fc.constant("pw"), nastyString)), register: opt(fc.boolean()) }) }),
    fc.record({ postRequest: fc.record({ requestId: opt(requestId), token: opt(token), text: opt(text) }) }),
    fc.record({ followRequest: fc.record({ requestId: opt(requestId), token: opt(token), followee: opt(name) }) }),
    fc.record({ unfollowRequest: fc.record({ requestId: opt(requestId), token: opt(token), followee: opt(name) }) }),
    fc.record({ sendMessageRequest: fc.record({ requestId: opt(requestId), token: opt(token), to: opt(name), text: opt(text) }) }),
    fc.record({
      readRequest: fc.record({
        requestId: opt(requestId), token: opt(token), feed: opt(fc.integer({ min: -2, max: 12 })), peer: opt(name), after: opt(position), limit: opt(int),
      }),
    }),
    fc.record({ ackRequest: fc.record({ requestId: opt(requestId), token: opt(token), upTo: opt(position) }) }),
  ) as fc.Arbitrary<Body>;
}

/**
 * Wire bytes as a peer might send them: a generated request encoded and then mutated (bytes flipped,
 * cut short, spliced), or a body field of any number with random contents.
 */
function wireArb(tokenPool: string[]): fc.Arbitrary<Uint8Array> {
  const encoded = requestArb(tokenPool).map((body) => Envelope.encode(Envelope.create({ msgId: "m", sender: "fuzzer", ...body })).finish());
  const mutated = fc.tuple(encoded, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.option(fc.nat())).map(
    ([bytes, flips, cut]) => {
      const out = Uint8Array.from(bytes);
      for (const [at, value] of flips) if (out.length > 0) out[at % out.length] = value;
      return cut === null || out.length === 0 ? out : out.subarray(0, cut % out.length);
    },
  );
  // Field 1 (msg_id), 2 (sender), then a length-delimited body under any field number.
  const anyField = fc.tuple(fc.integer({ min: 3, max: 80 }), fc.uint8Array({ maxLength: 60 })).map(([field, payload]) => {
    const head = Envelope.encode({ msgId: "m", sender: "fuzzer" }).finish();
    const tag = (field << 3) | 2;
    return Uint8Array.from([...head, ...varint(tag), ...varint(payload.length), ...payload]);
  });
  return fc.oneof(mutated, anyField, fc.uint8Array({ maxLength: 80 }));
}

function checkReply(kind: string, reply: Body): void {
  const set = Object.entries(reply).filter(([, v]) => v != null).map(([k]) => k);
  assert.equal(set.length, 1, `one body in the reply, got ${set.join(",")}`);
  if (reply.errorReply) {
    const code = reply.errorReply.code ?? 0;
    assert.notEqual(code, ErrorCode.ERROR_CODE_UNSPECIFIED, "a refusal carries a code");
    assert.notEqual(code, ErrorCode.ERROR_CODE_INTERNAL, `a bad input is not an internal error: ${reply.errorReply.message}`);
    assert.ok(reply.errorReply.message, `${codeName(code)} says why`);
  } else {
    assert.ok(reply[GOOD_REPLY[kind]!], `${kind} answered with ${set[0]}`);
  }
}

/** The store's total order is strictly increasing and complete, and a known good write still works. */
async function checkStore(w: Awaited<ReturnType<typeof world>>): Promise<void> {
  const control = w.tokenPool[2]!;
  const all = w.store.readAll({}, 100_000).events;
  assert.equal(all.length, w.store.eventCount());
  for (let i = 1; i < all.length; i++) {
    const [a, b] = [all[i - 1]!, all[i]!];
    const before = a.lamport! < b.lamport! || (a.lamport === b.lamport && a.id!.seq! < b.id!.seq!);
    assert.ok(before, `order at ${i}`);
  }
  const seqs = all.map((e) => e.id!.seq!).sort((x, y) => x - y);
  assert.deepEqual(seqs, seqs.map((_, i) => i + 1), "sequence numbers without gaps");
  const post = await w.handle(Envelope.create({ msgId: "ok", sender: "ann", postRequest: { requestId: `good-${all.length}`, token: w.tokenPool[0]!, text: "still fine" } }));
  assert.ok(post.writeReply, JSON.stringify(post));
  const read = await w.handle(Envelope.create({ msgId: "ok2", sender: "x", readRequest: { requestId: "all", token: control, feed: Feed.FEED_ALL, limit: 1000 } }));
  assert.ok(read.readReply, JSON.stringify(read));
}

test("fuzz: every generated request is answered, refusals change nothing", { timeout: 120_000 }, async () => {
  const w = await world();
  await fc.assert(
    fc.asyncProperty(fc.array(requestArb(w.tokenPool), { minLength: 1, maxLength: 15 }), async (bodies) => {
      for (const body of bodies) {
        const env = Envelope.create({ msgId: "m", sender: "fuzzer", ...body });
        const kind = snake(env.body!);
        const before = w.store.eventCount();
        const reply = await w.handle(env);
        checkReply(kind, reply);
        const after = w.store.eventCount();
        if (reply.errorReply) assert.equal(after, before, `${codeName(reply.errorReply.code!)} stored nothing`);
        else assert.ok(after - before <= 1, "one request stores at most one event");
      }
    }),
    fuzzParameters(400),
  );
  await checkStore(w);
  w.store.close();
});

test("fuzz: mutated and arbitrary bytes are refused as malformed or answered", { timeout: 120_000 }, async () => {
  const w = await world();
  const lamport = new LamportClock();
  const envelopes = new Envelopes("s1", "server", lamport, new PhysicalClock());
  await fc.assert(
    fc.asyncProperty(wireArb(w.tokenPool), async (bytes) => {
      const clockBefore = lamport.value;
      let opened;
      try {
        opened = envelopes.open(bytes);
      } catch (err) {
        assert.ok(err instanceof MalformedEnvelope, `only MalformedEnvelope escapes open: ${String(err)}`);
        assert.equal(lamport.value, clockBefore, "a refused frame does not move the clock");
        return;
      }
      const before = w.store.eventCount();
      if (!SOCIAL_KINDS.has(opened.kind)) {
        const reply = await w.handle(opened.envelope);
        assert.equal(reply.errorReply?.code, ErrorCode.ERROR_CODE_UNKNOWN_KIND, `${opened.kind} is not a user request`);
      } else checkReply(opened.kind, await w.handle(opened.envelope));
      assert.ok(w.store.eventCount() - before <= 1);
    }),
    fuzzParameters(400),
  );
  await checkStore(w);
  w.store.close();
});
