"""Counts of lines and events per process, and of messages per body kind."""

from __future__ import annotations

from collections import Counter, defaultdict

from socialnet.lab.report.model import Section, Table
from socialnet.lab.report.run import ROLE_ORDER, Run

BACKGROUND = ("heartbeat",)


def directions(lines: list[dict]) -> list[int]:
    return [sum(ln.get("dir") == "send" for ln in lines), sum(ln.get("dir") == "recv" for ln in lines)]


def counts(run: Run) -> Section:
    section = Section("Processes and events")
    state = {"live": "ran to the end", "stopped": "stopped early", "died": "died (no *_STOPPED line)"}
    rows = []
    for p in run.procs:
        lines = run.logs[p]
        segs = run.segments[p]
        span = [run.rel(segs[0].start), run.rel(segs[-1].end), state[run.end_state(p)]]
        rows.append([p, run.roles[p], run.langs[p], len(lines), len(segs), *span, *directions(lines)])
    headers = ["process", "role", "lang", "lines", "incarnations", "first", "last", "end", "sent", "received"]
    section.blocks.append(Table(headers, rows))
    roles = sorted({r for r in run.roles.values()}, key=lambda r: ROLE_ORDER.get(r, 9))
    per: dict[str, Counter] = defaultdict(Counter)
    for p, lines in run.logs.items():
        for ln in lines:
            per[ln["event"]][run.roles[p]] += 1
    table = [[e, sum(c.values()), *(c[r] for r in roles)] for e, c in per.items()]
    table.sort(key=lambda r: (-r[1], r[0]))
    section.blocks.append(Table(["event", "total", *roles], table))
    section.data = {"lines": sum(len(v) for v in run.logs.values()), "processes": len(run.logs)}
    return section


def network(run: Run) -> Section:
    section = Section("Network")
    sent: Counter = Counter()
    received: Counter = Counter()
    by_proc: dict[str, Counter] = defaultdict(Counter)
    for p, lines in run.logs.items():
        for ln in lines:
            if ln.get("dir") == "send":
                sent[ln["body"]] += 1
                by_proc[p]["sent"] += 1
            elif ln.get("dir") == "recv":
                received[ln["body"]] += 1
                by_proc[p]["received"] += 1
    bodies = sorted(set(sent) | set(received), key=lambda b: (-sent[b], b))
    section.blocks.append(Table(["message body", "sent", "received"], [[b, sent[b], received[b]] for b in bodies]))
    seconds = max((run.t_end - run.t0) / 1000, 1e-9)
    section.blocks.append(
        Table(
            ["process", "sent", "received", "sent per second"],
            [[p, by_proc[p]["sent"], by_proc[p]["received"], f"{by_proc[p]['sent'] / seconds:.1f}"] for p in run.procs],
        )
    )
    ops = len(run.events("OP_DONE"))
    total = sum(sent.values())
    foreground = total - sum(sent[b] for b in BACKGROUND)
    if ops:
        section.blocks.append(
            f"Messages per user operation: {total} sends / {ops} OP_DONE = {total / ops:.1f} "
            f"({foreground / ops:.1f} without heartbeats)."
        )
    else:
        section.blocks.append(f"{total} messages sent; no user operation (OP_DONE) to divide by.")
    section.data = {
        "sent_by_body": dict(sent),
        "messages_per_operation": total / ops if ops else None,
    }
    return section
