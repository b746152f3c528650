import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProcessLog } from "./log.js";
import { Envelopes } from "./envelope.js";
import { LamportClock } from "./lamport.js";
import { PhysicalClock } from "./clock.js";
import { logLineValidator, readLines } from "../test-support/repo.js";

test("log lines carry the clocks and validate against the schema", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "processlog-")), "s1.jsonl");
  const lamport = new LamportClock();
  const clock = new PhysicalClock();
  clock.adjust(250);
  const log = new ProcessLog({ file, proc: "s1", role: "server", lamport, clock });
  const s1 = new Envelopes("s1", "server", lamport, clock);
  const c1 = new Envelopes("c1", "clock", new LamportClock(41), new PhysicalClock());

  log.event("STARTED", { port: 5555 });
  const sealed = s1.seal({ election: { rank: 3 } });
  log.sent(sealed.envelope, "c1");
  const opened = s1.open(c1.seal({ answer: { rank: 9 } }).bytes);
  log.received(opened.envelope, "c1", opened.remoteLamport);
  log.event("DRIFT_INJECTED", { jump_ms: -12 }, "warn");
  await log.close();

  const lines = readLines(file);
  const validate = logLineValidator();
  for (const line of lines) assert.deepEqual(validate(line), [], JSON.stringify(line));
  assert.deepEqual(lines.map((l) => l.event), ["STARTED", "SEND", "RECV", "DRIFT_INJECTED"]);
  const [started, send, recv, drift] = lines;
  assert.equal(started?.level, "info");
  assert.equal(drift?.level, "warn");
  for (const key of ["pid", "hostname", "time"]) assert.ok(!(key in (started ?? {})), key);
  assert.deepEqual(
    { lamport: send?.lamport, dir: send?.dir, msg_id: send?.msg_id, peer: send?.peer, body: send?.body },
    { lamport: 1, dir: "send", msg_id: `s1-${s1.boot}-1`, peer: "c1", body: "election" },
  );
  assert.equal(recv?.remote_lamport, 42);
  assert.equal(recv?.lamport, 43);
  assert.equal(recv?.lang, "ts");
  const offset = (send?.clock as number) - (send?.real as number);
  assert.ok(Math.abs(offset - 250) < 5, `clock - real = ${offset}`);
});

test("a log without a file writes nothing and closes", async () => {
  const log = new ProcessLog({ file: null, proc: "p", role: "user", lamport: new LamportClock(), clock: new PhysicalClock() });
  log.event("NOTHING");
  await log.close();
});
