"""rules-1.12 (fixes): misfires reviewers found on main, each fixed where it arises.

Misses (real risk rated too low on main):

- a conditional threat to hurt someone who harms the writer ("i'll kill him if he touches
  me again") was silenced by the venting idioms ("kill him if he eats my chips"): those
  idioms now stand aside when the offence is done to the writer or their people;
- "as a teenager", "in high school", "in my twenties" are past-time cues like "as a kid"
  (`en.temper.past`), and a message whose only hits are history (moderate, a past cue, no
  relapse cue) no longer lets the classifiers lift it back to high;
- "dead tired of living": the idiom "dead tired" no longer swallows "tired of living".

False alarms (everyday rated moderate or higher on main):

- a distress (low) hit lifted every classifier cap: "i'm scared of dying" went to the
  classifiers uncapped. Beside distress-only hits the everyday cues now cap them at low,
  and with no risk or finality word at moderate (screen._cap_beside_hits, after the
  cascade); an idiom beside named distress caps them at low instead of none;
- "i can't do this anymore", "i can't keep doing this", "i don't know how much longer i
  can do this" are distress (low, en.low.hopeless), not passive ideation;
- "lol kms", "kms this exam"; "die my hair" (dye); a satnav's or an app's voice "told me
  to jump"; cutting oneself shaving or cooking; "my dad will kill me if i tell him i
  failed" (owning up to an everyday slip, not a threat to keep a secret);
- answers.RISK_WORDS matched inside words ("algun" held a gun, "change" a hang);
- a "yes" to a means question naming an everyday purpose ("a knife for the bread?"), or to
  an everyday-object question after an ordinary chat, was high;
- fr.attempt.under_way on a boat's deck; es.sh / pt.sh on a haircut in the other language.

Every positive and every twin below screened on the wrong side of its line on main
(checked with `screen()` on main and on this branch), except the guards marked "kept",
which pin the risky side of each fix.
"""

from __future__ import annotations

import pytest

from mindline.risk.answers import RISK_WORDS
from mindline.risk.screen import screen
from mindline.risk.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.LOW,
    RiskLevel.MODERATE,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)

# Real risk that main rated too low: (text, the least level it must reach).
REACH = [
    # conditional threats against someone who harms the writer (main: none)
    ("i'll kill him if he touches me again", MODERATE),
    ("i swear i'll kill him if he touches my sister again", MODERATE),
    ("i'll strangle him if he takes my kids again", MODERATE),
    ("i will murder him if he touches me again", MODERATE),
    # dead tired of living (main: none)
    ("dead tired of living", MODERATE),
    ("i'm dead tired of life", MODERATE),
    ("honestly dead tired of being alive", MODERATE),
    ("so dead tired of existing", MODERATE),
]

# History told with a past-time cue: moderate, not high (main: high or imminent).
HISTORY = [
    "as a teenager i was cutting myself every night",
    "in high school i overdosed on my mum's pills",
    "in my 20s i attempted suicide",
    "as a teenager i tried to kill myself",
    "when i was a teen i wanted to kill myself",
    "in my early twenties i was burning myself most nights",
]

# Everyday messages main rated moderate or higher: below moderate now.
TWINS = [
    # fear of dying is health anxiety (main: moderate)
    "i'm scared of dying",
    # work distress, not passive ideation (main: moderate)
    "i can't do this anymore, work is crushing me",
    "honestly i cannot do this anymore with these deadlines",
    "i can't do this anymore, my landlord is a nightmare",
    "i can't do this anymore, this commute is crushing me",
    "i can't keep doing this, work is crushing me",
    "i don't know how much longer i can do this job",
    "i can't keep doing this, the night shifts are crushing me",
    # kms as a joke (main: high)
    "lol kms this exam",
    "lmao kms",
    "kms this exam is impossible",
    "ugh kms this monday",
    # dye misspelt (main: high or moderate)
    "i need to die my hair",
    "i want to die my hair pink",
    "gonna die my roots this weekend",
    "should i die it blue or purple",
    # a device's voice (main: high)
    "gps voice told me to jump the queue lol",
    "alexa's voice told me to jump on the call",
    "the sat-nav voice told me to jump off at the next exit",
    "the app voice keeps telling me to jump higher",
    # shaving and kitchen cuts (main: high or moderate)
    "i keep cutting myself shaving",
    "i keep burning myself on the oven",
    "i keep nicking my chin shaving",
    "i keep cutting my fingers chopping onions",
    # owning up to an everyday slip (main: high)
    "my dad will kill me if i tell him i failed lol",
    "my mum is going to kill me if i tell her i crashed the car",
    "my dad's going to kill me if i tell him i dented the car",
]

# Foreign-language twins: (text, locale) (main: imminent or moderate).
TWINS_LOCALE = [
    ("je suis sur le pont, cette nuit on navigue", "fr"),
    ("je suis sur le pont, la mer est calme ce soir", "fr"),
    ("me corto el flequillo", "es"),
    ("mañana me corto el pelo", "es"),
    ("me corto las puntas yo misma", "es"),
    ("hoje eu me corto o cabelo", "pt"),
]

# Answers to everyday questions with a means word in them (main: high).
EVERYDAY_ANSWERS = [
    ("yes", ["do you have a knife for the bread?"]),
    ("yes", ["hi", "do you have a knife for the bread?"]),
    ("yep", ["have you got a plan for the weekend?"]),
    ("yes", ["did you get the note from school?"]),
    ("yes", ["how was work?", "fine", "did you get the letter?"]),
    ("yes", ["do you have a razor to shave with?"]),
]

# Kept: the risky side of each fix keeps its level.
KEPT = [
    ("i will kill her if she hits me one more time", HIGH),
    ("i'm going to kill him if he lays a hand on me again", HIGH),
    ("i had suicidal thoughts as a teenager and they're back", HIGH),
    ("as a teenager i cut myself and i started again last week", HIGH),
    ("i can't do this anymore i want to die", HIGH),
    ("i can't go on anymore", MODERATE),
    ("i cannot keep doing this i want to die", HIGH),
    ("i don't know how much longer i can keep going", MODERATE),
    ("i can't do this anymore, i don't want to be alive", MODERATE),
    ("i'm scared of dying and sometimes i wish it would just happen", MODERATE),
    ("i want to kms tonight", IMMINENT),
    ("lol i want to kms for real", HIGH),
    ("i'm going to kms", HIGH),
    ("i need to die, my hair is falling out and i hate myself", HIGH),
    ("i want to die my hair is falling out", HIGH),
    ("the voices told me to jump", HIGH),
    ("the voice keeps telling me to kill myself", HIGH),
    ("i keep cutting myself", HIGH),
    ("i keep cutting my legs on purpose", HIGH),
    ("i keep cutting myself shaving on purpose", HIGH),
    ("he said he will kill me if i tell anyone", HIGH),
    ("my dad will kill me if i tell the police", HIGH),
    ("he will kill me if i tell her about us", HIGH),
]

KEPT_LOCALE = [
    ("je suis sur le pont. je vais sauter", "fr", IMMINENT),
    ("je suis sur le pont", "fr", IMMINENT),
    ("me corto los brazos cuando estoy triste", "es", MODERATE),
    ("eu me corto quando fico ansiosa", "pt", MODERATE),
]

KEPT_ANSWERS = [
    ("yes", ["do you have a knife?"], HIGH),
    ("yes", ["i want to die", "do you have a knife for that?"], HIGH),
    ("yes", ["do you have a plan to end your life?"], IMMINENT),
    ("yeah, already did", ["i can't do this anymore", "Have you taken anything?"], IMMINENT),
    ("yes", ["do you have the pills with you?"], IMMINENT),
]

# Everyday venting that stays quiet beside the threat fix (quiet on main too).
QUIET = [
    "my mum will kill me if I touch her car",
    "i'll kill him if he eats my chips again",
    "i'll strangle my flatmate if he touches my food again",
    "i'll kill him if he microwaves fish again",
    "i'll kill her if she takes my charger again",
    "dead tired after the night shift",
    "i'm dead tired of this commute",
    "cut myself shaving again this morning",
    "my parents will kill me if i tell them about my grades",
    "haha kms i forgot my lunch",
    "kms this traffic",
]

# An idiom beside named distress: the classifiers may say low (main: none).
IDIOM_DISTRESS = [
    "this job is killing me, so exhausted and lonely",
    "work is killing me and everything feels hopeless and empty",
    "my boss is killing me, so overwhelmed and struggling",
    "exams are killing me, completely overwhelmed and can't cope",
]


@pytest.mark.parametrize(("text", "level"), REACH)
def test_real_risk_reaches_its_level(text: str, level: RiskLevel) -> None:
    assert screen(text).level.rank >= level.rank


def test_a_conditional_threat_is_harm_to_others() -> None:
    result = screen("i'll kill him if he touches me again")
    assert "harm_to_others" in result.categories


@pytest.mark.parametrize("text", HISTORY)
def test_history_with_a_past_time_cue_is_moderate(text: str) -> None:
    assert screen(text).level is MODERATE


@pytest.mark.parametrize("text", TWINS)
def test_twin_stays_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale"), TWINS_LOCALE)
def test_foreign_twin_stays_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize(("answer", "context"), EVERYDAY_ANSWERS)
def test_yes_to_an_everyday_means_question_stays_quiet(answer: str, context: list[str]) -> None:
    assert screen(answer, context=context).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "level"), KEPT)
def test_risky_side_keeps_its_level(text: str, level: RiskLevel) -> None:
    assert screen(text).level.rank >= level.rank


@pytest.mark.parametrize(("text", "locale", "level"), KEPT_LOCALE)
def test_foreign_risky_side_keeps_its_level(text: str, locale: str, level: RiskLevel) -> None:
    assert screen(text, locale=locale).level.rank >= level.rank


@pytest.mark.parametrize(("answer", "context", "level"), KEPT_ANSWERS)
def test_means_questions_about_risk_keep_their_level(
    answer: str, context: list[str], level: RiskLevel
) -> None:
    assert screen(answer, context=context).level.rank >= level.rank


@pytest.mark.parametrize("text", QUIET)
def test_everyday_venting_stays_quiet(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", IDIOM_DISTRESS)
def test_idiom_beside_named_distress_is_low(text: str) -> None:
    assert screen(text).level is LOW


@pytest.mark.parametrize(
    "text",
    [
        "algun dia",
        "alguna vez",
        "a new skill",
        "a change of plan",
        "the deadline",
        "pharmacy",
        "europe",
        "always to",
    ],
)
def test_risk_words_are_whole_words(text: str) -> None:
    assert RISK_WORDS.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "a gun",
        "a shotgun",
        "killing",
        "painkillers",
        "dead",
        "hanging",
        "self harm",
        "selfharm",
        "how many",
        "the bridge",
        "a rope",
        "3 boxes",
    ],
)
def test_risk_words_still_match(text: str) -> None:
    assert RISK_WORDS.search(text) is not None
