import { test } from "node:test";
import assert from "node:assert/strict";
import { Envelope, Role, bodyKind, buildEnvelope, decodeEnvelope, encodeEnvelope, type Body } from "./codec.js";
import { readJson } from "../test-support/repo.js";

interface Vector { name: string; body: string; hex: string; json: Record<string, unknown> }
const vectors = readJson<Vector[]>("proto/testdata/envelopes.json");

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

for (const v of vectors) {
  test(`envelope vector: ${v.name}`, () => {
    const env = decodeEnvelope(Buffer.from(v.hex, "hex"));
    assert.equal(bodyKind(env), v.body);
    assert.equal(env.msgId, v.json.msgId ?? "");
    assert.equal(env.sender, v.json.sender ?? "");
    assert.equal(env.replyTo, v.json.replyTo ?? "");
    // 64-bit fields are plain numbers (no Long), proto3 JSON writes them as strings
    assert.equal(typeof env.lamport, "number");
    assert.equal(env.lamport, Number(v.json.lamport ?? 0));
    assert.equal(env.clockMs, Number(v.json.clockMs ?? 0));
    assert.equal(Envelope.verify(env), null);

    assert.equal(hex(encodeEnvelope(env)), v.hex, "re-encoding the decoded envelope");
    assert.equal(hex(encodeEnvelope(Envelope.fromObject(v.json))), v.hex, "encoding the canonical JSON");
  });
}

test("the vectors cover every body kind once", () => {
  assert.equal(new Set(vectors.map((v) => v.body)).size, vectors.length);
});

test("absent 64-bit fields decode as the number 0", () => {
  const env = decodeEnvelope(encodeEnvelope(Envelope.create({ msgId: "a-1", heartbeat: {} })));
  assert.equal(env.lamport, 0);
  assert.equal(env.clockMs, 0);
  assert.equal(bodyKind(env), "heartbeat");
});

const header = { msgId: "s1-1", sender: "s1", senderRole: Role.ROLE_SERVER, lamport: 1, clockMs: 2, replyTo: "" };

test("buildEnvelope takes exactly one body", () => {
  const env = buildEnvelope(header, { timeRequest: { round: 3 } });
  assert.equal(Envelope.verify(env), null);
  assert.equal(bodyKind(decodeEnvelope(encodeEnvelope(env))), "time_request");
  const two = { timeRequest: { round: 3 }, heartbeat: {} } as unknown as Body;
  assert.throws(() => buildEnvelope(header, two), TypeError);
  assert.throws(() => buildEnvelope(header, {} as Body), TypeError);
});
