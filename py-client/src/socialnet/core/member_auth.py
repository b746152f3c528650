"""Member authentication (docs/protocol.md, "Member authentication").

Every envelope between members ends with an HMAC-SHA256 of the bytes before
it, keyed by the cluster secret, encoded as the Envelope's own ``hmac`` field
(field 7): tag 0x3a, length 0x20, 32 bytes. A protobuf parser reads the
appended field like any other, so nothing else changes on the wire.

The check runs before the envelope is decoded for use or the Lamport clock is
merged: a frame from a process without the key never moves a clock. After the
HMAC, ``admit`` refuses a signed envelope seen before (``ReplayGuard``) or one
whose sender is not the peer the connection belongs to.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import OrderedDict
from typing import Literal

from socialnet.v1 import socialnet_pb2 as pb

MAC_BYTES = 32
# Field 7 (hmac), wire type 2 (length-delimited), length 32.
TRAILER_HEAD = bytes([0x3A, 0x20])
TRAILER_BYTES = len(TRAILER_HEAD) + MAC_BYTES
# Bits of recent message numbers remembered per sender: ~16k sends of slack for reordering.
DEFAULT_WINDOW = 16384
# Senders remembered at once; the oldest is forgotten beyond this (only key holders get here).
DEFAULT_MAX_SENDERS = 1024

AuthReason = Literal["unsigned", "bad_signature", "replayed", "sender_mismatch", "bad_msg_id"]


class AuthRejected(ValueError):
    """A member envelope refused; the receiver answers ERROR_CODE_BAD_SIGNATURE and logs AUTH_REJECTED."""

    def __init__(self, reason: AuthReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: AuthReason = reason


def parse_msg_id(sender: str, msg_id: str) -> tuple[int, int] | None:
    """(boot, n) of ``<sender>-<boot base 36>-<n>``, or None when msg_id is not the sender's."""
    prefix = sender + "-"
    if not msg_id.startswith(prefix):
        return None
    boot, sep, n = msg_id[len(prefix) :].partition("-")
    if not sep or not boot or not n or not boot.isalnum() or not n.isdigit() or not boot.isascii():
        return None
    try:
        return int(boot, 36), int(n)
    except ValueError:
        return None


class _Record:
    __slots__ = ("bits", "boot", "top")

    def __init__(self, boot: int) -> None:
        self.boot = boot
        self.top = 0  # the highest n seen in this boot
        self.bits = 0  # bit (top - n) set when n was seen, for n within the window


class ReplayGuard:
    """Per sender: the newest boot seen and a sliding window of the message numbers seen in it.

    A pure state machine: ``check(sender, msg_id)`` returns None (fresh, and now
    recorded) or the reason to refuse. An older boot, a number already seen, or
    one below the window is a replay; a newer boot starts a new window.
    """

    def __init__(self, window: int = DEFAULT_WINDOW, max_senders: int = DEFAULT_MAX_SENDERS) -> None:
        self.window = window
        self.max_senders = max_senders
        self._records: OrderedDict[str, _Record] = OrderedDict()

    def check(self, sender: str, msg_id: str) -> AuthReason | None:
        parsed = parse_msg_id(sender, msg_id)
        if parsed is None:
            return "bad_msg_id"
        boot, n = parsed
        rec = self._records.get(sender)
        if rec is None or boot > rec.boot:
            rec = _Record(boot)
            self._records[sender] = rec
            if len(self._records) > self.max_senders:
                self._records.popitem(last=False)
        elif boot < rec.boot:
            return "replayed"
        self._records.move_to_end(sender)
        if n > rec.top:
            shift = n - rec.top
            rec.bits = ((rec.bits << shift) | 1) & ((1 << self.window) - 1) if shift < self.window else 1
            rec.top = n
            return None
        age = rec.top - n
        if age >= self.window or (rec.bits >> age) & 1:
            return "replayed"
        rec.bits |= 1 << age
        return None


class MemberAuth:
    """Signs and checks member envelopes with the cluster secret; one per process, shared by its member sockets."""

    def __init__(self, secret: bytes, guard: ReplayGuard | None = None) -> None:
        if not secret:
            raise ValueError("the cluster secret is empty")
        self._secret = bytes(secret)
        self.guard = guard if guard is not None else ReplayGuard()

    def mac(self, data: bytes) -> bytes:
        return hmac.new(self._secret, data, hashlib.sha256).digest()

    def sign(self, data: bytes) -> bytes:
        """The wire frame: the envelope serialized with hmac empty, then field 7 holding its HMAC."""
        return data + TRAILER_HEAD + self.mac(data)

    def verify(self, frame: bytes) -> bytes:
        """The signed prefix (the envelope without its hmac) or AuthRejected(unsigned | bad_signature)."""
        if len(frame) < TRAILER_BYTES or frame[-TRAILER_BYTES:-MAC_BYTES] != TRAILER_HEAD:
            raise AuthRejected("unsigned")
        prefix = frame[:-TRAILER_BYTES]
        if not hmac.compare_digest(self.mac(prefix), frame[-MAC_BYTES:]):
            raise AuthRejected("bad_signature")
        return prefix

    def admit(self, env: pb.Envelope, expected_sender: str | None = None) -> None:
        """After verify and decode, before the clock merge: the sender and freshness checks."""
        if expected_sender is not None and env.sender != expected_sender:
            raise AuthRejected("sender_mismatch", f"{env.sender} on the connection to {expected_sender}")
        reason = self.guard.check(env.sender, env.msg_id)
        if reason is not None:
            raise AuthRejected(reason, env.msg_id)


def load_secret(path: str | None = None, env_value: str | None = None) -> bytes | None:
    """The cluster secret as every process reads it: the file's text, trimmed, as UTF-8 bytes (else the env value)."""
    if path is not None:
        with open(path, encoding="utf-8") as f:
            return f.read().strip().encode()
    if env_value:
        return env_value.encode()
    return None
