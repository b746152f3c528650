import pytest
from support import vectors

from socialnet.core import DriftInjector, PhysicalClock, jump, mulberry32

DRIFT = vectors("drift.json")


@pytest.mark.parametrize("case", DRIFT["rng"], ids=lambda c: f"seed {c['seed']}")
def test_mulberry32_matches_the_other_languages(case):
    g = mulberry32(case["seed"])
    assert [next(g) for _ in case["outputs"]] == case["outputs"]


def test_jump_covers_exactly_the_range():
    assert jump(0, 1000) == -1000
    assert jump(2**32 - 1, 1000) == 1000
    assert jump(2**31, 0) == 0


def test_physical_clock_reads_source_plus_offset():
    now = [1000.5]
    clock = PhysicalClock(lambda: now[0])
    clock.adjust(-250)
    now[0] += 10
    assert clock.now_ms() == 760.5
    assert clock.offset_ms == -250


@pytest.mark.parametrize("scenario", DRIFT["scenarios"], ids=lambda s: s["name"])
def test_replays_shared_scenarios(scenario):
    real = [float(scenario["start_real_ms"])]
    clock = PhysicalClock(lambda: real[0])
    injector = DriftInjector(scenario["seed"], scenario["interval_ms"], scenario["max_ms"], scenario["start_real_ms"])
    for step in scenario["steps"]:
        if step["op"] == "advance":
            real[0] = step["real_ms"]
            jumps = injector.poll(real[0])
            for j in jumps:
                clock.adjust(j)
            assert jumps == step["jumps"]
            assert clock.now_ms() == step["expect_ms"]
        else:
            clock.adjust(step["delta_ms"])
            assert clock.offset_ms == step["expect_offset_ms"]
