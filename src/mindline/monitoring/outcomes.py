"""Reliable change and NHS Talking Therapies outcomes from paired first/last scores.

Pure: INSTRUMENTS.md §5. Thresholds are the published programme values; do not recompute
them from local data without clinical sign-off (§5.1).
"""

from __future__ import annotations

from collections.abc import Mapping
from math import sqrt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from mindline.core.errors import InvalidInput

Measure = Literal["phq9", "gad7"]

# INSTRUMENTS.md §5.2: caseness PHQ-9 >= 10, GAD-7 >= 8 [S19].
CASENESS: dict[str, int] = {"phq9": 10, "gad7": 8}
# INSTRUMENTS.md §5.2: reliable change PHQ-9 >= 6 points, GAD-7 >= 4 points [S19].
RELIABLE_CHANGE: dict[str, int] = {"phq9": 6, "gad7": 4}
RANGES: dict[str, tuple[int, int]] = {"phq9": (0, 27), "gad7": (0, 21)}
# INSTRUMENTS.md §5.1: reliable if |RC| > 1.96 (95% criterion) [S20].
Z_95 = 1.96
ALGORITHM_VERSION = "nhs-tt-outcomes-1.0"


class Change(BaseModel):
    """First-to-last change on one measure."""

    model_config = ConfigDict(frozen=True)

    measure: str
    first: int
    last: int
    change: int
    case_at_start: bool
    case_at_end: bool
    reliable_improvement: bool
    reliable_deterioration: bool


class Outcome(BaseModel):
    """Outcome of a finished course of treatment (INSTRUMENTS.md §5.3)."""

    model_config = ConfigDict(frozen=True)

    measures: list[str]
    case_at_start: bool
    case_at_end: bool
    # None when the person was not a case at the start: recovery is only defined for cases.
    recovered: bool | None
    reliable_improvement: bool
    reliable_deterioration: bool
    reliable_recovery: bool | None
    deterioration_rule: Literal["symmetric", "any_measure"]
    changes: list[Change]
    algorithm_version: str = ALGORITHM_VERSION


def is_case(measure: str, total: int) -> bool:
    """Return True if a PHQ-9 or GAD-7 total is at or above NHS TT caseness."""
    return _checked(measure, total, "total") >= CASENESS[measure]


def reliable_change(measure: str, first: int, last: int) -> Change:
    """Compare one measure's first and last totals against caseness and its RCI threshold."""
    _checked(measure, first, "first")
    _checked(measure, last, "last")
    threshold = RELIABLE_CHANGE[measure]
    return Change(
        measure=measure,
        first=first,
        last=last,
        change=last - first,
        case_at_start=is_case(measure, first),
        case_at_end=is_case(measure, last),
        reliable_improvement=first - last >= threshold,
        reliable_deterioration=last - first >= threshold,
    )


def outcome(
    first: Mapping[str, int], last: Mapping[str, int], *, symmetric_deterioration: bool = True
) -> Outcome:
    """Classify paired first/last scores: recovery, reliable improvement/recovery/deterioration.

    `symmetric_deterioration=True` requires no reliable improvement on the other measure,
    mirroring reliable improvement; whether NHS Digital does so is unverified (§5.3).
    """
    if not first or set(first) != set(last):
        raise InvalidInput(
            "first and last need the same measures (phq9 and/or gad7)",
            fields={"measures": f"first has {sorted(first)}, last has {sorted(last)}"},
        )
    measures = [m for m in CASENESS if m in first]
    unknown = sorted(set(first) - set(measures))
    if unknown:
        raise InvalidInput(
            f"unknown measure {unknown[0]!r}; measures: phq9, gad7",
            fields={unknown[0]: "allowed: phq9, gad7"},
        )
    changes = [reliable_change(m, first[m], last[m]) for m in measures]
    # INSTRUMENTS.md §5.3: caseness at start is either measure at or above its threshold.
    case_start = any(c.case_at_start for c in changes)
    case_end = any(c.case_at_end for c in changes)
    improved = any(c.reliable_improvement for c in changes)
    worsened = any(c.reliable_deterioration for c in changes)
    # §5.3: reliable improvement on at least one measure and no reliable deterioration on another.
    rel_imp = improved and not worsened
    # §5.3: reliable deterioration, symmetric rule configurable (unverified).
    rel_det = (worsened and not improved) if symmetric_deterioration else worsened
    # §5.3: recovery = case at start and both measures below caseness at the end.
    recovered = (not case_end) if case_start else None
    return Outcome(
        measures=measures,
        case_at_start=case_start,
        case_at_end=case_end,
        recovered=recovered,
        reliable_improvement=rel_imp,
        reliable_deterioration=rel_det,
        # §5.3: reliable recovery = recovery and reliable improvement.
        reliable_recovery=(recovered and rel_imp) if recovered is not None else None,
        deterioration_rule="symmetric" if symmetric_deterioration else "any_measure",
        changes=changes,
    )


def minimal_reliable_change(sd_pre: float, reliability: float) -> float:
    """Smallest raw change that is reliable: 1.96 * SD_pre * sqrt(2 * (1 - r)) (§5.1)."""
    return Z_95 * _s_diff(sd_pre, reliability)


def reliable_change_index(first: float, last: float, sd_pre: float, reliability: float) -> float:
    """Jacobson-Truax RC = (last - first) / (SD_pre * sqrt(2 * (1 - r))) (§5.1)."""
    return (last - first) / _s_diff(sd_pre, reliability)


def _s_diff(sd_pre: float, reliability: float) -> float:
    if sd_pre <= 0 or not 0 <= reliability < 1:
        raise InvalidInput(
            "need sd_pre > 0 and 0 <= reliability < 1",
            fields={"sd_pre": "> 0", "reliability": "0 <= r < 1"},
        )
    return sd_pre * sqrt(2 * (1 - reliability))


def _checked(measure: str, total: int, name: str) -> int:
    if measure not in RANGES:
        raise InvalidInput(
            f"unknown measure {measure!r}; measures: phq9, gad7", fields={"measure": "phq9 or gad7"}
        )
    low, high = RANGES[measure]
    if isinstance(total, bool) or not isinstance(total, int) or not low <= total <= high:
        raise InvalidInput(
            f"{measure} {name} total {total!r} must be a whole number {low}-{high}",
            fields={name: f"whole number {low}-{high}"},
        )
    return total
