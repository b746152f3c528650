/**
 * Three member-main processes on free ports: one view, the highest rank
 * coordinates, Berkeley pulls the injected clock offsets together, the
 * coordinator's crash is survived and its restart rejoins, a graceful leave
 * shrinks the view. Every log line is checked against the schema.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logLineValidator } from "../test-support/repo.js";
import {
  ControlClient, MEMBER_MAIN, type Status, freePort, lastCoordinatorInLog, logLines, startProcess, stopProcess, waitFor,
} from "./test-cluster.js";

interface Proc {
  id: string;
  rank: number;
  endpoint: string;
  offsetMs: number;
  log: string;
  child?: ChildProcess;
}

const ids = (s: Status | undefined): string[] => (s?.view?.members ?? []).map((m) => m.id ?? "");

test("three TS members: one view, Bully, Berkeley, failover, rejoin, leave", { timeout: 90_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "cluster-"));
  const offsets = [1000, -1000, 600];
  const procs: Proc[] = [];
  for (const [i, offsetMs] of offsets.entries()) {
    const id = `s${i + 1}`;
    procs.push({ id, rank: i + 1, endpoint: `tcp://127.0.0.1:${await freePort()}`, offsetMs, log: join(dir, `${id}.log`) });
  }
  const ctl = new ControlClient();
  t.after(async () => {
    ctl.close();
    await Promise.all(procs.map((p) => (p.child ? stopProcess(p.child) : undefined)));
  });
  const [s1, s2, s3] = procs as [Proc, Proc, Proc];
  const start = async (p: Proc, logSuffix = ""): Promise<void> => {
    const seeds = procs.filter((o) => o !== p).map((o) => o.endpoint).join(",");
    p.log = join(dir, `${p.id}${logSuffix}.log`);
    p.child = await startProcess(process.execPath, [
      MEMBER_MAIN, "--id", p.id, "--rank", String(p.rank), "--peer-endpoint", p.endpoint, "--log", p.log,
      `--clock-offset-ms=${p.offsetMs}`, "--berkeley-period-ms", "500",
      ...(p === s1 && logSuffix === "" ? ["--bootstrap"] : ["--seeds", seeds]),
    ]);
  };
  const statuses = async (ps: Proc[]): Promise<(Status | undefined)[]> => Promise.all(ps.map((p) => ctl.status(p.endpoint)));
  /** Every one of `ps` reports the same epoch, exactly `members` (all active), and `coord` as coordinator. */
  const agreed = async (ps: Proc[], members: string[], coord: string): Promise<boolean> => {
    const st = await statuses(ps);
    return st.every((s) =>
      s !== undefined && s.coordinator === coord && s.view?.epoch === st[0]?.view?.epoch &&
      JSON.stringify(ids(s)) === JSON.stringify(members) && (s.view?.members ?? []).every((m) => m.state === 2));
  };

  for (const p of procs) await start(p);
  await waitFor("one view of s1,s2,s3 with s3 coordinating", () => agreed(procs, ["s1", "s2", "s3"], "s3"), 15_000);

  // Berkeley: offsets of ±1000 ms end far closer. Each clock is read against the host clock around the request.
  let spread = Infinity;
  await waitFor("clock spread under 100 ms", async () => {
    const errors: number[] = [];
    for (const p of procs) {
      const before = performance.timeOrigin + performance.now();
      const s = await ctl.status(p.endpoint);
      const after = performance.timeOrigin + performance.now();
      if (s === undefined) return false;
      errors.push(Number(s.clockMs) - (before + after) / 2);
    }
    spread = Math.max(...errors) - Math.min(...errors);
    return spread < 100;
  }, 10_000);
  t.diagnostic(`clock spread after Berkeley: ${spread.toFixed(1)} ms (injected 2000 ms)`);

  // Crash the coordinator: the others agree on s2 and a view without s3.
  const killedAt = performance.now();
  await stopProcess(s3.child as ChildProcess, "SIGKILL");
  await waitFor("s1,s2 agree on s2 without s3", () => agreed([s1, s2], ["s1", "s2"], "s2"), 10_000);
  const failoverMs = performance.now() - killedAt;
  t.diagnostic(`failover (kill -> both survivors show the new coordinator and view): ${failoverMs.toFixed(0)} ms`);

  // Restart it: it rejoins and, as the highest rank, coordinates again.
  await start(s3, "-restarted");
  const rejoinMs = await waitFor("s3 back and coordinating", () => agreed(procs, ["s1", "s2", "s3"], "s3"), 15_000);
  t.diagnostic(`rejoin after restart: ${rejoinMs.toFixed(0)} ms`);

  // Graceful leave: SIGTERM makes s1 ask to leave; it exits 0 and the rest install a view without it.
  assert.equal(await stopProcess(s1.child as ChildProcess, "SIGTERM"), 0);
  await waitFor("s2,s3 without s1", () => agreed([s2, s3], ["s2", "s3"], "s3"), 10_000);

  // The control protocol: partition and heal are logged, the status lists the cut peers.
  const cut = await ctl.request(s2.endpoint, { partition: { peers: ["s9"] } }, 3000);
  assert.deepEqual(cut?.partitioned, ["s9"]);
  const healed = await ctl.request(s2.endpoint, { heal: {} }, 3000);
  assert.deepEqual(healed?.partitioned, []);

  for (const p of [s2, s3]) await stopProcess(p.child as ChildProcess, "SIGTERM");

  const validate = logLineValidator();
  const logs = [s1.log, s2.log, s3.log, join(dir, "s3.log")];
  for (const file of logs) {
    const lines = logLines(file);
    assert.ok(lines.length > 0, `${file} has lines`);
    for (const line of lines) assert.deepEqual(validate(line), [], `${file}: ${JSON.stringify(line)}`);
  }
  const events = (file: string): string[] => logLines(file).map((l) => String(l.event));
  assert.ok(events(join(dir, "s3.log")).includes("BERKELEY_ROUND"), "the coordinator ran rounds");
  assert.ok(events(s1.log).includes("CLOCK_ADJUSTED"));
  assert.ok(events(s2.log).includes("PARTITION_SET") && events(s2.log).includes("PARTITION_HEALED"));
  assert.ok(events(s1.log).includes("LEFT"), "s1 left gracefully");
  // Every log that lived through the end agrees on the last coordinator.
  assert.deepEqual([s2.log, s3.log].map((f) => lastCoordinatorInLog(logLines(f))), ["s3", "s3"]);
});
