"""Test helpers: repository paths, the shared vectors, log checks, and one process's core.

A module of its own rather than conftest.py: tests/integration has a conftest too,
and `from conftest import` would pick whichever came first on sys.path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jsonschema import Draft202012Validator

from socialnet.core import Envelopes, LamportClock, PhysicalClock, ProcessLog
from socialnet.v1 import socialnet_pb2 as pb

REPO = Path(__file__).resolve().parents[2]
TESTDATA = REPO / "proto" / "testdata"
LOG_SCHEMA = json.loads((REPO / "proto" / "log-line.schema.json").read_text(encoding="utf-8"))
ROLE_NAMES = {pb.ROLE_SERVER: "server", pb.ROLE_CLOCK: "clock", pb.ROLE_USER: "user"}


def vectors(name: str):
    return json.loads((TESTDATA / name).read_text(encoding="utf-8"))


def read_log(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_valid_log(lines: list[dict]) -> None:
    validator = Draft202012Validator(LOG_SCHEMA)
    for line in lines:
        errors = [e.message for e in validator.iter_errors(line)]
        assert not errors, (line, errors)


def assert_lamport_replays(lines: list[dict]) -> None:
    """A process's own log replays its clock: send = previous + 1, recv = max(previous, remote) + 1."""
    previous = 0
    for line in lines:
        if line.get("dir") == "send":
            assert line["lamport"] == previous + 1, line
        elif line.get("dir") == "recv":
            assert line["lamport"] == max(previous, line["remote_lamport"]) + 1, line
        else:
            assert line["lamport"] == previous, line
        previous = line["lamport"]


@dataclass
class Process:
    """The core pieces one process holds, wired as a driver would wire them."""

    lamport: LamportClock
    clock: PhysicalClock
    envelopes: Envelopes
    log: ProcessLog
    log_path: Path

    def lines(self) -> list[dict]:
        self.log.flush()
        return read_log(self.log_path)
