"""The run analysis (socialnet.lab.analyze) on small synthetic runs.

`good_run` writes the logs of a short run that keeps every promise: three
servers, two clock nodes (the coordinator dies and the other takes over),
three users, one server killed and restarted on the same log file, a Berkeley
round before and after. Each other test breaks one promise on purpose.
"""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema

from socialnet.lab import analyze
from socialnet.lab.logs import SCHEMA, lamport_replay_problems_by_segment, segments
from socialnet.lab.report.fastschema import compile_schema

T0 = 1_760_000_000_000.0
LANG = {"server": "ts", "clock": "go", "user": "py"}
MEMBERS = ("s1", "s2", "s3", "c1", "c2")


class Sim:
    """Writes log lines whose Lamport clocks replay, at a real time we choose."""

    def __init__(self) -> None:
        self.t = T0
        self.lines: dict[str, list[dict]] = {}
        self.state: dict[str, dict] = {}

    def start(self, proc: str, role: str, event: str, offset: float = 0.0, **fields) -> None:
        self.state[proc] = {"role": role, "lamport": 0, "offset": offset, "sent": 0}
        self.lines.setdefault(proc, [])
        self.log(proc, event, **fields)

    def at(self, ms: float) -> Sim:
        self.t = T0 + ms
        return self

    def log(self, proc: str, event: str, tick: bool = False, **fields) -> dict:
        st = self.state[proc]
        st["lamport"] += tick
        line = {
            "real": self.t,
            "clock": self.t + st["offset"],
            "lamport": st["lamport"],
            "proc": proc,
            "role": st["role"],
            "lang": LANG[st["role"]],
            "event": event,
            "level": "info",
            **fields,
        }
        self.lines[proc].append(line)
        self.t += 0.1
        return line

    def msg(self, a: str, b: str, body: str) -> int:
        """a sends body to b, b receives it 1 ms later; returns the send's Lamport value."""
        st = self.state[a]
        st["lamport"] += 1
        st["sent"] += 1
        msg_id = f"{a}-{st['sent']}"
        self.log(a, "SEND", dir="send", msg_id=msg_id, peer=b, body=body)
        self.t += 1
        sent = st["lamport"]
        rb = self.state[b]
        rb["lamport"] = max(rb["lamport"], sent)
        self.log(b, "RECV", tick=True, dir="recv", msg_id=msg_id, peer=a, body=body, remote_lamport=sent)
        return sent

    def write(self, run_dir) -> None:
        (run_dir / "logs").mkdir(parents=True, exist_ok=True)
        for proc, lines in self.lines.items():
            text = "".join(json.dumps(ln) + "\n" for ln in lines)
            (run_dir / "logs" / f"{proc}.jsonl").write_text(text)


def write_op(sim: Sim, user: str, server: str, seq: int, kind: str, rid: str, target: str | None) -> tuple:
    """A user's write through one server: issued, stored, acknowledged. Returns its (lamport, origin, seq)."""
    extra = {"followee" if kind == "follow" else "to": target} if target else {}
    sim.log(user, "OP_ISSUED", request_id=rid, kind=kind, **extra)
    sim.msg(user, server, {"post": "post_request", "dm": "send_message_request"}.get(kind, f"{kind}_request"))
    lamport = sim.state[server]["lamport"]
    stored = {"position": [lamport, server, seq], "kind": kind, "author": user, "request_id": rid}
    sim.log(server, "EVENT_STORED", **stored, **extra)
    sim.msg(server, user, "write_reply")
    sim.log(
        user, "OP_DONE", request_id=rid, kind=kind, ok=True, event_id=f"{server}:{seq}", position=[lamport, server, seq]
    )
    for other in ("s1", "s2", "s3"):
        if other != server:
            sim.msg(server, other, "event_push")
            sim.log(other, "EVENT_STORED", **stored, **extra)
    return (lamport, server, seq)


def berkeley(sim: Sim, coordinator: str, members: list[str], rnd: int) -> None:
    for m in members:
        sim.msg(coordinator, m, "time_request")
        sim.msg(m, coordinator, "time_reply")
    offsets = {m: sim.state[m]["offset"] for m in [coordinator, *members]}
    average = sum(offsets.values()) / len(offsets)
    sim.state[coordinator]["offset"] = average
    sim.log(coordinator, "BERKELEY_ROUND", round=rnd, average_us=int(average * 1000), used=sorted(offsets))
    for m in members:
        sim.msg(coordinator, m, "clock_adjust")
        sim.state[m]["offset"] = average + 0.5
        sim.log(m, "CLOCK_ADJUSTED", round=rnd, delta_us=int((average - offsets[m]) * 1000), **{"from": coordinator})


def user_activity(sim: Sim) -> list[tuple]:
    """bob and carol follow alice, alice posts and writes to carol; returns the total order of those events."""
    sim.at(400)
    follow_b = write_op(sim, "bob", "s1", 1, "follow", "b1", "alice")
    follow_c = write_op(sim, "carol", "s2", 1, "follow", "c1", "alice")
    post = write_op(sim, "alice", "s1", 2, "post", "a1", None)
    dm = write_op(sim, "alice", "s3", 1, "dm", "a2", "carol")
    order = sorted([follow_b, follow_c, post, dm])
    for s in ("s1", "s2", "s3"):
        for lamport, origin, seq in order:
            sim.log(s, "EVENT_DELIVERED", position=[lamport, origin, seq])
    note = {"position": list(post), "kind": "post", "author": "alice"}
    sim.at(600).msg("s1", "bob", "notification")
    sim.log("bob", "NOTIFICATION_RECEIVED", **note)
    sim.msg("s2", "carol", "notification")
    sim.log("carol", "NOTIFICATION_RECEIVED", **note)
    sim.msg("s2", "carol", "notification")
    sim.log("carol", "NOTIFICATION_RECEIVED", origin="s3", seq=1, event_lamport=dm[0], kind="dm", author="alice")
    sim.log("alice", "CONVERSATION_READ", peer="carol", events=[list(dm)])
    sim.log("carol", "CONVERSATION_SEEN", peer="alice", positions=[list(dm)])
    return order


def good_run(with_users: bool = True) -> Sim:
    sim = Sim()
    users = ("alice", "bob", "carol") if with_users else ()
    for i, s in enumerate(("s1", "s2", "s3")):
        sim.start(s, "server", "SERVER_STARTED", offset=[120, -80, 30][i], rank=i + 1)
    sim.start("c1", "clock", "NODE_STARTED", rank=101)
    sim.start("c2", "clock", "NODE_STARTED", offset=500, rank=100)
    for u in users:
        sim.start(u, "user", "USER_STARTED")

    sim.at(10).log("c1", "BULLY_ELECTION_STARTED", reason="start", term=0)
    sim.log("c1", "BULLY_COORDINATOR", term=1, rank=101)
    for m in ("c2", "s1", "s2", "s3"):
        sim.msg("c1", m, "coordinator")
        sim.log(m, "BULLY_COORDINATOR_ACCEPTED", coordinator="c1", rank=101, term=1)
    sim.at(100)
    berkeley(sim, "c1", ["c2", "s1", "s2", "s3"], 1)
    sim.at(300).log("s2", "DRIFT_INJECTED", jump_ms=400)
    sim.state["s2"]["offset"] += 400
    sim.lines["s2"][-1]["clock"] += 400  # logged after the jump is applied

    order = user_activity(sim) if with_users else []
    for t in (1000, 1400, 1500):
        sim.at(t).msg("c1", "s1", "heartbeat")
    sim.lines["c1"].pop()  # c1 is killed: its last send never reaches the disk (the receive is "unmatched")
    sim.at(1900).log("c2", "BULLY_COORDINATOR_SILENT", coordinator="c1", silent_ms=400)
    sim.log("c2", "BULLY_ELECTION_STARTED", reason="silence", term=1)
    sim.at(2000).log("c2", "BULLY_COORDINATOR", term=2, rank=100)
    for m in ("s1", "s2", "s3"):
        sim.msg("c2", m, "coordinator")
        sim.log(m, "BULLY_COORDINATOR_ACCEPTED", coordinator="c2", rank=100, term=2)

    sim.at(2200).log("s2", "ANTI_ENTROPY_DONE")  # then SIGKILL
    sim.at(2400).start("s2", "server", "SERVER_STARTED", offset=sim.state["s2"]["offset"], rank=2)
    if order:  # the recovered events, delivered again as one batch
        sim.log("s2", "EVENT_DELIVERED", count=len(order), positions=[list(k) for k in order])
    sim.msg("s2", "s1", "heartbeat")  # msg_id s2-1 again: the counter restarted with the process
    sim.msg("c2", "s2", "coordinator")
    sim.log("s2", "BULLY_COORDINATOR_ACCEPTED", coordinator="c2", rank=100, term=2)
    sim.at(2600)
    berkeley(sim, "c2", ["s1", "s2", "s3"], 1)

    for i, u in enumerate(users):
        sim.at(3000 + i).log(u, "USER_STOPPED")
    for i, s in enumerate(("s1", "s2", "s3")):
        sim.at(3500 + i).log(s, "SERVER_STOPPED")
    sim.at(3600).log("c2", "NODE_STOPPED")
    return sim


def analyzed(sim: Sim, tmp_path, *args: str) -> tuple[int, dict]:
    sim.write(tmp_path)
    code = analyze.main([str(tmp_path), "--no-figures", *args])
    return code, json.loads((tmp_path / "results.json").read_text())


def failed(results: dict) -> set[str]:
    return {c["name"] for c in results["invariants"] if not c["ok"]}


def test_good_run_passes_and_writes_the_report(tmp_path):
    sim = good_run()
    sim.write(tmp_path)
    with open(tmp_path / "logs" / "c1.jsonl", "a") as f:
        f.write('{"real": 1760000001500.5, "clo')  # a torn last line: c1 was SIGKILLed mid-write
    (tmp_path / "run.json").write_text(json.dumps({"scenario": "test", "phases": [{"name": "kill", "start_ms": T0}]}))
    proc = subprocess.run(
        [sys.executable, "-m", "socialnet.lab.analyze", str(tmp_path), "--window-start-ms", "0", "--window-ms", "700"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads((tmp_path / "results.json").read_text())
    assert results["valid"] is True and failed(results) == set()
    by_name = {c["name"]: c for c in results["invariants"]}
    assert all(by_name[n]["applicable"] for n in ("post_notifications", "dm_delivery", "conversation_order"))
    assert "2 expected deliveries" in by_name["post_notifications"]["detail"]
    assert set(results["figures"]) >= {"clock_offsets", "spacetime", "latency_post", "latency_dm"}
    for file in results["figures"].values():
        assert (tmp_path / file).read_bytes().startswith(b"\x89PNG")
    md = (tmp_path / "report.md").read_text()
    html = (tmp_path / "report.html").read_text()
    for title in ("Verdict", "Lamport clocks", "Replica convergence", "Delivery to users", "Elections (Bully)"):
        assert f"## {title}" in md and f"<h2>{title}</h2>" in html
    assert "no logged send" in md and "<img src='spacetime.png'" in html
    assert "| c1 | died | c2 |" in md.replace("+1.500 s | ", "")  # the failover row


def test_restart_starts_a_new_segment():
    lines = good_run().lines["s2"]
    parts = segments(lines)
    assert [p[0]["event"] for p in parts] == ["SERVER_STARTED", "SERVER_STARTED"]
    assert lamport_replay_problems_by_segment(lines) == []


def test_a_run_without_users_skips_the_delivery_checks(tmp_path):
    sim = good_run(with_users=False)
    sim.write(tmp_path)
    assert analyze.main([str(tmp_path)]) == 0
    results = json.loads((tmp_path / "results.json").read_text())
    skipped = {c["name"] for c in results["invariants"] if not c["applicable"]}
    assert skipped >= {"post_notifications", "dm_delivery", "conversation_order", "no_bot_anomalies"}
    assert "latency_post" not in results["figures"]


def test_receive_before_send(tmp_path):
    sim = good_run()
    recv = next(ln for ln in sim.lines["bob"] if ln.get("body") == "notification")
    recv["remote_lamport"], recv["lamport"] = 1, 2
    code, results = analyzed(sim, tmp_path)
    assert code != 0 and "lamport_causality" in failed(results)


def test_server_missing_a_delivered_event(tmp_path):
    sim = good_run()
    s3 = sim.lines["s3"]
    s3.remove(next(ln for ln in s3 if ln["event"] == "EVENT_DELIVERED" and ln["position"][1:] == ["s1", 2]))
    code, results = analyzed(sim, tmp_path)
    assert code != 0 and failed(results) == {"replica_convergence"}


def test_duplicate_notification(tmp_path):
    sim = good_run()
    bob = sim.lines["bob"]
    i = next(i for i, ln in enumerate(bob) if ln["event"] == "NOTIFICATION_RECEIVED")
    bob.insert(i + 1, dict(bob[i], real=bob[i]["real"] + 0.05))
    code, results = analyzed(sim, tmp_path)
    assert code != 0 and failed(results) == {"post_notifications"}


def test_two_coordinators_of_one_term(tmp_path):
    sim = good_run()
    s3 = sim.lines["s3"]
    i = next(i for i, ln in enumerate(s3) if ln["event"] == "BULLY_COORDINATOR_ACCEPTED")
    s3.insert(i + 1, dict(s3[i], event="BULLY_COORDINATOR", term=1, rank=3, real=s3[i]["real"] + 0.05))
    code, results = analyzed(sim, tmp_path)
    assert code != 0 and failed(results) == {"single_coordinator_per_term"}


def test_invalid_log_line(tmp_path):
    sim = good_run()
    sim.lines["alice"].insert(3, {"real": T0 + 1, "event": "not Upper Snake"})
    code, results = analyzed(sim, tmp_path)
    assert code != 0 and failed(results) == {"log_lines_valid"}
    (check,) = [c for c in results["invariants"] if c["name"] == "log_lines_valid"]
    assert check["violations"][0].startswith("alice.jsonl:4:")


def test_fast_schema_check_agrees_with_jsonschema():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    quick_ok = compile_schema(SCHEMA)
    assert quick_ok is not None
    lines = [ln for lines in good_run().lines.values() for ln in lines]
    odd = [None, True, -1, 0, 1.5, 2.0, "", "x" * 70, "lower", "SEND", "send", "user", {"a": 1}, []]
    cases = list(lines)
    for key in ("real", "clock", "lamport", "proc", "role", "lang", "event", "level", "dir", "msg_id", "peer"):
        for base in (lines[0], next(ln for ln in lines if ln.get("dir") == "recv")):
            cases.append({k: v for k, v in base.items() if k != key})
            cases += [dict(base, **{key: value}) for value in odd]
    cases += ["a line", 3, [lines[0]]]
    verdicts = [(quick_ok(c), validator.is_valid(c)) for c in cases]
    assert all(fast == slow for fast, slow in verdicts)
    assert 0 < sum(slow for _, slow in verdicts) < len(cases)


def test_bot_anomaly(tmp_path):
    sim = good_run()
    sim.at(2500).log(
        "bob", "BOT_ANOMALY", level="warn", subject="home", kind="reordered", item=[5, "s1", 2], detail="x"
    )
    code, results = analyzed(sim, tmp_path)
    assert code != 0 and failed(results) == {"no_bot_anomalies"}
    (check,) = [c for c in results["invariants"] if c["name"] == "no_bot_anomalies"]
    assert "reordered" in check["violations"][0]
