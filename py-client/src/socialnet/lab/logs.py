"""Reading and checking the JSON-lines logs of a run.

Used by the integration tests and by the analysis report, so both judge a run
by the same rules.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from dataclasses import dataclass, field

import jsonschema

from socialnet.lab.procs import REPO

SCHEMA = json.loads((REPO / "proto" / "log-line.schema.json").read_text())


class LogLineInvalid(AssertionError):
    """A log line that does not follow proto/log-line.schema.json."""


def read_log(path: pathlib.Path) -> list[dict]:
    """Every line of a process log, each validated against the shared schema.

    A process killed with SIGKILL may leave a torn last line; it is dropped.
    """
    validator = jsonschema.Draft202012Validator(SCHEMA)
    texts = path.read_text(errors="replace").splitlines()
    lines = []
    for n, text in enumerate(texts, 1):
        try:
            line = json.loads(text)
        except json.JSONDecodeError:
            if n == len(texts):
                break
            raise LogLineInvalid(f"{path.name}:{n}: not JSON: {text[:200]}") from None
        error = next(iter(sorted(validator.iter_errors(line), key=str)), None)
        if error is not None:
            raise LogLineInvalid(f"{path.name}:{n}: {error.message}: {text[:300]}")
        lines.append(line)
    return lines


def lamport_replay_problems(lines: list[dict]) -> list[str]:
    """A process's own log replays its Lamport clock: a send ticks by one, a
    receive jumps to max(previous, remote) + 1, any other line ticks at most once."""
    problems, prev = [], None
    for line in lines:
        now = line["lamport"]
        if prev is not None:
            if line.get("dir") == "send":
                ok = now == prev + 1
            elif line.get("dir") == "recv":
                ok = now == max(prev, line["remote_lamport"]) + 1
            else:
                ok = now in (prev, prev + 1)
            if not ok:
                problems.append(f"{line['proc']}: lamport {prev} -> {now} at {line['event']} {line.get('msg_id', '')}")
        prev = now
    return problems


@dataclass
class Pairing:
    pairs: int = 0
    unmatched_receives: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)


def pair_messages(logs: dict[str, list[dict]]) -> Pairing:
    """Pairs every receive with its send across all logs (msg_id is unique per
    run: it starts with the sender's id) and checks the receive came after."""
    sends = {ln["msg_id"]: (proc, ln) for proc, lines in logs.items() for ln in lines if ln.get("dir") == "send"}
    result = Pairing()
    for proc, lines in logs.items():
        for ln in lines:
            if ln.get("dir") != "recv":
                continue
            found = sends.get(ln["msg_id"])
            if found is None:
                result.unmatched_receives.append(f"{proc} received {ln['msg_id']} with no logged send")
                continue
            sender, send = found
            result.pairs += 1
            if ln["remote_lamport"] != send["lamport"]:
                result.violations.append(f"{ln['msg_id']}: carried {ln['remote_lamport']}, sent at {send['lamport']}")
            if ln["lamport"] <= send["lamport"]:
                result.violations.append(f"{ln['msg_id']}: received at {ln['lamport']} <= sent at {send['lamport']}")
            if ln["peer"] != sender:
                result.violations.append(f"{ln['msg_id']}: {proc} names sender {ln['peer']}, it was {sender}")
    return result


def check_log(path: pathlib.Path, quick_ok: Callable[[object], bool] | None = None) -> tuple[list[dict], list[str]]:
    """Like read_log, but keeps going: the valid lines, and one problem per invalid line.

    A torn last line (a process killed mid-write) is dropped silently, as read_log does.
    quick_ok, if given, accepts lines faster than jsonschema; what it rejects jsonschema judges.
    """
    validator = jsonschema.Draft202012Validator(SCHEMA)
    texts = path.read_text(errors="replace").splitlines()
    lines, problems = [], []
    for n, text in enumerate(texts, 1):
        try:
            line = json.loads(text)
        except json.JSONDecodeError:
            if n < len(texts):
                problems.append(f"{path.name}:{n}: not JSON: {text[:200]}")
            continue
        if (quick_ok is not None and quick_ok(line)) or validator.is_valid(line):
            lines.append(line)
            continue
        error = min(validator.iter_errors(line), key=str)
        problems.append(f"{path.name}:{n}: {error.message}: {text[:300]}")
    return lines, problems


# The first and last lines of a process's life (docs/logs.md). Only these: a
# component that starts inside a process (CLUSTER_STARTED) is not a new life.
PROCESS_STARTED = frozenset({"SERVER_STARTED", "NODE_STARTED", "USER_STARTED"})
PROCESS_STOPPED = frozenset({"SERVER_STOPPED", "NODE_STOPPED", "USER_STOPPED"})


def is_start_event(event: str) -> bool:
    """A process's first line: SERVER_STARTED, NODE_STARTED or USER_STARTED."""
    return event in PROCESS_STARTED


def is_stop_event(event: str) -> bool:
    """The last line of a graceful stop: SERVER_STOPPED, NODE_STOPPED or USER_STOPPED."""
    return event in PROCESS_STOPPED


def segments(lines: list[dict]) -> list[list[dict]]:
    """A log split into incarnations: a process restarted on the same file
    begins a new segment at its start event."""
    parts: list[list[dict]] = []
    for line in lines:
        if not parts or is_start_event(line["event"]):
            parts.append([])
        parts[-1].append(line)
    return parts


def lamport_replay_problems_by_segment(lines: list[dict]) -> list[str]:
    """lamport_replay_problems, restarted at each start event (a restarted
    process may begin again from any Lamport value)."""
    return [problem for part in segments(lines) for problem in lamport_replay_problems(part)]
