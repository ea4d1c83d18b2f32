"""rules-1.26: everyday over-readings rules-1.25 left (a paper cut bleeding, a cat's
scratches, a proposal after "doing it tomorrow", living paycheck to paycheck), and
self-injury it under-read (a razor named in other words, self-injury to punish oneself, a
plan after clearing out one's room "so mum doesn't have to"). What rules-1.25 read is in
brackets.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least, assert_read_by_a_rule

OVER_READ = [
    "got a paper cut and its bleeding everywhere lol",  # imminent: an attempt under way
    "tripped on the stairs and my knee is bleeding like crazy",  # imminent
    "the cat scratched my arms up again lol",  # high: recent self-harm
    "our kitten bit my hands to bits playing this morning",  # high
    "im doing it tomorrow, asking her to marry me",  # imminent: a plan with a time
    "doing it tomorrow. going to repaint the bathroom",  # imminent
    "doing it tomorrow, finally booked the salon",  # imminent
    "i dont want to live paycheck to paycheck anymore",  # moderate: a passive death wish
    "i don't want to live there anymore",  # high, by the classifier
    "we dont want to live in this flat anymore, the damp is awful",  # the classifier's
]

# Each idiom stands aside when the message holds words of risk, and the cap when it holds
# risk or farewell words.
KEPT = [
    ("told mum the cat scratched my arms but i did it with a blade", RiskLevel.HIGH, "self_harm"),
    (
        "paper cut my ass, i slit my wrist and its bleeding everywhere",
        RiskLevel.IMMINENT,
        "self_harm",
    ),
    (
        "doing it tomorrow, asking her to marry me, then its over. goodbye",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),
    ("i dont want to live there anymore, i just want to die", RiskLevel.HIGH, "suicidal_ideation"),
    ("doing it tonight", RiskLevel.IMMINENT, "suicidal_ideation"),
]

UNDER_READ = [
    # Self-injury with a blade, in words the older rule missed (none); the blade at hand lifts
    # recent self-harm to imminent, as it does "i cut my arms with a razor".
    ("i tore my skin open with a razor", RiskLevel.IMMINENT, "self_harm"),
    ("i tore up my skin with a razor by the hedges", RiskLevel.IMMINENT, "self_harm"),
    # Self-injury to punish oneself or to feel: recent self-harm by the label guide (moderate).
    ("i bang my head against the wall to punish myself", RiskLevel.HIGH, "self_harm"),
    ("i punch walls to punish myself", RiskLevel.HIGH, "self_harm"),  # moderate
    ("i burn myself to punish myself", RiskLevel.HIGH, "self_harm"),  # moderate
    ("i keep hitting my head till it bleeds", RiskLevel.HIGH, "self_harm"),
    # Sparing the family a task before "doing it tonight" is affairs put in order (none).
    (
        "doing it tonight. cleaning out my room first so mum doesnt have to",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),
]

# A habit in the past is history, not recent self-harm; a blade in the kitchen is cooking.
NOT_RECENT = [
    "i used to bang my head against the wall to punish myself",
    "i sliced my finger open with a knife chopping onions",
]


@pytest.mark.parametrize("text", OVER_READ)
def test_everyday_scrapes_errands_and_homes_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "level", "category"), KEPT)
def test_the_risk_beside_them_keeps_its_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_self_injury_and_affairs_in_order_are_read(
    text: str, level: RiskLevel, category: str
) -> None:
    assert_read_by_a_rule(text, level, category)


@pytest.mark.parametrize("text", NOT_RECENT)
def test_a_past_habit_or_the_kitchen_is_not_recent_self_harm(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.HIGH.rank, text


# A review of the first version: a helper wrote 47 everyday and 47 risky messages to trip
# the changes. The first version read a nurse, a doctor, a tattoo and glass at the beach as
# self-harm, swallowed a relapse ("slipped up", "fell off the wagon") and a cover story ("thats
# what ill let them think") into the everyday idioms, and read a chore done for the family
# ("cooking dinner so my wife doesnt have to") as affairs put in order. What the first version
# read is in brackets.
REVIEW_EVERYDAY = [
    "ugh the nurse dug into my arm with a needle for ages trying to find a vein",  # high
    "the doctor sliced my skin open with a blade to drain the abscess, gross but healing fine",
    "tore my skin open with scissors trying to open that stupid blister pack",  # high
    "sliced my leg open with glass at the beach, some idiot left a bottle in the sand",
    "i punch the wall to feel something when my team loses lmao",  # high
    "doing it tonight, cooking dinner so my wife doesnt have to",  # imminent
    "doing it tomorrow, clearing out the garage so dad doesnt have to",  # imminent
    "doing it tonight, repainting the nursery",  # imminent
]

REVIEW_RISK = [
    ("i slipped up and cut my legs again, bleeding a lot", RiskLevel.HIGH),  # none
    ("fell off the wagon and cut my arm, bleeding heavily", RiskLevel.HIGH),  # none
    ("paper cut at work, then i came home and cut my arm, bleeding a lot", RiskLevel.HIGH),
    ("the dog bit my legs, the cuts on my arms are from me", RiskLevel.HIGH),  # none
    ("doing it tomorrow, booked the tickets. no one will miss me", RiskLevel.IMMINENT),  # none
    (
        "doing it tonight, decorating my room with everyones photos so they remember me",
        RiskLevel.IMMINENT,
    ),
    (
        "dont want to live paycheck to paycheck anymore, rather not live at all",
        RiskLevel.MODERATE,
    ),  # low
    ("it wasnt an accident, i tore my skin open with a blade last night", RiskLevel.HIGH),
    ("i told mum i was cooking but i sliced my arm open with a knife", RiskLevel.HIGH),
    ("i burn my stomach to punish myself", RiskLevel.HIGH),  # moderate
    ("i scratch my arms til it bleeds cause i deserve it", RiskLevel.HIGH),  # moderate
    ("i punch walls to feel alive, every single day", RiskLevel.HIGH),  # moderate
    ("i stopped eating and i burn my arms to punish myself", RiskLevel.HIGH),  # moderate
    # "now" after a past cue dates the act now (English had no such cue).
    ("when i was little mum hit me, now i hit myself to punish myself", RiskLevel.HIGH),
    ("i used to cry a lot, now i cut my legs to feel something", RiskLevel.HIGH),
]


@pytest.mark.parametrize("text", REVIEW_EVERYDAY)
def test_the_reviews_everyday_messages_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "level"), REVIEW_RISK)
def test_the_reviews_risky_messages_reach_their_level(text: str, level: RiskLevel) -> None:
    assert screen(text).level.rank >= level.rank, (text, screen(text).level)
