"""rules-1.25: four everyday over-readings mended, and "i don't want to live anymore" read
as DESIGN.md reads it.

"I don't want to be alive anymore" is the passive death wish of DESIGN.md's `moderate`: the
companion answers it with the direct question (tests/companion/test_dialogues_real_screen.py),
and the training rows read "i don't want to be here anymore" and "i don't want to exist"
moderate. Two training rows labelled "i don't want to live anymore" high; they now say
moderate, like the rule. "I want to die" stays high. Each over-read row says what it read
before.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_read_by_a_rule

PASSIVE = [
    "i don't want to live anymore",
    "i dont wanna live anymore 😞",
    "i don't want to be alive anymore",
    "honestly dont want to live anymore lol",
    "I DONT WANT TO LIVE ANYMORE",
    "i don't want to be alive anymore but i won't do anything",
    "ok. dont want to be alive anymore",  # moderate by the classifier only
]

# The same words about a place or a household (the passive rule read the first moderate).
EVERYDAY = [
    "i don't want to live with my parents anymore",
    "i don't want to live in this town anymore",
    "i dont want to live at my dads anymore, can i move in with you",
    "we don't want to live near the motorway anymore",
]

# Someone else's words: the writer's own risk is low (label guide, third_party).
THIRD_PARTY = [
    "my sister doesn't want to live anymore",
    "she said she does not want to live anymore",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_not_wanting_to_live_anymore_is_a_passive_death_wish(text: str) -> None:
    assert_read_by_a_rule(text, RiskLevel.MODERATE, "suicidal_ideation")


def test_a_wish_to_die_stays_active_ideation() -> None:
    assert_read_by_a_rule("i want to die", RiskLevel.HIGH, "suicidal_ideation")


@pytest.mark.parametrize("text", EVERYDAY)
def test_not_wanting_to_live_somewhere_is_not_a_wish_to_die(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize("text", THIRD_PARTY)
def test_someone_else_not_wanting_to_live_is_the_writers_worry(text: str) -> None:
    result = screen(text)
    assert result.level is RiskLevel.LOW, (text, result.level)
    assert "third_party" in result.flags


# Everyday messages older rules read at high or imminent (what they read, in brackets).
OVER_READ = [
    "my nose is literally bleeding out lol",  # imminent: an attempt under way
    "period day 1 and i'm literally bleeding out",  # imminent
    "i banged my head on the desk until the code compiled",  # high: self-harm
    "doing it tonight, the tax return i mean",  # imminent: a plan with a time
    "i'm finally doing it tonight!! submitting my tax return",  # imminent
    "cut my arms to bits on the brambles picking blackberries",  # moderate: self-harm
]

# The same rules' risk, kept: the act itself, and a task named before the plan (affairs put
# in order come before a plan, so the everyday reading is not taken there).
KEPT = [
    ("i cut my wrists and i'm bleeding out", RiskLevel.IMMINENT, "self_harm"),
    ("my wrist is bleeding a lot and i can't stop it", RiskLevel.IMMINENT, "self_harm"),
    ("tax return done, bills paid, doing it tonight", RiskLevel.IMMINENT, "suicidal_ideation"),
    ("banged my head against the wall until it bled", RiskLevel.HIGH, "self_harm"),
    ("cut my arms again last night", RiskLevel.HIGH, "self_harm"),
]


@pytest.mark.parametrize("text", OVER_READ)
def test_everyday_bleeding_deadlines_and_scrapes_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "level", "category"), KEPT)
def test_the_acts_beside_them_keep_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_read_by_a_rule(text, level, category)
