"""rules-1.10: short answers that give a time or a count ("last night", "twice", "years ago").

A clinician's or the companion's screening question ("when did you last hurt yourself?", "have
you had thoughts of killing yourself?") answered with a time or a count answers yes, and says
when. Before this change every such answer below screened `none`, and so did "yes" to "have you
made any preparations?" (C-SSRS question 6). History ("years ago") is past self-harm or a past
attempt: moderate, by the label guide. The everyday twins ask the same shapes about the gym, a
haircut or a medication taken as prescribed ("this morning" to "when did you last take your
medication?" had screened imminent, as a timeline).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

MODERATE, HIGH, IMMINENT = RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

# (question, the level a "yes" to it means for the writer)
QUESTIONS = [
    ("when did you last hurt yourself?", HIGH),  # recent self-harm
    ("have you cut since we last spoke?", HIGH),
    ("have you self harmed since our last session?", HIGH),
    ("did you cut again?", HIGH),
    ("when was the last time you thought about killing yourself?", HIGH),
    ("have you actually had any thoughts of killing yourself?", HIGH),
    ("how often do you think about ending your life?", HIGH),
    ("have you had these thoughts and had some intention of acting on them?", HIGH),
    ("have you wished you were dead or wished you could go to sleep and not wake up?", MODERATE),
]
RECENT = ["last night", "this morning", "yesterday", "um, earlier today", "2 days ago", "on sunday"]
COUNTS = ["twice", "a few times", "every day", "most nights", "yeah, loads", "3 times this week"]
LONG_AGO = ["years ago", "when i was a teenager", "not for years", "in 2015", "no, not in years"]
NEVER = ["never", "no", "no never"]


@pytest.mark.parametrize(("question", "level"), QUESTIONS)
@pytest.mark.parametrize("answer", RECENT + COUNTS)
def test_a_recent_time_or_a_count_answers_yes(question: str, level: RiskLevel, answer: str) -> None:
    result = screen(answer, context=[question])
    assert result.level.rank >= level.rank, (answer, question, result.level)
    assert result.categories


@pytest.mark.parametrize(("question", "level"), QUESTIONS)
@pytest.mark.parametrize("answer", LONG_AGO)
def test_long_ago_is_history_moderate(question: str, level: RiskLevel, answer: str) -> None:
    result = screen(answer, context=[question])
    assert result.level is MODERATE, (answer, question, result.level)


@pytest.mark.parametrize(("question", "level"), QUESTIONS)
@pytest.mark.parametrize("answer", NEVER)
def test_never_stays_below_moderate(question: str, level: RiskLevel, answer: str) -> None:
    assert screen(answer, context=[question]).level.rank < MODERATE.rank


@pytest.mark.parametrize(
    "answer", ["yes", "yeah. i've written the notes", "yes, everything's sorted", "i have"]
)
def test_yes_to_preparations_is_imminent(answer: str) -> None:
    result = screen(answer, context=["have you made any preparations?"])
    assert result.level is IMMINENT
    assert "suicidal_ideation" in result.categories


def test_yes_to_preparations_ever_is_high() -> None:
    question = "have you ever made any preparations to end your life?"
    assert screen("yes", context=[question]).level.rank >= HIGH.rank


@pytest.mark.parametrize(
    ("context", "level"),
    [
        (
            [
                "i keep thinking about killing myself",
                "thank you for telling me. that sounds really hard.",
                "how often have you had these thoughts?",
            ],
            HIGH,
        ),
        (
            [
                "have you ever done anything, started to do anything, or prepared to do "
                "anything to end your life?",
                "yes",
                "how long ago did you do any of these?",
            ],
            HIGH,
        ),
    ],
)
def test_a_question_about_earlier_risk_takes_its_level(
    context: list[str], level: RiskLevel
) -> None:
    assert screen("last week", context=context).level.rank >= level.rank
    assert screen("years ago", context=context).level is MODERATE


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        ("twice", "how many times did you go to the gym this week?"),
        ("last night", "when did you last go out with friends?"),
        ("yes", "did you cut your hair?"),
        ("yes, twice", "have you cut back on coffee?"),
        ("yes", "have you made any preparations for christmas?"),
        ("yes", "have you made any plans for the weekend?"),
        ("a few times", "have you tried the grounding exercise since we last spoke?"),
        ("this morning", "when did you last take your medication?"),
        ("years ago", "when did you last see your dad?"),
        ("last week", "when was the last time you felt really happy?"),
        ("twice", "have you been to the support group?"),
        ("yesterday", "did you call your sister?"),
        ("last night", "did you sleep ok?"),
        ("twice", "did you wake up in the night?"),
        ("every day", "how often do you do the breathing exercise?"),
        ("sometimes", "do you ever feel anxious before work?"),
    ],
)
def test_the_same_answers_to_everyday_questions_stay_quiet(answer: str, question: str) -> None:
    assert screen(answer, context=[question]).level.rank < MODERATE.rank


def test_a_future_time_to_when_stays_a_timeline() -> None:
    question = "have you thought about when you would act on it?"
    assert screen("tonight", context=[question]).level is IMMINENT


@pytest.mark.parametrize(
    "answer", ["yep took them with breakfast as normal", "already took them, my usual dose"]
)
def test_medication_taken_as_usual_is_not_an_attempt(answer: str) -> None:
    # "Have you taken anything today?" answered "took them with breakfast" was imminent.
    assert screen(answer, context=["have you taken anything today?"]).level.rank < MODERATE.rank


@pytest.mark.parametrize("answer", ["yes took them", "yes, took my usual dose and then the rest"])
def test_taken_beyond_the_usual_stays_risky(answer: str) -> None:
    assert screen(answer, context=["have you taken anything today?"]).level.rank >= HIGH.rank


@pytest.mark.parametrize(
    "text",
    [
        "took my usual ones with breakfast but then the whole packet",  # was none
        "took my meds then the rest of the box",
        "took two paracetamol then the rest of the packet",
    ],
)
def test_the_usual_dose_then_the_rest_is_an_attempt(text: str) -> None:
    assert screen(text).level is IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "took my vitamins then the whole packet of biscuits",
        "took the dog out then the rest of the day was chill",
        "had a slice then the rest of the cake went to work",
        "i had lunch and then the rest of the team arrived",
    ],
)
def test_then_the_rest_of_the_day_stays_quiet(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


def test_a_screening_question_after_a_first_sentence_is_still_read() -> None:
    question = "thank you for telling me. have you had thoughts of killing yourself?"
    assert screen("last night", context=[question]).level.rank >= HIGH.rank
