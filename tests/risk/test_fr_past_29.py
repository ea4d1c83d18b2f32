"""rules-1.19 (fr): "au lycée" is the past only beside a past tense; past self-injury in the
imperfect is moderate.

French `temper.past` read any "au lycée" as the past, so a pupil's "le mec qui me harcèle au
lycée, je vais ramener un couteau demain" had its plan lowered (it read none on rules-1.18 and
moderate with the first fr.r19 rules). And "je me coupais au lycée" (I used to cut myself in
high school) read none: past self-harm is moderate by the label guide.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import rules_reading


def test_a_pupils_plan_for_tomorrow_is_not_the_past() -> None:
    text = "le mec qui me harcele au lycee, je vais ramener un couteau demain"
    assert screen(text, "fr").level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize(
    "text",
    [
        "au lycée j'ai fait une TS",
        "j'ai fait deux TS quand j'étais au collège",
        "je me scarifiais au lycée",
        "je me coupais au lycée",
        "au lycee je me coupais tous les jours",
    ],
)
def test_past_acts_at_school_read_moderate(text: str) -> None:
    assert screen(text, "fr").level is RiskLevel.MODERATE


@pytest.mark.parametrize(
    "text",
    [
        "je me coupais les cheveux moi meme au lycee",
        "je me coupais souvent les doigts en cuisine",
        "je me coupais la frange toute seule",
    ],
)
def test_cutting_hair_or_a_finger_is_not_self_harm(text: str) -> None:
    assert rules_reading(text, "fr.r19.self_harm.used_to", "fr") == []
