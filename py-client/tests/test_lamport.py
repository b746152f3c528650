import pytest
from support import vectors

from socialnet.core import LamportClock


def test_tick_counts_local_events():
    clock = LamportClock()
    assert [clock.tick(), clock.tick()] == [1, 2]
    assert clock.value == 2


def test_receive_jumps_past_the_remote_and_never_goes_back():
    clock = LamportClock(5)
    assert clock.receive(10) == 11
    assert clock.receive(3) == 12


@pytest.mark.parametrize("scenario", vectors("lamport.json"), ids=lambda s: s["name"])
def test_replays_shared_vectors(scenario):
    clock = LamportClock()
    for step in scenario["steps"]:
        got = clock.receive(step["remote"]) if step["op"] == "receive" else clock.tick()
        assert got == step["expect"] == clock.value
