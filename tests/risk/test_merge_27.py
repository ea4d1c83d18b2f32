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
