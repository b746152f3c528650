"""A Lamport space-time diagram of a window of the run."""

from __future__ import annotations

from collections import Counter

from socialnet.lab.report.lamport import incarnation_logs, message_pairs
from socialnet.lab.report.model import Figure, Section
from socialnet.lab.report.run import Run

LABEL_LIMIT = 150  # above this many events in the window, dots carry no Lamport label


def window(run: Run, start_ms: float | None, length_ms: float) -> tuple[float, float]:
    """[a, b] in real ms. start_ms counts from the first log line, or is an epoch time if above 1e12."""
    if start_ms is None:
        mid = (run.t0 + run.t_end) / 2
        return mid - length_ms / 2, mid + length_ms / 2
    a = start_ms if start_ms > 1e12 else run.t0 + start_ms
    return a, a + length_ms


def analyze(run: Run, start_ms: float | None, length_ms: float) -> Section:
    a, b = window(run, start_ms, length_ms)
    inside = [ln for p in run.procs for ln in run.logs[p] if a <= ln["real"] <= b]
    pairs = [(s, r) for s, r in message_pairs(incarnation_logs(run)) if a <= s["real"] <= b and a <= r["real"] <= b]
    section = Section("Lamport space-time diagram")
    section.blocks.append(
        f"Window {run.rel(a)} to {run.rel(b)}: {len(inside)} events, {len(pairs)} messages with both ends inside. "
        "Every arrow must go from a smaller Lamport value to a larger one. Choose another window with "
        "--window-start-ms (from the first log line) and --window-ms."
    )
    if run.draw:
        draw(run, a, b, inside, pairs)
        section.blocks.append(Figure("spacetime.png", "space-time diagram of the window"))
    section.data = {"window_real_ms": [a, b], "events": len(inside), "messages": len(pairs)}
    return section


def draw(run: Run, a: float, b: float, inside: list[dict], pairs: list[tuple[dict, dict]]) -> None:
    import matplotlib.pyplot as plt

    procs = run.procs
    row = {p: i for i, p in enumerate(procs)}
    bodies = [body for body, _ in Counter(s["body"] for s, _ in pairs).most_common(9)]
    colors = {body: plt.get_cmap("tab10")(i) for i, body in enumerate(bodies)}

    fig, ax = plt.subplots(figsize=(13, 1.5 + 0.5 * len(procs)))
    for p in procs:
        ax.axhline(row[p], color="lightgrey", lw=0.8, zorder=0)
    x = lambda ln: ln["real"] - a  # noqa: E731
    marker = {"send": ("^", "tab:blue"), "recv": ("v", "tab:green")}
    for ln in inside:
        shape, color = marker.get(ln.get("dir", ""), ("o", "black"))
        ax.plot(x(ln), row[ln["proc"]], shape, color=color, ms=3.5, zorder=3)
        if len(inside) <= LABEL_LIMIT:
            ax.annotate(
                str(ln["lamport"]), (x(ln), row[ln["proc"]]), textcoords="offset points", xytext=(2, 4), fontsize=6
            )
    seen = set()
    for s, r in pairs:
        color = colors.get(s["body"], "grey")
        label = s["body"] if s["body"] in colors and s["body"] not in seen else None
        seen.add(s["body"])
        ax.annotate(
            "",
            (x(r), row[r["proc"]]),
            (x(s), row[s["proc"]]),
            arrowprops={"arrowstyle": "->", "color": color, "lw": 0.7, "alpha": 0.8},
        )
        if label:
            ax.plot([], [], color=color, label=label)
    ax.set_yticks(range(len(procs)), procs)
    ax.invert_yaxis()
    ax.set_xlim(0, b - a)
    ax.set_xlabel(f"ms after {run.rel(a)} (real time)")
    ax.set_title("Lamport space-time diagram: ▲ send, ▼ receive, ● other event; labels are Lamport values")
    if seen:
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), title="message body", title_fontsize=7)
    fig.tight_layout()
    fig.savefig(run.dir / "spacetime.png", dpi=110)
    plt.close(fig)
