"""The social network at a prompt, for a person.

Live notifications are printed above the line being typed: patch_stdout makes
every print from the background task go through prompt_toolkit, which redraws
the prompt and what was typed so far underneath.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Callable, Iterable

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.history import InMemoryHistory
from prompt_toolkit.patch_stdout import patch_stdout

from socialnet.users.client import Client, ClientError
from socialnet.users.inbox import NotificationStream
from socialnet.v1 import socialnet_pb2 as pb

SHOWN = 20
HELP = """\
post TEXT              publish a post
follow USER            follow USER
unfollow USER          stop following USER
feed [USER]            your home feed, or USER's posts
dm USER TEXT           send USER a private message
chat USER              your conversation with USER
inbox                  your notifications
who [followers|following] [USER]   who follows USER (or you), whom USER follows
who servers            the servers, and the one you use
sync                   correct your clock against the server (Cristian)
help                   this text
quit                   leave"""
COMMANDS = ("post", "follow", "unfollow", "feed", "dm", "chat", "inbox", "who", "sync", "help", "quit")
WHO = ("followers", "following", "servers")
# How many words come before the free text of a command.
TEXT_AFTER = {"post": 0, "dm": 1}


class Quit(Exception):
    pass


def describe(event: pb.Event, me: str = "") -> str:
    change = event.WhichOneof("change")
    when = f"[{event.lamport}]"
    if change == "post":
        return f"{when} {event.author}: {event.post.text}"
    if change == "direct_message":
        dm = event.direct_message
        # A push carries no text (the PUB socket is not authenticated); `chat` reads it.
        text = dm.text or "(new private message: chat " + (event.author if event.author != me else dm.to) + ")"
        return f"{when} {event.author} -> {dm.to}: {text}"
    if change in ("follow", "unfollow"):
        return f"{when} {event.author} {change}s {getattr(event, change).followee}"
    return f"{when} {event.author}: {change}"


class UserCompleter(Completer):
    """Commands first, then the user names this session has come across."""

    def __init__(self, users: Callable[[], Iterable[str]]) -> None:
        self.users = users

    def get_completions(self, document, complete_event):
        words = document.text_before_cursor.split()
        typing = "" if document.text_before_cursor.endswith(" ") else (words[-1] if words else "")
        position = len(words) - (1 if typing else 0)
        if position == 0:
            choices: Iterable[str] = COMMANDS
        elif position == 1 and words[0] == "who":
            choices = (*WHO, *sorted(self.users()))
        elif position <= 2 and words[0] in ("follow", "unfollow", "feed", "dm", "chat", "who"):
            choices = sorted(self.users())
        else:
            return
        for choice in choices:
            if choice.startswith(typing):
                yield Completion(choice, start_position=-len(typing))


class Repl:
    def __init__(self, client: Client, out: Callable[[str], None] = print) -> None:
        self.client = client
        self.out = out
        self.known_users: set[str] = set()
        self.stream = NotificationStream(client)

    async def handle(self, line: str) -> str:
        """Runs one command line and returns what to show."""
        command, _, rest = line.strip().partition(" ")
        if not command:
            return ""
        # Free text keeps its spacing and quotes: only the words before it are split off.
        args = rest.split(maxsplit=TEXT_AFTER[command]) if command in TEXT_AFTER else rest.split()
        handler = getattr(self, f"_do_{command}", None)
        if handler is None:
            return f"unknown command {command!r}; try help"
        try:
            inspect.signature(handler).bind(*args)
        except TypeError:
            return "usage: " + "\n       ".join(h for h in HELP.splitlines() if h.startswith(command + " "))
        try:
            return await handler(*args)
        except ClientError as e:
            return f"error: {e}"

    async def _do_help(self) -> str:
        return HELP

    async def _do_quit(self) -> str:
        raise Quit

    async def _do_post(self, text: str) -> str:
        event = await self.client.post(text)
        return f"posted {describe(event)}"

    async def _do_follow(self, user: str) -> str:
        await self.client.follow(user)
        self.known_users.add(user)
        return f"you follow {user}"

    async def _do_unfollow(self, user: str) -> str:
        await self.client.unfollow(user)
        return f"you no longer follow {user}"

    async def _do_feed(self, user: str = "") -> str:
        feed = pb.FEED_TIMELINE if user else pb.FEED_HOME
        return self._show(await self.client.read_all(feed, user), "no posts yet")

    async def _do_dm(self, user: str, text: str) -> str:
        event = await self.client.send_message(user, text)
        self.known_users.add(user)
        return f"sent {describe(event, self.client.user)}"

    async def _do_chat(self, user: str) -> str:
        return self._show(await self.client.read_all(pb.FEED_CONVERSATION, user), f"no messages with {user} yet")

    async def _do_inbox(self) -> str:
        return self._show(await self.client.read_all(pb.FEED_NOTIFICATIONS), "no notifications")

    async def _do_who(self, what: str = "followers", user: str = "") -> str:
        if what == "servers":
            await self.client.discover()
            return "\n".join(
                f"{'*' if s == self.client.server else ' '} {s.id} {s.user_endpoint} {s.pub_endpoint}"
                for s in self.client.servers
            )
        if what not in WHO:
            what, user = "followers", what
        users = await (self.client.followers(user) if what == "followers" else self.client.following(user))
        self.known_users.update(users)
        return ", ".join(users) or "nobody"

    async def _do_sync(self) -> str:
        delta = await self.client.sync_clock()
        return f"clock moved by {delta:+.1f} ms"

    def _show(self, events: list[pb.Event], empty: str) -> str:
        for e in events:
            self.known_users.add(e.author)
        shown = [describe(e, self.client.user) for e in events[-SHOWN:]]
        if len(events) > SHOWN:
            shown.insert(0, f"({len(events) - SHOWN} older not shown)")
        return "\n".join(shown) or empty

    async def watch(self) -> None:
        """Prints each new notification as it is delivered."""
        async for event in self.stream:
            self.known_users.add(event.author)
            self.out(f"* {describe(event, self.client.user)}")

    async def run(self) -> None:
        backlog = await self.stream.catch_up()
        self.known_users.update(e.author for e in backlog)
        self.out(f"logged in as {self.client.user} at {self.client.server.id}; {len(backlog)} notifications (inbox)")
        session: PromptSession = PromptSession(
            history=InMemoryHistory(), completer=UserCompleter(lambda: self.known_users)
        )
        with patch_stdout():
            watcher = asyncio.create_task(self.watch())
            try:
                while True:
                    try:
                        line = await session.prompt_async(f"{self.client.user}> ")
                    except KeyboardInterrupt:
                        continue
                    except EOFError:
                        break
                    try:
                        shown = await self.handle(line)
                    except Quit:
                        break
                    if shown:
                        self.out(shown)
            finally:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
