"""Everyday farewells and reclaiming one's life (rules-1.17, merge).

The (act) helper found, among its twins, two that read as crisis on 712d4af: "goodbye world,
hello beach!" read imminent (a goodbye message), and "i'm going to take my life back after
this breakup" read high (the words of taking one's own life). All eight ORDINARY messages
below read moderate or higher on 712d4af. A goodbye with finality or the afterlife after the
"hello", and the plain act, keep their level."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

ORDINARY = [
    "goodbye world, hello beach!",
    "goodbye world hello vacation",
    "goodbye cruel world, hello retirement",
    "goodbye world hello maternity leave!!",
    "im going to take my life back after this breakup",
    "taking my life back one day at a time",
    "this year i'm taking back control of my life",
    "i've taken my life back from him and it feels amazing",
]

STILL_CRISIS = [
    ("goodbye world", RiskLevel.IMMINENT),
    ("goodbye world, hello heaven", RiskLevel.IMMINENT),
    ("goodbye world hello beach, i wont be coming back", RiskLevel.IMMINENT),
    ("goodbye world hello darkness, i'm sorry everyone", RiskLevel.IMMINENT),
    ("i want to take my life", RiskLevel.HIGH),
    ("i want to take my life back but i can't, i want to die", RiskLevel.HIGH),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_everyday_farewells_and_reclaiming_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("text", "level"), STILL_CRISIS)
def test_goodbyes_with_finality_and_the_act_keep_their_level(text: str, level: RiskLevel) -> None:
    result = screen(text)
    assert result.level.rank >= level.rank
    assert "suicidal_ideation" in result.categories


# The (fa) everyday families cap the classifiers at low. A drive, a call or a relationship
# ended, or a haircut, is also where a plan can hide: in the (fa) branch as written, the first
# three below read low (high, high, imminent on 712d4af), and the last one low (high).
PLAN_BEHIND_THE_EVERYDAY = [
    ("im going to drive to the coast tonight and walk into the sea", RiskLevel.HIGH),
    ("gonna drive to the coast and just keep walking into the water", RiskLevel.HIGH),
    ("ending the call now, bye everyone, thank you for everything", RiskLevel.IMMINENT),
    ("going to drive out to the woods tonight with the hose from the garage", RiskLevel.HIGH),
    ("taking the car up to the reservoir tonight, nobody needs to know", RiskLevel.HIGH),
    ("going to my mums to drop the cat off then i'll end things", RiskLevel.HIGH),
    ("ended the call with my sister, that was the last time she'll hear me", RiskLevel.HIGH),
    ("i ended it with him and now i'm going to end everything else", RiskLevel.HIGH),
    ("i keep dying in this game and honestly i wish i could die for real", RiskLevel.MODERATE),
    ("i've decided to quit everything, including living", RiskLevel.HIGH),
    ("cut all my hair off and gave my things away, i'm ready", RiskLevel.HIGH),
]


@pytest.mark.parametrize(("text", "level"), PLAN_BEHIND_THE_EVERYDAY)
def test_the_everyday_caps_do_not_hide_a_plan(text: str, level: RiskLevel) -> None:
    result = screen(text)
    assert result.level.rank >= level.rank
    assert "suicidal_ideation" in result.categories
