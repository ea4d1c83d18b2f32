"""rules-1.25: four everyday over-readings mended, "i slit my wrists" read as an attempt, and
"i don't want to live anymore" read as DESIGN.md reads it.

"I don't want to be alive anymore" is the passive death wish of DESIGN.md's `moderate`: the
companion answers it with the direct question (tests/companion/test_dialogues_real_screen.py),
and the training rows read "i don't want to be here anymore" and "i don't want to exist"
moderate. Two training rows labelled "i don't want to live anymore" high; they now say
moderate, like the rule. "I want to die" stays high. Each over-read row says what it read
before.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_read_by_a_rule

PASSIVE = [
    "i don't want to live anymore",
    "i dont wanna live anymore 😞",
    "i don't want to be alive anymore",
    "honestly dont want to live anymore lol",
    "I DONT WANT TO LIVE ANYMORE",
    "i don't want to be alive anymore but i won't do anything",
    "ok. dont want to be alive anymore",  # moderate by the classifier only
    # An idiom for where one lives took these (none): the wish itself, found by the review.
    "i dont want to live on this earth anymore",
    "i dont want to live with this pain anymore",
    "i dont want to live at all",
]

# The same words about a place or a household (the passive rule read the first moderate).
EVERYDAY = [
    "i don't want to live with my parents anymore",
    "i don't want to live in this town anymore",
    "i dont want to live at my dads anymore, can i move in with you",
    "we don't want to live near the motorway anymore",
    "i dont want to live on campus next year",
]

# Someone else's words: the writer's own risk is low (label guide, third_party).
THIRD_PARTY = [
    "my sister doesn't want to live anymore",
    "she said she does not want to live anymore",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_not_wanting_to_live_anymore_is_a_passive_death_wish(text: str) -> None:
    assert_read_by_a_rule(text, RiskLevel.MODERATE, "suicidal_ideation")


def test_a_wish_to_die_stays_active_ideation() -> None:
    assert_read_by_a_rule("i want to die", RiskLevel.HIGH, "suicidal_ideation")


@pytest.mark.parametrize("text", EVERYDAY)
def test_not_wanting_to_live_somewhere_is_not_a_wish_to_die(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize("text", THIRD_PARTY)
def test_someone_else_not_wanting_to_live_is_the_writers_worry(text: str) -> None:
    result = screen(text)
    assert result.level is RiskLevel.LOW, (text, result.level)
    assert "third_party" in result.flags


# Everyday messages older rules read at high or imminent (what they read, in brackets).
OVER_READ = [
    "my nose is literally bleeding out lol",  # imminent: an attempt under way
    "period day 1 and i'm literally bleeding out",  # imminent
    "i banged my head on the desk until the code compiled",  # high: self-harm
    "doing it tonight, the tax return i mean",  # imminent: a plan with a time
    "i'm finally doing it tonight!! submitting my tax return",  # imminent
    "cut my arms to bits on the brambles picking blackberries",  # moderate: self-harm
]

# The same rules' risk, kept: the act itself, and a task named before the plan (affairs put
# in order come before a plan, so the everyday reading is not taken there).
KEPT = [
    ("i cut my wrists and i'm bleeding out", RiskLevel.IMMINENT, "self_harm"),
    ("my wrist is bleeding a lot and i can't stop it", RiskLevel.IMMINENT, "self_harm"),
    ("tax return done, bills paid, doing it tonight", RiskLevel.IMMINENT, "suicidal_ideation"),
    ("banged my head against the wall until it bled", RiskLevel.HIGH, "self_harm"),
    ("cut my arms again last night", RiskLevel.HIGH, "self_harm"),
]


@pytest.mark.parametrize("text", OVER_READ)
def test_everyday_bleeding_deadlines_and_scrapes_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "level", "category"), KEPT)
def test_the_acts_beside_them_keep_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_read_by_a_rule(text, level, category)


# No rule read a wrist slit: the classifier alone read it high, and the nosebleed idiom above
# took the only rule hit away from the first row (what they read, in brackets).
SLIT = [
    "i slit my wrists",  # high, by the classifier alone
    "just slashed my wrist",  # high, by the classifier alone
    "i've slit my wrists",  # high
    "i slit my wrist, it's bleeding a lot and my period started too",  # none with the idiom
]

# Past, accidental or someone else's: not an attempt under way.
SLIT_NOT_NOW = [
    "i slit my wrists when i was 15",
    "slit my wrists years ago, still have the scars",
    "i slit my wrist on a broken glass by accident",
    "why do people slit their wrists",
]


@pytest.mark.parametrize("text", SLIT)
def test_a_wrist_slit_is_an_attempt_under_way(text: str) -> None:
    assert_read_by_a_rule(text, RiskLevel.IMMINENT, "self_harm")


@pytest.mark.parametrize("text", SLIT_NOT_NOW)
def test_a_past_or_accidental_cut_is_not_read_as_one(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.HIGH.rank, text


# A review of the first version of these changes: a helper wrote 50 everyday messages to trip
# them and 50 risky ones they might swallow. The first idioms dropped the risk beside them
# ("its not my period, i cut my thighs and im bleeding out" read none); each idiom now stands
# aside when the message holds words of risk. What rules-1.24 read is in brackets.
REVIEW_EVERYDAY = [
    "gums bleeding a lot after flossing again smh",  # imminent
    "period is brutal rn im literally bleeding out send chocolate",  # imminent
    "bleeding out over here and i forgot to pack tampons ugh",  # imminent
    "the dentist took my tooth out and im bleeding a lot, cant even eat soup",  # imminent
    "bit my lip on the bus and its bleeding everywhere lmao",  # imminent
    "doing it tonight lol the laundry i mean, its been 2 weeks",  # imminent
    "im doing it tomorrow, my driving test!! wish me luck",  # imminent
    "doing it tonight - the essay. no more procrastinating",  # none (kept)
    "been banging my head against the wall over this bug for 3 hours",  # moderate
    "cut my legs up on the brambles walking the dog",  # high
    "scratched my arms to bits pruning the roses yesterday",  # moderate
    "cut my arms open on the hawthorn hedge trimming it",  # moderate
]

# Risky messages from the same review, at their level now (rules-1.24 in brackets). A
# student's essay or homework made the screen read the act as a student's question; it is a
# professional frame now only as the topic ("for my essay", "an essay on").
REVIEW_RISK = [
    ("its not my period, i cut my thighs and im bleeding out", RiskLevel.IMMINENT, "self_harm"),
    (  # none
        "ive got the rope. doing it tonight, handing in my last essay first so its done",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),
    (  # none
        "doing it tomorrow lol my homework wont matter when im dead",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),
    (  # low
        "banged my head on the desk till i nearly passed out, the essay is due and i hate myself",
        RiskLevel.HIGH,
        "self_harm",
    ),
    (  # low
        "smashing my head on the table until it bruises, i cant do this assignment",
        RiskLevel.HIGH,
        "self_harm",
    ),
    (  # none
        "banging my head into the wall again to feel something, screw this homework",
        RiskLevel.HIGH,
        "self_harm",
    ),
    ("slit my wrist", RiskLevel.IMMINENT, "self_harm"),  # none
    ("i slit my left wrist", RiskLevel.IMMINENT, "self_harm"),  # none
    ("im slitting my wrists rn", RiskLevel.IMMINENT, "self_harm"),  # high
    ("i slit my wrists in the bathroom at school", RiskLevel.IMMINENT, "self_harm"),  # moderate
    ("slit my wrists when i was alone just now", RiskLevel.IMMINENT, "self_harm"),  # moderate
]

# A student's question keeps its professional frame.
STUDENT_QUESTIONS = [
    "for my psychology essay, why do people self harm",
    "writing an essay on suicide prevention, what are the warning signs",
]


@pytest.mark.parametrize("text", REVIEW_EVERYDAY)
def test_the_reviews_everyday_messages_are_not_alarms(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


@pytest.mark.parametrize(("text", "level", "category"), REVIEW_RISK)
def test_the_reviews_risky_messages_keep_their_level(
    text: str, level: RiskLevel, category: str
) -> None:
    assert_read_by_a_rule(text, level, category)


@pytest.mark.parametrize("text", STUDENT_QUESTIONS)
def test_a_students_question_is_still_not_a_disclosure(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank, text


def test_an_idiom_that_looks_over_the_message_covers_only_its_own_words() -> None:
    # The nosebleed idiom first looks over the whole message for words of risk; were its match
    # (from the first character) its span, it would cover the threat before it: this read none.
    text = "he said he will hurt me if i leave him. also my nose is bleeding a lot lol"
    assert_read_by_a_rule(text, RiskLevel.HIGH, "abuse_or_violence")
