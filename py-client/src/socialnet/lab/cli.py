"""socialnet-lab: start a local cluster and drive it by hand (docs/lab.md).

    socialnet-lab up [--servers 3 --clocks 2 --users 5]   start everything on 127.0.0.1
    socialnet-lab status                                   members, roles, ranks, coordinator, epoch, events, lag
    socialnet-lab add-server                               one more server, joining through the others
    socialnet-lab stop s1 | kill s1 | restart s1           graceful stop, SIGKILL, start again
    socialnet-lab drift s2 800                             jump s2's clock by +800 ms
    socialnet-lab partition s1,c1,user1 '|' s2,s3,c2       cut the two groups off from each other (users optional)
    socialnet-lab heal                                     undo every partition
    socialnet-lab user alice                               a REPL as alice (registered if new)
    socialnet-lab down [--analyze]                         users, then servers, then clock nodes
    socialnet-lab nemesis --duration 60 --seed 1           a new cluster under seeded faults, then the checks

State lives in the run directory (runs/<timestamp>/run.json: the topology, the
pids, and every command as a phase for the analyzer); runs/current points at
the latest run, so later commands find it (or pass --run DIR).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import pathlib
import signal
import sys
import time

from socialnet.lab import partition
from socialnet.lab.cluster import (
    Drift,
    Topology,
    bot_argv,
    new_run_dir,
    point_current,
    read_run_meta,
    write_run_json,
)
from socialnet.lab.control import ControlClient, ControlError, ControlTimeout
from socialnet.lab.procs import REPO, Proc, python
from socialnet.v1 import socialnet_pb2 as pb

# Where runs go (and runs/current lives); $SOCIALNET_RUNS moves it (the tests do).
RUNS = pathlib.Path(os.environ.get("SOCIALNET_RUNS", REPO / "runs"))
STATE_NAMES = {
    pb.MEMBER_STATE_JOINING: "joining",
    pb.MEMBER_STATE_ACTIVE: "active",
    pb.MEMBER_STATE_LEAVING: "leaving",
}


class CliError(Exception):
    pass


# ---- the run on disk -------------------------------------------------------------


class Run:
    """A run directory: its topology, its meta (pids, phases, started) and the processes by pid."""

    def __init__(self, run_dir: pathlib.Path) -> None:
        if not (run_dir / "run.json").exists():
            raise CliError(f"no run.json in {run_dir}: start a cluster with `socialnet-lab up`")
        self.dir = run_dir
        self.topology = Topology.load(run_dir)
        meta = read_run_meta(run_dir)
        self.meta = {k: v for k, v in meta.items() if k not in ("run_dir", "members", "users", "drift", "bootstrap")}
        self.meta.setdefault("scenario", "by hand (socialnet-lab)")
        self.meta.setdefault("phases", [])
        self.meta.setdefault("pids", {})
        self.meta.setdefault("started", [])

    @property
    def pids(self) -> dict[str, int]:
        return self.meta["pids"]

    def save(self) -> None:
        write_run_json(self.topology, self.meta)

    def mark(self, name: str) -> None:
        """Records a command as a phase: the report then shows when it happened."""
        self.meta["phases"].append({"name": name, "start_ms": time.time() * 1000})

    def names(self) -> list[str]:
        return [m.id for m in self.topology.members] + list(self.topology.users)

    def check_name(self, name: str) -> None:
        if name not in self.names():
            raise CliError(f"no process {name!r} in this run; known: {', '.join(self.names())}")

    def alive(self, name: str) -> bool:
        pid = self.pids.get(name)
        return pid is not None and pid_is(pid, name)

    def start(self, name: str) -> int:
        """Starts a member (waits for READY) or a bot user; the pid goes to run.json."""
        self.check_name(name)
        if self.alive(name):
            raise CliError(f"{name} is already running (pid {self.pids[name]})")
        first = name not in self.meta["started"]
        if name in self.topology.users:
            proc = Proc(name, bot_argv(self.topology, name), self.dir / "out")
            proc.start(None)
        else:
            proc = Proc(name, self.topology.argv(name, first_start=first), self.dir / "out")
            proc.start("READY")
        if first:
            self.meta["started"].append(name)
        self.pids[name] = proc.pid
        self.save()
        return proc.pid

    def signal(self, name: str, sig: int, timeout: float = 15.0) -> bool:
        """Sends sig and waits for the process to exit; False if it was not running."""
        if not self.alive(name):
            return False
        pid = self.pids[name]
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        if not wait_gone(pid, timeout):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            wait_gone(pid, 5)
        return True


def pid_is(pid: int, name: str) -> bool:
    """pid runs and is this run's process `name` (not a recycled pid)."""
    try:
        cmdline = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        stat = pathlib.Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] == "Z":  # a zombie has exited
        return False
    arg = name.encode()
    return any(a == arg and prev in (b"--id", b"--user") for prev, a in itertools.pairwise(cmdline))


def wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaps it when we are its parent
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        if pathlib.Path(f"/proc/{pid}/stat").exists():
            with contextlib.suppress(OSError):
                if pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0] == "Z":
                    return True
        time.sleep(0.05)
    return False


def find_run(arg: pathlib.Path | None) -> Run:
    if arg is not None:
        return Run(arg.resolve())
    current = RUNS / "current"
    if not current.exists():
        raise CliError("no runs/current: start a cluster with `socialnet-lab up` (or pass --run DIR)")
    return Run(current.resolve())


# ---- control requests ---------------------------------------------------------------


def control(run: Run, requests: list[tuple[str, str, dict]], timeout_ms: float = 1000) -> dict[str, object]:
    """[(member, command, kwargs)] -> {member: StatusReport | the error}, asked concurrently."""

    async def go() -> dict[str, object]:
        async with ControlClient(log_path=None, secret=run.topology.secret) as ctl:

            async def one(member: str, command: str, kw: dict) -> object:
                try:
                    return await ctl.request(
                        run.topology.member(member).peer_endpoint, command, timeout_ms=timeout_ms, **kw
                    )
                except (ControlTimeout, ControlError) as e:
                    return e

            got = await asyncio.gather(*(one(m, c, kw) for m, c, kw in requests))
            return {m: r for (m, _, _), r in zip(requests, got, strict=True)}

    return asyncio.run(go())


def status_rows(run: Run, timeout_ms: float = 500) -> tuple[list[dict], dict[str, object]]:
    members = [m.id for m in run.topology.members]
    reports = control(run, [(m, "status", {}) for m in members if run.alive(m)], timeout_ms)
    host = time.time() * 1000
    rows = []
    for m in run.topology.members:
        r = reports.get(m.id)
        row = {"id": m.id, "role": m.role, "rank": m.rank, "pid": run.pids.get(m.id) if run.alive(m.id) else None}
        if isinstance(r, pb.StatusReport):
            view = r.view if r.HasField("view") else None
            me = next((x for x in view.members if x.id == m.id), None) if view else None
            row.update(
                process="running",
                state=STATE_NAMES.get(me.state, "?") if me else "not in view",
                coordinator=r.coordinator,
                epoch=view.epoch if view else 0,
                view=[x.id for x in view.members] if view else [],
                events=r.event_count if m.role == "server" else None,
                lag=r.lag if m.role == "server" else None,
                clock_offset_ms=round(r.clock_ms - host),
                lamport=r.lamport,
                partitioned=list(r.partitioned),
            )
        else:
            row["process"] = "running, no answer" if row["pid"] else "down"
        rows.append(row)
    return rows, reports


def print_status(run: Run, as_json: bool) -> None:
    rows, _ = status_rows(run)
    users = [{"user": u, "pid": run.pids.get(u) if run.alive(u) else None} for u in run.topology.users]
    if as_json:
        print(json.dumps({"run": str(run.dir), "members": rows, "users": users}, indent=1))
        return
    coords = {r.get("coordinator") for r in rows if r.get("coordinator")}
    epochs = {r.get("epoch") for r in rows if r.get("epoch")}
    print(f"run {run.dir}")
    print(
        f"coordinator: {', '.join(sorted(coords)) or '-'}"
        + ("  (members disagree!)" if len(coords) > 1 else "")
        + f"   epoch: {', '.join(str(e) for e in sorted(epochs)) or '-'}"
    )
    head = ["id", "role", "rank", "process", "state", "coord", "epoch", "view", "events", "lag", "clock", "cut off"]
    table = [head]
    for r in rows:
        running = r["process"] == "running"
        table.append(
            [
                r["id"],
                r["role"],
                str(r["rank"]),
                r["process"] + (f" ({r['pid']})" if r["pid"] else ""),
                r.get("state", "-"),
                r.get("coordinator", "-") or "-",
                str(r.get("epoch", "-")),
                ",".join(r.get("view", [])) or "-",
                "-" if r.get("events") is None else str(r["events"]),
                "-" if r.get("lag") is None else str(r["lag"]),
                f"{r['clock_offset_ms']:+d} ms" if running else "-",
                ",".join(r.get("partitioned", [])) or "-",
            ]
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    print("users: " + ", ".join(f"{u['user']} ({'running' if u['pid'] else 'down'})" for u in users))


def wait_view(run: Run, timeout: float = 30.0) -> bool:
    """Until every running member reports one epoch holding exactly the running members, all active."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        running = sorted(m.id for m in run.topology.members if run.alive(m.id))
        rows, _ = status_rows(run, 400)
        live = [r for r in rows if r["id"] in running]
        same = len({r.get("epoch") for r in live}) == 1 and len({r.get("coordinator") for r in live}) == 1
        if live and same and all(r.get("state") == "active" and sorted(r.get("view", [])) == running for r in live):
            return True
        time.sleep(0.3)
    return False


# ---- commands -------------------------------------------------------------------------


def cmd_up(args: argparse.Namespace) -> int:
    if args.run is None and (RUNS / "current").exists():
        with contextlib.suppress(CliError):
            old = Run((RUNS / "current").resolve())
            if any(old.alive(n) for n in old.names()):
                raise CliError(f"a cluster is still running in {old.dir}: `socialnet-lab down` first")
    if args.run is not None:
        run_dir = args.run.resolve()
        run_dir.mkdir(parents=True, exist_ok=True)
        RUNS.mkdir(parents=True, exist_ok=True)
        point_current(RUNS, run_dir)
    else:
        run_dir = new_run_dir(RUNS)
    drift = Drift(interval_ms=args.drift_interval_ms, max_ms=args.drift_max_ms, seed=args.seed)
    topo = Topology.create(run_dir, servers=args.servers, clocks=args.clocks, users=args.users, drift=drift)
    write_run_json(topo, {"scenario": "by hand (socialnet-lab)", "phases": [], "pids": {}, "started": []})
    run = Run(run_dir)
    run.mark("up")
    order = sorted(topo.members, key=lambda m: m.id != topo.bootstrap)
    # One at a time, each in the view before the next starts (as the demo does).
    for m in order:
        pid = run.start(m.id)
        print(f"started {m.id} ({m.role}, rank {m.rank}) pid {pid} on {m.peer_endpoint}", flush=True)
        if not wait_view(run):
            print(f"warning: no agreed view with {m.id} within 30 s; see `socialnet-lab status`")
    for u in topo.users:
        pid = run.start(u)
        print(f"started {u} (bot) pid {pid}")
    run.save()
    print(f"\nrun directory: {run_dir} (runs/current points at it)")
    print_status(run, False)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    print_status(find_run(args.run), args.json)
    return 0


def cmd_add_server(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    m = run.topology.add_server()
    run.mark(f"add-server {m.id}")
    run.save()
    pid = run.start(m.id)
    print(f"started {m.id} (server, rank {m.rank}) pid {pid}, joining through {run.topology.seeds_for(m.id)}")
    if args.wait and not wait_view(run):
        print("warning: no agreed view with it within 30 s; see `socialnet-lab status`")
    return 0


def _signal_member(args: argparse.Namespace, sig: signal.Signals, verb: str, what: str) -> int:
    run = find_run(args.run)
    run.check_name(args.id)
    run.mark(f"{verb} {args.id}")
    run.save()
    if not run.signal(args.id, sig):
        print(f"{args.id} is not running")
        return 1
    print(f"{args.id} {what}")
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    return _signal_member(args, signal.SIGTERM, "stop", "stopped gracefully (SIGTERM: a member leaves the view first)")


def cmd_kill(args: argparse.Namespace) -> int:
    return _signal_member(args, signal.SIGKILL, "kill", "killed (SIGKILL: the others detect it by missed heartbeats)")


def cmd_restart(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    run.check_name(args.id)
    run.mark(f"restart {args.id}")
    if run.signal(args.id, signal.SIGTERM):
        print(f"{args.id} stopped")
    pid = run.start(args.id)
    print(
        f"{args.id} started again, pid {pid}" + ("" if args.id in run.topology.users else ", rejoining through seeds")
    )
    return 0


def members_named(run: Run, text: str) -> list[str]:
    names = [x.strip() for x in text.split(",") if x.strip()]
    for n in names:
        if n not in [m.id for m in run.topology.members]:
            raise CliError(f"{n!r} is not a member (servers and clock nodes only)")
    return names


def report_results(results: dict[str, object], what: str) -> int:
    bad = 0
    for member, r in results.items():
        if isinstance(r, pb.StatusReport):
            print(f"{member}: {what(r) if callable(what) else what}")
        else:
            bad += 1
            print(f"{member}: FAILED: {r}")
    return 1 if bad else 0


def cmd_drift(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    members_named(run, args.id)
    run.mark(f"drift {args.id} {args.ms:+d} ms")
    run.save()
    results = control(run, [(args.id, "drift", {"delta_ms": args.ms})])
    return report_results(
        results, lambda r: f"clock moved {args.ms:+d} ms, now {r.clock_ms - time.time() * 1000:+.0f} ms off the host"
    )


def cmd_partition(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    text = " ".join(args.groups)
    if text.count("|") != 1:
        raise CliError("usage: socialnet-lab partition a,b '|' c,d  (two groups of members, users optional)")
    left, right = ([x for x in g.replace(" ", ",").split(",") if x] for g in text.split("|"))
    try:
        cut = partition.split(run.topology, left, right)
    except ValueError as e:
        raise CliError(str(e)) from None
    run.mark(f"partition {','.join(left)} | {','.join(right)}")
    run.save()
    partition.cut_users(run.topology, cut.users)
    for user, names in cut.users.items():
        print(f"{user}: cut off from " + (",".join(n for n in names if not n.startswith("tcp:")) or "no server"))
    results = control(run, [(m, "partition", {"peers": peers}) for m, peers in cut.members.items()])
    return report_results(results, lambda r: "cut off from " + ",".join(r.partitioned))


def cmd_heal(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    run.mark("heal")
    run.save()
    partition.heal_users(run.topology)
    running = [m.id for m in run.topology.members if run.alive(m.id)]
    return report_results(control(run, [(m, "heal", {}) for m in running]), "healed")


def cmd_user(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    name = args.name
    servers = ",".join(m.user_endpoint for m in run.topology.servers)
    argv = python(
        "socialnet.users.cli",
        "repl",
        "--user",
        name,
        "--password",
        args.password or f"{name}-pw",
        "--servers",
        servers,
        "--log",
        str(run.topology.log_path(f"{name}-repl")),
    )
    if name not in run.topology.users:
        argv.append("--register")  # a bot registers itself; a new name needs an account
    print(f"REPL as {name} (log: {run.topology.log_path(name + '-repl')}); type 'help'", flush=True)
    os.execv(argv[0], argv)
    return 0  # not reached


def shutdown(run: Run) -> None:
    """Users first (together), then servers one at a time, then clock nodes one at a time:
    members stopped all at once could each leave a view that no longer has a majority to install the next."""
    run.meta["stopping_at"] = time.time() * 1000
    run.save()
    users = [u for u in run.topology.users if run.alive(u)]
    for u in users:
        os.kill(run.pids[u], signal.SIGTERM)
    for u in users:
        run.signal(u, signal.SIGTERM, 20)
        print(f"stopped {u}")
    servers = [m.id for m in run.topology.servers]
    running = [m.id for m in run.topology.members if run.alive(m.id)]
    coord = ""
    with contextlib.suppress(Exception):
        rows, _ = status_rows(run, 300)
        coord = next((r["coordinator"] for r in rows if r.get("coordinator")), "")
    clocks = sorted((m.id for m in run.topology.clocks), key=lambda c: c == coord)  # the coordinator last
    for mid in [*servers, *clocks]:
        if mid in running and run.signal(mid, signal.SIGTERM):
            print(f"stopped {mid}")
    run.save()


def cmd_down(args: argparse.Namespace) -> int:
    run = find_run(args.run)
    shutdown(run)
    print(f"everything stopped; logs in {run.dir / 'logs'}")
    if args.analyze:
        from socialnet.lab import analyze

        return analyze.main([str(run.dir)])
    print(f"analyze with: python -m socialnet.lab.analyze {run.dir}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from socialnet.lab import analyze

    run = find_run(args.run)
    return analyze.main([str(run.dir)])


def cmd_nemesis(args: argparse.Namespace) -> int:
    from socialnet.lab import nemesis

    flags = ["--duration", args.duration, "--seed", args.seed, "--servers", args.servers]
    return nemesis.main([*flags, *(["--run-dir", str(args.run)] if args.run else [])])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="socialnet-lab", description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.epilog = __doc__.split("\n\n", 1)[1]
    p.add_argument("--run", type=pathlib.Path, help="the run directory (default: runs/current)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    up = sub.add_parser("up", help="start a cluster: clock nodes, servers, bot users")
    up.add_argument("--servers", type=int, default=3)
    up.add_argument("--clocks", type=int, default=2)
    up.add_argument("--users", type=int, default=5, help="bot users (0 for none: drive it with `user NAME`)")
    up.add_argument("--drift-max-ms", type=int, default=1000, help="largest random clock jump, 0 = drift off")
    up.add_argument("--drift-interval-ms", type=int, default=5000)
    up.add_argument("--seed", type=int, default=1)
    up.set_defaults(func=cmd_up)

    st = sub.add_parser("status", help="members, roles, ranks, coordinator, epoch, events and lag")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)

    add = sub.add_parser("add-server", help="start one more server; it joins and catches up")
    add.add_argument("--no-wait", dest="wait", action="store_false", help="do not wait for the new view")
    add.set_defaults(func=cmd_add_server)

    for name, func, text in (
        ("stop", cmd_stop, "stop a process gracefully (SIGTERM; a member leaves the view first)"),
        ("kill", cmd_kill, "kill a process (SIGKILL: a crash)"),
        ("restart", cmd_restart, "start a process again (stopping it first if it runs)"),
    ):
        c = sub.add_parser(name, help=text)
        c.add_argument("id", help="a member (s1, c1 ...) or a user (user1 ...)")
        c.set_defaults(func=func)

    d = sub.add_parser("drift", help="jump a member's clock by MS milliseconds (negative: back)")
    d.add_argument("id")
    d.add_argument("ms", type=int)
    d.set_defaults(func=cmd_drift)

    part = sub.add_parser("partition", help="cut two groups off from each other: a,b '|' c,d (members; users optional)")
    part.add_argument("groups", nargs="+", help="GROUP | GROUP (quote the bar in a shell)")
    part.set_defaults(func=cmd_partition)

    sub.add_parser("heal", help="undo every partition").set_defaults(func=cmd_heal)

    u = sub.add_parser("user", help="open the REPL as a user (registered if not one of the bots)")
    u.add_argument("name")
    u.add_argument("--password", help="default: NAME-pw, as the bots use")
    u.set_defaults(func=cmd_user)

    dn = sub.add_parser("down", help="stop everything in order: users, servers, clock nodes")
    dn.add_argument("--analyze", action="store_true", help="then run the analyzer on the run")
    dn.set_defaults(func=cmd_down)

    sub.add_parser("analyze", help="run the analyzer on the run").set_defaults(func=cmd_analyze)

    nem = sub.add_parser("nemesis", help="a new cluster under seeded faults and load, then the guarantees checked")
    nem.add_argument("--duration", default="60", help="seconds of faults")
    nem.add_argument("--seed", default="1")
    nem.add_argument("--servers", default="3")
    nem.set_defaults(func=cmd_nemesis)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return args.func(args)
    except CliError as e:
        print(f"socialnet-lab: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
