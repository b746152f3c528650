"""A local cluster on 127.0.0.1: which processes, on which ports, with which
flags, and starting, stopping, killing and restarting them.

The demo, the cluster CLI and the multi-process tests all build their clusters
here, so a process is started the same way everywhere. compose.yaml describes
the same topology for containers (a test checks they agree).
"""

from __future__ import annotations

import json
import pathlib
import secrets
import signal
from dataclasses import asdict, dataclass, field

from socialnet.lab.procs import Proc, endpoint, free_port, go, node, python

# Clock nodes outrank every server, so a Go node is normally the coordinator.
CLOCK_RANK_BASE = 100


@dataclass
class Drift:
    """The drift injector's settings, shared by every process of a run."""

    interval_ms: int = 5000
    max_ms: int = 1000
    seed: int = 1


@dataclass
class Member:
    """A server (TypeScript) or a clock node (Go)."""

    id: str
    role: str  # "server" or "clock"
    rank: int
    peer_port: int
    user_port: int = 0  # servers only
    pub_port: int = 0  # servers only

    @property
    def peer_endpoint(self) -> str:
        return endpoint(self.peer_port)

    @property
    def user_endpoint(self) -> str:
        return endpoint(self.user_port)

    @property
    def pub_endpoint(self) -> str:
        return endpoint(self.pub_port)


@dataclass
class Topology:
    """Everything needed to (re)start any process of a run, saved as run.json."""

    run_dir: pathlib.Path
    members: list[Member] = field(default_factory=list)
    users: list[str] = field(default_factory=list)
    drift: Drift = field(default_factory=Drift)
    bootstrap: str = ""  # the member that installs the first view
    # Berkeley round period of the clock nodes (--berkeley-period-ms); 0 keeps the
    # programs' default (2 s). TypeScript servers have no such flag yet: a server
    # that becomes coordinator runs its rounds every 2 s whatever this says.
    berkeley_period_ms: int = 0

    @classmethod
    def create(
        cls, run_dir: pathlib.Path, servers: int = 3, clocks: int = 2, users: int = 5, drift: Drift | None = None
    ) -> Topology:
        topo = cls(run_dir=run_dir, drift=drift or Drift())
        for n in range(1, clocks + 1):
            topo.members.append(Member(f"c{n}", "clock", CLOCK_RANK_BASE + n, free_port()))
        for _ in range(servers):
            topo.add_server()
        topo.users = [f"user{n}" for n in range(1, users + 1)]
        topo.bootstrap = topo.members[0].id if topo.members else ""
        (run_dir / "logs").mkdir(parents=True, exist_ok=True)
        (run_dir / "data").mkdir(parents=True, exist_ok=True)
        secret = run_dir / "cluster.secret"
        if not secret.exists():
            secret.write_text(secrets.token_hex(32))
            secret.chmod(0o600)
        return topo

    @property
    def secret_file(self) -> pathlib.Path:
        """The run's cluster secret: signs session tokens and every envelope between members."""
        return self.run_dir / "cluster.secret"

    @property
    def secret(self) -> bytes:
        """The key as every process reads it (the file's text, trimmed): for the lab's control requests."""
        return self.secret_file.read_text(encoding="utf-8").strip().encode()

    def add_server(self) -> Member:
        n = 1 + sum(1 for m in self.members if m.role == "server")
        member = Member(f"s{n}", "server", n, free_port(), free_port(), free_port())
        self.members.append(member)
        return member

    def member(self, member_id: str) -> Member:
        return next(m for m in self.members if m.id == member_id)

    @property
    def servers(self) -> list[Member]:
        return [m for m in self.members if m.role == "server"]

    @property
    def clocks(self) -> list[Member]:
        return [m for m in self.members if m.role == "clock"]

    def log_path(self, name: str) -> pathlib.Path:
        return self.run_dir / "logs" / f"{name}.jsonl"

    def fault_path(self, user: str) -> pathlib.Path:
        """The file that tells a user which servers it is cut off from (socialnet.users.faults)."""
        return self.run_dir / "faults" / f"{user}.json"

    def seeds_for(self, member_id: str) -> str:
        return ",".join(m.peer_endpoint for m in self.members if m.id != member_id)

    def _drift_flags(self, name: str) -> list[str]:
        # Each process drifts differently but reproducibly from the run's seed.
        seed = self.drift.seed * 1000 + sum(ord(ch) for ch in name)
        return [
            "--drift-seed",
            str(seed),
            "--drift-interval-ms",
            str(self.drift.interval_ms),
            "--drift-max-ms",
            str(self.drift.max_ms),
        ]

    def _clock_flags(self) -> list[str]:
        return ["--berkeley-period-ms", str(self.berkeley_period_ms)] if self.berkeley_period_ms > 0 else []

    def _join_flags(self, m: Member, first_start: bool) -> list[str]:
        # Only the very first start of the bootstrap member may form a view
        # alone; any restart joins through the others like everyone else.
        if first_start and m.id == self.bootstrap:
            return ["--bootstrap"]
        return ["--seeds", self.seeds_for(m.id)]

    def argv(self, name: str, first_start: bool = True) -> list[str]:
        """The command line of any process of the run, by name."""
        if name in self.users:
            return self.user_argv(name)
        m = self.member(name)
        common = [
            "--id",
            m.id,
            "--rank",
            str(m.rank),
            "--peer-endpoint",
            m.peer_endpoint,
            "--log",
            str(self.log_path(m.id)),
            *self._join_flags(m, first_start),
            *self._drift_flags(m.id),
            "--secret-file",
            str(self.secret_file),
        ]
        if m.role == "clock":
            return go("clocknode", *common, *self._clock_flags())
        return node(
            "server/main.js",
            *common,
            "--user-endpoint",
            m.user_endpoint,
            "--pub-endpoint",
            m.pub_endpoint,
            "--data-dir",
            str(self.run_dir / "data" / m.id),
        )

    def user_argv(self, name: str, duration_s: float = 3600, seed: int = 0) -> list[str]:
        servers = ",".join(m.user_endpoint for m in self.servers)
        return python(
            "socialnet.users.cli",
            "bot",
            "--user",
            name,
            "--password",
            f"{name}-pw",
            "--register",
            "--servers",
            servers,
            "--log",
            str(self.log_path(name)),
            "--fault-file",
            str(self.fault_path(name)),
            "--duration",
            str(duration_s),
            "--seed",
            str(seed or sum(ord(ch) for ch in name)),
            *self._drift_flags(name),
        )

    def save(self) -> None:
        data = asdict(self)
        data["run_dir"] = str(self.run_dir)
        (self.run_dir / "run.json").write_text(json.dumps(data, indent=1) + "\n")

    @classmethod
    def load(cls, run_dir: pathlib.Path) -> Topology:
        data = json.loads((run_dir / "run.json").read_text())
        return cls(
            run_dir=run_dir,
            members=[Member(**m) for m in data["members"]],
            users=data["users"],
            drift=Drift(**data["drift"]),
            bootstrap=data["bootstrap"],
            berkeley_period_ms=data.get("berkeley_period_ms", 0),
        )


class Cluster:
    """The running processes of a topology."""

    def __init__(self, topology: Topology) -> None:
        self.topology = topology
        self.procs: dict[str, Proc] = {}
        self.started: set[str] = set()

    def start(self, name: str, ready: bool = True) -> Proc:
        first = name not in self.started
        proc = Proc(name, self.topology.argv(name, first_start=first), self.topology.run_dir / "out")
        proc.start("READY" if ready and name not in self.topology.users else None)
        self.procs[name] = proc
        self.started.add(name)
        return proc

    def start_members(self) -> None:
        # The bootstrap member first: the others join through it.
        order = sorted(self.topology.members, key=lambda m: m.id != self.topology.bootstrap)
        for m in order:
            self.start(m.id)

    def start_user(self, name: str, duration_s: float = 3600, seed: int = 0) -> Proc:
        """Starts a bot user that follows and messages the run's other users (start() gives it no peers)."""
        proc = Proc(name, bot_argv(self.topology, name, duration_s, seed), self.topology.run_dir / "out")
        proc.start(None)
        self.procs[name] = proc
        self.started.add(name)
        return proc

    def stop(self, name: str) -> int | None:
        return self.procs[name].stop()

    def kill(self, name: str) -> None:
        self.procs[name].kill()

    def pause(self, name: str) -> None:
        self.procs[name].signal(signal.SIGSTOP)

    def resume(self, name: str) -> None:
        self.procs[name].signal(signal.SIGCONT)

    def restart(self, name: str) -> Proc:
        if name in self.procs and self.procs[name].alive():
            self.procs[name].kill()
        return self.start(name)

    def stop_all(self) -> None:
        for name in reversed(list(self.procs)):
            proc = self.procs[name]
            proc.signal(signal.SIGCONT)
            proc.stop()


# ---- added for the demo and the cluster CLI (socialnet.lab.demo, socialnet.lab.cli) ----


def new_run_dir(runs: pathlib.Path) -> pathlib.Path:
    """A fresh runs/<timestamp>/ (a suffix when two start in one second), and runs/current pointing at it."""
    import time

    runs.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    run_dir, n = runs / stamp, 1
    while run_dir.exists():
        n += 1
        run_dir = runs / f"{stamp}-{n}"
    run_dir.mkdir()
    point_current(runs, run_dir)
    return run_dir


def point_current(runs: pathlib.Path, run_dir: pathlib.Path) -> None:
    """runs/current -> run_dir (relative, replaced atomically), so later commands find the run."""
    import os

    link = runs / "current"
    tmp = runs / f".current-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(os.path.relpath(run_dir, runs))
    os.replace(tmp, link)


def write_run_json(topology: Topology, meta: dict) -> None:
    """run.json = the topology (what Topology.load reads) plus the launcher's meta: scenario, phases,
    stopping_at (read by the analyzer), pids (read by the cluster CLI). Written atomically."""
    data = asdict(topology)
    data["run_dir"] = str(topology.run_dir)
    data.update(meta)
    path = topology.run_dir / "run.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n")
    tmp.replace(path)


def read_run_meta(run_dir: pathlib.Path) -> dict:
    """run.json as a dict ({} when absent)."""
    path = run_dir / "run.json"
    return json.loads(path.read_text()) if path.exists() else {}


def bot_argv(topology: Topology, name: str, duration_s: float = 3600, seed: int = 0) -> list[str]:
    """A bot user's command line: user_argv plus the other users as its peers (to follow and message)."""
    peers = ",".join(u for u in topology.users if u != name)
    argv = topology.user_argv(name, duration_s, seed)
    return [*argv, "--peers", peers] if peers else argv
