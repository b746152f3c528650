"""What a section hands to the renderer: text blocks, tables, figures and checks."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_LISTED = 20  # violations listed per invariant in the report and results.json


@dataclass
class Check:
    """One invariant. Not applicable (nothing in the run to judge) counts as holding."""

    name: str
    ok: bool
    detail: str
    violations: list[str] = field(default_factory=list)
    applicable: bool = True

    @classmethod
    def of(cls, name: str, violations: list[str], detail: str) -> Check:
        return cls(name, not violations, detail, violations)

    @classmethod
    def not_applicable(cls, name: str, why: str) -> Check:
        return cls(name, True, f"not applicable: {why}", applicable=False)

    @property
    def status(self) -> str:
        if not self.applicable:
            return "n/a"
        return "holds" if self.ok else "VIOLATED"

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "ok": self.ok,
            "applicable": self.applicable,
            "detail": self.detail,
            "violation_count": len(self.violations),
            "violations": self.violations[:MAX_LISTED],
        }


@dataclass
class Table:
    headers: list[str]
    rows: list[list]


@dataclass
class Figure:
    file: str  # a PNG beside the report
    caption: str


@dataclass
class Bullets:
    items: list[str]


Block = str | Table | Figure | Bullets


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    data: dict = field(default_factory=dict)  # extra numbers for results.json

    @property
    def figures(self) -> dict[str, str]:
        return {b.file.removesuffix(".png"): b.file for b in self.blocks if isinstance(b, Figure)}


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil without floats drifting
    return ordered[min(len(ordered), int(rank)) - 1]


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def capped(items: list, limit: int = MAX_LISTED) -> list:
    """The first `limit` items, with a last line saying how many were left out."""
    return items[:limit] + ([f"... and {len(items) - limit} more"] if len(items) > limit else [])
