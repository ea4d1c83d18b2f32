"""rules-1.9 in es/fr/de/pt/it: tempering, two past-tense death wishes that screened none,
and clinicians' and students' cues in fr/de/pt/it.

Before rules-1.9 only English cues tempered a hit: "hace años intenté suicidarme, ahora estoy
bien" was imminent and "ich will mich umbringen, aber ich werde es nicht tun" high, where the
English equivalents were moderate (rules-1.13: a resisted thought of suicide stays high, a
resisted self-harm urge is moderate). Each language now has its own past, relapse, now, resisted
and hypothetical cues (patterns.yaml `temper`). The checks here are on the pattern layer's
hits: the screen's classifiers may still raise a message (as they do in English).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits
from mindline.risk.types import RiskLevel


def _self_hits(text: str) -> list[tuple[RiskLevel, str]]:
    return [(h.level, h.reason) for h in find_hits(normalize(text)) if h.about == "self"]


@pytest.mark.parametrize(
    "text",
    [
        "hace años intenté suicidarme, ahora estoy bien",
        "de adolescente quería matarme, ya no",
        "hace dos años tomé todas mis pastillas, hoy estoy mejor",
        "il y a des années j'ai voulu me suicider",
        "vor Jahren wollte ich mich umbringen",
        "há anos eu tentei me matar, hoje estou bem",
        "quando eu era adolescente eu queria morrer",
        "anni fa ho tentato il suicidio",
        "da ragazza volevo uccidermi",
    ],
)
def test_a_past_event_sits_at_moderate(text: str) -> None:
    hits = _self_hits(text)
    assert hits, text
    assert max(level.rank for level, _ in hits) == RiskLevel.MODERATE.rank, hits


@pytest.mark.parametrize(
    "text",
    [
        "quiero matarme pero no lo voy a hacer",
        "j'ai envie de me tuer mais je ne le ferai pas",
        "ich will mich umbringen, aber ich werde es nicht tun",
        "quero me matar mas não vou fazer isso",
        "voglio ammazzarmi ma non lo farò",
    ],
)
def test_resisted_thoughts_of_suicide_stay_high(text: str) -> None:
    # rules-1.13: active ideation is high (DESIGN.md) whether or not the writer says they
    # will not act on it; "resisted" is still named for the clinician.
    hits = _self_hits(text)
    assert hits, text
    assert all("resisted" in reason for _, reason in hits), hits
    assert max(level.rank for level, _ in hits) == RiskLevel.HIGH.rank, hits


@pytest.mark.parametrize(
    "text",
    [
        "quiero cortarme pero no lo voy a hacer",
        "ich will mich ritzen, aber ich werde es nicht tun",
        "quero me cortar mas não vou fazer isso",
        "voglio tagliarmi ma non lo farò",
    ],
)
def test_a_resisted_self_harm_urge_sits_a_step_lower(text: str) -> None:
    hits = _self_hits(text)
    assert any("resisted" in reason for _, reason in hits), hits
    assert max(level.rank for level, _ in hits) == RiskLevel.MODERATE.rank, hits


@pytest.mark.parametrize(
    "text",
    [
        # "for years": ongoing, not past
        "hace años que quiero matarme",
        "faz anos que eu quero me matar",
        "da anni voglio ammazzarmi",
        # a relapse, or "now" after the past cue and before the hit
        "j'avais arrêté il y a des années mais je me suis encore scarifiée hier",
        "früher ging es mir gut, jetzt will ich mich umbringen",
        "antes estaba bien, ahora quiero matarme",
        # "sí" (yes) is not "si" (if): no hypothetical
        "sí, me voy a matar esta noche",
    ],
)
def test_ongoing_relapsed_or_current_risk_keeps_its_level(text: str) -> None:
    hits = _self_hits(text)
    assert hits, text
    assert max(level.rank for level, _ in hits) >= RiskLevel.HIGH.rank, hits
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


def test_a_hypothetical_lowers_imminent_to_high_only() -> None:
    (level, reason), *_ = _self_hits("e se eu tomar todos os comprimidos hoje à noite")
    assert level is RiskLevel.HIGH and "hypothetical" in reason


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de", "als ich jung war, wollte ich sterben"),
        ("de", "ich wollte nur noch tot sein"),
        ("it", "quando ero giovane volevo morire"),
        ("it", "ieri sera volevo solo morire"),
    ],
)
def test_a_past_tense_death_wish_is_moderate(locale: str, text: str) -> None:
    result = screen(text, locale=locale)
    assert result.level.rank >= RiskLevel.MODERATE.rank, result
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de", "ich wollte nicht sterben"),
        ("de", "ich wollte vor Scham sterben"),
        ("it", "non volevo morire"),
        ("it", "volevo morire dal ridere"),
        ("it", "volevo morire dalle risate quando ho visto il video"),
    ],
)
def test_their_twins_stay_below_moderate(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # high on rules-1.8: German had no professional cue
        ("de", "ich denke an Selbstmord als Thema für mein Referat"),
        ("de", "wie kann ich meine Patientin auf Suizidgedanken ansprechen?"),
    ],
)
def test_a_clinicians_or_students_question_is_not_a_disclosure(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de", "wegen dem Referat will ich mich umbringen"),
        ("de", "ich will mich umbringen, ich schaffe mein Referat nicht"),
        ("fr", "je veux me suicider, mon mémoire me tue"),
        ("pt", "quero me matar por causa do tcc"),
        ("it", "voglio ammazzarmi per colpa della tesi"),
    ],
)
def test_a_student_in_crisis_is_still_read_as_the_writer(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize(
    "text",
    [
        # none on rules-1.8: the professional cue made these the reader's
        "i'm writing an essay on suicide because i want to kill myself",
        "my essay on self harm made me want to cut again",
        "can you summarise the research on suicide, i think about killing myself every day",
        "how do i ask for help, i keep thinking about killing myself",
    ],
)
def test_the_writers_own_words_beside_a_professional_cue_stay_theirs(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # high on rules-1.8 (the classifiers alone): the topic, not the writer
        ("en", "i am researching suicide for my psychology class"),
        ("en", "i am writing about suicide for my essay"),
        ("it", "come posso chiedere al mio paziente se pensa al suicidio?"),
        ("it", "sto scrivendo sul suicidio per la mia tesi"),
        # reported speech and "shows me" are not the writer's own
        ("en", "how do i respond if a client says i want to kill myself"),
        ("en", "what's the best way to respond when a client shows me self harm scars"),
    ],
)
def test_a_professional_topic_stays_below_moderate(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank
