"""The nemesis (socialnet.lab.nemesis) on real processes: 2 Go clock nodes, 3 TypeScript servers (one more
joins, one leaves) and 5 Python bots under steady load, ~45 s of seeded faults of every kind, then the
guarantees checked against what the bots were acknowledged and what every server holds.

One run (module fixture); each test holds one of its outcomes. A failing run keeps its directory (the
path is in the assertion message): replay the schedule with `python -m socialnet.lab.nemesis --seed N`.
"""

from __future__ import annotations

import asyncio

import pytest

from socialnet.lab.nemesis import KINDS, run_nemesis

SEED = 7
FAULTS_S = 45


@pytest.fixture(scope="module")
def nemesis(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("nemesis") / "run"
    run_dir.mkdir()
    figures = asyncio.run(run_nemesis(run_dir, SEED, FAULTS_S, servers=3, quiet=True))
    assert not figures.failed, f"{run_dir}: {figures.failed}"
    return run_dir, figures


def test_every_kind_of_fault_was_injected_under_load(nemesis):
    run_dir, f = nemesis
    assert all(f.faults[k] >= 1 for k in KINDS), (run_dir, f.faults)
    assert sum(f.faults.values()) >= len(KINDS)
    assert f.operations["acknowledged"] > 300, (run_dir, f.operations)
    assert f.faults_per_minute > 5


def test_nothing_acknowledged_is_lost_or_duplicated(nemesis):
    run_dir, f = nemesis
    assert f.lost == 0 and f.duplicated == 0, (run_dir, f.problems)
    assert f.events >= f.operations["acknowledged"]
    assert f.checks["post_notifications"] and f.checks["dm_delivery"], (run_dir, f.problems)


def test_every_server_identical_and_every_conversation_in_one_order(nemesis):
    run_dir, f = nemesis
    assert f.servers_identical, (run_dir, f.problems)
    assert f.reordered == 0, (run_dir, f.problems)
    for check in ("replica_convergence", "delivery_order", "conversation_order", "no_bot_anomalies"):
        assert f.checks[check], (run_dir, check, f.problems)


def test_every_receive_after_its_send_and_valid_logs(nemesis):
    run_dir, f = nemesis
    assert f.checks["lamport_causality"] and f.checks["log_lines_valid"], (run_dir, f.problems)


# Open bug, kept visible: after a partition that put one clock node on the minority side, that node keeps
# calling itself coordinator once healed (nobody re-sends Coordinator across the healed cut), so two members
# name themselves coordinator until one of them restarts. Reported with the run's log lines to the lead.
def test_members_name_one_coordinator_after_every_recovery(nemesis):
    run_dir, f = nemesis
    assert f.checks["one_coordinator_after_recovery"], (run_dir, f.split_coordinators)
