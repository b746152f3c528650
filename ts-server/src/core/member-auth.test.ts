import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AuthRejected, MemberAuth, ReplayGuard } from "./member-auth.js";
import { decodeEnvelope, ErrorCode } from "./codec.js";
import { createProcessCore } from "./process.js";
import { DealerSocket, RouterSocket, type Received, type RouterReceived } from "./transport.js";
import { repoPath } from "../test-support/repo.js";

interface HmacVectors {
  key: string;
  signed: { name: string; unsigned_hex: string; mac_hex: string; signed_hex: string }[];
  rejected: { name: string; frame_hex: string; reason: string }[];
  replay: { name: string; window: number; steps: { sender: string; msg_id: string; expect: string }[] }[];
}

const V = JSON.parse(readFileSync(repoPath("proto/testdata/hmac.json"), "utf8")) as HmacVectors;
const AUTH = new MemberAuth(Buffer.from(V.key));
const hex = (s: string): Buffer => Buffer.from(s, "hex");

test("signed vectors: the same bytes as Python and Go, and the trailer is the hmac field", () => {
  for (const c of V.signed) {
    assert.equal(Buffer.from(AUTH.sign(hex(c.unsigned_hex))).toString("hex"), c.signed_hex, c.name);
    assert.deepEqual(Buffer.from(AUTH.verify(hex(c.signed_hex))), hex(c.unsigned_hex), c.name);
    assert.equal(Buffer.from(decodeEnvelope(hex(c.signed_hex)).hmac).toString("hex"), c.mac_hex, c.name);
  }
});

test("rejected vectors: each frame refused for its reason", () => {
  for (const c of V.rejected) {
    assert.throws(() => AUTH.verify(hex(c.frame_hex)), (err) => err instanceof AuthRejected && err.reason === c.reason, c.name);
  }
});

test("replay vectors: fresh, replayed or bad_msg_id, step by step", () => {
  for (const c of V.replay) {
    const guard = new ReplayGuard(c.window);
    assert.deepEqual(c.steps.map((s) => guard.check(s.sender, s.msg_id) ?? "fresh"), c.steps.map((s) => s.expect), c.name);
  }
});

test("the guard forgets the oldest sender beyond its bound (the documented limit)", () => {
  const guard = new ReplayGuard(8, 2);
  for (const s of ["a", "b", "c"]) assert.equal(guard.check(s, `${s}-1-1`), undefined);
  assert.equal(guard.check("c", "c-1-1"), "replayed");
  assert.equal(guard.check("a", "a-1-1"), undefined);
});

test("an empty secret is refused", () => {
  assert.throws(() => new MemberAuth(new Uint8Array()), RangeError);
});

async function next<T>(queue: T[], what: string): Promise<T> {
  for (let i = 0; i < 300 && queue.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  const got = queue.shift();
  assert.ok(got !== undefined, `nothing received: ${what}`);
  return got;
}

test("signed sockets: unsigned, foreign-key and replayed frames are refused before the clock merge", async (t) => {
  const key = Buffer.from("cluster-a");
  const member = { ...createProcessCore("m1", "server", null), auth: new MemberAuth(key) };
  const ctl = { ...createProcessCore("ctl", "control", null), auth: new MemberAuth(key) };
  const forger = createProcessCore("x1", "server", null);
  const rejected: Record<string, unknown>[] = [];
  const logEvent = member.log.event.bind(member.log);
  member.log.event = (name, fields, level) => {
    if (name === "AUTH_REJECTED") rejected.push(fields ?? {});
    logEvent(name, fields, level);
  };
  const router = await RouterSocket.listen("tcp://127.0.0.1:0", member);
  const atRouter: RouterReceived[] = [];
  void router.serve((m) => void atRouter.push(m));
  const good = DealerSocket.connect(router.endpoint, ctl, "m1", "m1");
  const atGood: Received[] = [];
  void good.serve((m) => void atGood.push(m));
  const raw = DealerSocket.connect(router.endpoint, forger, "m1");
  const atRaw: Buffer[][] = [];
  void raw.serveRaw((frames) => void atRaw.push(frames));
  t.after(() => [router, good, raw].forEach((s) => s.close()));

  good.send({ timeRequest: { round: 1 } });
  const asked = await next(atRouter, "the signed request");
  router.reply(asked, { timeReply: { round: 1 } });
  assert.equal((await next(atGood, "the signed reply")).kind, "time_reply");

  const captured = ctl.auth.sign(ctl.envelopes.seal({ timeRequest: { round: 2 } }).bytes);
  await good.sendRaw([captured]);
  await next(atRouter, "the first copy");
  const lamport = member.lamport.value;
  const forged = forger.envelopes.seal({ clockAdjust: { round: 1, deltaUs: 1e6 } }).bytes;
  for (const frame of [captured, new MemberAuth(Buffer.from("cluster-b")).sign(forged), forged]) {
    await raw.sendRaw([frame]);
    const [reply] = await next(atRaw, "an error reply");
    assert.equal(decodeEnvelope(reply!).errorReply?.code, ErrorCode.ERROR_CODE_BAD_SIGNATURE);
  }
  assert.equal(atRouter.length, 0, "nothing refused reaches the handler");
  assert.equal(member.lamport.value, lamport + 3, "only the three error replies ticked the clock");
  assert.deepEqual(rejected.map((r) => r.reason), ["replayed", "bad_signature", "unsigned"]);
  assert.equal(rejected[0]!.msg_id, `ctl-${ctl.envelopes.boot}-2`);

  // A DEALER to a known member: an answer signed by another key holder is refused.
  const m2 = { ...createProcessCore("m2", "server", null), auth: new MemberAuth(key) };
  const router2 = await RouterSocket.listen("tcp://127.0.0.1:0", m2);
  t.after(() => router2.close());
  const atRouter2: RouterReceived[] = [];
  void router2.serve((m) => void atRouter2.push(m));
  const toM1 = DealerSocket.connect(router2.endpoint, ctl, "m1", "m1");
  t.after(() => toM1.close());
  const atToM1: Received[] = [];
  void toM1.serve((m) => void atToM1.push(m));
  toM1.send({ timeRequest: { round: 3 } });
  router2.reply(await next(atRouter2, "the request to m2"), { timeReply: { round: 3 } });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(atToM1.length, 0, "m2's answer on the link to m1 is refused");
});

test("sign + verify cost per envelope (printed, not asserted)", (t) => {
  const core = createProcessCore("s1", "server", null);
  const bytes = core.envelopes.seal({ heartbeat: {} }).bytes;
  const n = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) AUTH.verify(AUTH.sign(bytes));
  t.diagnostic(`member auth: sign+verify ${(((performance.now() - t0) * 1000) / n).toFixed(2)} µs per ${bytes.length}-byte envelope`);
});
