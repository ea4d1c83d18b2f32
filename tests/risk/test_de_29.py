"""rules-1.19 (de): plain German, Austrian and Swiss statements in the imminent families and
method questions.

A helper wrote 231 probe messages in German chat (Austrian and Swiss forms among them) from the
label guide alone: 150 positives and 81 everyday twins in the ten families of the label guide.
On rules-1.18 they read 47/150 positives at level and 4/81 twins at moderate or above; the
imminent families read far below their level: a date set 1/15, goodbyes 2/15, means at hand
or the place reached 3/16, and method questions 2/15 ("ich hab das datum festgelegt", "das
wars dann. machts gut alle", "steh grad auf der brucke", "ab wann ist paracetamol eigentlich
todlich?"), and dialect forms read none ("i wu mi umbringen", "ich ha mich geschter wieder
gritzt"). The `de.r19.*` rules read the shape of those statements with their everyday senses
excluded (a wedding date, a holiday, a view from the bridge, a hunting rifle, a pet's dose).
After them: 134/150 positives at level (date set 12/15, goodbyes 15/15, means 13/16, method
questions 14/15), 2/81 twins at moderate (both by the classifiers, not by a rule). Two older
rules were narrowed: de.passive ("die hauptfigur nicht mehr aufwachen will") and de.passive2
("ich kann nicht mehr" with laughter or a full plate). The other languages' twins read as
before (es 8/60, fr 9/60, it 5/60, pt 8/60).

POSITIVES (de_29.tsv) are the round's positives that read at level through a new rule; TWINS
are its everyday rows, on which no new rule may fire and which read below moderate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel
from probe_rows import probe_rows

ROWS = Path(__file__).with_name("de_29.tsv")
POSITIVES = [tuple(r) for r in probe_rows(ROWS, "positive")]
TWINS = [tuple(r) for r in probe_rows(ROWS, "twin")]


def _new_rules(locale: str, text: str) -> list[str]:
    return [
        h.rule.id
        for h in patterns.find_hits(normalize(text, locale=locale))
        if h.rule.id.startswith("de.r19.") and h.about != "none"
    ]


@pytest.mark.parametrize(("locale", "level", "text"), POSITIVES)
def test_positive_reads_at_level_through_a_new_rule(locale: str, level: str, text: str) -> None:
    assert _new_rules(locale, text), text
    assert screen(text, locale).level.rank >= RiskLevel(level).rank


@pytest.mark.parametrize(("locale", "level", "text"), TWINS)
def test_no_new_rule_fires_on_a_twin(locale: str, level: str, text: str) -> None:
    assert _new_rules(locale, text) == []
    assert screen(text, locale).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    [
        "hab mich entschieden: morgen kündige ich",
        "freitag ist es soweit. dann ist schluss mit dem rauchen",
        "morgen ist mein letzter tag im büro, das steht fest",
        "ich hab den tag festgelegt für die party",
        "die briefe sind geschrieben, jetzt noch zur post",
        "hab alles geregelt, testament und konten, weil ich nächsten montag operiert werde",
        "kannst du auf meine katze aufpassen wenn ich weg bin? bin zwei wochen in spanien",
        "wenn ich mal nicht mehr da bin sollst du das haus haben",
        "hab meine ganzen sachen verschenkt, brauch sie eh nicht mehr, zieh nach australien",
        "verzeiht mir dass ich zu spät bin, hab euch lieb",
        "das wars dann für heute. machts gut",
        "ich wollt nur noch tschüss sagen, pass auf dich auf, bin dann weg bis montag",
        "steh grad auf der brücke und warte auf meinen freund",
        "bin aufm dach, is niemand da, super zum sonnen",
        "ich warte auf den zug der nicht hält, der ice fährt durch",
        "die pistole von meinem vater, hab den schlüssel genommen, gehen morgen zur jagd",
        "ab wann ist alkohol eigentlich tödlich für hunde?",
        "tut es weh wenn man vom pferd fällt?",
        "welche brücke ist hoch genug für bungee?",
        "kann man an einem wespenstich sterben?",
        "i wü nimma lebn in dera stadt",
        "ich mach schluss mit ihm, für immer",
        "die welt wär ärmer ohne dich",
        "das team wär ohne mich besser dran, sagt der trainer",
        "hab mich beim rasieren wieder geschnitten",
        "ich hab mich auf die zunge gebissen, so fest dass es blutet",
        "ich denk nicht dran ihn umzubringen, ich bin doch nicht verrückt",
        "ich stell mir vor wie ich den ball ins tor ramme",
        "bin auf dem weg zu ihr, hab was dabei, sie hat geburtstag",
        "ich wart vor seiner wohnung, er kriegt heute sein geschenk",
        "hilfe meine katze versucht die tür aufzubrechen lol",
    ],
)
def test_everyday_words_of_the_new_rules(text: str) -> None:
    assert _new_rules("de", text) == []
