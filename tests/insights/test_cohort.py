"""What helps whom, on simulated cohorts with known effects."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np

from insights.simulate import make_cohort
from mindline.insights import cohort
from mindline.insights.stats import SUPPRESSED, Period

PERIOD = Period(date(2026, 1, 1), date(2026, 4, 30))


def test_the_mixed_model_recovers_a_true_lift_and_finds_no_null_effect(session: Any) -> None:
    make_cohort(session, people=40, days=110, start=PERIOD.start, seed=7, walk_lift=1.0)
    data = cohort.load_days(session, PERIOD)
    found = {a.tag: a for a in cohort.next_day_associations(data)[0]}
    walk = found["activity:walk"]
    assert walk.estimate is not None and abs(walk.estimate - 1.0) < 0.3
    assert walk.low is not None and walk.low > 0.4
    breathing = found["exercise:paced_breathing"]
    assert breathing.low is not None and breathing.high is not None
    assert breathing.low < 0 < breathing.high
    assert breathing.estimate is not None and abs(breathing.estimate) < 0.25
    # The naive comparison is fooled by the confounder (breathing happens on bad days).
    col = data.names.index("exercise:paced_breathing")
    same = (data.patient[1:] == data.patient[:-1]) & (data.day[1:] == data.day[:-1] + 1)
    today = np.flatnonzero(same)
    used = data.tags[today, col]
    naive = data.mood[today + 1][used].mean() - data.mood[today + 1][~used].mean()
    assert naive < -0.3


def test_exercise_days_show_no_questionnaire_change_when_there_is_none(session: Any) -> None:
    make_cohort(session, people=40, days=110, start=PERIOD.start, seed=8, breathe_on_bad_days=False)
    data = cohort.load_days(session, PERIOD)
    (row,) = cohort.questionnaire_association(session, data, PERIOD)
    assert row.low is not None and row.high is not None and row.low < 0 < row.high


def test_a_confounded_exercise_looks_harmful_and_the_caveat_says_why(session: Any) -> None:
    # Breathing happens on bad days, so fortnights with more of it have worse PHQ-9 scores:
    # an honest association that is not an effect.
    make_cohort(session, people=40, days=110, start=PERIOD.start, seed=8)
    result = cohort.what_helps(session, PERIOD)
    (row,) = result.questionnaire
    assert row.low is not None and row.low > 0
    assert any("not an effect" in c for c in result.caveats)


def test_small_groups_are_suppressed_and_profiles_need_people(session: Any) -> None:
    make_cohort(session, people=8, days=60, start=PERIOD.start, seed=9)
    result = cohort.what_helps(session, PERIOD)
    assert all(a.estimate is None for a in result.next_day)
    assert any(a.people == SUPPRESSED for a in result.next_day)
    assert [p.people for p in result.profiles] == [SUPPRESSED]


def test_profiles_separate_people_and_report_outcomes(session: Any) -> None:
    make_cohort(session, people=60, days=90, start=PERIOD.start, seed=10)
    result = cohort.what_helps(session, PERIOD)
    assert len(result.profiles) == cohort.CLUSTERS
    shown = [p for p in result.profiles if p.mood is not None]
    assert shown, "at least one profile has 10 or more people"
    assert all(isinstance(p.people, int) and p.people >= 10 for p in shown)
