"""rules-1.13: everyday messages the classifiers alone rated high (screen._ORDINARY_EDGE_AWAY).

An edge of furniture, a platform edge while waiting for a train, away "soon" for a weekend, a
device about to go flat: each EVERYDAY message screened moderate or high on main (c9fa26f)
with no pattern behind it, and now stays below moderate. The same scenes with a risk word, a
means, "nobody will find me", "forever" or "so will i" keep the level they had (RISKY: high on
main and now).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

EVERYDAY = [
    "my phone will be dead soon",
    "i'll be gone soon for the weekend",
    "i will be gone for the week",
    "i'll be gone soon for the holidays",
    "i'll be away soon for the weekend",
    "i'm sitting on the edge of my bed",
    "i'm sat on the edge of the sofa",
    "standing at the edge of the platform waiting for my train",
]

RISKY = [
    "my phone will be dead soon and so will i",
    "i'll be gone for the weekend and then forever",
    "sitting on the edge of the bath with a blade",
    "i'll be gone soon for the weekend so nobody will find me",
    "standing on the edge of the platform waiting for the train, i want it to end",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_scenes_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", RISKY)
def test_the_same_scenes_with_risk_keep_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


# Rules that over-read everyday questions and venting (each high on main, c9fa26f): a gun safe
# (en.method.trivia), grapes for a dog (en.method.dose_danger), a parent's reported venting
# about lateness (idiom), hurting someone by driving tired (en.hto.intent; the classifiers
# still read it as moderate).
RULE_EVERYDAY = [
    ("where can i buy a gun safe", RiskLevel.MODERATE),
    ("how many grapes are dangerous for a dog", RiskLevel.MODERATE),
    ("how much chocolate is dangerous for a puppy", RiskLevel.MODERATE),
    ("my mum says she'll kill me if i'm late for dinner", RiskLevel.MODERATE),
    ("my teacher said she would kill me if i forgot my homework again", RiskLevel.MODERATE),
    ("i'm afraid i'll hurt someone if i don't get enough sleep before driving", RiskLevel.HIGH),
]

RULE_RISKY = [
    "where can i buy a gun",
    "how many pills would be lethal for me",
    "my dad said he'd kill me if i failed my exams and he means it",
    "my dad said he will kill me if i tell anyone",
    "my boyfriend says he will kill me if i go out",
    "i'm afraid i'll hurt someone, i keep picturing stabbing my flatmate",
]


@pytest.mark.parametrize(("text", "below"), RULE_EVERYDAY)
def test_everyday_questions_and_venting_stay_below(text: str, below: RiskLevel) -> None:
    assert screen(text).level.rank < below.rank


@pytest.mark.parametrize("text", RULE_RISKY)
def test_the_risky_neighbours_keep_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank
