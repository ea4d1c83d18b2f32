"""rules-1.19: older rules narrowed on everyday twins the rules-1.19 helpers found.

A denied place ("nao estou na ponte agora", "non sono sul cornicione, tranquilla"), a
cigarette at the window, an aerial being fixed, a delivery watched for from the roof, children
watched from the balcony, and pills asked about with milk read as an attempt under way
(imminent). The same places and pills with nothing everyday beside them still read imminent.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import rules_reading


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt", "nao estou na ponte agora"),
        ("pt", "estou no parapeito da janela a fumar"),
        ("it", "non sono sul cornicione, tranquilla"),
        ("it", "sono sul cornicione a sistemare l'antenna"),
        ("de", "bin auf dem dach, schau runter ob der kran kommt"),
        ("fr", "je suis sur le balcon, je regarde en bas les enfants jouer"),
    ],
)
def test_everyday_places_stay_below_high(locale: str, text: str) -> None:
    assert screen(text, locale).level.rank < RiskLevel.HIGH.rank


def test_pills_asked_about_with_milk_are_no_means_rule() -> None:
    # The rule stands aside; the classifiers still read the message imminent (left alone).
    text = "tengo las pastillas en la mano, ¿me las tomo con agua o con leche?"
    assert rules_reading(text, "es.chat.means", "es") == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt", "estou na ponte agora"),
        ("pt", "to no parapeito da janela, nao aguento mais"),
        ("it", "sono sul cornicione, addio"),
        ("de", "bin auf dem dach, schau runter. tut mir leid"),
        ("fr", "je suis sur le pont, je regarde l'eau. pardon"),
        ("es", "tengo todas las pastillas en la mano. adios"),
    ],
)
def test_the_same_places_and_pills_alone_stay_imminent(locale: str, text: str) -> None:
    assert screen(text, locale).level is RiskLevel.IMMINENT
