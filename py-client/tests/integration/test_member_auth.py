"""Member authentication across real processes: a TypeScript server and a Go clock node share a
cluster secret; a forger on the same loopback, without it (no key, another cluster's key, or
replaying a frame a key holder really sent), tries to join, vote, replicate and move clocks.

Every forged envelope must be answered ERROR_CODE_BAD_SIGNATURE and logged AUTH_REJECTED by the
member it reached, and the view, the coordinator and the clocks must not move.
"""

from __future__ import annotations

import asyncio
import time

import zmq
import zmq.asyncio

from socialnet.core import Envelopes, LamportClock, MemberAuth, PhysicalClock
from socialnet.lab.bench import wait_for_agreement
from socialnet.lab.cluster import Cluster, Drift, Topology
from socialnet.lab.control import ControlClient
from socialnet.lab.logs import read_log
from socialnet.v1 import socialnet_pb2 as pb

FORGED_DRIFT_MS = 5000


def forged_bodies() -> list[pb.Envelope]:
    """One envelope per thing a member must not let an outsider do."""
    joiner = pb.Member(id="x9", role=pb.ROLE_SERVER, rank=99, peer_endpoint="tcp://127.0.0.1:1")
    return [
        pb.Envelope(join_request=pb.JoinRequest(member=joiner)),  # join
        pb.Envelope(election=pb.Election(rank=999)),  # vote
        pb.Envelope(coordinator=pb.Coordinator(rank=999, term=99)),  # vote
        pb.Envelope(event_push=pb.EventPush()),  # replicate
        pb.Envelope(clock_adjust=pb.ClockAdjust(round=1, delta_us=FORGED_DRIFT_MS * 1000)),  # move the clock
        pb.Envelope(
            control_request=pb.ControlRequest(request_id="f1", drift=pb.DriftJump(delta_ms=FORGED_DRIFT_MS))
        ),  # move the clock through the operator's door
    ]


def forge(env: pb.Envelope, sender: Envelopes) -> bytes:
    """The body in a well-formed envelope from `sender`, with a far-future Lamport timestamp."""
    _, stamped = sender.seal(getattr(env, env.WhichOneof("body")))
    stamped.lamport = 10**9
    return stamped.SerializeToString()


async def ask(ctx: zmq.asyncio.Context, endpoint: str, frame: bytes) -> pb.Envelope:
    """One raw frame on a fresh DEALER, and the member's answer."""
    sock = ctx.socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.connect(endpoint)
    try:
        await sock.send(frame)
        assert await sock.poll(3000), f"{endpoint}: no answer"
        return pb.Envelope.FromString(await sock.recv())
    finally:
        sock.close()


def test_members_refuse_what_the_cluster_secret_did_not_sign(workdir):
    topo = Topology.create(workdir / "run", servers=1, clocks=1, users=0, drift=Drift(max_ms=0))
    cluster = Cluster(topo)
    try:
        cluster.start_members()
        asyncio.run(scenario(topo))
    finally:
        cluster.stop_all()

    for m in topo.members:
        lines = read_log(topo.log_path(m.id))
        rejected = [ln for ln in lines if ln["event"] == "AUTH_REJECTED"]
        reasons = {ln["reason"] for ln in rejected}
        assert {"unsigned", "bad_signature", "replayed"} <= reasons, (m.id, reasons)
        # 6 bodies unsigned + 6 with another key + the replay, each refused and logged once.
        assert len(rejected) == 2 * len(forged_bodies()) + 1, (m.id, len(rejected))
        assert not any(
            ln.get("peer") == "x9" or ln.get("member") == "x9" for ln in lines if ln["event"] != "AUTH_REJECTED"
        )
        assert max(ln["lamport"] for ln in lines) < 10**9, f"{m.id}: a refused timestamp was merged"


async def scenario(topo: Topology) -> None:
    ctx = zmq.asyncio.Context()
    endpoints = [m.peer_endpoint for m in topo.members]
    async with ControlClient("auth-ctl", topo.log_path("auth-ctl"), secret=topo.secret) as ctl:
        coordinator, _ = await wait_for_agreement(ctl, endpoints, lambda c: c == "c1", timeout_s=10)
        before = await ctl.status_all(endpoints)

        outsider = Envelopes("x9", pb.ROLE_SERVER, LamportClock(), PhysicalClock())
        other_cluster = MemberAuth(b"another-cluster-secret")
        insider = MemberAuth(topo.secret)
        operator = Envelopes("ops", pb.ROLE_CONTROL, LamportClock(), PhysicalClock())
        try:
            for m in topo.members:
                for env in forged_bodies():
                    for frame in (forge(env, outsider), other_cluster.sign(forge(env, outsider))):
                        answer = await ask(ctx, m.peer_endpoint, frame)
                        assert answer.error_reply.code == pb.ERROR_CODE_BAD_SIGNATURE, (m.id, env, answer)
                # A status request the key holder really sent: answered once, refused when replayed.
                captured = insider.sign(operator.seal(pb.ControlRequest(request_id="ok", status=pb.StatusQuery()))[0])
                assert (await ask(ctx, m.peer_endpoint, captured)).WhichOneof("body") == "control_reply"
                replay = await ask(ctx, m.peer_endpoint, captured)
                assert replay.error_reply.code == pb.ERROR_CODE_BAD_SIGNATURE, (m.id, replay)
        finally:
            ctx.destroy(linger=0)

        await asyncio.sleep(0.5)  # a few heartbeats and Bully timeouts: time for a forged input to show
        after = await ctl.status_all(endpoints)
    host_ms = time.time() * 1000
    for ep in endpoints:
        b, a = before[ep], after[ep]
        assert a is not None and a.coordinator == coordinator == "c1", (ep, a)
        assert sorted(x.id for x in a.view.members) == sorted(x.id for x in b.view.members) == ["c1", "s1"], ep
        assert a.view.epoch == b.view.epoch, ep
        # Drift is off: a clock moved by a forged 5 s jump would be seconds away from the host's.
        assert abs(a.clock_ms - host_ms) < FORGED_DRIFT_MS / 2, (ep, a.clock_ms - host_ms)
