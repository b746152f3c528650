"""Member authentication: the shared vectors, and a signed DEALER/ROUTER pair on 127.0.0.1."""

from __future__ import annotations

import pytest
import zmq
import zmq.asyncio
from support import assert_lamport_replays, assert_valid_log, vectors

from socialnet.core import AuthRejected, DealerSocket, MemberAuth, ReplayGuard, RouterSocket
from socialnet.v1 import socialnet_pb2 as pb

HMAC = vectors("hmac.json")
AUTH = MemberAuth(HMAC["key"].encode())
TIMEOUT_MS = 3000


@pytest.mark.parametrize("case", HMAC["signed"], ids=lambda c: c["name"])
def test_signed_vectors(case):
    data = bytes.fromhex(case["unsigned_hex"])
    assert AUTH.sign(data).hex() == case["signed_hex"]
    assert AUTH.verify(bytes.fromhex(case["signed_hex"])) == data
    # The trailer is the Envelope's own hmac field: any protobuf parser reads it.
    assert pb.Envelope.FromString(bytes.fromhex(case["signed_hex"])).hmac.hex() == case["mac_hex"]


@pytest.mark.parametrize("case", HMAC["rejected"], ids=lambda c: c["name"])
def test_rejected_vectors(case):
    with pytest.raises(AuthRejected) as err:
        AUTH.verify(bytes.fromhex(case["frame_hex"]))
    assert err.value.reason == case["reason"]


@pytest.mark.parametrize("case", HMAC["replay"], ids=lambda c: c["name"])
def test_replay_vectors(case):
    guard = ReplayGuard(window=case["window"])
    got = [guard.check(s["sender"], s["msg_id"]) or "fresh" for s in case["steps"]]
    assert got == [s["expect"] for s in case["steps"]]


def test_replay_guard_forgets_the_oldest_sender_beyond_its_bound():
    guard = ReplayGuard(window=8, max_senders=2)
    for sender in ("a", "b", "c"):
        assert guard.check(sender, f"{sender}-1-1") is None
    assert guard.check("c", "c-1-1") == "replayed"
    assert guard.check("a", "a-1-1") is None, "a was forgotten: the documented limit"


def test_admit_checks_the_sender_of_a_known_connection():
    env = pb.Envelope(msg_id="s2-a-1", sender="s2", heartbeat=pb.Heartbeat())
    with pytest.raises(AuthRejected) as err:
        MemberAuth(b"k").admit(env, expected_sender="s1")
    assert err.value.reason == "sender_mismatch"


def test_an_empty_secret_is_refused():
    with pytest.raises(ValueError):
        MemberAuth(b"")


@pytest.fixture
async def ctx():
    context = zmq.asyncio.Context()
    yield context
    context.destroy(linger=0)


async def test_signed_pair_refuses_unsigned_forged_and_replayed(ctx, make_process):
    key = b"cluster-a"
    member, operator, forger = make_process("m1"), make_process("ctl"), make_process("x1")
    router = RouterSocket(ctx, member.envelopes, member.log)
    router.auth = MemberAuth(key)
    router.bind("tcp://127.0.0.1:0")

    def dealer(process, auth):
        d = DealerSocket(ctx, process.envelopes, process.log)
        d.auth = auth
        d.connect(router.last_endpoint, peer="m1")
        return d

    good = dealer(operator, MemberAuth(key))
    await good.send(pb.TimeRequest(round=1), timeout_ms=TIMEOUT_MS)
    got = await router.recv(TIMEOUT_MS)
    assert got is not None and got.message.kind == "time_request"
    await router.send(got.identity, pb.TimeReply(round=1), got.message.envelope.msg_id)
    reply = await good.recv(TIMEOUT_MS)
    assert reply is not None and reply.kind == "time_reply", "the signed reply verifies at the operator"

    # A captured frame replayed on another connection, one signed with another cluster's key, one unsigned.
    raw = ctx.socket(zmq.DEALER)
    raw.connect(router.last_endpoint)
    data, _ = operator.envelopes.seal(pb.TimeRequest(round=2))
    captured = MemberAuth(key).sign(data)
    await good.zmq.send(captured)
    assert (await router.recv(TIMEOUT_MS)).message.envelope.msg_id.endswith("-2")
    lamport_before = member.lamport.value
    for frame in (
        captured,
        MemberAuth(b"cluster-b").sign(forger.envelopes.seal("heartbeat")[0]),
        forger.envelopes.seal("heartbeat")[0],
    ):
        await raw.send(frame)
        assert await router.recv(100) is None, "nothing refused reaches the caller"
        answer = pb.Envelope.FromString(await raw.recv())
        assert answer.error_reply.code == pb.ERROR_CODE_BAD_SIGNATURE
    raw.close(linger=0)
    good.close()
    router.close()

    lines = member.lines()
    rejected = [x for x in lines if x["event"] == "AUTH_REJECTED"]
    assert [x["reason"] for x in rejected] == ["replayed", "bad_signature", "unsigned"]
    assert rejected[0]["msg_id"] == f"ctl-{operator.envelopes.boot}-2"
    # A refused frame never moved the clock: only the three error replies (sends) ticked it.
    assert member.lamport.value == lamport_before + 3
    assert_valid_log(lines)
    assert_lamport_replays(lines)
