"""n-of-1 analysis: which of a person's own activities and exercises precede better days.

Pure. For each tag, next-day mood (or sleep) after days with the tag is compared with
next-day values after days without it: mean difference, Welch t 95% CI and Cohen's d.
Days are not independent (mood carries over), so the CI is optimistic; the decision to
call an effect "clear" therefore uses a Bonferroni-corrected p-value across all tags tested.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from math import sqrt
from typing import Any

MIN_EACH = 10  # days with and without the tag, each
MIN_PAIRS = 28  # consecutive-day pairs overall
OUTCOMES = ("mood", "sleep")
NOT_ENOUGH = "not enough data"


@dataclass(frozen=True)
class Day:
    """One check-in day: scores and tags ('activity:walk', 'exercise:paced_breathing')."""

    on: date
    mood: int
    sleep: int
    tags: frozenset[str]


@dataclass(frozen=True)
class Effect:
    """Next-day difference after days with a tag versus days without it."""

    tag: str
    outcome: str
    n_with: int
    n_without: int
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    effect_size: float | None = None
    p_value: float | None = None
    clear: bool = False
    note: str = NOT_ENOUGH

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def pairs(days: Sequence[Day]) -> list[tuple[Day, Day]]:
    """Consecutive-day pairs (today, tomorrow); gaps break the chain."""
    by_day = {d.on: d for d in days}
    return [(d, by_day[d.on + timedelta(days=1)]) for d in days if d.on + timedelta(1) in by_day]


def analyse(days: Sequence[Day], *, tags: Sequence[str] | None = None) -> list[Effect]:
    """Effects for every tag (or the given ones) on next-day mood and sleep."""
    linked = pairs(days)
    wanted = sorted(tags if tags is not None else {t for d in days for t in d.tags})
    if len(linked) < MIN_PAIRS:
        return [
            Effect(t, o, 0, 0, note=f"{NOT_ENOUGH}: {len(linked)} of {MIN_PAIRS} consecutive days")
            for t in wanted
            for o in OUTCOMES
        ]
    effects = [_one(linked, tag, outcome) for tag in wanted for outcome in OUTCOMES]
    tested = sum(1 for e in effects if e.p_value is not None)
    return [_with_clear(e, tested) if e.p_value is not None else e for e in effects]


def _with_clear(effect: Effect, tested: int) -> Effect:
    assert effect.p_value is not None
    clear = effect.p_value * tested < 0.05
    note = "clear association" if clear else "no clear association"
    return Effect(**{**asdict(effect), "clear": clear, "note": note})


def _one(linked: list[tuple[Day, Day]], tag: str, outcome: str) -> Effect:
    field = "mood" if outcome == "mood" else "sleep"
    with_tag = [float(getattr(b, field)) for a, b in linked if tag in a.tags]
    without = [float(getattr(b, field)) for a, b in linked if tag not in a.tags]
    n1, n2 = len(with_tag), len(without)
    if n1 < MIN_EACH or n2 < MIN_EACH:
        return Effect(
            tag,
            outcome,
            n1,
            n2,
            note=f"{NOT_ENOUGH}: needs {MIN_EACH} days with "
            f"and {MIN_EACH} without (has {n1} and {n2})",
        )
    return welch(with_tag, without, tag=tag, outcome=outcome)


def welch(a: Sequence[float], b: Sequence[float], *, tag: str = "", outcome: str = "") -> Effect:
    """Mean difference a - b with a Welch t 95% CI, Cohen's d and a two-sided p-value."""
    n1, n2 = len(a), len(b)
    m1, m2 = sum(a) / n1, sum(b) / n2
    v1 = sum((x - m1) ** 2 for x in a) / (n1 - 1)
    v2 = sum((x - m2) ** 2 for x in b) / (n2 - 1)
    diff = m1 - m2
    se = sqrt(v1 / n1 + v2 / n2)
    pooled = sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    if se == 0:
        return Effect(tag, outcome, n1, n2, diff, diff, diff, None, None, False, "no variation")
    # Imported here: scipy.stats takes about a second to import, and every web and worker
    # process imports this module at start while only these estimates need it.
    from scipy import stats

    df = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
    half = float(stats.t.ppf(0.975, df)) * se
    p = float(2 * stats.t.sf(abs(diff) / se, df))
    d = diff / pooled if pooled else None
    return Effect(tag, outcome, n1, n2, diff, diff - half, diff + half, d, p, False, "estimated")
