import pytest
from support import assert_lamport_replays, assert_valid_log, read_log

from socialnet.core import LamportClock, PhysicalClock, ProcessLog
from socialnet.v1 import socialnet_pb2 as pb


def test_lines_carry_clocks_and_validate(make_process):
    alice, server = make_process("alice"), make_process("s1", pb.ROLE_SERVER)
    _, request = alice.envelopes.seal(pb.TimeRequest(round=1))
    alice.log.sent(request, "s1")
    data, reply = server.envelopes.seal(pb.TimeReply(round=1), reply_to=request.msg_id)
    opened = alice.envelopes.open(data)
    alice.log.received(opened.envelope, "s1", opened.remote_lamport)
    alice.log.event("DRIFT_INJECTED", jump_ms=-12)
    alice.log.event("MALFORMED_FRAME", level="warn", peer="s1", size=3)

    lines = alice.lines()
    assert_valid_log(lines)
    assert_lamport_replays(lines)
    send, recv, drift, bad = lines
    assert send | {"real": 0, "clock": 0} == {
        "real": 0,
        "clock": 0,
        "lamport": 1,
        "proc": "alice",
        "role": "user",
        "lang": "py",
        "event": "SEND",
        "level": "info",
        "dir": "send",
        "msg_id": f"alice-{alice.envelopes.boot}-1",
        "peer": "s1",
        "body": "time_request",
    }
    assert recv["dir"] == "recv" and recv["msg_id"] == reply.msg_id and recv["remote_lamport"] == 1
    assert recv["lamport"] == 2 and recv["body"] == "time_reply"
    assert drift["jump_ms"] == -12 and bad["level"] == "warn"


def test_clock_is_the_simulated_one(tmp_path):
    clock = PhysicalClock(lambda: 5000.0, offset_ms=-1000)
    log = ProcessLog(tmp_path / "x.jsonl", "x", "user", LamportClock(7), clock)
    log.event("STARTED")
    log.close()
    (line,) = read_log(tmp_path / "x.jsonl")
    assert (line["clock"], line["lamport"]) == (4000.0, 7)
    assert line["real"] > 1.7e12


def test_no_path_logs_nowhere():
    log = ProcessLog(None, "x", "user", LamportClock(), PhysicalClock())
    log.event("STARTED")
    log.close()


def test_an_event_field_may_not_replace_a_base_key(tmp_path):
    log = ProcessLog(str(tmp_path / "x.jsonl"), "alice", "user", LamportClock(), PhysicalClock())
    try:
        with pytest.raises(ValueError, match="reserved"):
            log.event("OP_DONE", event="post")
    finally:
        log.close()
