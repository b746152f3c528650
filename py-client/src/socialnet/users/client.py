"""A user's connection to the social network (the contract is docs/social.md).

One request is in flight at a time, as for a person at a keyboard: the
Lazy Pirate pattern of the ZeroMQ guide then stays simple. A request that
gets no reply within the timeout is sent again with the same request_id on
a fresh DEALER to the next server (the old socket may hold a wedged pipe),
so the server's idempotency turns every retry into the first result.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import random
import re
import secrets
import time
import zlib
from dataclasses import dataclass

import zmq.asyncio
from google.protobuf.message import Message

from socialnet.core import DealerSocket, Envelopes, LamportClock, Opened, PhysicalClock, ProcessLog
from socialnet.users.faults import FaultFilter
from socialnet.v1 import socialnet_pb2 as pb

# The server cannot serve this write now, but another one (or the same one later) may.
FAIL_OVER_ON = frozenset({pb.ERROR_CODE_UNAVAILABLE, pb.ERROR_CODE_NO_QUORUM})
DEFAULT_TIMEOUT_MS = 2000
# Over a server's per-user rate limit: wait as long as it says, doubling from this, up to the cap.
RATE_LIMIT_BACKOFF_S = 0.05
RATE_LIMIT_BACKOFF_MAX_S = 2.0
DEFAULT_GIVE_UP_S = 30.0
DISCOVER_TIMEOUT_MS = 1000
PAGE = 1000


class ClientError(Exception):
    """The server refused a request, with the code of its ErrorReply."""

    def __init__(self, code: int, message: str = "", request_id: str = "") -> None:
        self.code = code
        self.request_id = request_id
        super().__init__(f"{self.code_name}: {message}" if message else self.code_name)

    @property
    def code_name(self) -> str:
        # A newer server may send a code this client does not know yet: still an error, named by its number.
        if self.code not in pb.ErrorCode.values():
            return f"CODE_{self.code}"
        return pb.ErrorCode.Name(self.code).removeprefix("ERROR_CODE_")


class Unreachable(ClientError):
    """No server answered before the client gave up; the write may or may not be stored."""

    def __init__(self, message: str, request_id: str = "") -> None:
        super().__init__(pb.ERROR_CODE_UNAVAILABLE, message, request_id)

    @property
    def code_name(self) -> str:
        return "TIMEOUT"


@dataclass(frozen=True)
class Server:
    id: str
    user_endpoint: str
    pub_endpoint: str = ""


def key(position: pb.Position) -> tuple[int, str, int]:
    """The total order (lamport, origin, seq) as something Python compares."""
    return (position.lamport, position.origin, position.seq)


def position_of(event: pb.Event) -> pb.Position:
    return pb.Position(lamport=event.lamport, origin=event.id.origin, seq=event.id.seq)


def event_id(event: pb.Event) -> str:
    return f"{event.id.origin}:{event.id.seq}"


def preferred_index(user: str, count: int) -> int:
    """Spreads users over the servers; crc32 because hash() of a str differs per process."""
    return zlib.crc32(user.encode()) % count


class Client:
    """Every operation of docs/social.md, with retries, failover and Cristian clock sync."""

    def __init__(
        self,
        user: str,
        seeds: list[str],
        *,
        password: str = "",
        proc: str = "",
        log_path: str | None = None,
        timeout_ms: float = DEFAULT_TIMEOUT_MS,
        give_up_s: float = DEFAULT_GIVE_UP_S,
        ctx: zmq.asyncio.Context | None = None,
        fault_file: str | None = None,
    ) -> None:
        if not seeds:
            raise ValueError("at least one seed server is needed")
        self.user = user
        self.password = password
        self.seeds = list(seeds)
        self.timeout_ms = timeout_ms
        self.give_up_s = give_up_s
        # The process id names the sender; two sessions of one user in a run need two of them.
        self.proc = proc or user
        self.lamport, self.clock = LamportClock(), PhysicalClock()
        self.log = ProcessLog(log_path, self.proc, "user", self.lamport, self.clock)
        self.envelopes = Envelopes(self.proc, pb.ROLE_USER, self.lamport, self.clock)
        # The servers this user is cut off from (a partition the lab imposes): see faults.py.
        self.faults = FaultFilter(fault_file, self.log)
        self._own_ctx = ctx is None
        self.ctx = ctx or zmq.asyncio.Context()
        self.token = ""
        self.servers = [Server(ep, ep) for ep in self.seeds]
        self._index = preferred_index(user, len(self.servers))
        self._dealer: DealerSocket | None = None
        # Bumped on every reconnect: the notification stream reads its cursor when it changes.
        self.generation = 0
        self._lock = asyncio.Lock()
        # Unique across restarts of the same user, so an old request_id never returns an old event.
        self._request_ids = (f"{user}.{secrets.token_hex(4)}.{n}" for n in itertools.count(1))
        self._rounds = itertools.count(1)
        # Round trip of the attempt that got the latest reply (not of the retries before it).
        self.last_rtt_ms = 0.0

    @property
    def server(self) -> Server:
        return self.servers[self._index]

    def new_request_id(self) -> str:
        return next(self._request_ids)

    # ---- servers ------------------------------------------------------------

    async def discover(self) -> list[Server]:
        """Asks the seeds (then the known servers) for the view and picks this user's server."""
        candidates = dict.fromkeys([*self.seeds, *(s.user_endpoint for s in self.servers)])
        for endpoint in candidates:
            view = await self._discover_at(endpoint)
            if view is None:
                continue
            active = sorted(
                (
                    Server(m.id, m.user_endpoint, m.pub_endpoint)
                    for m in view.members
                    if m.role == pb.ROLE_SERVER and m.state == pb.MEMBER_STATE_ACTIVE and m.user_endpoint
                ),
                key=lambda s: s.id,
            )
            if active:
                # Under the lock: switching servers must not close a DEALER a request is waiting on.
                async with self._lock:
                    self._use_servers(active)
                self.log.event("SERVERS_DISCOVERED", epoch=view.epoch, servers=[s.id for s in active])
                return active
        self.log.event("DISCOVER_FAILED", level="warn", tried=list(candidates))
        return self.servers

    async def _discover_at(self, endpoint: str) -> pb.View | None:
        """One try, no retries: a dead seed must not hold up the next one."""
        if self.faults.cut_off(endpoint):
            await self._dropped("discover_request", endpoint, DISCOVER_TIMEOUT_MS)
            return None
        dealer = DealerSocket(self.ctx, self.envelopes, self.log)
        try:
            dealer.connect(endpoint)
            env = await dealer.send(
                pb.DiscoverRequest(request_id=self.new_request_id()), timeout_ms=DISCOVER_TIMEOUT_MS
            )
            reply = await _reply_to(dealer, env.msg_id, DISCOVER_TIMEOUT_MS)
        except TimeoutError:
            return None
        finally:
            dealer.close()
        if reply is None or reply.kind != "discover_reply":
            return None
        return reply.envelope.discover_reply.view

    def _use_servers(self, servers: list[Server]) -> None:
        current = self.server
        self.servers = servers
        index = preferred_index(self.user, len(servers))
        if servers[index].user_endpoint != current.user_endpoint:
            self._reconnect("discover", index, current)
            return
        self._index = index
        if self.server.pub_endpoint != current.pub_endpoint:
            # Same DEALER, but the notification stream has a PUB endpoint to (re)subscribe to now.
            self.generation += 1

    def _reconnect(self, reason: str, index: int, before: Server | None = None) -> None:
        """A fresh DEALER to servers[index]: even to the same server, as the old one may hold a dead pipe."""
        before = before or self.server
        self._index = index
        if self._dealer is not None:
            self._dealer.close()
            self._dealer = None
        self.generation += 1
        self.log.event("RECONNECT", reason=reason, **{"from": before.id, "to": self.server.id})

    def _socket(self) -> DealerSocket:
        if self._dealer is None:
            self._dealer = DealerSocket(self.ctx, self.envelopes, self.log)
            self._dealer.connect(self.server.user_endpoint, self.server.id)
        return self._dealer

    # ---- requests -----------------------------------------------------------

    async def request(self, body: Message) -> Opened:
        """Sends body until a server answers it; raises ClientError for an error reply.

        Each attempt is a new envelope (new msg_id) carrying the same body, so
        the same request_id.
        """
        request_id = getattr(body, "request_id", "")
        give_up = time.monotonic() + self.give_up_s
        renewed = False
        # The last refusal a server gave (NO_QUORUM, UNAVAILABLE): the clearest error to give up with.
        refused: pb.ErrorReply | None = None
        for attempt in itertools.count(1):
            async with self._lock:
                reply = await self._attempt(body)
                if reply is not None and reply.kind != "error_reply":
                    return reply
                code = reply.envelope.error_reply.code if reply is not None else None
                if reply is not None:
                    refused = reply.envelope.error_reply
                if code == pb.ERROR_CODE_RATE_LIMITED:
                    # The same server, later: failing over would only spread the load we were asked to shed.
                    wait_s = rate_limit_wait_s(reply.envelope.error_reply.message, attempt)
                    if time.monotonic() + wait_s >= give_up:
                        raise ClientError(code, reply.envelope.error_reply.message, request_id)
                    self.log.event(
                        "REQUEST_RETRY",
                        level="warn",
                        request_id=request_id,
                        reason="RATE_LIMITED",
                        wait_ms=round(wait_s * 1000),
                    )
                    await asyncio.sleep(wait_s)
                    continue
                renew = not renewed and self._may_log_in_again(body, code)
                if code is not None and code not in FAIL_OVER_ON and not renew:
                    raise ClientError(code, reply.envelope.error_reply.message, request_id)
                if not renew:
                    reason = "timeout" if code is None else pb.ErrorCode.Name(code)
                    self.log.event("REQUEST_RETRY", level="warn", request_id=request_id, reason=reason)
                    self._reconnect(reason, (self._index + 1) % len(self.servers))
            if renew:
                renewed = True
                await self.login()
                body.token = self.token
                continue
            if time.monotonic() >= give_up:
                if refused is not None:
                    # e.g. a user on the minority side of a partition: its server answers, but has no quorum.
                    why = f"no server could serve it within {self.give_up_s} s: {refused.message}"
                    raise ClientError(refused.code, why, request_id)
                raise Unreachable(f"no server answered within {self.give_up_s} s", request_id)
            if attempt % len(self.servers) == 0:
                # Every server failed once: the view may have changed, and hammering helps nobody.
                await asyncio.sleep(min(0.1 * attempt, 1.0))
                await self.discover()
        raise AssertionError("unreachable")

    async def _attempt(self, body: Message) -> Opened | None:
        """One envelope to the current server; None when it does not answer in time."""
        server = self.server
        if self.faults.cut_off(server.id, server.user_endpoint):
            await self._dropped(body.DESCRIPTOR.name, server.id, self.timeout_ms)
            return None
        dealer = self._socket()
        try:
            env = await dealer.send(body, timeout_ms=self.timeout_ms)
        except TimeoutError:
            return None
        sent = time.monotonic()
        reply = await _reply_to(dealer, env.msg_id, self.timeout_ms)
        if reply is not None:
            self.last_rtt_ms = (time.monotonic() - sent) * 1000
        return reply

    async def _dropped(self, request: str, to: str, timeout_ms: float) -> None:
        """A request to a server we are cut off from: not sent, so, as on a cut link, it times out."""
        self.log.event("PARTITION_DROPPED", level="debug", to=to, request=request)
        await asyncio.sleep(timeout_ms / 1000)

    def _may_log_in_again(self, body: Message, code: int | None) -> bool:
        """An expired session is renewed with the password, once per request, for our own token only."""
        return (
            code == pb.ERROR_CODE_TOKEN_EXPIRED
            and bool(self.password)
            and "token" in body.DESCRIPTOR.fields_by_name
            and body.token == self.token
        )

    async def login(self, register: bool = False) -> str:
        reply = await self.request(
            pb.LoginRequest(request_id=self.new_request_id(), user=self.user, password=self.password, register=register)
        )
        self.token = _expect(reply, "login_reply").token
        self.log.event("LOGGED_IN", registered=register)
        return self.token

    async def register(self) -> str:
        return await self.login(register=True)

    async def _write(self, body: Message) -> pb.Event:
        return _expect(await self.request(body), "write_reply").event

    async def post(self, text: str, request_id: str = "") -> pb.Event:
        rid = request_id or self.new_request_id()
        return await self._write(pb.PostRequest(request_id=rid, token=self.token, text=text))

    async def follow(self, followee: str, request_id: str = "") -> pb.Event:
        rid = request_id or self.new_request_id()
        return await self._write(pb.FollowRequest(request_id=rid, token=self.token, followee=followee))

    async def unfollow(self, followee: str, request_id: str = "") -> pb.Event:
        rid = request_id or self.new_request_id()
        return await self._write(pb.UnfollowRequest(request_id=rid, token=self.token, followee=followee))

    async def send_message(self, to: str, text: str, request_id: str = "") -> pb.Event:
        rid = request_id or self.new_request_id()
        return await self._write(pb.SendMessageRequest(request_id=rid, token=self.token, to=to, text=text))

    async def read(
        self, feed: int, peer: str = "", after: pb.Position | None = None, limit: int = 0, token: str = ""
    ) -> pb.ReadReply:
        body = pb.ReadRequest(request_id=self.new_request_id(), token=token or self.token, feed=feed, peer=peer)
        body.limit = limit
        if after is not None:
            body.after.CopyFrom(after)
        return _expect(await self.request(body), "read_reply")

    async def read_all(
        self, feed: int, peer: str = "", after: pb.Position | None = None, token: str = ""
    ) -> list[pb.Event]:
        """Every event after `after`, page by page."""
        events: list[pb.Event] = []
        while True:
            page = await self.read(feed, peer, after, limit=PAGE, token=token)
            events.extend(page.events)
            if not page.more or not page.events:
                return events
            after = page.next

    async def timeline(self, peer: str, after: pb.Position | None = None, limit: int = 0) -> pb.ReadReply:
        return await self.read(pb.FEED_TIMELINE, peer, after, limit)

    async def home(self, after: pb.Position | None = None, limit: int = 0) -> pb.ReadReply:
        return await self.read(pb.FEED_HOME, "", after, limit)

    async def conversation(self, peer: str, after: pb.Position | None = None, limit: int = 0) -> pb.ReadReply:
        return await self.read(pb.FEED_CONVERSATION, peer, after, limit)

    async def notifications(self, after: pb.Position | None = None, limit: int = 0) -> pb.ReadReply:
        return await self.read(pb.FEED_NOTIFICATIONS, "", after, limit)

    async def followers(self, peer: str = "") -> list[str]:
        return list((await self.read(pb.FEED_FOLLOWERS, peer, limit=PAGE)).users)

    async def following(self, peer: str = "") -> list[str]:
        return list((await self.read(pb.FEED_FOLLOWING, peer, limit=PAGE)).users)

    async def ack(self, up_to: pb.Position) -> pb.Position:
        body = pb.AckRequest(request_id=self.new_request_id(), token=self.token)
        body.up_to.CopyFrom(up_to)
        return _expect(await self.request(body), "ack_reply").up_to

    # ---- clock --------------------------------------------------------------

    async def sync_clock(self) -> float:
        """Cristian: the reading was taken about half a round trip before it arrived.

        The round trip is measured on the monotonic host clock, so a drift jump
        of our own clock while we wait cannot distort it, and only for the
        attempt that was answered. Returns the adjustment (ms).
        """
        reply = await self.request(pb.TimeRequest(round=next(self._rounds)))
        rtt_ms = self.last_rtt_ms
        before = self.clock.now_ms()
        delta = _expect(reply, "time_reply").clock_us / 1000 + rtt_ms / 2 - before
        self.clock.adjust(delta)
        self.log.event(
            "CLOCK_SYNC",
            server=reply.envelope.sender,
            before=before,
            after=self.clock.now_ms(),
            delta_ms=delta,
            rtt_ms=rtt_ms,
        )
        return delta

    # ---- lifecycle ----------------------------------------------------------

    async def start(self, register: bool = False) -> None:
        """Learns the servers, then logs in (or registers)."""
        await self.discover()
        await self.login(register=register)

    def close(self) -> None:
        if self._dealer is not None:
            self._dealer.close()
            self._dealer = None
        if self._own_ctx:
            self.ctx.destroy(linger=0)
        self.log.close()


def rate_limit_wait_s(message: str, attempt: int) -> float:
    """How long to wait after RATE_LIMITED: the server's "retry after N ms", or more as refusals repeat."""
    hint = re.search(r"retry after (\d+) ms", message)
    hinted_s = int(hint.group(1)) / 1000 if hint else 0.0
    backoff_s = min(RATE_LIMIT_BACKOFF_S * 2 ** min(attempt - 1, 16), RATE_LIMIT_BACKOFF_MAX_S)
    # Jitter, so that users refused together do not come back together.
    return max(hinted_s, backoff_s) * random.uniform(1.0, 1.25)


async def _reply_to(dealer: DealerSocket, msg_id: str, timeout_ms: float) -> Opened | None:
    """The reply to msg_id; anything else on the socket is a late answer to an abandoned attempt."""
    deadline = time.monotonic() + timeout_ms / 1000
    while (left := deadline - time.monotonic()) > 0:
        opened = await dealer.recv(math.ceil(left * 1000))
        if opened is not None and opened.envelope.reply_to == msg_id:
            return opened
    return None


def _expect(reply: Opened, kind: str):
    if reply.kind != kind:
        raise ClientError(pb.ERROR_CODE_INTERNAL, f"expected {kind}, got {reply.kind}")
    return reply.body
