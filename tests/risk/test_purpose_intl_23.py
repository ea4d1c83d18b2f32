"""rules-1.13 (purpose): in es/fr/pt, taking something "to die" in the first person, with a
pronoun for the means ("je veux tous les prendre pour mourir", "quiero tomármelas todas para
morirme"); in de/it, doing it now ("ich mache es gerade, ich bringe mich jetzt um", "lo sto
facendo adesso, mi uccido ora"): imminent. Each POSITIVES message screened below imminent on
main (7bfe383); the French ones screened none. The purpose must end its clause (or be
followed by a time): "pour en finir avec le stress", "para no acordar com dor de cabeça" and
"mourir de rire" are not it.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

POSITIVES = [
    ("fr", "J'ai gardé des cachets et je veux tous les prendre pour mourir"),
    ("fr", "je veux prendre des cachets pour ne plus me réveiller"),
    ("es", "Tengo pastillas guardadas y quiero tomármelas todas para morirme"),
    ("pt", "Guardei comprimidos e quero tomar todos para morrer"),
    ("de", "Ich mache es gerade, ich bringe mich jetzt um"),
    ("it", "Lo sto facendo adesso, mi uccido ora"),
]

TWINS = [
    ("fr", "je vais prendre le dernier épisode pour mourir de rire"),
    ("fr", "je veux prendre des vacances pour en finir avec le stress"),
    ("es", "voy a tomar un café para morirme de risa con mis amigas"),
    ("pt", "quero tomar um chá para não acordar com dor de cabeça"),
    ("pt", "vou tomar um banho para acabar com tudo o cansaço"),
    ("de", "ich mache es gerade, den Kuchen backen"),
    ("it", "lo sto facendo adesso, il compito di matematica"),
]


@pytest.mark.parametrize(("locale", "text"), POSITIVES)
def test_taking_it_to_die_or_doing_it_now_is_imminent(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(("locale", "text"), TWINS)
def test_idioms_and_everyday_purposes_stay_below_moderate(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank
