"""`make demo`, shortened: 3 servers, 2 clock nodes, 5 bot users with drift on;
normal traffic, a clock jump corrected by Berkeley, the coordinator killed and
a new one elected (then the old one back). The demo must run every phase and
stop everything in order, and the analyzer must find every invariant holding.

Until servers replicate (a server stores events whose origin is another
server), the invariants that need replication cannot hold with users spread
over three servers: the test then reports them as an expected failure, and
becomes a plain assertion by itself once replication is in.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import time


def test_short_demo_runs_every_phase_and_the_report_is_valid(tmp_path):
    run_dir = tmp_path / "run"
    done = subprocess.run(
        [sys.executable, "-m", "socialnet.lab.demo", "--short", "--run-dir", str(run_dir)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    out = done.stdout + done.stderr
    meta = json.loads((run_dir / "run.json").read_text())
    assert "failed" not in meta, f"a phase failed: {meta.get('failed')}\n{out}"
    assert done.returncode in (0, 1), out  # 1: the analyzer found a violated invariant (3: a phase failed)
    assert [p["name"] for p in meta["phases"]] == ["start", "normal", "clock-jump", "coordinator-killed", "settle"]
    assert meta["stopping_at"] > meta["phases"][-1]["start_ms"]
    assert "report:" in out and (run_dir / "report.html").exists()
    for name in ("c1", "c2", "s1", "s2", "s3", "user1", "user5"):
        assert (run_dir / "logs" / f"{name}.jsonl").exists(), name

    results = json.loads((run_dir / "results.json").read_text())
    failed = {i["name"]: i for i in results["invariants"] if i["applicable"] and not i["ok"]}
    assert results["valid"], f"violated: {sorted(failed)}\n{out}"
    assert done.returncode == 0, out


def lab(env: dict, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "socialnet.lab.cli", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_the_cluster_cli_drives_a_cluster_by_hand(tmp_path):
    env = {**os.environ, "SOCIALNET_RUNS": str(tmp_path / "runs")}
    up = lab(env, "up", "--servers", "3", "--clocks", "2", "--users", "0", "--drift-max-ms", "0")
    try:
        assert up.returncode == 0, up.stdout + up.stderr
        current = (tmp_path / "runs" / "current").resolve()
        assert (current / "run.json").exists()

        def status() -> dict:
            done = lab(env, "status", "--json")
            assert done.returncode == 0, done.stderr
            return {m["id"]: m for m in json.loads(done.stdout)["members"]}

        members = status()
        assert {m["coordinator"] for m in members.values()} == {"c2"}
        assert all(m["state"] == "active" and len(m["view"]) == 5 for m in members.values())
        assert [m["rank"] for m in members.values()] == [101, 102, 1, 2, 3]

        assert lab(env, "drift", "s2", "700").returncode == 0
        assert lab(env, "kill", "c2").returncode == 0
        deadline = time.monotonic() + 15
        while {m.get("coordinator") for m in status().values() if m["process"] == "running"} != {"c1"}:
            assert time.monotonic() < deadline, "c1 never took over"
            time.sleep(0.3)
        assert status()["c2"]["process"] == "down"
        assert lab(env, "restart", "c2").returncode == 0
        assert lab(env, "partition", "s1,c1", "|", "s2,s3,c2").returncode == 0
        assert status()["s1"]["partitioned"] == ["c2", "s2", "s3"]
        assert lab(env, "heal").returncode == 0
        added = lab(env, "add-server")
        assert added.returncode == 0, added.stdout + added.stderr
        assert "s4" in status()
    finally:
        down = lab(env, "down", timeout=120)
    assert down.returncode == 0, down.stdout + down.stderr
    meta = json.loads((current / "run.json").read_text())
    assert not any(pid_alive(p) for p in meta["pids"].values())
    names = [p["name"] for p in meta["phases"]]
    assert names[0] == "up" and "kill c2" in names and "heal" in names and "stopping_at" in meta


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = pathlib.Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[-1].split()[0] != "Z"
