"""The user client against fake servers: operations, Lazy Pirate retries, failover, Cristian, notifications."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from fake_cluster import FakeCluster
from support import assert_lamport_replays, assert_valid_log, read_log

from socialnet.users.client import ClientError, Unreachable, key, position_of
from socialnet.users.inbox import NotificationStream
from socialnet.v1 import socialnet_pb2 as pb


@pytest.fixture
async def cluster(tmp_path):
    c = FakeCluster(tmp_path)
    yield c
    await c.close()


async def started(cluster: FakeCluster, user: str, **options):
    client = cluster.client(user, **options)
    await client.start(register=True)
    return client


async def test_every_operation_of_the_contract(cluster):
    cluster.server("s1")
    alice, bob = await started(cluster, "alice"), await started(cluster, "bob")
    follow = await bob.follow("alice")
    post = await alice.post("hello")
    dm = await alice.send_message("bob", "psst")
    assert follow.follow.followee == "alice" and post.author == "alice" and dm.direct_message.to == "bob"
    assert [e.post.text for e in (await bob.timeline("alice")).events] == ["hello"]
    assert [e.post.text for e in (await bob.home()).events] == ["hello"]
    assert [e.direct_message.text for e in (await bob.conversation("alice")).events] == ["psst"]
    notes = (await bob.notifications()).events
    assert [e.WhichOneof("change") for e in notes] == ["post", "direct_message"]
    assert await alice.followers() == ["bob"] and await bob.following() == ["alice"]
    assert key(await bob.ack(position_of(notes[-1]))) == key(position_of(notes[-1]))
    await bob.unfollow("alice")
    assert await bob.following() == []
    assert [s.id for s in await bob.discover()] == ["s1"]


async def test_refusals_raise_with_their_code(cluster):
    cluster.server("s1")
    await started(cluster, "alice")
    with pytest.raises(ClientError) as e:
        await cluster.client("nobody").login()
    assert e.value.code_name == "UNKNOWN_USER"
    with pytest.raises(ClientError) as e:
        await cluster.client("alice", password="wrong").login()
    assert e.value.code_name == "BAD_PASSWORD"
    alice = cluster.clients[0]
    with pytest.raises(ClientError) as e:
        await alice.follow("ghost")
    assert e.value.code == pb.ERROR_CODE_UNKNOWN_USER and e.value.request_id


async def test_a_lost_reply_is_retried_with_the_same_request_id(cluster):
    s1 = cluster.server("s1")
    alice = await started(cluster, "alice")
    s1.drop["post_request"] = 2
    event = await alice.post("once")
    attempts = s1.requests("post_request")
    assert len(attempts) == 3
    assert len({a.msg_id for a in attempts}) == 3, "each attempt is a new envelope"
    assert {a.post_request.request_id for a in attempts} == {event.request_id}
    posts = [e for e in cluster.store.events if e.HasField("post")]
    assert posts == [event], "the retries returned the first event and stored nothing"


async def test_a_silent_server_is_failed_over_and_the_retry_is_idempotent(cluster):
    cluster.server("s1"), cluster.server("s2")
    alice = await started(cluster, "alice")
    first = cluster.preferred("alice")
    other = next(s for s in cluster.servers if s is not first)
    assert alice.server.id == first.id
    first.drop["post_request"] = 100
    event = await alice.post("via failover")
    assert alice.server.id == other.id
    ids = {e.post_request.request_id for s in cluster.servers for e in s.requests("post_request")}
    assert ids == {event.request_id}
    assert first.requests("post_request") and other.requests("post_request")
    assert sum(e.HasField("post") for e in cluster.store.events) == 1


async def test_a_dead_server_is_failed_over(cluster):
    cluster.server("s1"), cluster.server("s2")
    alice = await started(cluster, "alice")
    first = cluster.preferred("alice")
    await first.stop()
    await alice.post("still here")
    assert alice.server.id != first.id


@pytest.mark.parametrize("code", [pb.ERROR_CODE_UNAVAILABLE, pb.ERROR_CODE_NO_QUORUM])
async def test_unavailable_and_no_quorum_fail_over(cluster, code):
    cluster.server("s1"), cluster.server("s2")
    alice = await started(cluster, "alice")
    first = cluster.preferred("alice")
    first.refuse["post_request"] = [code]
    await alice.post("elsewhere")
    assert alice.server.id != first.id


async def test_an_expired_token_is_renewed_once(cluster):
    s1 = cluster.server("s1")
    alice = await started(cluster, "alice")
    s1.refuse["post_request"] = [pb.ERROR_CODE_TOKEN_EXPIRED]
    await alice.post("after renewal")
    assert len(s1.requests("login_request")) == 2
    s1.refuse["post_request"] = [pb.ERROR_CODE_TOKEN_EXPIRED, pb.ERROR_CODE_TOKEN_EXPIRED]
    with pytest.raises(ClientError) as e:
        await alice.post("twice expired")
    assert e.value.code_name == "TOKEN_EXPIRED"


async def test_giving_up_when_no_server_answers(cluster):
    s1 = cluster.server("s1")
    alice = await started(cluster, "alice", give_up_s=0.8)
    await s1.stop()
    with pytest.raises(Unreachable) as e:
        await alice.post("into the void")
    assert e.value.code_name == "TIMEOUT" and e.value.request_id


async def test_cristian_follows_the_server_clock(cluster):
    cluster.server("s1", offset_ms=5000)
    alice = await started(cluster, "alice")
    server_clock = cluster.servers[0].clock
    alice.clock.adjust(-700)
    delta = await alice.sync_clock()
    assert 5600 < delta < 5800
    assert abs(alice.clock.now_ms() - server_clock.now_ms()) < 50
    alice.log.flush()
    sync = [x for x in read_log(cluster.log_path("alice")) if x["event"] == "CLOCK_SYNC"]
    assert len(sync) == 1 and sync[0]["server"] == "s1"
    assert sync[0]["after"] - sync[0]["before"] == pytest.approx(delta, abs=5)
    assert sync[0]["rtt_ms"] >= 0


async def test_cristian_counts_only_the_answered_round_trip(cluster):
    s1 = cluster.server("s1", offset_ms=5000)
    alice = await started(cluster, "alice")
    s1.drop["time_request"] = 1  # the first attempt waits out a whole timeout
    await alice.sync_clock()
    assert len(s1.requests("time_request")) == 2
    assert alice.last_rtt_ms < 100
    assert abs(alice.clock.now_ms() - s1.clock.now_ms()) < 50


async def collect(stream: NotificationStream, into: list[pb.Event]) -> None:
    async for event in stream:
        into.append(event)


async def wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_notifications_are_neither_lost_nor_doubled(cluster):
    s1 = cluster.server("s1")
    alice, bob = await started(cluster, "alice"), await started(cluster, "bob")
    await bob.follow("alice")
    got: list[pb.Event] = []
    task = asyncio.create_task(collect(NotificationStream(bob, resync_s=0.3), got))
    try:
        await asyncio.sleep(0.3)  # the SUB's subscription reaches the PUB
        for n in range(5):
            await alice.post(f"live {n}")
        await wait_for(lambda: len(got) == 5)
        s1.publish = False  # every push lost from here on: the periodic read must close the gap
        for n in range(3):
            await alice.post(f"quiet {n}")
        await alice.send_message("bob", "secret")
        await wait_for(lambda: len(got) == 9)
        await asyncio.sleep(0.5)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert len(got) == 9
    keys = [key(position_of(e)) for e in got]
    assert keys == sorted(set(keys)), "strictly increasing, no duplicates"
    assert got[-1].direct_message.text == "secret", "the read carries the text the push may not"


async def test_the_stream_follows_a_failover_and_reads_the_gap(cluster):
    cluster.server("s1"), cluster.server("s2")
    alice, bob = await started(cluster, "alice"), await started(cluster, "bob")
    await bob.follow("alice")
    got: list[pb.Event] = []
    task = asyncio.create_task(collect(NotificationStream(bob, resync_s=30), got))
    try:
        await asyncio.sleep(0.3)
        await alice.post("before")
        await wait_for(lambda: len(got) == 1)
        first = cluster.preferred("bob")
        for s in cluster.servers:
            s.publish = False
        await alice.post("during")
        await first.stop()
        await bob.post("bob fails over")  # the stream sees the new generation and reads its cursor
        await wait_for(lambda: len(got) == 2)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert [e.post.text for e in got] == ["before", "during"]


async def test_the_client_log_is_valid_and_replays_its_clock(cluster):
    cluster.server("s1")
    alice = await started(cluster, "alice")
    await alice.post("logged")
    await alice.sync_clock()
    alice.log.flush()
    lines = read_log(cluster.log_path("alice"))
    assert_valid_log(lines)
    assert_lamport_replays(lines)
    assert {x["event"] for x in lines} >= {"SEND", "RECV", "SERVERS_DISCOVERED", "LOGGED_IN", "CLOCK_SYNC"}
