/**
 * A social-network server: `node dist/server/main.js --id s1 --user-endpoint
 * tcp://127.0.0.1:P --pub-endpoint tcp://127.0.0.1:Q --data-dir DIR`.
 * Prints READY once serving; SIGTERM/SIGINT stop it cleanly (exit 0).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseToolArgs } from "../tools/args.js";
import { hostNowMs } from "../core/clock.js";
import { DriftInjector } from "../core/drift.js";
import { createProcessCore } from "../core/process.js";
import { TokenSigner, randomSecret } from "../social/accounts.js";
import { EventStore } from "../social/store.js";
import { DEFAULT_RATE_LIMIT } from "../social/rate-limit.js";
import type { ClusterNode } from "../cluster/node.js";
import { SocialServer } from "./server.js";
import type { Replicator } from "./replicator.js";
import { joinCluster } from "./replicated.js";

const USAGE = `usage: node dist/server/main.js --id s1 --user-endpoint tcp://127.0.0.1:P --pub-endpoint tcp://127.0.0.1:Q
       --data-dir DIR [--rank N] [--log FILE] [--secret-file FILE] [--text-limit BYTES] [--token-ttl-ms MS]
       [--drift-seed N] [--drift-interval-ms MS] [--drift-max-ms MS (0 = off)]
       [--peer-endpoint tcp://127.0.0.1:R (--bootstrap | --seeds EP,EP)]
       [--rate-per-user-per-s N (2000)] [--rate-burst N (4000)]
       [--write-quorum majority|all] [--write-timeout-ms MS (2000)] [--sync-period-ms MS (500)] [--insecure]
  With --peer-endpoint the server is a member of the cluster (membership, Bully, Berkeley); without, it runs alone.
  The cluster secret comes from --secret-file, else $SOCIALNET_SECRET; it signs session tokens and every envelope
  between members. Alone, a server without one makes a random one (tokens then work on this server only); a member
  refuses to start without one, unless --insecure (member traffic unsigned: anyone who reaches the peer port can
  join, vote, replicate and move clocks).`;

const args = parseToolArgs(
  {
    id: { type: "string" },
    rank: { type: "string", default: "1" },
    "user-endpoint": { type: "string" },
    "pub-endpoint": { type: "string" },
    "data-dir": { type: "string" },
    log: { type: "string" },
    "secret-file": { type: "string" },
    "text-limit": { type: "string", default: "4096" },
    "token-ttl-ms": { type: "string", default: "3600000" },
    "drift-seed": { type: "string" },
    "drift-interval-ms": { type: "string", default: "5000" },
    "drift-max-ms": { type: "string", default: "1000" },
    // Per-user request limits (docs/social.md, "Limits"): generous, so the bench and the bots never meet them.
    "rate-per-user-per-s": { type: "string", default: String(DEFAULT_RATE_LIMIT.ratePerS) },
    "rate-burst": { type: "string", default: String(DEFAULT_RATE_LIMIT.burst) },
    // The cluster (docs/algorithms.md, "Membership"): the member ROUTER, and how to join.
    "peer-endpoint": { type: "string" },
    seeds: { type: "string" },
    bootstrap: { type: "boolean", default: false },
    // Replication (docs/algorithms.md, "Replication and stable delivery").
    "write-quorum": { type: "string", default: "majority" },
    "write-timeout-ms": { type: "string", default: "2000" },
    "sync-period-ms": { type: "string", default: "500" },
    insecure: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  USAGE,
);

function integer(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) {
    console.error(`--${name} must be an integer >= ${min}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const { id, "user-endpoint": userEndpoint, "pub-endpoint": pubEndpoint, "data-dir": dataDir } = args;
if (args.help || !id || !userEndpoint || !pubEndpoint || !dataDir) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}
const rank = integer("rank", args.rank, 0);
const textLimit = integer("text-limit", args["text-limit"], 1);
const tokenTtlMs = integer("token-ttl-ms", args["token-ttl-ms"], 1);
const driftIntervalMs = integer("drift-interval-ms", args["drift-interval-ms"], 1);
const driftMaxMs = integer("drift-max-ms", args["drift-max-ms"], 0);
const rateLimit = { ratePerS: integer("rate-per-user-per-s", args["rate-per-user-per-s"], 1), burst: integer("rate-burst", args["rate-burst"], 1) };
// Default seed from the id: servers drift differently, and the same way on every run.
const driftSeed = args["drift-seed"] === undefined ? [...id].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7) : integer("drift-seed", args["drift-seed"], 0);

const core = createProcessCore(id, "server", args.log ?? null);

let secretSource = "file";
let secret: Buffer;
if (args["secret-file"] !== undefined) secret = Buffer.from(readFileSync(args["secret-file"], "utf8").trim());
else if (process.env.SOCIALNET_SECRET) [secret, secretSource] = [Buffer.from(process.env.SOCIALNET_SECRET), "env"];
else if (args["peer-endpoint"] !== undefined && !args.insecure) {
  console.error(`a cluster member needs the cluster secret: --secret-file FILE or $SOCIALNET_SECRET (or --insecure)\n${USAGE}`);
  process.exit(2);
} else {
  [secret, secretSource] = [randomSecret(), "random"];
  console.error("warning: no --secret-file or SOCIALNET_SECRET; tokens will only work on this server");
}

const writeQuorum = args["write-quorum"];
if (writeQuorum !== "majority" && writeQuorum !== "all") {
  console.error(`--write-quorum must be majority or all\n${USAGE}`);
  process.exit(2);
}
const writeTimeoutMs = integer("write-timeout-ms", args["write-timeout-ms"], 1);
const syncPeriodMs = integer("sync-period-ms", args["sync-period-ms"], 1);
const dbFile = join(dataDir, `${id}.db`);
// In a cluster every start is a new incarnation (its own origin); alone, the server is its own origin.
const clustered = args["peer-endpoint"] !== undefined;
const origin = clustered ? EventStore.nextIncarnation(dbFile, id) : id;
const store = EventStore.open(dbFile, { origin, lamport: core.lamport, nowMs: () => core.clock.nowMs() });
const server = new SocialServer(core, store, new TokenSigner(secret, tokenTtlMs), { rank, userEndpoint, pubEndpoint, textLimit, rateLimit });
// The process's first line (the log analyzer splits a log into lives at it).
core.log.event("SERVER_STARTED", {
  user_endpoint: userEndpoint, pub_endpoint: pubEndpoint, rank, data_dir: dataDir, secret: secretSource,
  origin, restored_seq: store.nextSequence - 1, restored_lamport: core.lamport.value, events: store.eventCount(),
  text_limit: textLimit, token_ttl_ms: tokenTtlMs, drift_seed: driftSeed, drift_interval_ms: driftIntervalMs, drift_max_ms: driftMaxMs,
  rate_per_user_per_s: rateLimit.ratePerS, rate_burst: rateLimit.burst,
});
if (secretSource === "random") core.log.event("SECRET_GENERATED", { reason: "no --secret-file or SOCIALNET_SECRET" }, "warn");
if (clustered && args.insecure) core.log.event("MEMBER_AUTH_DISABLED", { reason: "--insecure" }, "warn");
// In a cluster, users are refused until this server is ACTIVE (joinCluster keeps this gate).
if (clustered) server.available = () => false;
// With fixed ports the cluster starts first, so the log begins with CLUSTER_STARTED, not with users'
// requests (a restarted server is retried at once by its users).
const fixedPorts = !/:0$/.test(userEndpoint) && !/:0$/.test(pubEndpoint);
let endpoints = clustered && fixedPorts ? { user: userEndpoint, pub: pubEndpoint } : await server.start();

let cluster: ClusterNode | undefined;
let replicator: Replicator | undefined;
if (args["peer-endpoint"] !== undefined) {
  ({ cluster, replicator } = await joinCluster(core, store, server, {
    rank, origin, peerEndpoint: args["peer-endpoint"], userEndpoint: endpoints.user, pubEndpoint: endpoints.pub,
    seeds: (args.seeds ?? "").split(",").filter((s) => s !== ""), bootstrap: args.bootstrap === true,
    writeQuorum, writeTimeoutMs, syncPeriodMs, reincarnate: () => EventStore.nextIncarnation(dbFile, id),
    onShutdown: () => stop("control"),
    ...(!args.insecure && { secret }),
  }));
  if (fixedPorts) endpoints = await server.start();
}
if (endpoints.user !== userEndpoint || endpoints.pub !== pubEndpoint) {
  core.log.event("SERVER_LISTENING", { user_endpoint: endpoints.user, pub_endpoint: endpoints.pub });
}

let driftTimer: NodeJS.Timeout | undefined;
if (driftMaxMs > 0) {
  const drift = new DriftInjector(driftSeed, driftIntervalMs, driftMaxMs, hostNowMs());
  // Polled more often than the interval so each jump lands close to its boundary.
  driftTimer = setInterval(() => {
    for (const jump of drift.poll(hostNowMs())) {
      core.clock.adjust(jump);
      core.log.event("DRIFT_INJECTED", { jump_ms: jump, offset_ms: core.clock.offsetMs });
    }
  }, Math.min(driftIntervalMs, 100));
}


let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(driftTimer);
  // Stop taking writes (users get UNAVAILABLE and fail over), finish those in flight (each reaches
  // its quorum or fails), then leave the view, so the others do not wait for a failure timeout.
  if (replicator !== undefined) await replicator.drain();
  await server.stop();
  if (cluster !== undefined) {
    if (signal !== "control") await cluster.leave();
    replicator?.close();
    await cluster.close();
  }
  const events = store.eventCount();
  store.close();
  core.log.event("SERVER_STOPPED", { signal, events });
  await core.log.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

console.log("READY");
