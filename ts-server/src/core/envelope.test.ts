import { test } from "node:test";
import assert from "node:assert/strict";
import { Envelopes, MalformedEnvelope, bootId } from "./envelope.js";
import { LamportClock } from "./lamport.js";
import { PhysicalClock } from "./clock.js";
import { Envelope, Role } from "./codec.js";

function endpoint(id: string, clockMs = 1_764_860_000_000.75): Envelopes {
  return new Envelopes(id, "server", new LamportClock(), new PhysicalClock(() => clockMs), "mirk2rgb");
}

test("seal stamps msg id, sender, clocks and reply_to", () => {
  const s1 = endpoint("s1");
  const first = s1.seal({ timeRequest: { round: 1 } });
  const second = s1.seal({ heartbeat: {} }, "alice-4");
  assert.equal(first.envelope.msgId, "s1-mirk2rgb-1");
  assert.equal(second.envelope.msgId, "s1-mirk2rgb-2");
  assert.equal(second.envelope.replyTo, "alice-4");
  assert.equal(first.envelope.sender, "s1");
  assert.equal(first.envelope.senderRole, Role.ROLE_SERVER);
  assert.equal(first.envelope.lamport, 1);
  assert.equal(second.envelope.lamport, 2);
  assert.equal(first.envelope.clockMs, 1_764_860_000_000);
  assert.equal(first.kind, "time_request");
  assert.equal(Envelope.verify(first.envelope), null);
});

test("msg ids carry the boot time in base 36, so a restarted process never reuses one", () => {
  assert.equal(bootId(1_764_860_000_123), "mirk2rgb");
  const before = Date.now();
  const fresh = new Envelopes("s1", "server", new LamportClock(), new PhysicalClock());
  const boot = parseInt(fresh.boot, 36);
  assert.ok(boot >= before && boot <= Date.now(), fresh.boot);
  assert.equal(fresh.seal({ heartbeat: {} }).envelope.msgId, `s1-${fresh.boot}-1`);
  const restarted = new Envelopes("s1", "server", new LamportClock(), new PhysicalClock(), bootId(boot + 1));
  assert.notEqual(restarted.seal({ heartbeat: {} }).envelope.msgId, `s1-${fresh.boot}-1`);
});

test("open merges the Lamport clock before returning the body", () => {
  const sender = endpoint("s1");
  for (let i = 0; i < 9; i++) sender.seal({ heartbeat: {} });
  const { bytes } = sender.seal({ timeRequest: { round: 7 } }); // lamport 10
  const receiver = endpoint("c1");
  receiver.lamport.tick();
  const opened = receiver.open(bytes);
  assert.equal(opened.remoteLamport, 10);
  assert.equal(receiver.lamport.value, 11);
  assert.equal(opened.kind, "time_request");
  assert.equal(opened.envelope.timeRequest?.round, 7);
  assert.equal(opened.envelope.msgId, "s1-mirk2rgb-10");
});

test("open refuses bytes that are not an envelope, without ticking", () => {
  const receiver = endpoint("c1");
  assert.throws(() => receiver.open(Buffer.from([0xff, 0xff, 0xff])), MalformedEnvelope);
  const noBody = Envelope.encode({ msgId: "x-1", sender: "x", lamport: 4 }).finish();
  assert.throws(() => receiver.open(noBody), MalformedEnvelope);
  assert.equal(receiver.lamport.value, 0);
});
