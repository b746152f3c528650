"""Starting and stopping the lab's processes, in any of the three languages.

One place knows where each program lives and how to start it, so the tests,
the benchmarks, the demo and the cluster CLI all launch processes the same way.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

REPO = pathlib.Path(__file__).resolve().parents[4]
TS_DIST = REPO / "ts-server" / "dist"
GO_BIN = REPO / "go-clock" / "bin"


def node(script: str, *args: str) -> list[str]:
    """Command line of a compiled TypeScript program, e.g. node("tools/echo.js")."""
    return ["node", str(TS_DIST / script), *args]


def go(program: str, *args: str) -> list[str]:
    """Command line of a built Go program, e.g. go("ping")."""
    return [str(GO_BIN / program), *args]


def python(module: str, *args: str) -> list[str]:
    """Command line of a module of this package, run by this interpreter."""
    return [sys.executable, "-m", module, *args]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def endpoint(port: int) -> str:
    return f"tcp://127.0.0.1:{port}"


@dataclass
class Proc:
    """A child process whose stdout and stderr go to files."""

    name: str
    argv: Sequence[str]
    out_dir: pathlib.Path
    env: dict[str, str] = field(default_factory=dict)
    popen: subprocess.Popen | None = None

    @property
    def stdout_path(self) -> pathlib.Path:
        return self.out_dir / f"{self.name}.out"

    @property
    def stderr_path(self) -> pathlib.Path:
        return self.out_dir / f"{self.name}.err"

    def start(self, ready_line: str | None = None, timeout: float = 20.0) -> Proc:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.popen = subprocess.Popen(
                list(self.argv),
                stdout=out,
                stderr=err,
                env={**os.environ, **self.env},
                start_new_session=True,
            )
        if ready_line is not None:
            self.wait_for_output(ready_line, timeout)
        return self

    def wait_for_output(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.stdout():
                return
            if self.popen is not None and self.popen.poll() is not None:
                break
            time.sleep(0.02)
        raise RuntimeError(f"{self.name} did not print {text!r}; stderr:\n{self.stderr()[-2000:]}")

    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace") if self.stdout_path.exists() else ""

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""

    @property
    def pid(self) -> int:
        assert self.popen is not None
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def wait(self, timeout: float | None = None) -> int:
        assert self.popen is not None
        return self.popen.wait(timeout)

    def signal(self, sig: int) -> None:
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, then SIGKILL if it does not exit in time."""
        if self.popen is None:
            return None
        self.signal(signal.SIGTERM)
        try:
            return self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return self.popen.wait()

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        if self.popen is not None:
            self.popen.wait()


@contextlib.contextmanager
def running(*procs: Proc) -> Iterator[tuple[Proc, ...]]:
    """Stops every process on the way out, whatever happened inside."""
    try:
        yield procs
    finally:
        for p in reversed(procs):
            p.stop()
