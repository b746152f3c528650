"""The user's fault filter (socialnet.users.faults): the command file, and the client dropping traffic on it."""

from __future__ import annotations

import asyncio

import pytest
from fake_cluster import FakeCluster
from support import read_log

from socialnet.users.client import ClientError, Unreachable
from socialnet.users.faults import RECHECK_S, FaultFilter, parse, write_cut
from socialnet.users.inbox import NotificationStream
from socialnet.v1 import socialnet_pb2 as pb


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_the_command_file_cuts_and_heals(tmp_path):
    path, clock = tmp_path / "u.json", Clock()
    f = FaultFilter(path, now=clock, recheck_s=0.05)
    assert not f.cut_off("s1")  # no file: nothing cut
    write_cut(path, ["s2", "tcp://127.0.0.1:9"])
    assert not f.cut_off("s2")  # not re-read before recheck_s
    clock.t += 0.05
    assert f.cut_off("s2") and f.cut_off("x", "tcp://127.0.0.1:9") and not f.cut_off("s1", "")
    write_cut(path, [])
    clock.t += 0.05
    assert not f.cut_off("s2")
    write_cut(path, ["s3"])
    path.unlink()
    clock.t += 0.05
    assert f.cut == frozenset()


def test_a_bad_command_keeps_the_previous_cut(tmp_path):
    path, clock = tmp_path / "u.json", Clock()
    f = FaultFilter(path, now=clock, recheck_s=0)
    write_cut(path, ["s1"])
    assert f.cut_off("s1")
    for bad in ("{", "[]", '{"cut": "s1"}', '{"cut": [1]}'):
        path.write_text(bad)
        clock.t += 1
        assert f.cut_off("s1"), bad
    for bad in ("[]", '{"cut": [1]}'):
        with pytest.raises(ValueError):
            parse(bad)


async def cut(path, names) -> None:
    """Writes the command and waits until the client re-reads it (RECHECK_S)."""
    write_cut(path, names)
    await asyncio.sleep(RECHECK_S * 1.5)


@pytest.fixture
async def cluster(tmp_path):
    c = FakeCluster(tmp_path)
    yield c
    await c.close()


async def test_a_cut_server_is_never_sent_to_and_the_client_fails_over(cluster, tmp_path):
    s1, s2 = cluster.server("s1"), cluster.server("s2")
    faults = tmp_path / "alice.faults.json"
    alice = cluster.client("alice", fault_file=str(faults))
    await alice.start(register=True)
    home = cluster.preferred("alice")
    other = s2 if home is s1 else s1
    await cut(faults, [home.id, home.user_endpoint, home.member().pub_endpoint])
    before = len(home.requests("post_request"))
    event = await alice.post("across the cut")
    assert event.author == "alice"
    assert len(home.requests("post_request")) == before, "nothing was sent to the cut server"
    assert len(other.requests("post_request")) == 1
    lines = read_log(cluster.log_path("alice"))
    assert any(ln["event"] == "PARTITION_SET" and home.id in ln["peers"] for ln in lines)
    dropped = [ln for ln in lines if ln["event"] == "PARTITION_DROPPED"]
    assert dropped and dropped[0]["to"] == home.id and dropped[0]["request"] == "PostRequest"
    await cut(faults, [])
    await alice.post("healed")
    assert any(ln["event"] == "PARTITION_HEALED" for ln in read_log(cluster.log_path("alice")))


async def test_cut_off_from_every_server_a_write_times_out(cluster, tmp_path):
    s1 = cluster.server("s1")
    faults = tmp_path / "alice.faults.json"
    alice = cluster.client("alice", fault_file=str(faults), give_up_s=0.5)
    await alice.start(register=True)
    await cut(faults, ["s1", s1.user_endpoint])
    with pytest.raises(Unreachable):
        await alice.post("into the void")
    assert s1.requests("post_request") == []


async def test_on_the_minority_side_the_user_gets_no_quorum_not_a_timeout(cluster, tmp_path):
    """Its own server answers NO_QUORUM, the others are cut off: the error it gives up with says so."""
    s1, s2 = cluster.server("s1"), cluster.server("s2")
    faults = tmp_path / "alice.faults.json"
    alice = cluster.client("alice", fault_file=str(faults), give_up_s=1.0)
    await alice.start(register=True)
    home = cluster.preferred("alice")
    other = s2 if home is s1 else s1
    home.refuse["post_request"] = [pb.ERROR_CODE_NO_QUORUM] * 100
    await cut(faults, [other.id, other.user_endpoint])
    with pytest.raises(ClientError) as e:
        await alice.post("minority")
    assert not isinstance(e.value, Unreachable)
    assert e.value.code_name == "NO_QUORUM"
    assert other.requests("post_request") == []


async def test_pushes_from_a_cut_server_are_not_read(cluster, tmp_path):
    cluster.server("s1")
    faults = tmp_path / "bob.faults.json"
    bob = cluster.client("bob", fault_file=str(faults))
    alice = cluster.client("alice")
    await bob.start(register=True)
    await alice.start(register=True)
    await bob.follow("alice")
    stream = NotificationStream(bob)
    stream._follow_server()
    await cut(faults, [bob.server.id, bob.server.pub_endpoint])
    await alice.post("while bob is cut off")
    assert await stream._wait_for_push(float("inf")) is False
    await cut(faults, [])
    assert await stream._wait_for_push(float("inf")) is True
    stream.close()
