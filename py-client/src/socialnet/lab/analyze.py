"""Analysis of a run: `python -m socialnet.lab.analyze RUN_DIR`.

Reads every process log in RUN_DIR/logs, checks the invariants the lab
promises (valid log lines, Lamport order, replica convergence, delivery to
users, one coordinator per term) and writes report.md, report.html,
results.json and PNG figures into RUN_DIR. Exit code 0 iff every invariant
holds. How to read the report: docs/logs.md.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")

from socialnet.lab.report import (  # after matplotlib.use: the backend is chosen first
    clocks,
    elections,
    lamport,
    latency,
    network,
    render,
    replicas,
    spacetime,
    users,
)
from socialnet.lab.report.model import Bullets, Check, Section, Table
from socialnet.lab.report.run import Run, load_run


def overview(run: Run) -> Section:
    section = Section("Run")
    seconds = (run.t_end - run.t0) / 1000
    section.blocks.append(
        f"{len(run.logs)} process logs, {sum(len(v) for v in run.logs.values())} lines over {seconds:.1f} s "
        f"of real time. Times below are seconds since the first log line."
    )
    if run.meta.get("scenario"):
        section.blocks.append(f"Scenario: {run.meta['scenario']}.")
    phases = run.phases()
    if phases:
        section.blocks.append(Table(["phase", "starts at"], [[name, run.rel(at)] for name, at in phases]))
    if run.notes:
        section.blocks += ["Notes:", Bullets(run.notes)]
    section.checks.append(
        Check.of(
            "log_lines_valid",
            run.invalid,
            "every line of every log is JSON and follows proto/log-line.schema.json",
        )
    )
    return section


def analyze(run: Run, window_start: float | None, window_ms: float, settle_ms: float) -> list[Section]:
    delivery = users.analyze(run, settle_ms)
    delivery.blocks += latency.figures(run, delivery.data.get("latency_ms", {}))
    return [
        overview(run),
        network.counts(run),
        lamport.analyze(run),
        replicas.analyze(run),
        delivery,
        elections.analyze(run),
        clocks.analyze(run),
        spacetime.analyze(run, window_start, window_ms),
        network.network(run),
    ]


def write(run: Run, sections: list[Section]) -> bool:
    checks = [c for s in sections for c in s.checks]
    valid = all(c.ok for c in checks)
    verdict = Table(
        ["invariant", "status", "violations", "detail"],
        [[c.name, c.status, len(c.violations), c.detail] for c in checks],
    )
    title = f"Run report: {run.dir.name} — {'all invariants hold' if valid else 'INVARIANTS VIOLATED'}"
    (run.dir / "report.md").write_text(render.markdown(title, verdict, sections))
    (run.dir / "report.html").write_text(render.page(title, verdict, sections))
    results = {
        "valid": valid,
        "invariants": [c.to_json() for c in checks],
        "figures": {k: v for s in sections for k, v in s.figures.items()},
        "sections": {s.title: s.data for s in sections if s.data},
    }
    (run.dir / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    for c in checks:
        print(f"{c.status:>9}  {c.name}: {c.detail}" + (f" ({len(c.violations)} violations)" if c.violations else ""))
    return valid


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m socialnet.lab.analyze", description=__doc__.split("\n\n")[0])
    parser.add_argument("run_dir", type=pathlib.Path, help="a run directory holding logs/*.jsonl")
    parser.add_argument(
        "--window-start-ms",
        type=float,
        default=None,
        help="start of the space-time window, ms after the first log line (or an epoch time in ms); default: "
        "centred on the middle of the run",
    )
    parser.add_argument("--window-ms", type=float, default=1000.0, help="length of the space-time window (ms)")
    parser.add_argument(
        "--settle-ms",
        type=float,
        default=1000.0,
        help="a user is expected to hold a delivery acknowledged at least this long before it stopped",
    )
    parser.add_argument("--no-figures", action="store_true", help="check and report without drawing the PNGs")
    args = parser.parse_args(argv)
    run = load_run(args.run_dir)
    run.draw = not args.no_figures
    if not run.logs:
        print(f"no process log (*.jsonl) under {args.run_dir}", file=sys.stderr)
        return 2
    valid = write(run, analyze(run, args.window_start_ms, args.window_ms, args.settle_ms))
    print(f"report: {run.dir / 'report.html'}")
    return 0 if valid else 1


if __name__ == "__main__":
    sys.exit(main())
