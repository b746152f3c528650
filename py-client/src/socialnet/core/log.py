"""One JSON object per line, one file per process (docs/core.md, "Logs").

Built on stdlib logging so that students can also attach their own handlers;
the clocks are read when the record is made, not when it is formatted.
"""

from __future__ import annotations

import itertools
import json
import logging
from pathlib import Path
from typing import Any

from socialnet.core.clock import PhysicalClock
from socialnet.core.lamport import LamportClock
from socialnet.v1 import socialnet_pb2 as pb

_LEVELS = {
    logging.DEBUG: "debug",
    logging.INFO: "info",
    logging.WARNING: "warn",
    logging.ERROR: "error",
    logging.CRITICAL: "error",
}
_LEVEL_NUMBERS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warn": logging.WARNING,
    "error": logging.ERROR,
}
_instances = itertools.count(1)


class JsonLineFormatter(logging.Formatter):
    """Renders the fields a ProcessLog attached to the record as one JSON line."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"real": record.created * 1000, **record.line, "level": _LEVELS.get(record.levelno, "info")}
        return json.dumps(line, ensure_ascii=False, separators=(",", ":"), default=str)


# Keys every line carries; an event may not reuse them for its own fields.
RESERVED = frozenset({"real", "clock", "lamport", "proc", "role", "lang", "event"})


class ProcessLog:
    def __init__(
        self,
        path: str | Path | None,
        proc: str,
        role: str,
        lamport: LamportClock,
        clock: PhysicalClock,
    ) -> None:
        self.proc = proc
        self.role = role
        self._lamport = lamport
        self._clock = clock
        # A private logger per instance: tests open several processes in one interpreter.
        self._logger = logging.getLogger(f"socialnet.process.{proc}.{next(_instances)}")
        self._logger.propagate = False
        self._logger.setLevel(logging.DEBUG)
        if path is None:
            self._handler: logging.Handler = logging.NullHandler()
        else:
            self._handler = logging.FileHandler(path, encoding="utf-8")
            self._handler.setFormatter(JsonLineFormatter())
        self._logger.addHandler(self._handler)

    def event(self, name: str, level: str = "info", **fields: Any) -> None:
        clash = RESERVED.intersection(fields)
        if clash:
            # A field named like a base key would silently replace it and break the schema or the replay.
            raise ValueError(f"log field(s) {sorted(clash)} are reserved")
        line = {
            "clock": self._clock.now_ms(),
            "lamport": self._lamport.value,
            "proc": self.proc,
            "role": self.role,
            "lang": "py",
            "event": name,
            **fields,
        }
        self._logger.log(_LEVEL_NUMBERS[level], name, extra={"line": line})

    def sent(self, env: pb.Envelope, peer: str) -> None:
        self.event("SEND", dir="send", msg_id=env.msg_id, peer=peer, body=env.WhichOneof("body"))

    def received(self, env: pb.Envelope, peer: str, remote_lamport: int) -> None:
        self.event(
            "RECV",
            dir="recv",
            msg_id=env.msg_id,
            peer=peer,
            body=env.WhichOneof("body"),
            remote_lamport=remote_lamport,
        )

    def flush(self) -> None:
        self._handler.flush()

    def close(self) -> None:
        self._handler.close()
        self._logger.removeHandler(self._handler)
