"""rules-1.13: everyday messages the classifiers alone rated high (screen._ORDINARY_EDGE_AWAY).

An edge of furniture, a platform edge while waiting for a train, away "soon" for a weekend, a
device about to go flat: each EVERYDAY message screened moderate or high on main (c9fa26f)
with no pattern behind it, and now stays below moderate. The same scenes with a risk word, a
means, "nobody will find me", "forever" or "so will i" keep the level they had (RISKY: high on
main and now).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

EVERYDAY = [
    "my phone will be dead soon",
    "i'll be gone soon for the weekend",
    "i will be gone for the week",
    "i'll be gone soon for the holidays",
    "i'll be away soon for the weekend",
    "i'm sitting on the edge of my bed",
    "i'm sat on the edge of the sofa",
    "standing at the edge of the platform waiting for my train",
]

RISKY = [
    "my phone will be dead soon and so will i",
    "i'll be gone for the weekend and then forever",
    "sitting on the edge of the bath with a blade",
    "i'll be gone soon for the weekend so nobody will find me",
    "standing on the edge of the platform waiting for the train, i want it to end",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_scenes_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", RISKY)
def test_the_same_scenes_with_risk_keep_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank
