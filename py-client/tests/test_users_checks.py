"""The bot's order checker flags exactly the gaps, duplicates and reorderings it is shown."""

from __future__ import annotations

from socialnet.users.checks import OrderWatch


def p(n: int) -> tuple[int, str, int]:
    return (n, "s1", n)


def kinds(anomalies) -> list[tuple[str, int]]:
    return [(a.kind, a.item[0]) for a in anomalies]


def stream(*ns: int) -> tuple[OrderWatch, list]:
    watch, found = OrderWatch(), []
    for n in ns:
        found += watch.observe(p(n))
    return watch, found


def test_a_clean_stream_and_its_full_read_raise_nothing():
    watch, found = stream(1, 2, 5)
    assert found == []
    assert watch.compare([p(1), p(2), p(5), p(7)]) == []


def test_a_duplicate_in_the_stream():
    watch, found = stream(1, 2, 2, 3)
    assert kinds(found) == [("duplicate", 2)]
    assert watch.compare([p(1), p(2), p(3)]) == []


def test_a_reordering_in_the_stream_is_reported_once():
    watch, found = stream(1, 3, 2)
    assert kinds(found) == [("reorder", 2)]
    assert watch.compare([p(1), p(2), p(3)]) == []


def test_a_gap_in_the_stream_shows_in_the_full_read():
    watch, found = stream(1, 2, 4)
    assert found == []
    assert kinds(watch.compare([p(1), p(2), p(3), p(4), p(5)])) == [("gap", 3)]
    assert watch.compare([p(1), p(2), p(3), p(4), p(5)]) == [], "reported once"


def test_conversation_reads_that_only_grow_are_fine():
    watch = OrderWatch()
    assert watch.read([p(1), p(2)]) == []
    assert watch.read([p(1), p(2), p(3)]) == []
    assert watch.read([p(1), p(2), p(3)]) == []


def test_a_conversation_read_with_an_insertion_is_a_gap():
    watch = OrderWatch()
    watch.read([p(1), p(3)])
    assert kinds(watch.read([p(1), p(2), p(3), p(4)])) == [("gap", 2)]


def test_a_conversation_read_that_lost_an_item():
    watch = OrderWatch()
    watch.read([p(1), p(2), p(3)])
    assert kinds(watch.read([p(1), p(3)])) == [("lost", 2)]


def test_insertions_and_swaps_between_reads():
    watch = OrderWatch()
    watch.read([p(1), p(2), p(3)])
    assert kinds(watch.read([p(1), (1, "s2", 1), p(2), p(3)])) == [("gap", 1)]
    watch2 = OrderWatch()
    watch2.read([p(1), (5, "s1", 2), (5, "s2", 1)])
    assert kinds(watch2.read([p(1), (5, "s2", 1), (5, "s1", 2)])) == [("reorder", 5)]


def test_duplicates_and_disorder_within_one_read():
    watch = OrderWatch()
    assert kinds(watch.read([p(1), p(2), p(2), p(4), p(3)])) == [("duplicate", 2), ("reorder", 3)]
