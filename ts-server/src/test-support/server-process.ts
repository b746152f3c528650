/** A social-network server as a child process on free loopback ports, for tests that need a real one. */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { repoPath } from "./repo.js";
import { freePort } from "./ports.js";

export interface ServerProcess {
  proc: ChildProcess;
  user: string;
  pub: string;
  log: string;
}

/** Starts dist/server/main.js alone (no cluster) with the secret in `dir`/secret; resolves once it prints READY. */
export async function startServerProcess(dir: string, logName: string, extraArgs: string[] = []): Promise<ServerProcess> {
  const [user, pub] = [`tcp://127.0.0.1:${await freePort()}`, `tcp://127.0.0.1:${await freePort()}`];
  const log = join(dir, logName);
  const proc = spawn(process.execPath, [
    repoPath("ts-server/dist/server/main.js"), "--id", "s1", "--user-endpoint", user, "--pub-endpoint", pub,
    "--data-dir", join(dir, "data"), "--log", log, "--secret-file", join(dir, "secret"), "--drift-max-ms", "0", ...extraArgs,
  ], { stdio: ["ignore", "pipe", "inherit"] });
  const [ready] = (await once(proc.stdout!, "data")) as [Buffer];
  assert.equal(ready.toString().trim(), "READY");
  return { proc, user, pub, log };
}

/** Resident set size of a live process, in MiB (Linux /proc). */
export async function rssMiB(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}
