"""The control protocol: operator commands to one member of the cluster.

A ControlRequest (status, drift, shutdown, partition, heal) goes on a DEALER to
the member's peer ROUTER, as one envelope from a process of role
ROLE_CONTROL; the member answers on that same DEALER with a ControlReply that
carries its StatusReport after the command (reply_to = the request's msg_id).
A request the member refuses is answered with an ErrorReply. Requests are
signed with the cluster secret (docs/protocol.md, "Member authentication"):
pass ``secret`` (the run's ``Topology.secret``), or set $SOCIALNET_SECRET; a
member answers an unsigned request with ERROR_CODE_BAD_SIGNATURE.

    status = await control(member.peer_endpoint, "status")
    status = control_sync(member.peer_endpoint, "drift", delta_ms=500)

For many requests (polling every member every few ms), keep one ControlClient:
it holds one DEALER per endpoint and reuses it.

    async with ControlClient() as ctl:
        reports = await ctl.status_all([m.peer_endpoint for m in topology.members])
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import os
import pathlib
import time
from collections.abc import Iterable, Sequence

import zmq.asyncio

from socialnet.core import DealerSocket, Envelopes, LamportClock, MemberAuth, PhysicalClock, ProcessLog
from socialnet.v1 import socialnet_pb2 as pb


def session_token(secret: str, user: str, ttl_ms: int = 600_000) -> str:
    """A session token minted with the cluster secret, as any server issues it (ts-server/src/social/accounts.ts):
    `@control` reads everything, a user name acts as that user, without logging in through a server."""
    payload = f"v1.{user}.{int(time.time() * 1000) + ttl_ms}"
    sig = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{base64.urlsafe_b64encode(sig).rstrip(b'=').decode()}"


COMMANDS = ("status", "drift", "shutdown", "partition", "heal")
DEFAULT_TIMEOUT_MS = 1000.0
_clients = itertools.count(1)


class ControlError(RuntimeError):
    """The member answered the request with an ErrorReply."""

    def __init__(self, endpoint: str, code: int, message: str) -> None:
        super().__init__(f"{endpoint}: {pb.ErrorCode.Name(code)}: {message}")
        self.endpoint = endpoint
        self.code = code


class ControlTimeout(TimeoutError):
    """No answer in time: the member is down, partitioned from us, or stalled."""


def control_request(command: str, request_id: str, delta_ms: int = 0, peers: Sequence[str] = ()) -> pb.ControlRequest:
    """The ControlRequest for a command name (one of COMMANDS)."""
    if command == "status":
        return pb.ControlRequest(request_id=request_id, status=pb.StatusQuery())
    if command == "drift":
        return pb.ControlRequest(request_id=request_id, drift=pb.DriftJump(delta_ms=int(delta_ms)))
    if command == "shutdown":
        return pb.ControlRequest(request_id=request_id, shutdown=pb.Shutdown())
    if command == "partition":
        return pb.ControlRequest(request_id=request_id, partition=pb.Partition(peers=list(peers)))
    if command == "heal":
        return pb.ControlRequest(request_id=request_id, heal=pb.Heal())
    raise ValueError(f"unknown control command {command!r}: expected one of {', '.join(COMMANDS)}")


class ControlClient:
    """A control process: one DEALER per member endpoint, requests answered one at a time per endpoint.

    proc_id names this process in envelopes (and in the members' RECV lines);
    the default is unique per client: members take a newer boot of an id they
    know as a restart and refuse the older one's requests as replays, so two
    clients alive at once must not share an id.
    log_path, if given, gets this process's own JSON-lines log (role control).
    secret signs every request (default: $SOCIALNET_SECRET, else unsigned).
    """

    def __init__(
        self,
        proc_id: str | None = None,
        log_path: str | pathlib.Path | None = None,
        ctx: zmq.asyncio.Context | None = None,
        secret: bytes | None = None,
    ) -> None:
        self.proc_id = proc_id or f"ctl-{os.getpid()}-{next(_clients)}"
        if secret is None and os.environ.get("SOCIALNET_SECRET"):
            secret = os.environ["SOCIALNET_SECRET"].encode()
        self._auth = MemberAuth(secret) if secret else None
        self._own_ctx = ctx is None
        self._ctx = ctx or zmq.asyncio.Context()
        lamport, clock = LamportClock(), PhysicalClock()
        self.log = ProcessLog(log_path, self.proc_id, "control", lamport, clock)
        self._envelopes = Envelopes(self.proc_id, pb.ROLE_CONTROL, lamport, clock)
        self._dealers: dict[str, DealerSocket] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._requests = 0

    async def __aenter__(self) -> ControlClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()

    def _dealer(self, endpoint: str) -> DealerSocket:
        dealer = self._dealers.get(endpoint)
        if dealer is None:
            dealer = DealerSocket(self._ctx, self._envelopes, self.log)
            dealer.auth = self._auth
            dealer.connect(endpoint)
            self._dealers[endpoint] = dealer
            self._locks[endpoint] = asyncio.Lock()
        return dealer

    async def request(
        self,
        endpoint: str,
        command: str,
        *,
        delta_ms: int = 0,
        peers: Sequence[str] = (),
        timeout_ms: float = DEFAULT_TIMEOUT_MS,
    ) -> pb.StatusReport:
        """Sends one command and returns the member's StatusReport after it.

        Raises ControlTimeout when no answer comes within timeout_ms (counting
        the wait for a connection), ControlError when the member refuses.
        """
        dealer = self._dealer(endpoint)
        self._requests += 1
        body = control_request(command, f"{self.proc_id}-r{self._requests}", delta_ms, peers)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_ms / 1000
        async with self._locks[endpoint]:
            try:
                sent = await dealer.send(body, timeout_ms=max(0.0, (deadline - loop.time()) * 1000))
            except TimeoutError:
                raise ControlTimeout(f"{endpoint}: no connection within {timeout_ms:.0f} ms") from None
            while (left := deadline - loop.time()) > 0:
                opened = await dealer.recv(timeout_ms=left * 1000)
                if opened is None:
                    break
                if opened.envelope.reply_to != sent.msg_id:
                    continue  # a late answer to an earlier request that timed out
                if opened.kind == "control_reply":
                    return opened.envelope.control_reply.status
                if opened.kind == "error_reply":
                    err = opened.envelope.error_reply
                    raise ControlError(endpoint, err.code, err.message)
                raise ControlError(endpoint, pb.ERROR_CODE_UNSPECIFIED, f"unexpected answer {opened.kind}")
        raise ControlTimeout(f"{endpoint}: no answer to {command} within {timeout_ms:.0f} ms")

    async def status(self, endpoint: str, timeout_ms: float = DEFAULT_TIMEOUT_MS) -> pb.StatusReport:
        return await self.request(endpoint, "status", timeout_ms=timeout_ms)

    async def drift(self, endpoint: str, delta_ms: int, timeout_ms: float = DEFAULT_TIMEOUT_MS) -> pb.StatusReport:
        return await self.request(endpoint, "drift", delta_ms=delta_ms, timeout_ms=timeout_ms)

    async def shutdown(self, endpoint: str, timeout_ms: float = DEFAULT_TIMEOUT_MS) -> pb.StatusReport:
        return await self.request(endpoint, "shutdown", timeout_ms=timeout_ms)

    async def partition(
        self, endpoint: str, peers: Sequence[str], timeout_ms: float = DEFAULT_TIMEOUT_MS
    ) -> pb.StatusReport:
        return await self.request(endpoint, "partition", peers=peers, timeout_ms=timeout_ms)

    async def heal(self, endpoint: str, timeout_ms: float = DEFAULT_TIMEOUT_MS) -> pb.StatusReport:
        return await self.request(endpoint, "heal", timeout_ms=timeout_ms)

    async def status_all(
        self, endpoints: Iterable[str], timeout_ms: float = DEFAULT_TIMEOUT_MS
    ) -> dict[str, pb.StatusReport | None]:
        """Every endpoint's StatusReport, asked concurrently; None for those that did not answer."""
        endpoints = list(endpoints)

        async def one(ep: str) -> pb.StatusReport | None:
            try:
                return await self.status(ep, timeout_ms)
            except (ControlTimeout, ControlError):
                return None

        return dict(zip(endpoints, await asyncio.gather(*(one(ep) for ep in endpoints)), strict=True))

    def close(self) -> None:
        for dealer in self._dealers.values():
            dealer.close()
        self._dealers.clear()
        self._locks.clear()
        self.log.close()
        if self._own_ctx:
            self._ctx.term()


async def control(
    endpoint: str,
    command: str,
    *,
    delta_ms: int = 0,
    peers: Sequence[str] = (),
    timeout_ms: float = DEFAULT_TIMEOUT_MS,
    proc_id: str | None = None,
    log_path: str | pathlib.Path | None = None,
    secret: bytes | None = None,
) -> pb.StatusReport:
    """One command to one member, on a DEALER opened for it: the member's StatusReport after the command."""
    async with ControlClient(proc_id, log_path, secret=secret) as client:
        return await client.request(endpoint, command, delta_ms=delta_ms, peers=peers, timeout_ms=timeout_ms)


def control_sync(
    endpoint: str,
    command: str,
    *,
    delta_ms: int = 0,
    peers: Sequence[str] = (),
    timeout_ms: float = DEFAULT_TIMEOUT_MS,
    proc_id: str | None = None,
    log_path: str | pathlib.Path | None = None,
    secret: bytes | None = None,
) -> pb.StatusReport:
    """control() for code without an event loop (not callable from inside a running one)."""
    return asyncio.run(
        control(
            endpoint,
            command,
            delta_ms=delta_ms,
            peers=peers,
            timeout_ms=timeout_ms,
            proc_id=proc_id,
            log_path=log_path,
            secret=secret,
        )
    )
