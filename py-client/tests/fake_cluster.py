"""A pytest fixture helper: fake servers sharing one store, and clients wired to them."""

from __future__ import annotations

import pathlib

import zmq.asyncio
from fake_social import FakeServer, FakeStore

from socialnet.users.client import Client, preferred_index


class FakeCluster:
    def __init__(self, tmp_path: pathlib.Path) -> None:
        self.tmp_path = tmp_path
        self.ctx = zmq.asyncio.Context()
        self.store = FakeStore()
        self.servers: list[FakeServer] = []
        self.clients: list[Client] = []

    def server(self, sid: str = "s1", offset_ms: float = 0) -> FakeServer:
        s = FakeServer(self.ctx, sid, self.store, self.tmp_path / f"{sid}.jsonl", offset_ms).start()
        self.servers.append(s)
        return s

    def client(self, user: str, password: str = "pw", seeds: list[str] | None = None, **options) -> Client:
        options = {"timeout_ms": 300, "give_up_s": 5.0, **options}
        seeds = seeds or [s.user_endpoint for s in self.servers]
        c = Client(user, seeds, password=password, log_path=str(self.log_path(user)), ctx=self.ctx, **options)
        self.clients.append(c)
        return c

    def log_path(self, user: str) -> pathlib.Path:
        return self.tmp_path / f"{user}.jsonl"

    def preferred(self, user: str) -> FakeServer:
        """The server a user picks first: discover lists members sorted by id."""
        ordered = sorted(self.servers, key=lambda s: s.id)
        return ordered[preferred_index(user, len(ordered))]

    async def close(self) -> None:
        for c in self.clients:
            c.close()
        for s in self.servers:
            await s.stop()
        self.ctx.destroy(linger=0)
