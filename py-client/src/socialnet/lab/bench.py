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


SECTIONS: dict[str, Callable[[Bench], list[Row]]] = {
    "ceilings": ceilings,
}


def print_table(rows: list[Row]) -> None:
    width = max(len(r.name) for r in rows)
    print(f"{'name':<{width}}  {'value':>12}  {'unit':<6} better  note")
    for r in rows:
        print(f"{r.name:<{width}}  {r.value:>12.1f}  {r.unit:<6} {r.better:<6}  {r.note}")


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
    print_table(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([asdict(r) for r in rows], indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
