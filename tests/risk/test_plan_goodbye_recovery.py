"""rules-1.4: plan cues near ideation, attempts under way, goodbyes (real and ordinary) and
recovery statements. The pattern layer is tested on its own (`_pattern_pass`) where the
rule is the point, and through `screen()` where the whole engine must give the answer."""

from __future__ import annotations

import pytest

from mindline.risk import RiskLevel, screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import lexicon, ordinary_closing
from mindline.risk.screen import _pattern_pass


def pattern_level(text: str) -> RiskLevel:
    return _pattern_pass(text)[0]


# --- 1. ideation + a plan cue (C-SSRS: ideation with a plan is active ideation)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be alive anymore and I have a plan",
        "I don't want to be alive anymore and I have a plan. It has been 37 days like this.",
        "I wish I could sleep and not wake up. I have a plan.",
        "I don't want to be alive anymore and I've made up my mind",
        "im tired of living and ive worked out a method",
        "I keep thinking about cutting myself and I'm going to do it",
        "i wish i could just not wake up, and i've sorted out how",
        "I don't see the point in living and I've chosen the way",
    ],
)
def test_moderate_ideation_with_a_plan_cue_is_high_in_the_patterns_alone(text: str) -> None:
    assert pattern_level(text).rank >= RiskLevel.HIGH.rank
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


def test_a_benign_tail_sentence_does_not_pull_a_plan_back_to_moderate() -> None:
    for tail in (" It has been 37 days like this.", " Work was fine.", " The weather is grey."):
        text = "I don't want to be alive anymore and I have a plan." + tail
        assert screen(text).level.rank >= RiskLevel.HIGH.rank, text


@pytest.mark.parametrize(
    "text",
    [
        # "will", "going to", "ready", "date" are not plan cues by themselves
        "I don't want to be alive anymore, but I will call my sister",
        "I wish I was dead. I will be fine, I'm going to bed.",
        "I wish I was dead and I have a plan for the weekend with friends",
        "I don't want to be alive anymore, I made up my mind to get help",
        "I'm tired of living, I wrote a note for work",
        "I wish I could disappear. I'm ready for my exam though",
        # negated plan
        "I wish I was dead, but I don't have a plan",
        "I want to disappear forever, I have no plan and I'm not going to act on it",
    ],
)
def test_common_words_and_negated_plans_do_not_raise_a_death_wish(text: str) -> None:
    assert pattern_level(text) is RiskLevel.MODERATE, text


def test_active_ideation_with_the_languages_own_plan_cue_is_imminent() -> None:
    for text in (
        "I want to kill myself and I have a plan",
        "I want to kill myself and I've been planning it for weeks",
        "i want to end my life, i know exactly how i would do it",
    ):
        assert pattern_level(text) is RiskLevel.IMMINENT, text
    # the old check took any "plan" or "date" anywhere as a plan
    assert pattern_level("I want to kill myself, I'm planning to see my GP about it") is (
        RiskLevel.HIGH
    )


def test_the_plan_cue_comes_from_each_languages_upgrades() -> None:
    for code, lang in lexicon().languages.items():
        assert "plan" in lang.upgrades, code
    cases = [
        ("es", "no quiero vivir más y tengo un plan", RiskLevel.HIGH),
        ("es", "no quiero vivir más, tengo un plan para el finde con amigos", RiskLevel.MODERATE),
        ("pt", "não quero mais viver, já decidi como", RiskLevel.HIGH),
        ("fr", "je veux mourir, j'ai tout prévu", RiskLevel.IMMINENT),
        ("de", "ich will nicht mehr leben, ich habe alles geplant", RiskLevel.HIGH),
        ("it", "vorrei morire, ho già deciso come", RiskLevel.IMMINENT),
    ]
    for locale, text, at_least in cases:
        got = screen(text, locale=locale).level
        assert got.rank >= at_least.rank, (text, got)
        if at_least is RiskLevel.MODERATE:
            assert got is RiskLevel.MODERATE, (text, got)


def test_passive_ideation_phrasings_without_a_plan_stay_moderate() -> None:
    for text in (
        "i wish i could just not wake up",
        "I don't see the point in living anymore",
        "I can't see any reason to keep going",
    ):
        assert pattern_level(text) is RiskLevel.MODERATE, text


def test_a_spanish_i_dont_want_to_live_is_not_negated_by_its_own_no() -> None:
    assert pattern_level("no quiero vivir más") is RiskLevel.MODERATE
    assert pattern_level("no quiero morir") is RiskLevel.NONE


# --- 2a. attempts under way


@pytest.mark.parametrize(
    "text",
    [
        "took the whole bottle",
        "just took 40 paracetamol",
        "i tuk the hole packet, its kicking in",
        "the cut on my wrist is gushing",
        "it's too late, i already took them",
        "I've already taken them, it's too late",
        "i swallowed them all",
    ],
)
def test_attempts_under_way_are_imminent_in_the_patterns(text: str) -> None:
    assert pattern_level(text) is RiskLevel.IMMINENT
    assert screen(text).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "I took the whole bottle of water on the hike",
        "I took 2 paracetamol for my headache",
        "I drank a whole bottle of juice after the run",
    ],
)
def test_ordinary_doses_and_bottles_are_not_attempts(text: str) -> None:
    assert pattern_level(text) is RiskLevel.NONE


# --- 2b. goodbyes: real ones in six languages, ordinary ones at the end of a chat


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "thank you for everything. goodbye."),
        ("en", "this is goodbye. thank you for everything"),
        ("es", "adiós a todos, gracias por todo"),
        ("es", "ya no puedo más, adiós a todos"),
        ("pt", "adeus a todos, me desculpem por tudo"),
        ("fr", "je n'en peux plus. adieu"),
        ("de", "ich kann nicht mehr. lebt wohl"),
        ("it", "non ce la faccio più, addio"),
    ],
)
def test_goodbye_messages_are_imminent(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "goodnight, see you tomorrow"),
        ("en", "thanks for the chat, goodbye"),
        ("en", "goodbye, thanks for the chat"),
        ("en", "thank you for the help today. goodbye, see you next week"),
        ("en", "goodbye everyone, see you after the holidays"),
        ("en", "ok that's all for today, bye. talk tomorrow"),
        ("en", "i'm done for today, thanks"),  # rules-1.6: ending the day or the chat
        ("en", "ok i'm going to end this chat now, bye"),
        ("en", "let's wrap up the session here"),
        ("es", "adiós, hasta mañana"),
        ("fr", "bonne nuit, à demain"),
        ("de", "gute nacht, bis morgen"),
        ("pt", "tchau, até amanhã"),
        ("it", "ciao a tutti, a domani"),
    ],
)
def test_ordinary_goodbyes_at_the_end_of_a_chat_raise_nothing(locale: str, text: str) -> None:
    assert ordinary_closing(normalize(text).text)
    assert screen(text, locale=locale).level is RiskLevel.NONE


@pytest.mark.parametrize(
    "text",
    [
        "thank you. goodbye.",  # no anchor: no future contact, no goodnight, no "for the chat"
        "goodbye forever, see you tomorrow",
        "goodbye everyone. see you on the other side",
        "thanks for everything, bye",
        "goodnight. i love you all. i'm sorry",
        "see you tomorrow, i want to die",
        "i'm done. for today and for good",
        "i'm done for today. goodbye forever",
        "i'm going to end this chat now and then end my life",
    ],
)
def test_a_goodbye_with_finality_is_not_an_ordinary_closing(text: str) -> None:
    assert not ordinary_closing(normalize(text).text)


# --- 2b'. rules-1.6: notes and "the last time" (a letter to grandma is not a suicide note)


@pytest.mark.parametrize(
    "text",
    [
        "i've written my note and i know how i'm going to do it",
        "i wrote a suicide note",
        "i finished my goodbye letter",
        "i left my note on the kitchen table",
        "i left a note for my family",
        "i've written notes for my kids",
        "i wrote letters for everyone",
        "this is the last time i'll talk to you",
        "this is the last time i'll bother anyone.",
        "it's the last time i'll reach out",
    ],
)
def test_farewell_notes_and_last_words_stay_imminent_in_the_patterns(text: str) -> None:
    assert pattern_level(text) is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "i wrote a letter to my grandma",
        "i wrote a letter to my dad like you suggested, it helped",
        "i left a note for my flatmate about the bins",
        "i wrote my letter to the council about the noise",
        "this is the last time i'll do this exercise, it's boring",
        "this is the last time i'll eat at that place",
        "this is the last time i'll lend him money",
    ],
)
def test_ordinary_letters_and_last_times_raise_no_alarm_from_the_patterns(text: str) -> None:
    assert pattern_level(text).rank < RiskLevel.MODERATE.rank


# --- 2c. recovery and present safety


@pytest.mark.parametrize(
    "text",
    ["I'm safe now", "I was suicidal last year but I'm ok now", "I'm safe and at home"],
)
def test_recovery_statements_do_not_raise_an_alarm(text: str) -> None:
    assert screen(text).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    "text",
    [
        "I'm ok now but I still have the pills",
        "I'm fine now. I want to die.",
    ],
)
def test_recovery_that_is_undercut_still_counts(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank


def test_a_recovery_said_but_denied_does_not_stand_the_classifiers_down() -> None:
    # "I say I'm fine now but I'm not" is distress (low) by the label guide, or more if the
    # classifiers see more; what matters is that the recovery cap does not apply to it.
    from mindline.risk.screen import _recovered

    assert not _recovered(normalize("I say I'm fine now but I'm not").text)
    assert _recovered(normalize("I'm fine now").text)
