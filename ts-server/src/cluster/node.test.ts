/** ClusterNode in process: bad input is refused with a code and changes nothing. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createProcessCore } from "../core/process.js";
import { DealerSocket, type Received } from "../core/transport.js";
import { ErrorCode } from "../core/codec.js";
import { ClusterNode } from "./node.js";
import { freePort, waitFor } from "./test-cluster.js";

test("a bootstrapped node refuses bad member input and keeps its view", { timeout: 10_000 }, async (t) => {
  const endpoint = `tcp://127.0.0.1:${await freePort()}`;
  const node = await ClusterNode.start({
    core: createProcessCore("s1", "server", null),
    self: { id: "s1", role: "server", rank: 1, peerEndpoint: endpoint, userEndpoint: "", pubEndpoint: "", state: "joining" },
    bootstrap: true,
  });
  const peer = DealerSocket.connect(endpoint, createProcessCore("s9", "server", null));
  t.after(async () => {
    peer.close();
    await node.close();
  });
  assert.equal(node.view?.members[0]?.state, "active", "the first member starts active");
  const replies: Received[] = [];
  void peer.serve((m) => {
    replies.push(m);
  });
  peer.send({ joinRequest: {} }); // no member
  peer.send({ view: { epoch: 99, members: [{ id: "x" }] } }); // a member without role, state or endpoint
  peer.send({ postRequest: { requestId: "r1", text: "hi" } }); // not for the peer port
  await waitFor("three refusals", async () => replies.length >= 3, 3000);
  assert.deepEqual(replies.map((r) => r.envelope.errorReply?.code), [
    ErrorCode.ERROR_CODE_MISSING_FIELD, ErrorCode.ERROR_CODE_MISSING_FIELD, ErrorCode.ERROR_CODE_UNKNOWN_KIND,
  ]);
  assert.equal(node.view?.epoch, 1);
  assert.deepEqual(node.view?.members.map((m) => m.id), ["s1"]);
  await waitFor("s1 coordinates itself", async () => node.coordinator === "s1", 1000);
});
