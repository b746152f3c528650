"""`make bench`: measures the system against its ceilings, prints a table and
writes bench/results.json.

Each section returns rows {name, value, unit, better, note}. Names are stable
from run to run so results can be compared over time. Ceilings (raw ZeroMQ,
then ZeroMQ + protobuf, between the three languages) are measured in the same
run as the system, so ratios between rows are fair on a shared machine.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import pathlib
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from socialnet.lab.cluster import Cluster, Drift, Topology
from socialnet.lab.control import ControlClient
from socialnet.lab.demo import Snapshot
from socialnet.lab.logs import read_log
from socialnet.lab.procs import REPO, Proc, endpoint, free_port, go, node, python, running


@dataclass
class Row:
    name: str
    value: float
    unit: str
    better: str  # "higher" or "lower"
    note: str = ""


@dataclass
class Bench:
    """What every section gets: a scratch folder and the quick flag."""

    work: pathlib.Path
    quick: bool

    def scale(self, n: int) -> int:
        return max(n // 10, 100) if self.quick else n


def ping(bench: Bench, name: str, argv: list[str]) -> dict:
    proc = Proc(name, argv, bench.work).start()
    code = proc.wait(timeout=600)
    lines = [ln for ln in proc.stdout().splitlines() if ln.startswith("{")]
    if code != 0 or not lines:
        raise RuntimeError(f"{name} failed ({code}): {proc.stderr()[-2000:]}")
    return json.loads(lines[-1])


def ping_rows(
    bench: Bench,
    prefix: str,
    client: Callable[..., list[str]],
    target: str,
    raw: bool,
    latency_n: int,
    throughput_n: int,
    note: str,
) -> list[Row]:
    flags = ["--connect", target, "--id", prefix.replace(".", "_")] + (["--raw"] if raw else [])
    lat = ping(bench, f"{prefix}-lat", client(*flags, "--count", str(latency_n), "--pipeline", "1"))
    thr = ping(bench, f"{prefix}-thr", client(*flags, "--count", str(throughput_n), "--pipeline", "200"))
    return [
        Row(
            f"{prefix}.rtt_p50",
            lat["rtt_p50_us"],
            "us",
            "lower",
            f"{latency_n} sequential round trips; {note}",
        ),
        Row(
            f"{prefix}.rtt_p99",
            lat["rtt_p99_us"],
            "us",
            "lower",
            f"{latency_n} sequential round trips; {note}",
        ),
        Row(
            f"{prefix}.throughput",
            thr["throughput_per_s"],
            "msg/s",
            "higher",
            f"{throughput_n} requests, 200 in flight; {note}",
        ),
    ]


def ceilings(bench: Bench) -> list[Row]:
    """DEALER->ROUTER round trips against the echo peer: the best the system could do."""
    rows: list[Row] = []
    raw_port, pb_port = free_port(), free_port()
    raw_echo = Proc(
        "echo-raw",
        node("tools/echo.js", "--router", endpoint(raw_port), "--id", "echo_raw", "--raw"),
        bench.work,
    )
    pb_echo = Proc("echo-pb", node("tools/echo.js", "--router", endpoint(pb_port), "--id", "echo_pb"), bench.work)
    with running(raw_echo.start("READY"), pb_echo.start("READY")):
        n_lat, n_thr = bench.scale(5000), bench.scale(100_000)
        node_ping = lambda *a: node("tools/ping.js", *a)  # noqa: E731
        go_ping = lambda *a: go("ping", *a)  # noqa: E731
        py_ping = lambda *a: python("socialnet.tools.ping", *a)  # noqa: E731
        pairs = [
            ("ceiling.zmq_raw.node_node", node_ping, raw_port, True, n_thr, "100-byte frames, no protobuf"),
            ("ceiling.zmq_proto.node_node", node_ping, pb_port, False, n_thr, "Envelope encode/decode, no logging"),
            ("ceiling.zmq_proto.go_node", go_ping, pb_port, False, n_thr, "Go zmq4 DEALER -> Node ROUTER, no logging"),
            (
                "ceiling.zmq_proto.py_node",
                py_ping,
                pb_port,
                False,
                bench.scale(30_000),
                "pyzmq asyncio DEALER -> Node ROUTER, no logging",
            ),
        ]
        for prefix, client, port, raw, throughput_n, note in pairs:
            rows += ping_rows(bench, prefix, client, endpoint(port), raw, n_lat, throughput_n, note)
    return rows


# The two loads every server section runs, so their rows compare: 20 users with
# 50 posts in flight each, and 1,000 posts/s with 5 followers per poster.
PIPELINED = ("--users", "20", "--pipeline", "50")
AT_1000_PER_S = ("--users", "10", "--rate", "1000", "--followers", "5")


def rss_mb(pid: int) -> float:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def load(bench: Bench, name: str, user_port: int, pub_port: int, *flags: str) -> dict:
    argv = node("tools/load.js", "--connect", endpoint(user_port), "--sub", endpoint(pub_port), *flags)
    return ping(bench, name, argv)


def single_server(bench: Bench) -> list[Row]:
    """One durable server (SQLite WAL, synchronous=FULL, group commit), logging at info."""
    user_port, pub_port = free_port(), free_port()
    data = bench.work / "s1"

    def server() -> Proc:
        argv = node(
            "server/main.js",
            "--id",
            "s1",
            "--user-endpoint",
            endpoint(user_port),
            "--pub-endpoint",
            endpoint(pub_port),
            "--data-dir",
            str(data),
            "--log",
            str(bench.work / "s1.jsonl"),
            "--drift-max-ms",
            "0",
        )
        return Proc("server-s1", argv, bench.work, env={"SOCIALNET_SECRET": "bench-secret"}).start("READY")

    note = "1 server, durable group commit, server log level info"
    with running(server()) as (s1,):
        n = bench.scale(100_000)
        thr = load(bench, "load-thr", user_port, pub_port, *PIPELINED, "--posts", str(n))
        notify = load(
            bench,
            "load-notify",
            user_port,
            pub_port,
            *AT_1000_PER_S,
            "--posts",
            str(bench.scale(10_000)),
        )
        total = bench.scale(1_000_000)
        # Fill up to a million stored events, then read the server's resident memory.
        fill = max(total - n - notify["posts"], 0)
        load(bench, "load-fill", user_port, pub_port, *PIPELINED, "--posts", str(fill))
        rss_loaded = rss_mb(s1.pid)
    # What holding the events costs, without the garbage of the load: a fresh process on the same data.
    with running(server()) as (s1,):
        rss_idle = rss_mb(s1.pid)
    return [
        Row(
            "server1.posts_acked",
            thr["acked_per_s"],
            "posts/s",
            "higher",
            f"{n} posts, 20 users x 50 in flight; {note}",
        ),
        Row("server1.post_latency_p50", thr["latency_p50_ms"], "ms", "lower", f"under the load above; {note}"),
        Row("server1.post_latency_p99", thr["latency_p99_ms"], "ms", "lower", f"under the load above; {note}"),
        Row(
            "server1.notify_latency_p50",
            notify["notify_p50_ms"],
            "ms",
            "lower",
            f"post -> follower notification at 1000 posts/s, 5 followers; {note}",
        ),
        Row(
            "server1.notify_latency_p99",
            notify["notify_p99_ms"],
            "ms",
            "lower",
            f"post -> follower notification at 1000 posts/s, 5 followers; {note}",
        ),
        Row(
            "server1.rss_after_load",
            rss_loaded,
            "MB",
            "lower",
            f"server RSS right after loading {total} events (includes the load's garbage); {note}",
        ),
        Row(
            "server1.rss_restarted_with_events",
            rss_idle,
            "MB",
            "lower",
            f"RSS of a fresh server process holding {total} events (SQLite on disk); {note}",
        ),
    ]


# ---- clocks: Berkeley spread, Bully failover, messages per round ----

BERKELEY_BODIES = frozenset({"time_request", "time_reply", "clock_adjust"})
ADJUST_WINDOW_MS = (-5.0, 250.0)  # a member's CLOCK_ADJUSTED for a round, around the coordinator's BERKELEY_ROUND


def nearest_rank(values: list[float], q: float) -> float:
    """Nearest-rank percentile (a value that was measured), as the ping tools report."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


@dataclass
class BerkeleyRound:
    """One Berkeley round as the logs tell it (docs/algorithms.md, "Berkeley clock synchronization").

    before/after: each member's clock - real just before and just after it applied
    the round's adjustment (its CLOCK_ADJUSTED line: `before`/`after` minus `real`).
    """

    coordinator: str
    round: int
    started: float  # real ms of the round's first time_request SEND
    closed: float  # real ms of the coordinator's BERKELEY_ROUND line
    before: dict[str, float] = field(default_factory=dict)
    after: dict[str, float] = field(default_factory=dict)
    ended: float = 0.0  # real ms of the last CLOCK_ADJUSTED of the round
    drifted: list[str] = field(default_factory=list)  # members whose clock jumped while the round ran
    messages: int = 0  # SEND lines of time_request / time_reply / clock_adjust while the round ran
    rtt: dict[str, float] = field(default_factory=dict)  # member -> real ms from time_request SEND to its reply RECV

    @staticmethod
    def _spread(offsets: dict[str, float]) -> float | None:
        return max(offsets.values()) - min(offsets.values()) if len(offsets) >= 2 else None

    @property
    def spread_before(self) -> float | None:
        return self._spread(self.before)

    @property
    def spread_after(self) -> float | None:
        return self._spread(self.after)


def berkeley_rounds(logs: dict[str, list[dict]]) -> list[BerkeleyRound]:
    """Every Berkeley round of a run, with each member's clock error before and after it.

    A member's adjustment is its CLOCK_ADJUSTED line (source berkeley) whose `from`
    is the coordinator and whose `round` matches when the line has one (TypeScript
    servers log no round), logged within ADJUST_WINDOW_MS of the BERKELEY_ROUND line.
    """
    adjusted: dict[tuple[str, str], list[dict]] = {}
    drifts: dict[str, list[float]] = {}
    sends: list[float] = []
    for proc, lines in logs.items():
        for ln in lines:
            if ln["event"] == "CLOCK_ADJUSTED" and ln.get("source") == "berkeley":
                adjusted.setdefault((proc, ln.get("from", "")), []).append(ln)
            elif ln["event"] == "DRIFT_INJECTED":
                drifts.setdefault(proc, []).append(ln["real"])
            elif ln.get("dir") == "send" and ln.get("body") in BERKELEY_BODIES:
                sends.append(ln["real"])
    sends.sort()
    for found in drifts.values():
        found.sort()
    out = []
    for coord, lines in logs.items():
        first_request, asked, rtt = None, {}, {}
        for ln in lines:
            if ln.get("dir") == "send" and ln.get("body") == "time_request":
                first_request = ln["real"] if first_request is None else first_request
                asked[ln["peer"]] = ln["real"]
            elif ln.get("dir") == "recv" and ln.get("body") == "time_reply" and ln["peer"] in asked:
                rtt[ln["peer"]] = ln["real"] - asked.pop(ln["peer"])
            if ln["event"] != "BERKELEY_ROUND":
                continue
            r = BerkeleyRound(coord, ln.get("round", 0), first_request or ln["real"], ln["real"], rtt=rtt)
            first_request, asked, rtt = None, {}, {}
            for proc in logs:
                for adj in adjusted.get((proc, coord), []):
                    if adj.get("round", r.round) != r.round:
                        continue
                    if r.closed + ADJUST_WINDOW_MS[0] <= adj["real"] <= r.closed + ADJUST_WINDOW_MS[1]:
                        r.before[proc] = adj["before"] - adj["real"]
                        r.after[proc] = adj["after"] - adj["real"]
                        r.ended = max(r.ended, adj["real"])
                        break
            r.ended = max(r.ended, r.closed)
            lo, hi = r.started - 1, r.ended + 1
            r.drifted = sorted(
                p for p, at in drifts.items() if bisect.bisect_left(at, lo) < bisect.bisect_right(at, hi)
            )
            r.messages = bisect.bisect_right(sends, hi) - bisect.bisect_left(sends, lo)
            out.append(r)
    return sorted(out, key=lambda r: r.closed)


def coordinator_agreement(reports: dict[str, object]) -> str:
    """The coordinator every StatusReport names, or "" while any is missing or they differ."""
    named = {getattr(s, "coordinator", "") for s in reports.values()}
    return named.pop() if len(named) == 1 and None not in reports.values() else ""


async def wait_for_agreement(
    ctl: ControlClient,
    endpoints: list[str],
    accept: Callable[[str], bool],
    timeout_s: float = 10.0,
    poll_s: float = 0.01,
) -> tuple[str, float]:
    """Polls every endpoint's status until all name one coordinator that accept() takes:
    (that coordinator, seconds waited). Raises TimeoutError with the last answers."""
    start = time.monotonic()
    last: dict = {}
    while time.monotonic() - start < timeout_s:
        last = await ctl.status_all(endpoints, timeout_ms=200)
        agreed = coordinator_agreement(last)
        if agreed and accept(agreed):
            return agreed, time.monotonic() - start
        await asyncio.sleep(poll_s)
    named = {ep: (s.coordinator if s is not None else None) for ep, s in last.items()}
    raise TimeoutError(f"no agreement within {timeout_s} s: {named}")


def clock_logs(topology: Topology) -> dict[str, list[dict]]:
    """Every member's log, each line validated against the shared schema."""
    return {m.id: read_log(topology.log_path(m.id)) for m in topology.members if topology.log_path(m.id).exists()}


async def failovers(cluster: Cluster, kills: int) -> tuple[list[float], list[float], list[str]]:
    """kill -9 the coordinator, time until every survivor names the same new one; restart it,
    time until everyone names it again (it bullies back). Returns (failover s, bully-back s, new coordinators)."""
    topo = cluster.topology
    failover_s, back_s, successors = [], [], []
    async with ControlClient("bench-ctl", secret=topo.secret) as ctl:
        everyone = [m.peer_endpoint for m in topo.members]
        top, _ = await wait_for_agreement(ctl, everyone, lambda c: True)
        for _ in range(kills):
            survivors = [m.peer_endpoint for m in topo.members if m.id != top]
            t0 = time.monotonic()
            cluster.kill(top)
            successor, _ = await wait_for_agreement(ctl, survivors, lambda c: c != top)
            failover_s.append(time.monotonic() - t0)
            successors.append(successor)
            # Restart only once the view has dropped it: a clean rejoin, every time.
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                reports = await ctl.status_all(survivors, timeout_ms=200)
                if all(s is not None and top not in [m.id for m in s.view.members] for s in reports.values()):
                    break
                await asyncio.sleep(0.02)
            t1 = time.monotonic()
            cluster.restart(top)
            await wait_for_agreement(ctl, everyone, lambda c: c == top)
            back_s.append(time.monotonic() - t1)
            await asyncio.sleep(0.3)
    return failover_s, back_s, successors


def clocks(bench: Bench) -> list[Row]:
    """3 TS servers + 2 Go clock nodes, every process drifting by up to +-1000 ms every second."""
    rounds_wanted, kills = (15, 3) if bench.quick else (60, 12)
    period_ms, drift = 500, Drift(interval_ms=1000, max_ms=1000, seed=7)
    run_dir = bench.work / "clocks"
    topo = Topology.create(run_dir, servers=3, clocks=2, users=0, drift=drift)
    topo.berkeley_period_ms = period_ms
    topo.save()
    cluster = Cluster(topo)
    try:
        cluster.start_members()
        asyncio.run(_wait_everyone(topo))
        t_a = time.time() * 1000
        time.sleep(rounds_wanted * period_ms / 1000 + 0.3)
        t_b = time.time() * 1000
        failover_s, back_s, successors = asyncio.run(failovers(cluster, kills))
    finally:
        cluster.stop_all()
    logs = clock_logs(topo)
    found = [r for r in berkeley_rounds(logs) if t_a <= r.started and r.ended <= t_b and len(r.after) >= 2]
    if len(found) < rounds_wanted * 0.8:
        raise RuntimeError(f"only {len(found)} Berkeley rounds in the measured window, wanted ~{rounds_wanted}")
    before = [r.spread_before for r in found]
    clean = [r for r in found if not r.drifted]
    after = [r.spread_after for r in clean]
    longest_rtt = max((v for r in clean for v in r.rtt.values()), default=0.0)
    coordinators = sorted({r.coordinator for r in found})
    drift_note = f"+-{drift.max_ms} ms drift jump every {drift.interval_ms} ms on every process"
    spread_note = (
        f"max - min of (clock - real) over the 5 members, from their CLOCK_ADJUSTED lines; {len(found)} rounds "
        f"every {period_ms} ms coordinated by {', '.join(coordinators)}; {drift_note}"
    )
    after_note = (
        f"{spread_note}; {len(found) - len(clean)} round(s) left out because a drift jump landed inside the round "
        "(between the readings and the adjustment), which that round cannot see; longest time_request round trip "
        f"{longest_rtt:.1f} ms (an estimate is off by at most half of it)"
    )
    fail_note = (
        f"kill -9 of the coordinator -> every survivor's StatusReport names the same new one "
        f"(control protocol polled every 10 ms); {kills} kills, new coordinator {', '.join(sorted(set(successors)))}; "
        f"restarting it took {nearest_rank(back_s, 50) * 1000:.0f} ms (p50) to bully back; Bully failure timeout "
        "300 ms + answer timeout 100 ms"
    )
    messages = [r.messages for r in found]
    return [
        Row("clocks.spread_before_round_p50", nearest_rank(before, 50), "ms", "lower", spread_note),
        Row("clocks.spread_before_round_p99", nearest_rank(before, 99), "ms", "lower", spread_note),
        Row("clocks.spread_before_round_max", max(before), "ms", "lower", spread_note),
        Row("clocks.spread_after_round_p50", nearest_rank(after, 50), "ms", "lower", after_note),
        Row("clocks.spread_after_round_p99", nearest_rank(after, 99), "ms", "lower", after_note),
        Row("clocks.spread_after_round_max", max(after), "ms", "lower", after_note),
        Row("clocks.failover_p50", nearest_rank(failover_s, 50) * 1000, "ms", "lower", fail_note),
        Row("clocks.failover_max", max(failover_s) * 1000, "ms", "lower", fail_note),
        Row(
            "clocks.messages_per_round",
            sum(messages) / len(messages),
            "msg",
            "lower",
            f"SEND lines of time_request, time_reply and clock_adjust per round, all logs; {len(found)} rounds, "
            "5 members",
        ),
    ]


async def _wait_everyone(topo: Topology) -> None:
    async with ControlClient("bench-ctl", secret=topo.secret) as ctl:
        top = max(topo.members, key=lambda m: m.rank).id
        await wait_for_agreement(ctl, [m.peer_endpoint for m in topo.members], lambda c: c == top)


# ---- replication: quorum writes of 3 servers against the bare messaging + durability baseline ----


def baseline_load(bench: Bench, n: int) -> dict:
    """2 replicas + 1 front of tools/baseline.js (no logging, no auth, no ordering), load.js against the front."""
    ports = [free_port() for _ in range(3)]
    work = bench.work / "baseline"
    replicas = [
        Proc(
            f"baseline-r{i}",
            node(
                "tools/baseline.js",
                "--mode",
                "replica",
                "--id",
                f"r{i}",
                "--router",
                endpoint(ports[i - 1]),
                "--db",
                str(work / f"r{i}.db"),
            ),
            bench.work,
        )
        for i in (1, 2)
    ]
    front = Proc(
        "baseline-front",
        node(
            "tools/baseline.js",
            "--mode",
            "front",
            "--id",
            "front",
            "--router",
            endpoint(ports[2]),
            "--replicas",
            f"{endpoint(ports[0])},{endpoint(ports[1])}",
            "--db",
            str(work / "front.db"),
        ),
        bench.work,
    )
    with running(*(r.start("READY") for r in replicas), front.start("READY")):
        return load(bench, "load-baseline", ports[2], free_port(), *PIPELINED, "--posts", str(n))


def load_keeping_errors(bench: Bench, name: str, user_port: int, pub_port: int, *flags: str) -> dict:
    """load(), but a run where some posts got an error reply (load.js exits 1) still reports: errors are a result."""
    argv = node("tools/load.js", "--connect", endpoint(user_port), "--sub", endpoint(pub_port), *flags)
    proc = Proc(name, argv, bench.work).start()
    code = proc.wait(timeout=600)
    lines = [ln for ln in proc.stdout().splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"{name} failed ({code}): {proc.stderr()[-2000:]}")
    return json.loads(lines[-1])


def failed_writes(
    log: pathlib.Path, wanted: tuple[str, ...] = ("WRITE_NO_QUORUM", "REQUEST_FAILED", "REQUEST_REJECTED")
) -> dict[str, int]:
    """How many of a server's log lines have each of these events (by default: a user's request failed)."""
    counts: dict[str, int] = {}
    if log.exists():
        with log.open() as f:
            for raw in f:
                for event in wanted:
                    if f'"event":"{event}"' in raw:
                        counts[event] = counts.get(event, 0) + 1
    return counts


async def _until_agreed(ctl: ControlClient, members: list, timeout_s: float = 30.0) -> None:
    """Until every one of members reports a view of exactly them, all active, one coordinator."""
    ids = [m.id for m in members]
    deadline = time.monotonic() + timeout_s
    while True:
        at = time.time()
        got = await ctl.status_all([m.peer_endpoint for m in members], timeout_ms=400)
        if Snapshot(at, {m.id: got[m.peer_endpoint] for m in members}).agreed(ids):
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{ids} not in one view within {timeout_s} s")
        await asyncio.sleep(0.1)


async def _start_one_by_one(cluster: Cluster) -> None:
    """As the demo does: the bootstrap member first, each one in the view before the next starts."""
    topo = cluster.topology
    started = []
    async with ControlClient("bench-ctl", secret=topo.secret) as ctl:
        for m in sorted(topo.members, key=lambda m: m.id != topo.bootstrap):
            await asyncio.to_thread(cluster.start, m.id)
            started.append(m)
            await _until_agreed(ctl, started)


def wait_for_log_event(path: pathlib.Path, event: str, timeout_s: float) -> dict:
    """The first line of a JSON-lines log with this event, waiting for it to be written."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if path.exists():
            for raw in path.read_text().splitlines():
                if f'"{event}"' not in raw:
                    continue
                try:
                    line = json.loads(raw)
                except json.JSONDecodeError:
                    continue  # a line still being written
                if line.get("event") == event:
                    return line
        time.sleep(0.05)
    raise TimeoutError(f"no {event} in {path} within {timeout_s} s")


def replication(bench: Bench) -> list[Row]:
    """3 TS servers + 2 Go clock nodes, quorum writes (2 of 3), against the bare baseline of the same pattern."""
    n = bench.scale(100_000)
    base = baseline_load(bench, n)

    topo = Topology.create(bench.work / "replication", servers=3, clocks=2, users=0, drift=Drift(max_ms=0))
    topo.save()
    cluster = Cluster(topo)
    try:
        asyncio.run(_start_one_by_one(cluster))
        s1 = topo.member("s1")
        thr = load_keeping_errors(bench, "load-repl-thr", s1.user_port, s1.pub_port, *PIPELINED, "--posts", str(n))
        notify = load_keeping_errors(
            bench,
            "load-repl-notify",
            s1.user_port,
            s1.pub_port,
            *AT_1000_PER_S,
            "--posts",
            str(bench.scale(10_000)),
        )
        # At least this many events in the log before a 4th server joins and copies them.
        wanted = bench.scale(100_000)
        fill = max(wanted - thr["posts"] - notify["posts"], 0)
        if fill:
            load_keeping_errors(
                bench,
                "load-repl-fill",
                s1.user_port,
                s1.pub_port,
                *PIPELINED,
                "--posts",
                str(fill),
            )
        loaded = thr["posts"] + notify["posts"] + fill
        failed = failed_writes(topo.log_path("s1"))
        s4 = topo.add_server()
        topo.save()
        started_ms = time.time() * 1000
        cluster.start(s4.id)
        done = wait_for_log_event(topo.log_path(s4.id), "CATCH_UP_DONE", timeout_s=600)
        # A joiner dropped from the view (suspected while busy copying) rejoins as a new incarnation.
        rejoins = failed_writes(topo.log_path(s4.id), ("REINCARNATED",)).get("REINCARNATED", 0)
    finally:
        cluster.stop_all()
    catchup_s = (done["real"] - started_ms) / 1000
    note = "3 servers (quorum 2 of 3) + 2 Go clock nodes, durable group commit, server log level info, drift off"
    base_note = (
        f"{n} posts, 20 users x 50 in flight; tools/baseline.js: 1 front + 2 replicas, SQLite WAL synchronous=FULL "
        "group commit per turn on all three, reply after the front's commit + 1 replica_ack (2 of 3); "
        "no logging, no auth, no ordering, no views"
    )
    catch_note = (
        f"s4 started with seeds after {loaded} posts (plus accounts and follows) through s1; from process start to "
        f"its CATCH_UP_DONE line ({done.get('events')} events copied, {done.get('ms')} ms by its own count "
        f"from its last join); it was dropped from the view and rejoined as a new incarnation {rejoins} time(s) "
        f"on the way; {note}"
    )
    failed_note = ", ".join(f"{k} x{v}" for k, v in sorted(failed.items())) or "none"
    rows = [
        Row("replication.baseline_posts_acked", base["acked_per_s"], "posts/s", "higher", base_note),
        Row(
            "replication.posts_acked",
            thr["acked_per_s"],
            "posts/s",
            "higher",
            f"{n} posts, 20 users x 50 in flight, all to s1; {note}",
        ),
        Row(
            "replication.post_errors",
            thr["errors"],
            "posts",
            "lower",
            f"posts of the throughput run answered with an error instead of a write_reply; s1's log over all the "
            f"loads: {failed_note}; {note}",
        ),
        Row("replication.post_latency_p50", thr["latency_p50_ms"], "ms", "lower", f"under the load above; {note}"),
        Row("replication.post_latency_p99", thr["latency_p99_ms"], "ms", "lower", f"under the load above; {note}"),
        Row(
            "replication.notify_latency_p50",
            notify["notify_p50_ms"],
            "ms",
            "lower",
            f"post to s1 -> notification on s1's PUB at 1000 posts/s, 5 followers; {note}",
        ),
        Row(
            "replication.notify_latency_p99",
            notify["notify_p99_ms"],
            "ms",
            "lower",
            f"post to s1 -> notification on s1's PUB at 1000 posts/s, 5 followers; {note}",
        ),
        Row("replication.catchup_seconds", catchup_s, "s", "lower", catch_note),
        Row(
            "replication.catchup_events_per_s",
            (done.get("events") or 0) / catchup_s if catchup_s > 0 else 0.0,
            "events/s",
            "higher",
            catch_note,
        ),
    ]
    if base["acked_per_s"]:
        rows.append(
            Row(
                "ratio.replication.posts_acked_vs_baseline",
                thr["acked_per_s"] / base["acked_per_s"],
                "x",
                "higher",
                "3-server quorum writes vs the bare replicated-messaging baseline, same load, same run",
            )
        )
    return rows


def nemesis(bench: Bench) -> list[Row]:
    """Acknowledged posts while the nemesis injects faults (socialnet.lab.nemesis), faults per minute beside them."""
    from socialnet.lab.nemesis import run_nemesis

    seconds = 30 if bench.quick else 60
    f = asyncio.run(run_nemesis(bench.work / "nemesis", seed=1, duration_s=seconds, servers=3, quiet=True))
    if f.failed:
        raise RuntimeError(f"the nemesis run failed: {f.failed}")
    faults = ", ".join(f"{k} x{n}" for k, n in f.faults.items())
    note = (
        f"{f.faults_per_minute:.1f} faults/min over {f.faults_window_s:.0f} s ({faults}); "
        "3 servers (+1 joins, 1 leaves), 2 Go clock nodes, 5 bots (2 posts/s + 1 message/s each, "
        "one request in flight, timeout 1 s), drift on"
    )
    verdict = (
        f"lost {f.lost}, duplicated {f.duplicated}, reordered {f.reordered}; {f.operations.get('failed', 0)} of "
        f"{f.operations.get('issued', 0)} operations failed {f.failed_by_code}"
    )
    return [
        Row("nemesis.posts_acked", f.acked_posts_per_s, "posts/s", "higher", f"while faults are injected; {note}"),
        Row("nemesis.post_latency_p50", f.post_latency_p50_ms or 0.0, "ms", "lower", f"issue -> ack; {note}"),
        Row("nemesis.post_latency_p99", f.post_latency_p99_ms or 0.0, "ms", "lower", f"issue -> ack; {note}"),
        Row("nemesis.faults_per_minute", f.faults_per_minute, "/min", "higher", f"the load above; {verdict}"),
        Row("nemesis.lost_duplicated_reordered", f.lost + f.duplicated + f.reordered, "ops", "lower", verdict),
    ]


def ratios(rows: list[Row]) -> list[Row]:
    """Side-by-side ratios of rows measured in this same run."""
    by_name = {r.name: r.value for r in rows}
    out = []
    pairs = [("server1.posts_acked", "ceiling.zmq_proto.node_node.throughput", "single server vs protobuf ceiling")]
    for system, ceiling, note in pairs:
        if system in by_name and by_name.get(ceiling):
            out.append(Row(f"ratio.{system}", by_name[system] / by_name[ceiling], "x", "higher", note))
    return out


SECTIONS: dict[str, Callable[[Bench], list[Row]]] = {
    "ceilings": ceilings,
    "single_server": single_server,
    "clocks": clocks,
    "replication": replication,
    "nemesis": nemesis,
}


def print_table(rows: list[Row]) -> None:
    width = max(len(r.name) for r in rows)
    print(f"{'name':<{width}}  {'value':>12}  {'unit':<6} better  note")
    for r in rows:
        value = f"{r.value:>12.3f}" if abs(r.value) < 10 else f"{r.value:>12.1f}"
        print(f"{r.name:<{width}}  {value}  {r.unit:<7} {r.better:<6}  {r.note}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the benchmarks; print a table and write JSON.")
    parser.add_argument("--out", type=pathlib.Path, default=REPO / "bench" / "results.json")
    parser.add_argument("--only", nargs="*", choices=sorted(SECTIONS), help="sections to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="a tenth of the work, for a smoke run")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        bench = Bench(pathlib.Path(tmp), args.quick)
        for name in args.only or SECTIONS:
            print(f"== {name}", flush=True)
            rows += SECTIONS[name](bench)
    rows += ratios(rows)
    print_table(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([asdict(r) for r in rows], indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
