"""The scripted demo: `python -m socialnet.lab.demo [--short] [--run-dir DIR]` (or `make demo`).

Starts 3 TypeScript servers, 2 Go clock nodes and 5 Python bot users on
127.0.0.1 with drift on, plays a scenario of phases (normal traffic, a clock
jump and its correction, the coordinator killed and a new one elected, a
server added, one removed gracefully, one crashed and restarted), stops
everything in order (users, then servers, then clock nodes, one at a time),
runs the analyzer and prints its summary and the report path.

Everything goes under runs/<timestamp>/ (or --run-dir): logs/, data/, out/
(each process's stdout/stderr), run.json (the topology, the phases with their
start times, and stopping_at, read by the analyzer), report.{md,html},
results.json and the figures. Ctrl-C stops everything cleanly.

Exit status: 0 every phase ran and every invariant holds; 1 the analyzer found
a violated invariant; 3 a phase failed (the reason is in run.json "failed");
130 interrupted (the partial run is kept; analyze it by hand).
What you will see and how to read it: docs/lab.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import pathlib
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from socialnet.lab.cluster import Cluster, Drift, Topology, new_run_dir, write_run_json
from socialnet.lab.control import ControlClient, ControlError, ControlTimeout
from socialnet.lab.procs import REPO
from socialnet.v1 import socialnet_pb2 as pb

# How long a joining or restarted server gets to hold what the others hold (lag 0).
CATCH_UP_S = 15


class Interrupted(Exception):
    """Ctrl-C (or SIGTERM) during the scenario."""


@dataclass
class Phase:
    name: str
    title: str
    seconds: float  # planned length, used for "remaining"
    run: Callable[[], Awaitable[str]]  # returns a one-line outcome


@dataclass
class Snapshot:
    """What the members reported at one poll."""

    at: float
    reports: dict[str, pb.StatusReport | None] = field(default_factory=dict)

    def live(self) -> dict[str, pb.StatusReport]:
        return {k: v for k, v in self.reports.items() if v is not None}

    def coordinators(self) -> set[str]:
        return {r.coordinator for r in self.live().values()}

    def coordinator(self) -> str:
        c = self.coordinators()
        return next(iter(c)) if len(c) == 1 else "?"

    def view_ids(self, member: str) -> list[str]:
        r = self.reports.get(member)
        return [] if r is None or not r.HasField("view") else [m.id for m in r.view.members]

    def epoch(self) -> int:
        epochs = {r.view.epoch for r in self.live().values() if r.HasField("view")}
        return max(epochs, default=0)

    def agreed(self, members: list[str], coordinator: str | None = None) -> bool:
        """Every one of members answers, reports exactly members (all active) in one epoch, and one coordinator."""
        reports = [self.reports.get(m) for m in members]
        if any(r is None or not r.HasField("view") for r in reports):
            return False
        epochs = {r.view.epoch for r in reports}
        coords = {r.coordinator for r in reports}
        want = sorted(members)
        return (
            len(epochs) == 1
            and len(coords) == 1
            and (coordinator is None or coords == {coordinator})
            and all(sorted(m.id for m in r.view.members) == want for r in reports)
            and all(m.state == pb.MEMBER_STATE_ACTIVE for r in reports for m in r.view.members)
        )

    def clock_spread_ms(self) -> float:
        """Spread of (member clock - host clock at the poll), ms."""
        offs = [r.clock_ms - self.at * 1000 for r in self.live().values()]
        return max(offs) - min(offs) if len(offs) > 1 else 0.0

    def events(self) -> dict[str, int]:
        return {k: r.event_count for k, r in sorted(self.live().items()) if r.role == pb.ROLE_SERVER}


class Demo:
    def __init__(
        self, run_dir: pathlib.Path, short: bool, drift: Drift, quiet: bool = False, servers: int = 3, users: int = 5
    ) -> None:
        self.topology = Topology.create(run_dir, servers=servers, clocks=2, users=users, drift=drift)
        self.cluster = Cluster(self.topology)
        self.short = short
        self.quiet = quiet
        self.ctl: ControlClient | None = None
        self.phases: list[dict] = []
        self.meta: dict = {"scenario": "short" if short else "full", "phases": self.phases}
        self.t0 = time.monotonic()
        self.planned_s = 0.0
        self.current = ""
        self.last = Snapshot(time.time())
        self.stop_requested = asyncio.Event()
        self.tty = sys.stdout.isatty()
        self._status_len = 0
        self._ticker: asyncio.Task | None = None

    # ---- output ---------------------------------------------------------------

    def say(self, text: str) -> None:
        if self.quiet:
            return
        if self.tty and self._status_len:
            sys.stdout.write("\r" + " " * self._status_len + "\r")
            self._status_len = 0
        print(text, flush=True)

    def counters(self) -> str:
        snap = self.last
        live = snap.live()
        ev = snap.events()
        events = " ".join(f"{k}:{v}" for k, v in ev.items()) or "-"
        return (
            f"coord {snap.coordinator()} | epoch {snap.epoch()} | clock spread {snap.clock_spread_ms():.0f} ms | "
            f"{len(live)} members | events {events}"
        )

    def status_line(self) -> None:
        if self.quiet or not self.tty or not self.current:
            return
        elapsed = time.monotonic() - self.t0
        remaining = max(0.0, self.planned_s - elapsed)
        left = "" if self.current == "stopping" else f", ~{remaining:.0f}s left"
        line = f"[{elapsed:5.1f}s{left}] {self.current}: {self.counters()}"
        cols = os.get_terminal_size().columns if self.tty else 200
        line = line[: cols - 1]
        sys.stdout.write("\r" + line.ljust(self._status_len) + "")
        sys.stdout.flush()
        self._status_len = len(line)

    async def ticker(self) -> None:
        while True:
            await self.poll()
            self.status_line()
            await asyncio.sleep(0.5)

    # ---- members ----------------------------------------------------------------

    def running_members(self) -> list[str]:
        return [m.id for m in self.topology.members if m.id in self.cluster.procs and self.cluster.procs[m.id].alive()]

    async def poll(self) -> Snapshot:
        assert self.ctl is not None
        ids = self.running_members()
        eps = [self.topology.member(i).peer_endpoint for i in ids]
        at = time.time()
        got = await self.ctl.status_all(eps, timeout_ms=400)
        self.last = Snapshot(at, {i: got[ep] for i, ep in zip(ids, eps, strict=True)})
        return self.last

    async def sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stop_requested.wait(), seconds)
        if self.stop_requested.is_set():
            raise Interrupted

    async def until(self, what: str, cond: Callable[[Snapshot], bool], timeout: float) -> float:
        """Polls the members until cond holds; seconds it took. Raises RuntimeError on timeout."""
        took = await self.soft_until(cond, timeout)
        if took is None:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}; last: {self.counters()}")
        return took

    async def soft_until(self, cond: Callable[[Snapshot], bool], timeout: float) -> float | None:
        """As until, but None on timeout: for what the scenario shows rather than needs."""
        start = time.monotonic()
        while True:
            if cond(await self.poll()):
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                return None
            await self.sleep(0.2)

    def warn(self, text: str) -> str:
        self.meta.setdefault("warnings", []).append(f"{self.current}: {text}")
        self.save()
        return "WARNING: " + text

    async def start(self, name: str) -> None:
        # Starting blocks until READY; a thread keeps the status line and Ctrl-C alive meanwhile.
        await asyncio.to_thread(self.cluster.start, name)
        self.save()

    async def restart(self, name: str) -> None:
        await asyncio.to_thread(self.cluster.restart, name)
        self.save()

    def member_ids(self) -> list[str]:
        return [m.id for m in self.topology.members]

    def coordinator_expected(self, ids: list[str]) -> str:
        return max((self.topology.member(i) for i in ids), key=lambda m: m.rank).id

    # ---- run.json -----------------------------------------------------------------

    def save(self) -> None:
        pids = {n: p.pid for n, p in self.cluster.procs.items() if p.popen is not None and p.alive()}
        write_run_json(self.topology, {**self.meta, "pids": pids, "launcher": "demo"})

    def mark(self, name: str) -> None:
        self.phases.append({"name": name, "start_ms": time.time() * 1000})
        self.save()

    # ---- the scenario ---------------------------------------------------------------

    async def phase_start(self) -> str:
        # One member at a time, each in the view (and active) before the next starts: the order
        # a student can follow in the logs, and no view change racing the next join.
        began = time.monotonic()
        started: list[str] = []
        for m in sorted(self.topology.members, key=lambda m: m.id != self.topology.bootstrap):
            await self.start(m.id)
            started.append(m.id)
            await self.until(f"{m.id} in the view", lambda s, ids=tuple(started): s.agreed(list(ids)), 30)
        ids = self.member_ids()
        await self.until("one view of every member", lambda s: s.agreed(ids, self.coordinator_expected(ids)), 30)
        took = time.monotonic() - began
        for u in self.topology.users:
            await asyncio.to_thread(self.cluster.start_user, u)
        self.save()
        return (
            f"{len(ids)} members joined one by one: one view after {took:.1f} s, coordinator "
            f"{self.coordinator_expected(ids)}; {len(self.topology.users)} users started"
        )

    async def phase_normal(self) -> str:
        await self.sleep(6 if self.short else 15)
        return f"posting, following and messaging: events {self.last.events()}"

    async def phase_clock_jump(self) -> str:
        assert self.ctl is not None
        victim = self.topology.servers[1].id
        jump = 900
        await self.ctl.drift(self.topology.member(victim).peer_endpoint, jump)
        await self.sleep(0.3)
        await self.poll()
        before = self.last.clock_spread_ms()
        took = await self.until("Berkeley to pull the jumped clock back", lambda s: s.clock_spread_ms() < 250, 20)
        return f"{victim} jumped +{jump} ms (spread {before:.0f} ms); Berkeley brought it under 250 ms in {took:.1f} s"

    async def phase_coordinator_killed(self) -> str:
        ids = self.running_members()
        coord = self.coordinator_expected(ids)
        self.cluster.kill(coord)
        self.save()
        rest = [i for i in ids if i != coord]
        nxt = self.coordinator_expected(rest)
        took = await self.until(f"{nxt} elected without {coord}", lambda s: s.agreed(rest, nxt), 20)
        await self.sleep(2)
        await self.restart(coord)
        back = await self.until(f"{coord} back and coordinating", lambda s: s.agreed(ids, coord), 30)
        return f"killed {coord}: {nxt} coordinating after {took:.1f} s; {coord} restarted, won back in {back:.1f} s"

    async def phase_server_added(self) -> str:
        m = self.topology.add_server()
        self.save()
        await self.start(m.id)
        ids = self.running_members()
        took = await self.until(f"{m.id} in the view", lambda s: s.agreed(ids), 30)
        caught = await self.soft_until(lambda s: self.caught_up(s, m.id), CATCH_UP_S)
        if caught is None:
            return self.warn(
                f"{m.id} joined in {took:.1f} s but did not catch up in {CATCH_UP_S} s: {self.last.events()}"
            )
        return f"{m.id} joined in {took:.1f} s and caught up in {caught:.1f} s more: events {self.last.events()}"

    def caught_up(self, snap: Snapshot, sid: str) -> bool:
        r = snap.reports.get(sid)
        others = [v for k, v in snap.events().items() if k != sid]
        return r is not None and r.lag == 0 and bool(others) and r.event_count >= min(others)

    async def phase_server_removed(self) -> str:
        victim = self.topology.servers[0].id
        rc = await asyncio.to_thread(self.cluster.stop, victim)
        self.save()
        ids = self.running_members()
        took = await self.until(f"a view without {victim}", lambda s: s.agreed(ids), 20)
        return f"{victim} left gracefully (exit {rc}); view of {len(ids)} in {took:.1f} s"

    async def phase_server_crashed(self) -> str:
        victim = self.topology.servers[1].id
        self.cluster.kill(victim)
        self.save()
        ids = self.running_members()
        took = await self.until(f"a view without {victim}", lambda s: s.agreed(ids), 20)
        await self.sleep(3)
        await self.restart(victim)
        ids = self.running_members()
        back = await self.until(f"{victim} back in the view", lambda s: s.agreed(ids), 30)
        caught = await self.soft_until(lambda s: self.caught_up(s, victim), CATCH_UP_S)
        head = f"{victim} crashed: removed after {took:.1f} s; restarted, back in the view in {back:.1f} s"
        if caught is None:
            return self.warn(f"{head}, but not caught up in {CATCH_UP_S} s: {self.last.events()}")
        return f"{head}, caught up in {caught:.1f} s"

    def scenario(self) -> list[Phase]:
        phases = [
            Phase("start", "start 2 clock nodes, 3 servers, 5 users", 4 if self.short else 6, self.phase_start),
            Phase("normal", "normal traffic: posts, follows, messages", 6 if self.short else 15, self.phase_normal),
            Phase(
                "clock-jump",
                "a clock jumps +900 ms; Berkeley corrects it",
                6 if self.short else 10,
                self.phase_clock_jump,
            ),
            Phase(
                "coordinator-killed",
                "the coordinator is killed; Bully elects another",
                8 if self.short else 12,
                self.phase_coordinator_killed,
            ),
        ]
        if not self.short:
            phases += [
                Phase("server-added", "a 4th server joins and catches up", 12, self.phase_server_added),
                Phase("server-removed", "a server leaves gracefully", 10, self.phase_server_removed),
                Phase("server-crashed", "a server crashes and restarts", 15, self.phase_server_crashed),
            ]
        phases.append(Phase("settle", "quiet: the last writes reach everyone", self.settle_s, self.settle))
        return phases

    @property
    def settle_s(self) -> float:
        return 3 if self.short else 5

    async def settle(self) -> str:
        await self.sleep(self.settle_s)
        return f"events {self.last.events()}"

    # ---- running and stopping -----------------------------------------------------------

    async def play(self) -> bool:
        """The scenario; False when it was interrupted or a phase failed."""
        phases = self.scenario()
        self.planned_s = sum(p.seconds for p in phases) + 4  # + the shutdown
        self.say(
            f"demo ({self.meta['scenario']} scenario, ~{self.planned_s:.0f} s) in {self.topology.run_dir}\n"
            f"  Ctrl-C stops everything cleanly; logs in {self.topology.run_dir / 'logs'}"
        )
        ok = True
        self._ticker = asyncio.create_task(self.ticker())
        try:
            for n, phase in enumerate(phases, 1):
                self.current = f"{n}/{len(phases)} {phase.name}"
                self.mark(phase.name)
                self.say(f"[{time.monotonic() - self.t0:5.1f}s] phase {n}/{len(phases)} {phase.name}: {phase.title}")
                began = time.monotonic()
                outcome = await phase.run()
                self.say(f"         -> {outcome}")
                # Each phase lasts at least its planned time: the traffic goes on meanwhile,
                # and the report's timeline keeps the scenario's proportions.
                await self.sleep(max(0.0, phase.seconds - (time.monotonic() - began)))
        except Interrupted:
            self.say("interrupted: stopping everything")
            ok = False
        except (RuntimeError, ControlError, ControlTimeout) as e:
            self.say(f"phase {self.current} FAILED: {e}")
            self.meta["failed"] = f"{self.current}: {e}"
            ok = False
        finally:
            self.current = "stopping"
            await self.shutdown()
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        return ok

    async def shutdown(self) -> None:
        """Users first (together), then servers one at a time, then clock nodes one at a time."""
        self.meta["stopping_at"] = time.time() * 1000
        self.save()
        self.say(f"[{time.monotonic() - self.t0:5.1f}s] stopping: users, then servers, then clock nodes")
        users = [u for u in self.topology.users if u in self.cluster.procs]
        for u in users:
            self.cluster.procs[u].signal(signal.SIGTERM)
        await asyncio.gather(*(asyncio.to_thread(self.cluster.procs[u].stop, 15.0) for u in users))
        # The coordinator last among the clock nodes: one election fewer.
        coord = self.last.coordinator()
        clocks = sorted((m.id for m in self.topology.clocks), key=lambda c: c == coord)
        order = [m.id for m in self.topology.servers] + clocks
        for mid in order:
            proc = self.cluster.procs.get(mid)
            if proc is not None and proc.alive():
                await asyncio.to_thread(proc.stop, 10.0)
        self.save()

    def kill_all(self) -> None:
        for p in self.cluster.procs.values():
            p.signal(signal.SIGCONT)
            p.kill()


def analyze(run_dir: pathlib.Path) -> int:
    """The analyzer on the run: prints one line per invariant; 0 iff all hold."""
    from socialnet.lab import analyze as analyzer

    return analyzer.main([str(run_dir)])


async def amain(args: argparse.Namespace) -> int:
    run_dir = args.run_dir or new_run_dir(pathlib.Path(os.environ.get("SOCIALNET_RUNS", REPO / "runs")))
    demo = Demo(
        run_dir.resolve(),
        args.short,
        Drift(interval_ms=args.drift_interval_ms, max_ms=args.drift_max_ms, seed=args.seed),
    )
    loop = asyncio.get_running_loop()
    interrupts = 0

    def on_signal() -> None:
        nonlocal interrupts
        interrupts += 1
        demo.stop_requested.set()
        if interrupts > 1:
            demo.say("second interrupt: killing everything now")
            demo.kill_all()

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, on_signal)
    demo.ctl = ControlClient("demo", secret=demo.topology.secret)
    try:
        ok = await demo.play()
    finally:
        demo.ctl.close()
        demo.kill_all()  # anything still alive after the orderly stop
    if demo.stop_requested.is_set():
        demo.say(f"stopped. Analyze the partial run with: python -m socialnet.lab.analyze {run_dir}")
        return 130
    demo.say(f"\nanalysis of {run_dir}:")
    valid = await asyncio.to_thread(analyze, run_dir)
    demo.say(f"everything of this run is in {run_dir}: report.html, report.md, results.json, logs/, run.json")
    if not ok:
        return 3
    return 0 if valid == 0 or args.allow_invalid else valid


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m socialnet.lab.demo", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--short", action="store_true", help="a ~30 s scenario (the test's): start, traffic, clock jump, failover"
    )
    p.add_argument("--run-dir", type=pathlib.Path, help="where to write everything (default: runs/<timestamp>/)")
    p.add_argument("--drift-max-ms", type=int, default=1000, help="largest random clock jump, 0 = drift off")
    p.add_argument("--drift-interval-ms", type=int, default=5000, help="how often each process's clock jumps")
    p.add_argument("--seed", type=int, default=1, help="seed of the drift injectors (each process derives its own)")
    p.add_argument(
        "--allow-invalid", action="store_true", help="exit 0 when the scenario ran even if an invariant is violated"
    )
    args = p.parse_args(argv)
    return asyncio.run(amain(args))


if __name__ == "__main__":
    sys.exit(main())
