"""rules-1.13 (ctx7): what was eaten, told after talk of restricting, purging or bingeing.

"i've been restricting again" -- "How much have you eaten today?" -- "nothing for 4 days" is
high (days without food, as en.r13ed.no_food alone), "water and black coffee" moderate
(`ctx: eating`, answers._EATING_BEFORE; "How much have you eaten?" now opens the reply to
what came before, answers._ATE). Every POSITIVES pair screened none or low on main (2d0eb52).
The twins: the same replies after a lunch question, a busy week or a faith's fast stay below
moderate, and "a sandwich" raises nothing.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

RESTRICTING = ["i've been restricting again", "How much have you eaten today?"]
FAT = ["i feel so fat", "When did you last eat a proper meal?"]

POSITIVES = [
    (RESTRICTING, "nothing for 4 days", RiskLevel.HIGH),
    (RESTRICTING, "just an apple since monday", RiskLevel.HIGH),
    (FAT, "days ago", RiskLevel.HIGH),
    (FAT, "only black coffee since saturday", RiskLevel.HIGH),
    (RESTRICTING, "water and black coffee", RiskLevel.MODERATE),
    (RESTRICTING, "nothing", RiskLevel.MODERATE),
]
ORDINARY = [
    ["What did you have for lunch?"],
    ["work has been mad this week", "Have you eaten?"],
    ["i'm fasting for ramadan", "How much have you eaten today?"],
]
TWINS = ["nothing for 4 days", "just an apple since monday", "water and black coffee", "nothing"]


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_what_was_eaten_after_talk_of_restricting(
    context: list[str], text: str, level: RiskLevel
) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", TWINS)
def test_after_an_ordinary_chat_it_stays_below_moderate(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


def test_a_meal_raises_nothing() -> None:
    assert screen("a sandwich", context=RESTRICTING).level is RiskLevel.NONE
