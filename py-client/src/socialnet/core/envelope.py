"""Sealing and opening envelopes (docs/core.md, "Envelopes: seal and open").

Every message goes through here, so every send ticks the Lamport clock and
every receive merges it before any handler can look at the body.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from google.protobuf.message import DecodeError, Message

from socialnet.core.clock import PhysicalClock
from socialnet.core.lamport import LamportClock
from socialnet.v1 import socialnet_pb2 as pb

_BODY = pb.Envelope.DESCRIPTOR.oneofs_by_name["body"]
# Each message type appears once in the oneof, so a body message names its own field.
_FIELD_OF_TYPE = {f.message_type.full_name: f.name for f in _BODY.fields}
BODY_KINDS = frozenset(f.name for f in _BODY.fields)


class MalformedEnvelope(ValueError):
    """The bytes are not an Envelope with a body; the receiver answers ERROR_CODE_MALFORMED."""


@dataclass(frozen=True)
class Opened:
    """A received envelope, already merged into the local Lamport clock."""

    envelope: pb.Envelope
    kind: str
    remote_lamport: int

    @property
    def body(self) -> Message:
        return getattr(self.envelope, self.kind)


def boot_id(epoch_ms: int) -> str:
    """The boot part of msg ids for a process started at ``epoch_ms``: base 36, lower case."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    n, out = int(epoch_ms), ""
    while True:
        n, d = divmod(n, 36)
        out = digits[d] + out
        if n == 0:
            return out


class Envelopes:
    """Stamps outgoing envelopes and merges incoming ones for one process."""

    def __init__(
        self, process_id: str, role: int, lamport: LamportClock, clock: PhysicalClock, boot: str | None = None
    ) -> None:
        """Message ids are ``<id>-<boot>-<n>``: ``boot`` is the process start (ms since the epoch,
        base 36, taken here unless a test fixes it), so a restarted process never reuses an id."""
        self.process_id = process_id
        self.role = role
        self.lamport = lamport
        self.clock = clock
        self.boot = boot if boot is not None else boot_id(time.time_ns() // 1_000_000)
        self._sent = 0

    def seal(self, body: Message | str, reply_to: str = "") -> tuple[bytes, pb.Envelope]:
        """Ticks Lamport and encodes the body; a kind name (str) sends an empty body of that kind."""
        kind = body if isinstance(body, str) else _FIELD_OF_TYPE.get(body.DESCRIPTOR.full_name)
        if kind not in BODY_KINDS:
            raise ValueError(f"not an envelope body: {body!r}")
        self._sent += 1
        env = pb.Envelope(
            msg_id=f"{self.process_id}-{self.boot}-{self._sent}",
            sender=self.process_id,
            sender_role=self.role,
            lamport=self.lamport.tick(),
            clock_ms=math.floor(self.clock.now_ms()),
            reply_to=reply_to,
        )
        field = getattr(env, kind)
        if not isinstance(body, str):
            field.CopyFrom(body)
        # CopyFrom of an empty message would leave the oneof unset.
        field.SetInParent()
        return env.SerializeToString(deterministic=True), env

    def open(self, data: bytes, admit: Callable[[pb.Envelope], None] | None = None) -> Opened:
        """Decodes, lets ``admit`` refuse (by raising) before anything changes, then merges Lamport."""
        env = pb.Envelope()
        try:
            env.ParseFromString(data)
        except DecodeError as e:
            raise MalformedEnvelope(f"not an Envelope: {e}") from None
        kind = env.WhichOneof("body")
        if kind is None:
            raise MalformedEnvelope("Envelope without a body")
        if admit is not None:
            admit(env)
        self.lamport.receive(env.lamport)
        return Opened(env, kind, env.lamport)
