import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFile } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { freePort } from "../test-support/ports.js";

const tool = (name: string): string => fileURLToPath(new URL(`./${name}.js`, import.meta.url));


test("load.js runs unchanged against the baseline front; every post is on all three", { timeout: 30_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "baseline-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const [p1, p2, pf] = [await freePort(), await freePort(), await freePort()];
  const ep = (p: number): string => `tcp://127.0.0.1:${p}`;
  const argvs = [
    ["--mode", "replica", "--router", ep(p1), "--db", join(dir, "r1.db")],
    ["--mode", "replica", "--router", ep(p2), "--db", join(dir, "r2.db")],
    ["--mode", "front", "--router", ep(pf), "--replicas", `${ep(p1)},${ep(p2)}`, "--db", join(dir, "front.db")],
  ];
  const procs = argvs.map((argv) => spawn(process.execPath, [tool("baseline"), ...argv]));
  t.after(() => procs.forEach((p) => p.kill("SIGKILL")));
  for (const p of procs) {
    const [ready] = (await once(p.stdout, "data")) as [Buffer];
    assert.equal(ready.toString().trim(), "READY");
  }

  // 10 x 50 in flight: a turn's push is over 64 KiB, so it must be chunked.
  const loadArgs = ["--connect", ep(pf), "--users", "10", "--posts", "2000", "--pipeline", "50", "--followers", "0"];
  const { stdout } = await promisify(execFile)(process.execPath, [tool("load"), ...loadArgs]);
  const report = JSON.parse(stdout) as { posts: number; errors: number };
  assert.equal(report.posts, 2000);
  assert.equal(report.errors, 0);

  // The reply waited for one replica only: give the other a moment to commit its copy.
  const count = (name: string): number => {
    const db = new Database(join(dir, `${name}.db`), { readonly: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  for (const name of ["front", "r1", "r2"]) {
    const deadline = Date.now() + 5000;
    while (count(name) < 2000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(count(name), 2000, `${name} holds every post`);
  }
  for (const p of procs) {
    p.kill("SIGTERM");
    const [code] = (await once(p, "exit")) as [number | null];
    assert.equal(code, 0, "exits cleanly on SIGTERM");
  }
});
