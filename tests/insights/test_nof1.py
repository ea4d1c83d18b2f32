"""n-of-1 analysis on simulated people with known effects."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mindline.insights import nof1
from mindline.insights.nof1 import Day

START = date(2026, 1, 1)


def person(days: int, seed: int, walk_lift: float = 1.5) -> list[Day]:
    """Walks lift next-day mood by `walk_lift`; breathing (exercise) does nothing."""
    rng = random.Random(seed)
    out: list[Day] = []
    walked = False
    for i in range(days):
        mood = 5 + (walk_lift if walked else 0) + rng.gauss(0, 1.2)
        walked = rng.random() < 0.45
        breathed = rng.random() < 0.4
        tags = {"activity:walk"} if walked else set()
        if breathed:
            tags.add("exercise:paced_breathing")
        out.append(Day(START + timedelta(days=i), round(mood), rng.randint(4, 7), frozenset(tags)))
    return out


def by_key(effects: list[nof1.Effect]) -> dict[tuple[str, str], nof1.Effect]:
    return {(e.tag, e.outcome): e for e in effects}


def test_it_recovers_a_known_lift_and_calls_it_clear() -> None:
    walks = [
        by_key(nof1.analyse(person(150, seed=s)))[("activity:walk", "mood")] for s in range(10)
    ]
    estimates = [w.difference for w in walks if w.difference is not None]
    assert len(estimates) == 10
    assert abs(sum(estimates) / 10 - 1.5) < 0.3
    assert all(abs(e - 1.5) < 0.7 for e in estimates)
    # A 95% CI should cover the truth in most of ten people.
    covered = sum(1 for w in walks if w.ci_low is not None and w.ci_low < 1.5 < (w.ci_high or 0))
    assert covered >= 8
    assert all(w.clear and (w.effect_size or 0) > 0.8 for w in walks)


def test_it_does_not_invent_an_effect_for_a_null_exercise() -> None:
    for seed in range(5):
        found = by_key(nof1.analyse(person(150, seed=seed)))
        assert not found[("exercise:paced_breathing", "mood")].clear
        assert not found[("exercise:paced_breathing", "sleep")].clear


def test_too_few_days_says_not_enough_data() -> None:
    effects = nof1.analyse(person(20, seed=3))
    assert effects and all(e.difference is None for e in effects)
    assert all(e.note.startswith("not enough data") for e in effects)


def test_a_rare_tag_says_not_enough_data_for_that_tag_only() -> None:
    days = person(120, seed=4)
    days[10] = Day(days[10].on, days[10].mood, days[10].sleep, days[10].tags | {"activity:rare"})
    found = by_key(nof1.analyse(days))
    assert found[("activity:rare", "mood")].note.startswith("not enough data")
    assert found[("activity:walk", "mood")].difference is not None


def test_gaps_break_the_next_day_chain() -> None:
    days = [Day(START + timedelta(days=2 * i), 5, 5, frozenset()) for i in range(60)]
    assert nof1.pairs(days) == []


def test_welch_matches_a_hand_worked_example() -> None:
    # a = [4, 6] (mean 5, var 2), b = [1, 3, 2] (mean 2, var 1): diff 3, se = sqrt(1 + 1/3).
    effect = nof1.welch([4, 6], [1, 3, 2])
    assert effect.difference == 3
    assert effect.ci_low is not None and effect.ci_high is not None
    assert round(effect.ci_high - 3, 6) == round(3 - effect.ci_low, 6)
