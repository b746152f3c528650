/**
 * The server as a process on real sockets: what a user sees, a crash
 * (SIGKILL) and a restart on the same data, and the log it leaves.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Body, ErrorCode, socialnet } from "../core/codec.js";
import { SubSocket } from "../core/transport.js";
import { logLineValidator, until } from "../test-support/repo.js";
import { CONTROL_USER, TokenSigner } from "../social/accounts.js";
import { type ServerProcess, startServerProcess, userClient } from "../test-support/server-process.js";

const Feed = socialnet.v1.Feed;
const E = ErrorCode;


/** The server under test: drift on, so every log line's clocks move as they do in a lab. */
const startServer = (dir: string, logName: string): Promise<ServerProcess> =>
  startServerProcess(dir, logName, ["--drift-interval-ms", "200", "--drift-max-ms", "50"]);
const client = (endpoint: string) => userClient(endpoint);

function code(env: socialnet.v1.Envelope): string {
  return ErrorCode[env.errorReply?.code ?? 0] ?? "none";
}

function lamportReplayProblems(lines: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1]!.lamport as number, lines[i]!];
    const now = line.lamport as number;
    const ok = line.dir === "send" ? now === prev + 1
      : line.dir === "recv" ? now === Math.max(prev, line.remote_lamport as number) + 1
        : now === prev || now === prev + 1;
    if (!ok) problems.push(`${prev} -> ${now} at ${String(line.event)}`);
  }
  return problems;
}

/** Lines of a log; a SIGKILLed process may leave a torn last one. */
function logLines(file: string): Record<string, unknown>[] {
  const texts = readFileSync(file, "utf8").split("\n").filter((t) => t !== "");
  const lines: Record<string, unknown>[] = [];
  texts.forEach((text, i) => {
    try {
      lines.push(JSON.parse(text) as Record<string, unknown>);
    } catch (err) {
      if (i !== texts.length - 1) throw err;
    }
  });
  return lines;
}

test("server process: serves users, survives SIGKILL with every acknowledged write", { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "server-"));
  writeFileSync(join(dir, "secret"), "cluster-secret\n");
  const control = new TokenSigner(Buffer.from("cluster-secret"), 3_600_000).issue(CONTROL_USER, Date.now() + 10_000).token;
  let server = await startServer(dir, "s1-a.log");
  t.after(() => server.proc.kill("SIGKILL"));
  let c = client(server.user);
  t.after(() => c.dealer.close());
  const sub = SubSocket.connect(server.pub, c.core);
  t.after(() => sub.close());
  const pushed: socialnet.v1.INotification[] = [];
  void sub.serve((n) => void pushed.push(n.envelope.notification!));
  sub.subscribe("ann");

  // Accounts and tokens.
  const login = async (user: string, register = true) =>
    (await c.ask({ loginRequest: { requestId: `l-${user}`, user, password: "pw", register } })).loginReply!;
  const ann = (await login("ann")).token!;
  const bob = (await login("bob")).token!;
  assert.match(ann, /^v1\.ann\./);
  assert.equal(code(await c.ask({ loginRequest: { requestId: "x", user: "ann", password: "no", register: false } })), "ERROR_CODE_BAD_PASSWORD");
  await new Promise((r) => setTimeout(r, 300)); // the SUB's subscription reaches the PUB

  // Writes, with their notifications.
  const acked: socialnet.v1.IEvent[] = [];
  const write = async (body: Body) => {
    const reply = await c.ask(body);
    assert.ok(reply.writeReply, JSON.stringify(reply.errorReply));
    acked.push(reply.writeReply.event!);
    return reply.writeReply.event!;
  };
  await write({ followRequest: { requestId: "f1", token: ann, followee: "bob" } });
  const post = await write({ postRequest: { requestId: "p1", token: bob, text: "hello ann" } });
  const dm = await write({ sendMessageRequest: { requestId: "m1", token: bob, to: "ann", text: "secret text" } });
  await Promise.all(Array.from({ length: 20 }, (_, i) => write({ postRequest: { requestId: `bulk${i}`, token: bob, text: `n${i}` } })));
  await until(() => pushed.length === 22, 3000, "22 notifications");
  assert.equal(pushed[0]!.event?.post?.text, "hello ann", "a post notification carries the post");
  assert.deepEqual({ ...pushed[0]!.position }, { lamport: post.lamport, origin: "s1", seq: post.id!.seq });
  assert.equal(pushed[1]!.event?.directMessage?.to, "ann");
  assert.equal(pushed[1]!.event?.directMessage?.text, "", "a pushed DM carries no text");
  assert.equal(pushed[1]!.event?.id?.seq, dm.id!.seq);

  // Reads.
  const read = async (token: string, feed: socialnet.v1.Feed, peer = "") =>
    (await c.ask({ readRequest: { requestId: "r", token, feed, peer } })).readReply!;
  assert.deepEqual((await read(ann, Feed.FEED_CONVERSATION, "bob")).events?.map((e) => e.directMessage?.text), ["secret text"]);
  assert.equal((await read(ann, Feed.FEED_HOME)).events?.length, 21);
  assert.equal((await read(ann, Feed.FEED_NOTIFICATIONS)).events?.length, 22);

  // Refusals, Cristian, discovery.
  assert.equal(code(await c.ask({ postRequest: { requestId: "", token: ann, text: "x" } })), "ERROR_CODE_MISSING_FIELD");
  assert.equal(code(await c.ask({ postRequest: { requestId: "z", token: "v1.ann.1.forged", text: "x" } })), "ERROR_CODE_BAD_TOKEN");
  assert.equal(code(await c.ask({ postRequest: { requestId: "z", token: ann, text: "x".repeat(5000) } })), "ERROR_CODE_TOO_LARGE");
  assert.equal(code(await c.ask({ followRequest: { requestId: "z", token: ann, followee: "nobody" } })), "ERROR_CODE_UNKNOWN_USER");
  assert.equal(code(await c.ask({ readRequest: { requestId: "z", token: ann, feed: Feed.FEED_ALL } })), "ERROR_CODE_FORBIDDEN");
  assert.equal(code(await c.ask({ heartbeat: { epoch: 1 } })), "ERROR_CODE_UNKNOWN_KIND");
  const time = (await c.ask({ timeRequest: { round: 7 } })).timeReply!;
  assert.equal(time.round, 7);
  assert.ok(Math.abs(time.clockUs! / 1000 - Date.now()) < 5_000);
  const view = (await c.ask({ discoverRequest: { requestId: "d" } })).discoverReply!.view!;
  assert.equal(view.members?.[0]?.userEndpoint, server.user);
  assert.equal(view.members?.[0]?.pubEndpoint, server.pub);

  // A frame that is not an envelope: MALFORMED, and the server keeps serving.
  await c.dealer.sendRaw([Buffer.from("definitely not protobuf \xff\xff")]);
  await until(() => c.unmatched.length === 1, 3000, "the MALFORMED reply");
  assert.equal(c.unmatched[0]!.envelope.errorReply?.code, E.ERROR_CODE_MALFORMED);
  assert.equal((await c.ask({ timeRequest: { round: 8 } })).timeReply?.round, 8);

  // Crash and restart on the same data.
  server.proc.kill("SIGKILL");
  await once(server.proc, "exit");
  c.dealer.close();
  server = await startServer(dir, "s1-b.log");
  c = client(server.user);
  const all = (await c.ask({ readRequest: { requestId: "all", token: control, feed: Feed.FEED_ALL, limit: 1000 } })).readReply!;
  const ids = new Set(all.events?.map((e) => `${e.id?.origin}:${e.id?.seq}`));
  for (const e of acked) assert.ok(ids.has(`${e.id?.origin}:${e.id?.seq}`), `acknowledged ${e.id?.seq} survived`);
  const retry = (await c.ask({ postRequest: { requestId: "p1", token: bob, text: "a different text" } })).writeReply!;
  assert.deepEqual(retry.event, post, "a retried request_id returns the first event");
  const next = (await c.ask({ postRequest: { requestId: "p-new", token: bob, text: "after restart" } })).writeReply!.event!;
  assert.equal(next.id?.seq, all.events!.length + 1, "seq continues without a gap");
  assert.ok(next.lamport! > Math.max(...all.events!.map((e) => e.lamport!)));
  assert.ok((await login("ann", false)).token, "accounts survived");

  server.proc.kill("SIGTERM");
  const [exitCode] = (await once(server.proc, "exit")) as [number | null];
  assert.equal(exitCode, 0, "clean exit on SIGTERM");

  // The logs: schema-valid, the Lamport clock replays, and the events we promised are there.
  const validate = logLineValidator();
  for (const file of [join(dir, "s1-a.log"), join(dir, "s1-b.log")]) {
    const lines = logLines(file);
    for (const line of lines) assert.deepEqual(validate(line), [], JSON.stringify(line));
    assert.deepEqual(lamportReplayProblems(lines), [], file);
  }
  const events = (file: string, name: string) => logLines(join(dir, file)).filter((l) => l.event === name);
  assert.equal(events("s1-a.log", "SERVER_STARTED").length, 1);
  assert.ok(events("s1-a.log", "EVENT_STORED").some((l) => l.request_id === "p1" && l.kind === "post" && l.author === "bob"));
  assert.ok(events("s1-a.log", "REQUEST_REJECTED").some((l) => l.code === "MISSING_FIELD"));
  assert.ok(events("s1-a.log", "DRIFT_INJECTED").length > 0);
  const restarted = events("s1-b.log", "SERVER_STARTED")[0]!;
  assert.equal(restarted.restored_seq, all.events!.length);
  assert.equal(events("s1-b.log", "SERVER_STOPPED").length, 1);
});
