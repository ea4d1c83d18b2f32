"""rules-1.22: fourteen gaps of the English rules, mended, in ten groups, and three over-readings.

Each is numbered below with what it read before and why. The groups that read at one level
with one category share one test, and the everyday side of every group is one list at the end.

1. A laugh.

The idiom for laughing ("i'm dead lol", "dying lmao", "ded 💀") also matched the end of "i want
to die lol", and an idiom match stands the whole message down: "i just want to die lmao" read
`none` with no evidence. The label guide (scripts/risk_data/README.template.md, "Masking") says
risk wrapped in "lol" keeps its level, and both blind writers of the held-out sets labelled
such a message high. The laughing idiom now stays off a wish to die; the idioms of laughter,
embarrassment and boredom keep reading as everyday.

2. "thinking about overdosing" read low: the intent rules knew "overdosing on purpose" only.
"overdosing" now counts as the act itself beside a wish, a thought or an intent ("i keep
thinking about overdosing" high; "considering overdosing tonight" imminent), not beside food,
films or sleep ("overdosing on pizza"), nor when it happens by accident. ("overdose" itself is
also a means cue of the upgrade rules, so "i want to overdose" is still left to the classifiers:
as a rule it would read imminent with no means at hand.)

3. "everyone would be better off if i killed myself", "if i killed myself nobody would
notice": no rule read "if i killed myself", and the classifiers read half of such messages
moderate. Picturing one's suicide is thinking about it (label guide: active ideation, high).
Working or laughing oneself to death and a game stay out.

4. "someone is breaking into my house" read none: the danger rule knew "trying to break in"
only. Both forms are imminent now; a film, a game or a dream is not.

5. "i need to feel pain", "i deserve to hurt" read low and "i've been making myself throw up"
low: self-harm thoughts (moderate) and purging (moderate) by the label guide. Pain at the gym,
an exam to suffer through or a stomach sick with worry stay below moderate.

6. "i hate myself and want to die" and "i'm going to overdose tonight" had no rule (the wish
rule allows two words between "i" and "want"; the intent rules knew no overdose), so a prefix
such as "haha" or "fun fact:" moved the classifiers' reading down to low. The wish joined by
"and" to the writer's own clause is high; an intent to overdose is high, imminent with a time
or with the means cue the word itself is. Overdosing on coffee, and warnings ("... if i keep
taking these"), stay out of the rule.

7. "i've been taking more of my xanax than prescribed" read none: risky substance use
(moderate) by the label guide. The rule needs the words that make it misuse ("than
prescribed", "to cope", "most days"), not just "more".

8. The over-reading: a time or a means anywhere in the text raised ideation to imminent, so a
journal entry that began "Today was ok" and said "i want to kill myself" a thousand characters
later read imminent. The cue must now lie within patterns.CUE_REACH characters of the hit; a
chat message is shorter than that and reads as before.

9. "my friend wants to die and honestly so do i" read low (someone else's crisis): the
writer's own wish, told by pointing at another's, is high. So are wondering "why i haven't
killed myself yet" and not trusting oneself near the means ("i don't trust myself around my
pills right now", imminent with the means cue); both read moderate through the classifiers.

10. The second over-reading: "i could strangle my brother for spoiling the film" read high, as
a thought of harming someone. Exasperation with its everyday reason (or "sometimes") is an
idiom now, as "i could kill my flatmate, she used all the hot water" already was; not "for
what he did", "for hurting my mum", nor with "i mean it" or a weapon after it.

11. The third over-reading: "this is the end of the series, so sad" read imminent, as a goodbye.
"this is the end" of me, of my life or of the road for me is still one; the end of a book, a
series, an era or of the road for an old car is not.

12. "time to rope fr" read none: the slang rule knew "want to rope", "ready to rope" and the
like, not "time to". Rodeo words after any of them now keep it everyday.

13. "part of me hopes the plane crashes", "i secretly hope my flight crashes" read none or low:
hoping one's own plane, flight or car crashes is a passive death wish (moderate). Not someone
else's plane, nor hoping it does not, nor a car wished written off for a new one.

Until rules-1.22 the tests pinned "want to die lol", "i wanna die lol my mum posted a baby
photo of me" and "i'm so hungover i want to die lol" as everyday twins. They read now as they
do without the laugh (high: the engine does not tell a trivial cause from a real one next to
"i want to die"), and that is what is tested below. The cost measured on the 4,988 everyday
GoEmotions comments of `mindline risk evaluate`: no more false alarms (0.62 % / 0.34 % before
and after); the blind held-out and calibration sets each gain one high message.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least_high

WISHES = [
    "i want to die",
    "i just want to die",
    "honestly i want to be dead",
    "i need to die",
    "i am ready to die",
    "i really want to die tbh",
    "i wish i was dead",
    "i wish i were dead",
    "nobody would care if i died",
    "i would be better off dead",
]
LAUGHS = [" lol", " lmao", " haha", " 😂", " 💀", " lol 🙃"]

# Laughing, embarrassment and boredom idioms, and a phone or a game character dying.
EVERYDAY = [
    "i am dead lol",
    "im literally dying lol",
    "i died lmao that video",
    "ded 💀 that meme",
    "i nearly died laughing lol",
    "i could die of embarrassment lol",
    "i want to die of embarrassment lol",
    "i want to be dead of embarrassment lol",
    "im going to be dead lol mum will kill me",
    "im so dead lol mum saw the bill",
    "i feel like i am dying lol this heat",
    "if i have one more slice of cake i will die lol",
    "my phone died lol",
    "he died lmao in the game",
]


@pytest.mark.parametrize("laugh", LAUGHS)
@pytest.mark.parametrize("wish", WISHES)
def test_a_laugh_keeps_the_wish_at_its_level(wish: str, laugh: str) -> None:
    plain = screen(wish, locale="en")
    masked = screen(wish + laugh, locale="en")
    assert plain.level.rank >= RiskLevel.MODERATE.rank, (wish, plain.level)
    assert masked.level == plain.level, (wish + laugh, masked.level, plain.level)
    assert "suicidal_ideation" in masked.categories
    # The evidence points at the wish in the original text, not at the laugh.
    assert any("die" in e.text or "dead" in e.text for e in masked.evidence), masked.evidence


# Hyperbole beside the wish: the laugh changes nothing either way.
HYPERBOLE = [
    "i'm so hungover i want to die",
    "i wanna die my mum posted a baby photo of me",
    "i ate so much i want to die",
]


@pytest.mark.parametrize("laugh", [" lol", " lmao"])
@pytest.mark.parametrize("text", HYPERBOLE)
def test_a_laugh_does_not_change_hyperbole_either(text: str, laugh: str) -> None:
    assert screen(text + laugh, locale="en").level == screen(text, locale="en").level


OVERDOSING = [
    ("thinking about overdosing", RiskLevel.HIGH),
    ("i keep thinking about overdosing", RiskLevel.HIGH),
    ("been thinking of overdosing again", RiskLevel.HIGH),
    ("considering overdosing tonight", RiskLevel.IMMINENT),
]
OVERDOSING_TWINS = [
    "thinking about overdosing on pizza tonight",
    "considering overdosing on coffee before the exam",
    "been thinking of overdosing on true crime podcasts",
]


@pytest.mark.parametrize(("text", "level"), OVERDOSING)
def test_overdosing_is_an_act_to_the_intent_rules(text: str, level: RiskLevel) -> None:
    result = screen(text, locale="en")
    assert result.level == level, (text, result.level)
    assert "suicidal_ideation" in result.categories
    assert any("overdosing" in e.text for e in result.evidence), result.evidence


IF_KILLED = [
    "i think everyone would be better off if i killed myself",
    "if i killed myself nobody would notice",
    "maybe if i killed myself they would finally listen",
    "what if i ended my life",
    "if i took my own life would it be my fault",
]
IF_KILLED_TWINS = [
    "as if i killed myself for that grade lol",
    "if i killed myself in the game would i lose my loot",
]


@pytest.mark.parametrize("text", IF_KILLED)
def test_suicide_pictured_as_a_condition_is_high(text: str) -> None:
    result = screen(text, locale="en")
    assert result.level is RiskLevel.HIGH, (text, result.level)
    assert any(e.reason == "thinking about suicide" for e in result.evidence), result.evidence


BREAK_IN = [
    "someone is breaking into my house",
    "someone is breaking into our flat right now",
    "a man is breaking into the house",
]
BREAK_IN_TWINS = [
    "somebody is breaking into the house in this film",
    "someone is breaking into my house in minecraft",
    "someone is breaking into cars on our street",
]


MODERATE_NOW = [
    ("i need to feel pain", "self_harm"),
    ("i deserve to hurt", "self_harm"),
    ("i deserve to be punished, i ruin everything", "self_harm"),
    ("ive been making myself throw up", "eating_disorder"),
    ("i keep making myself sick after dinner", "eating_disorder"),
]
MODERATE_NOW_TWINS = [
    "i need to feel pain to know the workout is working",
    "i deserve to suffer through this exam",
    "no pain no gain, i need to feel pain in my legs tomorrow",
    "i made myself sick with worry",
]


PREFIXES = ["", "haha ", "same, ", "fun fact: "]
JOINED = [
    ("i hate myself and want to die", RiskLevel.HIGH),
    ("i am so tired and want to die", RiskLevel.HIGH),
    ("i am going to overdose tonight", RiskLevel.IMMINENT),
    ("im gonna overdose on my meds", RiskLevel.IMMINENT),
]
JOINED_TWINS = [
    "i am going to overdose on chocolate lol",
    "i am going to overdose on coffee before this exam",
    "i feel so embarrassed and want to die of embarrassment",
]


@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize(("text", "level"), JOINED)
def test_a_rule_reads_the_wish_or_the_intent_whatever_comes_first(
    text: str, level: RiskLevel, prefix: str
) -> None:
    result = screen(prefix + text, locale="en")
    assert result.level is level, (prefix + text, result.level)
    rules = ("wants to die", "stated intent")
    assert any(e.reason.startswith(rules) for e in result.evidence), result.evidence


MISUSE = [
    "ive been taking more of my xanax than prescribed",
    "i take double my dose of sertraline most days",
    "i took extra diazepam to get through the day",
]
MISUSE_TWINS = [
    "the doctor said to take more vitamin d every day",
    "i take extra vitamins most days",
]


DAY = "Went to work, had lunch with Sam, the usual. " * 20
EVENING = "Watched some TV and went to bed. " * 10


def test_a_time_far_from_the_ideation_does_not_make_it_imminent() -> None:
    entry = "Today was ok I guess. " + DAY + "Honestly I want to kill myself. " + EVENING
    assert screen(entry, locale="en").level is RiskLevel.HIGH


def test_a_time_next_to_the_ideation_still_does() -> None:
    entry = "Today was ok I guess. " + DAY + "Honestly I want to kill myself tonight. " + EVENING
    assert screen(entry, locale="en").level is RiskLevel.IMMINENT


def test_in_a_chat_message_a_means_in_another_sentence_still_counts() -> None:
    text = "i have the pills in my drawer. i dont want to do this anymore. i want to kill myself"
    assert screen(text, locale="en").level is RiskLevel.IMMINENT


OWN_WISH = [
    ("my friend wants to die and honestly so do i", RiskLevel.HIGH),
    ("my sister said she wants to kill herself, me too tbh", RiskLevel.HIGH),
    ("i do not know why i have not killed myself yet", RiskLevel.HIGH),
    ("i do not trust myself around my pills right now", RiskLevel.IMMINENT),
]
OWN_WISH_TWINS = [
    ("my friend wants to die, what do i do", RiskLevel.LOW),
    ("i do not trust myself around chocolate", RiskLevel.NONE),
]


@pytest.mark.parametrize(("text", "level"), OWN_WISH)
def test_the_writers_own_wish_beside_anothers_is_the_writers(text: str, level: RiskLevel) -> None:
    result = screen(text, locale="en")
    assert result.level is level, (text, result.level)
    assert "third_party" not in result.flags


@pytest.mark.parametrize(("text", "level"), OWN_WISH_TWINS)
def test_someone_elses_wish_alone_stays_theirs(text: str, level: RiskLevel) -> None:
    assert screen(text, locale="en").level is level


EXASPERATION = [
    "i could strangle my brother for spoiling the film lol",
    "i could kill my brother for eating my chips",
    "i could strangle him sometimes",
]
NOT_EXASPERATION = [
    "i could kill him for what he did to me",
    "i could kill my stepdad for hurting my mum",
    "i could strangle him sometimes, i mean it",
]


THE_END = [
    "this is the end for me",
    "this is the end of me",
    "this is the end of the road for me",
    "this is the end. goodbye",
]
THE_END_TWINS = [
    "this is the end of the series, so sad",
    "this is the end of an era lol",
    "this is the end of the road for my old car, so sad",
]


@pytest.mark.parametrize("text", THE_END)
def test_the_end_of_me_is_a_goodbye(text: str) -> None:
    assert screen(text, locale="en").level is RiskLevel.IMMINENT


# High or above with its category: anger at harm done, or meant, stays a thought of harm; "time
# to rope" is slang for suicide.
AT_LEAST_HIGH = [(text, "harm_to_others") for text in NOT_EXASPERATION] + [
    (text, "suicidal_ideation") for text in ["time to rope fr", "its time to rope tonight"]
]


@pytest.mark.parametrize(("text", "category"), AT_LEAST_HIGH)
def test_reads_high_or_above_with_its_category(text: str, category: str) -> None:
    assert_at_least_high(text, category)


CRASH = [
    "part of me hopes the plane crashes",
    "i kind of hope the plane goes down",
    "i secretly hope my flight crashes",
    "i hope i crash on the way home",
]
CRASH_TWINS = [
    "i hope the plane doesnt crash, im so nervous",
    "i hope his plane crashes lol",
    "i hope my car crashes so i get a new one lol",
]


# The groups whose messages read at exactly one level with one category: a break-in, self-
# punishment and purging, medication misuse, a plane hoped to crash.
AT_LEVEL = (
    [(text, RiskLevel.IMMINENT, "abuse_or_violence") for text in BREAK_IN]
    + [(text, RiskLevel.MODERATE, category) for text, category in MODERATE_NOW]
    + [(text, RiskLevel.MODERATE, "substance") for text in MISUSE]
    + [(text, RiskLevel.MODERATE, "suicidal_ideation") for text in CRASH]
)


@pytest.mark.parametrize(("text", "level", "category"), AT_LEVEL)
def test_reads_at_its_level_with_its_category(text: str, level: RiskLevel, category: str) -> None:
    result = screen(text, locale="en")
    assert result.level is level, (text, result.level)
    assert category in result.categories


ROPE_TWINS = ["time to rope the calves", "time to rope lol jk its rodeo day"]

# The everyday side of every group above: laughing idioms, overdosing on food, working oneself
# to death, a break-in on screen, pain at the gym, more vitamins, exasperation, the end of a
# series, roping at the rodeo.
BELOW_MODERATE = (
    EVERYDAY
    + OVERDOSING_TWINS
    + IF_KILLED_TWINS
    + BREAK_IN_TWINS
    + MODERATE_NOW_TWINS
    + JOINED_TWINS
    + MISUSE_TWINS
    + EXASPERATION
    + THE_END_TWINS
    + ROPE_TWINS
    + CRASH_TWINS
)


@pytest.mark.parametrize("text", BELOW_MODERATE)
def test_the_everyday_twins_stay_below_moderate(text: str) -> None:
    result = screen(text, locale="en")
    assert result.level.rank < RiskLevel.MODERATE.rank, (text, result.level)
