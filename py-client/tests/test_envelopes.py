import time

import pytest
from google.protobuf import json_format
from support import vectors

from socialnet.core import Envelopes, LamportClock, MalformedEnvelope, PhysicalClock
from socialnet.core.envelope import boot_id
from socialnet.v1 import socialnet_pb2 as pb

ENVELOPES = vectors("envelopes.json")


def test_every_body_kind_has_a_vector():
    kinds = {f.name for f in pb.Envelope.DESCRIPTOR.oneofs_by_name["body"].fields}
    assert {v["body"] for v in ENVELOPES} == kinds


@pytest.mark.parametrize("vector", ENVELOPES, ids=lambda v: v["name"])
def test_vector_decodes_and_reencodes_byte_for_byte(vector):
    env = pb.Envelope.FromString(bytes.fromhex(vector["hex"]))
    assert env.WhichOneof("body") == vector["body"]
    assert env.SerializeToString(deterministic=True).hex() == vector["hex"]
    assert json_format.ParseDict(vector["json"], pb.Envelope()) == env


@pytest.mark.parametrize("vector", ENVELOPES, ids=lambda v: v["name"])
def test_open_reads_vectors_and_merges_first(vector):
    lamport = LamportClock(3)
    opened = Envelopes("alice", pb.ROLE_USER, lamport, PhysicalClock()).open(bytes.fromhex(vector["hex"]))
    assert opened.kind == vector["body"]
    assert opened.remote_lamport == int(vector["json"]["lamport"])
    assert lamport.value == opened.remote_lamport + 1


def make(process_id="alice", now=1_764_860_000_123.9):
    lamport = LamportClock()
    return Envelopes(process_id, pb.ROLE_USER, lamport, PhysicalClock(lambda: now), boot="mirk2rgb"), lamport


def test_seal_stamps_ids_clocks_and_body():
    envelopes, lamport = make()
    data, env = envelopes.seal(pb.PostRequest(text="hi"), reply_to="s1-4")
    _, second = envelopes.seal(pb.TimeRequest(round=2))
    assert pb.Envelope.FromString(data) == env
    assert (env.msg_id, env.sender, env.sender_role) == ("alice-mirk2rgb-1", "alice", pb.ROLE_USER)
    assert (env.lamport, env.clock_ms, env.reply_to) == (1, 1_764_860_000_123, "s1-4")
    assert env.post_request.text == "hi"
    assert (second.msg_id, second.lamport, second.WhichOneof("body")) == ("alice-mirk2rgb-2", 2, "time_request")
    assert lamport.value == 2


def test_boot_is_the_start_time_in_base_36_so_restarts_never_reuse_ids(monkeypatch):
    assert boot_id(1_764_860_000_123) == "mirk2rgb"
    assert boot_id(0) == "0"
    monkeypatch.setattr(time, "time_ns", lambda: 1_764_860_000_123_456_789)
    first = Envelopes("alice", pb.ROLE_USER, LamportClock(), PhysicalClock())
    monkeypatch.setattr(time, "time_ns", lambda: 1_764_860_000_124_000_000)
    restarted = Envelopes("alice", pb.ROLE_USER, LamportClock(), PhysicalClock())
    assert first.boot == "mirk2rgb"
    assert first.seal("heartbeat")[1].msg_id != restarted.seal("heartbeat")[1].msg_id


def test_seal_by_kind_name_sends_an_empty_body():
    envelopes, _ = make()
    data, _ = envelopes.seal("heartbeat")
    assert pb.Envelope.FromString(data).WhichOneof("body") == "heartbeat"


def test_seal_refuses_what_is_not_a_body():
    envelopes, lamport = make()
    with pytest.raises(ValueError):
        envelopes.seal(pb.Position())
    with pytest.raises(ValueError):
        envelopes.seal("no_such_kind")
    assert lamport.value == 0


def test_open_merges_the_senders_clock():
    alice, _ = make("alice")
    bob, bob_clock = make("bob")
    for _ in range(4):
        data, _ = alice.seal(pb.TimeRequest())
    opened = bob.open(data)
    assert (opened.kind, opened.remote_lamport, bob_clock.value) == ("time_request", 4, 5)
    assert opened.body == pb.TimeRequest()


@pytest.mark.parametrize("data", [b"\xff\xff\xff", b"\x0a\x05ab", pb.Envelope(msg_id="x-1").SerializeToString()])
def test_open_refuses_garbage_and_bodiless_envelopes_without_touching_the_clock(data):
    envelopes, lamport = make()
    with pytest.raises(MalformedEnvelope):
        envelopes.open(data)
    assert lamport.value == 0
