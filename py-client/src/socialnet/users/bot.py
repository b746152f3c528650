"""An automatic user that acts at random and checks what it receives.

Everything random comes from one seeded RNG (and the drift from its own seed),
so a run can be replayed. Every write is logged twice, OP_ISSUED before and
OP_DONE after, with its request_id: a test can then compare what was
acknowledged with what the servers hold. Anything received out of order,
twice, or with a hole is logged as BOT_ANOMALY (the rules are in checks.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from socialnet.users.checks import Anomaly, OrderWatch
from socialnet.users.client import Client, ClientError, event_id, key, position_of
from socialnet.users.clocks import drift, keep_synced
from socialnet.users.inbox import NotificationStream
from socialnet.v1 import socialnet_pb2 as pb

# After the last write, time for the last notifications to arrive before the final checks.
SETTLE_S = 2.0


@dataclass
class BotConfig:
    peers: list[str] = field(default_factory=list)
    follow: int = 2
    post_rate: float = 0.5
    dm_rate: float = 0.3
    duration_s: float = 15.0
    seed: int = 1
    register: bool = False
    sync_every_s: float = 3.0
    verify_every_s: float = 3.0
    drift_seed: int = 1
    drift_interval_ms: int = 2000
    drift_max_ms: int = 0


@dataclass
class Summary:
    user: str
    ops: int = 0
    acked: int = 0
    errors: int = 0
    notifications: int = 0
    anomalies: int = 0
    conversations: int = 0
    clock_syncs: int = 0
    drift_jumps: int = 0


class Bot:
    def __init__(self, client: Client, config: BotConfig) -> None:
        self.client = client
        self.config = config
        self.rng = random.Random(config.seed)
        self.summary = Summary(client.user)
        self.inbox = NotificationStream(client)
        self.inbox_watch = OrderWatch()
        self.conversations: dict[str, OrderWatch] = {}
        self.peers = [p for p in config.peers if p != client.user]
        self._stopping = asyncio.Event()
        self._stop_requested = asyncio.Event()

    def request_stop(self) -> None:
        """Ends the run early (SIGTERM), with the same clean finish as at the end of --duration."""
        self._stop_requested.set()

    async def run(self) -> Summary:
        await self.client.start(register=self.config.register)
        background = [
            asyncio.create_task(self._read_notifications()),
            asyncio.create_task(self._verify()),
            asyncio.create_task(keep_synced(self.client, self.config.sync_every_s, self._synced)),
            asyncio.create_task(
                drift(
                    self.client,
                    self.config.drift_seed,
                    self.config.drift_interval_ms,
                    self.config.drift_max_ms,
                    self._jumped,
                )
            ),
        ]
        acting = asyncio.create_task(self._act())
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop_requested.wait(), self.config.duration_s)
            # The write in flight finishes (retries included), so every OP_ISSUED gets its OP_DONE.
            self._stopping.set()
            await acting
        finally:
            await _stop(acting)
        await asyncio.sleep(SETTLE_S)
        await self._final_checks()
        for task in background:
            await _stop(task)
        self.client.log.event("BOT_SUMMARY", **vars(self.summary))
        return self.summary

    # ---- writing ------------------------------------------------------------

    async def _act(self) -> None:
        await self._follow_some()
        rate = self.config.post_rate + (self.config.dm_rate if self.peers else 0)
        if rate <= 0:
            return
        count = 0
        while await self._pause(self.rng.expovariate(rate)):
            count += 1
            if not self.peers or self.rng.random() < self.config.post_rate / rate:
                text = f"{self.client.user} post {count}"
                await self.write("post", lambda rid, t=text: self.client.post(t, rid))
                continue
            to = self.rng.choice(self.peers)
            text = f"{self.client.user} to {to} {count}"
            event = await self.write("dm", lambda rid, t=to, x=text: self.client.send_message(t, x, rid), to=to)
            if event is not None:
                await self.check_conversation(to)

    async def _follow_some(self) -> None:
        """A peer that has not registered yet is tried again a little later."""
        wanted = self.rng.sample(self.peers, min(self.config.follow, len(self.peers)))
        while wanted and not self._stopping.is_set():
            followee = wanted.pop(0)
            done = await self.write("follow", lambda rid, f=followee: self.client.follow(f, rid), followee=followee)
            if done is None:
                wanted.append(followee)
                await self._pause(0.3)

    async def _pause(self, seconds: float) -> bool:
        """Sleeps; False (at once) when the bot is stopping."""
        try:
            await asyncio.wait_for(self._stopping.wait(), seconds)
        except TimeoutError:
            return True
        return False

    async def write(self, kind: str, call: Callable[[str], Awaitable[pb.Event]], **fields) -> pb.Event | None:
        """One write, logged before and after, with the request_id that makes its retries idempotent."""
        rid = self.client.new_request_id()
        log = self.client.log
        self.summary.ops += 1
        log.event("OP_ISSUED", request_id=rid, kind=kind, **fields)
        try:
            event = await call(rid)
        except ClientError as e:
            self.summary.errors += 1
            log.event("OP_DONE", level="warn", request_id=rid, kind=kind, ok=False, error=e.code_name, **fields)
            return None
        self.summary.acked += 1
        log.event(
            "OP_DONE",
            request_id=rid,
            kind=kind,
            ok=True,
            event_id=event_id(event),
            position=list(key(position_of(event))),
            **fields,
        )
        return event

    # ---- reading and checking -----------------------------------------------

    async def _read_notifications(self) -> None:
        async for event in self.inbox:
            self.summary.notifications += 1
            position = position_of(event)
            kind = "dm" if event.WhichOneof("change") == "direct_message" else "post"
            self.client.log.event(
                "NOTIFICATION_RECEIVED",
                position=[position.lamport, position.origin, position.seq],
                kind=kind,
                author=event.author,
            )
            self._report("notifications", self.inbox_watch.observe(key(position_of(event))))
            if event.WhichOneof("change") == "direct_message" and event.author != self.client.user:
                await self.check_conversation(event.author)
            if self.summary.notifications % 10 == 0:
                await self._quietly(self.client.ack(position_of(event)))

    async def check_conversation(self, peer: str) -> None:
        """Reads the whole conversation again: it may only have grown at the end."""
        try:
            events = await self.client.read_all(pb.FEED_CONVERSATION, peer)
        except ClientError as e:
            self.client.log.event("READ_FAILED", level="warn", feed="conversation", peer=peer, error=e.code_name)
            return
        watch = self.conversations.setdefault(peer, OrderWatch())
        self._report(f"conversation:{peer}", watch.read([key(position_of(e)) for e in events]))
        self.summary.conversations = len(self.conversations)

    async def verify_notifications(self) -> None:
        """The stream so far must be exactly the start of a full read."""
        try:
            events = await self.client.read_all(pb.FEED_NOTIFICATIONS)
        except ClientError as e:
            self.client.log.event("READ_FAILED", level="warn", feed="notifications", error=e.code_name)
            return
        self._report("notifications", self.inbox_watch.compare([key(position_of(e)) for e in events]))

    async def _verify(self) -> None:
        while True:
            await asyncio.sleep(self.config.verify_every_s)
            await self.verify_notifications()

    async def _final_checks(self) -> None:
        await self.verify_notifications()
        for peer in sorted(self.conversations):
            await self.check_conversation(peer)
            watch = self.conversations[peer]
            self.client.log.event("CONVERSATION_SEEN", peer=peer, positions=[list(p) for p in watch.seen])

    def _report(self, subject: str, anomalies: list[Anomaly]) -> None:
        for a in anomalies:
            self.summary.anomalies += 1
            self.client.log.event(
                "BOT_ANOMALY", level="warn", subject=subject, kind=a.kind, item=list(a.item), detail=a.detail
            )

    def _synced(self, _delta: float) -> None:
        self.summary.clock_syncs += 1

    def _jumped(self, _jump: int) -> None:
        self.summary.drift_jumps += 1

    async def _quietly(self, call: Awaitable):
        """Housekeeping (acks) that must not stop the bot when a server is away."""
        try:
            return await call
        except ClientError as e:
            self.client.log.event("HOUSEKEEPING_FAILED", level="warn", error=e.code_name)
            return None


async def _stop(task: asyncio.Task) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
