"""'I'm not safe': the answer to the safety question every crisis service asks (rules-1.5)."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen

NOT_SAFE = [
    ("I am not safe", "suicidal_ideation"),
    ("no I'm not safe", "suicidal_ideation"),
    ("i don't feel safe right now", "suicidal_ideation"),
    ("I feel unsafe", "suicidal_ideation"),
    ("I can't keep myself safe tonight", "suicidal_ideation"),
    ("I'm not safe at home", "abuse_or_violence"),
    ("i don't feel safe with my husband", "abuse_or_violence"),
]
# Benign twins: safety of things, places and activities, or safe after all.
TWINS = [
    "this bridge is not safe",
    "I feel safe now",
    "I'm not sure it's safe to go out in this storm",
    "i don't feel safe in this neighbourhood after dark, might move",
    "that site is not safe for work lol",
]


@pytest.mark.parametrize(("text", "category"), NOT_SAFE)
def test_saying_one_is_not_safe_is_high(text: str, category: str) -> None:
    result = screen(text)
    assert result.level.rank >= RiskLevel.HIGH.rank, (text, result.level)
    assert category in result.categories


def test_not_safe_in_answer_to_the_safety_question_is_high() -> None:
    asked = ["Can I ask you directly: are you thinking about suicide right now?"]
    assert screen("no I'm not safe", context=asked).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", TWINS)
def test_safety_of_things_and_places_is_not_a_crisis(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.HIGH.rank, text
