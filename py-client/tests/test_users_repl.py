"""The REPL's commands and completion, without a terminal."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from fake_cluster import FakeCluster
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from socialnet.users.repl import Quit, Repl, UserCompleter


@pytest.fixture
async def repls(tmp_path):
    cluster = FakeCluster(tmp_path)
    cluster.server("s1")
    made = []
    for user in ("alice", "bob"):
        client = cluster.client(user)
        await client.start(register=True)
        made.append(Repl(client, out=lambda _: None))
    yield made
    await cluster.close()


async def test_a_session(repls):
    alice, bob = repls
    assert await bob.handle("follow alice") == "you follow alice"
    assert "alice: hello  world" in await alice.handle("post hello  world")
    assert "alice: hello  world" in await bob.handle("feed")
    assert "alice: hello  world" in await bob.handle("feed alice")
    assert "alice -> bob: it's a secret" in await alice.handle("dm bob it's a secret")
    assert "alice -> bob: it's a secret" in await bob.handle("chat alice")
    inbox = await bob.handle("inbox")
    assert "alice: hello  world" in inbox and "it's a secret" in inbox
    assert await alice.handle("who") == "bob"
    assert await alice.handle("who followers") == "bob"
    assert await bob.handle("who following") == "alice"
    assert "* s1 tcp://127.0.0.1:" in await bob.handle("who servers")
    assert "clock moved by" in await bob.handle("sync")
    assert await bob.handle("unfollow alice") == "you no longer follow alice"
    assert await bob.handle("feed") == "no posts yet"
    assert "alice" in bob.known_users


async def test_mistakes_get_a_hint(repls):
    alice, _ = repls
    assert (await alice.handle("post")).startswith("usage: post TEXT")
    assert (await alice.handle("dm bob")).startswith("usage: dm USER TEXT")
    assert "unknown command" in await alice.handle("shout hi")
    assert await alice.handle("follow ghost") == "error: UNKNOWN_USER"
    assert await alice.handle("   ") == ""
    assert "quit" in await alice.handle("help")
    with pytest.raises(Quit):
        await alice.handle("quit")


async def test_live_notifications_are_printed(repls):
    alice, bob = repls
    printed: list[str] = []
    bob.out = printed.append
    await bob.handle("follow alice")
    watcher = asyncio.create_task(bob.watch())
    try:
        await asyncio.sleep(0.3)
        await alice.handle("post ping")
        for _ in range(100):
            if printed:
                break
            await asyncio.sleep(0.05)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
    assert printed and printed[0].startswith("* [") and printed[0].endswith("alice: ping")


def completions(text: str, users=("alice", "albert")) -> list[str]:
    completer = UserCompleter(lambda: users)
    return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]


def test_completion_of_commands_and_names():
    assert completions("f") == ["follow", "feed"]
    assert completions("follow al") == ["albert", "alice"]
    assert completions("who s") == ["servers"]
    assert completions("dm ") == ["albert", "alice"]
    assert completions("post al") == []
