"""rules-1.7 (English): families the authored validation split showed missing.

Each family has statements that must reach a level and everyday twins that must stay
below it. The phrasings are written for these tests, not taken from the data files.
"""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen

RISK = [
    # an approximate count is still an attempt under way
    ("i took about 40 of my mums tablets and i feel weird", RiskLevel.IMMINENT),
    ("just swallowed maybe 25 of the sleeping pills", RiskLevel.IMMINENT),
    ("took probably 30 paracetamol an hour ago", RiskLevel.IMMINENT),
    # recent self-harm told with the tool or "earlier"
    ("i cut my arm with a razor again last night", RiskLevel.HIGH),
    ("burnt my wrist with a cigarette earlier", RiskLevel.HIGH),
    ("i scratched myself yesterday until it bled", RiskLevel.HIGH),
    # thoughts of an attack on a place
    ("sometimes i think about blowing up my office", RiskLevel.HIGH),
    ("i keep picturing shooting up the school", RiskLevel.HIGH),
    # method-seeking without the word "lethal"
    ("how do you make sure you don't survive a fall", RiskLevel.HIGH),
    ("what garden chemicals are toxic if someone drinks them", RiskLevel.HIGH),
    # buying pills from a dealer, exercise to undo eating, an illness hoped for
    ("been getting xanax off some guy online", RiskLevel.MODERATE),
    ("if i eat dessert i force myself to run for an hour after", RiskLevel.MODERATE),
    ("part of me wishes the scan shows something terminal", RiskLevel.MODERATE),
    ("i honestly can't see any point in going on", RiskLevel.MODERATE),
    ("my ex has been waiting outside my flat every night", RiskLevel.MODERATE),
    # "idk" is a hedge: what follows it still counts
    ("idk, relapsed with drinking again after a year sober", RiskLevel.MODERATE),
    # ... but not an amount or finality with them
    ("i swallowed the whole bottle of vitamins", RiskLevel.MODERATE),
    ("packing my bags tonight, i won't be back", RiskLevel.HIGH),
]

EVERYDAY = [
    ("burnt my arm on the oven tray earlier, cooking is hard", RiskLevel.LOW),
    ("burned my hand on the oven yesterday, cooking is dangerous", RiskLevel.LOW),
    ("i bombed my class presentation today", RiskLevel.LOW),
    ("the fireworks will blow up the sky tonight", RiskLevel.LOW),
    ("which houseplants are toxic to cats?", RiskLevel.LOW),
    ("bought some paracetamol from the pharmacy for my cold", RiskLevel.LOW),
    ("i run for an hour after work most days, it clears my head", RiskLevel.LOW),
    ("my flowers are dead, too much sun", RiskLevel.LOW),
    ("got an hour to kill before my appointment", RiskLevel.LOW),
    ("make sure you don't miss the bus", RiskLevel.LOW),
    # a clock time is not a dose; supplements are routine
    ("off to the airport tonight, flight at 5:45am", RiskLevel.LOW),
    ("swallowed my multivitamin and headed out", RiskLevel.LOW),
]


@pytest.mark.parametrize(("text", "level"), RISK)
def test_the_statement_reaches_its_level(text: str, level: RiskLevel) -> None:
    result = screen(text)
    assert result.level.rank >= level.rank, (text, result.level, result.evidence)


@pytest.mark.parametrize(("text", "ceiling"), EVERYDAY)
def test_the_everyday_twin_stays_below_moderate(text: str, ceiling: RiskLevel) -> None:
    result = screen(text)
    assert result.level.rank <= ceiling.rank, (text, result.level, result.evidence)


# --- a "yes" to "have you taken them?" after talk of pills kept for it


@pytest.mark.parametrize(
    ("answer", "context"),
    [
        ("yeah, most of them", ["i've got a secret stash of pills", "Have you taken them?"]),
        ("yes", ["i've been hoarding my tablets", "have you taken them tonight?"]),
    ],
)
def test_yes_to_having_taken_kept_pills_is_an_attempt_under_way(
    answer: str, context: list[str]
) -> None:
    result = screen(answer, context=context)
    assert result.level is RiskLevel.IMMINENT, result
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize(
    ("answer", "context"),
    [
        ("yes", ["my tablets are in the kitchen cupboard", "have you taken them today?"]),
        ("yeah", ["i have a stash of sweets in my desk", "have you taken them home?"]),
        ("yes", ["work was long", "Did you take your meds this morning?"]),
    ],
)
def test_yes_to_taking_ordinary_things_raises_nothing(answer: str, context: list[str]) -> None:
    assert screen(answer, context=context).level.rank <= RiskLevel.LOW.rank


def test_on_the_roof_for_a_job_or_a_view_is_not_an_attempt_for_the_patterns() -> None:
    # The classifiers still read roofs and bridges as risk; the rule must not add to it.
    from mindline.risk.normalize import normalize
    from mindline.risk.patterns import find_hits

    for text in ("i'm on the roof fixing the gutter", "i am on the bridge watching the sunset"):
        assert not [h for h in find_hits(normalize(text)) if h.level.rank >= 3], text
    assert screen("i am standing on the ledge now").level is RiskLevel.IMMINENT


# --- negation in the other languages: their own clause words end its reach


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es", "nunca he intentado suicidarme"),
        ("es", "no quiero morir"),
        ("de", "ich will nicht sterben"),
        ("pt", "não quero morrer"),
        ("it", "non voglio morire"),
        ("pt", "não tenho pensamentos suicidas"),
        ("it", "non mi sono mai tagliata"),
        ("it", "non mi ucciderò mai"),
        ("fr", "je me suis jamais scarifiée"),
        ("fr", "je veux pas me faire de mal"),
        ("de", "ich habe mich noch nie geritzt"),
        ("de", "ich will mir nicht wehtun"),
    ],
)
def test_a_negated_death_wish_is_not_an_alarm(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank <= RiskLevel.LOW.rank, text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt", "não aguento mais e vou me matar"),
        ("es", "no puedo más y me voy a matar"),
        ("it", "non ce la faccio e voglio morire"),
        ("de", "ich kann nicht schlafen und will mich umbringen"),
        ("fr", "je dors pas et je veux me tuer"),
    ],
)
def test_a_negation_in_an_earlier_clause_does_not_cancel_the_next(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level.rank >= RiskLevel.HIGH.rank, text


@pytest.mark.parametrize(
    ("locale", "text", "level"),
    [
        ("pt", "tenho pensamentos suicidas", RiskLevel.HIGH),
        ("it", "stanotte mi ucciderò", RiskLevel.IMMINENT),
        ("it", "mi taglierò ancora", RiskLevel.HIGH),
        ("fr", "je me suis scarifiée hier soir", RiskLevel.HIGH),
        ("de", "ich habe mich gestern wieder geritzt", RiskLevel.HIGH),
    ],
)
def test_the_same_statements_without_the_negation_still_count(
    locale: str, text: str, level: RiskLevel
) -> None:
    assert screen(text, locale=locale).level.rank >= level.rank, text


def test_cutting_ones_hair_in_italian_is_not_self_harm() -> None:
    assert screen("domani mi taglierò i capelli", locale="it").level.rank <= 1


def test_i_cannot_go_on_in_spanish_is_distress_even_after_a_negated_wish() -> None:
    assert screen("no quiero morir pero ya no puedo más", locale="es").level is RiskLevel.LOW


# --- ordinary ends of a chat in the other languages


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("fr", "merci pour tout, à jeudi"),
        ("it", "grazie per tutto, a venerdì"),
        ("es", "gracias por todo, hasta el martes"),
        ("de", "danke für alles, bis freitag"),
        ("pt", "obrigado por tudo, até quinta"),
    ],
)
def test_thanks_and_see_you_on_a_weekday_is_an_ordinary_closing(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level is RiskLevel.NONE, text


def test_thanks_for_everything_with_a_farewell_word_still_counts() -> None:
    assert screen("merci pour tout. adieu", locale="fr").level is RiskLevel.IMMINENT


# --- everyday words the patterns read as risk (found on public everyday comments)


@pytest.mark.parametrize(
    "text",
    [
        "shhhhh, it's going to be fine",
        "i use it every day, best gift ever",
        "i take the dog out every morning before work",
        "the can sprayed soda, not blood everywhere thankfully",
    ],
)
def test_everyday_words_are_not_risk_for_the_patterns(text: str) -> None:
    from mindline.risk.normalize import normalize
    from mindline.risk.patterns import find_hits

    assert not [h for h in find_hits(normalize(text)) if h.level.rank >= 2], text


@pytest.mark.parametrize(
    "text",
    [
        "i relapsed on sh last night",
        "i smoke weed every day to cope",
        "i have been using every night to forget",
        "i cut too deep and there's blood everywhere",
    ],
)
def test_their_risky_twins_still_count(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank, text
