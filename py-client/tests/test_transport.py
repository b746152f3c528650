"""The transport over real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio

import pytest
import zmq
import zmq.asyncio
from echo_peer import EchoPeer
from support import assert_lamport_replays, assert_valid_log, read_log

from socialnet.core import MAX_FRAME, DealerSocket, PubSocket, RouterSocket, SubSocket
from socialnet.core.transport import HARD_FRAME_LIMIT
from socialnet.v1 import socialnet_pb2 as pb

TIMEOUT_MS = 3000


@pytest.fixture
async def ctx():
    context = zmq.asyncio.Context()
    yield context
    context.destroy(linger=0)


@pytest.fixture
async def echo(ctx, tmp_path):
    peer = EchoPeer(ctx, "e1", log_path=tmp_path / "e1.jsonl")
    peer.bind()
    task = asyncio.create_task(peer.serve())
    yield peer
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    peer.close()


def dealer_for(ctx, process, endpoint: str) -> DealerSocket:
    dealer = DealerSocket(ctx, process.envelopes, process.log)
    dealer.connect(endpoint, peer="e1")
    return dealer


async def test_dealer_router_round_trip(ctx, echo, make_process):
    alice = make_process("alice")
    dealer = dealer_for(ctx, alice, echo.router.last_endpoint)
    request = await dealer.send(pb.TimeRequest(round=1), timeout_ms=TIMEOUT_MS)
    reply = await dealer.recv(TIMEOUT_MS)
    dealer.close()

    assert reply.kind == "time_reply"
    assert reply.envelope.reply_to == request.msg_id == f"alice-{alice.envelopes.boot}-1"
    assert reply.envelope.sender == "e1" and reply.body.round == 1
    # alice sends at 1; the server merges to 2 and sends at 3; alice merges to 4.
    assert (reply.remote_lamport, alice.lamport.value) == (3, 4)
    for lines in (alice.lines(), echo_lines(echo)):
        assert_valid_log(lines)
        assert_lamport_replays(lines)
    assert [(x["event"], x["peer"]) for x in alice.lines()] == [("SEND", "e1"), ("RECV", "e1")]
    assert echo_lines(echo)[1]["peer"] == "alice"  # the router names identities by sender id


def echo_lines(echo: EchoPeer) -> list[dict]:
    echo.log.flush()
    return read_log(echo.log_path)


async def test_router_answers_on_the_right_identity(ctx, echo, make_process):
    alice, bob = make_process("alice"), make_process("bob")
    a, b = dealer_for(ctx, alice, echo.router.last_endpoint), dealer_for(ctx, bob, echo.router.last_endpoint)
    await a.send(pb.TimeRequest(round=1), timeout_ms=TIMEOUT_MS)
    await b.send(pb.TimeRequest(round=2), timeout_ms=TIMEOUT_MS)
    got_a, got_b = await a.recv(TIMEOUT_MS), await b.recv(TIMEOUT_MS)
    a.close()
    b.close()
    assert (got_a.body.round, got_b.body.round) == (1, 2)


async def test_sub_keeps_only_exact_topics(ctx, make_process):
    server, bob = make_process("s1", pb.ROLE_SERVER), make_process("bob")
    pub = PubSocket(ctx, server.envelopes, server.log)
    pub.bind("tcp://127.0.0.1:*")
    sub = SubSocket(ctx, bob.envelopes, bob.log)
    sub.connect(pub.last_endpoint)
    sub.subscribe("bob")
    await asyncio.sleep(0.3)  # slow joiner: the subscription must reach the PUB first

    await pub.publish("bobby", pb.Notification(user="bobby"))
    await pub.publish("bob", pb.Notification(user="bob"))
    topic, opened = await sub.recv(TIMEOUT_MS)
    nothing = await sub.recv(200)
    pub.close()
    sub.close()

    assert (topic, opened.body.user, nothing) == ("bob", "bob", None)
    # The dropped "bobby" frame never reached the clock: only one merge happened.
    assert bob.lamport.value == opened.remote_lamport + 1 == 3
    assert [x["event"] for x in bob.lines()] == ["RECV"]


async def test_malformed_frames_get_an_error_and_the_router_keeps_serving(ctx, echo, make_process):
    raw = ctx.socket(zmq.DEALER)
    raw.setsockopt(zmq.LINGER, 0)
    raw.connect(echo.router.last_endpoint)
    alice = make_process("alice")

    async def answer(frames: list[bytes]) -> pb.Envelope:
        await raw.send_multipart(frames)
        assert await raw.poll(TIMEOUT_MS)
        return pb.Envelope.FromString(await raw.recv())

    for frames in ([b"\xff\xfe garbage"], [b"one", b"two"], [pb.Envelope(msg_id="x-1").SerializeToString()]):
        error = await answer(frames)
        assert error.WhichOneof("body") == "error_reply"
        assert error.error_reply.code == pb.ERROR_CODE_MALFORMED

    data, request = alice.envelopes.seal(pb.TimeRequest(round=9))
    reply = await answer([data])
    raw.close()
    assert (reply.WhichOneof("body"), reply.reply_to) == ("time_reply", request.msg_id)
    events = [x["event"] for x in echo_lines(echo)]
    assert events.count("MALFORMED_FRAME") == 3
    assert_valid_log(echo_lines(echo))
    assert_lamport_replays(echo_lines(echo))


async def test_oversize_frame_gets_too_large_and_others_are_still_served(ctx, echo, make_process):
    big = ctx.socket(zmq.DEALER)
    big.setsockopt(zmq.LINGER, 0)
    big.connect(echo.router.last_endpoint)
    await big.send(b"x" * (MAX_FRAME + 1))
    assert await big.poll(2000) != 0
    reply = pb.Envelope.FromString(await big.recv())
    assert reply.error_reply.code == pb.ERROR_CODE_TOO_LARGE

    # Over libzmq's hard limit the connection is dropped: no answer at all.
    await big.send(b"x" * (HARD_FRAME_LIMIT + 1))
    assert await big.poll(300) == 0
    big.close()

    alice = make_process("alice")
    dealer = dealer_for(ctx, alice, echo.router.last_endpoint)
    await dealer.send(pb.TimeRequest(round=1), timeout_ms=TIMEOUT_MS)
    assert (await dealer.recv(TIMEOUT_MS)).kind == "time_reply"
    dealer.close()


async def test_send_without_a_peer_times_out_before_ticking(ctx, make_process):
    alice = make_process("alice")
    dealer = dealer_for(ctx, alice, "tcp://127.0.0.1:1")
    with pytest.raises(TimeoutError):
        await dealer.send(pb.TimeRequest(), timeout_ms=100)
    dealer.close()
    assert alice.lamport.value == 0 and alice.lines() == []


async def test_recv_timeout_returns_none(ctx, echo, make_process):
    dealer = dealer_for(ctx, make_process("alice"), echo.router.last_endpoint)
    assert await dealer.recv(50) is None
    dealer.close()


async def test_raw_round_trip(ctx, make_process):
    server, alice = make_process("s1", pb.ROLE_SERVER), make_process("alice")
    router = RouterSocket(ctx, server.envelopes, server.log)
    router.bind("tcp://127.0.0.1:*")
    dealer = dealer_for(ctx, alice, router.last_endpoint)
    await dealer.send_raw(b"\x00" * 100)
    identity, data = await router.recv_raw(TIMEOUT_MS)
    await router.send_raw(identity, data[::-1] + b"!")
    assert await dealer.recv_raw(TIMEOUT_MS) == b"\x00" * 100 + b"!"
    router.close()
    dealer.close()
    # The raw baseline bypasses envelopes entirely.
    assert alice.lamport.value == server.lamport.value == 0
