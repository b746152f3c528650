/** A social-network server as a child process on free loopback ports, for tests that need a real one. */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import type { Body, socialnet } from "../core/codec.js";
import { createProcessCore } from "../core/process.js";
import { DealerSocket, type Received } from "../core/transport.js";
import { repoPath } from "./repo.js";
import { freePort } from "./ports.js";

export interface ServerProcess {
  proc: ChildProcess;
  user: string;
  pub: string;
  log: string;
}

/**
 * Starts dist/server/main.js alone (no cluster) with the secret in `dir`/secret; resolves once it prints READY.
 * Drift is off unless `extraArgs` sets it (the last value of a flag wins).
 */
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

/** A user-side DEALER whose requests resolve with their reply; replies matching no request land in `unmatched`. */
export function userClient(endpoint: string, name = "tester") {
  const core = createProcessCore(name, "user", null);
  const dealer = DealerSocket.connect(endpoint, core);
  const waiting = new Map<string, (r: Received) => void>();
  const unmatched: Received[] = [];
  void dealer.serve((r) => {
    const done = waiting.get(r.envelope.replyTo);
    if (done === undefined) unmatched.push(r);
    waiting.delete(r.envelope.replyTo);
    done?.(r);
  });
  const ask = (body: Body): Promise<socialnet.v1.Envelope> => {
    const { envelope } = dealer.send(body);
    return new Promise((resolve) => waiting.set(envelope.msgId, (r) => resolve(r.envelope)));
  };
  return { core, dealer, ask, unmatched };
}

/** Resident set size of a live process, in MiB (Linux /proc). */
export async function rssMiB(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}
