"""rules-1.19: a negation denies the act it stands before, not a clause earlier.

Rules anchored at the message start ("^(?!exclusions).*?pienso en morirme") match from the
first word, so `patterns._negated` looked at the first words of the message: "no puedo mas,
pienso en morirme" read the "no" of "I can't go on" as denying the thought. Such rules now
name their `act`, and only a cue right before it or in its first words denies it. "No dejo de
pensar en..." (I keep thinking of...) and its twins in pt/it/fr are not denials.
"""

from __future__ import annotations

import pytest

from mindline.risk import patterns
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel


def _level(rule_id: str, text: str, locale: str) -> RiskLevel | None:
    hits = [h for h in patterns.find_hits(normalize(text, locale=locale)) if h.rule.id == rule_id]
    return max((h.level for h in hits), key=lambda lv: lv.rank, default=None)


THOUGHTS = [
    ("es", "no puedo mas, pienso en morirme"),
    ("es", "no puedo mas pienso en morirme todo el dia"),
    ("es", "no dejo de pensar en morirme"),
    ("pt", "nao aguento mais penso em morrer"),
    ("pt", "nao paro de pensar em morrer"),
    ("it", "non ce la faccio piu penso a morire"),
    ("it", "non smetto di pensare alla morte"),
    ("fr", "je n'arrete pas de penser a la mort"),
    ("fr", "non j'en peux plus, je pense a mourir"),
    ("de", "nein, ich denke ans sterben"),
]

DENIED = [
    ("es", "no pienso en morirme"),
    ("es", "ya no pienso en la muerte"),
    ("pt", "nao penso em morrer"),
    ("it", "non penso a morire"),
    ("fr", "je pense pas a mourir"),
    ("fr", "je ne pense jamais a la mort"),
    ("de", "ich denke nicht ans sterben"),
]


@pytest.mark.parametrize(("locale", "text"), THOUGHTS)
def test_an_earlier_no_does_not_deny_the_thought(locale: str, text: str) -> None:
    assert _level(f"{locale}.r15lead.death_thoughts", text, locale) == RiskLevel.MODERATE


@pytest.mark.parametrize(("locale", "text"), DENIED)
def test_a_no_before_the_thought_denies_it(locale: str, text: str) -> None:
    assert _level(f"{locale}.r15lead.death_thoughts", text, locale) == RiskLevel.NONE


def test_a_jump_told_after_a_no_is_still_decided() -> None:
    text = "nein, mir reichts, ich springe heute vom dach"
    assert _level("de.r16lead.jumping_now", text, "de") == RiskLevel.IMMINENT
