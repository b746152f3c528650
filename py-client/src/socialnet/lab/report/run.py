"""A run directory loaded once: every log (checked line by line), each process's
incarnations, and the launcher's optional run.json."""

from __future__ import annotations

import bisect
import functools
import json
import pathlib
from collections import defaultdict
from dataclasses import dataclass, field

from socialnet.lab.logs import SCHEMA, check_log, is_stop_event, segments
from socialnet.lab.report.fastschema import compile_schema

MEMBER_ROLES = ("server", "clock")  # the processes Bully and Berkeley run between
ROLE_ORDER = {"server": 0, "clock": 1, "user": 2, "control": 3}
SHUTDOWN_GAP_MS = 1000.0  # without run.json: graceful stops closer than this to the next one form the final shutdown


@dataclass
class Segment:
    """One incarnation of a process: from its start event to its last line."""

    proc: str
    index: int
    lines: list[dict]
    reals: list[float] = field(init=False)

    def __post_init__(self) -> None:
        self.reals = [ln["real"] for ln in self.lines]

    @property
    def start(self) -> float:
        return self.reals[0]

    @property
    def end(self) -> float:
        return self.reals[-1]

    @property
    def stopped(self) -> bool:
        """Ended with a *_STOPPED line; otherwise the process died at its last line."""
        return is_stop_event(self.lines[-1]["event"])

    def covers(self, t: float) -> bool:
        return self.start <= t <= self.end

    def offset_at(self, t: float) -> float | None:
        """clock - real of the last line at or before t (clocks only step at logged events)."""
        i = bisect.bisect_right(self.reals, t) - 1
        if i < 0 or t > self.end:
            return None
        return self.lines[i]["clock"] - self.lines[i]["real"]


@dataclass
class Run:
    dir: pathlib.Path
    logs: dict[str, list[dict]]
    invalid: list[str]
    notes: list[str]
    meta: dict
    draw: bool = True  # write the PNG figures

    def __post_init__(self) -> None:
        self.roles = {p: lines[0]["role"] for p, lines in self.logs.items()}
        self.langs = {p: lines[0]["lang"] for p, lines in self.logs.items()}
        self.segments = {
            p: [Segment(p, i, part) for i, part in enumerate(segments(lines))] for p, lines in self.logs.items()
        }
        reals = [ln["real"] for lines in self.logs.values() for ln in lines]
        self.t0 = min(reals, default=0.0)
        self.t_end = max(reals, default=0.0)
        self.by_event: dict[str, list[dict]] = defaultdict(list)
        for lines in self.logs.values():
            for ln in lines:
                self.by_event[ln["event"]].append(ln)
        for found in self.by_event.values():
            found.sort(key=lambda ln: ln["real"])

    @property
    def procs(self) -> list[str]:
        return sorted(self.logs, key=lambda p: (ROLE_ORDER.get(self.roles[p], 9), p))

    def with_role(self, *roles: str) -> list[str]:
        return [p for p in self.procs if self.roles[p] in roles]

    def events(self, name: str) -> list[dict]:
        return self.by_event.get(name, [])

    @functools.cached_property
    def stopping_at(self) -> float:
        """When the final shutdown began: run.json's stopping_at, else the first of the last
        graceful stops that follow each other by less than SHUTDOWN_GAP_MS."""
        mark = self.meta.get("stopping_at")
        if isinstance(mark, int | float):
            return float(mark)
        stops = sorted(segs[-1].end for segs in self.segments.values() if segs[-1].stopped)
        if not stops:
            return self.t_end + 1  # nobody stopped gracefully: nobody ran to the end
        at = stops[-1]
        for t in reversed(stops[:-1]):
            if at - t > SHUTDOWN_GAP_MS:
                break
            at = t
        return at

    def segment_at(self, proc: str, t: float) -> Segment | None:
        return next((s for s in self.segments[proc] if s.covers(t)), None)

    def alive_at(self, proc: str, t: float) -> bool:
        return self.segment_at(proc, t) is not None

    def offset_at(self, proc: str, t: float) -> float | None:
        seg = self.segment_at(proc, t)
        return None if seg is None else seg.offset_at(t)

    def end_state(self, proc: str) -> str:
        """live (stopped in the final shutdown), stopped (earlier), or died."""
        last = self.segments[proc][-1]
        if not last.stopped:
            return "died"
        return "live" if last.end >= self.stopping_at else "stopped"

    def rel(self, t: float) -> str:
        """A real time as seconds since the run's first line."""
        return f"+{(t - self.t0) / 1000:.3f} s"

    def phases(self) -> list[tuple[str, float]]:
        """Scenario phases from run.json as (name, real ms); any of start_ms/real/at names the mark."""
        marks = []
        for phase in self.meta.get("phases") or []:
            if not isinstance(phase, dict):
                continue
            at = next(
                (phase[k] for k in ("start_ms", "real", "at", "start") if isinstance(phase.get(k), int | float)), None
            )
            if at is not None:
                marks.append((str(phase.get("name", "?")), float(at)))
        return marks


def load_run(run_dir: pathlib.Path) -> Run:
    """Reads RUN_DIR/logs/*.jsonl (or RUN_DIR/*.jsonl) and RUN_DIR/run.json if present."""
    log_dir = run_dir / "logs" if (run_dir / "logs").is_dir() else run_dir
    logs: dict[str, list[dict]] = {}
    invalid, notes = [], []
    quick_ok = compile_schema(SCHEMA)
    for path in sorted(log_dir.glob("*.jsonl")):
        lines, problems = check_log(path, quick_ok)
        invalid += problems
        if not lines:
            notes.append(f"{path.name}: no valid line")
            continue
        procs = {ln["proc"] for ln in lines}
        proc = lines[0]["proc"]
        if len(procs) > 1:
            notes.append(f"{path.name}: lines name several processes {sorted(procs)}; all counted as {proc}")
        if proc in logs:
            notes.append(f"{path.name}: {proc} already has a log file; read as {path.stem}")
            proc = path.stem
        logs[proc] = lines if procs == {proc} else [dict(ln, proc=proc) for ln in lines]
    meta: dict = {}
    meta_path = run_dir / "run.json"
    if meta_path.exists():
        try:
            loaded = json.loads(meta_path.read_text())
            meta = loaded if isinstance(loaded, dict) else {}
        except json.JSONDecodeError as e:
            notes.append(f"run.json is not JSON ({e}); ignored")
    return Run(run_dir, logs, invalid, notes, meta)
