"""Trends, reliable change and outcome categories against hand-worked examples.

Expected values are worked by hand from INSTRUMENTS.md §5 and §11, never by the code under test:
PHQ-9 caseness >= 10, reliable change >= 6; GAD-7 caseness >= 8, reliable change >= 4.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from tests.monitoring.helpers import signed_in

from builders import Personas
from mindline.core import clock
from mindline.monitoring import responses, trends

D = date(2026, 3, 10)


def days(*moods: float, end: date = D) -> list[tuple[date, float]]:
    """Consecutive days ending on `end`, one mood each."""
    start = end - timedelta(days=len(moods) - 1)
    return [(start + timedelta(days=i), float(m)) for i, m in enumerate(moods)]


def test_the_seven_day_mean_and_slope_are_computed_over_the_window() -> None:
    series = days(2, 4, 6)  # slope: x = 4,5,6 (days into window), y = 2,4,6 -> 2 points per day
    assert trends.mean(trends.window(series, D, 7)) == 4.0
    assert trends.slope(series, D) == pytest.approx(2.0)
    # Rolling means: day 1 -> 2, day 2 -> (2+4)/2 = 3, day 3 -> 4.
    assert [v for _, v in trends.rolling_means(series)] == [2.0, 3.0, 4.0]
    # A value 7 days earlier falls out of the window: 8 days, 10 then seven 3s -> mean 3.
    assert trends.mean(trends.window(days(10, 3, 3, 3, 3, 3, 3, 3), D, 7)) == 3.0


def test_three_consecutive_days_of_mood_two_or_less_is_a_streak() -> None:
    assert trends.low_mood_streak(days(6, 2, 1, 2), D) == D - timedelta(days=2)
    assert trends.low_mood_streak(days(6, 2, 3, 2), D) is None  # 3 breaks it
    gap = [(D - timedelta(days=3), 1.0), (D - timedelta(days=1), 1.0), (D, 1.0)]
    assert trends.low_mood_streak(gap, D) is None  # not consecutive days
    # The streak must reach today or yesterday.
    assert trends.low_mood_streak(days(1, 1, 1, end=D - timedelta(days=2)), D) is None


def test_a_drop_of_three_points_below_the_fourteen_day_baseline_is_deterioration() -> None:
    # Baseline: 14 days of mood 7 before the last 7 days; recent: 7 days of mood 4.
    # 7 - 4 = 3 >= 3 -> fires. With recent mood 5: 7 - 5 = 2 -> does not.
    assert trends.baseline_drop(days(*([7] * 14 + [4] * 7)), D) == (4.0, 7.0)
    assert trends.baseline_drop(days(*([7] * 14 + [5] * 7)), D) is None
    # Too little data: only 3 recent check-ins.
    assert trends.baseline_drop(days(*([7] * 14 + [4] * 3), end=D - timedelta(days=4)), D) is None


def test_silence_after_a_low_week_is_disengagement() -> None:
    low_week = days(3, 4, 3, end=D - timedelta(days=5))  # mean 10/3 = 3.33 <= 4
    assert trends.disengaged(low_week, D) == (D - timedelta(days=5), pytest.approx(10 / 3))
    assert trends.disengaged(days(3, 4, 3, end=D - timedelta(days=4)), D) is None  # 4 days only
    assert trends.disengaged(days(6, 7, 6, end=D - timedelta(days=8)), D) is None  # good week


def _submit(session: Any, pid: int, instrument: str, answers: list[int], when: datetime) -> None:
    responses.submit(
        session=session, patient_id=pid, instrument=instrument, answers=answers, authored_at=when
    )


def test_a_recovered_patient_shows_reliable_recovery_in_the_trend(
    app: Any, session: Any, personas: Personas
) -> None:
    # PHQ-9 16 -> 8: case at start (16 >= 10), not at end (8 < 10), improved 8 >= 6.
    # GAD-7 12 -> 6: case at start (12 >= 8), not at end (6 < 8), improved 6 >= 4.
    # So: recovered, reliable improvement, reliable recovery; no deterioration.
    pid = personas.alice.id
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    _submit(session, pid, "phq9", [2, 2, 2, 2, 2, 2, 2, 2, 0], start)
    _submit(session, pid, "gad7", [2, 2, 2, 2, 2, 1, 1], start)
    _submit(session, pid, "phq9", [2, 2, 1, 1, 1, 1, 1, 1, 0], start + timedelta(days=14))
    _submit(session, pid, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0], start + timedelta(days=28))
    _submit(session, pid, "gad7", [1, 1, 1, 1, 1, 1, 0], start + timedelta(days=28))
    session.commit()
    clock.freeze(start + timedelta(days=30))
    bob = signed_in(app, "bob@example.org")
    data = bob.get(f"/api/v1/patients/{pid}/trends").json()
    assert [p["total"] for p in data["scores"]["phq9"]] == [16, 10, 8]
    changes = {c["measure"]: c for c in data["changes"]}
    assert (changes["phq9"]["first"], changes["phq9"]["last"], changes["phq9"]["change"]) == (
        16,
        8,
        -8,
    )
    assert changes["gad7"]["change"] == -6
    outcome = data["outcome"]
    assert outcome["case_at_start"] is True
    assert outcome["recovered"] is True
    assert outcome["reliable_improvement"] is True
    assert outcome["reliable_recovery"] is True
    assert outcome["reliable_deterioration"] is False


def test_a_worsening_non_case_shows_reliable_deterioration_and_no_recovery(
    session: Any, personas: Personas
) -> None:
    # PHQ-9 8 -> 15: +7 >= 6 -> reliable deterioration. Not a case at start (8 < 10), so
    # recovery is undefined (None).
    pid = personas.alice.id
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    _submit(session, pid, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0], start)
    _submit(session, pid, "phq9", [2, 2, 2, 2, 2, 2, 2, 1, 0], start + timedelta(days=14))
    clock.freeze(start + timedelta(days=15))
    report = trends.report(session=session, patient_id=pid)
    outcome = report["outcome"]
    assert outcome is not None
    assert (outcome.case_at_start, outcome.recovered) == (False, None)
    assert outcome.reliable_deterioration is True
    assert outcome.reliable_improvement is False
