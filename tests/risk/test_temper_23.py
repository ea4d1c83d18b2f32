"""rules-1.13: the past-time temper binds the past to the act, not to any clause.

- A time ahead after the past cue ("my mum died last year and i'm going to be with her soon")
  is the act's own time: the past cue dates the death, so the level is not lowered
  (patterns yaml `temper.future`, patterns._temper, screen._history_only).
- A relapse cue that a negation takes back ("i overdosed years ago, i will not do that
  again") no longer keeps a past act at its full level (patterns.relapsed).

Every message in AHEAD and NOT_AGAIN screened wrong on the code before this change (AHEAD
moderate; NOT_AGAIN imminent). STILL_PAST are the twins: history, with or without an
unrelated plan ahead, stays at moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

AHEAD = [
    "my mum died last year and i'm going to be with her soon",
    "my dad passed away two years ago and i will join him tonight",
    "my wife died last year and im going to join her soon",
    "my son passed away months ago, i will be with him tonight",
]

NOT_AGAIN = [
    "i overdosed years ago, i will not do that again",
    "i overdosed years ago and i will never do that again",
]

STILL_PAST = [
    "years ago i was going to kill myself",
    "when i was a teen i wanted to die",
    "i used to cut myself when i was 15",
    "last year i wanted to die and soon i will be moving house",
    "i used to want to kill myself, these days i'm doing fine and will be starting uni soon",
    "i overdosed years ago, i will not do that again",
]


@pytest.mark.parametrize("text", AHEAD)
def test_a_time_ahead_after_the_past_cue_keeps_the_level(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", NOT_AGAIN)
def test_a_negated_relapse_cue_leaves_a_past_act_in_the_past(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", STILL_PAST)
def test_history_stays_moderate(text: str) -> None:
    assert screen(text).level == RiskLevel.MODERATE


# rules-1.13: "but i won't" takes intent back, not the thought: active ideation and thoughts
# of harming someone stay high (DESIGN.md); a self-harm urge held off is moderate at the
# pattern layer (test_lang_19). The first screened moderate on main (c9fa26f).
RESISTED_HIGH = [
    "i think about killing myself every day but i won't do it",
    "i want to kill myself but i won't act on it",
    "i want to kill him but i won't",
]


@pytest.mark.parametrize("text", RESISTED_HIGH)
def test_thoughts_of_killing_held_off_stay_high(text: str) -> None:
    assert screen(text).level is RiskLevel.HIGH


# rules-1.13: an attempt "last month" is recent (C-SSRS counts attempts within three months),
# high, where "last year" stays history (moderate). Each RECENT message was moderate on main
# (d16be30).
RECENT = [
    "i tried to kill myself last month",
    "i overdosed last month and ended up in hospital",
    "last month i tried to hang myself",
]
LONGER_AGO = ["i tried to kill myself last year", "years ago i overdosed"]


@pytest.mark.parametrize("text", RECENT)
def test_an_attempt_last_month_is_recent(text: str) -> None:
    assert screen(text).level is RiskLevel.HIGH


@pytest.mark.parametrize("text", LONGER_AGO)
def test_an_attempt_last_year_is_history(text: str) -> None:
    assert screen(text).level is RiskLevel.MODERATE
