"""rules-1.14 (lead): acts told without the words the older rules need.

Each POSITIVE screened below its level on main (1f75be3): on the way to a place to act
("heading to the tracks now to end it": high from the classifiers alone, no rule), all the
pills taken "at once" with no "i" (high), in the garage with the car running (high), a place
and the thought of jumping there (moderate or none), "tonight's the night, i'm finally going to
go through with it" (none: an idiom for evening events read "going" as "go"). The TWINS are the
same words in errands, swims, outings and haircuts, and stay below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

IMMINENT = [
    "tonight's the night, i'm finally going to go through with it",
    "today's the day i finally go through with it",
    "took all my meds at once",
    "took all my pills at once",
    "swallowed all my tablets at once",
    "i'm in the garage with the car running",
    "i'm in the car with the hose",
    "i'm going to the river to drown myself",
    "on my way to the bridge to jump",
    "heading to the tracks now to end it",
    "driving to the cliffs to end it",
]

HIGH = [
    "i went to the bridge and thought about jumping",
    "stood on the bridge today and thought about jumping",
    "went up to the roof and thought about jumping off",
    "i stood at the edge of the car park roof and thought about jumping",
]

TWINS = [
    "i went to the bridge and thought about the view",
    "we went to the roof and thought about jumping into the pool",
    "going to the lake to jump in for a swim",
    "heading to the river to feed the swans",
    "i'm not going to the bridge to jump, i'm safe at home",
    "tonight's the night, i'm finally going to go through with the haircut",
    "tonight's the night, we're finally going out for dinner",
    "tonight's the night, i'm finally going to the concert",
]


@pytest.mark.parametrize("text", IMMINENT)
def test_acts_now_are_imminent(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT


@pytest.mark.parametrize("text", HIGH)
def test_the_thought_of_jumping_at_a_place_is_at_least_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_same_words_in_ordinary_life_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


# The day's medication taken as prescribed, in es/fr/pt/it: each was imminent on main (the
# rule for all the pills taken); "...como me dijo el medico" and the German ones were already
# none. The same words with "at once" or a wish to die stay imminent.
ROUTINE_MEDS = [
    ("es", "esta manana me tome todas mis pastillas con el desayuno"),
    ("fr", "ce matin j'ai pris tous mes medicaments avec le petit dej"),
    ("fr", "j'ai pris tous mes cachets comme le medecin a dit"),
    ("pt", "hoje de manha tomei todos os meus remedios com o cafe"),
    ("it", "stamattina ho preso tutte le mie medicine con la colazione"),
    ("it", "ho preso tutte le pastiglie come mi ha detto il medico"),
]
MEDS_TAKEN_TO_DIE = [
    ("es", "me tome todas las pastillas"),
    ("es", "esta manana me tome todas mis pastillas de golpe"),
    ("es", "me tome todas las pastillas esta manana, ya no quiero despertar"),
    ("fr", "ce matin j ai pris tous mes cachets d un coup"),
    ("pt", "hoje de manha tomei todos os remedios pra morrer"),
    ("it", "stamattina ho preso tutte le pastiglie, non voglio svegliarmi"),
]


@pytest.mark.parametrize(("locale", "text"), ROUTINE_MEDS)
def test_the_days_medication_taken_as_prescribed_is_not_an_attempt(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("locale", "text"), MEDS_TAKEN_TO_DIE)
def test_all_the_pills_taken_at_once_or_to_die_stay_imminent(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level is RiskLevel.IMMINENT


# The writer's own high risk beside someone else's: on main (and with the third-party rules)
# these carried `third_party`, and the companion answers a flagged message with guidance for a
# helper instead of the crisis path. Someone else's act alone keeps the flag.
OWN_RISK_BESIDE_OTHERS = [
    "my sister wants to die and honestly so do i, i'm going to kill myself tonight",
    "my mum took all her pills and i want to take mine too",
    "my dad said he wants to kill himself and i want to die too",
]
OTHERS_ONLY = [
    "my sister said she wants to die",
    "my flatmate downed a whole packet",
    "my brother went to the garage with a rope and hasn't come out",
]


@pytest.mark.parametrize("text", OWN_RISK_BESIDE_OTHERS)
def test_the_writers_own_high_risk_is_not_someone_elses(text: str) -> None:
    found = screen(text)
    assert found.level.rank >= RiskLevel.HIGH.rank
    assert "third_party" not in found.flags


@pytest.mark.parametrize("text", OTHERS_ONLY)
def test_someone_elses_crisis_keeps_the_flag(text: str) -> None:
    assert "third_party" in screen(text).flags
