import assert from "node:assert/strict";
import { test } from "node:test";
import { socialnet, type Envelope } from "../core/codec.js";
import { msgFromEnvelope } from "./wire.js";

const heartbeat = (epoch: number): Envelope =>
  socialnet.v1.Envelope.create({ msgId: "s1-b-1", sender: "s1", heartbeat: { epoch, coordinator: "c1" } }) as Envelope;

test("an epoch no cluster could reach is refused as malformed, not installed", () => {
  assert.equal(msgFromEnvelope(heartbeat(41))?.body, "heartbeat");
  // At 2^53, epoch + 1 === epoch in JavaScript: no later view could ever be installed.
  assert.equal(msgFromEnvelope(heartbeat(2 ** 53)), undefined);
  assert.equal(msgFromEnvelope(heartbeat(2 ** 48 + 1)), undefined);
});
