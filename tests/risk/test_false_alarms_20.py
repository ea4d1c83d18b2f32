"""rules-1.10: everyday twins that rules read as means, a timeline or a threat.

Each twin screened imminent or high on rules-1.9 by a rule ("access to means", "plan with a
timeline", "stated intent", "in danger from someone"). The idioms that quiet them need the
everyday words after the risky ones, so the bare risky words keep their level.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

MODERATE, HIGH = RiskLevel.MODERATE, RiskLevel.HIGH

TWINS = [
    ("the rope is up for the washing", "en"),
    ("tonight's the night! first date in years", "en"),
    ("tonights the night, party at jake's", "en"),
    ("i'll be gone by morning, the flight's at 6", "en"),
    ("we will be gone by sunday, road trip to the coast", "en"),
    ("sto per farla finita con lui", "it"),
    ("voglio farla finita con il fumo", "it"),
    ("er bedroht mich beim schach", "de"),
]
RISKY = [
    ("the rope is up", "en", HIGH),
    ("tonight's the night", "en", HIGH),
    ("tonight's the night. nobody will stop me", "en", HIGH),
    ("i'll be gone by morning", "en", HIGH),
    ("i'll be gone by morning. the pills are ready", "en", HIGH),
    ("sto per farla finita", "it", HIGH),
    ("voglio farla finita", "it", HIGH),
    ("er bedroht mich", "de", HIGH),
]


@pytest.mark.parametrize(("text", "locale"), TWINS)
def test_everyday_twin_stays_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale", "level"), RISKY)
def test_the_risky_words_alone_keep_their_level(text: str, locale: str, level: RiskLevel) -> None:
    assert screen(text, locale=locale).level.rank >= level.rank
