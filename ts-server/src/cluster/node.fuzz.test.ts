/**
 * Fuzzing a ClusterNode's inbound member path over its real ROUTER: member messages of every kind
 * from several senders with structured and random bodies, mutated bytes and garbage. The node keeps
 * serving (a probe TimeRequest sent after each input is answered), its view only moves forward and
 * names each member once, and its clock stays a number. ControlRequest is left out: it is the
 * operator's (shutdown, partition), and in a cluster only a holder of the secret can send one.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Envelope, Role } from "../core/codec.js";
import { createProcessCore } from "../core/process.js";
import { DealerSocket, type Received } from "../core/transport.js";
import { fuzzParameters, nastyString, varint } from "../test-support/fuzz.js";
import { ClusterNode } from "./node.js";
import { freePort } from "./test-cluster.js";

const CONTROL_FIELDS = new Set([112, 113]);
// Endpoints a fuzzed member may name: local, never the network (and nobody listens there).
const NOWHERE = ["ipc:///nonexistent/fuzz-a", "ipc:///nonexistent/fuzz-b", ""];
const ids = fc.constantFrom("s1", "s2", "c1", "c9", "probe", "");
const u32 = fc.oneof(fc.constantFrom(0, 1, 2, 100, 2 ** 32 - 1), fc.nat({ max: 2 ** 32 - 1 }));
const u64 = fc.oneof(fc.constantFrom(0, 1, 2, 99, Number.MAX_SAFE_INTEGER), fc.nat());
const member = fc.record({
  id: ids, role: fc.integer({ min: 0, max: 5 }), rank: u32, peerEndpoint: fc.constantFrom(...NOWHERE),
  userEndpoint: fc.constantFrom(...NOWHERE), pubEndpoint: fc.constantFrom(...NOWHERE), state: fc.integer({ min: 0, max: 5 }),
  origin: fc.oneof(ids, nastyString),
}, { requiredKeys: [] });
const view = fc.record({ epoch: u64, members: fc.array(member, { maxLength: 4 }), coordinator: ids }, { requiredKeys: [] });

/** Structured member bodies: the shapes the machines read, with edge values. */
const memberBody: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ joinRequest: fc.record({ member }, { requiredKeys: [] }) }),
  fc.record({ leaveRequest: fc.record({ member }, { requiredKeys: [] }) }),
  fc.record({ viewChange: fc.record({ view }, { requiredKeys: [] }) }),
  fc.record({ viewAck: fc.record({ epoch: u64 }, { requiredKeys: [] }) }),
  fc.record({ view }),
  fc.record({ heartbeat: fc.record({ epoch: u64 }, { requiredKeys: [] }) }),
  fc.record({ election: fc.record({ rank: u32 }) }),
  fc.record({ answer: fc.record({ rank: u32 }) }),
  fc.record({ coordinator: fc.record({ rank: u32, term: u64 }) }),
  fc.record({ timeReply: fc.record({ round: u64, clockUs: fc.oneof(u64, fc.constant(-(2 ** 53))) }) }),
  fc.record({ clockAdjust: fc.record({ round: u64, deltaUs: fc.oneof(u64, fc.integer({ min: -(2 ** 53), max: 0 })) }) }),
  fc.record({ postRequest: fc.record({ requestId: nastyString }) }),
);

const header = fc.record({ sender: ids, senderRole: fc.constantFrom(Role.ROLE_SERVER, Role.ROLE_CLOCK, Role.ROLE_USER, 0, 9), lamport: u64 });

const frame: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(header, memberBody).map(([h, body]) => Envelope.encode(Envelope.fromObject({ msgId: "fz-1", ...h, ...body })).finish()) },
  // Any body field but the operator's, holding random bytes.
  fc.tuple(header, fc.integer({ min: 16, max: 111 }), fc.uint8Array({ maxLength: 48 })).map(([h, field, payload]) => {
    const head = Envelope.encode(Envelope.fromObject({ msgId: "fz-2", ...h })).finish();
    return Uint8Array.from([...head, ...varint((field << 3) | 2), ...varint(payload.length), ...payload]);
  }),
  fc.tuple(header, memberBody, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 })).map(([h, body, flips]) => {
    const out = Uint8Array.from(Envelope.encode(Envelope.fromObject({ msgId: "fz-3", ...h, ...body })).finish());
    for (const [at, value] of flips) out[at % out.length] = value;
    return out;
  }),
  fc.uint8Array({ maxLength: 64 }),
).filter((bytes) => {
  // Leave the operator's commands out even when a mutation makes one.
  try {
    const env = Envelope.decode(bytes);
    return env.controlRequest == null && env.controlReply == null;
  } catch {
    return true;
  }
}).filter((bytes) => !CONTROL_FIELDS.has(bytes[0]! >> 3));

test("fuzz: a cluster node takes any member input and keeps serving", { timeout: 120_000 }, async (t) => {
  const endpoint = `tcp://127.0.0.1:${await freePort()}`;
  const core = createProcessCore("s1", "server", null);
  const node = await ClusterNode.start({
    core, bootstrap: true,
    self: { id: "s1", role: "server", rank: 1, peerEndpoint: endpoint, userEndpoint: "", pubEndpoint: "", state: "joining" },
  });
  const fuzzer = DealerSocket.connect(endpoint, createProcessCore("probe", "user", null));
  t.after(async () => {
    fuzzer.close();
    await node.close();
  });
  const waiting = new Map<string, (r: Received) => void>();
  void fuzzer.serve((r) => {
    waiting.get(r.envelope.replyTo)?.(r);
  });
  const probe = async (round: number): Promise<void> => {
    const { envelope } = fuzzer.send({ timeRequest: { round } });
    const reply = await new Promise<Received>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the node no longer answers a TimeRequest")), 3000);
      waiting.set(envelope.msgId, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
    waiting.delete(envelope.msgId);
    assert.equal(reply.envelope.timeReply?.round, round);
  };
  let round = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 6 }), async (frames) => {
      const epoch = node.view?.epoch ?? 0;
      for (const bytes of frames) await fuzzer.sendRaw([bytes]);
      await probe(++round); // after every frame before it on this connection
      const v = node.view;
      assert.ok((v?.epoch ?? 0) >= epoch, `view epoch went back: ${epoch} -> ${v?.epoch}`);
      const members = v?.members.map((m) => m.id) ?? [];
      assert.equal(new Set(members).size, members.length, `a member twice in ${members.join(",")}`);
      assert.ok(Number.isFinite(core.clock.nowMs()), "the clock is a number");
    }),
    fuzzParameters(150),
  );
  assert.ok(node.view?.members.some((m) => m.id === "s1"), "still in its own view");
});
