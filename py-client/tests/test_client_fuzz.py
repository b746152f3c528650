"""Fuzzing the user client's side: whatever a server answers or pushes, the client
raises a ClientError or returns a reply of the kind it asked for (never another
exception), and the notification cursor only moves forward.

The sockets are stubbed out: `_attempt` plays a scripted list of replies and the
notification stream reads from a scripted list, so hypothesis can run thousands of
cases. `make fuzz` runs them longer (HYPOTHESIS_PROFILE=fuzz, see conftest.py).
"""

from __future__ import annotations

import asyncio
import contextlib
from unittest import mock

import zmq.asyncio
from google.protobuf.message import DecodeError
from hypothesis import given
from hypothesis import strategies as st

from socialnet.core.envelope import BODY_KINDS, Opened
from socialnet.users import client as client_module
from socialnet.users.client import Client, ClientError, key, position_of, rate_limit_wait_s
from socialnet.users.inbox import NotificationStream
from socialnet.v1 import socialnet_pb2 as pb

CTX = zmq.asyncio.Context.instance()
KINDS = sorted(BODY_KINDS)
CODES = st.one_of(st.sampled_from(list(pb.ErrorCode.values())), st.integers(min_value=0, max_value=2**31 - 1))
REPLIES_FOR = {
    "post": "write_reply",
    "follow": "write_reply",
    "send_message": "write_reply",
    "read": "read_reply",
    "ack": "ack_reply",
    "login": "login_reply",
}


@st.composite
def envelopes(draw, kinds=KINDS) -> pb.Envelope:
    """A valid envelope of any kind whose body is whatever random bytes decode to."""
    kind = draw(st.sampled_from(kinds))
    env = pb.Envelope(msg_id="s1-x-1", sender="s1", lamport=draw(st.integers(0, 2**63 - 1)))
    body = getattr(env, kind)
    with contextlib.suppress(DecodeError):
        body.MergeFromString(draw(st.binary(max_size=80)))
    body.SetInParent()
    if kind == "error_reply":
        body.code = draw(CODES)
        body.message = draw(st.sampled_from(["", "retry after 7 ms", "retry after 99999999999 ms", "x"]))
    return env


def opened(env: pb.Envelope) -> Opened:
    return Opened(envelope=env, kind=env.WhichOneof("body"), remote_lamport=env.lamport)


def scripted_client(script: list[pb.Envelope | None]) -> Client:
    """A client whose attempts get the scripted replies (None: a timeout), then time out."""
    client = Client("ann", ["tcp://127.0.0.1:9"], password="pw", ctx=CTX, timeout_ms=1, give_up_s=0.02)
    client.token = "v1.ann.1.x"
    replies = iter(script)

    async def attempt(body):
        env = next(replies, None)
        return None if env is None else opened(env)

    async def no_discover():
        return client.servers

    client._attempt = attempt
    client.discover = no_discover
    return client


async def call(client: Client, op: str):
    if op == "post":
        return await client.post("hello")
    if op == "follow":
        return await client.follow("bob")
    if op == "send_message":
        return await client.send_message("bob", "psst")
    if op == "read":
        return await client.read(pb.FEED_HOME)
    if op == "ack":
        return await client.ack(pb.Position(lamport=1, origin="s1", seq=1))
    return await client.login()


@given(op=st.sampled_from(sorted(REPLIES_FOR)), script=st.lists(st.one_of(st.none(), envelopes()), max_size=6))
def test_any_reply_is_a_result_or_a_client_error(op, script):
    client = scripted_client(script)
    # Retries back off with real sleeps; the script plays them instantly.
    with mock.patch.object(client_module.asyncio, "sleep", mock.AsyncMock()):
        try:
            result = asyncio.run(call(client, op))
        except ClientError as e:
            assert isinstance(e.code, int)
        else:
            assert result is not None
    client.close()


@given(message=st.text(max_size=40), hint=st.integers(0, 10**12), attempt=st.integers(1, 10**6))
def test_rate_limit_wait_is_finite_and_at_least_the_hint(message, hint, attempt):
    for text in (message, f"over 5 requests/s; retry after {hint} ms"):
        wait = rate_limit_wait_s(text, attempt)
        assert 0 < wait < float("inf")
    assert rate_limit_wait_s(f"retry after {hint} ms", attempt) >= hint / 1000


positions = st.builds(
    pb.Position,
    lamport=st.integers(0, 2**63 - 1),
    origin=st.sampled_from(["", "s1", "s2", "\x00"]),
    seq=st.integers(0, 2**63 - 1),
)


def event_at(p: pb.Position) -> pb.Event:
    return pb.Event(id=pb.EventId(origin=p.origin, seq=p.seq), lamport=p.lamport, author="bob", post=pb.Post(text="t"))


@given(start=st.one_of(st.none(), positions), pages=st.lists(st.lists(positions, max_size=5), max_size=4))
def test_the_notification_cursor_only_moves_forward(start, pages):
    """Whatever order or repeats a server returns, the cursor is the furthest position seen."""
    client = Client("ann", ["tcp://127.0.0.1:9"], ctx=CTX)
    stream = NotificationStream(client, after=start)
    furthest = None if start is None else key(start)
    for page in pages:
        events = [event_at(p) for p in page]

        async def read_all(feed, peer="", after=None, token="", events=events):
            return events

        client.read_all = read_all
        before = None if stream.cursor is None else key(stream.cursor)
        got = asyncio.run(stream.catch_up())
        assert got == events, "passed on as the server sent them"
        for e in events:
            furthest = max(furthest or key(position_of(e)), key(position_of(e)))
        now = None if stream.cursor is None else key(stream.cursor)
        assert before is None or now >= before
        assert now == furthest
    client.close()


class ScriptedSub:
    def __init__(self, items):
        self.items = list(items)

    async def recv(self, timeout_ms):
        return self.items.pop(0) if self.items else None

    def close(self):
        pass


@given(
    cursor=st.one_of(st.none(), positions),
    pushes=st.lists(st.tuples(st.sampled_from(["ann", "bob", ""]), envelopes()), max_size=6),
)
def test_any_push_only_wakes_the_stream_and_never_moves_the_cursor(cursor, pushes):
    client = Client("ann", ["tcp://127.0.0.1:9"], ctx=CTX)
    stream = NotificationStream(client, after=cursor)
    stream._sub = ScriptedSub([(topic, opened(env)) for topic, env in pushes])
    woke = asyncio.run(stream._wait_for_push(float("inf")))
    newer = [
        env
        for _, env in pushes
        if env.WhichOneof("body") == "notification" and (cursor is None or key(env.notification.position) > key(cursor))
    ]
    assert woke == bool(newer)
    assert stream.cursor == cursor
    client.close()
