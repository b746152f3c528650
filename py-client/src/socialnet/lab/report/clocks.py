"""Physical clocks: every process's error (clock - real) over time, and the
spread across members just before and after each Berkeley round."""

from __future__ import annotations

from socialnet.lab.report.model import Figure, Section, Table, ms, percentile
from socialnet.lab.report.run import MEMBER_ROLES, Run

AFTER_MS = 250.0  # a member's clock after a round, when it logged no CLOCK_ADJUSTED for it
MAX_ROUND_ROWS = 40


def after_offset(run: Run, proc: str, done: dict, adjusted: dict) -> float | None:
    """The member's error once the round's adjustment is applied: its CLOCK_ADJUSTED
    line for this round (logged after stepping), else its error AFTER_MS later."""
    t = done["real"]
    for ln in adjusted.get((proc, done.get("round")), []):
        if ln.get("coordinator", ln.get("from", done["proc"])) == done["proc"] and t - 50 <= ln["real"] <= t + 1000:
            return ln["clock"] - ln["real"]
    return run.offset_at(proc, t + AFTER_MS)


def spread(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return max(known) - min(known) if len(known) >= 2 else None


def rounds(run: Run) -> list[dict]:
    out = []
    adjusted: dict[tuple, list[dict]] = {}
    for ln in run.events("CLOCK_ADJUSTED"):
        adjusted.setdefault((ln["proc"], ln.get("round")), []).append(ln)
    for done in sorted(run.events("BERKELEY_ROUND") + run.events("BERKELEY_ROUND_DONE"), key=lambda ln: ln["real"]):
        t = done["real"]
        members = [m for m in run.with_role(*MEMBER_ROLES) if run.alive_at(m, t)]
        before = spread([run.offset_at(m, t - 0.5) for m in members])
        after = spread([after_offset(run, m, done, adjusted) for m in members])
        dropped = [d for f in ("dropped", "dropped_rtt", "dropped_deviation") for d in done.get(f) or []]
        out.append(
            {
                "round": done.get("round"),
                "coordinator": done["proc"],
                "real": t,
                "members": len(members),
                "used": len(done.get("used") or []),
                "dropped": ", ".join(map(str, dropped)) or "-",
                "average_ms": done["average_us"] / 1000 if isinstance(done.get("average_us"), int | float) else None,
                "before": before,
                "after": after,
            }
        )
    return out


def plot(run: Run, found: list[dict], path) -> None:
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(12, 7.5), sharex=True, height_ratios=[3, 1.3])
    palette = plt.get_cmap("tab10" if len(run.procs) <= 10 else "tab20")
    for n, p in enumerate(run.procs):
        for seg in run.segments[p]:
            xs, ys, last = [], [], None
            for ln in seg.lines:  # keep the steps only: between them the error is constant
                off = ln["clock"] - ln["real"]
                if last is None or abs(off - last) > 1.0 or ln is seg.lines[-1]:
                    xs.append((ln["real"] - run.t0) / 1000)
                    ys.append(off)
                    last = off
            style = "-" if run.roles[p] in MEMBER_ROLES else ":"
            color = palette(n % palette.N)
            top.plot(xs, ys, style, color=color, drawstyle="steps-post", lw=1.2, label=p if seg.index == 0 else None)
    drifts = run.events("DRIFT_INJECTED")
    if drifts:
        top.scatter(
            [(ln["real"] - run.t0) / 1000 for ln in drifts],
            [ln["clock"] - ln["real"] for ln in drifts],
            marker="x",
            color="black",
            s=18,
            zorder=3,
            label="drift injected",
        )
    for r in found:
        top.axvline((r["real"] - run.t0) / 1000, color="grey", lw=0.5, ls="--")
    for name, at in run.phases():
        for ax in (top, bottom):
            ax.axvline((at - run.t0) / 1000, color="tab:red", lw=0.8)
        top.annotate(f" {name}", ((at - run.t0) / 1000, 0.98), xycoords=("data", "axes fraction"), fontsize=8, va="top")
    top.set_ylabel("clock - real (ms)")
    top.set_title("Clock error per process (dashed grey: Berkeley rounds; x: drift jumps; dotted: users)")
    top.legend(fontsize=7, ncol=max(1, len(run.procs) // 12 + 1), loc="upper left", bbox_to_anchor=(1.0, 1.0))
    top.grid(alpha=0.3)
    xs = [(r["real"] - run.t0) / 1000 for r in found]
    bottom.plot(xs, [r["before"] for r in found], "o", ms=3, label="before round")
    bottom.plot(xs, [r["after"] for r in found], "o", ms=3, label="after round")
    bottom.set_ylabel("member spread (ms)")
    bottom.set_xlabel("seconds since the first log line")
    bottom.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    bottom.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def average(r: dict) -> list[str]:
    return [ms(r["average_ms"]), ms(r["before"]), ms(r["after"])]


def analyze(run: Run) -> Section:
    section = Section("Clocks (Berkeley)")
    found = rounds(run)
    jumps = run.events("DRIFT_INJECTED")
    section.blocks.append(
        f"{len(found)} Berkeley round(s) (BERKELEY_ROUND), {len(jumps)} drift jump(s) (DRIFT_INJECTED). "
        "Spread = max - min of clock - real across the members (servers and clock nodes) alive at that moment: "
        "just before the round closed, and once its adjustments were applied (CLOCK_ADJUSTED, or "
        f"{AFTER_MS:.0f} ms later)."
    )
    if run.draw:
        plot(run, found, run.dir / "clock_offsets.png")
        section.blocks.append(Figure("clock_offsets.png", "clock - real per process over the run"))
    if found:
        rows = []
        for when in ("before", "after"):
            v = [r[when] for r in found if r[when] is not None]
            rows.append([when, len(v), ms(percentile(v, 50)), ms(percentile(v, 99)), ms(max(v, default=None))])
        section.blocks.append(Table(["spread (ms)", "rounds", "p50", "p99", "max"], rows))
        shown = [
            [r["round"], r["coordinator"], run.rel(r["real"]), r["members"], r["used"], r["dropped"], *average(r)]
            for r in found[:MAX_ROUND_ROWS]
        ]
        headers = ["round", "coordinator", "at", "members", "used", "dropped", "average", "before", "after"]
        section.blocks.append(Table(headers, shown))
        if len(found) > MAX_ROUND_ROWS:
            section.blocks.append(f"... and {len(found) - MAX_ROUND_ROWS} more rounds (all in results.json).")
    section.data = {"rounds": [{k: v for k, v in r.items() if k != "dropped"} for r in found]}
    return section
