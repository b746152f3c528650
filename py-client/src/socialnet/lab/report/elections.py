"""Bully elections: who was coordinator when, and how long each failover took."""

from __future__ import annotations

from dataclasses import dataclass

from socialnet.lab.report.model import Check, Section, Table, ms
from socialnet.lab.report.run import MEMBER_ROLES, Run

STEP_DOWN = ("BULLY_ELECTION_STARTED", "BULLY_COORDINATOR_ACCEPTED")


@dataclass
class Reign:
    proc: str
    term: int | None
    rank: int | None
    start: float
    end: float
    ended_by: str


def reigns(run: Run) -> list[Reign]:
    """Each BULLY_COORDINATOR claim, until the winner starts an election, accepts
    another coordinator, claims a new term, or its incarnation ends."""
    out = []
    for p in run.with_role(*MEMBER_ROLES):
        for seg in run.segments[p]:
            current: Reign | None = None
            for ln in seg.lines:
                event = ln["event"]
                if event == "BULLY_COORDINATOR":
                    if current is not None and current.term == ln.get("term"):
                        continue  # the same reign announced again
                    if current is not None:
                        current.end, current.ended_by = ln["real"], "claimed a new term"
                    current = Reign(p, ln.get("term"), ln.get("rank"), ln["real"], ln["real"], "")
                    out.append(current)
                elif event in STEP_DOWN and current is not None:
                    who = ln.get("coordinator", "?")
                    current.end = ln["real"]
                    current.ended_by = "started an election" if event == STEP_DOWN[0] else f"accepted {who}"
                    current = None
            if current is not None:
                current.end = seg.end
                final = seg is run.segments[p][-1] and run.end_state(p) == "live"
                current.ended_by = "end of run" if final else "stopped" if seg.stopped else "died"
    return sorted(out, key=lambda r: r.start)


def overlaps(all_reigns: list[Reign], run: Run) -> list[str]:
    bad = []
    for i, a in enumerate(all_reigns):
        for b in all_reigns[i + 1 :]:
            if a.term == b.term and a.proc != b.proc and b.start < a.end and a.start < b.end:
                bad.append(
                    f"term {a.term}: {a.proc} and {b.proc} were both coordinator from "
                    f"{run.rel(max(a.start, b.start))} to {run.rel(min(a.end, b.end))}"
                )
    return bad


def failovers(run: Run, all_reigns: list[Reign]) -> list[list]:
    """For each coordinator that died or stopped mid-run: death → the next coordinator accepted by every live member."""
    rows = []
    members = run.with_role(*MEMBER_ROLES)
    for r in all_reigns:
        if r.ended_by not in ("died", "stopped") or r.end >= run.stopping_at:
            continue
        nxt = next((n for n in all_reigns if n.start >= r.end and n.proc != r.proc), None)
        first_election = next((ln["real"] for ln in run.events("BULLY_ELECTION_STARTED") if ln["real"] >= r.end), None)
        if nxt is None:
            rows.append([run.rel(r.end), r.proc, r.ended_by, "-", ms(None), ms(None), "no new coordinator"])
            continue
        done, waiting = nxt.start, []
        for m in members:
            seg = run.segment_at(m, nxt.start)
            if m == nxt.proc or seg is None:
                continue
            accepted = next(
                (
                    ln["real"]
                    for ln in seg.lines
                    if ln["event"] == "BULLY_COORDINATOR_ACCEPTED"
                    and ln["real"] >= r.end
                    and ln.get("coordinator") == nxt.proc
                    and (nxt.term is None or ln.get("term") in (None, nxt.term))
                ),
                None,
            )
            if accepted is not None:
                done = max(done, accepted)
            elif seg is run.segments[m][-1] and run.end_state(m) == "live":
                waiting.append(m)
        detect = None if first_election is None else first_election - r.end
        note = f"never accepted by {', '.join(waiting)}" if waiting else "all live members accepted"
        rows.append([run.rel(r.end), r.proc, r.ended_by, nxt.proc, ms(detect), ms(done - r.end), note])
    return rows


def analyze(run: Run) -> Section:
    section = Section("Elections (Bully)")
    all_reigns = reigns(run)
    started = run.events("BULLY_ELECTION_STARTED")
    if not all_reigns and not started:
        section.blocks.append("No Bully event in this run.")
        section.checks.append(Check.not_applicable("single_coordinator_per_term", "no BULLY_COORDINATOR lines"))
        return section
    deaths = [
        f"{p} {'stopped' if s.stopped else 'died'} at {run.rel(s.end)}"
        for p in run.with_role(*MEMBER_ROLES)
        for s in run.segments[p]
        if s is not run.segments[p][-1] or run.end_state(p) != "live"
    ]
    section.blocks.append(
        f"{len(started)} election(s) started, {len(all_reigns)} coordinator claim(s). A reign lasts from the "
        "winner's BULLY_COORDINATOR line until it starts an election, accepts another coordinator, or its "
        "process stops or dies (a log that ends without a *_STOPPED line died at its last line). "
        + ("Members that stopped or died mid-run: " + "; ".join(deaths) + "." if deaths else "")
    )
    shown = [[r.term, r.proc, r.rank, run.rel(r.start), run.rel(r.end), r.ended_by] for r in all_reigns[:60]]
    section.blocks.append(Table(["term", "coordinator", "rank", "from", "to", "ended"], shown))
    if len(all_reigns) > 60:
        section.blocks.append(f"... and {len(all_reigns) - 60} more reigns.")
    rows = failovers(run, all_reigns)
    if rows:
        section.blocks.append(
            "Failovers: from the coordinator's last line to the first election started (detection) and to the "
            "moment every live member had accepted the next coordinator (total)."
        )
        section.blocks.append(
            Table(["death", "coordinator", "how", "next", "detection (ms)", "total (ms)", "members"], rows)
        )
    section.checks.append(
        Check.of(
            "single_coordinator_per_term",
            overlaps(all_reigns, run),
            f"{len(all_reigns)} reigns: never two coordinators of one term at the same time",
        )
    )
    section.data = {"reigns": len(all_reigns), "failovers": rows}
    return section
