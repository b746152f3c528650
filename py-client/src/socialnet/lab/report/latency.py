"""Latency histograms: a post's issue to each follower's notification, a message's issue to its delivery."""

from __future__ import annotations

from socialnet.lab.report.model import Figure
from socialnet.lab.report.run import Run

PLOTS = (
    ("post", "latency_post.png", "post issued (author) → notification received (each follower)"),
    ("dm", "latency_dm.png", "private message issued (sender) → notification received (recipient)"),
)


def figures(run: Run, latency: dict[str, list[float]]) -> list[Figure]:
    import matplotlib.pyplot as plt

    out = []
    for kind, file, title in PLOTS if run.draw else ():
        values = latency.get(kind) or []
        if not values:
            continue
        fig, ax = plt.subplots(figsize=(8, 3.6))
        ax.hist(values, bins=min(50, max(5, len(values) // 4)), color="tab:blue", alpha=0.8)
        ax.set_xlabel("ms (real time)")
        ax.set_ylabel("deliveries")
        ax.set_title(f"{title}, n={len(values)}", fontsize=10)
        ax.grid(alpha=0.3)
        fig.tight_layout()
        fig.savefig(run.dir / file, dpi=110)
        plt.close(fig)
        out.append(Figure(file, title))
    return out
