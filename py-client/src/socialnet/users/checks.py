"""What a bot checks about what it receives: the order it has seen never changes.

Pure functions and one small class, no I/O, so the rules can be tested with
hand-made sequences. An item is identified by its position (lamport, origin,
seq), which is unique per event and also says where it belongs in the order.

- duplicate: the same item twice (in a stream, or within one read);
- reorder: an item at or before one already seen, or two items whose order
  changed between two reads;
- gap: a later read shows an item in the middle of what was already seen,
  so it had been skipped;
- lost: an item seen before is missing from a later full read.
"""

from __future__ import annotations

from dataclasses import dataclass

Item = tuple[int, str, int]


@dataclass(frozen=True)
class Anomaly:
    kind: str
    item: Item
    detail: str = ""


class OrderWatch:
    """One sequence that may only grow: a notification stream, or a conversation read again and again."""

    def __init__(self) -> None:
        self.seen: list[Item] = []
        self._seen_set: set[Item] = set()
        # Reported once: a later full read must not report the same item again.
        self._flagged: set[Item] = set()

    def observe(self, item: Item) -> list[Anomaly]:
        """One more item of a stream."""
        if item in self._seen_set:
            return [Anomaly("duplicate", item, "received again")]
        found = []
        if self.seen and item <= self.seen[-1]:
            found.append(Anomaly("reorder", item, f"arrived after {self.seen[-1]}"))
            self._flagged.add(item)
        self.seen.append(item)
        self._seen_set.add(item)
        return found

    def read(self, items: list[Item]) -> list[Anomaly]:
        """A full read from the start that replaces what was seen: it must extend it."""
        found = self.compare(items)
        self.seen = _unique(items)
        self._seen_set = set(self.seen)
        return found

    def compare(self, items: list[Item]) -> list[Anomaly]:
        """A full read from the start, checked against a stream that goes on (seen is kept)."""
        found = _within(items)
        self._flagged.update(a.item for a in found)
        current = set(items)
        found += [
            Anomaly("lost", i, "seen before, missing now")
            for i in self.seen
            if i not in current and i not in self._flagged
        ]
        kept = [i for i in self.seen if i in current and i not in self._flagged]
        later = [i for i in items if i in self._seen_set and i not in self._flagged]
        if kept != later:
            first = next(a for a, b in zip(kept, later, strict=True) if a != b)
            found.append(Anomaly("reorder", first, "order changed between reads"))
        if later:
            last_seen_at = max(k for k, i in enumerate(items) if i == later[-1])
            found += [
                Anomaly("gap", i, "appeared before items already seen")
                for i in items[:last_seen_at]
                if i not in self._seen_set and i not in self._flagged
            ]
        self._flagged.update(a.item for a in found)
        return found


def _within(items: list[Item]) -> list[Anomaly]:
    """Duplicates and order within one read."""
    found, seen, previous = [], set(), None
    for item in items:
        if item in seen:
            found.append(Anomaly("duplicate", item, "twice in one read"))
            continue
        if previous is not None and item <= previous:
            found.append(Anomaly("reorder", item, f"after {previous} in one read"))
        seen.add(item)
        previous = item
    return found


def _unique(items: list[Item]) -> list[Item]:
    return list(dict.fromkeys(items))
