"""The shared core (docs/core.md): the same five pieces, with the same names, in every language."""

from socialnet.core.clock import PhysicalClock
from socialnet.core.drift import DriftInjector, jump, mulberry32
from socialnet.core.envelope import Envelopes, MalformedEnvelope, Opened
from socialnet.core.lamport import LamportClock
from socialnet.core.log import ProcessLog
from socialnet.core.member_auth import AuthRejected, MemberAuth, ReplayGuard, load_secret
from socialnet.core.transport import MAX_FRAME, DealerSocket, Incoming, PubSocket, RouterSocket, SubSocket

__all__ = [
    "MAX_FRAME",
    "AuthRejected",
    "DealerSocket",
    "DriftInjector",
    "Envelopes",
    "Incoming",
    "LamportClock",
    "MalformedEnvelope",
    "MemberAuth",
    "Opened",
    "PhysicalClock",
    "ProcessLog",
    "PubSocket",
    "ReplayGuard",
    "RouterSocket",
    "SubSocket",
    "jump",
    "load_secret",
    "mulberry32",
]
