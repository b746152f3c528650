"""Lamport clocks: every receive after its send, and each process's own replay."""

from __future__ import annotations

from collections import Counter

from socialnet.lab.logs import lamport_replay_problems_by_segment, pair_messages
from socialnet.lab.report.model import Bullets, Check, Section, capped
from socialnet.lab.report.run import Run


def incarnation_logs(run: Run) -> dict[str, list[dict]]:
    """The logs with msg_ids made unique per incarnation.

    msg_ids are `<proc>-<counter>` and the counter restarts with the process, so
    a restarted sender's ids get `#<incarnation>`; a receive is matched to the
    sender's incarnation that was running (had started) when it was received.
    """
    restarted = {p: [s.start for s in segs] for p, segs in run.segments.items() if len(segs) > 1}
    if not restarted:
        return run.logs
    out = {}
    for proc, lines in run.logs.items():
        starts = restarted.get(proc, [])
        renamed, k = [], 0
        for ln in lines:
            if ln.get("dir") == "send" and starts:
                while k + 1 < len(starts) and ln["real"] >= starts[k + 1]:
                    k += 1
                ln = dict(ln, msg_id=f"{ln['msg_id']}#{k}") if k else ln
            elif ln.get("dir") == "recv" and ln["peer"] in restarted:
                sender_starts = restarted[ln["peer"]]
                i = max((j for j, s in enumerate(sender_starts) if s <= ln["real"]), default=0)
                ln = dict(ln, msg_id=f"{ln['msg_id']}#{i}") if i else ln
            renamed.append(ln)
        out[proc] = renamed
    return out


def message_pairs(logs: dict[str, list[dict]]) -> list[tuple[dict, dict]]:
    """(send line, receive line) for every receive whose send is logged."""
    sends = {ln["msg_id"]: ln for lines in logs.values() for ln in lines if ln.get("dir") == "send"}
    return [
        (sends[ln["msg_id"]], ln)
        for lines in logs.values()
        for ln in lines
        if ln.get("dir") == "recv" and ln["msg_id"] in sends
    ]


def analyze(run: Run) -> Section:
    logs = incarnation_logs(run)
    pairing = pair_messages(logs)
    replay = [p for lines in run.logs.values() for p in lamport_replay_problems_by_segment(lines)]
    duplicate_ids = [
        f"{msg_id} sent {n} times"
        for msg_id, n in Counter(
            ln["msg_id"] for lines in logs.values() for ln in lines if ln.get("dir") == "send"
        ).items()
        if n > 1
    ]
    restarts = sum(len(segs) - 1 for segs in run.segments.values())
    section = Section("Lamport clocks")
    section.blocks.append(
        f"{pairing.pairs} receives paired with their send by msg_id; {len(pairing.unmatched_receives)} receives "
        "have no logged send (the sender was killed before its line reached the disk, or its log is missing): "
        "reported, not a violation. Each process's log replays its own clock line by line (a send ticks by one, "
        "a receive jumps to max(previous, carried) + 1, any other line ticks at most once); the replay starts "
        f"again at each start event ({restarts} restart(s) in this run)."
    )
    if pairing.unmatched_receives:
        section.blocks += ["Unmatched receives:", Bullets(capped(pairing.unmatched_receives))]
    if duplicate_ids:
        section.blocks += [
            "msg_ids sent twice by one incarnation (pairing is ambiguous):",
            Bullets(capped(duplicate_ids)),
        ]
    section.checks.append(
        Check.of(
            "lamport_causality",
            pairing.violations,
            f"every receive carries its send's timestamp and has a larger one ({pairing.pairs} pairs)",
        )
    )
    section.checks.append(
        Check.of("lamport_replay", replay, f"{len(run.logs)} process logs replay their Lamport clocks")
    )
    section.data = {"pairs": pairing.pairs, "unmatched_receives": len(pairing.unmatched_receives)}
    return section
