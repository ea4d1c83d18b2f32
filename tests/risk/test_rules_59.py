"""rules-1.51: a denied clause is cut from what the classifiers read, and the rest is read.

A denied hit ("he doesnt hit me", "i'd never hurt myself", "ich würd mir nie was antun") used
to stand the classifiers down for the whole message, so what followed the denial was never
read: the label guide reads negation traps by meaning ("i'd never kill myself but some days i
wish i was dead" is moderate). Now the denied clause is cut and the rest is read as any message
is; a few words left, someone else's denied words, or an idiom beside the denial still stand
the classifiers down. The texts are staged rows the screen read none (rules-1.50) and their
labels. `en.r40.they_cannot_go_on` lost its own "not" to the negation check since rules-1.40:
"he couldn't go on" is someone else's words again (helper guidance, low).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

NONE, LOW = RiskLevel.NONE, RiskLevel.LOW
MODERATE, HIGH, IMMINENT = RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

# (text, locale, the label's level): each read none under rules-1.50.
DENIAL_THEN_RISK = [
    (
        "he doesnt hit me or anything. just picks what i wear, reads my messages, decides who i "
        "see. thats normal right",
        "en",
        MODERATE,
    ),
    (
        "he hasn't touched me in a while but last night he put his fist through the wall right "
        "next to my head and said next time he won't miss",
        "en",
        HIGH,
    ),
    (
        "i'd never hurt myself but part of me wishes i'd died in labor so she'd get a better mom",
        "en",
        MODERATE,
    ),
    (
        "Ich würd mir nie was antun, aber ich hätt nix dagegen wenns einfach vorbei wär",
        "de",
        MODERATE,
    ),
    ("no me voy a matar pero si me muero mañana me da igual, la verdad", "es", MODERATE),
    ("tengo el cuchillo aqui al lado y esta vez no es para cortarme un poco", "es", IMMINENT),
]

# (text, the level it reads): a denial with distress, or nothing, after it.
DENIAL_THEN_DISTRESS = [
    ("I'm not suicidal, don't worry", NONE),
    ("I'm not going to kill myself", NONE),
    ("i am not suicidal, this traffic is killing me though", NONE),
    ("im not suicidal or anything, im just so tired of being tired", LOW),
    ("i dont want to die, i just want one week where nothing goes wrong", LOW),
    ("I have never wanted to die, I'm just worn out", LOW),
]


@pytest.mark.parametrize(("text", "locale", "level"), DENIAL_THEN_RISK)
def test_what_follows_a_denial_is_read(text: str, locale: str, level: RiskLevel) -> None:
    assert screen(text, locale=locale).level.rank >= level.rank


@pytest.mark.parametrize(("text", "level"), DENIAL_THEN_DISTRESS)
def test_a_denial_with_only_distress_after_it_stays_below_moderate(
    text: str, level: RiskLevel
) -> None:
    assert screen(text).level is level


def test_someone_elses_words_that_hold_a_not_are_theirs() -> None:
    result = screen(
        "my brother texted me from the bridge saying he couldn't go on. i called 999 and they "
        "found him, he's ok but i can't stop shaking"
    )
    assert result.level is LOW
    assert "third_party" in result.flags
