"""The shared core (docs/core.md): the same five pieces, with the same names, in every language."""

from socialnet.core.clock import PhysicalClock
from socialnet.core.drift import DriftInjector, jump, mulberry32
from socialnet.core.envelope import Envelopes, MalformedEnvelope, Opened
from socialnet.core.lamport import LamportClock
from socialnet.core.log import ProcessLog
from socialnet.core.transport import MAX_FRAME, DealerSocket, Incoming, PubSocket, RouterSocket, SubSocket

__all__ = [
    "MAX_FRAME",
    "DealerSocket",
    "DriftInjector",
    "Envelopes",
    "Incoming",
    "LamportClock",
    "MalformedEnvelope",
    "Opened",
    "PhysicalClock",
    "ProcessLog",
    "PubSocket",
    "RouterSocket",
    "SubSocket",
    "jump",
    "mulberry32",
]
