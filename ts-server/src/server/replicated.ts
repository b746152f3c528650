/**
 * How a server joins its cluster: the ClusterNode (membership, Bully,
 * Berkeley) and the Replicator wired to the SocialServer and its store. The
 * server process (main.ts) and the deterministic simulator (src/sim/) both
 * call this, so the simulator runs exactly the wiring a process runs.
 */
import type { ProcessCore } from "../core/process.js";
import type { Scheduler } from "../core/scheduler.js";
import { ClusterNode, type ClusterNodeOptions, type PeerNet } from "../cluster/node.js";
import { viewToPb } from "../cluster/wire.js";
import type { WriteQuorum } from "../social/replication.js";
import type { EventStore } from "../social/store.js";
import { Replicator } from "./replicator.js";
import type { SocialServer } from "./server.js";

/** The meta key of the highest epoch this server accepted a view proposal for. */
const PROMISED_KEY = "membership_promised";

export interface ReplicatedServerOptions {
  rank: number;
  /** This incarnation's origin (EventStore.nextIncarnation). */
  origin: string;
  peerEndpoint: string;
  /** The user sockets, as the view will advertise them. */
  userEndpoint: string;
  pubEndpoint: string;
  seeds: string[];
  bootstrap: boolean;
  writeQuorum: WriteQuorum;
  writeTimeoutMs: number;
  syncPeriodMs: number;
  /** The next incarnation's origin, persisted: for a server removed from the view without asking. */
  reincarnate: () => string;
  /** After a ControlRequest{shutdown} has drained the writes and left the view. */
  onShutdown: () => void | Promise<void>;
  scheduler?: Scheduler;
  net?: PeerNet;
  /** The cluster secret that signs member traffic (docs/protocol.md, "Member authentication"); omitted: unsigned. */
  secret?: Uint8Array;
  /** Timeouts and periods of the machines (the simulator shortens nothing, but may). */
  tuning?: Pick<ClusterNodeOptions, "membership" | "bully" | "berkeley" | "tickMs">;
}

export interface ReplicatedServer {
  cluster: ClusterNode;
  replicator: Replicator;
}

export async function joinCluster(
  core: ProcessCore, store: EventStore, server: SocialServer, o: ReplicatedServerOptions,
): Promise<ReplicatedServer> {
  // Users are refused until replication is wired and this server is ACTIVE: an acknowledgement
  // before that would not be on a quorum. The Replicator replaces this gate.
  server.available = () => false;
  // The ClusterNode asks for the Replicator's figures before the Replicator exists.
  const wired: { replicator?: Replicator } = {};
  const cluster = await ClusterNode.start({
    core,
    self: {
      id: core.id, role: "server", rank: o.rank, peerEndpoint: o.peerEndpoint, userEndpoint: o.userEndpoint,
      pubEndpoint: o.pubEndpoint, state: "joining", origin: o.origin,
    },
    seeds: o.seeds,
    bootstrap: o.bootstrap,
    ...o.tuning,
    // A ViewAck carries what we hold: the coordinator cuts retired origins from it.
    // Our promise as a voter survives restarts (see MembershipConfig.promised).
    membership: {
      ...o.tuning?.membership, have: () => store.versionVector.entries(),
      promised: Number(store.metaValue(PROMISED_KEY) ?? 0),
      onPromise: (epoch) => store.setMetaValue(PROMISED_KEY, String(epoch)),
    },
    status: () => ({ eventCount: store.eventCount(), lag: wired.replicator?.lag ?? 0 }),
    beforeLeave: async () => {
      await wired.replicator?.drain();
    },
    onShutdown: o.onShutdown,
    ...(o.scheduler !== undefined && { scheduler: o.scheduler }),
    ...(o.net !== undefined && { net: o.net }),
    ...(o.secret !== undefined && { secret: o.secret }),
  });
  // Joining servers copy data first (snapshot, then sync) and ask for ACTIVE once caught up.
  const replicator = new Replicator(core, cluster, store, server.commits, server, {
    writeQuorum: o.writeQuorum, writeTimeoutMs: o.writeTimeoutMs, syncPeriodMs: o.syncPeriodMs, reincarnate: o.reincarnate,
    ...(o.scheduler !== undefined && { scheduler: o.scheduler }),
  }, o.bootstrap);
  wired.replicator = replicator;
  server.viewProvider = { view: () => (cluster.view === null ? server.standaloneView() : viewToPb(cluster.view)) };
  return { cluster, replicator };
}
