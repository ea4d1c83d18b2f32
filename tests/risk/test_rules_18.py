"""rules-1.8 (English): families the authored training split showed missing, each with the
everyday twins that must stay quiet. Every risky case here screened below its level on
rules-1.7; no row of the training data is copied (the phrasings are new)."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank
HIGH = RiskLevel.HIGH.rank


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("lowkey want to die rn", RiskLevel.HIGH, "suicidal_ideation"),
        ("i want 2 die", RiskLevel.HIGH, "suicidal_ideation"),
        ("he said he'd kill me if i ever left him", RiskLevel.HIGH, "abuse_or_violence"),
        ("my husband will kill me if i leave him", RiskLevel.HIGH, "abuse_or_violence"),
        ("my dad says he'll hurt my mum if i tell anyone", RiskLevel.HIGH, "abuse_or_violence"),
        ("i cut too deep this time and i can't stop it", RiskLevel.IMMINENT, "self_harm"),
        ("my wrist won't stop bleeding", RiskLevel.IMMINENT, "self_harm"),
        (
            "i'm not suicidal but i wouldn't mind if i didn't wake up",
            RiskLevel.MODERATE,
            "suicidal_ideation",
        ),
        ("only letting myself have black coffee this week", RiskLevel.MODERATE, "eating_disorder"),
        ("i made myself sick after lunch", RiskLevel.MODERATE, "eating_disorder"),
        ("i've had eight pints and i'm still going", RiskLevel.MODERATE, "substance"),
        ("which amount of my tablets would be lethal", RiskLevel.HIGH, "method_seeking"),
        (
            "in my story she wants to die peacefully, what would she take",
            RiskLevel.HIGH,
            "method_seeking",
        ),
        ("i took them, every single one", RiskLevel.IMMINENT, "suicidal_ideation"),
        (
            "goodbye everyone. none of this is your fault",
            RiskLevel.IMMINENT,
            "suicidal_ideation",
        ),
    ],
)
def test_the_new_families_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    result = screen(text)
    assert result.level.rank >= level.rank, result
    assert category in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to live in this city anymore",
        "i don't want to live with my parents forever",
        "my sister will murder me if i'm late again",
        "my flatmate is going to kill me for breaking the vase",
        "mum is going to murder me, i dented the car",
        "i would literally die for a pizza right now",
        "i'd rather die than sing karaoke lol",
        "the last boss killed me so many times",
        "i wanted the ground to swallow me up",
        "i could sleep for a week after that shift",
        "i need 2 hours to finish this",
        "i want 2 pills of ibuprofen for my headache, is that ok",
        "i've had two drinks tonight and now i'm going home",
        "goodbye! it's not your fault the meeting ran late, see you monday",
    ],
)
def test_their_everyday_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE, screen(text)


def test_a_kitchen_cut_is_no_rule_match() -> None:
    # The classifiers still over-read it (high): a known weakness noted in the model card.
    text = "i cut too deep into the onion and nearly got my finger"
    assert not [h for h in find_hits(normalize(text)) if h.about == "self"]


def test_a_real_threat_is_not_read_as_the_family_idiom() -> None:
    # rules-1.7 let the idiom "my mum will kill me if ..." swallow threats of violence.
    assert screen("my boyfriend will kill me if i go to the police").level.rank >= HIGH
    assert screen("my boyfriend will kill me if i'm late for dinner").level.rank < MODERATE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i want 2 end it", "i want to end it"),
        ("i need 2 hours", "i need 2 hours"),
        ("he'd hurt me", "he would hurt me"),
        ("they'll find me", "they will find me"),
    ],
)
def test_normalisation_reads_to_and_other_peoples_contractions(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_relapse_after_a_clean_spell_is_not_tempered_as_the_past() -> None:
    assert screen("i was clean for 30 days but i cut again").level.rank >= HIGH
    # The past alone still sits at moderate.
    assert screen("i used to cut myself years ago").level is RiskLevel.MODERATE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theres no point", "there is no point"),
        ("they aren't", "they are not"),
        ("i dnt", "i do not"),
    ],
)
def test_more_contractions_are_expanded(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_quote_the_writer_takes_as_their_own_counts() -> None:
    # Found by the false-alarm probe: "honestly same" was not a relating cue.
    assert screen("the song says 'i want to die' and honestly same").level.rank >= HIGH
    assert screen("the song says 'i want to die', great tune").level.rank < MODERATE


def test_a_plan_after_denying_suicidal_thoughts_still_counts() -> None:
    assert screen("i'm not suicidal but i have a plan").level.rank >= HIGH
    assert screen("i'm not suicidal but i have a plan for the weekend").level.rank < MODERATE
