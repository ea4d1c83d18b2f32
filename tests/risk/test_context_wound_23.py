"""rules-1.13 (ctx5): how bad a self-harm wound is, told after the writer's self-harm now.

"i cut myself again tonight" -- "I'm sorry you're hurting. How bad is it?" -- "it probably
needs stitches": a wound that needs care now is imminent (en.ctx5.wound), "worse than last
time" or the tool used is high (en.ctx5.severity). "How bad is it?" now opens a reply to the
risk before it (answers._HOW_BAD), and the earlier self-harm must be now, not history
(answers._self_harm_before). Every POSITIVES pair screened none or low on main (08edb62).

The twins: the same words after a kitchen cut, a bike fall, a dog bite, a tattoo or self-harm
"years ago" stay below moderate, and alone they keep their own words' level.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

TONIGHT = ["i cut myself again tonight", "I'm sorry you're hurting. How bad is it?"]
BURNT = ["i burned myself with a lighter again", "Are you hurt? Tell me what happened."]
JUST_NOW = ["i just cut myself again", "Is it bleeding?"]

POSITIVES = [
    (TONIGHT, "pretty deep this time", RiskLevel.IMMINENT),
    (TONIGHT, "deeper than usual", RiskLevel.IMMINENT),
    (TONIGHT, "it probably needs stitches", RiskLevel.IMMINENT),
    (TONIGHT, "won't stop bleeding", RiskLevel.IMMINENT),
    (TONIGHT, "i can see fat", RiskLevel.IMMINENT),
    (TONIGHT, "it's still bleeding", RiskLevel.IMMINENT),
    (JUST_NOW, "yes it's soaked through the towel", RiskLevel.IMMINENT),
    (JUST_NOW, "so much blood", RiskLevel.IMMINENT),
    (TONIGHT, "it's bad", RiskLevel.HIGH),
    (TONIGHT, "really bad", RiskLevel.HIGH),
    (TONIGHT, "worse than last time", RiskLevel.HIGH),
    (TONIGHT, "i used a razor", RiskLevel.HIGH),
    (BURNT, "worse than before", RiskLevel.HIGH),
]

ORDINARY = [
    ["i cut my finger on a tin", "Oh no! How bad is it?"],
    ["fell off my bike on the way home", "Are you hurt? How bad is it?"],
    ["the dog bit my hand", "Is it bleeding?"],
    ["got my new tattoo today", "How did it go?"],
    ["i used to self harm years ago", "How are you doing now?"],
]
TWINS = [
    "pretty deep this time",
    "it probably needs stitches",
    "won't stop bleeding",
    "really bad",
    "worse than last time",
    "so much blood",
    "deeper than usual",
]


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_how_bad_the_wound_is_after_self_harm_now(
    context: list[str], text: str, level: RiskLevel
) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", TWINS)
def test_after_an_everyday_injury_or_old_history_it_stays_below_moderate(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_alone_the_words_keep_their_own_level(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
