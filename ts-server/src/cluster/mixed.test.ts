/**
 * Two TS members and one Go clock node (go-clock/bin/clocknode) in one
 * cluster: the clock node outranks the servers and coordinates; when it is
 * killed a TS member takes over, and when it comes back it coordinates again.
 * Skipped until the Go binary is built (make -C go-clock, or the Makefile).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logLineValidator, repoPath } from "../test-support/repo.js";
import {
  ControlClient, MEMBER_MAIN, type Status, freePort, lastCoordinatorInLog, logLines, startProcess, stopProcess, waitFor,
} from "./test-cluster.js";

const CLOCKNODE = repoPath("go-clock/bin/clocknode");
const ids = (s: Status | undefined): string[] => (s?.view?.members ?? []).map((m) => m.id ?? "");

test("TS servers and a Go clock node: the clock node coordinates, a server takes over", {
  timeout: 60_000,
}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "mixed-"));
  const [e1, e2, ec] = [await freePort(), await freePort(), await freePort()].map((p) => `tcp://127.0.0.1:${p}`) as [string, string, string];
  const ctl = new ControlClient();
  const children: ChildProcess[] = [];
  t.after(async () => {
    ctl.close();
    await Promise.all(children.map((c) => stopProcess(c)));
  });
  const ts = async (id: string, rank: number, ep: string, offset: number, seeds: string[]): Promise<ChildProcess> => {
    const c = await startProcess(process.execPath, [
      MEMBER_MAIN, "--id", id, "--rank", String(rank), "--peer-endpoint", ep, "--log", join(dir, `${id}.log`),
      `--clock-offset-ms=${offset}`, "--berkeley-period-ms", "500", ...(seeds.length ? ["--seeds", seeds.join(",")] : ["--bootstrap"]),
    ]);
    children.push(c);
    return c;
  };
  const go = async (log: string): Promise<ChildProcess> => {
    const c = await startProcess(CLOCKNODE, [
      "--id", "c1", "--peer-endpoint", ec, "--seeds", `${e1},${e2}`, "--log", join(dir, log), "--drift-max-ms", "0", "--berkeley-period-ms", "500",
    ]);
    children.push(c);
    return c;
  };
  const agreed = async (eps: string[], members: string[], coord: string): Promise<boolean> => {
    const st = await Promise.all(eps.map((e) => ctl.status(e)));
    return st.every((s) => s !== undefined && s.coordinator === coord && s.view?.epoch === st[0]?.view?.epoch &&
      JSON.stringify(ids(s)) === JSON.stringify(members) && (s.view?.members ?? []).every((m) => m.state === 2));
  };

  await ts("s1", 1, e1, 700, []);
  await ts("s2", 2, e2, -700, [e1]);
  const c1 = await go("c1.log");
  await waitFor("c1 coordinates s1, s2, c1", () => agreed([e1, e2, ec], ["c1", "s1", "s2"], "c1"), 15_000);

  let spread = Infinity;
  await waitFor("the Go coordinator pulls the TS clocks together", async () => {
    const errors: number[] = [];
    for (const e of [e1, e2, ec]) {
      const before = performance.timeOrigin + performance.now();
      const s = await ctl.status(e);
      const after = performance.timeOrigin + performance.now();
      if (s === undefined) return false;
      errors.push(Number(s.clockMs) - (before + after) / 2);
    }
    spread = Math.max(...errors) - Math.min(...errors);
    return spread < 100;
  }, 10_000);
  t.diagnostic(`clock spread with a Go coordinator: ${spread.toFixed(1)} ms (injected 1400 ms)`);

  const killedAt = performance.now();
  await stopProcess(c1, "SIGKILL");
  await waitFor("s2 takes over without c1", () => agreed([e1, e2], ["s1", "s2"], "s2"), 10_000);
  t.diagnostic(`failover from the Go coordinator to s2: ${(performance.now() - killedAt).toFixed(0)} ms`);

  await go("c1-restarted.log");
  await waitFor("c1 back and coordinating", () => agreed([e1, e2, ec], ["c1", "s1", "s2"], "c1"), 15_000);

  // The restarted Go coordinator must handle s1's LeaveRequest: its Membership follows its Bully.
  await t.test("the restarted Go coordinator removes a leaving server", async () => {
    const s1 = children[0] as ChildProcess;
    assert.equal(await stopProcess(s1, "SIGTERM"), 0);
    await waitFor("c1 and s2 without s1", () => agreed([e2, ec], ["c1", "s2"], "c1"), 5_000);
  });

  for (const c of children) {
    const at = performance.now();
    await stopProcess(c, "SIGTERM");
    t.diagnostic(`stopped ${c.spawnargs.slice(1, 3).join(" ")} in ${(performance.now() - at).toFixed(0)} ms`);
  }
  const validate = logLineValidator();
  for (const f of ["s1.log", "s2.log", "c1.log", "c1-restarted.log"]) {
    const lines = logLines(join(dir, f));
    assert.ok(lines.length > 0, `${f} has lines`);
    for (const l of lines) assert.deepEqual(validate(l), [], `${f}: ${JSON.stringify(l)}`);
  }
  assert.equal(lastCoordinatorInLog(logLines(join(dir, "s1.log"))), "c1");
});
