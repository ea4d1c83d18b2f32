"""rules-1.13 (ctx2): fragments that answer a safety question or follow the writer's talk of
risk, which the rules-1.11 (ctx) families did not read.

A companion asks "Are you safe right now?" or "Where are you right now?" and a person in a bad
night answers in a fragment: a bare place ("near the river right now"), a bare time ("in an
hour or so", "when my parents go out"), what was taken and when ("took them about ten minutes
ago"), a means or a note at hand ("the note is on my desk"), a start that cannot be undone,
"not safe", leaving for good. Each POSITIVES pair screened below high on main (2ea8934); in
a probe of 42 such replies after 8 risk contexts, 148 of 336 screened below high there, none
after this change. "goodnight forever" alone screened none.

The twins: the same fragments after an ordinary chat (a train, a party, an exam, medication
taken, a walk, "When are you planning to do it?" about repainting a kitchen) stay below
moderate, and alone they keep their own words' level.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

SAFE_Q = ["i can't do this anymore", "I'm worried about you. Are you safe right now?"]
WHERE_Q = ["You said you want to die. Where are you right now?"]
WHEN_Q = ["You mentioned wanting to end it. When are you thinking of doing it?"]
PLAN_Q = ["Are you thinking about ending your life? Do you have a plan?"]
DONE_Q = ["Have you done anything to hurt yourself tonight?"]
OWN = ["i want to kill myself", "What's going on? Talk to me."]

IMMINENT = RiskLevel.IMMINENT
HIGH = RiskLevel.HIGH

POSITIVES = [
    (WHERE_Q, "on the roof of my building", IMMINENT),
    (WHERE_Q, "at the station by the tracks", IMMINENT),
    (WHERE_Q, "near the river right now", IMMINENT),
    (SAFE_Q, "on the roof of my building", IMMINENT),
    (OWN, "near the river right now", IMMINENT),
    (WHERE_Q, "in the car in the garage", IMMINENT),
    (WHERE_Q, "sat by the canal", IMMINENT),
    (WHEN_Q, "in an hour or so", IMMINENT),
    (WHERE_Q, "when my parents go out", IMMINENT),
    (WHEN_Q, "tonight after my shift ends", IMMINENT),
    (WHEN_Q, "just waiting for everyone to sleep", IMMINENT),
    (PLAN_Q, "in an hour or so", IMMINENT),
    (PLAN_Q, "when my parents go out", IMMINENT),
    (OWN, "just waiting for everyone to sleep", IMMINENT),
    (DONE_Q, "took them about ten minutes ago", IMMINENT),
    (SAFE_Q, "took them about ten minutes ago", IMMINENT),
    (OWN, "took em 20 mins ago", IMMINENT),
    (DONE_Q, "already started, cant stop now", IMMINENT),
    (SAFE_Q, "there's no stopping me now", IMMINENT),
    (SAFE_Q, "yes and i'm doing it", IMMINENT),
    (SAFE_Q, "not really. i have the knife", IMMINENT),
    (PLAN_Q, "the note is on my desk", IMMINENT),
    (OWN, "the note is on my desk", IMMINENT),
    (PLAN_Q, "got them from the chemist today", IMMINENT),
    (SAFE_Q, "sitting in the bath with it", IMMINENT),
    (SAFE_Q, "i'm writing my letters now", IMMINENT),
    (SAFE_Q, "i've bought what i need", IMMINENT),
    (SAFE_Q, "i'm not coming back home", IMMINENT),
    (OWN, "i've made my mind up", IMMINENT),
    (SAFE_Q, "my hands are shaking but im going", IMMINENT),
    (SAFE_Q, "not safe", HIGH),
    (SAFE_Q, "i don't think so", HIGH),
    (SAFE_Q, "honestly no", HIGH),
    (SAFE_Q, "probably not", HIGH),
]

GOODBYES = ["goodnight forever", "bye forever, love you all", "goodnight forever everyone"]

# Ordinary chats before: the same fragments are ordinary there.
ORDINARY = [
    ["running late for work, my train's delayed again"],
    ["what time are you coming to the party?"],
    ["When is your exam?"],
    ["Did you take your medication today?"],
    ["Where did you go for your walk today?"],
    # "do it" that names no risk: the kitchen is what they plan (answers._everyday_it).
    ["i need to repaint the kitchen", "When are you planning to do it?"],
]

TWIN_REPLIES = [
    "on the roof of my building",
    "at the station by the tracks",
    "near the river right now",
    "in an hour or so",
    "when my parents go out",
    "tonight after my shift ends",
    "took them about ten minutes ago",
    "the note is on my desk",
    "got them from the chemist today",
    "probably tomorrow morning",
    "not really. i have the knife",
    "i've made my mind up",
    "i don't think so",
]


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_a_fragment_after_talk_of_risk_carries_it(
    context: list[str], text: str, level: RiskLevel
) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize("text", GOODBYES)
def test_a_goodbye_forever_is_imminent_alone(text: str) -> None:
    assert screen(text).level is IMMINENT


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", TWIN_REPLIES)
def test_the_same_fragment_after_an_ordinary_chat_stays_below_moderate(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", TWIN_REPLIES)
def test_alone_the_fragment_keeps_its_own_words_level(text: str) -> None:
    # The ctx2 rules are read only with a conversation before them.
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
