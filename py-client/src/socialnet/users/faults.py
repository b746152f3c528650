"""The user's fault filter: drop traffic to and from named servers, on command.

Members (TypeScript servers, Go clock nodes) take a `partition` control
request on their peer port. A user has no port anyone can reach, so its
command is a small JSON file the operator writes and the user re-reads
(at most every RECHECK_S, when it next talks to a server):

    {"cut": ["s2", "tcp://127.0.0.1:7302", "tcp://127.0.0.1:7402"]}

Each name is a server id or one of its endpoints (the user knows its seeds
by endpoint before it has learned their ids). A missing file, or an empty
list, heals. The file is written whole and renamed into place, so a reader
never sees half of it; a file that does not parse keeps the previous cut and
is logged (a bad command must not take the user down).

The filter only decides; the client does the dropping: a request to a cut
server is not sent and, as on a real cut link, the attempt times out; a reply
or a push from it is discarded.
"""

from __future__ import annotations

import json
import os
import pathlib
import time
from collections.abc import Callable, Iterable

from socialnet.core import ProcessLog

RECHECK_S = 0.05


class FaultFilter:
    def __init__(
        self,
        path: str | pathlib.Path | None = None,
        log: ProcessLog | None = None,
        now: Callable[[], float] = time.monotonic,
        recheck_s: float = RECHECK_S,
    ) -> None:
        self.path = pathlib.Path(path) if path else None
        self.log = log
        self.now = now
        self.recheck_s = recheck_s
        self.cut: frozenset[str] = frozenset()
        self._checked = float("-inf")
        self._stamp: tuple[int, int, int] | None = None

    def cut_off(self, *names: str) -> bool:
        """True when any of these names (a server's id or endpoints) is cut off."""
        self.refresh()
        return any(n in self.cut for n in names if n)

    def set(self, names: Iterable[str]) -> None:
        cut = frozenset(n for n in names if n)
        if cut == self.cut:
            return
        self.cut = cut
        if self.log is not None:
            if cut:
                self.log.event("PARTITION_SET", peers=sorted(cut))
            else:
                self.log.event("PARTITION_HEALED", peers=[])

    def heal(self) -> None:
        self.set(())

    def refresh(self) -> None:
        """Re-reads the command file if it changed (checked at most every recheck_s)."""
        if self.path is None or self.now() - self._checked < self.recheck_s:
            return
        self._checked = self.now()
        try:
            st = self.path.stat()
        except FileNotFoundError:
            self._stamp = None
            self.heal()
            return
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            names = parse(self.path.read_text())
        except (OSError, ValueError) as e:
            if self.log is not None:
                self.log.event("FAULT_FILE_INVALID", level="warn", path=str(self.path), reason=str(e)[:200])
            return
        self.set(names)


def parse(text: str) -> list[str]:
    """The names of a command file; ValueError when it is not {"cut": [str, ...]}."""
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("cut"), list):
        raise ValueError('expected {"cut": [names]}')
    if not all(isinstance(n, str) for n in data["cut"]):
        raise ValueError("every name in cut must be a string")
    return data["cut"]


def write_cut(path: str | pathlib.Path, names: Iterable[str]) -> None:
    """The operator's side: the command file, replaced atomically ([] heals)."""
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"cut": sorted(set(names))}) + "\n")
    os.replace(tmp, path)
