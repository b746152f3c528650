import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ErrorCode } from "./codec.js";
import { createProcessCore, type ProcessCore } from "./process.js";
import {
  DealerSocket, FRAME_LIMIT, PubSocket, RouterSocket, SubSocket, type Published, type Received,
} from "./transport.js";
import { logLineValidator, readLines, until } from "../test-support/repo.js";

const ANY_PORT = "tcp://127.0.0.1:*";
const logDir = mkdtempSync(join(tmpdir(), "transport-"));

function core(id: string, role: "server" | "user"): ProcessCore {
  return createProcessCore(id, role, join(logDir, `${id}.jsonl`));
}

/** A time server like tools/echo: answers time_request, refuses the rest. */
async function timeServer(id: string): Promise<{ server: ProcessCore; router: RouterSocket; serving: Promise<void> }> {
  const server = core(id, "server");
  const router = await RouterSocket.listen(ANY_PORT, server);
  const serving = router.serve(async (req) => {
    const round = req.envelope.timeRequest?.round ?? 0;
    await router.reply(req, { timeReply: { round, clockUs: server.clock.nowUs() } }).sent;
  });
  return { server, router, serving };
}

/** Closes sockets even when an assertion failed: open sockets keep the test process alive. */
function closeAfter(t: TestContext, ...sockets: { close(): void }[]): void {
  t.after(() => sockets.forEach((s) => s.close()));
}

async function assertLogValid(...cores: ProcessCore[]): Promise<void> {
  const validate = logLineValidator();
  for (const c of cores) {
    await c.log.close();
    for (const line of readLines(join(logDir, `${c.id}.jsonl`))) assert.deepEqual(validate(line), [], JSON.stringify(line));
  }
}

test("DEALER to ROUTER round trip merges clocks and matches reply_to", { timeout: 10_000 }, async (t) => {
  const { server, router, serving } = await timeServer("rt-s1");
  const user = core("rt-alice", "user");
  const dealer = DealerSocket.connect(router.endpoint, user, "rt-s1");
  closeAfter(t, dealer, router);
  const replies: Received[] = [];
  const reading = dealer.serve((r) => void replies.push(r));

  for (let round = 1; round <= 20; round++) dealer.send({ timeRequest: { round } });
  await until(() => replies.length === 20, 3000, "20 replies");

  replies.forEach((reply, i) => {
    assert.equal(reply.kind, "time_reply");
    assert.equal(reply.peer, "rt-s1");
    assert.equal(reply.envelope.replyTo, `rt-alice-${user.envelopes.boot}-${i + 1}`);
    assert.equal(reply.envelope.timeReply?.round, i + 1);
  });
  // The server answers request k (lamport k) at 2k+1; the user sent all 20
  // first (20), then merges replies, passing the server's clock at the end.
  assert.equal(server.lamport.value, 41);
  assert.equal(user.lamport.value, 42);

  dealer.close();
  router.close();
  await Promise.all([reading, serving]);
  await assertLogValid(server, user);
});

test("SUB keeps only topics subscribed exactly", { timeout: 10_000 }, async (t) => {
  const server = core("ps-s1", "server");
  const user = core("ps-bob", "user");
  const pub = await PubSocket.listen(ANY_PORT, server);
  const sub = SubSocket.connect(pub.endpoint, user);
  closeAfter(t, sub, pub);
  sub.subscribe("bob");
  const got: Published[] = [];
  const reading = sub.serve((n) => void got.push(n));

  // Publish until the subscription has reached the PUB (slow joiner); "bobby"
  // goes first every time, so a prefix match would show up before "bob".
  let seq = 0;
  while (got.length < 3) {
    seq += 1;
    for (const user of ["bobby", "bob"]) pub.publish(user, { notification: { user, position: { origin: "ps-s1", seq } } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(seq < 300, "no notification arrived");
  }
  assert.ok(got.every((n) => n.topic === "bob" && n.envelope.notification?.user === "bob"));

  sub.close();
  pub.close();
  await reading;
  await assertLogValid(server, user);
});

test("malformed and oversize frames get an error reply and the ROUTER keeps serving", { timeout: 10_000 }, async (t) => {
  const { server, router, serving } = await timeServer("mf-s1");
  const user = core("mf-carol", "user");
  const dealer = DealerSocket.connect(router.endpoint, user, "mf-s1");
  closeAfter(t, dealer, router);
  const replies: Received[] = [];
  const reading = dealer.serve((r) => void replies.push(r));
  const errorCodes = () => replies.map((r) => r.envelope.errorReply?.code);

  dealer.sendRaw([Buffer.from([0xff, 0xff, 0xff])]);
  await until(() => replies.length === 1, 3000, "reply to garbage");
  dealer.sendRaw([Buffer.from("two"), Buffer.from("frames")]);
  await until(() => replies.length === 2, 3000, "reply to two frames");
  dealer.sendRaw([Buffer.alloc(FRAME_LIMIT + 1)]);
  await until(() => replies.length === 3, 3000, "reply to oversize frame");
  assert.deepEqual(errorCodes(), [
    ErrorCode.ERROR_CODE_MALFORMED, ErrorCode.ERROR_CODE_MALFORMED, ErrorCode.ERROR_CODE_TOO_LARGE,
  ]);
  assert.equal(server.lamport.value, 3, "refusals tick for their sends only");

  dealer.send({ timeRequest: { round: 1 } });
  await until(() => replies.length === 4, 3000, "the next good request");
  assert.equal(replies[3]?.kind, "time_reply");

  const malformedLines = () => readLines(join(logDir, "mf-s1.jsonl")).filter((l) => l.event === "MALFORMED_FRAME");
  dealer.close();
  router.close();
  await Promise.all([reading, serving]);
  await assertLogValid(server, user);
  assert.equal(malformedLines().length, 3);
});
