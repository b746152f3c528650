"""Seeded clock drift (docs/core.md, "Physical clock and drift").

The generator is mulberry32 because it fits in 32-bit arithmetic, which the
TypeScript, Go and Python versions can all reproduce bit for bit: the same seed
gives the same jumps in every language.
"""

from __future__ import annotations

from collections.abc import Iterator

_MASK = 0xFFFFFFFF


def mulberry32(seed: int) -> Iterator[int]:
    """Endless uint32 outputs; every product is reduced mod 2^32 as JavaScript's Math.imul does."""
    a = seed & _MASK
    while True:
        a = (a + 0x6D2B79F5) & _MASK
        t = ((a ^ (a >> 15)) * (1 | a)) & _MASK
        t = ((t + (((t ^ (t >> 7)) * (61 | t)) & _MASK)) & _MASK) ^ t
        yield (t ^ (t >> 14)) & _MASK


def jump(u32: int, max_ms: int) -> int:
    """Maps one generator output onto [-max_ms, +max_ms] with integer arithmetic only."""
    return (u32 * (2 * max_ms + 1)) // 2**32 - max_ms


class DriftInjector:
    """Decides when and how far the clock jumps; the driver applies the jumps.

    Pure: it reads no clock of its own, so a test (or a simulator) can replay any
    schedule by passing the times it wants.
    """

    def __init__(self, seed: int, interval_ms: int, max_ms: int, start_real_ms: float) -> None:
        if interval_ms <= 0:
            raise ValueError("interval_ms must be positive")
        self._rng = mulberry32(seed)
        self._interval_ms = interval_ms
        self._max_ms = max_ms
        self._next_at = start_real_ms + interval_ms

    def poll(self, real_ms: float) -> list[int]:
        """One jump per interval boundary reached since the last poll (none when called early)."""
        jumps = []
        while real_ms >= self._next_at:
            # max_ms = 0 still draws, so switching drift off keeps later draws aligned.
            jumps.append(jump(next(self._rng), self._max_ms))
            self._next_at += self._interval_ms
        return jumps
