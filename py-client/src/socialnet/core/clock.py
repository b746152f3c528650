"""The simulated physical clock (docs/core.md, "Physical clock and drift")."""

from __future__ import annotations

import time
from collections.abc import Callable


def host_ms() -> float:
    return time.time() * 1000


class PhysicalClock:
    """The host clock plus an offset that drift, Berkeley and Cristian move.

    The source is injectable so that tests can drive time by hand.
    """

    def __init__(self, source: Callable[[], float] = host_ms, offset_ms: float = 0.0) -> None:
        self._source = source
        self._offset_ms = float(offset_ms)

    @property
    def offset_ms(self) -> float:
        return self._offset_ms

    def now_ms(self) -> float:
        return self._source() + self._offset_ms

    def adjust(self, delta_ms: float) -> None:
        """Every correction goes through here, so the offset is the whole story of this clock."""
        self._offset_ms += delta_ms
