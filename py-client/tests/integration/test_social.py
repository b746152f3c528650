"""The social network end to end: a real TypeScript server and five Python bot processes.

Each bot acts at random, checks what it receives and logs every write with its
result. Afterwards the test reads the server's state through its API (the
control token for FEED_ALL, each user's own token for the rest; both are
minted from the cluster secret the test gave the server) and holds it against
the bots' logs: what was acknowledged is stored, once; every follower got each
post exactly once; both sides of a conversation read the same total order.
"""

from __future__ import annotations

import asyncio
import collections
import json
import pathlib
import time

from socialnet.lab.control import session_token
from socialnet.lab.logs import lamport_replay_problems, pair_messages, read_log
from socialnet.lab.procs import Proc, endpoint, free_port, node, python, running
from socialnet.users.client import Client, event_id, key, position_of
from socialnet.v1 import socialnet_pb2 as pb

SECRET = "integration-test-secret"
PASSWORD = "pw"
BOTS = ["ann", "ben", "cat", "dan", "eve"]


def mint(user: str) -> str:
    """A session token as any server of the cluster issues it (docs/social.md)."""
    return session_token(SECRET, user)


class Lab:
    def __init__(self, workdir: pathlib.Path) -> None:
        self.workdir = workdir
        self.user_ep, self.pub_ep = endpoint(free_port()), endpoint(free_port())
        self.data = workdir / "data"
        self.data.mkdir()
        self.server_logs: list[pathlib.Path] = []

    def server(self, name: str) -> Proc:
        log = self.workdir / f"{name}.jsonl"
        self.server_logs.append(log)
        argv = node(
            "server/main.js",
            *("--id", "s1", "--user-endpoint", self.user_ep, "--pub-endpoint", self.pub_ep),
            *("--data-dir", str(self.data), "--log", str(log)),
        )
        return Proc(name, argv, self.workdir, env={"SOCIALNET_SECRET": SECRET})

    def bot(self, user: str, n: int, duration: float) -> Proc:
        argv = python(
            "socialnet.users",
            "bot",
            *("--user", user, "--password", PASSWORD, "--servers", self.user_ep, "--log", str(self.log(user))),
            *("--peers", ",".join(BOTS), "--follow", "2", "--post-rate", "1", "--dm-rate", "1"),
            *("--seed", str(n), "--duration", str(duration), "--timeout-ms", "1000", "--sync-every-s", "2"),
            *("--drift-seed", str(100 + n), "--drift-interval-ms", "1500", "--drift-max-ms", "800"),
        )
        return Proc(user, argv, self.workdir)

    def log(self, user: str) -> pathlib.Path:
        return self.workdir / f"{user}.jsonl"

    async def register_all(self) -> None:
        """Accounts exist before the bots start, so no follow races a registration."""
        for user in BOTS:
            c = Client(
                user, [self.user_ep], password=PASSWORD, proc=f"setup_{user}", log_path=str(self.log(f"setup_{user}"))
            )
            try:
                await c.start(register=True)
            finally:
                c.close()

    async def snapshot(self) -> Snapshot:
        tester = Client("tester", [self.user_ep], log_path=str(self.log("tester")))
        try:
            await tester.discover()
            everything = await tester.read_all(pb.FEED_ALL, token=mint("@control"))
            notifications = {u: await tester.read_all(pb.FEED_NOTIFICATIONS, token=mint(u)) for u in BOTS}
            conversations = {
                (u, peer): await tester.read_all(pb.FEED_CONVERSATION, peer, token=mint(u))
                for u in BOTS
                for peer in BOTS
                if peer != u
            }
        finally:
            tester.close()
        return Snapshot(everything, notifications, conversations)


class Snapshot:
    def __init__(self, everything, notifications, conversations) -> None:
        self.all = everything
        self.notifications = notifications
        self.conversations = conversations


def run_bots(lab: Lab, duration: float, during=None) -> dict[str, dict]:
    bots = [lab.bot(user, n, duration).start() for n, user in enumerate(BOTS, 1)]
    with running(*bots):
        if during is not None:
            during()
        for b in bots:
            assert b.wait(duration + 40) == 0, f"{b.name} failed:\n{b.stderr()[-3000:]}"
    return {b.name: json.loads(b.stdout().strip().splitlines()[-1]) for b in bots}


def done_writes(lab: Lab) -> list[tuple[str, dict]]:
    return [
        (user, line) for user in BOTS for line in read_log(lab.log(user)) if line["event"] == "OP_DONE" and line["ok"]
    ]


def assert_acknowledged_writes_are_stored_once(lab: Lab, snap: Snapshot) -> None:
    by_request = collections.Counter((e.author, e.request_id) for e in snap.all)
    assert [k for k, n in by_request.items() if n > 1] == [], "a retry stored a second event"
    stored = {(e.author, e.request_id): e for e in snap.all}
    acked = done_writes(lab)
    assert acked
    for user, line in acked:
        event = stored.get((user, line["request_id"]))
        assert event is not None, f"acknowledged but not stored: {user} {line}"
        assert event_id(event) == line["event_id"] and list(key(position_of(event))) == line["position"]


def assert_no_bot_anomaly(lab: Lab, summaries: dict[str, dict]) -> None:
    for user in BOTS:
        flagged = [x for x in read_log(lab.log(user)) if x["event"] == "BOT_ANOMALY"]
        assert flagged == [], flagged
        assert summaries[user]["anomalies"] == 0


def test_five_bots_on_one_server(workdir):
    lab = Lab(workdir)
    with running(lab.server("s1").start("READY")):
        asyncio.run(lab.register_all())
        summaries = run_bots(lab, duration=10)
        snap = asyncio.run(lab.snapshot())

    for user, s in summaries.items():
        assert s["errors"] == 0 and s["acked"] == s["ops"] > 5, (user, s)
        assert s["notifications"] > 0 and s["clock_syncs"] >= 3, (user, s)
    assert_no_bot_anomaly(lab, summaries)
    assert_acknowledged_writes_are_stored_once(lab, snap)
    order = [key(position_of(e)) for e in snap.all]
    assert order == sorted(order), "FEED_ALL is in total order"

    # Every post reached every follower (following judged at the post's position) exactly once,
    # and every private message its recipient: nothing else, nothing twice, in total order.
    following: dict[str, set[str]] = collections.defaultdict(set)
    expected: dict[str, list[str]] = collections.defaultdict(list)
    for e in snap.all:
        change = e.WhichOneof("change")
        if change == "follow":
            following[e.author].add(e.follow.followee)
        elif change == "unfollow":
            following[e.author].discard(e.unfollow.followee)
        elif change == "post":
            expected.update({u: [*expected[u], event_id(e)] for u in BOTS if e.author in following[u]})
        elif change == "direct_message":
            expected[e.direct_message.to].append(event_id(e))
    for user in BOTS:
        assert [event_id(e) for e in snap.notifications[user]] == expected[user], user

    # Each conversation: the same sequence from both sides, the total order of its messages.
    dms = [e for e in snap.all if e.HasField("direct_message")]
    assert dms
    for (a, b), seen_by_a in snap.conversations.items():
        ids = [event_id(e) for e in seen_by_a]
        assert ids == [event_id(e) for e in snap.conversations[(b, a)]], (a, b)
        assert ids == [event_id(e) for e in dms if {e.author, e.direct_message.to} == {a, b}], (a, b)
    # What the bots read last is the start of that same sequence.
    for user in BOTS:
        for line in read_log(lab.log(user)):
            if line["event"] == "CONVERSATION_SEEN":
                server_side = [list(key(position_of(e))) for e in snap.conversations[(user, line["peer"])]]
                assert line["positions"] == server_side[: len(line["positions"])], (user, line["peer"])

    # Lamport: every receive after its send, and every log replays its own clock.
    logs = {p.stem: read_log(p) for p in workdir.glob("*.jsonl")}
    pairing = pair_messages(logs)
    assert pairing.pairs > 1000
    assert pairing.violations == [] and pairing.unmatched_receives == []
    for lines in logs.values():
        assert lamport_replay_problems(lines) == []


def test_a_killed_server_loses_no_acknowledged_write(workdir):
    lab = Lab(workdir)
    first = lab.server("s1").start("READY")
    restarted: list[Proc] = []

    def crash_and_restart() -> None:
        time.sleep(4)
        first.kill()  # SIGKILL: no clean shutdown, whatever was in flight is cut off
        time.sleep(1)
        restarted.append(lab.server("s1_again").start("READY"))

    try:
        asyncio.run(lab.register_all())
        summaries = run_bots(lab, duration=10, during=crash_and_restart)
        snap = asyncio.run(lab.snapshot())
    finally:
        first.stop()
        for p in restarted:
            p.stop()

    retried = [x for u in BOTS for x in read_log(lab.log(u)) if x["event"] == "REQUEST_RETRY"]
    assert retried, "the crash was noticed"
    for user, s in summaries.items():
        assert s["errors"] == 0 and s["acked"] == s["ops"], (user, s)
    assert_no_bot_anomaly(lab, summaries)
    assert_acknowledged_writes_are_stored_once(lab, snap)
    # The restarted server's own msg_ids start again at s1-1, so pairing across incarnations is
    # meaningless; every log still replays its own clock.
    for path in workdir.glob("*.jsonl"):
        assert lamport_replay_problems(read_log(path)) == [], path.name
