"""rules-1.14 (conv): short replies in the companion's real conversations.

The contexts are the companion's own replies (replies.yaml, rendered as the engine renders
them, with the crisis-line list) between the writer's words: risk said two to five messages
back, then "still", "no one", "everyone's asleep", "doesn't matter now", "i already took
them", "10 mins", "none of them", "he's downstairs". The engine passes only its last reply as
context (engine.reply), so families are also screened with that reply alone ([X[-1]]): the
companion's crisis and check-in replies are what show that risk came up
(answers._COMPANION_CRISIS).

Of 298 positive probes (context, reply, level), 102 screened below their level on main
(1f75be3): 74 none, 26 low, 2 high where imminent was meant; those 102 are POSITIVES. The
196 others were already at level.

ANSWERS: replies read the way the companion's question means them. On main a "no" to "are
you thinking about suicide right now?" or to the check-in was read as a refused safety-plan
step (high), because the crisis-line list says "call 111"; "yes my sister is here" to "Is
there someone near you who could be with you?" as intent to act (the list says "if you might
act on these thoughts"); "i'm ok now" as the "i am" of a yes. 13 of the 37 were high.

TWINS: the same short replies after ordinary conversations with the companion (exercise
feedback, a sleep or mood check-in, work, loneliness without talk of death, fixing the
gutter, lost keys) stay below moderate; all did on main.
"""

from __future__ import annotations

import pytest

from mindline.companion.crisis_lines import defaults
from mindline.companion.phrases import Say, say
from mindline.risk import screen
from mindline.risk.types import RiskLevel

_RES = defaults("GB")
_SLOTS = {
    "name": "Sam",
    "care_team": "your care team",
    "crisis_lines": _RES.as_text(),
    "emergency": _RES.emergency,
}


def _r(key: Say, pick: int = 0, **extra: str) -> str:
    return say(key, pick, **_SLOTS, **extra)


OPEN_SUICIDE = _r(
    Say.CRISIS_OPEN_SUICIDE, name_comma="Sam, ", safety_plan_offer=_r(Say.SAFETY_PLAN_OFFER_NONE)
)
OPEN_HARM = _r(Say.CRISIS_OPEN_HARM_OTHERS, name_comma="Sam, ")
OPEN_DANGER = _r(Say.CRISIS_OPEN_DANGER, name_comma="Sam, ")
HOLD0 = _r(Say.CRISIS_HOLD, 0)
HOLD1 = _r(Say.CRISIS_HOLD, 1)
CHECK = _r(Say.CRISIS_CHECK)
NOT_YET = _r(Say.CRISIS_NOT_YET)
CLOSED = _r(Say.CRISIS_CLOSED)
STOP = _r(Say.CRISIS_RESPECT_STOP)
PLAN = _r(
    Say.CRISIS_SAFETY_PLAN,
    plan="1. Warning signs: not sleeping\n4. People I can ask for help: my sister",
)
NO_PLAN = _r(Say.CRISIS_NO_PLAN)
BREATHING = _r(Say.CRISIS_BREATHING)
CHECK_IN = _r(Say.CHECK_IN)
CHECK_IN_NO = _r(Say.CHECK_IN_NO)
FEEDBACK = _r(Say.FEEDBACK_ASK)
FEEDBACK_NO = _r(Say.FEEDBACK_NO)
TREND_SLEEP = _r(Say.TREND_SLEEP)
TREND_MOOD = _r(Say.TREND_MOOD)
VENT0 = _r(Say.VENT_OPEN, 0)
VENT1 = _r(Say.VENT_OPEN, 1)
VENT2 = _r(Say.VENT_OPEN, 2)
INVITE = _r(Say.VENT_INVITE, 0)
DECLINED1 = _r(Say.OFFER_DECLINED, 1)
GREET0 = _r(Say.GREET, 0)
GREET1 = _r(Say.GREET, 1)
STOPPED = _r(Say.EXERCISE_STOPPED)
OFFER = _r(
    Say.OFFER, title="paced breathing", summary="Slow breathing to calm your body.", minutes="3"
)
REFLECT = _r(Say.REFLECT, 0, reflection="work has been piling up")
UNCLEAR = _r(Say.UNCLEAR, 0)
UNCLEAR1 = _r(Say.UNCLEAR, 1)

S_KILL = "i want to kill myself"
S_END = "i keep thinking about ending it all"
S_PASSIVE = "i wish i could go to sleep and never wake up"
S_PILLS = "i'm going to take all my pills tonight"
S_GONE = "i don't want to be here anymore"
S_SOON = "i'm going to do it soon, i've decided"
H_BRO = "i want to hurt my brother, i can't stop thinking about it"
D_HIT = "my boyfriend hit me again and he's coming back tonight"
SH_CUT = "i cut myself again tonight"
M_BURDEN = "everyone would be better off without me"

A1 = [S_KILL, OPEN_SUICIDE]
B1 = [S_KILL, OPEN_SUICIDE, "yeah", NOT_YET]
B2 = [S_END, OPEN_SUICIDE, "idk", HOLD0]
B3 = [S_GONE, OPEN_SUICIDE, "what's the point", HOLD1]
B4 = [S_SOON, OPEN_SUICIDE]
B5 = [S_PILLS, OPEN_SUICIDE, "yes", NOT_YET]
B6 = [S_KILL, OPEN_SUICIDE, "no", HOLD0, "yes", CHECK]
B7 = [S_END, OPEN_SUICIDE, "safety plan", PLAN]
B8 = [S_GONE, OPEN_SUICIDE, "safety plan", NO_PLAN]
B9 = [S_KILL, OPEN_SUICIDE, "can we breathe", BREATHING]
B10 = [S_END, OPEN_SUICIDE, "stop", STOP]
B11 = [S_KILL, OPEN_SUICIDE, "no", HOLD0, "yes i'm safe", CHECK, "no", CLOSED]
C1 = [S_PASSIVE, CHECK_IN]
C2 = [M_BURDEN, CHECK_IN, "no", CHECK_IN_NO]
C3 = ["work has been awful", VENT0, S_PASSIVE, CHECK_IN]
E1 = [H_BRO, OPEN_HARM]
E2 = [D_HIT, OPEN_DANGER]
E3 = [SH_CUT, OPEN_SUICIDE]
E4 = [SH_CUT, OPEN_SUICIDE, "no", HOLD0]
L1 = [M_BURDEN, CHECK_IN, "no", CHECK_IN_NO, "just talk i guess", INVITE]
L2 = ["work is awful", VENT0, "honestly i'm a burden to everyone", CHECK_IN, "no not really"]
L2 = [*L2, CHECK_IN_NO]
L3 = [S_PASSIVE, CHECK_IN, "no", CHECK_IN_NO, "can we try something", OFFER]
L4 = [D_HIT, OPEN_DANGER, "yes", CHECK]
L5 = [S_GONE, OPEN_SUICIDE, "no", HOLD0, "yes", CHECK, "no", CLOSED, "idk", UNCLEAR]
Q1 = [S_KILL, OPEN_SUICIDE, "idk", HOLD0]

# (context, reply, level); [X[-1]] is the engine's shape: the companion's last reply alone.
POSITIVES = [
    (A1, "still", RiskLevel.HIGH),
    (A1, "every day", RiskLevel.HIGH),
    (B1, "i live alone", RiskLevel.HIGH),
    (B1, "they're all asleep", RiskLevel.HIGH),
    (B1, "doesn't matter now", RiskLevel.HIGH),
    (B1, "no one would come", RiskLevel.HIGH),
    (B2, "i don't know", RiskLevel.HIGH),
    (B2, "doesn't matter now", RiskLevel.HIGH),
    (B2, "not for long", RiskLevel.HIGH),
    (B2, "the pills are right here", RiskLevel.IMMINENT),
    (B3, "doesn't matter now", RiskLevel.HIGH),
    (B3, "still no", RiskLevel.HIGH),
    (B4, "10 mins", RiskLevel.IMMINENT),
    (B6, "still", RiskLevel.HIGH),
    (B7, "none of them", RiskLevel.HIGH),
    (B7, "i can't", RiskLevel.HIGH),
    (B7, "none", RiskLevel.HIGH),
    (B7, "nothing works", RiskLevel.HIGH),
    (B8, "doesn't matter now", RiskLevel.HIGH),
    (B9, "doesn't matter now", RiskLevel.HIGH),
    (B10, "doesn't matter now", RiskLevel.HIGH),
    (B11, "doesn't matter now", RiskLevel.HIGH),
    (B11, "nothing, it's pointless", RiskLevel.MODERATE),
    (C1, "still", RiskLevel.HIGH),
    (C1, "every day", RiskLevel.HIGH),
    (C2, "doesn't matter now", RiskLevel.HIGH),
    (C2, "no point", RiskLevel.MODERATE),
    (C2, "what's the point", RiskLevel.MODERATE),
    (C2, "it's too late", RiskLevel.IMMINENT),
    (C2, "i'm sorry for everything", RiskLevel.IMMINENT),
    (C3, "still", RiskLevel.HIGH),
    (E1, "still", RiskLevel.HIGH),
    (E1, "he's asleep next door", RiskLevel.HIGH),
    (E1, "i know where he is", RiskLevel.HIGH),
    (E3, "still", RiskLevel.HIGH),
    ([A1[-1]], "still", RiskLevel.HIGH),
    ([A1[-1]], "every day", RiskLevel.HIGH),
    ([B1[-1]], "no one", RiskLevel.HIGH),
    ([B1[-1]], "no", RiskLevel.HIGH),
    ([B1[-1]], "not really", RiskLevel.HIGH),
    ([B1[-1]], "nobody", RiskLevel.HIGH),
    ([B1[-1]], "everyone is asleep", RiskLevel.HIGH),
    ([B1[-1]], "i live alone", RiskLevel.HIGH),
    ([B1[-1]], "no i'm alone", RiskLevel.HIGH),
    ([B1[-1]], "they're all asleep", RiskLevel.HIGH),
    ([B1[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B1[-1]], "no one would come", RiskLevel.HIGH),
    ([B2[-1]], "i don't know", RiskLevel.HIGH),
    ([B2[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B2[-1]], "everyone is asleep", RiskLevel.HIGH),
    ([B2[-1]], "not for long", RiskLevel.HIGH),
    ([B2[-1]], "the pills are right here", RiskLevel.IMMINENT),
    ([B3[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B3[-1]], "still no", RiskLevel.HIGH),
    ([B4[-1]], "10 mins", RiskLevel.IMMINENT),
    ([B5[-1]], "no one", RiskLevel.HIGH),
    ([B5[-1]], "everyone is asleep", RiskLevel.HIGH),
    ([B5[-1]], "no", RiskLevel.HIGH),
    ([B6[-1]], "still", RiskLevel.HIGH),
    ([B7[-1]], "none of them", RiskLevel.HIGH),
    ([B7[-1]], "no point", RiskLevel.HIGH),
    ([B7[-1]], "i can't", RiskLevel.HIGH),
    ([B7[-1]], "none", RiskLevel.HIGH),
    ([B7[-1]], "nothing works", RiskLevel.HIGH),
    ([B7[-1]], "no one", RiskLevel.HIGH),
    ([B8[-1]], "no point", RiskLevel.HIGH),
    ([B8[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B8[-1]], "i won't", RiskLevel.HIGH),
    ([B8[-1]], "it's too late", RiskLevel.IMMINENT),
    ([B8[-1]], "i'm sorry for everything", RiskLevel.IMMINENT),
    ([B9[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B10[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B10[-1]], "no point", RiskLevel.HIGH),
    ([B10[-1]], "it's too late", RiskLevel.IMMINENT),
    ([B10[-1]], "i'm sorry for everything", RiskLevel.IMMINENT),
    ([B10[-1]], "bye", RiskLevel.IMMINENT),
    ([B11[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([B11[-1]], "nothing, it's pointless", RiskLevel.MODERATE),
    ([C1[-1]], "still", RiskLevel.HIGH),
    ([C1[-1]], "every day", RiskLevel.HIGH),
    ([C2[-1]], "doesn't matter now", RiskLevel.HIGH),
    ([C2[-1]], "no point", RiskLevel.MODERATE),
    ([C2[-1]], "what's the point", RiskLevel.MODERATE),
    ([C2[-1]], "it's too late", RiskLevel.IMMINENT),
    ([C2[-1]], "i'm sorry for everything", RiskLevel.IMMINENT),
    ([E1[-1]], "still", RiskLevel.HIGH),
    ([E1[-1]], "he's asleep next door", RiskLevel.HIGH),
    ([E1[-1]], "i know where he is", RiskLevel.HIGH),
    ([E2[-1]], "he's back", RiskLevel.HIGH),
    ([E2[-1]], "he's downstairs", RiskLevel.HIGH),
    ([E3[-1]], "still", RiskLevel.HIGH),
    ([E3[-1]], "still bleeding", RiskLevel.HIGH),
    ([E4[-1]], "it's still bleeding", RiskLevel.HIGH),
    (L1, "doesn't matter now", RiskLevel.MODERATE),
    (L1, "what's the point", RiskLevel.MODERATE),
    (L2, "what's the point", RiskLevel.MODERATE),
    (L2, "doesn't matter now", RiskLevel.MODERATE),
    (L2, "it's too late", RiskLevel.HIGH),
    (L2, "i'm sorry for everything", RiskLevel.HIGH),
    (L2, "i already did", RiskLevel.HIGH),
    (L3, "it's too late", RiskLevel.HIGH),
    (L3, "i'm sorry for everything", RiskLevel.HIGH),
]

ANSWERS = [
    (Q1, "yes"),
    (Q1, "yeah i'm safe"),
    (Q1, "yes i'm ok"),
    (A1, "no"),  # high on main
    (A1, "not right now"),
    (A1, "nope"),  # high on main
    (B6, "no"),
    (B6, "no i'm not"),
    (C1, "no"),  # high on main
    (C1, "not really"),  # high on main
    (E1, "no"),
    (E1, "no not really"),
    (E2, "yes"),
    (E2, "yes i'm at my mum's"),
    (B1, "yes my sister is here"),  # high on main
    (B1, "yeah my mum"),  # high on main
    (A1, "i'm ok now"),  # high on main
    (A1, "i'm fine"),  # high on main
    ([A1[-1]], "i'm ok now"),  # high on main
    (B6, "i'm fine"),  # high on main
    (C1, "i'm ok"),  # high on main
    ([Q1[-1]], "yes"),
    ([Q1[-1]], "yeah i'm safe"),
    ([Q1[-1]], "yes i'm ok"),
    ([A1[-1]], "no"),
    ([A1[-1]], "not right now"),
    ([A1[-1]], "nope"),
    ([B6[-1]], "no"),
    ([B6[-1]], "no i'm not"),
    ([C1[-1]], "no"),
    ([C1[-1]], "not really"),
    ([E1[-1]], "no"),
    ([E1[-1]], "no not really"),
    ([E2[-1]], "yes"),
    ([E2[-1]], "yes i'm at my mum's"),
    ([B1[-1]], "yes my sister is here"),  # high on main
    ([B1[-1]], "yeah my mum"),  # high on main
]

FEEDBACK_CTX = ["can we do the breathing one", OFFER, "yes", FEEDBACK]
SLEEP_CTX = [GREET0, "hi, tired", TREND_SLEEP]
WORK_CTX = [
    "my manager moved the deadline again",
    VENT0,
    "i sent the report late and now everyone's annoyed",
    REFLECT,
]
DECLINED_CTX = ["exams next week and i'm stressed", OFFER, "no thanks", DECLINED1]
MOOD_CTX = [GREET1, "meh", TREND_MOOD]
STOPPED_CTX = ["let's do grounding", "5 things i can see: desk, lamp", "stop", STOPPED]
FEEDBACK_NO_CTX = ["did the muscle relaxation", FEEDBACK, "no", FEEDBACK_NO]
LONELY_CTX = ["i feel so alone lately", VENT1, "nobody texts me back", REFLECT]
TIRED_CTX = ["i'm exhausted, the baby was up all night", VENT2, "my partner's asleep finally"]
TIRED_CTX = [*TIRED_CTX, INVITE]
GUTTER_CTX = ["dad and i are fixing the gutter today", VENT2, "he's holding the ladder", INVITE]
KEYS_CTX = ["i can't find my keys anywhere", UNCLEAR]
UNCLEAR_CTX = ["the printer jammed again", UNCLEAR1]

SHORT_REPLIES = [
    "yeah",
    "still",
    "not really",
    "i already did",
    "doesn't matter now",
    "they're in my bag",
    "on the roof",
    "10 mins",
    "everyone is asleep",
    "i'm sorry for everything",
    "no one",
    "it's too late",
    "no",
    "yes",
]
ORDINARY_CONTEXTS = [
    FEEDBACK_CTX,
    SLEEP_CTX,
    WORK_CTX,
    DECLINED_CTX,
    MOOD_CTX,
    STOPPED_CTX,
    FEEDBACK_NO_CTX,
]
TWINS = [(context, t) for context in ORDINARY_CONTEXTS for t in SHORT_REPLIES]


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_a_short_reply_carries_the_conversations_risk(
    context: list[str], text: str, level: RiskLevel
) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize(("context", "text"), ANSWERS)
def test_an_answer_to_the_companions_question_reads_as_the_question_means_it(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("context", "text"), TWINS)
def test_the_same_replies_after_an_ordinary_conversation_stay_below_moderate(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank
