"""rules-1.16 (ans): two answer readings in the companion conversation.

NO_ONE: in es, fr, de, pt and it, "nobody, everyone's asleep, i'm alone" ("nadie, están todos
dormidos", "personne, je suis seule", "niemand, alle schlafen", "ninguém, tá todo mundo
dormindo", "nessuno, sono sola") answering the companion's "Is there someone near you who could
be with you?" (crisis_not_yet; the companion writes English to every writer, with the crisis
lines of their country) keeps the conversation's risk, as English does since rules-1.16 (fix):
high, and imminent where the writer's own message before was imminent. On main (1a81f1f) all
150 POSITIVES read below their level (132 none, 15 low, 3 moderate).

NOT_TILL: English "not till tomorrow", "not until later" answering "Is there someone near you
who could be with you?" or "Are you safe right now?" after "i'm going to do it tonight": alone,
or not safe, until after the time given for it. It puts off safety, not the act: imminent.
After a message that was high, not imminent ("i want to kill myself"), it stays high. On main
all 14 NOT_TILL positives read below level (3 high where imminent was meant, 11 none: "not
until later" and the answer to the safety question were not read).

TWINS: the same words to ordinary questions ("¿quién viene a la fiesta?" -- "nadie") and to
the companion's everyday replies stay below moderate (on main 6 of 300 read moderate: the
classifier on "nadie, están todos dormidos"; the rule now caps it at low there).
"""

from __future__ import annotations

import pytest

from mindline.companion.phrases import Say
from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.replies import reply as _r

Conv = list[str]


def _open(country: str) -> str:
    offer = _r(Say.SAFETY_PLAN_OFFER_NONE, country=country)
    return _r(Say.CRISIS_OPEN_SUICIDE, country=country, name_comma="Sam, ", safety_plan_offer=offer)


# locale: (country, yes, own message at high, own message at imminent, replies, ordinary chat)
INTL: dict[str, tuple[str, str, str, str, list[str], list[Conv]]] = {
    "es": (
        "ES",
        "sí",
        "quiero matarme",
        "voy a tirarme del puente esta noche, ya lo he decidido",
        [
            "nadie, están todos dormidos",
            "nadie",
            "no, nadie",
            "nadie, estoy sola",
            "estoy solo",
            "vivo sola",
            "no hay nadie",
            "nadie, todos duermen",
            "no, estoy sola en casa",
            "nadie, vivo solo",
        ],
        [["¿quién viene a la fiesta?"], ["mañana es mi cumple", "¿quién va a ir?"]],
    ),
    "fr": (
        "FR",
        "oui",
        "je veux me tuer",
        "je vais sauter du pont ce soir, c'est décidé",
        [
            "personne, je suis seule",
            "personne",
            "non, personne",
            "personne, ils dorment tous",
            "je suis seul",
            "je vis seule",
            "il n'y a personne",
            "personne, tout le monde dort",
            "non je suis toute seule",
            "personne, je vis seul",
        ],
        [["qui vient à la fête ?"], ["c'est mon anniversaire demain", "qui sera là ?"]],
    ),
    "de": (
        "DE",
        "ja",
        "ich will mich umbringen",
        "ich bringe mich heute nacht um, ich habe mich entschieden",
        [
            "niemand, alle schlafen",
            "niemand",
            "nein, niemand",
            "niemand, ich bin allein",
            "ich bin allein",
            "keiner",
            "es ist niemand da",
            "niemand da",
            "nein, ich bin ganz allein",
            "keiner, alle schlafen",
        ],
        [["wer kommt zur party?"], ["morgen ist mein geburtstag", "wer kommt alles?"]],
    ),
    "pt": (
        "PT",
        "sim",
        "quero me matar",
        "vou me jogar da ponte hoje à noite, já decidi",
        [
            "ninguém, tá todo mundo dormindo",
            "ninguém",
            "não, ninguém",
            "ninguém, estou sozinha",
            "estou sozinho",
            "moro sozinha",
            "não tem ninguém",
            "ninguém, todos estão dormindo",
            "não, tô sozinha em casa",
            "ninguém, moro sozinho",
        ],
        [["quem vem na festa?"], ["amanhã é meu aniversário", "quem vai?"]],
    ),
    "it": (
        "IT",
        "sì",
        "voglio uccidermi",
        "stanotte mi butto dal ponte, ho deciso",
        [
            "nessuno, sono sola",
            "nessuno",
            "no, nessuno",
            "nessuno, dormono tutti",
            "sono solo",
            "vivo da sola",
            "non c'è nessuno",
            "nessuno, stanno tutti dormendo",
            "no, sono sola a casa",
            "nessuno, vivo solo",
        ],
        [["chi viene alla festa?"], ["domani è il mio compleanno", "chi viene?"]],
    ),
}

GREET1, VENT0 = _r(Say.GREET, 1), _r(Say.VENT_OPEN, 0)
NO_MED, THANKS = _r(Say.NO_MEDICATION), _r(Say.THANKS)

# (context, reply, level, locale): below level on main.
POSITIVES: list[tuple[Conv, str, RiskLevel, str]] = []
# (context, reply, locale): below moderate, on main and now.
TWINS: list[tuple[Conv, str, str]] = []
for loc, (country, yes, own, imminent, replies, ordinary) in INTL.items():
    not_yet = _r(Say.CRISIS_NOT_YET, country=country)
    opened = _open(country)
    for reply in replies:
        POSITIVES.append(([own, opened, yes, not_yet], reply, RiskLevel.HIGH, loc))
        POSITIVES.append(([imminent, opened, yes, not_yet], reply, RiskLevel.IMMINENT, loc))
        POSITIVES.append(([not_yet], reply, RiskLevel.HIGH, loc))
    for conv in [*ordinary, ["hola", GREET1], ["uf", VENT0], ["ok", NO_MED], ["gracias", THANKS]]:
        TWINS += [(conv, reply, loc) for reply in replies]

# Each writer's own imminent message reads imminent alone (the premise of the positives).
IMMINENT_OWN = [(v[3], loc) for loc, v in INTL.items()]

GB_OPEN = _open("GB")
NOT_YET = _r(Say.CRISIS_NOT_YET)
HOLD0, HOLD1 = _r(Say.CRISIS_HOLD, 0), _r(Say.CRISIS_HOLD, 1)
S_TONIGHT = "i'm going to do it tonight"
S_BRIDGE = "i'm going to the bridge tonight, i've decided"
S_KILL = "i want to kill myself"
LATER = ["not till tomorrow", "not until later", "not until the morning", "nobody till later"]

# (context, reply, level): English, below level on main.
NOT_TILL: list[tuple[Conv, str, RiskLevel]] = [
    *[([S_TONIGHT, GB_OPEN, "yes", NOT_YET], r, RiskLevel.IMMINENT) for r in LATER],
    *[([S_TONIGHT, GB_OPEN, "yes", HOLD0], r, RiskLevel.IMMINENT) for r in LATER[:3]],
    *[([S_BRIDGE, GB_OPEN, "yes", NOT_YET], r, RiskLevel.IMMINENT) for r in LATER[1:]],
    ([S_TONIGHT, HOLD1], "not till tomorrow", RiskLevel.IMMINENT),
    ([S_TONIGHT, "are you safe right now?"], "not until later", RiskLevel.IMMINENT),
    ([S_KILL, GB_OPEN, "yes", NOT_YET], "not until later", RiskLevel.HIGH),
    ([S_KILL, GB_OPEN, "yes", HOLD0], "not till tomorrow", RiskLevel.HIGH),
]
# After a message at high, not imminent: high, not more.
STAYS_HIGH: list[tuple[Conv, str]] = [
    ([S_KILL, GB_OPEN, "yes", NOT_YET], "not till tomorrow"),
    ([S_KILL, GB_OPEN, "yes", NOT_YET], "not until later"),
    ([S_KILL, GB_OPEN, "yes", HOLD0], "not till tomorrow"),
    ([S_TONIGHT, "i'm safe now, the urge passed", GB_OPEN, "yes", NOT_YET], "not till tomorrow"),
]
EN_TWINS: list[tuple[Conv, str]] = [
    (c, r)
    for c in (
        ["my sister is flying in", "that's exciting! when will your sister get there?"],
        ["hiya", GREET1],
        ["work was long", VENT0],
        ["is anyone coming to the party?"],
    )
    for r in LATER
]


@pytest.mark.parametrize(("text", "locale"), IMMINENT_OWN)
def test_the_writers_own_imminent_message_reads_imminent(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(("context", "text", "level", "locale"), POSITIVES)
def test_no_one_there_keeps_the_conversations_risk(
    context: Conv, text: str, level: RiskLevel, locale: str
) -> None:
    assert screen(text, locale=locale, context=context).level is level


@pytest.mark.parametrize(("context", "text", "locale"), TWINS)
def test_the_same_words_to_ordinary_questions_stay_below_moderate(
    context: Conv, text: str, locale: str
) -> None:
    assert screen(text, locale=locale, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("context", "text", "level"), NOT_TILL)
def test_not_till_later_after_a_plan_for_now_stays_imminent(
    context: Conv, text: str, level: RiskLevel
) -> None:
    assert screen(text, context=context).level is level


@pytest.mark.parametrize(("context", "text"), STAYS_HIGH)
def test_not_till_later_after_risk_at_high_stays_high(context: Conv, text: str) -> None:
    assert screen(text, context=context).level is RiskLevel.HIGH


@pytest.mark.parametrize(("context", "text"), EN_TWINS)
def test_not_till_later_in_an_ordinary_chat_stays_below_moderate(context: Conv, text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank
