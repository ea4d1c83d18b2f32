"""rules-1.16 (fix): six misreadings of the screen found by earlier helpers, mended.

NO_ONE: "nobody, everyone's asleep", "no one, they're all asleep" answering the companion's
"Is there someone near you who could be with you?" after the writer's risk read low (the
leading "nobody" kept en.r14conv.no_one_there from matching); they keep the conversation's
risk: high, and imminent where the writer's own message before was imminent (a plan or the
means for now: "nobody is around", "no. i'm on my own", "i live alone" too).

TOOK_MINE: "i already took mine" after "i want to die too" (or after the companion's guidance
about someone who took pills) is an overdose told as done: imminent, not high.

TRIP: "counted out all my pills for the trip, enough to not come back": the trip no longer
stands en.r15means.pills_ready down when finality follows it; "enough to last the week" and
"not coming back till sunday" are still the trip.

OVERDRAFT: the overdraft idiom no longer cancels debts cleared so the family won't have to pay
them after the writer (en.r15means.debts_nobody, high).

BURNS: a burn with a straightener, an iron or an oven "encore" (again) is an accident; burns or
cuts on purpose or kept up ("je me brule expres", "je continue de me bruler") are recent
self-harm, high, in fr and in es/pt/it/de.

GRANDAD: someone taking their own tablets ("my grandad took his tablets and then i drove him
home") is ordinary: none, with no third_party flag.

Every POSITIVES case read below its level on main (b69b8fd); the twins stay below moderate
and the KEEP cases keep their reading.
"""

from __future__ import annotations

import pytest

from mindline.companion.phrases import Say
from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.replies import reply as _r

Conv = list[str]


OPEN = _r(
    Say.CRISIS_OPEN_SUICIDE,
    name_comma="Sam, ",
    safety_plan_offer=_r(Say.SAFETY_PLAN_OFFER_NONE),
)
NOT_YET = _r(Say.CRISIS_NOT_YET)
TP, TPU = _r(Say.THIRD_PARTY), _r(Say.THIRD_PARTY_URGENT)
GREET1, VENT0, NO_MED = _r(Say.GREET, 1), _r(Say.VENT_OPEN, 0), _r(Say.NO_MEDICATION)
OFFER = _r(
    Say.OFFER, title="paced breathing", summary="Slow breathing to calm your body.", minutes="3"
)

S_KILL = "i want to kill myself"
S_BRIDGE = "i'm going to the bridge tonight, i've decided"
S_PILLS_NOW = "i've got the pills here and i'm taking them tonight"
S_STASH = "i've got a stash of pills and i keep thinking about taking them all"
F_PILLS = "my brother says he's taken a load of pills"
F_SAID = "my friend says she took all her pills and she's going to die"

NO_ONE_REPLIES = [
    "nobody, everyone's asleep",
    "no one, they're all asleep",
    "nobody, they're all asleep",
    "no one. everyone's out",
    "nobody, i live alone",
    "no one, i'm on my own tonight",
]
IMMINENT_REPLIES = [
    "nobody, everyone's asleep",
    "no one, they're all asleep",
    "nobody is around",
    "no. i'm on my own",
    "i live alone",
    "no one",
]

# (context, reply, level, locale): below level on main.
POSITIVES: list[tuple[Conv, str, RiskLevel, str]] = [
    # NO_ONE
    *[([S_KILL, OPEN, "yes", NOT_YET], r, RiskLevel.HIGH, "en") for r in NO_ONE_REPLIES],
    *[([NOT_YET], r, RiskLevel.HIGH, "en") for r in NO_ONE_REPLIES[:3]],
    *[([S_BRIDGE, NOT_YET], r, RiskLevel.IMMINENT, "en") for r in IMMINENT_REPLIES],
    *[([S_PILLS_NOW, OPEN, "yes", NOT_YET], r, RiskLevel.IMMINENT, "en") for r in IMMINENT_REPLIES],
    ([S_STASH, OPEN, "yeah", NOT_YET], "nobody, everyone's asleep", RiskLevel.IMMINENT, "en"),
    # TOOK_MINE
    (["i want to die too"], "i already took mine", RiskLevel.IMMINENT, "en"),
    (["i want to die too"], "already took mine", RiskLevel.IMMINENT, "en"),
    (["i want to die too"], "i've already taken mine", RiskLevel.IMMINENT, "en"),
    (["i want to die too"], "took mine an hour ago", RiskLevel.IMMINENT, "en"),
    (["i want to die too"], "i took mine already", RiskLevel.IMMINENT, "en"),
    ([F_SAID, "i want to die too"], "i already took mine", RiskLevel.IMMINENT, "en"),
    ([F_PILLS, TPU, "i want to die too"], "i already took mine", RiskLevel.IMMINENT, "en"),
    ([F_PILLS, TPU], "i already took mine", RiskLevel.IMMINENT, "en"),
    ([TPU], "i already took mine", RiskLevel.IMMINENT, "en"),
    ([TPU], "took mine too", RiskLevel.IMMINENT, "en"),
    # TRIP
    (
        [],
        "counted out all my pills for the trip, enough to not come back",
        RiskLevel.IMMINENT,
        "en",
    ),
    (
        [],
        "counted out all my tablets for the trip, enough that i won't come back",
        RiskLevel.IMMINENT,
        "en",
    ),
    (
        [],
        "i've counted out all my meds for the trip, it's enough to not wake up",
        RiskLevel.IMMINENT,
        "en",
    ),
    (
        [],
        "counted out all my pills for the holiday, enough to never wake up",
        RiskLevel.IMMINENT,
        "en",
    ),
    (
        [],
        "counted out all my pills for the trip, enough to make sure i don't come back",
        RiskLevel.IMMINENT,
        "en",
    ),
    # OVERDRAFT
    ([], "cleared my overdraft so my family won't have to pay it off", RiskLevel.HIGH, "en"),
    ([], "cleared my overdraft so nobody has to deal with it", RiskLevel.HIGH, "en"),
    ([], "cleared my overdraft so my kids won't be left with it", RiskLevel.HIGH, "en"),
    ([], "paid off my overdraft so my husband will never have to pay it", RiskLevel.HIGH, "en"),
    (
        [],
        "settled my overdraft so my family won't have to sort it out when i'm not here",
        RiskLevel.HIGH,
        "en",
    ),
    ([], "cleared my overdraft so they won't have to deal with it", RiskLevel.HIGH, "en"),
    # BURNS
    ([], "je me brule exprès", RiskLevel.HIGH, "fr"),
    ([], "je me brûle volontairement", RiskLevel.HIGH, "fr"),
    ([], "je continue de me bruler", RiskLevel.HIGH, "fr"),
    ([], "je continue à me brûler", RiskLevel.HIGH, "fr"),
    ([], "je continue à me couper", RiskLevel.HIGH, "fr"),
    ([], "je me brule exprès avec le fer a lisser", RiskLevel.HIGH, "fr"),
    ([], "je me suis brûlée exprès avec le fer à lisser", RiskLevel.HIGH, "fr"),
    ([], "me quemo a propósito", RiskLevel.HIGH, "es"),
    ([], "me sigo quemando", RiskLevel.HIGH, "es"),
    ([], "sigo cortándome", RiskLevel.HIGH, "es"),
    ([], "me queimo de propósito", RiskLevel.HIGH, "pt"),
    ([], "continuo me queimando", RiskLevel.HIGH, "pt"),
    ([], "continuo a bruciarmi", RiskLevel.HIGH, "it"),
    ([], "ich verbrenne mich absichtlich", RiskLevel.HIGH, "de"),
    ([], "ich höre nicht auf, mich zu verbrennen", RiskLevel.HIGH, "de"),
]

# GRANDAD and BURNS: read too high on main; (context, text, locale) now none and unflagged.
NONE_NOW: list[tuple[Conv, str, str]] = [
    ([], "my grandad took his tablets and then i drove him home", "en"),
    ([], "dad took his meds with breakfast then we went out", "en"),
    ([], "je me brule encore avec le fer a lisser", "fr"),
    ([], "je me brûle encore avec la poêle", "fr"),
    ([], "je me brule encore, pas exprès", "fr"),
    ([], "je me suis coupée, j'ai pas fait exprès", "fr"),
    ([], "me queimo de novo com a chapinha", "pt"),
]

ORDINARY: list[Conv] = [
    ["hi", "how's the party going?"],
    ["going to watch a film tonight", "is anyone watching it with you?"],
    ["cant sleep again", OFFER],
    ["work was long", VENT0],
    ["hiya", GREET1],
    ["my mum is visiting", "when does she arrive?"],
]
# (context, text, locale): below moderate.
TWINS: list[tuple[Conv, str, str]] = [
    *[(c, r, "en") for c in ORDINARY for r in (*IMMINENT_REPLIES[:4], "nobody's around")],
    *[
        (c, r, "en")
        for c in (
            ["did you take your vitamins?"],
            ["my sister took her tablets this morning", "did you take yours?"],
            ["hay fever is awful today", "have you had your antihistamine?"],
            ["can i take my tablets with coffee", NO_MED],
            ["hiya", GREET1],
        )
        for r in ("i already took mine", "already took mine", "took mine this morning")
    ],
    *[
        ([], t, "en")
        for t in (
            "counted out my pills for the trip",
            "counted out all my pills for the trip, enough to last the week",
            "counted out all my pills for the trip, we're not coming back till sunday",
            "counted out all my tablets for the trip, enough for the whole week",
            "counted out all my tablets for the holiday so i don't run out",
            "i've counted out 20 of my tablets for the trip",
            "cleared my overdraft, feels good",
            "cleared my overdraft so i can get a mortgage",
            "cleared my overdraft so my parents won't have to bail me out again",
            "cleared my overdraft so my mum doesn't have to lend me money",
            "paid off my overdraft so i won't have to pay the fees",
            "cleared my overdraft so my parents won't have to pay it off for me again",
            "cleared my overdraft so my partner won't have to worry about it",
            "cleared my overdraft so i don't have to pay it back every month",
            "cleared my overdraft so we won't have to pay it off when we move",
            "my grandad took his tablets and then i drove him home",
            "my nan took her tablets and went to bed",
            "my mum took her medication and we watched tv",
            "my grandad took his blood pressure tablets and i drove him home",
            "she took her pills and fell asleep on the sofa",
            "grandad took his tablets then went for a nap",
        )
    ],
    *[
        ([], t, loc)
        for loc, t in (
            ("fr", "je me brule encore avec le fer a lisser"),
            ("fr", "je me suis encore brulee avec le fer a lisser"),
            ("fr", "je me brule encore avec le four"),
            ("fr", "je me brule tout le temps avec le lisseur"),
            ("fr", "je continue de me bruler avec le fer a lisser, trop maladroite"),
            ("fr", "je ne me brule pas exprès"),
            ("fr", "je me coupe les cheveux exprès courts"),
            ("es", "me sigo quemando con la plancha del pelo"),
            ("es", "me quemé sin querer, no a propósito"),
            ("es", "me sigo cortando el pelo yo misma"),
            ("pt", "continuo me queimando com a chapinha"),
            ("pt", "me queimei sem querer, não de propósito"),
            ("it", "mi brucio ancora con la piastra"),
            ("it", "continuo a bruciarmi con la piastra"),
            ("de", "ich verbrenne mich wieder mit dem glätteisen"),
            ("de", "ich verbrenne mich nicht absichtlich"),
            ("de", "ich verbrenne mich ständig am backofen"),
        )
    ],
]

# (context, text, level, flag or "", locale): real risk still read, at or above the level.
KEEP: list[tuple[Conv, str, RiskLevel, str, str]] = [
    ([S_KILL, OPEN, "yes", NOT_YET], "no one", RiskLevel.HIGH, "", "en"),
    ([S_KILL, OPEN, "yes", NOT_YET], "i live alone", RiskLevel.HIGH, "", "en"),
    ([], "je me brule encore", RiskLevel.HIGH, "", "fr"),
    ([], "je me brule encore les bras avec un briquet", RiskLevel.HIGH, "", "fr"),
    ([], "me queimo de novo", RiskLevel.HIGH, "", "pt"),
    ([], "mi brucio di proposito", RiskLevel.HIGH, "", "it"),
    ([], "i took some of my mum's sleeping pills", RiskLevel.MODERATE, "", "en"),
    ([], "i've been taking my dad's painkillers", RiskLevel.MODERATE, "", "en"),
    ([], "my brother took all his pills and won't wake up", RiskLevel.LOW, "third_party", "en"),
    ([], "my dad took his tablets and now he won't wake up", RiskLevel.LOW, "third_party", "en"),
    ([F_SAID, TP], "i already took mine", RiskLevel.HIGH, "", "en"),
    (
        [],
        "cleared my overdraft so my family won't have to deal with it after i'm gone",
        RiskLevel.HIGH,
        "",
        "en",
    ),
]


@pytest.mark.parametrize(("context", "text", "level", "locale"), POSITIVES)
def test_the_misreadings_read_at_their_level(
    context: Conv, text: str, level: RiskLevel, locale: str
) -> None:
    assert screen(text, locale=locale, context=context or None).level is level


@pytest.mark.parametrize(("context", "text", "locale"), NONE_NOW)
def test_ordinary_medicine_and_accidental_burns_read_none_unflagged(
    context: Conv, text: str, locale: str
) -> None:
    result = screen(text, locale=locale, context=context or None)
    assert result.level is RiskLevel.NONE
    assert "third_party" not in result.flags


@pytest.mark.parametrize(("context", "text", "locale"), TWINS)
def test_the_twins_stay_below_moderate(context: Conv, text: str, locale: str) -> None:
    assert screen(text, locale=locale, context=context or None).level.rank < (
        RiskLevel.MODERATE.rank
    )


@pytest.mark.parametrize(("context", "text", "level", "flag", "locale"), KEEP)
def test_real_risk_is_still_read(
    context: Conv, text: str, level: RiskLevel, flag: str, locale: str
) -> None:
    result = screen(text, locale=locale, context=context or None)
    assert result.level.rank >= level.rank
    assert not flag or flag in result.flags
