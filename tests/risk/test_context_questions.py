"""rules-1.8: answers read with the question before them, in every supported language, and
method-shaped questions read with the talk before them -- each with its everyday twin.

Each case failed on rules-1.7 (the risky ones screened none or moderate, "no, i'm safe" high).
Questions and answers only: no method details, doses or places (see the data README)."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HIGH = RiskLevel.HIGH.rank
LOW = RiskLevel.LOW.rank


@pytest.mark.parametrize(
    ("locale", "question", "answer"),
    [
        ("de", "Hast du Gedanken, dir das Leben zu nehmen?", "ja, oft"),
        ("es", "¿Has pensado en quitarte la vida?", "sí"),
        ("fr", "Tu as pensé à mettre fin à tes jours ?", "oui"),
        ("pt", "Você tem pensado em tirar a própria vida?", "sim"),
        ("it", "Hai pensato di toglierti la vita?", "sì"),
        ("en", "How often do you think about not wanting to be alive?", "most days"),
        (
            "en",
            "Some people in your situation think about ending their lives. Do you?",
            "yeah, sometimes",
        ),
    ],
)
def test_yes_to_a_question_about_ending_ones_life_is_high_in_every_language(
    locale: str, question: str, answer: str
) -> None:
    result = screen(answer, locale=locale, context=[question])
    assert result.level.rank >= HIGH
    assert "suicidal_ideation" in result.categories
    assert "context" in result.flags


@pytest.mark.parametrize(
    ("locale", "question", "answer"),
    [
        ("de", "Hast du dir das Leben schon mal leichter gemacht?", "ja"),
        ("fr", "Tu as pensé à mettre fin à ton abonnement ?", "oui"),
        ("en", "Have you ever been to a suicide prevention workshop?", "yes"),
        ("en", "Do you want to talk about how your life has changed?", "yes"),
    ],
)
def test_yes_to_a_question_that_only_shares_words_with_one_is_not_high(
    locale: str, question: str, answer: str
) -> None:
    assert screen(answer, locale=locale, context=[question]).level.rank < HIGH


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Have you cut yourself since we last spoke?", "yes, last night"),
        ("Did you hurt yourself this week?", "yeah"),
        ("Do you feel like harming yourself right now?", "yes"),
    ],
)
def test_yes_to_an_act_done_or_wanted_now_is_high(question: str, answer: str) -> None:
    assert screen(answer, context=[question]).level.rank >= HIGH


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Have you hurt your back again?", "yes"),
        ("Did you cut your hair?", "yeah"),
        ("Do you feel like going for a walk right now?", "yes"),
    ],
)
def test_yes_to_an_everyday_act_is_not_an_alarm(question: str, answer: str) -> None:
    assert screen(answer, context=[question]).level.rank <= LOW


@pytest.mark.parametrize(
    "answer", ["no, i'm safe", "nope i'm ok", "no no i'm fine", "no, i'll be ok"]
)
def test_no_then_safe_to_a_safety_question_is_safe(answer: str) -> None:
    assert screen(answer, context=["Are you safe right now?"]).level.rank <= LOW


@pytest.mark.parametrize("answer", ["no", "no, i'm not", "not really", "no i'm not safe"])
def test_no_to_a_safety_question_is_still_high(answer: str) -> None:
    assert screen(answer, context=["Are you safe right now?"]).level.rank >= HIGH


def test_danger_questions_read_the_other_way_round() -> None:
    question = ["Are you in danger right now?"]
    assert screen("no", context=question).level.rank <= LOW
    assert screen("yes", context=question).level.rank >= HIGH


@pytest.mark.parametrize(
    ("context", "answer"),
    [
        (["i can't see a way forward", "When are you thinking of acting on this?"], "tonight"),
        (["i've made up my mind to end it", "Have you picked a date?"], "next friday"),
        (["Have you thought about when?"], "after my parents go to sleep"),
        (["When might you act on these thoughts?"], "this weekend"),
    ],
)
def test_a_time_in_answer_to_when_one_would_act_is_imminent(
    context: list[str], answer: str
) -> None:
    assert screen(answer, context=context).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    ("context", "answer"),
    [
        (["Have you picked a date for the wedding?"], "next friday"),
        (["the new job starts soon", "When are you starting?"], "monday"),
    ],
)
def test_a_time_in_answer_to_an_everyday_when_is_not_an_alarm(
    context: list[str], answer: str
) -> None:
    assert screen(answer, context=context).level.rank <= LOW


@pytest.mark.parametrize(
    ("context", "question"),
    [
        (["i just want it all to stop"], "how high is the bridge by the station?"),
        (["nobody would notice if i was gone"], "how many tablets come in a box of paracetamol"),
        (
            ["i'm done with everything", "I'm here. What's going on?"],
            "are the train tracks fenced?",
        ),
        (["there's no point carrying on"], "what's the deepest part of the river"),
    ],
)
def test_a_method_shaped_question_after_talk_of_risk_is_high(
    context: list[str], question: str
) -> None:
    result = screen(question, context=context)
    assert result.level.rank >= HIGH
    assert "method_seeking" in result.categories
    assert "context" in result.flags


@pytest.mark.parametrize(
    ("context", "question"),
    [
        (["we're visiting the city next week"], "how high is the bridge by the station?"),
        (
            ["my exams went fine", "Great to hear! Anything else?"],
            "which bridge has the best view?",
        ),
        (["i'm so stressed about exams"], "which building is the tallest? we're on a school trip"),
        (["i just want it all to stop"], "can we try the breathing exercise?"),
    ],
)
def test_the_same_questions_after_an_ordinary_chat_or_without_a_method_stay_quiet(
    context: list[str], question: str
) -> None:
    result = screen(question, context=context)
    assert "method_seeking" not in result.categories
    assert result.level.rank < HIGH
