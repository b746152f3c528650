"""Replication across TypeScript servers (docs/algorithms.md, "Replication and
stable delivery" and "Membership"), end to end with real processes: Go clock
nodes, TypeScript servers and Python bots, built by socialnet.lab.cluster.

One run (module fixture) crashes a server under load and restarts it; the
tests hold its outcome against the bots' logs: nothing acknowledged lost, the
replicas identical, every user's view a prefix of the total order, every
receive after its send. A second run adds a fourth server under load and
removes one gracefully.
"""

from __future__ import annotations

import asyncio
import collections
import pathlib
import time

import pytest

from socialnet.lab.cluster import Cluster, Topology, bot_argv
from socialnet.lab.control import session_token
from socialnet.lab.logs import pair_messages, read_log
from socialnet.lab.procs import Proc
from socialnet.users.client import Client, event_id, key, position_of
from socialnet.v1 import socialnet_pb2 as pb


class Lab:
    def __init__(self, run_dir: pathlib.Path, servers: int = 3) -> None:
        self.topo = Topology.create(run_dir, servers=servers, clocks=2, users=5)
        self.topo.save()
        self.cluster = Cluster(self.topo)
        self.secret = (run_dir / "cluster.secret").read_text().strip()
        self.bots: list[Proc] = []

    def endpoint(self, sid: str) -> str:
        return self.topo.member(sid).user_endpoint

    async def active(self, via: str) -> list[str]:
        c = Client("probe", [self.endpoint(via)], log_path=None)
        try:
            view = await c._discover_at(self.endpoint(via))  # one try, no failover
        finally:
            c.close()
        if view is None:
            return []
        return sorted(m.id for m in view.members if m.role == pb.ROLE_SERVER and m.state == pb.MEMBER_STATE_ACTIVE)

    def wait_active(self, expected: list[str], via: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while time.monotonic() < deadline:
            seen = asyncio.run(self.active(via))
            if seen == sorted(expected):
                return
            time.sleep(0.2)
        raise AssertionError(f"active servers {seen}, expected {sorted(expected)}")

    async def feed_all(self, sid: str) -> list[pb.Event]:
        c = Client("tester", [self.endpoint(sid)], log_path=None, timeout_ms=2000, give_up_s=5)
        try:
            return await c.read_all(pb.FEED_ALL, token=session_token(self.secret, "@control"))
        finally:
            c.close()

    async def conversations(self, sid: str) -> dict[tuple[str, str], list[list]]:
        c = Client("tester", [self.endpoint(sid)], log_path=None, timeout_ms=2000, give_up_s=5)
        out = {}
        try:
            for u in self.topo.users:
                for peer in self.topo.users:
                    if peer != u:
                        events = await c.read_all(pb.FEED_CONVERSATION, peer, token=session_token(self.secret, u))
                        out[(u, peer)] = [list(key(position_of(e))) for e in events]
        finally:
            c.close()
        return out

    def converge(self, sids: list[str], timeout: float = 20) -> dict[str, list[pb.Event]]:
        """FEED_ALL of every server, once they are all the same (or the timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            feeds = {s: asyncio.run(self.feed_all(s)) for s in sids}
            ids = {s: [event_id(e) for e in f] for s, f in feeds.items()}
            if len({tuple(v) for v in ids.values()}) == 1 or time.monotonic() > deadline:
                return feeds
            time.sleep(0.5)

    async def write_through(self, sid: str) -> pb.Event:
        c = Client("newbie", [self.endpoint(sid)], password="newbie-pw", log_path=None, timeout_ms=3000, give_up_s=5)
        try:
            await c.login(register=True)  # no discover: this server, not the user's preferred one
            return await c.post("hello from a new server")
        finally:
            c.close()

    def start_bots(self, duration: float) -> None:
        for n, user in enumerate(self.topo.users, 1):
            argv = bot_argv(self.topo, user, duration, seed=n)
            argv += ["--post-rate", "4", "--dm-rate", "2", "--timeout-ms", "1000"]
            proc = Proc(user, argv, self.topo.run_dir / "out")
            proc.start(None)
            self.bots.append(proc)

    def wait_bots(self, timeout: float) -> None:
        for b in self.bots:
            assert b.wait(timeout) == 0, f"{b.name} failed:\n{b.stderr()[-3000:]}"

    def acked(self) -> list[tuple[str, dict]]:
        return [
            (u, ln)
            for u in self.topo.users
            for ln in read_log(self.topo.log_path(u))
            if ln["event"] == "OP_DONE" and ln.get("ok")
        ]

    def stop(self) -> None:
        for b in self.bots:
            b.stop()
        self.cluster.stop_all()


def assert_identical(feeds: dict[str, list[pb.Event]]) -> list[pb.Event]:
    names = list(feeds)
    first = [event_id(e) for e in feeds[names[0]]]
    for s in names[1:]:
        other = [event_id(e) for e in feeds[s]]
        assert other == first, f"{s} differs from {names[0]}: {len(other)} vs {len(first)} events"
    return feeds[names[0]]


def assert_nothing_lost(lab: Lab, everything: list[pb.Event]) -> None:
    by_request = collections.Counter((e.author, e.request_id) for e in everything)
    assert [k for k, n in by_request.items() if n > 1] == [], "a request shows twice"
    stored = {(e.author, e.request_id): e for e in everything}
    acked = lab.acked()
    assert len(acked) > 50, len(acked)
    for user, ln in acked:
        event = stored.get((user, ln["request_id"]))
        assert event is not None, f"acknowledged but lost: {user} {ln}"
        if event_id(event) != ln["event_id"]:
            # Retried on another server before the first copy reached it: both copies are stored, the
            # first in total order is delivered and the later one (this reply's) superseded (docs/social.md).
            assert list(key(position_of(event))) < ln["position"], (user, ln, event_id(event))
        else:
            assert list(key(position_of(event))) == ln["position"], (user, ln)
    order = [key(position_of(e)) for e in everything]
    assert order == sorted(order)


@pytest.fixture(scope="module")
def crash_run(tmp_path_factory):
    """3 servers, 2 clocks, 5 bots; s3 is killed -9 under load, then restarted."""
    lab = Lab(tmp_path_factory.mktemp("replication") / "run")
    try:
        lab.cluster.start_members()
        lab.wait_active(["s1", "s2", "s3"], via="s1")
        lab.start_bots(duration=12)
        time.sleep(4)
        lab.cluster.kill("s3")
        killed_at = time.monotonic()
        lab.wait_active(["s1", "s2"], via="s1", timeout=10)
        removal_s = time.monotonic() - killed_at
        time.sleep(2)
        survivors = lab.converge(["s1", "s2"], timeout=3)  # under load: compared again at the end
        lab.cluster.start("s3")
        lab.wait_active(["s1", "s2", "s3"], via="s1", timeout=20)
        lab.wait_bots(60)
        feeds = lab.converge(["s1", "s2", "s3"])
        conversations = {s: asyncio.run(lab.conversations(s)) for s in ("s1", "s2", "s3")}
        lab.cluster.stop_all()
        yield lab, feeds, conversations, survivors, removal_s
    finally:
        lab.stop()


def test_crash_under_load_loses_nothing_and_replicas_converge(crash_run):
    lab, feeds, _, survivors, removal_s = crash_run
    assert removal_s < 5, removal_s
    everything = assert_identical(feeds)
    assert_nothing_lost(lab, everything)
    # The survivors' delivered sequences while s3 was down were prefixes of the final order.
    final = [event_id(e) for e in everything]
    for s, f in survivors.items():
        ids = [event_id(e) for e in f]
        assert ids == final[: len(ids)], s
    for u in lab.topo.users:
        assert [x for x in read_log(lab.topo.log_path(u)) if x["event"] == "BOT_ANOMALY"] == [], u
    s3 = read_log(lab.topo.log_path("s3"))
    assert any(ln["event"] == "CATCH_UP_DONE" for ln in s3), "the restarted server caught up"
    origins = {e.id.origin for e in everything}
    assert {"s1.1", "s2.1"} <= origins, origins


def test_every_users_view_is_a_prefix_of_the_total_order(crash_run):
    lab, feeds, conversations, _, _ = crash_run
    for s, convs in conversations.items():
        for (a, b), seen in convs.items():
            assert seen == conversations["s1"][(a, b)], (s, a, b)
            assert seen == convs[(b, a)], (s, a, b)
    for u in lab.topo.users:
        for ln in read_log(lab.topo.log_path(u)):
            if ln["event"] == "CONVERSATION_SEEN":
                final = conversations["s1"][(u, ln["peer"])]
                assert ln["positions"] == final[: len(ln["positions"])], (u, ln["peer"])
    # Every server's delivery runs, concatenated, are a prefix of the final order (per incarnation).
    final = [list(key(position_of(e))) for e in feeds["s1"]]
    for s in ("s1", "s2", "s3"):
        lines = read_log(lab.topo.log_path(s))
        again = next((i for i, ln in enumerate(lines) if i > 0 and ln["event"] == lines[0]["event"]), len(lines))
        # The first incarnation delivers from scratch; the restarted one carries on from where it stopped.
        for part in (lines[:again], lines[again:]):
            delivered = [p for ln in part if ln["event"] == "EVENT_DELIVERED" for p in ln["positions"]]
            if not delivered:
                continue
            start = final.index(delivered[0])
            assert delivered == final[start : start + len(delivered)], s


def test_every_receive_comes_after_its_send(crash_run):
    lab, _, _, _, _ = crash_run
    logs = {}
    for p in (lab.topo.run_dir / "logs").glob("*.jsonl"):
        # A restarted process's msg_ids may repeat its first incarnation's: pair the first one only
        # (an incarnation begins where the process's first line repeats).
        lines = read_log(p)
        again = next((i for i, ln in enumerate(lines) if i > 0 and ln["event"] == lines[0]["event"]), len(lines))
        logs[p.stem] = lines[:again]
    pairing = pair_messages(logs)
    assert pairing.pairs > 1000
    assert pairing.violations == []


def test_join_under_load_and_graceful_leave(tmp_path):
    lab = Lab(tmp_path / "run", servers=3)
    try:
        lab.cluster.start_members()
        lab.wait_active(["s1", "s2", "s3"], via="s1")
        s4 = lab.topo.add_server()
        lab.topo.save()
        lab.start_bots(duration=10)
        time.sleep(3)
        lab.cluster.start(s4.id)
        lab.wait_active(["s1", "s2", "s3", "s4"], via="s1", timeout=20)
        # s4 takes traffic: a user served by it writes through it.
        assert asyncio.run(lab.feed_all("s4"))
        posted = asyncio.run(lab.write_through("s4"))
        assert posted.id.origin.startswith("s4."), posted
        time.sleep(2)
        assert lab.cluster.stop("s2") == 0  # SIGTERM: a graceful leave
        lab.wait_active(["s1", "s3", "s4"], via="s1", timeout=10)
        lab.wait_bots(60)
        feeds = lab.converge(["s1", "s3", "s4"])
        everything = assert_identical(feeds)
        assert_nothing_lost(lab, everything)
        s4_log = read_log(lab.topo.log_path("s4"))
        assert any(ln["event"] == "CATCH_UP_DONE" for ln in s4_log)
        assert (posted.author, posted.request_id) in {(e.author, e.request_id) for e in everything}
        s2_log = read_log(lab.topo.log_path("s2"))
        assert any(ln["event"] == "LEAVE_DONE" for ln in s2_log)
    finally:
        lab.stop()


# Open bug, kept visible rather than hidden: in about one run in five the rejoining incarnation (s2.2) stores an
# event that one server had already delivered past, so that server skips it ("late") and the replicas differ by
# one event. Every other check here holds; the closing note of issue 4 describes it.
def test_a_paused_server_is_removed_and_rejoins_as_a_new_incarnation(tmp_path):
    lab = Lab(tmp_path / "run", servers=3)
    try:
        lab.cluster.start_members()
        lab.wait_active(["s1", "s2", "s3"], via="s1")
        lab.start_bots(duration=8)
        time.sleep(2)
        lab.cluster.pause("s2")  # SIGSTOP: suspected and removed, though alive
        lab.wait_active(["s1", "s3"], via="s1", timeout=10)
        lab.cluster.resume("s2")
        lab.wait_active(["s1", "s2", "s3"], via="s1", timeout=20)
        lab.wait_bots(60)
        feeds = lab.converge(["s1", "s2", "s3"])
        everything = assert_identical(feeds)
        assert_nothing_lost(lab, everything)
        s2_log = read_log(lab.topo.log_path("s2"))
        assert any(ln["event"] == "REINCARNATED" and ln["origin"] == "s2.2" for ln in s2_log)
    finally:
        lab.stop()
