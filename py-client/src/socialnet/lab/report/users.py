"""Delivery to users: notifications, private messages, conversations, bot anomalies."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from socialnet.lab.report.model import Check, Section, Table, ms, percentile
from socialnet.lab.report.replicas import Key, fmt, is_prefix, key_of, position
from socialnet.lab.report.run import Run

KIND_ALIASES = {"message": "dm", "send_message": "dm", "private_message": "dm"}
ANOMALY_FIELDS = ("subject", "kind", "item", "detail", "msg")
CONVERSATION_EVENTS = ("CONVERSATION_READ", "CONVERSATION_SEEN")
CHECKS = ("post_notifications", "dm_delivery", "conversation_order", "no_bot_anomalies")


def target_of(ln: dict) -> str | None:
    """The followee of a follow/unfollow, the recipient of a message."""
    return next((str(ln[f]) for f in ("target", "to", "followee", "recipient") if ln.get(f)), None)


def kind_of(ln: dict) -> str:
    kind = str(ln.get("kind", "")).lower()
    return KIND_ALIASES.get(kind, kind)


@dataclass
class Op:
    user: str
    request_id: str
    kind: str
    target: str | None
    issued: float | None
    done: float | None = None
    ok: bool = False
    key: Key | None = None


@dataclass
class Event:
    kind: str
    author: str
    target: str | None


def collect_ops(run: Run, users: list[str]) -> dict[tuple[str, str], Op]:
    ops: dict[tuple[str, str], Op] = {}
    for u in users:
        for ln in run.logs[u]:
            if ln["event"] not in ("OP_ISSUED", "OP_DONE") or "request_id" not in ln:
                continue
            op = ops.setdefault((u, str(ln["request_id"])), Op(u, str(ln["request_id"]), kind_of(ln), None, None))
            op.target = op.target or target_of(ln)
            if ln["event"] == "OP_ISSUED":
                op.issued = ln["real"] if op.issued is None else op.issued
            else:
                op.done, op.ok = ln["real"], bool(ln.get("ok"))
                op.kind = op.kind or kind_of(ln)
                op.key = key_of(ln) if op.ok else None
    return ops


def catalog(run: Run, ops: dict) -> dict[Key, Event]:
    """Every event we know the meaning of: servers' EVENT_STORED, then users' acknowledged ops."""
    events: dict[Key, Event] = {}
    for ln in run.events("EVENT_STORED"):
        k = key_of(ln)
        if k is not None and "author" in ln:
            events[k] = Event(kind_of(ln), str(ln["author"]), target_of(ln))
    for op in ops.values():
        if op.key is not None:
            known = events.setdefault(op.key, Event(op.kind, op.user, op.target))
            known.target = known.target or op.target
    return events


def followers_at(events: dict[Key, Event]):
    """A function (author, key) -> users following author at that point of the total order."""
    changes: dict[str, list[tuple[Key, str, bool]]] = defaultdict(list)
    for k in sorted(events):
        e = events[k]
        if e.kind in ("follow", "unfollow") and e.target:
            changes[e.target].append((k, e.author, e.kind == "follow"))

    def followers(author: str, at: Key) -> set[str]:
        state: dict[str, bool] = {}
        for k, follower, on in changes.get(author, []):
            if k >= at:
                break
            state[follower] = on
        return {f for f, on in state.items() if on}

    return followers


def notifications(run: Run, user: str) -> tuple[dict[tuple[str, int], float], list[tuple[str, str]]]:
    """First receive time per event id, and (kind, problem) for each id received twice by one incarnation."""
    first: dict[tuple[str, int], float] = {}
    duplicates = []
    for seg in run.segments[user]:
        seen: Counter = Counter()
        for ln in seg.lines:
            k = key_of(ln) if ln["event"] == "NOTIFICATION_RECEIVED" else None
            if k is not None:
                eid = (k[1], k[2])
                seen[eid] += 1
                first.setdefault(eid, ln["real"])
                if seen[eid] == 2:
                    kind = "dm" if kind_of(ln) == "dm" else "post"
                    duplicates.append((kind, f"{user} got {kind} {eid[0]}:{eid[1]} more than once"))
    return first, duplicates


def analyze(run: Run, settle_ms: float) -> Section:
    section = Section("Delivery to users")
    users = run.with_role("user")
    if not users:
        section.blocks.append("No user in this run: delivery checks not applicable.")
        section.checks += [Check.not_applicable(name, "no users") for name in CHECKS]
        return section
    ops = collect_ops(run, users)
    events = catalog(run, ops)
    followers = followers_at(events)
    received, dup = {}, {"post": [], "dm": []}
    for u in users:
        received[u], duplicates = notifications(run, u)
        for kind, problem in duplicates:
            dup[kind].append(problem)

    def checkable(user: str, acked: float | None) -> bool:
        last = run.segments[user][-1]
        return acked is not None and last.stopped and acked <= last.end - settle_ms

    missing: dict[str, list[str]] = {"post": [], "dm": []}
    latency: dict[str, list[float]] = {"post": [], "dm": []}
    expected = Counter()
    for op in ops.values():
        if op.key is None or op.kind not in ("post", "dm"):
            continue
        eid = (op.key[1], op.key[2])
        target = op.target or events[op.key].target
        wanted = followers(op.user, op.key) if op.kind == "post" else ({target} if target else set())
        for u in sorted(wanted):
            if u not in received:
                continue  # a user without a log cannot be judged
            if eid in received[u]:
                if op.issued is not None:
                    latency[op.kind].append(received[u][eid] - op.issued)
            elif checkable(u, op.done):
                missing[op.kind].append(f"{u} never got {op.user}'s {op.kind} {fmt(op.key)} ({op.request_id})")
            expected[op.kind] += checkable(u, op.done)

    unexpected = {"post": [], "dm": []}
    by_id = {(k[1], k[2]): (k, e) for k, e in events.items()}
    for u in users:
        for eid in received[u]:
            k, e = by_id.get(eid, (None, None))
            if e is None:
                continue
            if e.kind == "post" and u not in followers(e.author, k):
                unexpected["post"].append(f"{u} got {e.author}'s post {fmt(k)} without following {e.author}")
            elif e.kind == "dm" and e.target and u != e.target:
                unexpected["dm"].append(f"{u} got {e.author}'s message {fmt(k)} addressed to {e.target}")

    section.blocks.append(
        f"Users judged for missing deliveries: those whose log ends with a *_STOPPED line, for operations "
        f"acknowledged at least {settle_ms:.0f} ms before they stopped. Following is judged at the post's "
        "position in the total order, from acknowledged follow/unfollow events and the servers' EVENT_STORED."
    )
    kinds = sorted({op.kind for op in ops.values()})
    section.blocks.append(
        Table(
            ["operation", "issued", "acknowledged", "failed"],
            [
                [
                    k,
                    sum(op.kind == k for op in ops.values()),
                    sum(op.kind == k and op.ok for op in ops.values()),
                    sum(op.kind == k and op.done is not None and not op.ok for op in ops.values()),
                ]
                for k in kinds
            ],
        )
    )
    rows = [
        [name, len(v), ms(percentile(v, 50)), ms(percentile(v, 90)), ms(percentile(v, 99)), ms(max(v, default=None))]
        for name, v in (("post → notification", latency["post"]), ("message → delivery", latency["dm"]))
    ]
    section.blocks.append(Table(["latency (ms, issue → receive)", "n", "p50", "p90", "p99", "max"], rows))
    for kind, name, what in (("post", "post_notifications", "follower"), ("dm", "dm_delivery", "recipient")):
        bad = missing[kind] + dup[kind] + unexpected[kind]
        section.checks.append(
            Check.of(name, bad, f"{expected[kind]} expected deliveries to a {what} checked: each arrived exactly once")
        )
    section.checks.append(conversations(run, users, events))
    anomalies = [
        f"{ln['proc']} at {run.rel(ln['real'])}: " + " ".join(str(ln[f]) for f in ANOMALY_FIELDS if f in ln)
        for ln in run.events("BOT_ANOMALY")
    ]
    section.checks.append(Check.of("no_bot_anomalies", anomalies, "no bot reported an anomaly (BOT_ANOMALY)"))
    section.data = {"latency_ms": latency, "operations": len(ops)}
    return section


def conversations(run: Run, users: list[str], events: dict[Key, Event]) -> Check:
    reads: dict[frozenset, list[tuple[str, float, list[Key]]]] = defaultdict(list)
    bad = []
    for u in users:
        for ln in run.logs[u]:
            if ln["event"] not in CONVERSATION_EVENTS or "peer" not in ln:
                continue
            listed = ln.get("events", ln.get("positions"))
            keys = [position(p) for p in listed] if isinstance(listed, list) else [None]
            if None in keys:
                bad.append(f"{u} at {run.rel(ln['real'])}: events is not a list of [lamport, origin, seq]")
                continue
            reads[frozenset((u, str(ln["peer"])))].append((u, ln["real"], keys))
    if not reads:
        return Check.not_applicable("conversation_order", "no CONVERSATION_READ in this run")
    for pair, pair_reads in reads.items():
        known = {k for k, e in events.items() if e.kind == "dm" and {e.author, e.target} == set(pair)}
        order = sorted(known.union(*(set(keys) for _, _, keys in pair_reads)))
        for u, at, keys in pair_reads:
            peer = next(iter(pair - {u}), u)
            if keys != sorted(set(keys)):
                bad.append(f"{u} read the conversation with {peer} out of order at {run.rel(at)}")
            elif not is_prefix(keys, order):
                i = next(i for i, (a, b) in enumerate(zip(keys, order, strict=False)) if a != b)
                bad.append(
                    f"{u} read the conversation with {peer} at {run.rel(at)} with {fmt(keys[i])} at position {i}; "
                    f"the total order has {fmt(order[i])} there"
                )
    total = sum(len(r) for r in reads.values())
    return Check.of(
        "conversation_order",
        bad,
        f"{total} reads of {len(reads)} conversation(s): each one a prefix of the conversation's total order",
    )
