"""The bot against a fake server: it acts, logs every write with its result, and checks what it gets."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest
from fake_cluster import FakeCluster
from support import assert_lamport_replays, assert_valid_log, read_log

from socialnet.users import bot as bot_module
from socialnet.users.bot import Bot, BotConfig
from socialnet.users.cli import parse_args

USERS = ["ann", "ben", "cat"]


@pytest.fixture
async def cluster(tmp_path, monkeypatch):
    monkeypatch.setattr(bot_module, "SETTLE_S", 0.5)
    c = FakeCluster(tmp_path)
    c.server("s1")
    for user in USERS:
        c.store.passwords[user] = "pw"
    yield c
    await c.close()


def config(n: int, **overrides) -> BotConfig:
    base = dict(
        peers=USERS,
        follow=2,
        post_rate=8,
        dm_rate=6,
        duration_s=1.5,
        seed=n,
        sync_every_s=0.4,
        verify_every_s=0.5,
        drift_seed=n,
        drift_interval_ms=200,
        drift_max_ms=500,
    )
    return BotConfig(**{**base, **overrides})


async def test_bots_log_every_write_and_see_no_anomaly(cluster):
    bots = [Bot(cluster.client(u), config(n)) for n, u in enumerate(USERS, 1)]
    summaries = await asyncio.gather(*(b.run() for b in bots))
    by_request = cluster.store.by_request
    for bot, summary in zip(bots, summaries, strict=True):
        user = bot.client.user
        assert summary.anomalies == 0 and summary.errors == 0
        assert summary.acked == summary.ops > 5
        assert summary.clock_syncs >= 2 and summary.drift_jumps >= 3
        assert summary.notifications == len(cluster.store.notifications[user])
        bot.client.log.flush()
        lines = read_log(cluster.log_path(user))
        assert_valid_log(lines)
        assert_lamport_replays(lines)
        done = [x for x in lines if x["event"] == "OP_DONE"]
        issued = {x["request_id"] for x in lines if x["event"] == "OP_ISSUED"}
        assert {x["request_id"] for x in done} == issued and len(done) == summary.ops
        for x in done:
            stored = by_request[(user, x["request_id"])]
            assert x["event_id"] == f"{stored.id.origin}:{stored.id.seq}"
            assert x["position"] == [stored.lamport, stored.id.origin, stored.id.seq]
        assert not [x for x in lines if x["event"] == "BOT_ANOMALY"]
        seen = {x["peer"]: x["positions"] for x in lines if x["event"] == "CONVERSATION_SEEN"}
        assert seen, "the bot read its conversations"


async def test_the_bot_reports_a_server_that_repeats_a_notification(cluster):
    ann = Bot(cluster.client("ann"), config(1, peers=["ben"], post_rate=0, dm_rate=0, duration_s=1.0))
    ben = cluster.client("ben")
    await ben.start()
    original = cluster.servers[0]._feed

    def doubled(user, request):
        events = original(user, request)
        return events + events[-1:] if user == "ann" and request.feed == 4 and events else events

    cluster.servers[0]._feed = doubled
    running = asyncio.create_task(ann.run())
    await asyncio.sleep(0.3)
    await ben.send_message("ann", "hello twice")
    summary = await running
    assert summary.anomalies >= 1
    ann.client.log.flush()
    flagged = [x for x in read_log(cluster.log_path("ann")) if x["event"] == "BOT_ANOMALY"]
    assert flagged and {x["kind"] for x in flagged} == {"duplicate"}


def test_cli_arguments():
    args = parse_args(
        [
            *("bot", "--user", "ann", "--password", "pw", "--servers", "tcp://127.0.0.1:1,tcp://127.0.0.1:2"),
            *("--peers", "ben,cat", "--seed", "7", "--duration", "3", "--register", "--drift-max-ms", "900"),
        ]
    )
    assert args.servers == ["tcp://127.0.0.1:1", "tcp://127.0.0.1:2"] and args.peers == ["ben", "cat"]
    assert (args.seed, args.duration, args.register, args.drift_max_ms) == (7, 3.0, True, 900)
    with pytest.raises(SystemExit):
        parse_args(["bot", "--user", "ann", "--servers", "tcp://127.0.0.1:1"])


async def test_the_bot_command_prints_one_json_summary(cluster, tmp_path):
    server = cluster.servers[0]
    log = tmp_path / "cli-bot.jsonl"
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "socialnet.users",
        "bot",
        *("--user", "cat", "--password", "pw", "--servers", server.user_endpoint, "--peers", "ann,ben"),
        *("--duration", "1", "--post-rate", "5", "--dm-rate", "5", "--log", str(log)),
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0
    lines = out.decode().splitlines()
    assert len(lines) == 1
    summary = json.loads(lines[0])
    assert summary["user"] == "cat" and summary["ops"] > 0 and summary["anomalies"] == 0
    assert_valid_log(read_log(log))
