"""Per-patient trends: score series, check-in series, rolling mood, change and outcomes.

The day-level helpers are pure (lists of (date, value) in, numbers out) so the detectors and
tests use them without a database. INSTRUMENTS.md §11: the check-in is not validated; it
shows trends and prompts questionnaires, and never yields caseness, RCI or risk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.monitoring import outcomes
from mindline.monitoring.models import CheckIn, QuestionnaireResponse

Day = tuple[date, float]
RECENT_DAYS = 7
BASELINE_DAYS = 14
MIN_RECENT = 4  # check-ins needed in the 7-day window before comparing it
MIN_BASELINE = 7  # check-ins needed in the 14-day baseline
# INSTRUMENTS.md §11 heuristics (need clinician sign-off before use).
LOW_MOOD = 2
LOW_MOOD_DAYS = 3
BASELINE_DROP = 3.0
HIGH_ANXIETY = 8
# Disengagement: silent this many days after a week whose mean mood was at or below LOW_WEEK.
SILENT_DAYS = 5
LOW_WEEK = 4.0
MIN_LOW_WEEK = 3


def window(days: Sequence[Day], end: date, length: int) -> list[float]:
    """Values dated in the `length` days ending on `end` (inclusive)."""
    start = end - timedelta(days=length - 1)
    return [value for when, value in days if start <= when <= end]


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def rolling_means(days: Sequence[Day], length: int = RECENT_DAYS) -> list[tuple[date, float]]:
    """For each day with a value, the mean over the `length` days ending that day."""
    return [(when, sum(w) / len(w)) for when, _ in days if (w := window(days, when, length))]


def slope(days: Sequence[Day], end: date, length: int = RECENT_DAYS) -> float | None:
    """Least-squares slope (points per day) over the window ending on `end`; None if < 2 days."""
    start = end - timedelta(days=length - 1)
    points = [((when - start).days, value) for when, value in days if start <= when <= end]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def streak_start(
    days: Sequence[Day], today: date, test: Callable[[float], bool], length: int
) -> date | None:
    """First day of a run of >= `length` consecutive days passing `test` that ends on the
    latest day, when that day is today or yesterday; else None."""
    ordered = sorted(days)
    if not ordered or ordered[-1][0] < today - timedelta(days=1):
        return None
    run_start: date | None = None
    count = 0
    previous: date | None = None
    for when, value in ordered:
        if not test(value):
            run_start, count = None, 0
        elif count and previous is not None and when == previous + timedelta(days=1):
            count += 1
        else:
            run_start, count = when, 1
        previous = when
    return run_start if count >= length else None


def low_mood_streak(days: Sequence[Day], today: date) -> date | None:
    """Mood <= 2 on 3 consecutive days up to today or yesterday: the streak's first day."""
    return streak_start(days, today, lambda v: v <= LOW_MOOD, LOW_MOOD_DAYS)


def high_anxiety_streak(days: Sequence[Day], today: date) -> date | None:
    """Anxiety >= 8 on 3 consecutive days up to today or yesterday: the streak's first day."""
    return streak_start(days, today, lambda v: v >= HIGH_ANXIETY, LOW_MOOD_DAYS)


def baseline_drop(days: Sequence[Day], today: date) -> tuple[float, float] | None:
    """(7-day mean, 14-day baseline) when the recent mean is >= 3 points below the baseline.

    Recent: the 7 days ending today. Baseline: the 14 days before those.
    """
    recent = window(days, today, RECENT_DAYS)
    baseline = window(days, today - timedelta(days=RECENT_DAYS), BASELINE_DAYS)
    if len(recent) < MIN_RECENT or len(baseline) < MIN_BASELINE:
        return None
    recent_mean, baseline_mean = sum(recent) / len(recent), sum(baseline) / len(baseline)
    if baseline_mean - recent_mean >= BASELINE_DROP:
        return recent_mean, baseline_mean
    return None


def disengaged(days: Sequence[Day], today: date) -> tuple[date, float] | None:
    """(last check-in day, that week's mean) when silent >= 5 days after a low week."""
    if not days:
        return None
    last = max(when for when, _ in days)
    if (today - last).days < SILENT_DAYS:
        return None
    week = window(days, last, RECENT_DAYS)
    week_mean = mean(week)
    if len(week) < MIN_LOW_WEEK or week_mean is None or week_mean > LOW_WEEK:
        return None
    return last, week_mean


# --- queries ------------------------------------------------------------------------------


def checkins_since(*, session: Session, patient_id: int, since: date) -> list[CheckIn]:
    """A patient's check-ins from a day on, oldest first."""
    return list(
        session.scalars(
            select(CheckIn)
            .where(
                CheckIn.patient_id == patient_id,
                CheckIn.local_on >= since,
                CheckIn.deleted_at.is_(None),
            )
            .order_by(CheckIn.local_on)
        )
    )


def _scored(
    session: Session, patient_id: int, since: datetime | None = None
) -> list[QuestionnaireResponse]:
    stmt = select(QuestionnaireResponse).where(
        QuestionnaireResponse.patient_id == patient_id,
        QuestionnaireResponse.deleted_at.is_(None),
    )
    if since is not None:
        stmt = stmt.where(QuestionnaireResponse.authored_at >= since)
    order = (QuestionnaireResponse.authored_at, QuestionnaireResponse.id)
    return list(session.scalars(stmt.order_by(*order)))


def first_and_latest(
    *, session: Session, patient_id: int
) -> dict[str, tuple[QuestionnaireResponse, QuestionnaireResponse]]:
    """Per outcome measure (PHQ-9, GAD-7) with >= 2 scored responses: the first and the latest."""
    found: dict[str, tuple[QuestionnaireResponse, QuestionnaireResponse]] = {}
    rows = _scored(session, patient_id)
    for measure in outcomes.RELIABLE_CHANGE:
        scored = [r for r in rows if r.instrument == measure and r.total is not None]
        if len(scored) >= 2:
            found[measure] = (scored[0], scored[-1])
    return found


def report(*, session: Session, patient_id: int, days: int = 180) -> dict[str, Any]:
    """Everything a clinician's trend view needs, as plain data (ids, numbers, dates)."""
    now = clock.now()
    today = now.date()
    rows = checkins_since(session=session, patient_id=patient_id, since=today - timedelta(days))
    mood: list[Day] = [(c.local_on, float(c.mood)) for c in rows]
    scores: dict[str, list[dict[str, Any]]] = {}
    for r in _scored(session, patient_id, now - timedelta(days=days)):
        scores.setdefault(r.instrument, []).append(
            {
                "response_id": r.id,
                "authored_at": r.authored_at,
                "total": r.total,
                "severity": r.severity,
                "flags": r.flags,
            }
        )
    pairs = first_and_latest(session=session, patient_id=patient_id)
    changes = [
        outcomes.reliable_change(m, first.total or 0, last.total or 0)
        for m, (first, last) in pairs.items()
    ]
    outcome = None
    if pairs:
        outcome = outcomes.outcome(
            {m: first.total or 0 for m, (first, _) in pairs.items()},
            {m: last.total or 0 for m, (_, last) in pairs.items()},
        )
    recent = window(mood, today, RECENT_DAYS)
    baseline = window(mood, today - timedelta(days=RECENT_DAYS), BASELINE_DAYS)
    return {
        "patient_id": patient_id,
        "as_of": now,
        "scores": scores,
        "checkins": [
            {
                "local_on": c.local_on,
                "mood": c.mood,
                "anxiety": c.anxiety,
                "sleep_quality": c.sleep_quality,
                "hours_slept": c.hours_slept,
                "risk_level": c.risk_level,
            }
            for c in rows
        ],
        "mood_rolling_7d": [{"local_on": d, "mean": round(v, 2)} for d, v in rolling_means(mood)],
        "mood_7d_mean": _round(mean(recent)),
        "mood_14d_baseline": _round(mean(baseline)),
        "mood_7d_slope": _round(slope(mood, today)),
        "changes": changes,
        "outcome": outcome,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
