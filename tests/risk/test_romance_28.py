"""rules-1.18 (attempt, plain): an attempt under way and plain statements of intent, in
Spanish, French, Italian and Portuguese chat words.

Four helpers wrote about 170 probe messages each from the label guide alone, one per language,
in the ten families of the German round (test_de_28.py). On rules-1.17 they read 67/112 (es),
57/105 (fr), 67/109 (it) and 62/107 (pt) positives at level; 22 attempts under way read below
high, many `none` ("je viens d'essayer de me pendre", "ya tome todo, escribo esto mientras
puedo", "l'ho fatto, ho ingoiato tutto", "tomei tudo, ta tudo a andar a roda"), and so did
plain intent told in the present ("este finde me quito la vida", "vendredi jme tue", "sabato
io mi ammazzo", "amanha eu me mato"). A second round per language, 24 attempts and 16 twins
each, read 28 of 96 attempts at level. The rules `<locale>.r18.attempt`, `.attempt_wide` and
`.present_kill` / `fr.r18.plain_end` were written from those two rounds; a third round per
language, written blind, measured them once (docs/risk/EVALUATION.md, rules-1.18): 26 -> 45 of
96 attempts at level.

The positives (romance_28.tsv) are the first two rounds' positives that read at level through a new
rule; the twins are their everyday rows, on which no new rule may fire.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import probe_row_tests, rules_reading

ROWS = Path(__file__).with_name("romance_28.tsv")


def _new_rules(locale: str, text: str) -> list[str]:
    return rules_reading(text, f"{locale}.r18.", locale)


test_positive_reads_at_level_through_a_new_rule, test_no_new_rule_fires_on_a_twin = probe_row_tests(
    ROWS, "r18", twins_below_moderate=False
)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("fr", "j'ai tout pris au buffet a volonte, je vais exploser lol"),
        ("fr", "j'ai pris mes cachets comme d'habitude ce matin"),
        ("fr", "je me tue a le repeter"),
        ("it", "ho finito il flacone di sciroppo per la tosse, ne compro un altro"),
        ("it", "mi ammazzo di lavoro questa settimana"),
        ("es", "ya me tome todo el cafe, ahora a trabajar"),
        ("es", "me mato estudiando para el examen"),
        ("pt", "tomei tudo de uma vez, o suco tava muito bom"),
        ("pt", "acabei de tentar ligar pra minha mae"),
        ("pt", "eu me mato de rir com voce"),
        ("es", "nunca me tome todas las pastillas"),
        ("es", "ya me las tome con el desayuno"),
        ("es", "ayer en el fortnite me quede a dos de ganar y me mato un manco"),
        ("it", "non ho preso tutte le pastiglie, tranquilla"),
        ("pt", "nunca tomei todos os comprimidos de uma vez, fica tranquila"),
    ],
)
def test_everyday_words_of_the_new_rules_stay_below_moderate(locale: str, text: str) -> None:
    assert _new_rules(locale, text) == []
    assert screen(text, locale).level.rank < RiskLevel.MODERATE.rank


# The classifiers (the first) and older Spanish rules (the second) read these moderate or above,
# before the new rules and after; no new rule may.
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("fr", "jai essaye de dormir et ca a pas marche, encore une nuit blanche"),
        ("es", "ya tengo la cuerda atada entre los arboles para la hamaca"),
    ],
)
def test_no_new_rule_fires_on_these(locale: str, text: str) -> None:
    assert _new_rules(locale, text) == []


# A "no" earlier in the message is not a denial of the act.
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "no puedo mas, me tome todas las pastillas"),
        ("it", "non ce la faccio, ho preso tutte le pastiglie"),
        ("pt", "nao aguento mais, tomei todos os comprimidos"),
    ],
)
def test_despair_before_the_act_does_not_deny_it(locale: str, text: str) -> None:
    assert screen(text, locale).level is RiskLevel.IMMINENT
