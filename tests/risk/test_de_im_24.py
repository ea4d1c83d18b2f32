"""rules-1.14 (deim): German "im" ("in dem") is not English "im" ("i am").

normalize() expanded English contractions for every language, so "ich sitze im auto" reached the
German rules as "ich sitze i am auto". normalize() now takes the locale and keeps "im" in German
text; every other locale normalises exactly as before. The German rules keep "(?:im|i am)":
they also read German text sent under another locale (screen's default is "en").

New rules (patterns.yaml, `rules-1.14 (deim)` block of `de:`): means at hand in a place, in the
first person -- in the car in the garage with the engine running, in the bathroom, the cellar or
the woods with a blade, a knife or a rope, a rope already hanging there.

Every positive below screened below its level on merge24 before this change (checked by script
against /tmp/wt/merge). The twins use the same words in ordinary life (a car warming up, shaving,
peeling an apple, a washing line, climbing) and stay below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank
IMMINENT = RiskLevel.IMMINENT

POSITIVES: list[tuple[str, RiskLevel]] = [
    ("ich sitze im auto mit laufendem motor in der garage", IMMINENT),
    ("Ich sitze im Auto mit laufendem Motor in der Garage", IMMINENT),
    ("sitz im auto in der geschlossenen garage und lass den motor laufen", IMMINENT),
    ("ich sitz alleine im auto in der garage und hab den motor angelassen", IMMINENT),
    ("ich steh im bad mit der klinge", IMMINENT),
    ("ich bin im bad mit der klinge", IMMINENT),
    ("stehe im badezimmer mit der rasierklinge in der hand", IMMINENT),
    ("ich knie im bad mit den rasierklingen", IMMINENT),
    ("ich hock im bad mit ner klinge und blute schon", IMMINENT),
    ("ich sitze im bad mit dem messer und will nicht mehr", IMMINENT),
    ("ich sitz im keller mit dem strick", IMMINENT),
    ("hock grad im keller mit dem strick in der hand", IMMINENT),
    ("bin jetzt im wald mit dem strick", IMMINENT),
    ("ich bin im wald mit dem seil, das wars", IMMINENT),
    ("ich bin im keller und der strick hängt schon", IMMINENT),
    ("ich bin im dachboden, das seil ist schon festgemacht", IMMINENT),
]

# Imminent before this change too: "im" kept must not lose them.
KEPT: list[str] = [
    "ich sitze im auto, motor läuft, garage zu",
    "ich lieg im bett und hab alle tabletten genommen",
    "liege im bett, hab grad alle tabletten geschluckt",
    "ich liege im bett und hab die ganze packung genommen",
]

TWINS: list[str] = [
    "ich sitze im garten und trinke kaffee",
    "ich sitze im zug nach hamburg",
    "ich liege im bett und kann nicht schlafen",
    "ich sitze im auto auf dem weg zur arbeit",
    "im moment geht es mir gut",
    "ich sitze im auto in der garage und warte bis der regen aufhört",
    "der motor läuft im auto, ich warte in der garage auf meinen mann",
    "ich sitz im auto in der garage und lass den motor warmlaufen",
    "ich sitze im auto mit laufendem motor vor der garage und warte auf dich",
    "ich steh im bad und rasier mich mit der neuen klinge",
    "ich steh im bad mit der neuen rasierklinge und rasier mir die beine",
    "im bad ist die klinge vom rasierer stumpf",
    "ich bin im bad mit dem messer am putzen, die fugen sind eklig",
    "ich sitze im zimmer mit dem messer und schäle einen apfel",
    "ich sitze im zimmer mit dem messer und öffne ein paket",
    "ich sitz im bett mit dem messer und schmier mir ein brot",
    "ich bin im keller mit dem messer und schnitz was für die kinder",
    "ich lieg im bett und hab meine tabletten genommen wie jeden abend",
    "ich lieg im bett und hab eine kopfschmerztablette genommen",
    "ich bin im keller und such das seil fürs zelt",
    "ich bin im keller mit dem seil für die wäscheleine",
    "ich bin im wald mit dem seil zum klettern",
    "ich bin im keller und das seil hängt an der wand",
    "ich bin im dachboden und der strick hängt noch vom alten boxsack",
    "ich sitz im keller und sortier werkzeug",
    "ich bin im wald mit dem hund",
]


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_positive_reaches_its_level(text: str, level: RiskLevel) -> None:
    result = screen(text, locale="de")
    assert result.level.rank >= level.rank, (text, result.level, result.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "ich sitze im auto mit laufendem motor in der garage",
        "ich steh im bad mit der klinge",
        "ich sitz im keller mit dem strick",
        "ich bin im keller und der strick hängt schon",
    ],
)
def test_german_text_under_english_locale_still_reads(text: str) -> None:
    # The rules accept "i am" too: German text sent with locale "en" is read the old way.
    assert screen(text, locale="en").level is IMMINENT, text


@pytest.mark.parametrize("text", KEPT)
def test_imminent_before_stays_imminent(text: str) -> None:
    assert screen(text, locale="de").level is IMMINENT, text


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays_below_moderate(text: str) -> None:
    result = screen(text, locale="de")
    assert result.level.rank < MODERATE, (text, result.level, result.evidence)


def test_german_keeps_im_and_other_locales_do_not() -> None:
    assert normalize("Ich sitze IM Auto", locale="de").text == "ich sitze im auto"
    assert normalize("im moment", locale="de-AT").text == "im moment"
    assert normalize("im moment", locale="de_CH").text == "im moment"
    for locale in (None, "en", "es", "fr", "pt", "it"):
        assert normalize("im tired", locale=locale).text == "i am tired"
    # Only "im": the other slang still expands in German text, as before.
    assert normalize("ich bin so müde, idk", locale="de").text == "ich bin so mude, i do not know"


def test_offsets_still_map_back_in_german() -> None:
    text = "Ich steh im Bad mit der Klinge"
    norm = normalize(text, locale="de")
    start = norm.text.index("im bad")
    assert norm.original_span(start, start + len("im bad")) == (9, 15)


# The German answer words (answers_intl) read "im moment" too: answers.py normalises the answer
# and the question with the locale. "nein" to "are you safe right now?" after talk of not
# wanting to live screened none on merge24.
CONTEXT_POSITIVES: list[tuple[list[str], str, RiskLevel]] = [
    (["ich will nicht mehr leben", "Bist du im Moment in Sicherheit?"], "nein", RiskLevel.HIGH),
    (
        ["ich kann nicht mehr, ich will sterben", "Bist du im Moment in Sicherheit?"],
        "nein, eher nicht",
        RiskLevel.HIGH,
    ),
]
CONTEXT_TWINS: list[tuple[list[str], str]] = [
    (["mir geht es heute richtig schlecht", "Bist du im Moment in Sicherheit?"], "ja"),
    (
        ["ich will nicht mehr leben", "Bist du im Moment in Sicherheit?"],
        "ja, bin bei meiner schwester",
    ),
    (["wie war dein tag?", "Bist du im Moment zu Hause?"], "nein"),
    (["ich hab heute frei", "Bist du im Moment im Büro?"], "nein"),
]


@pytest.mark.parametrize(("context", "text", "level"), CONTEXT_POSITIVES)
def test_answer_to_a_german_safety_question(
    context: list[str], text: str, level: RiskLevel
) -> None:
    result = screen(text, locale="de", context=context)
    assert result.level.rank >= level.rank, (text, result.level, result.evidence)


@pytest.mark.parametrize(("context", "text"), CONTEXT_TWINS)
def test_ordinary_answer_stays_below_moderate(context: list[str], text: str) -> None:
    result = screen(text, locale="de", context=context)
    assert result.level.rank < MODERATE, (text, result.level, result.evidence)
