"""Replica convergence: every server delivers the same events in the same total order."""

from __future__ import annotations

from socialnet.lab.report.model import Check, Section, Table, capped
from socialnet.lab.report.run import Run

Key = tuple[int, str, int]  # (lamport, origin, seq): the total order


def position(value: object) -> Key | None:
    """[lamport, origin, seq] or {"lamport", "origin", "seq"} as a Key."""
    try:
        if isinstance(value, list | tuple) and len(value) == 3:
            return (int(value[0]), str(value[1]), int(value[2]))
        if isinstance(value, dict):
            return (int(value["lamport"]), str(value["origin"]), int(value["seq"]))
    except (KeyError, TypeError, ValueError):
        pass
    return None


def key_of(ln: dict) -> Key | None:
    """The event a line is about: its `position`, or flat origin, seq and event_lamport
    (never the line's own `lamport`: that is the logging process's clock)."""
    if "position" in ln:
        return position(ln["position"])
    return position([ln.get("event_lamport"), ln.get("origin"), ln.get("seq")])


def keys_of(ln: dict) -> list[Key] | None:
    """The events one EVENT_DELIVERED line names: one, or a batch under `positions`."""
    if isinstance(ln.get("positions"), list):
        keys = [position(p) for p in ln["positions"]]
        return None if None in keys else keys
    k = key_of(ln)
    return None if k is None else [k]


def fmt(key: Key) -> str:
    return f"{key[1]}:{key[2]}@{key[0]}"


def is_prefix(short: list, long: list) -> bool:
    return len(short) <= len(long) and long[: len(short)] == short


def first_difference(a: list[Key], b: list[Key]) -> str:
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    at_a = fmt(a[i]) if i < len(a) else "end"
    at_b = fmt(b[i]) if i < len(b) else "end"
    return f"position {i}: {at_a} vs {at_b}"


def analyze(run: Run) -> Section:
    section = Section("Replica convergence")
    servers = run.with_role("server")
    logged = {p for p in servers for ln in run.logs[p] if ln["event"] in ("EVENT_STORED", "EVENT_DELIVERED")}
    if not logged:
        why = "no server in this run" if not servers else "no server logged EVENT_STORED or EVENT_DELIVERED"
        section.blocks.append(why.capitalize() + ".")
        section.checks += [
            Check.not_applicable("replica_convergence", why),
            Check.not_applicable("delivery_order", why),
        ]
        return section

    order_violations, delivered, stored = [], {}, {}
    lamport_of: dict[tuple[str, int], tuple[int, str]] = {}
    conflicts, malformed = [], []
    for p in servers:
        keys: set[Key] = set()
        for seg in run.segments[p]:
            prev = None
            for ln in seg.lines:
                if ln["event"] != "EVENT_DELIVERED":
                    continue
                batch = keys_of(ln)
                if batch is None:
                    malformed.append(f"{p} at {run.rel(ln['real'])}: EVENT_DELIVERED names no position(s)")
                    continue
                for k in batch:
                    if prev is not None and k <= prev:
                        order_violations.append(f"{p} delivered {fmt(k)} after {fmt(prev)} at {run.rel(ln['real'])}")
                    prev = k
                    keys.add(k)
                    seen = lamport_of.setdefault((k[1], k[2]), (k[0], p))
                    if seen[0] != k[0]:
                        conflicts.append(f"{k[1]}:{k[2]} delivered at lamport {seen[0]} by {seen[1]}, {k[0]} by {p}")
        delivered[p] = sorted(keys)
        stored[p] = len({key_of(ln) for ln in run.logs[p] if ln["event"] == "EVENT_STORED"} - {None})

    states = {p: run.end_state(p) for p in servers}
    live = [p for p in servers if states[p] == "live"]
    pool = live or servers
    reference = max(pool, key=lambda p: (len(delivered[p]), p))
    ref = delivered[reference]
    violations = conflicts + malformed
    rows = []
    for p in servers:
        seq = delivered[p]
        end = run.segments[p][-1].end
        state = {"live": "running at the end", "stopped": f"stopped at {run.rel(end)}"}.get(states[p])
        state = state or f"died at {run.rel(end)}"
        if p == reference:
            relation = "reference"
        elif seq == ref:
            relation = "identical"
        elif states[p] == "live" and live:
            relation = "DIFFERS"
            violations.append(
                f"{p} and {reference} were both running at the end but delivered {len(seq)} vs {len(ref)} "
                f"events; first difference at {first_difference(seq, ref)}"
            )
        elif is_prefix(seq, ref):
            relation = f"prefix ({len(seq)} of {len(ref)})"
        else:
            relation = "DIVERGED"
            violations.append(
                f"{p} ({state}) delivered an order that is not a prefix of {reference}'s: {first_difference(seq, ref)}"
            )
        rows.append([p, state, stored[p], len(seq), relation])

    section.blocks.append(
        "Each server's delivered sequence (EVENT_DELIVERED, ordered by (lamport, origin, seq)). Servers running "
        "at the end must hold identical sequences; a server that stopped or died earlier must hold a prefix of "
        f"them (delivery is in total order, so what it showed users never changes). Reference: {reference}."
    )
    section.blocks.append(Table(["server", "end", "events stored", "events delivered", "vs reference"], rows))
    section.checks.append(
        Check.of(
            "replica_convergence",
            violations,
            f"{len(live)} server(s) running at the end hold the same {len(ref)} events in the same order; "
            f"{len(servers) - len(live)} other(s) hold prefixes",
        )
    )
    section.checks.append(
        Check.of("delivery_order", capped(order_violations, 1000), "every server delivered in increasing total order")
    )
    section.data = {"reference": reference, "delivered": {p: len(v) for p, v in delivered.items()}}
    return section
