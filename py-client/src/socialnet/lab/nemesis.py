"""The nemesis: seeded faults on a real cluster under steady load, then the guarantees checked.

    python -m socialnet.lab.nemesis --duration 50 --seed 7     (or: socialnet-lab nemesis ...)

Starts 2 Go clock nodes, N TypeScript servers (3 by default) and 5 Python bots
on 127.0.0.1, then for --duration seconds injects faults from a schedule drawn
from --seed, one at a time, each followed by recovery before the next:

| kind | what |
| --- | --- |
| kill-server | SIGKILL a server, restart it once the view has dropped it |
| kill-clock | SIGKILL a clock node, restart it likewise |
| pause | SIGSTOP a member for 1-2.5 s (failure timeout: 300 ms), then SIGCONT |
| partition | a minority of the servers, random clock nodes and users cut off from the rest for 2-4 s; healed |
| clock-jump | a member's clock moved by 300-1000 ms either way (control `drift`) |
| add-server | one more server joins and catches up |
| remove-server | a server leaves gracefully (SIGTERM), never below 3 servers |

Every kind happens at least once; never more than one server is down or cut
off at a time, so a majority always has a quorum. The bots record every
operation they issue and its result (OP_ISSUED / OP_DONE in their logs). At
the end everything is healed, the bots stop (with their final checks) and the
servers settle; then the nemesis reads every server and checks:

- lost: every acknowledged post, follow and message is stored, with the id it was acknowledged with;
- duplicated: no (author, request_id) is delivered twice;
- reordered: both participants read every conversation identically on every server;
- identical: every running server delivers the same events in the same order;
- and, from the analyzer (socialnet.lab.analyze, same run): replica convergence, delivery order,
  exactly-once notifications and messages, conversation order, every receive after its send.

Prints a table of figures and writes RUN_DIR/nemesis.json. Exit status: 0 all
hold and every kind of fault was injected; 1 a check failed; 3 the cluster
did not recover from a fault in time (why: run.json "failed"); 130 interrupted.
A failing seed replays the same schedule (the timing of the processes differs).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import pathlib
import random
import signal
import sys
import time
from dataclasses import asdict, dataclass, field

from socialnet.lab import partition
from socialnet.lab.cluster import Drift, bot_argv, new_run_dir
from socialnet.lab.control import ControlClient, session_token
from socialnet.lab.demo import Demo, Phase, Snapshot
from socialnet.lab.logs import read_log
from socialnet.lab.procs import REPO, Proc
from socialnet.lab.report.model import percentile
from socialnet.users.client import Client, event_id, key, position_of
from socialnet.v1 import socialnet_pb2 as pb

KINDS = ("kill-server", "kill-clock", "pause", "partition", "clock-jump", "add-server", "remove-server")
# Repeated at random once every kind has had its turn (adding and removing servers happen once each).
REPEATED = ("kill-server", "kill-clock", "pause", "partition", "clock-jump")
# The analyzer's invariants the nemesis is judged by (the others, e.g. clock bounds, are reported only).
JUDGED = (
    "log_lines_valid",
    "lamport_causality",
    "replica_convergence",
    "delivery_order",
    "post_notifications",
    "dm_delivery",
    "conversation_order",
    "no_bot_anomalies",
)
# Bots: 5 of them at these rates make ~15 writes/s; one request in flight each, as a person would.
BOT_FLAGS = ("--post-rate", "2", "--dm-rate", "1", "--timeout-ms", "1000", "--give-up-s", "8")
RECOVER_S = 30.0  # a fault the cluster has not recovered from by then fails the run
COORDINATOR_S = 5.0  # once the view is whole again, every member should name one coordinator within this
MIN_SERVERS = 3


@dataclass
class Fault:
    kind: str
    target: str
    start_ms: float
    end_ms: float = 0.0
    detail: str = ""


@dataclass
class Figures:
    seed: int
    duration_s: float
    servers: int
    operations: dict[str, int] = field(default_factory=dict)  # issued, acknowledged, failed
    failed_by_code: dict[str, int] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    faults_per_minute: float = 0.0
    faults_window_s: float = 0.0  # first fault to the end of the last one (all kinds take longer than --duration)
    lost: int = 0
    duplicated: int = 0
    reordered: int = 0
    servers_identical: bool = False
    split_coordinators: list[str] = field(default_factory=list)  # recoveries after which members disagreed
    events: int = 0
    acked_posts_per_s: float = 0.0
    post_latency_p50_ms: float | None = None
    post_latency_p99_ms: float | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    failed: str = ""

    @property
    def ok(self) -> bool:
        every_kind = all(self.faults.get(k, 0) > 0 for k in KINDS)
        return not self.failed and every_kind and all(self.checks.values()) and bool(self.checks)


def view_agreed(snap: Snapshot, members: list[str]) -> bool:
    """Every one of members answers and reports one epoch whose view is exactly members, all active."""
    reports = [snap.reports.get(m) for m in members]
    if any(r is None or not r.HasField("view") for r in reports):
        return False
    return (
        len({r.view.epoch for r in reports}) == 1
        and all(sorted(x.id for x in r.view.members) == sorted(members) for r in reports)
        and all(x.state == pb.MEMBER_STATE_ACTIVE for r in reports for x in r.view.members)
    )


class Nemesis(Demo):
    def __init__(self, run_dir: pathlib.Path, seed: int, duration_s: float, servers: int, quiet: bool = False) -> None:
        super().__init__(run_dir, short=True, drift=Drift(seed=seed), quiet=quiet, servers=servers, users=5)
        self.seed = seed
        self.duration_s = duration_s
        self.rng = random.Random(seed)
        self.faults: list[Fault] = []
        self.meta["scenario"] = f"nemesis, seed {seed}, {duration_s:.0f} s of faults"
        self.meta["faults"] = []
        self.window: tuple[float, float] = (0.0, 0.0)  # real ms of the first and last fault
        self.figures = Figures(seed, duration_s, servers)
        self.split_coordinators: list[str] = []

    # ---- the scenario -------------------------------------------------------------

    def scenario(self) -> list[Phase]:
        return [
            Phase("start", f"start 2 clock nodes, {len(self.topology.servers)} servers, 5 bots", 0, self.start_all),
            Phase("faults", f"{self.duration_s:.0f} s of faults under load", self.duration_s, self.inject),
            Phase("heal", "heal, resume, restart: every member in one view", 0, self.heal_all),
            Phase("quiesce", "the bots stop (final checks); the servers settle", 0, self.quiesce),
            Phase("verify", "read every server: lost, duplicated, reordered, identical", 0, self.verify),
        ]

    async def start_all(self) -> str:
        started: list[str] = []
        for m in sorted(self.topology.members, key=lambda m: m.id != self.topology.bootstrap):
            await self.start(m.id)
            started.append(m.id)
            await self.until(f"{m.id} in the view", lambda s, ids=tuple(started): s.agreed(list(ids)), 30)
        for n, u in enumerate(self.topology.users, 1):
            argv = [*bot_argv(self.topology, u, 3600, seed=self.seed * 100 + n), *BOT_FLAGS]
            self.cluster.procs[u] = Proc(u, argv, self.topology.run_dir / "out").start(None)
            self.cluster.started.add(u)
        self.save()
        await self.sleep(3)  # the bots log in, follow, and the load is steady before the first fault
        return f"{len(started)} members in one view; {len(self.topology.users)} bots writing"

    def plan(self) -> list[str]:
        """Every kind once, in a seeded order, adding a server before removing one."""
        kinds = [k for k in KINDS if k not in ("add-server", "remove-server")]
        self.rng.shuffle(kinds)
        add = self.rng.randint(0, len(kinds))
        kinds.insert(add, "add-server")
        kinds.insert(self.rng.randint(add + 1, len(kinds)), "remove-server")
        return kinds

    async def inject(self) -> str:
        assert self.ctl is not None
        end = time.monotonic() + self.duration_s
        plan = self.plan()
        first = time.time() * 1000
        while time.monotonic() < end or plan:
            kind = plan.pop(0) if plan else self.rng.choice(REPEATED)
            if kind == "remove-server" and len(self.running_servers()) <= MIN_SERVERS:
                kind = "add-server"
            fault = Fault(kind, "", time.time() * 1000)
            self.current = f"faults: {kind}"
            try:
                await getattr(self, "fault_" + kind.replace("-", "_"))(fault)
            finally:
                fault.end_ms = time.time() * 1000
                self.faults.append(fault)
                self.meta["faults"].append(asdict(fault))
                self.window = (first, fault.end_ms)
                self.save()
            self.say(f"         {kind:<13} {fault.target:<12} {fault.detail}")
            if time.monotonic() < end:
                await self.sleep(self.rng.uniform(0.5, 1.5))  # steady load between faults
        self.window = (first, time.time() * 1000)
        counts = collections.Counter(f.kind for f in self.faults)
        return f"{len(self.faults)} faults: " + ", ".join(f"{k} x{counts[k]}" for k in KINDS if counts[k])

    def running_servers(self) -> list[str]:
        return [m for m in self.running_members() if self.topology.member(m).role == "server"]

    async def recovered(self, what: str) -> float:
        """Until every running member has installed one view of exactly the running members, all active.

        The coordinator is not part of the wait: after some heals two clock nodes both keep calling
        themselves coordinator (see coordinators_agree); that is judged, not waited for forever.
        """
        took = await self.until(what, lambda s: view_agreed(s, self.running_members()), RECOVER_S)
        one = await self.soft_until(lambda s: len(s.coordinators()) == 1, COORDINATOR_S)
        if one is None:
            coords = ", ".join(f"{m}: {r.coordinator}" for m, r in sorted(self.last.live().items()))
            self.split_coordinators.append(f"{what} ({self.current}): members name different coordinators: {coords}")
        return took

    async def fault_kill_server(self, fault: Fault) -> None:
        await self._kill_and_restart(fault, self.rng.choice(self.running_servers()))

    async def fault_kill_clock(self, fault: Fault) -> None:
        await self._kill_and_restart(fault, self.rng.choice([m.id for m in self.topology.clocks]))

    async def _kill_and_restart(self, fault: Fault, victim: str) -> None:
        fault.target = victim
        self.mark(f"kill {victim}")
        self.cluster.kill(victim)
        self.save()
        removed = await self.recovered(f"a view without {victim}")
        await self.sleep(self.rng.uniform(0.5, 2.0))
        self.mark(f"restart {victim}")
        await self.restart(victim)
        back = await self.recovered(f"{victim} back in the view")
        fault.detail = f"removed after {removed:.1f} s, back {back:.1f} s after its restart"

    async def fault_pause(self, fault: Fault) -> None:
        victim = self.rng.choice(self.running_members())
        hold = self.rng.uniform(1.0, 2.5)
        fault.target = victim
        self.mark(f"pause {victim}")
        self.cluster.pause(victim)
        await self.sleep(hold)
        self.cluster.resume(victim)
        self.mark(f"resume {victim}")
        back = await self.recovered(f"{victim} back in the view after its pause")
        fault.detail = f"SIGSTOP {hold:.1f} s; one view again {back:.1f} s after SIGCONT"

    async def fault_partition(self, fault: Fault) -> None:
        assert self.ctl is not None
        servers = self.running_servers()
        minority = self.rng.sample(servers, (len(servers) - 1) // 2 or 1)
        clocks = [c.id for c in self.topology.clocks]
        minority += self.rng.sample(clocks, self.rng.randint(0, len(clocks)))
        majority = [m for m in self.running_members() if m not in minority]
        for u in self.topology.users:
            (minority if self.rng.random() < 0.5 else majority).append(u)
        cut = partition.split(self.topology, minority, majority)
        hold = self.rng.uniform(2.0, 4.0)
        fault.target = ",".join(minority)
        self.mark(f"partition {','.join(minority)} | {','.join(majority)}")
        partition.cut_users(self.topology, cut.users)
        await asyncio.gather(
            *(self.ctl.partition(self.topology.member(m).peer_endpoint, peers) for m, peers in cut.members.items())
        )
        await self.sleep(hold)
        self.mark("heal")
        await self.heal_members()
        back = await self.recovered("one view after healing")
        fault.detail = f"{hold:.1f} s apart; one view {back:.1f} s after healing"

    async def heal_members(self) -> None:
        assert self.ctl is not None
        partition.heal_users(self.topology)
        eps = [self.topology.member(m).peer_endpoint for m in self.running_members()]
        await asyncio.gather(*(self.ctl.heal(ep) for ep in eps))

    async def fault_clock_jump(self, fault: Fault) -> None:
        assert self.ctl is not None
        victim = self.rng.choice(self.running_members())
        delta = self.rng.choice((-1, 1)) * self.rng.randint(300, 1000)
        fault.target = victim
        self.mark(f"drift {victim} {delta:+d} ms")
        await self.ctl.drift(self.topology.member(victim).peer_endpoint, delta)
        fault.detail = f"{delta:+d} ms"

    async def fault_add_server(self, fault: Fault) -> None:
        m = self.topology.add_server()
        fault.target = m.id
        self.mark(f"add-server {m.id}")
        await self.start(m.id)
        took = await self.recovered(f"{m.id} in the view")
        fault.detail = f"in the view, active, after {took:.1f} s"

    async def fault_remove_server(self, fault: Fault) -> None:
        victim = self.rng.choice(self.running_servers())
        fault.target = victim
        self.mark(f"stop {victim}")
        rc = await asyncio.to_thread(self.cluster.stop, victim)
        self.save()
        took = await self.recovered(f"a view without {victim}")
        fault.detail = f"left gracefully (exit {rc}); view of the rest after {took:.1f} s"

    async def heal_all(self) -> str:
        for proc in self.cluster.procs.values():
            proc.signal(signal.SIGCONT)  # a pause cut short by a failed wait
        await self.heal_members()
        took = await self.recovered("one view of every running member")
        return f"{len(self.running_members())} members in one view after {took:.1f} s"

    async def quiesce(self) -> str:
        users = [u for u in self.topology.users if self.cluster.procs[u].alive()]
        for u in users:
            self.cluster.procs[u].signal(signal.SIGTERM)
        codes = await asyncio.gather(*(asyncio.to_thread(self.cluster.procs[u].stop, 30.0) for u in users))
        bad = [f"{u} exited {c}" for u, c in zip(users, codes, strict=True) if c != 0]
        self.figures.problems += bad
        servers = self.running_servers()

        def settled(s) -> bool:
            # Not equal event counts: a server may also store events it never delivers (cut, superseded).
            return all((r := s.reports.get(x)) is not None and r.lag == 0 for x in servers)

        took = await self.soft_until(settled, 20)
        if took is None:
            return self.warn(f"servers did not settle in 20 s: {self.last.events()}")
        return f"bots stopped ({', '.join(bad) or 'all exit 0'}); servers settled in {took:.1f} s: {self.last.events()}"

    # ---- verification ------------------------------------------------------------------

    async def verify(self) -> str:
        secret = (self.topology.run_dir / "cluster.secret").read_text().strip()
        servers = self.running_servers()
        feeds = {s: await self.read_all(s, secret) for s in servers}
        conversations = {s: await self.conversations(s, secret) for s in servers}
        f = self.figures
        ref = [event_id(e) for e in feeds[servers[0]]]
        f.servers_identical = all([event_id(e) for e in v] == ref for v in feeds.values())
        for s, v in feeds.items():
            if [event_id(e) for e in v] != ref:
                f.problems.append(f"{s} delivers {len(v)} events, {servers[0]} {len(ref)}: not identical")
        everything = feeds[servers[0]]
        f.events = len(everything)
        by_request = collections.Counter((e.author, e.request_id) for e in everything)
        dups = [k for k, n in by_request.items() if n > 1]
        f.duplicated = len(dups)
        f.problems += [f"{a} request {r} delivered twice" for a, r in dups[:20]]
        stored = {(e.author, e.request_id): e for e in everything}
        for user, ln in self.acked():
            e = stored.get((user, ln["request_id"]))
            if e is None or event_id(e) != ln["event_id"]:
                f.lost += 1
                got = "nothing" if e is None else f"{event_id(e)}"
                f.problems.append(f"{user}'s {ln['kind']} {ln['request_id']} acked as {ln['event_id']}: stored {got}")
        reordered = set()
        order = [key(position_of(e)) for e in everything]
        if order != sorted(order):
            f.problems.append("FEED_ALL is not in total order")
            reordered.add(("*", "*"))
        for s, convs in conversations.items():
            for (a, b), seen in convs.items():
                if seen != convs[(b, a)] or seen != conversations[servers[0]][(a, b)] or seen != sorted(seen):
                    reordered.add(tuple(sorted((a, b))))
                    f.problems.append(
                        f"conversation {a}-{b} read differently on {s} (by {a}, by {b}, or vs {servers[0]})"
                    )
        f.reordered = len(reordered)
        return (
            f"{f.events} events on {len(servers)} servers, identical: {f.servers_identical}; "
            f"lost {f.lost}, duplicated {f.duplicated}, reordered {f.reordered}"
        )

    async def read_all(self, sid: str, secret: str) -> list[pb.Event]:
        c = Client("nemesis", [self.topology.member(sid).user_endpoint], log_path=None, timeout_ms=3000, give_up_s=10)
        try:
            return await c.read_all(pb.FEED_ALL, token=session_token(secret, "@control"))
        finally:
            c.close()

    async def conversations(self, sid: str, secret: str) -> dict[tuple[str, str], list[tuple]]:
        """Every conversation as each participant reads it on this server ((reader, peer) -> positions)."""
        users = self.topology.users
        c = Client("nemesis", [self.topology.member(sid).user_endpoint], log_path=None, timeout_ms=3000, give_up_s=10)
        out = {}
        try:
            for u in users:
                token = session_token(secret, u)
                for peer in users:
                    if peer != u:
                        events = await c.read_all(pb.FEED_CONVERSATION, peer, token=token)
                        out[(u, peer)] = [key(position_of(e)) for e in events]
        finally:
            c.close()
        return out

    def user_log(self, user: str) -> list[dict]:
        """A bot's log; none when the run failed before it started."""
        path = self.topology.log_path(user)
        return read_log(path) if path.exists() else []

    def acked(self) -> list[tuple[str, dict]]:
        return [
            (u, ln) for u in self.topology.users for ln in self.user_log(u) if ln["event"] == "OP_DONE" and ln.get("ok")
        ]

    def count_operations(self) -> None:
        f = self.figures
        issued = failed = acked = 0
        codes: collections.Counter = collections.Counter()
        latencies: list[float] = []
        posts_in_window = 0
        lo, hi = self.window
        for u in self.topology.users:
            issued_at: dict[str, float] = {}
            for ln in self.user_log(u):
                if ln["event"] == "OP_ISSUED":
                    issued += 1
                    issued_at[ln["request_id"]] = ln["real"]
                elif ln["event"] == "OP_DONE" and ln.get("ok"):
                    acked += 1
                    if ln["kind"] == "post" and lo <= ln["real"] <= hi:
                        posts_in_window += 1
                        if ln["request_id"] in issued_at:
                            latencies.append(ln["real"] - issued_at[ln["request_id"]])
                elif ln["event"] == "OP_DONE":
                    failed += 1
                    codes[str(ln.get("error", "?"))] += 1
        f.operations = {"issued": issued, "acknowledged": acked, "failed": failed}
        f.failed_by_code = dict(codes)
        seconds = max((hi - lo) / 1000, 1e-9)
        f.faults_window_s = (hi - lo) / 1000
        f.acked_posts_per_s = posts_in_window / seconds if hi > lo else 0.0
        f.post_latency_p50_ms = percentile(latencies, 50)
        f.post_latency_p99_ms = percentile(latencies, 99)
        counts = collections.Counter(x.kind for x in self.faults)
        f.faults = {k: counts[k] for k in KINDS}
        f.faults_per_minute = len(self.faults) / seconds * 60 if hi > lo else 0.0


def judge(run_dir: pathlib.Path, figures: Figures) -> None:
    """The analyzer over the whole run: its report files, and the invariants the nemesis is judged by."""
    from socialnet.lab import analyze

    run = analyze.load_run(run_dir)
    run.draw = False
    sections = analyze.analyze(run, None, 1000.0, 1000.0)
    analyze.write(run, sections)
    for check in (c for s in sections for c in s.checks):
        if check.name in JUDGED:
            figures.checks[check.name] = check.ok
            figures.problems += [f"{check.name}: {v}" for v in check.violations[:10]]
    figures.checks["nothing_lost"] = figures.lost == 0
    figures.checks["no_duplicates"] = figures.duplicated == 0
    figures.checks["conversations_identical"] = figures.reordered == 0
    figures.checks["servers_identical"] = figures.servers_identical
    figures.checks["one_coordinator_after_recovery"] = not figures.split_coordinators
    figures.problems += figures.split_coordinators


def print_figures(f: Figures) -> None:
    ops = f.operations
    rows = [
        ("operations issued", ops.get("issued", 0)),
        ("  acknowledged", ops.get("acknowledged", 0)),
        ("  failed (by code)", f"{ops.get('failed', 0)} " + json.dumps(f.failed_by_code)),
        ("faults injected", sum(f.faults.values())),
        *((f"  {k}", n) for k, n in f.faults.items()),
        ("faults per minute", f"{f.faults_per_minute:.1f}"),
        ("acked posts per s (faults)", f"{f.acked_posts_per_s:.1f}"),
        ("post latency p50 / p99", f"{_ms(f.post_latency_p50_ms)} / {_ms(f.post_latency_p99_ms)}"),
        ("events on every server", f.events),
        ("lost", f.lost),
        ("duplicated", f.duplicated),
        ("reordered (conversations)", f.reordered),
        ("servers identical", f.servers_identical),
    ]
    for name, value in rows:
        print(f"  {name:<28} {value}")
    for name, ok in f.checks.items():
        print(f"  {'holds' if ok else 'VIOLATED':>9}  {name}")
    for p in f.problems[:30]:
        print(f"  problem: {p}")
    if f.failed:
        print(f"  FAILED: {f.failed}")


def _ms(v: float | None) -> str:
    return "-" if v is None else f"{v:.0f} ms"


async def run_nemesis(
    run_dir: pathlib.Path, seed: int, duration_s: float, servers: int = 3, quiet: bool = False
) -> Figures:
    """Runs the whole thing in run_dir and returns the figures (also written to run_dir/nemesis.json)."""
    nemesis = Nemesis(run_dir.resolve(), seed, duration_s, servers, quiet)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, nemesis.stop_requested.set)
    nemesis.ctl = ControlClient("nemesis", secret=nemesis.topology.secret)
    try:
        ok = await nemesis.play()
    finally:
        nemesis.ctl.close()
        nemesis.kill_all()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
    f = nemesis.figures
    f.split_coordinators = nemesis.split_coordinators
    if not ok:
        f.failed = nemesis.meta.get("failed", "interrupted")
    if not nemesis.window[1]:
        nemesis.window = (nemesis.window[0] or time.time() * 1000, time.time() * 1000)
    nemesis.count_operations()
    await asyncio.to_thread(judge, run_dir, f)
    (run_dir / "nemesis.json").write_text(json.dumps({**asdict(f), "ok": f.ok}, indent=1) + "\n")
    return f


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m socialnet.lab.nemesis", description=__doc__.split("\n\n")[0])
    p.add_argument("--duration", type=float, default=60.0, help="seconds of faults (the run takes ~30 s more)")
    p.add_argument("--seed", type=int, default=1, help="seed of the fault schedule, the bots and the drift")
    p.add_argument("--servers", type=int, default=3, help="servers at the start (one more joins, one leaves)")
    p.add_argument("--run-dir", type=pathlib.Path, help="default: runs/<timestamp>/")
    args = p.parse_args(argv)
    run_dir = args.run_dir or new_run_dir(pathlib.Path(os.environ.get("SOCIALNET_RUNS", REPO / "runs")))
    run_dir.mkdir(parents=True, exist_ok=True)
    f = asyncio.run(run_nemesis(run_dir, args.seed, args.duration, args.servers))
    print(f"\nnemesis seed {args.seed}, {args.duration:.0f} s of faults, run {run_dir}:")
    print_figures(f)
    print(f"figures: {run_dir / 'nemesis.json'}; report: {run_dir / 'report.html'}")
    if f.failed:
        return 130 if f.failed == "interrupted" else 3
    return 0 if f.ok else 1


if __name__ == "__main__":
    sys.exit(main())
