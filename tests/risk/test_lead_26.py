"""German jumps told in the present (rules-1.16, lead).

"ich springe heute nacht von der brücke, ich habe mich entschieden" screened `none`: the German
rules had only "ich will / werde ... springen". The present tense tells the act as decided, as
English "i am jumping off the bridge tonight" (imminent). Found by the helper who wrote the
German conversations of test_ans_26.py. On 1a81f1f the first four positives below screened
`none`; the other four were imminent already and stay so."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

DECIDED = [
    "ich springe heute nacht von der brücke, ich habe mich entschieden",
    "ich springe heute nacht von der brücke",
    "ich springe von der brücke",
    "ich spring jetzt vom hochhaus, tschüss",
    # imminent already on 1a81f1f (a time word beside the inverted "spring ich"):
    "heute nacht spring ich vom dach",
    "gleich spring ich aus dem fenster",
    "morgen früh springe ich vom parkhaus",
    "wenn alle schlafen springe ich vom balkon",
]

ORDINARY = [
    "ich springe heute ins schwimmbad",
    "ich springe heute für meinen kollegen ein",
    "ich springe morgen für ihn ein, er ist krank",
    "ich springe von der brücke ins wasser, ist so heiß heute",
    "ich springe vom sprungbrett",
    "ich springe vom balkon in den pool haha",
    "im traum springe ich immer vom dach",
    "ich hab geträumt ich springe vom dach",
    "meine klientin schreibt: ich springe heute von der brücke. was tun?",
    "ich springe nächste woche mit dem fallschirm vom turm? nein, aus dem flugzeug",
]


@pytest.mark.parametrize("text", DECIDED)
def test_a_jump_told_as_decided_is_imminent(text: str) -> None:
    result = screen(text, locale="de")
    assert result.level is RiskLevel.IMMINENT
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize("text", ORDINARY)
def test_pools_standing_in_and_dreams_stay_below_moderate(text: str) -> None:
    assert screen(text, locale="de").level.rank < RiskLevel.MODERATE.rank
