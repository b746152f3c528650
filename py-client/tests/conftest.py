"""Fixtures shared by the unit tests; the helpers themselves live in support.py."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from support import ROLE_NAMES, Process

from socialnet.core import Envelopes, LamportClock, PhysicalClock, ProcessLog
from socialnet.v1 import socialnet_pb2 as pb

# `make fuzz` runs every hypothesis property as a long campaign: HYPOTHESIS_PROFILE=fuzz.
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")), deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def make_process(tmp_path):
    made: list[Process] = []

    def make(proc: str, role: int = pb.ROLE_USER) -> Process:
        lamport, clock = LamportClock(), PhysicalClock()
        path = tmp_path / f"{proc}.jsonl"
        log = ProcessLog(path, proc, ROLE_NAMES[role], lamport, clock)
        made.append(Process(lamport, clock, Envelopes(proc, role, lamport, clock), log, path))
        return made[-1]

    yield make
    for p in made:
        p.log.close()
