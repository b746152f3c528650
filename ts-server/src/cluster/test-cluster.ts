/**
 * Test support for multi-process clusters: spawn members on free ports, ask
 * them for their status over the control protocol (a DEALER to the peer
 * ROUTER, as the cluster CLI does), read their logs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { socialnet } from "../core/codec.js";
import { createProcessCore, type ProcessCore } from "../core/process.js";
import { DealerSocket } from "../core/transport.js";
import { MemberAuth } from "../core/member-auth.js";

export type Status = socialnet.v1.StatusReport;

export { freePort } from "../test-support/ports.js";

export const MEMBER_MAIN = fileURLToPath(new URL("./member-main.js", import.meta.url));

/** The cluster secret every process startProcess starts gets ($SOCIALNET_SECRET), and ControlClient signs with. */
export const TEST_SECRET = "ts-test-cluster-secret";

let controlClients = 0;

/** Starts a process and waits for READY on its stdout. */
export async function startProcess(cmd: string, args: string[], timeoutMs = 10_000): Promise<ChildProcess> {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SOCIALNET_SECRET: TEST_SECRET } });
  let out = "";
  let err = "";
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")}: no READY after ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("READY")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(" ")} exited ${code} before READY; stderr: ${err}`));
    });
  });
  return child;
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, "exit") as Promise<[number | null]>;
  child.kill(signal);
  const [code] = await exited;
  return code;
}

/** Asks members for their StatusReport over ControlRequest; undefined when one does not answer in time. */
export class ControlClient {
  // Its own id per client: members refuse an older boot of an id they know, so two clients must not share one.
  private readonly core: ProcessCore;

  constructor(secret: string | null = TEST_SECRET) {
    controlClients += 1;
    const core = createProcessCore(`ctl-${process.pid}-${controlClients}`, "control", null);
    this.core = secret === null ? core : { ...core, auth: new MemberAuth(Buffer.from(secret)) };
  }

  private readonly dealers = new Map<string, DealerSocket>();
  private readonly waiting = new Map<string, (s: Status) => void>();
  private n = 0;

  async request(endpoint: string, command: socialnet.v1.ControlRequest.$Properties, timeoutMs = 500): Promise<Status | undefined> {
    let dealer = this.dealers.get(endpoint);
    if (dealer === undefined) {
      dealer = DealerSocket.connect(endpoint, this.core);
      this.dealers.set(endpoint, dealer);
      void dealer.serve((msg) => {
        const status = msg.envelope.controlReply?.status;
        if (status) this.waiting.get(msg.envelope.replyTo)?.(status as Status);
      });
    }
    this.n += 1;
    const sent = dealer.send({ controlRequest: { requestId: `r${this.n}`, ...command } });
    const id = sent.envelope.msgId;
    return new Promise<Status | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve(undefined);
      }, timeoutMs);
      this.waiting.set(id, (s) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(s);
      });
    });
  }

  status(endpoint: string): Promise<Status | undefined> {
    return this.request(endpoint, { status: {} });
  }

  close(): void {
    for (const d of this.dealers.values()) d.close();
    this.dealers.clear();
  }
}

/** Parsed log lines; a torn last line (a SIGKILLed writer) is skipped. */
export function logLines(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
  const parsed: Record<string, unknown>[] = [];
  lines.forEach((line, i) => {
    try {
      parsed.push(JSON.parse(line) as Record<string, unknown>);
    } catch (err) {
      if (i !== lines.length - 1) throw err;
    }
  });
  return parsed;
}

/** The coordinator a log last reports: its own win or an accepted announcement. */
export function lastCoordinatorInLog(lines: Record<string, unknown>[]): string {
  let c = "";
  for (const l of lines) {
    if (l.event === "BULLY_COORDINATOR") c = String(l.proc);
    if (l.event === "BULLY_COORDINATOR_ACCEPTED") c = String(l.coordinator);
  }
  return c;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls an async condition until it holds; returns how long it took. */
export async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (await cond()) return performance.now() - start;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}
