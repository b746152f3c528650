"""ZeroMQ sockets that speak envelopes (docs/core.md, "Framing on the wire").

| socket pair     | frames as sent          | frames as received      |
| DEALER -> ROUTER | [envelope]             | ROUTER: [identity, envelope] |
| ROUTER -> DEALER | [identity, envelope]   | DEALER: [envelope]      |
| PUB -> SUB       | [topic, envelope]      | [topic, envelope]       |

Every envelope send is seal -> log SEND -> send, and every receive is
recv -> open -> log RECV, with no await between the clock step and its log
line, so no other coroutine can tick the clock in between and the log
replays the Lamport clock exactly.

Receives never cancel a pending recv (pyzmq can lose a message that way):
they wait with poll(timeout) and call recv only once a message is there.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import zmq
import zmq.asyncio
from google.protobuf.message import DecodeError, Message

from socialnet.core.envelope import Envelopes, MalformedEnvelope, Opened
from socialnet.core.log import ProcessLog
from socialnet.core.member_auth import AuthRejected, MemberAuth
from socialnet.v1 import socialnet_pb2 as pb

MAX_FRAME = 64 * 1024
# libzmq drops the connection of a peer whose frame is over its limit, so the
# frame could not be answered: its hard stop sits above our own 64 KiB check.
HARD_FRAME_LIMIT = 1024 * 1024


@dataclass(frozen=True)
class Incoming:
    """An envelope a ROUTER received, with the identity to answer it on."""

    identity: bytes
    message: Opened


class _Socket:
    def __init__(self, ctx: zmq.asyncio.Context, kind: int, envelopes: Envelopes, log: ProcessLog) -> None:
        self.zmq = ctx.socket(kind)
        # Nothing may keep a process alive at exit for a peer that is gone.
        self.zmq.setsockopt(zmq.LINGER, 0)
        self.envelopes = envelopes
        self.log = log
        # Member traffic only (docs/protocol.md, "Member authentication"): signs every send, checks every receive.
        self.auth: MemberAuth | None = None

    def _seal(self, body: Message | str, reply_to: str) -> tuple[bytes, pb.Envelope]:
        data, env = self.envelopes.seal(body, reply_to)
        return (data if self.auth is None else self.auth.sign(data)), env

    def close(self) -> None:
        self.zmq.close(linger=0)

    def _limit_inbound(self) -> None:
        self.zmq.setsockopt(zmq.MAXMSGSIZE, HARD_FRAME_LIMIT)

    async def _ready(self, event: int, timeout_ms: float) -> bool:
        # Asking libzmq first skips the costly poll future whenever a message (or room) is already there.
        if self.zmq.getsockopt(zmq.EVENTS) & event:
            return True
        return bool(await self.zmq.poll(timeout_ms, event))

    async def _frames(self, deadline: float | None) -> list[bytes] | None:
        """The next multipart message, or None once the deadline (monotonic s) has passed."""
        timeout_ms = -1 if deadline is None else max(0, round((deadline - time.monotonic()) * 1000))
        if not await self._ready(zmq.POLLIN, timeout_ms):
            return None
        return await self.zmq.recv_multipart()

    def _open(self, data: bytes, peer: str) -> Opened | None:
        """Opens and logs in one synchronous step; a bad frame is logged and yields None."""
        opened = self._open_or_code(data, peer)
        return None if isinstance(opened, int) else opened

    def _open_or_code(self, data: bytes, peer: str) -> Opened | int:
        """_open, or the error code that answers the bad frame (already logged)."""
        if len(data) > MAX_FRAME:
            self._malformed(peer, "too large", len(data))
            return pb.ERROR_CODE_TOO_LARGE
        try:
            if self.auth is None:
                opened = self.envelopes.open(data)
            else:
                opened = self.envelopes.open(self.auth.verify(data), self.auth.admit)
        except MalformedEnvelope as e:
            self._malformed(peer, str(e), len(data))
            return pb.ERROR_CODE_MALFORMED
        except AuthRejected as e:
            self._rejected(peer, e, data)
            return pb.ERROR_CODE_BAD_SIGNATURE
        self.log.received(opened.envelope, opened.envelope.sender, opened.remote_lamport)
        return opened

    def _malformed(self, peer: str, reason: str, size: int) -> None:
        self.log.event("MALFORMED_FRAME", level="warn", peer=peer, reason=reason, size=size)

    def _rejected(self, peer: str, err: AuthRejected, data: bytes) -> None:
        # The msg_id the frame claims, when it decodes: it may be forged, but it finds the capture a replay copied.
        claimed = {"msg_id": msg_id} if (msg_id := _claimed_msg_id(data)) else {}
        self.log.event("AUTH_REJECTED", level="warn", peer=peer, reason=err.reason, size=len(data), **claimed)


def _claimed_msg_id(data: bytes) -> str:
    """The msg_id a refused frame claims, for the log only (it may be forged): "" when it does not decode."""
    env = pb.Envelope()
    try:
        env.ParseFromString(data)
    except (DecodeError, ValueError):
        return ""
    return env.msg_id


def _deadline(timeout_ms: float | None) -> float | None:
    return None if timeout_ms is None else time.monotonic() + timeout_ms / 1000


class DealerSocket(_Socket):
    """The asking side: one server at a time, requests matched to replies by msg_id."""

    def __init__(self, ctx: zmq.asyncio.Context, envelopes: Envelopes, log: ProcessLog) -> None:
        super().__init__(ctx, zmq.DEALER, envelopes, log)
        # Queue nothing on a pipe to a server that is not (or no longer) there.
        self.zmq.setsockopt(zmq.IMMEDIATE, 1)
        self._limit_inbound()
        self.peer = ""

    def connect(self, endpoint: str, peer: str | None = None) -> None:
        """peer names the server in SEND lines; the endpoint stands in when its id is unknown."""
        self.zmq.connect(endpoint)
        self.peer = peer or endpoint

    async def send(self, body: Message | str, reply_to: str = "", timeout_ms: float | None = None) -> pb.Envelope:
        # Wait for room first, so the Lamport tick and SEND line are only made for a send that happens.
        if not await self.writable(timeout_ms):
            raise TimeoutError(f"no connected peer at {self.peer} within {timeout_ms} ms")
        data, env = self._seal(body, reply_to)
        self.log.sent(env, self.peer)
        await self.zmq.send(data)
        return env

    async def recv(self, timeout_ms: float | None = None) -> Opened | None:
        """The next good envelope, or None on timeout; bad frames are logged and skipped."""
        deadline = _deadline(timeout_ms)
        while (frames := await self._frames(deadline)) is not None:
            if len(frames) != 1:
                self._malformed(self.peer, f"{len(frames)} frames", sum(map(len, frames)))
                continue
            if (opened := self._open(frames[0], self.peer)) is not None:
                return opened
        return None

    async def writable(self, timeout_ms: float | None = None) -> bool:
        """True once a send would not wait: a server is connected and its queue has room."""
        return await self._ready(zmq.POLLOUT, -1 if timeout_ms is None else timeout_ms)

    async def send_raw(self, data: bytes) -> None:
        """The raw baseline: bytes with no envelope, no clocks and no log line."""
        await self.zmq.send(data)

    async def recv_raw(self, timeout_ms: float | None = None) -> bytes | None:
        frames = await self._frames(_deadline(timeout_ms))
        return None if frames is None else frames[-1]


class RouterSocket(_Socket):
    """The serving side: answers each request on the identity it came from."""

    def __init__(self, ctx: zmq.asyncio.Context, envelopes: Envelopes, log: ProcessLog) -> None:
        super().__init__(ctx, zmq.ROUTER, envelopes, log)
        # Without it a reply to a full or unknown peer vanishes silently.
        self.zmq.setsockopt(zmq.ROUTER_MANDATORY, 1)
        self._limit_inbound()
        # Identities are random bytes; logs name the peer by the sender id it used last.
        self._names: dict[bytes, str] = {}

    def bind(self, endpoint: str) -> None:
        self.zmq.bind(endpoint)

    @property
    def last_endpoint(self) -> str:
        return self.zmq.getsockopt_string(zmq.LAST_ENDPOINT)

    def peer_name(self, identity: bytes) -> str:
        return self._names.get(identity, identity.hex())

    async def send(self, identity: bytes, body: Message | str, reply_to: str = "") -> pb.Envelope | None:
        """None when the peer is gone (logged as UNROUTABLE)."""
        data, env = self._seal(body, reply_to)
        peer = self.peer_name(identity)
        self.log.sent(env, peer)
        try:
            await self.zmq.send_multipart([identity, data])
        except zmq.ZMQError as e:
            if e.errno != zmq.EHOSTUNREACH:
                raise
            self.log.event("UNROUTABLE", level="warn", msg_id=env.msg_id, peer=peer)
            return None
        return env

    async def recv(self, timeout_ms: float | None = None) -> Incoming | None:
        """The next good envelope; bad frames are answered with an ErrorReply and skipped."""
        deadline = _deadline(timeout_ms)
        while (frames := await self._frames(deadline)) is not None:
            identity = frames[0]
            peer = self.peer_name(identity)
            if len(frames) != 2:
                self._malformed(peer, f"{len(frames)} frames", sum(map(len, frames)))
                await self._refuse(identity, pb.ERROR_CODE_MALFORMED, "expected exactly one envelope frame")
                continue
            if len(frames[1]) > MAX_FRAME:
                self._malformed(peer, "too large", len(frames[1]))
                await self._refuse(identity, pb.ERROR_CODE_TOO_LARGE, f"frame over {MAX_FRAME} bytes")
                continue
            opened = self._open_or_code(frames[1], peer)
            if isinstance(opened, int):
                why = "not a signed member envelope" if opened == pb.ERROR_CODE_BAD_SIGNATURE else "not an Envelope"
                await self._refuse(identity, opened, why)
                continue
            self._names[identity] = opened.envelope.sender
            return Incoming(identity, opened)
        return None

    async def _refuse(self, identity: bytes, code: int, message: str) -> None:
        await self.send(identity, pb.ErrorReply(code=code, message=message))

    async def send_raw(self, identity: bytes, data: bytes) -> None:
        await self.zmq.send_multipart([identity, data])

    async def recv_raw(self, timeout_ms: float | None = None) -> tuple[bytes, bytes] | None:
        frames = await self._frames(_deadline(timeout_ms))
        return None if frames is None else (frames[0], frames[-1])


class PubSocket(_Socket):
    """Pushes to every subscriber of a topic; a hint only, never the only copy."""

    def __init__(self, ctx: zmq.asyncio.Context, envelopes: Envelopes, log: ProcessLog) -> None:
        super().__init__(ctx, zmq.PUB, envelopes, log)

    def bind(self, endpoint: str) -> None:
        self.zmq.bind(endpoint)

    @property
    def last_endpoint(self) -> str:
        return self.zmq.getsockopt_string(zmq.LAST_ENDPOINT)

    async def publish(self, topic: str, body: Message | str, reply_to: str = "") -> pb.Envelope:
        data, env = self.envelopes.seal(body, reply_to)
        self.log.sent(env, topic)
        await self.zmq.send_multipart([topic.encode(), data])
        return env

    async def publish_raw(self, topic: str, data: bytes) -> None:
        await self.zmq.send_multipart([topic.encode(), data])


class SubSocket(_Socket):
    """Receives the topics it subscribed to, and only exactly those."""

    def __init__(self, ctx: zmq.asyncio.Context, envelopes: Envelopes, log: ProcessLog) -> None:
        super().__init__(ctx, zmq.SUB, envelopes, log)
        self._limit_inbound()
        self._topics: set[bytes] = set()
        self.peer = ""

    def connect(self, endpoint: str) -> None:
        self.zmq.connect(endpoint)
        self.peer = endpoint

    def subscribe(self, topic: str) -> None:
        self._topics.add(topic.encode())
        self.zmq.setsockopt(zmq.SUBSCRIBE, topic.encode())

    async def recv(self, timeout_ms: float | None = None) -> tuple[str, Opened] | None:
        """(topic, envelope), or None on timeout."""
        deadline = _deadline(timeout_ms)
        while (frames := await self._frames(deadline)) is not None:
            if len(frames) != 2:
                self._malformed(self.peer, f"{len(frames)} frames", sum(map(len, frames)))
                continue
            # ZeroMQ filters by prefix: "bob" also gets "bobby". Dropped before open, so the
            # clock never merges a message that was not for us.
            if frames[0] not in self._topics:
                continue
            if (opened := self._open(frames[1], self.peer)) is not None:
                return frames[0].decode(errors="replace"), opened
        return None

    async def recv_raw(self, timeout_ms: float | None = None) -> tuple[bytes, bytes] | None:
        frames = await self._frames(_deadline(timeout_ms))
        return None if frames is None else (frames[0], frames[-1])
