/**
 * A cluster member with no social data: membership, Bully and Berkeley only.
 * For tests of TS-only and mixed TS+Go clusters before the server wiring, and
 * as the example of how a process embeds ClusterNode.
 */
import { readFileSync } from "node:fs";
import { parseToolArgs } from "../tools/args.js";
import { secretFrom } from "../core/member-auth.js";
import { createProcessCore } from "../core/process.js";
import { DriftInjector } from "../core/drift.js";
import { hostNowMs } from "../core/clock.js";
import { ClusterNode } from "./node.js";
import type { MemberRole } from "./membership.js";

const USAGE = `usage: node dist/cluster/member-main.js --id s1 --rank 1 --peer-endpoint tcp://127.0.0.1:P
  [--seeds EP,EP | --bootstrap] [--role server|clock] [--log FILE]
  [--clock-offset-ms N] [--drift-seed N --drift-interval-ms N --drift-max-ms N]
  [--heartbeat-ms N] [--failure-timeout-ms N] [--berkeley-period-ms N]
  [--secret-file FILE | --insecure]
  The cluster secret (--secret-file, else $SOCIALNET_SECRET) signs every envelope between members; without one the
  member refuses to start unless --insecure (unsigned: anyone who reaches the peer port can join, vote and move clocks).`;

const args = parseToolArgs(
  {
    id: { type: "string" },
    rank: { type: "string" },
    role: { type: "string", default: "server" },
    "peer-endpoint": { type: "string" },
    seeds: { type: "string", default: "" },
    bootstrap: { type: "boolean", default: false },
    log: { type: "string" },
    "clock-offset-ms": { type: "string", default: "0" },
    "drift-seed": { type: "string", default: "1" },
    "drift-interval-ms": { type: "string", default: "5000" },
    "drift-max-ms": { type: "string", default: "0" },
    "heartbeat-ms": { type: "string" },
    "failure-timeout-ms": { type: "string" },
    "berkeley-period-ms": { type: "string" },
    "secret-file": { type: "string" },
    insecure: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  USAGE,
);

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    console.error(`--${name} must be an integer\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const seeds = args.seeds.split(",").map((s) => s.trim()).filter((s) => s !== "");
if (args.help || !args.id || args["peer-endpoint"] === undefined || args.rank === undefined || (!args.bootstrap && seeds.length === 0)
  || (args.role !== "server" && args.role !== "clock")) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}
const role = args.role as MemberRole;
const secret = secretFrom(
  args["secret-file"] === undefined ? undefined : readFileSync(args["secret-file"], "utf8"), process.env.SOCIALNET_SECRET,
);
if (secret === undefined && !args.insecure) {
  console.error(`a cluster member needs the cluster secret: --secret-file FILE or $SOCIALNET_SECRET (or --insecure)\n${USAGE}`);
  process.exit(2);
}

const core = createProcessCore(args.id, role, args.log ?? null);
if (args.insecure) core.log.event("MEMBER_AUTH_DISABLED", { reason: "--insecure" }, "warn");
core.clock.adjust(int("clock-offset-ms", args["clock-offset-ms"]) ?? 0);
const driftMax = int("drift-max-ms", args["drift-max-ms"]) ?? 0;
const drift = driftMax > 0
  ? new DriftInjector(int("drift-seed", args["drift-seed"]) ?? 1, int("drift-interval-ms", args["drift-interval-ms"]) ?? 5000, driftMax, hostNowMs())
  : null;

const heartbeatMs = int("heartbeat-ms", args["heartbeat-ms"]);
const failureTimeoutMs = int("failure-timeout-ms", args["failure-timeout-ms"]);
const periodMs = int("berkeley-period-ms", args["berkeley-period-ms"]);

let stopping = false;
const node = await ClusterNode.start({
  core,
  self: {
    id: args.id, role, rank: int("rank", args.rank) ?? 0, peerEndpoint: args["peer-endpoint"],
    userEndpoint: "", pubEndpoint: "", state: role === "clock" ? "active" : "joining",
  },
  seeds,
  bootstrap: args.bootstrap,
  ...(secret !== undefined && !args.insecure && { secret }),
  autoActive: true, // nothing to copy
  membership: {
    ...(heartbeatMs !== undefined && { heartbeatMs }),
    ...(failureTimeoutMs !== undefined && { failureTimeoutMs }),
  },
  berkeley: periodMs !== undefined ? { periodMs } : {},
  onShutdown: () => stop("shutdown", false),
});

if (drift !== null) {
  setInterval(() => {
    for (const jump of drift.poll(hostNowMs())) {
      core.clock.adjust(jump);
      core.log.event("DRIFT_INJECTED", { delta_ms: jump, source: "injector" });
    }
  }, 10).unref();
}

async function stop(reason: string, graceful: boolean): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (graceful) await node.leave();
  core.log.event("STOPPED", { reason });
  await node.close();
  await core.log.close();
  process.exit(0);
}

process.on("SIGTERM", () => void stop("SIGTERM", true));
process.on("SIGINT", () => void stop("SIGINT", true));
// The endpoint first, as go-clock's clocknode does, for launchers that bind port 0.
console.log(JSON.stringify({ id: node.id, peer_endpoint: node.endpoint }));
console.log("READY");
