"""Lamport's logical clock (docs/core.md, "Lamport clock")."""

from __future__ import annotations


class LamportClock:
    """Counts events so that a cause always carries a smaller timestamp than its effects."""

    def __init__(self, value: int = 0) -> None:
        self._value = value

    @property
    def value(self) -> int:
        return self._value

    def tick(self) -> int:
        """A local event or a send: one step forward."""
        self._value += 1
        return self._value

    def receive(self, remote: int) -> int:
        """Merges a received timestamp: the receive happens after the send it answers."""
        self._value = max(self._value, remote) + 1
        return self._value
