"""rules-1.5: short answers read with the question before them, sleeplessness, sign-offs,
goodbyes and plans timed around other people -- each risky phrasing with its benign twin.

Questions and answers only: no method details, doses or places (see the data README)."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits, ordinary_closing, plain_signoff
from mindline.risk.types import RiskLevel

HIGH = RiskLevel.HIGH.rank

# --- 1. answers after a question: the answer means what it answers


@pytest.mark.parametrize(
    ("answer", "context"),
    [
        ("I've already taken them", ["Have you taken any pills tonight?"]),
        ("yeah, already did", ["i can't do this anymore", "Have you taken anything?"]),
        ("already did. took them", ["Are you safe right now?"]),
        ("it's done", ["Are you safe at the moment?"]),
    ],
)
def test_already_done_after_a_safety_question_is_an_attempt_under_way(
    answer: str, context: list[str]
) -> None:
    result = screen(answer, context=context)
    assert result.level is RiskLevel.IMMINENT
    assert "context" in result.flags
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize(
    ("answer", "context"),
    [
        ("I've already taken them", ["Did you take your meds this morning?"]),
        ("yes", ["Did you take your tablets today?"]),
        ("yep, already took them", ["Did you take your evening tablets?"]),
        ("already did", ["had a long day", "Did you take your medication?"]),
        ("done it already", ["Did you manage the breathing exercise today?"]),
    ],
)
def test_already_done_after_an_everyday_question_raises_nothing(
    answer: str, context: list[str]
) -> None:
    assert screen(answer, context=context).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    ("answer", "context"),
    [
        ("tonight", ["When are you planning to do it?"]),
        ("tonight", ["Have you thought about when you might do it?"]),
        ("this weekend", ["i keep thinking about ending my life", "Have you decided when?"]),
        ("saturday probably", ["Have you thought about when you would act on it?"]),
        ("after everyone's gone to bed", ["When are you thinking of doing it?"]),
    ],
)
def test_a_time_answering_when_after_talk_of_suicide_is_imminent(
    answer: str, context: list[str]
) -> None:
    assert screen(answer, context=context).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    ("answer", "context"),
    [
        ("tonight", ["When are you planning to go to the cinema?"]),
        ("tonight", ["When do you want to do the breathing exercise?"]),
        ("this weekend", ["When are you seeing your sister?"]),
        ("tonight", ["i need to repaint the kitchen", "When are you planning to do it?"]),
    ],
)
def test_a_time_answering_an_everyday_when_raises_nothing(answer: str, context: list[str]) -> None:
    assert screen(answer, context=context).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    ("answer", "question", "level", "category"),
    [
        ("yes", "Are you thinking of ending your life?", RiskLevel.HIGH, "suicidal_ideation"),
        (
            "more than i'd like to admit",
            "Have you been having thoughts of suicide lately?",
            RiskLevel.HIGH,
            "suicidal_ideation",
        ),
        (
            "yes, he does",
            "Does anyone at home hurt you or make you feel afraid?",
            RiskLevel.HIGH,
            "abuse_or_violence",
        ),
        ("no", "Are you safe right now?", RiskLevel.HIGH, "suicidal_ideation"),
    ],
)
def test_answers_to_risk_and_safety_questions(
    answer: str, question: str, level: RiskLevel, category: str
) -> None:
    result = screen(answer, context=[question])
    assert result.level is level
    assert category in result.categories


@pytest.mark.parametrize(
    ("answer", "question"),
    [
        ("no i'm fine, honestly", "Have you thought about suicide?"),
        ("nope, just really tired", "Are you thinking about hurting yourself?"),
        ("yes, i'm safe", "Are you safe right now?"),
    ],
)
def test_a_no_to_a_risk_question_or_a_yes_to_a_safety_question_is_not_an_alarm(
    answer: str, question: str
) -> None:
    assert screen(answer, context=[question]).level.rank <= RiskLevel.LOW.rank


def test_a_no_that_goes_on_is_read_on_its_own_words() -> None:
    result = screen("no, but i want to die", context=["Are you thinking of ending your life?"])
    assert result.level.rank >= HIGH


# --- 2. sleeplessness is distress, a wish not to wake is not


@pytest.mark.parametrize(
    "text",
    [
        "I've been lying awake every night",
        "i lie awake until 4am every night",
        "three nights now of barely any sleep",
        "can't sleep again, brain won't switch off",
    ],
)
def test_sleeplessness_is_at_most_low(text: str) -> None:
    assert screen(text).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    "text",
    [
        "lying awake thinking everyone would be better off without me",
        "when i can't sleep i think everyone would manage fine without me",
        "i can't sleep and i wish i could just not wake up",
    ],
)
def test_sleeplessness_with_a_death_wish_is_still_moderate_or_above(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank


def test_times_with_am_or_pm_are_numbers_not_leetspeak() -> None:
    assert normalize("awake until 4am again").text == "awake until 4am again"
    assert normalize("su1c1d3").text == "suicide"


# --- 3. sign-offs: the conversation decides


@pytest.mark.parametrize(
    "text",
    [
        "thanks for everything today, bye",
        "thanks for everything this week, speak on monday",
        "ok goodbye, I'll check in after my shift",
        "me despido de todos, nos vemos el lunes",
    ],
)
def test_sign_offs_with_a_scope_or_future_contact_are_ordinary(text: str) -> None:
    assert ordinary_closing(normalize(text).text)
    assert screen(text, locale="es" if "nos vemos" in text else "en").level is RiskLevel.NONE


def test_thanks_for_everything_bye_is_a_plain_sign_off() -> None:
    assert plain_signoff(normalize("thanks for everything, bye").text)
    assert not plain_signoff(normalize("thanks for everything, see you tomorrow").text)
    assert ordinary_closing(normalize("thanks for everything, see you tomorrow").text)
    assert not plain_signoff(normalize("thanks for everything, i want to die").text)


def test_a_plain_sign_off_after_an_ordinary_chat_raises_nothing() -> None:
    context = ["the breathing exercise helped a lot", "Glad it helped. Anything else?"]
    assert screen("thanks for everything, bye", context=context).level.rank <= 1


def test_a_plain_sign_off_after_talk_of_risk_is_a_goodbye() -> None:
    context = ["i don't think i can keep going", "Are you safe right now?"]
    result = screen("thanks for everything, bye", context=context)
    assert result.level is RiskLevel.IMMINENT
    assert "context" in result.flags


def test_a_plain_sign_off_alone_is_never_a_crisis_from_the_classifiers() -> None:
    assert screen("thanks for everything, bye").level.rank <= RiskLevel.MODERATE.rank


LEAVING = [
    "i have to go",
    "ok, i have to go now",
    "sorry i have to go",
    "gotta go",
    "ok i have to go, bye",
]


@pytest.mark.parametrize("text", LEAVING)
def test_leaving_without_a_when_is_a_plain_sign_off_its_conversation_decides(text: str) -> None:
    # rules-1.6: alone, "i have to go" screened high from the classifiers.
    assert plain_signoff(normalize(text).text)
    ordinary = ["the breathing exercise helped a lot", "Glad it helped. Anything else?"]
    assert screen(text, context=ordinary).level.rank <= RiskLevel.LOW.rank
    risky = ["i don't think i can keep going", "Are you safe right now?"]
    assert screen(text, context=risky).level is RiskLevel.IMMINENT
    assert screen(text).level.rank <= RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    ["i have to go, see you tomorrow", "i have to go. i want to die", "i have to go and end it"],
)
def test_leaving_with_a_when_or_with_risk_is_not_a_plain_sign_off(text: str) -> None:
    assert not plain_signoff(normalize(text).text)


# --- 4. goodbyes and plans timed around others, with their twins


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en", "don't try to find me. i've gone somewhere i won't be found"),
        ("en", "please don't come looking for me. it's better this way"),
        ("en", "i've planned it for when my husband is on his work trip"),
        ("en", "i won't be here tomorrow"),
        ("en", "i won't be around after this weekend. i love you all"),
        ("en", "i'm saying my goodbyes tonight, one by one"),
        ("es", "me despido de todos, ya no aguanto más"),
    ],
)
def test_goodbyes_and_timed_plans_are_imminent(locale: str, text: str) -> None:
    assert screen(text, locale=locale).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "don't come looking for me at lunch, i'll be at the gym",
        "going somewhere nobody will find me, aka my bed, for a nap lol",
        "i won't be here tomorrow, dentist appointment",
        "i won't be here next week, i'm on holiday",
        "i won't be around after this weekend, off to my nan's for a week",
        "saying my goodbyes to the team, last shift before i move cities",
        "it's my last day at this job on friday, leaving drinks after",
    ],
)
def test_their_everyday_twins_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank <= RiskLevel.LOW.rank


def test_a_timed_surprise_party_is_no_timed_plan_for_the_patterns() -> None:
    text = "i've timed it for when my flatmate is away, the surprise party i mean"
    hits = find_hits(normalize(text))
    assert not [h for h in hits if h.rule.id == "en.plan.timed"]
    risky = "i've timed it for when my flatmate is away at her mum's"
    assert [h for h in find_hits(normalize(risky)) if h.rule.id == "en.plan.timed"]


@pytest.mark.parametrize(
    "text",
    [
        "heading out tonight for my friend's birthday",
        "tomorrow I'm visiting my parents for the weekend",
        "I've decided to join a choir next week",
    ],
)
def test_everyday_plans_with_time_words_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank <= RiskLevel.LOW.rank


def test_a_plan_with_a_time_word_and_finality_still_counts() -> None:
    assert screen("tonight i'm going to end it all").level.rank >= HIGH


# --- 5. found on dev and validation after the first pass


@pytest.mark.parametrize(
    "text",
    [
        "she's hitting me right now, please help",
        "my husband is hitting me again, i'm scared",
    ],
)
def test_violence_happening_now_is_imminent(text: str) -> None:
    result = screen(text)
    assert result.level is RiskLevel.IMMINENT
    assert "abuse_or_violence" in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "my sister is beating me at chess again, help",
        "he keeps beating me at fifa right now lol",
        "my brother keeps hitting me with a pillow lol",
    ],
)
def test_games_and_pillow_fights_are_not_violence(text: str) -> None:
    assert screen(text).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    ("risky", "twin"),
    [
        (
            "i've said everything i needed to say. look after each other",
            "i've said everything i needed to say at the meeting, glad it's over",
        ),
        ("tonight's the night", "tonight's the night i finally finish that jigsaw"),
        (
            "honestly ive planned it for when my husband is on his work trip tbh",
            "honestly i've planned the party for when my husband is on his work trip",
        ),
    ],
)
def test_farewells_and_timelines_with_their_twins(risky: str, twin: str) -> None:
    assert screen(risky).level is RiskLevel.IMMINENT
    assert screen(twin).level.rank <= RiskLevel.LOW.rank


def test_dropped_final_g_is_read_as_the_word() -> None:
    assert normalize("thinkin bout endin it all").text == "thinking about ending it all"
    assert screen("thinkin bout endin it all").level.rank >= HIGH
    assert normalize("a bout of flu").text == "a about of flu"  # harmless for the screen
    # No alarm; the linear classifier of rules-1.20 reads it low (distress), which raises none.
    assert screen("a bout of flu kept me home").level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    "text",
    ["i'm goin to the shops", "im going to the park with the dog", "i'm going to bed, night"],
)
def test_going_somewhere_ordinary_is_not_an_alarm(text: str) -> None:
    assert screen(text).level.rank <= RiskLevel.LOW.rank


def test_going_somewhere_with_finality_still_counts() -> None:
    assert screen("i'm going to sleep forever").level.rank >= RiskLevel.MODERATE.rank


def test_a_racing_mind_at_bedtime_is_sleeplessness() -> None:
    assert screen("my mind races the second my head hits the pillow").level.rank <= 1


def test_an_everyday_answer_may_say_more_after_the_yes() -> None:
    answer = "already took them, with my porridge"
    assert screen(answer, context=["Did you take your morning meds?"]).level.rank <= 1
    risky = screen("yes, all of them", context=["i want it to stop", "Have you taken them?"])
    assert risky.level.rank >= HIGH


@pytest.mark.parametrize(
    ("text", "ordinary"),
    [
        ("i'm going to the gym after work", True),
        ("heading out tonight for my friend's birthday", True),
        ("i'm going to school tomorrow and i'm going to make them pay", False),
        ("going to the party tonight, nobody will miss me after", False),
        ("i'm going to bed and i hope i don't wake up", False),
    ],
)
def test_only_plans_with_nothing_final_or_harmful_stand_the_classifiers_down(
    text: str, ordinary: bool
) -> None:
    from mindline.risk.screen import _ordinary_plan

    assert _ordinary_plan(normalize(text).text) is ordinary


@pytest.mark.parametrize(
    "text", ["I'd like to do a thought record", "can we try the breathing one again"]
)
def test_asking_for_an_exercise_is_everyday_use(text: str) -> None:
    assert screen(text).level is RiskLevel.NONE


def test_asking_for_an_exercise_next_to_risk_words_is_read_on_its_words() -> None:
    text = "i want to do the grounding exercise, i keep wanting to cut myself"
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank
