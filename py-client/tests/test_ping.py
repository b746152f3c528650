"""The ping tool as a real process against the in-process echo peer."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest
import zmq.asyncio
from echo_peer import EchoPeer
from support import assert_lamport_replays, assert_valid_log, read_log


async def ping(*args: str) -> tuple[int, dict]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "socialnet.tools.ping", *args, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    lines = out.decode().splitlines()
    assert len(lines) == 1, lines
    return proc.returncode, json.loads(lines[0])


@pytest.fixture
async def echo_factory():
    ctx = zmq.asyncio.Context()
    tasks, peers = [], []

    def start(raw: bool = False) -> tuple[str, str]:
        peer = EchoPeer(ctx, "e1", raw=raw)
        endpoints = peer.bind()
        tasks.append(asyncio.create_task(peer.serve()))
        peers.append(peer)
        return endpoints

    yield start
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for p in peers:
        p.close()
    ctx.destroy(linger=0)


async def test_enveloped_with_notifications(echo_factory, tmp_path):
    router, pub = echo_factory()
    log = tmp_path / "p1.jsonl"
    code, report = await ping(
        "--connect",
        router,
        "--sub",
        pub,
        "--id",
        "p1",
        "--count",
        "200",
        "--pipeline",
        "8",
        "--log",
        str(log),
    )
    assert code == 0, report
    assert report["count"] == 200 and report["pipeline"] == 8 and report["raw"] is False
    assert report["notifications"] == 200
    assert 0 < report["rtt_p50_us"] <= report["rtt_p99_us"]
    assert report["throughput_per_s"] > 0
    lines = read_log(log)
    assert_valid_log(lines)
    assert_lamport_replays(lines)
    assert report["lamport"] == lines[-1]["lamport"]
    assert sum(x["event"] == "SEND" for x in lines) == 200
    assert sum(x["event"] == "RECV" for x in lines) == 400
    assert {x["role"] for x in lines} == {"user"}


async def test_raw_baseline(echo_factory):
    router, _ = echo_factory(raw=True)
    code, report = await ping("--connect", router, "--id", "p2", "--count", "300", "--pipeline", "16", "--raw")
    assert code == 0, report
    assert report["raw"] is True and report["lamport"] == 0 and report["notifications"] == 0


async def test_fails_when_nobody_answers():
    code, report = await ping("--connect", "tcp://127.0.0.1:1", "--id", "p3", "--count", "3", "--timeout", "0.3")
    assert code == 1
    assert report["rtt_p50_us"] is None and report["lamport"] == 0
