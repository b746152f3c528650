"""Properties that must hold for every input, not just the vectors."""

from hypothesis import given
from hypothesis import strategies as st

from socialnet.core import DriftInjector, Envelopes, LamportClock, MalformedEnvelope, PhysicalClock
from socialnet.core.envelope import BODY_KINDS
from socialnet.v1 import socialnet_pb2 as pb

u64 = st.integers(min_value=0, max_value=2**63)


@given(start=u64, remotes=st.lists(u64, max_size=30))
def test_lamport_receive_is_monotone_and_after_the_remote(start, remotes):
    clock = LamportClock(start)
    for remote in remotes:
        before = clock.value
        after = clock.receive(remote)
        assert after > before and after > remote


@given(data=st.binary(max_size=200))
def test_open_decodes_or_raises_malformed_and_nothing_else(data):
    lamport = LamportClock()
    try:
        opened = Envelopes("bob", pb.ROLE_USER, lamport, PhysicalClock()).open(data)
    except MalformedEnvelope:
        assert lamport.value == 0
    else:
        assert opened.kind in BODY_KINDS
        assert lamport.value == opened.remote_lamport + 1


@given(kind=st.sampled_from(sorted(BODY_KINDS)), ticks=st.integers(0, 50), reply_to=st.text(max_size=20))
def test_seal_then_open_keeps_kind_and_order(kind, ticks, reply_to):
    alice = Envelopes("alice", pb.ROLE_USER, LamportClock(ticks), PhysicalClock())
    bob_clock = LamportClock()
    data, env = alice.seal(kind, reply_to)
    opened = Envelopes("bob", pb.ROLE_USER, bob_clock, PhysicalClock()).open(data)
    assert (opened.kind, opened.envelope) == (kind, env)
    assert bob_clock.value > env.lamport == ticks + 1


@given(
    seed=st.integers(0, 2**32 - 1),
    max_ms=st.integers(0, 1000),
    steps=st.lists(st.integers(0, 5000), max_size=10),
)
def test_drift_is_bounded_and_independent_of_how_often_it_is_polled(seed, max_ms, steps):
    start = 1_764_860_000_000
    often, once = DriftInjector(seed, 250, max_ms, start), DriftInjector(seed, 250, max_ms, start)
    now, jumps = start, []
    for step in steps:
        now += step
        jumps += often.poll(now)
    assert jumps == once.poll(now)
    assert all(-max_ms <= j <= max_ms for j in jumps)
