"""rules-1.15 (ctx): short replies read against the companion's own messages.

The companion passes the screen its last six messages, ending with its own reply
(engine.screen_context). The contexts here are its replies as the engine renders them
(replies.yaml, with the crisis-line list of the writer's country: GB, the Spanish, French,
German and EU lists for es/fr/de/pt/it writers, the US, NZ and fallback lists), between the
writer's words, and also alone (the reply the engine always passes).

WHO_WHEN: a time or an arrival answering who will be with the writer or when they come
("Is there someone near you who could be with you?" -- "10 mins", "mum's on her way"; "when
will your sister get there?" -- "tonight") says when help comes, not a time for it: below
moderate, like "yeah my mum" in test_conv_24. On main (fb5c07a) 40 of 121 read imminent.

THIRD: after the companion's guidance for someone worried about another person (third_party,
third_party_urgent), "it's too late", "i already did", "10 mins", "idk" are about that person:
low for the writer, and the reading carries `third_party` where the words say someone is in
danger, and screen() adds it to the result's flags. On main 64 of 111 read high or
imminent (the guidance's "thinking about suicide" and the list's "if you might act on these
thoughts" were read as questions to the writer).

TWINS: the same replies after ordinary conversations and the companion's everyday replies; on
main 4 of 102 were high or imminent (no_medication's "medicines or doses" read as a means
question).

POSITIVES: 15 conversations below their level on main (13 none, 1 low, 1 high where imminent
was meant): "he's coming back in 10 mins" when the writer's boyfriend hit them (being in danger
from someone, high), "not till tomorrow" to who could be with them in crisis mode (no one now,
high as "no one" is), "same here tbh" or "me too" after the guidance about a friend (the
friend's risk, now the writer's own), "on my way" after "i'm going to the bridge tonight" and
"doesn't matter, already took them" in crisis mode (imminent).

KEEP: real danger stays caught: "i already took them" to "are you safe right now?" imminent,
"no" high, "no one" to who could be with you high, the writer's own risk before talk of a
friend kept, in all six languages. All 38 were at level on main.
"""

from __future__ import annotations

import pytest

from mindline.companion.phrases import Say
from mindline.risk import answers, screen
from mindline.risk.types import RiskLevel
from risk.replies import reply as _r

Conv = list[str]


def _companion(country: str = "GB") -> dict[str, str]:
    offer = _r(Say.SAFETY_PLAN_OFFER_NONE, country=country)
    return {
        "open": _r(
            Say.CRISIS_OPEN_SUICIDE, country=country, name_comma="Sam, ", safety_plan_offer=offer
        ),
        "hold0": _r(Say.CRISIS_HOLD, 0, country=country),
        "hold1": _r(Say.CRISIS_HOLD, 1, country=country),
        "not_yet": _r(Say.CRISIS_NOT_YET, country=country),
        "third": _r(Say.THIRD_PARTY, country=country),
        "urgent": _r(Say.THIRD_PARTY_URGENT, country=country),
        "breathing": _r(Say.CRISIS_BREATHING, country=country),
        "check_in": _r(Say.CHECK_IN, country=country),
    }


GB = _companion()
OPEN, HOLD0, HOLD1, NOT_YET = GB["open"], GB["hold0"], GB["hold1"], GB["not_yet"]
TP, TPU, BREATHING, CHECK_IN = GB["third"], GB["urgent"], GB["breathing"], GB["check_in"]
OPEN_DANGER = _r(Say.CRISIS_OPEN_DANGER, name_comma="Sam, ")
GREET1, GREET2 = _r(Say.GREET, 1), _r(Say.GREET, 2)
INTRO_GREET = _r(Say.AI_INTRO) + "\n\n" + _r(Say.GREET, 0)
VENT0, VENT1 = _r(Say.VENT_OPEN, 0), _r(Say.VENT_OPEN, 1)
OFFER = _r(
    Say.OFFER, title="paced breathing", summary="Slow breathing to calm your body.", minutes="3"
)
FEEDBACK, UNCLEAR, TREND_MOOD = _r(Say.FEEDBACK_ASK), _r(Say.UNCLEAR), _r(Say.TREND_MOOD)
NO_MED, THANKS = _r(Say.NO_MEDICATION), _r(Say.THANKS)
RAIL_DEP = _r(Say.RAIL_DEPENDENCE)
NUDGE = _r(Say.RELIANCE_NUDGE, supports=_r(Say.RELIANCE_DEFAULT_SUPPORTS))
STEP4 = (
    "Step 4: who could you ask for help if you were struggling? Family members or friends you "
    "trust, and how you'd reach them."
)

S_KILL = "i want to kill myself"
S_END = "i can't do this anymore, i want to end it"
S_PILLS = "i've got a stash of pills and i keep thinking about taking them all"
S_BRIDGE = "i'm going to the bridge tonight, i've decided"
S_SOON = "i'm going to do it soon"
S_GONE = "i dont want to be here anymore"
F_SUI = "my best friend just texted me saying she wants to kill herself"
F_PILLS = "my brother says he's taken a load of pills"
F_MUM = "im really worried about my mum, she keeps saying she'd be better off dead"
F_BRIDGE = "my mate sent me a pic from the bridge and said goodbye"
D_HIT = "my boyfriend hit me again and he's coming back tonight"

NY_FULL = [S_KILL, OPEN, "yes", NOT_YET]
NY_PILLS = [S_PILLS, OPEN, "yeah", NOT_YET]
NY_GONE = [S_GONE, OPEN, "kind of", HOLD0, "i dont know", NOT_YET]

COMING = [
    "10 mins",
    "in 10 mins",
    "20 minutes",
    "half an hour",
    "she's coming",
    "he's coming",
    "my mum's on her way",
    "my sister is coming over",
    "mum will be here in 10 mins",
    "he gets back at 6",
    "my bf will be home at 6",
    "shes 5 mins away",
    "in an hour",
    "soon",
    "my flatmate gets in soon",
    "yeah my dad, he's on the way",
    "my sister, 15 mins",
    "the crisis team are coming at 4",
    "theyre sending someone",
    "yes she'll be here shortly",
    "my mate is coming round",
    "👍 my mum is coming",
]
TIMES = ["10 mins", "in 10 mins", "20 minutes", "half an hour", "in an hour"]
CLINICIAN_ASKS = [
    "ok. when will your sister get there?",
    "is anyone able to come and be with you tonight?",
    "how long until your partner gets home?",
]
CLIN_BEFORE = [S_KILL, "i'm really glad you told me.", "i don't feel safe"]

# (context, reply, locale)
WHO_WHEN: list[tuple[Conv, str, str]] = [
    *[(NY_FULL, r, "en") for r in COMING],
    *[([NOT_YET], r, "en") for r in COMING],
    *[(c, r, "en") for c in (NY_PILLS, NY_GONE) for r in TIMES],
    *[
        ([*CLIN_BEFORE, q], r, "en")
        for q in CLINICIAN_ASKS
        for r in ("10 mins", "in about an hour", "soon", "tonight", "at 8", "around 6 i think")
    ],
    *[
        ([S_END, OPEN, "safety plan", STEP4], r, "en")
        for r in ("my sister, she lives 10 mins away", "mum, i'd text her", "my mate jay")
    ],
]

THIRD_REPLIES = [
    "it's too late",
    "too late",
    "i already did",
    "i already asked her",
    "she already did",
    "done it",
    "10 mins",
    "they're coming",
    "on my way",
    "on my way to hers now",
    "idk",
    "i called 999",
    "they said 20 mins",
    "yeah",
    "not really",
    "she's not answering",
    "🙏",
    "ok",
    "i'm scared for her",
]
URGENT_REPLIES = [
    "it's too late",
    "ambulance is 10 mins away",
    "he's coming round",
    "on my way",
    "i already called them",
    "not good",
    "shaking",
    "idk",
]
# The first reply of a conversation begins with the AI disclosure (engine.reply).
INTRO_TP = _r(Say.AI_INTRO) + "\n\n" + TP
THIRD: list[tuple[Conv, str, str]] = [
    *[(c, r, "en") for c in ([F_SUI, TP], [TP]) for r in THIRD_REPLIES],
    *[([F_SUI, INTRO_TP], r, "en") for r in ("it's too late", "yeah", "i already did", "10 mins")],
    *[([F_MUM, TP], r, "en") for r in ("it's too late", "i already did", "yeah", "idk")],
    *[(c, r, "en") for c in ([F_PILLS, TPU], [F_BRIDGE, TPU]) for r in URGENT_REPLIES],
]
# ... of which the reading says someone else is in danger.
THIRD_FLAGGED = [
    ([F_SUI, TP], "it's too late"),
    ([TP], "too late"),
    ([F_MUM, TP], "it's too late"),
    ([F_SUI, TP], "10 mins"),
    ([TP], "they're coming"),
    ([F_PILLS, TPU], "it's too late"),
]

# Other languages: the companion writes English, the writer their own language.
INTL = {
    "es": (
        "ES",
        "quiero matarme",
        "mi amiga me ha dicho que quiere suicidarse",
        ["en 10 minutos", "viene mi hermana", "mi madre está de camino", "llega a las 6"],
        ["ya es tarde", "demasiado tarde", "ya lo hice", "viene la ambulancia"],
        ("ya me las tomé todas", "no"),
    ),
    "fr": (
        "FR",
        "je veux me tuer",
        "mon amie m'a dit qu'elle veut se suicider",
        ["dans 10 minutes", "ma soeur arrive", "ma mère est en route", "il rentre à 18h"],
        ["c'est trop tard", "trop tard", "déjà fait", "l'ambulance arrive"],
        ("je les ai déjà prises", "non"),
    ),
    "de": (
        "DE",
        "ich will mich umbringen",
        "meine freundin hat gesagt, sie will sich umbringen",
        ["in 10 minuten", "meine schwester kommt", "mama ist unterwegs", "er kommt um 6"],
        ["zu spät", "es ist zu spät", "schon gemacht", "der krankenwagen kommt"],
        ("ich hab sie schon alle genommen", "nein"),
    ),
    "pt": (
        "PT",
        "quero me matar",
        "minha amiga disse que quer se matar",
        [
            "daqui a 10 minutos",
            "minha irmã está vindo",
            "minha mãe está a caminho",
            "ele chega às 6",
        ],
        ["tarde demais", "já é tarde", "já fiz", "a ambulância está vindo"],
        ("já tomei todos", "não"),
    ),
    "it": (
        "IT",
        "voglio uccidermi",
        "la mia amica mi ha detto che vuole suicidarsi",
        ["tra 10 minuti", "arriva mia sorella", "mia madre sta arrivando", "torna alle 6"],
        ["troppo tardi", "è troppo tardi", "già fatto", "arriva l'ambulanza"],
        ("le ho già prese tutte", "no"),
    ),
}
for loc, (country, own, friend, comings, thirds, _) in INTL.items():
    lines = _companion(country)
    WHO_WHEN += [([own, lines["open"], "si", lines["not_yet"]], r, loc) for r in comings]
    WHO_WHEN += [([lines["not_yet"]], r, loc) for r in comings]
    THIRD += [([friend, lines["third"]], r, loc) for r in thirds]
    THIRD += [([lines["third"]], r, loc) for r in thirds]
for country, friend in (("US", F_MUM), ("NZ", F_SUI), ("XX", F_SUI)):
    lines = _companion(country)
    WHO_WHEN += [([S_KILL, lines["open"], "yes", lines["not_yet"]], "10 mins", "en")]
    WHO_WHEN += [([S_KILL, lines["open"], "yes", lines["not_yet"]], "my mum's coming", "en")]
    THIRD += [([friend, lines["third"]], r, "en") for r in ("too late", "i already did", "idk")]

ORDINARY: list[Conv] = [
    [INTRO_GREET],
    ["hiya", GREET1],
    ["work was long", VENT0],
    ["cant sleep again", OFFER],
    ["did the breathing", FEEDBACK],
    ["asdfgh", UNCLEAR],
    ["meh", TREND_MOOD],
    ["can i take my tablets with coffee", NO_MED],
    ["thanks that helped", THANKS],
    ["you're the only one i talk to", RAIL_DEP],
    ["chatting again", NUDGE],
    ["my mum is visiting", "when does she arrive?"],
]
TWIN_REPLIES = [
    "10 mins",
    "too late",
    "on my way",
    "she's coming",
    "i already did",
    "idk",
    "tonight",
]
TWINS: list[tuple[Conv, str]] = [(c, r) for c in ORDINARY for r in TWIN_REPLIES]
TWINS += [
    (c, r)
    for c in (
        ["my sister is flying in today", "that's exciting! when will your sister get there?"],
        ["going to the beach later with the kids", GREET2],
        ["off to the bridge club tonight", VENT1],
    )
    for r in ("10 mins", "on my way", "in an hour", "tonight", "too late lol", "not till tomorrow")
]

# (context, reply, level): below level on main.
POSITIVES: list[tuple[Conv, str, RiskLevel]] = [
    ([D_HIT, OPEN_DANGER], "he's coming back in 10 mins", RiskLevel.HIGH),
    ([D_HIT, "where is he now?"], "10 mins away", RiskLevel.HIGH),
    ([D_HIT, "when is he back?"], "in 10 mins", RiskLevel.HIGH),
    ([S_BRIDGE, OPEN], "on my way", RiskLevel.IMMINENT),
    (NY_PILLS, "doesn't matter, already took them", RiskLevel.IMMINENT),
    ([D_HIT, OPEN_DANGER, "no", NOT_YET], "he's back in 10 mins", RiskLevel.HIGH),
    (NY_FULL, "no one til tomorrow", RiskLevel.HIGH),
    (NY_FULL, "not till tomorrow", RiskLevel.HIGH),
    ([NOT_YET], "nobody until the morning", RiskLevel.HIGH),
    (NY_GONE, "not till monday", RiskLevel.HIGH),
    ([F_SUI, TP], "i feel the same way", RiskLevel.HIGH),
    ([F_SUI, TP], "i think about it too", RiskLevel.HIGH),
    ([F_SUI, TP], "same here tbh", RiskLevel.HIGH),
    ([F_MUM, TP], "ngl me too", RiskLevel.MODERATE),
    ([F_PILLS, TPU], "me too", RiskLevel.IMMINENT),
]

# (context, reply, level, locale): real danger, already at level on main.
KEEP: list[tuple[Conv, str, RiskLevel, str]] = [
    ([S_KILL, OPEN, "yes", HOLD0], "i already took them", RiskLevel.IMMINENT, "en"),
    ([HOLD0], "i already took them", RiskLevel.IMMINENT, "en"),
    ([S_PILLS, OPEN, "yes", HOLD1], "already did", RiskLevel.IMMINENT, "en"),
    ([S_KILL, OPEN, "yes", HOLD0], "no", RiskLevel.HIGH, "en"),
    ([HOLD1], "no", RiskLevel.HIGH, "en"),
    ([S_KILL, OPEN, "yes", BREATHING], "no", RiskLevel.HIGH, "en"),
    (NY_FULL, "no one", RiskLevel.HIGH, "en"),
    (NY_FULL, "i live alone", RiskLevel.HIGH, "en"),
    (NY_FULL, "it's too late", RiskLevel.IMMINENT, "en"),
    (NY_FULL, "i already took them", RiskLevel.IMMINENT, "en"),
    ([NOT_YET], "i already took them", RiskLevel.IMMINENT, "en"),
    ([S_BRIDGE, OPEN], "10 mins", RiskLevel.IMMINENT, "en"),
    ([S_SOON, OPEN], "10 mins", RiskLevel.IMMINENT, "en"),
    ([S_SOON, OPEN], "tonight", RiskLevel.IMMINENT, "en"),
    ([S_PILLS, CHECK_IN], "it's too late", RiskLevel.IMMINENT, "en"),
    ([S_KILL, OPEN], "too late", RiskLevel.IMMINENT, "en"),
    ([F_SUI, TP], "honestly i want to die too", RiskLevel.HIGH, "en"),
    ([F_SUI, TP], "me too, i want to kill myself", RiskLevel.HIGH, "en"),
    ([F_SUI, TP], "honestly same", RiskLevel.HIGH, "en"),
    ([TPU], "i took them too, it's too late", RiskLevel.HIGH, "en"),
    ([S_KILL, OPEN, "yes", NOT_YET, "my mum is coming", HOLD0], "no", RiskLevel.HIGH, "en"),
    (
        [S_KILL, OPEN, "yes", NOT_YET, "she's coming in 20 mins", HOLD0],
        "i already took them",
        RiskLevel.IMMINENT,
        "en",
    ),
    ([S_PILLS, OPEN, "yes", NOT_YET, "no one", HOLD1], "not for long", RiskLevel.HIGH, "en"),
    (
        [S_PILLS, OPEN, "yes", HOLD0, "my friend wants to die too", TP],
        "it's too late",
        RiskLevel.IMMINENT,
        "en",
    ),
    ([S_GONE, CHECK_IN, "yes", F_SUI, TP], "i already did", RiskLevel.HIGH, "en"),
    ([S_GONE, _r(Say.AI_INTRO) + "\n\n" + CHECK_IN], "still", RiskLevel.HIGH, "en"),
    ([S_GONE, _r(Say.AI_INTRO) + "\n\n" + CHECK_IN], "it's too late", RiskLevel.IMMINENT, "en"),
    ([D_HIT, OPEN_DANGER, "no", NOT_YET], "10 mins", RiskLevel.HIGH, "en"),
]
for loc, (country, own, _, _, _, (took, no)) in INTL.items():
    lines = _companion(country)
    KEEP.append(([own, lines["open"], "si", lines["hold0"]], took, RiskLevel.IMMINENT, loc))
    KEEP.append(([own, lines["open"], "si", lines["hold0"]], no, RiskLevel.HIGH, loc))

# The helper coming after talk of being hurt: not the person who hurts them.
HELP_COMING = [
    ([D_HIT, OPEN_DANGER], "my mum is coming to get me"),
    ([D_HIT, OPEN_DANGER], "the police are on their way"),
]


@pytest.mark.parametrize(("context", "text", "locale"), WHO_WHEN)
def test_a_time_or_arrival_answering_who_will_come_is_not_a_plan(
    context: Conv, text: str, locale: str
) -> None:
    assert screen(text, locale=locale, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("context", "text", "locale"), THIRD)
def test_a_reply_after_guidance_about_someone_else_stays_about_them(
    context: Conv, text: str, locale: str
) -> None:
    assert screen(text, locale=locale, context=context).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(("context", "text"), THIRD_FLAGGED)
def test_the_reading_says_someone_else_is_in_danger(context: Conv, text: str) -> None:
    reading = answers.after_risk(text, context, "en")
    assert reading is not None and reading.level is None
    assert "third_party" in reading.flags
    result = screen(text, context=context)
    assert "third_party" in result.flags
    assert result.level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(("context", "text"), TWINS)
def test_the_same_replies_after_ordinary_conversations_stay_below_moderate(
    context: Conv, text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_danger_in_a_short_reply_is_caught(context: Conv, text: str, level: RiskLevel) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize(("context", "text", "level", "locale"), KEEP)
def test_real_danger_stays_caught(context: Conv, text: str, level: RiskLevel, locale: str) -> None:
    assert screen(text, locale=locale, context=context).level.rank >= level.rank


@pytest.mark.parametrize(("context", "text"), HELP_COMING)
def test_help_coming_after_talk_of_being_hurt_is_not_the_danger_itself(
    context: Conv, text: str
) -> None:
    assert screen(text, context=context).level.rank <= RiskLevel.HIGH.rank
