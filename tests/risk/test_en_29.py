"""rules-1.19 (en): the means, goodbye and method families told in everyday English words.

A helper wrote 160 English probe messages from the label guide alone, in the ten families the
other languages were probed in (the wish to die, a date set, method questions, means at hand,
goodbyes, passive wishes, burden, self-harm, harm to others, danger). Rules-1.18 read 76 of
its 100 positives at level: "sitting in the garage with the car running" read low, "can
someone please take care of my cat, her name's biscuit" and "would the stuff in the shed for
the weeds be enough to do it" none. The en.r19 rules, written from that round, read 91 of 100;
its twins read moderate or above 4 times of 60 before, once after (a wedding date, a
goalkeeper's joke and the wifi now stand aside). A second round, written blind by another
helper, measured them once: 80 -> 83 of 103 positives at level, twins over 2 of 60 before
and after (docs/risk/EVALUATION.md, rules-1.19).

POSITIVES (en_29.tsv) are the first round's positives that read at level through a new rule;
TWINS are its twins, which stay below moderate with no new rule firing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import probe_rows, rules_reading

ROWS = Path(__file__).with_name("en_29.tsv")
POSITIVES = [(level, text) for level, text in probe_rows(ROWS, "positive")]
TWINS = [text for _, text in probe_rows(ROWS, "twin")]


def _new_rules(text: str) -> list[str]:
    return rules_reading(text, "en.r19.")


@pytest.mark.parametrize(("level", "text"), POSITIVES)
def test_positive_reads_at_level_through_a_new_rule(level: str, text: str) -> None:
    assert _new_rules(text), text
    assert screen(text).level.rank >= RiskLevel(level).rank


@pytest.mark.parametrize("text", TWINS)
def test_twin_reads_below_moderate_with_no_new_rule(text: str) -> None:
    assert _new_rules(text) == []
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


# Everyday sentences written against each new rule while writing it.
@pytest.mark.parametrize(
    "text",
    [
        "sitting in the car with the engine running to warm it up, it's minus 3",
        "waiting in the car with the engine on for the school run",
        "can someone look after my cat this weekend while i'm away? she likes tuna",
        "could you feed my dog tomorrow, his name is rex and he likes his ball",
        "gave my old bike to my nephew, he didn't know why i'd kept it so long",
        "sorry for being such hard work today, bye x see you tomorrow",
        "how high does a fence need to be for planning permission, definitely under 2m?",
        "how high does a building need to be to need a lift, for sure over 4 storeys?",
        "would the weed killer be enough to do the patio and the drive?",
        "is this paint enough to do the room?",
        "i have access to the meds cupboard at work, which injection site is least painful?",
        "i'm dead weight in this group project lol",
        "my kids deserve a holiday, they've worked so hard",
        "can't do this anymore without coffee",
        "burned my arm on the oven door taking the lasagne out",
        "cut my hand with a knife chopping onions",
        "waiting outside his house with a cake, it's his birthday surprise",
        "the dog pushed me over in the park, muddy all over",
        "he pushed me over in rugby training and i bruised my hip",
        "i'd never top myself, don't worry, just a rough week",
        "we've set the date for the wedding, 14th june, you're all invited",
        "the team would be better off without me in goal lol",
        "i can't go on like this with the wifi, third outage this week",
    ],
)
def test_everyday_words_of_the_new_rules_stay_below_moderate(text: str) -> None:
    assert _new_rules(text) == []
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


# The classifiers (the first two) and an older rule (the last) read these moderate or above,
# before the new rules and after; no new rule may.
@pytest.mark.parametrize(
    "text",
    [
        "sorry about everything last night lol, bye",
        "please tell sam i'm sorry i'm late, i sent the money for the tickets",
        "banging my head against the wall with this code",
    ],
)
def test_no_new_rule_fires_on_these(text: str) -> None:
    assert _new_rules(text) == []


# A wedding named as a time, not as the writer's own celebration, does not stand the plan down.
@pytest.mark.parametrize(
    "text",
    [
        "i've set the date. the 14th. after my sister's wedding so i don't ruin it for her",
        "i've set the date for after the wedding",
        "ive set the date. friday",
    ],
)
def test_a_date_set_around_someone_elses_celebration_stays_imminent(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT


def test_dont_lecture_me_is_no_lecture_hall() -> None:
    # "lecture" was a student's cue, so a method question ending "please don't lecture me"
    # was read as a question about someone else.
    text = (
        "nurse here, i have access to the meds cupboard. which would be least painful. "
        "please don't lecture me"
    )
    assert screen(text).level.rank >= RiskLevel.HIGH.rank
