"""rules-1.27 (lang): a message is read in the language it is written in.

A patient's profile says English; on a bad night they write in German. Under rules-1.26 the
English classifiers read "manchmal wünschte ich, ich wäre einfach nicht mehr da" as none, with
no flag: a silent none for text the engine had not read.
"""

from __future__ import annotations

import pytest

from mindline.risk import language, screen
from mindline.risk.types import Flag, RiskLevel


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ich weiß nicht mehr, was ich machen soll", "de"),
        ("no sé qué hacer con mi vida, estoy cansada de todo", "es"),
        ("je ne sais plus quoi faire, je suis fatiguée de tout", "fr"),
        ("não sei mais o que fazer, estou cansada de tudo", "pt"),
        ("non so più cosa fare, sono stanca di tutto", "it"),
        ("i dont know what to do anymore, im tired of everything", "en"),
    ],
)
def test_a_clear_sentence_names_its_language(text: str, code: str) -> None:
    assert language.guess(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",  # "die" is a German article too
        "we had tapas and sangria, muy bien",  # one Spanish phrase in English
        "ok",
        "hola",
        "",
        "ik heb een rustige dag gehad",  # Dutch: none of the six
    ],
)
def test_too_little_or_mixed_evidence_names_no_other_language(text: str) -> None:
    assert language.guess(text) in (None, "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("manchmal wünschte ich, ich wäre einfach nicht mehr da", "de"),
        ("a veces quisiera dormirme y no despertar nunca más", "es"),
        ("je voudrais juste ne plus exister, je suis un poids pour tout le monde", "fr"),
        ("ho già preso tutte le pillole, mi dispiace per tutto", "it"),
    ],
)
def test_risk_written_in_another_language_is_read_under_an_english_locale(
    text: str, code: str
) -> None:
    under_en = screen(text, locale="en")
    assert under_en.level is screen(text, locale=code).level
    assert under_en.level.rank >= RiskLevel.MODERATE.rank


def test_an_unknown_locale_with_english_text_is_read_as_english() -> None:
    text = "i dont want to be here anymore, everyone would be better off"
    result = screen(text, locale="nl")
    assert Flag.LANGUAGE_UNSUPPORTED.value not in result.flags
    assert result.level is screen(text, locale="en").level
    assert result.level.rank >= RiskLevel.MODERATE.rank


def test_a_long_message_is_judged_on_its_start() -> None:
    # Bounded work on 1 MB of text; the start says German.
    text = "ich bin so müde und ich kann nicht mehr. " + "x " * 500_000
    assert language.guess(text[:4000]) == "de"
    assert screen(text, locale="en").level.rank >= RiskLevel.MODERATE.rank
