"""rules-1.55: an idiom stands the classifiers down for its own sentence, not for the message.

Risk no rule names ("the packets are open on my bed") is the classifiers' to read. An idiom
anywhere in a message ("dead tired after work") used to stand them down for all of it, so the
same words read imminent alone and none after an idiom's sentence (1,194 of 1,200 such pairs
built from staged rows; docs/risk/EVALUATION.md, session 36). Now the sentences without an
idiom are screened as a message of their own and count from high up.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

RISK_NO_RULE_NAMES = [
    "the packets are open on my bed",
    "been stockpiling my prescriptions since the summer and now i have enough",
    "bought everything i need on the way home",
    "house is empty and i'm ready",
]

IDIOM_SENTENCES = ["dead tired after work.", "this traffic is killing me."]

# An idiom's sentence beside everyday sentences, and a joke taken back in the next sentence.
EVERYDAY = [
    "this traffic is killing me. stuck for an hour on the ring road",
    "dead tired after work. going to bed early with a book",
    "my mum will kill me when she sees my room. cleaning it tomorrow",
    "coworker microwaved fish again. i will end him. (i will not. i will buy an air freshener.)",
    "did the breathing thing twice a day. do i hold at the top for 4 or for 7? keep getting dizzy",
]

# Sentences the classifiers over-read on their own, which an idiom now stands them down for.
OVER_READ_ALONE = [
    "2000 words due at midnight and ive got 300",
    "the box is in the other room and i'm too comfy to get up",
    "not going to do anything about it just needed to say it somewhere",
    "knew what it was this time so i just waited it out",
    "didnt open the last three, just shoved them in the kitchen drawer",
]


@pytest.mark.parametrize("text", RISK_NO_RULE_NAMES)
def test_alone_the_classifiers_read_it_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("idiom", IDIOM_SENTENCES)
@pytest.mark.parametrize("text", RISK_NO_RULE_NAMES)
def test_after_an_idiom_sentence_it_still_reads_high(idiom: str, text: str) -> None:
    assert screen(f"{idiom} {text}").level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", EVERYDAY + OVER_READ_ALONE)
def test_everyday_sentences_beside_an_idiom_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


def test_the_flag_that_marks_an_idiom_stays_internal() -> None:
    assert not any(f.startswith("_") for f in screen("dead tired after work. home now").flags)
