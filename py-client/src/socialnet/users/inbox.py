"""Live notifications with nothing lost and nothing twice (docs/social.md, "Notifications").

The PUB socket is only a hint: ZeroMQ drops on slow joiners, full queues and
reconnects. Positions are points of a total order, not counters, so a push
cannot prove that nothing was missed just before it. So a push (after our
cursor) only wakes us up, and every notification is taken from a cursor read
of FEED_NOTIFICATIONS: each one once, in order. Pushes at or before the cursor
were already read and are dropped. Failover, reconnects and a periodic timer
also trigger a read, which closes any gap a lost push left.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

from socialnet.core import SubSocket
from socialnet.users.client import Client, ClientError, key, position_of
from socialnet.v1 import socialnet_pb2 as pb

RESYNC_S = 2.0
# Short enough to notice a failover soon, long enough not to spin.
WAIT_MS = 250


class NotificationStream:
    def __init__(self, client: Client, after: pb.Position | None = None, resync_s: float = RESYNC_S) -> None:
        self.client = client
        self.cursor = after
        self.resync_s = resync_s
        self._sub: SubSocket | None = None
        self._generation = -1

    async def __aiter__(self) -> AsyncIterator[pb.Event]:
        try:
            next_read, pushed = 0.0, False
            while True:
                moved = self._follow_server()
                if moved or pushed or time.monotonic() >= next_read:
                    next_read = time.monotonic() + self.resync_s
                    try:
                        events = await self.catch_up()
                    except ClientError as e:
                        # No server for a while: the stream outlives the outage and reads on later.
                        self.client.log.event("NOTIFICATIONS_UNREAD", level="warn", error=e.code_name)
                        events = []
                    for event in events:
                        yield event
                pushed = await self._wait_for_push(next_read)
        finally:
            self.close()

    async def catch_up(self) -> list[pb.Event]:
        """Everything after the cursor; the cursor moves to the last one read.

        What the server returns is passed on as it is (a checker downstream must
        see a server that breaks the order); the cursor itself only moves forward.
        """
        events = await self.client.read_all(pb.FEED_NOTIFICATIONS, after=self.cursor)
        for event in events:
            position = position_of(event)
            if self.cursor is None or key(position) > key(self.cursor):
                self.cursor = position
        return events

    def _follow_server(self) -> bool:
        """(Re)subscribes at the client's current server; True when that calls for a read."""
        if self._generation == self.client.generation:
            return False
        self._generation = self.client.generation
        self.close()
        endpoint = self.client.server.pub_endpoint
        if endpoint:
            self._sub = SubSocket(self.client.ctx, self.client.envelopes, self.client.log)
            self._sub.connect(endpoint)
            self._sub.subscribe(self.client.user)
        return True

    async def _wait_for_push(self, until: float) -> bool:
        """True as soon as a new push arrives; False at `until`, or soon enough to notice a failover."""
        timeout_ms = max(0, min(WAIT_MS, (until - time.monotonic()) * 1000))
        server = self.client.server
        # Cut off from our server (faults.py): its pushes stay queued unread; the cursor read decides anyway.
        if self._sub is None or self.client.faults.cut_off(server.id, server.pub_endpoint):
            await asyncio.sleep(timeout_ms / 1000)
            return False
        deadline = time.monotonic() + timeout_ms / 1000
        while (left := deadline - time.monotonic()) > 0:
            got = await self._sub.recv(left * 1000)
            if got is None:
                return False
            _, opened = got
            if opened.kind != "notification":
                continue
            pushed = opened.envelope.notification.position
            if self.cursor is not None and key(pushed) <= key(self.cursor):
                continue
            return True
        return False

    def close(self) -> None:
        if self._sub is not None:
            self._sub.close()
            self._sub = None
