"""rules-1.22 in es, fr, de, pt and it: five of the English gaps (test_rules_30.py) were gaps
in the other languages too.

- The writer's own wish told beside someone else's ("my friend wants to die and honestly me
  too") read low, as someone else's crisis, in all five languages: it is the writer's, high.
- Suicide pictured as a condition ("if i killed myself nobody would notice") read moderate in
  es, fr and it and none in pt: high, as thinking about it. Not the idioms of working or
  studying oneself to death ("matarse a estudiar", "se tuer au travail", "se matar de
  estudar", "ammazzarsi di lavoro").
- An intent to overdose ("voy a tomar una sobredosis esta noche") read none in es, de and pt
  and moderate in fr and it: high, imminent with a time. Not an overdose of coffee, chocolate
  or a TV series.
- German: "ich hasse mich und will sterben" read low (the wish rule wanted "ich" just before
  "will"), and a break-in under way ("jemand bricht gerade in meine wohnung ein") read none.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

OWN_WISH = [
    ("es", "mi amiga quiere morir y sinceramente yo también"),
    ("fr", "mon amie veut mourir et honnêtement moi aussi"),
    ("de", "meine freundin will sterben und ehrlich gesagt ich auch"),
    ("pt", "minha amiga quer morrer e sinceramente eu também"),
    ("it", "la mia amica vuole morire e onestamente anch'io"),
]
SOMEONE_ELSES = [
    ("es", "mi amiga quiere morir, qué hago"),
    ("de", "meine freundin will sterben, was soll ich tun"),
    ("fr", "mon chat veut sortir et moi aussi"),
]
IF_KILLED = [
    ("es", "si me matara nadie lo notaría"),
    ("fr", "si je me tuais personne ne le remarquerait"),
    ("pt", "se eu me matasse ninguém ia perceber"),
    ("it", "se mi uccidessi nessuno se ne accorgerebbe"),
]
WORKING_TO_DEATH = [
    ("es", "si me matara a estudiar aprobaría"),
    ("fr", "si je me tuais au travail ils ne diraient rien"),
    ("pt", "se eu me matasse de estudar passaria"),
    ("it", "se mi ammazzassi di lavoro non cambierebbe niente"),
]
GERMAN = [
    ("ich hasse mich und will sterben", RiskLevel.HIGH),
    ("jemand bricht gerade in meine wohnung ein", RiskLevel.IMMINENT),
    ("jemand versucht bei mir einzubrechen", RiskLevel.IMMINENT),
]
GERMAN_TWINS = [
    "im film bricht jemand in die wohnung ein",
    "ich bin müde und will schlafen",
]


@pytest.mark.parametrize(("locale", "text"), OWN_WISH)
def test_the_writers_own_wish_beside_anothers_is_high(locale: str, text: str) -> None:
    result = screen(text, locale=locale)
    assert result.level is RiskLevel.HIGH, (text, result.level)
    assert "third_party" not in result.flags


@pytest.mark.parametrize(("locale", "text"), SOMEONE_ELSES)
def test_someone_elses_wish_alone_stays_below_moderate(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("locale", "text"), IF_KILLED)
def test_suicide_pictured_as_a_condition_is_high(locale: str, text: str) -> None:
    result = screen(text, locale=locale)
    assert result.level is RiskLevel.HIGH, (text, result.level)
    assert any(e.reason == "thinking about suicide" for e in result.evidence), result.evidence


@pytest.mark.parametrize(("locale", "text"), WORKING_TO_DEATH)
def test_working_oneself_to_death_is_not(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("text", "level"), GERMAN)
def test_german_wish_after_und_and_a_break_in(text: str, level: RiskLevel) -> None:
    assert screen(text, locale="de").level is level


@pytest.mark.parametrize("text", GERMAN_TWINS)
def test_german_twins_stay_below_moderate(text: str) -> None:
    assert screen(text, locale="de").level.rank < RiskLevel.MODERATE.rank


OVERDOSE_TONIGHT = [
    ("es", "voy a tomar una sobredosis esta noche"),
    ("fr", "je vais faire une overdose ce soir"),
    ("de", "ich nehme heute nacht eine überdosis"),
    ("pt", "vou tomar uma overdose hoje à noite"),
    ("it", "stasera mi faccio un'overdose"),
]
OVERDOSE_OF_SOMETHING_ELSE = [
    ("es", "voy a tomar una sobredosis de cafeína antes del examen"),
    ("fr", "je vais faire une overdose de sucre ce soir"),
    ("de", "ich nehme heute eine überdosis kaffee"),
    ("pt", "vou fazer uma overdose de chocolate hoje"),
    ("it", "stasera mi faccio un overdose di serie tv"),
]


@pytest.mark.parametrize(("locale", "text"), OVERDOSE_TONIGHT)
def test_an_overdose_tonight_is_imminent(locale: str, text: str) -> None:
    result = screen(text, locale=locale)
    assert result.level is RiskLevel.IMMINENT, (text, result.level)
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize(("locale", "text"), OVERDOSE_OF_SOMETHING_ELSE)
def test_an_overdose_of_coffee_or_a_series_is_not(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank
