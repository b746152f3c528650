"""`make bench`: measures the system against its ceilings, prints a table and
writes bench/results.json.

Each section returns rows {name, value, unit, better, note}. Names are stable
from run to run so results can be compared over time. Ceilings (raw ZeroMQ,
then ZeroMQ + protobuf, between the three languages) are measured in the same
run as the system, so ratios between rows are fair on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass

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
    server = Proc(
        "server-s1",
        node(
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
        ),
        bench.work,
        env={"SOCIALNET_SECRET": "bench-secret"},
    )
    note = "1 server, durable group commit, server log level info"
    with running(server.start("READY")):
        n = bench.scale(100_000)
        thr = load(bench, "load-thr", user_port, pub_port, "--users", "20", "--posts", str(n), "--pipeline", "50")
        notify = load(
            bench,
            "load-notify",
            user_port,
            pub_port,
            "--users",
            "10",
            "--posts",
            str(bench.scale(10_000)),
            "--rate",
            "1000",
            "--followers",
            "5",
        )
        total = bench.scale(1_000_000)
        # Fill up to a million stored events, then read the server's resident memory.
        load(
            bench,
            "load-fill",
            user_port,
            pub_port,
            "--users",
            "20",
            "--posts",
            str(max(total - n - notify["posts"], 0)),
            "--pipeline",
            "50",
        )
        rss = rss_mb(server.pid)
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
        Row("server1.rss_after_events", rss, "MB", "lower", f"server RSS with {total} events stored; {note}"),
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
