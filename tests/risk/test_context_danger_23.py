"""rules-1.13 (ctx6): where the person who hurts them is now; the means against someone.

After "my partner hit me again last night" -- "Are you safe right now?" or "he said he'd kill
me if i left" -- "Where is he now?", a reply saying he is near or coming ("he's on his way
home", "he just got back and he's drunk", "in the next room") is high (en.ctx6.abuser_near);
"Where is he now?" now opens the reply to what came before (answers._WHERE_IS_HE). After
thoughts of hurting someone and "Do you have a plan?", the means or the place ("i'll use my
brother's bat", "i have his address") is high (en.ctx6.hto_means). Thoughts of hurting a
step-parent, step-sibling, flatmate or housemate are read like a parent's (VICTIM macro):
"i can't stop thinking about hurting my stepdad" had no rule.

Every POSITIVES pair screened none on main (9318528). The twins: the same replies after an
ordinary chat (a parcel, a dinner guest, a plumber, a DIY job) stay below moderate, and
venting about a flatmate or a step-parent's anger over grades stays quiet.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HIT = ["my partner hit me again last night", "Are you safe right now?"]
THREAT = ["he said he'd kill me if i left", "Where is he now?"]
HURT_HIM = ["i can't stop thinking about hurting my stepdad", "Do you have a plan?"]

POSITIVES = [
    (HIT, "he's on his way home"),
    (HIT, "he just got back and he's drunk"),
    (HIT, "in the next room"),
    (HIT, "he's asleep but he'll wake up"),
    (HIT, "he's in the garage with his tools"),
    (THREAT, "he's downstairs"),
    (THREAT, "he's on his way home"),
    (THREAT, "no, he's still here"),
    (THREAT, "he's outside the door"),
    (THREAT, "in the next room"),
    (HURT_HIM, "i have his address"),
    (HURT_HIM, "i'll use my brother's bat"),
]

ORDINARY = [
    ["the courier said my parcel is nearly here", "Where is he now?"],
    ["my brother is coming for dinner", "When will he be here?"],
    ["the plumber is fixing the boiler", "Is he still there?"],
    ["i'm building shelves this weekend", "Do you have a plan?"],
]
TWINS = [
    "he's on his way home",
    "he just got back",
    "in the next room",
    "he's in the garage with his tools",
    "i'll use my brother's drill",
    "i have his address",
]
VENTING = [
    "i could kill my flatmate, she used all the hot water",
    "i'm going to kill my flatmate if she leaves the dishes again lol",
    "my stepmum is going to kill me when she sees my grades",
]
STEP = [
    "i can't stop thinking about hurting my stepdad",
    "i keep thinking about stabbing my flatmate",
    "i want to hurt my stepmum",
]


@pytest.mark.parametrize(("context", "text"), POSITIVES)
def test_danger_near_or_the_means_is_high(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", TWINS)
def test_after_an_ordinary_chat_they_stay_below_moderate(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", STEP)
def test_thoughts_of_hurting_a_step_parent_or_flatmate_are_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", VENTING)
def test_venting_about_a_flatmate_or_step_parent_stays_quiet(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
