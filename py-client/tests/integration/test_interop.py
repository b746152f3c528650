"""Interop: real processes in three languages over real ZeroMQ sockets.

A TypeScript ROUTER+PUB (the echo tool) answers 1,000 envelopes each from a
Python DEALER and a Go DEALER and publishes a notification to each of them per
answer; then the four log files must pair every send with its receive and
replay every Lamport clock.
"""

from __future__ import annotations

import json

from socialnet.lab.logs import lamport_replay_problems, pair_messages, read_log
from socialnet.lab.procs import Proc, endpoint, free_port, go, node, python, running

COUNT = 1000


def test_ts_router_pub_with_python_and_go_peers(workdir):
    router, pub = free_port(), free_port()
    echo = Proc(
        "echo",
        node(
            "tools/echo.js",
            "--router",
            endpoint(router),
            "--pub",
            endpoint(pub),
            "--id",
            "echo",
            "--log",
            str(workdir / "echo.jsonl"),
        ),
        workdir,
    )
    clients = {
        "pyping": python(
            "socialnet.tools.ping",
            "--connect",
            endpoint(router),
            "--sub",
            endpoint(pub),
            "--id",
            "pyping",
            "--count",
            str(COUNT),
            "--pipeline",
            "8",
            "--log",
            str(workdir / "pyping.jsonl"),
        ),
        "goping": go(
            "ping",
            "--connect",
            endpoint(router),
            "--sub",
            endpoint(pub),
            "--id",
            "goping",
            "--count",
            str(COUNT),
            "--pipeline",
            "8",
            "--log",
            str(workdir / "goping.jsonl"),
        ),
    }
    with running(echo.start("READY")):
        pings = [Proc(name, argv, workdir).start() for name, argv in clients.items()]
        codes = [p.wait(timeout=120) for p in pings]
        summaries = {p.name: json.loads(p.stdout().strip().splitlines()[-1]) for p in pings}
        assert codes == [0, 0], [p.stderr()[-2000:] for p in pings]
    assert echo.popen.returncode == 0, echo.stderr()[-2000:]

    for name, summary in summaries.items():
        assert summary["count"] == COUNT
        assert summary["notifications"] == COUNT, (name, summary)

    logs = {name: read_log(workdir / f"{name}.jsonl") for name in ("echo", "pyping", "goping")}
    assert {ln["lang"] for ln in logs["echo"]} == {"ts"}
    assert {ln["lang"] for ln in logs["pyping"]} == {"py"}
    assert {ln["lang"] for ln in logs["goping"]} == {"go"}

    for lines in logs.values():
        assert lamport_replay_problems(lines) == []
    for name in ("pyping", "goping"):
        # The clock ends where the rules say: the replayed value is the one the tool reports.
        assert logs[name][-1]["lamport"] == summaries[name]["lamport"]
        recv_bodies = [ln["body"] for ln in logs[name] if ln.get("dir") == "recv"]
        assert recv_bodies.count("time_reply") == COUNT
        assert recv_bodies.count("notification") == COUNT
        sent_to_echo = [ln for ln in logs[name] if ln.get("dir") == "send"]
        assert len(sent_to_echo) == COUNT

    echo_recv = [ln for ln in logs["echo"] if ln.get("dir") == "recv"]
    assert len(echo_recv) == 2 * COUNT
    echo_sends = [ln for ln in logs["echo"] if ln.get("dir") == "send"]
    assert len(echo_sends) == 4 * COUNT  # a reply and a notification per request

    pairing = pair_messages(logs)
    assert pairing.violations == []
    assert pairing.unmatched_receives == []
    assert pairing.pairs == 6 * COUNT
