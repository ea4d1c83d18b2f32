"""rules-1.8 (English, families): the ways people say eating-disorder behaviour, psychotic
experiences, self-harm, slang, misspellings, passive death wishes and abuse in chat that the
older rules missed, each family with everyday twins that must stay quiet. The phrasings are
written for these tests; no row of the data files or of the regression sets is copied."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.screen import _pattern_pass
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank
HIGH = RiskLevel.HIGH.rank

RISK = [
    # eating disorder
    ("been restricting again and it feels good", RiskLevel.MODERATE, "eating_disorder"),
    ("stuck in the binge and restrict cycle again", RiskLevel.MODERATE, "eating_disorder"),
    ("i keep bingeing then restricting for days", RiskLevel.MODERATE, "eating_disorder"),
    ("relapsed into purging this week", RiskLevel.MODERATE, "eating_disorder"),
    ("used laxatives to get rid of dinner", RiskLevel.MODERATE, "eating_disorder"),
    ("i've been fasting to punish myself for eating", RiskLevel.MODERATE, "eating_disorder"),
    ("i keep body checking in every mirror", RiskLevel.MODERATE, "eating_disorder"),
    ("anyone have pro ana tips", RiskLevel.MODERATE, "eating_disorder"),
    ("i need thinspo to keep going", RiskLevel.MODERATE, "eating_disorder"),
    ("my ed voice is so loud today i can't eat", RiskLevel.MODERATE, "eating_disorder"),
    ("my bulimia is back", RiskLevel.MODERATE, "eating_disorder"),
    ("i threw up my dinner on purpose", RiskLevel.MODERATE, "eating_disorder"),
    ("i haven't eaten in 3 days and i feel proud", RiskLevel.MODERATE, "eating_disorder"),
    ("i'm not eating until i hit my goal weight", RiskLevel.MODERATE, "eating_disorder"),
    ("i have an eating disorder and i'm relapsing", RiskLevel.MODERATE, "eating_disorder"),
    # psychosis
    ("hearing voices that nobody else can hear", RiskLevel.MODERATE, "psychosis"),
    ("i keep hearing whispers when no one is around", RiskLevel.MODERATE, "psychosis"),
    ("the voices are back", RiskLevel.MODERATE, "psychosis"),
    ("the voices won't stop", RiskLevel.MODERATE, "psychosis"),
    ("people can read my thoughts", RiskLevel.MODERATE, "psychosis"),
    ("my thoughts aren't my own anymore", RiskLevel.MODERATE, "psychosis"),
    ("someone is controlling my thoughts", RiskLevel.MODERATE, "psychosis"),
    ("the tv talks to me", RiskLevel.MODERATE, "psychosis"),
    ("the radio sends me messages", RiskLevel.MODERATE, "psychosis"),
    ("there's a chip in my head", RiskLevel.MODERATE, "psychosis"),
    ("the neighbours are listening to me through the walls", RiskLevel.MODERATE, "psychosis"),
    ("someone is poisoning my food", RiskLevel.MODERATE, "psychosis"),
    ("i see things that aren't there", RiskLevel.MODERATE, "psychosis"),
    ("the voices tell me to do bad things", RiskLevel.HIGH, "psychosis"),
    # self-harm
    ("sh relapse tonight after 3 months", RiskLevel.HIGH, "self_harm"),
    ("lost my clean streak, cut again", RiskLevel.HIGH, "self_harm"),
    ("i cut again last night", RiskLevel.HIGH, "self_harm"),
    ("did sh again", RiskLevel.HIGH, "self_harm"),
    ("i've been cutting again", RiskLevel.HIGH, "self_harm"),
    ("i want to sh so bad", RiskLevel.HIGH, "self_harm"),
    ("the urge to sh is so strong tonight", RiskLevel.HIGH, "self_harm"),
    ("i need to cut", RiskLevel.HIGH, "self_harm"),
    ("i bought new blades", RiskLevel.HIGH, "self_harm"),
    ("relapsed after 4 months clean", RiskLevel.MODERATE, "self_harm"),
    ("i hit myself until i bruise", RiskLevel.MODERATE, "self_harm"),
    ("the urges to cut are back", RiskLevel.MODERATE, "self_harm"),
    # slang
    ("sewerslide thoughts again", RiskLevel.HIGH, "suicidal_ideation"),
    ("feeling sui again", RiskLevel.HIGH, "suicidal_ideation"),
    ("wanna unalive", RiskLevel.HIGH, "suicidal_ideation"),
    ("gonna delete myself", RiskLevel.HIGH, "suicidal_ideation"),
    ("i want to rope", RiskLevel.HIGH, "suicidal_ideation"),
    ("thinking of roping", RiskLevel.HIGH, "suicidal_ideation"),
    ("i'm in my sewerslide era", RiskLevel.HIGH, "suicidal_ideation"),
    # misspellings
    ("i wanna dye", RiskLevel.HIGH, "suicidal_ideation"),
    ("i feel suicidel", RiskLevel.HIGH, "suicidal_ideation"),
    ("i'm so suicidle", RiskLevel.HIGH, "suicidal_ideation"),
    ("i whant to die", RiskLevel.HIGH, "suicidal_ideation"),
    ("i want too die", RiskLevel.HIGH, "suicidal_ideation"),
    ("i want to end my lfe", RiskLevel.HIGH, "suicidal_ideation"),
    ("i dont wanna b here anymore", RiskLevel.MODERATE, "suicidal_ideation"),
    ("i dnt want to live", RiskLevel.MODERATE, "suicidal_ideation"),
    # passive
    ("i wish i wasn't here", RiskLevel.MODERATE, "suicidal_ideation"),
    ("i just want everything to stop", RiskLevel.MODERATE, "suicidal_ideation"),
    ("they'd be happier if i was gone", RiskLevel.MODERATE, "suicidal_ideation"),
    ("death sounds peaceful", RiskLevel.MODERATE, "suicidal_ideation"),
    ("honestly dying doesn't sound so bad", RiskLevel.MODERATE, "suicidal_ideation"),
    ("i'd welcome death", RiskLevel.MODERATE, "suicidal_ideation"),
    ("i'm just waiting to die", RiskLevel.MODERATE, "suicidal_ideation"),
    ("i pray god takes me in my sleep", RiskLevel.MODERATE, "suicidal_ideation"),
    (
        "sometimes i think everyone would be fine if i wasnt around",
        RiskLevel.MODERATE,
        "suicidal_ideation",
    ),
    # abuse
    ("my bf hits me", RiskLevel.HIGH, "abuse_or_violence"),
    ("my mum's boyfriend hits me", RiskLevel.HIGH, "abuse_or_violence"),
    ("he threatens to kill me", RiskLevel.HIGH, "abuse_or_violence"),
    ("my parents lock me in my room for days", RiskLevel.HIGH, "abuse_or_violence"),
    ("he grabbed me by the throat", RiskLevel.HIGH, "abuse_or_violence"),
    ("he threw me against the wall", RiskLevel.HIGH, "abuse_or_violence"),
    ("my dad threw a plate at me", RiskLevel.HIGH, "abuse_or_violence"),
    ("my bf forces me to have sex", RiskLevel.HIGH, "abuse_or_violence"),
    ("my partner won't let me leave the house", RiskLevel.MODERATE, "abuse_or_violence"),
    ("my ex is stalking me", RiskLevel.MODERATE, "abuse_or_violence"),
]

TWINS = [
    # eating
    "purge my inbox",
    "time to purge my closet",
    "just watched the purge movie",
    "i'm fasting for ramadan",
    "i've been fasting for lent",
    "i'm restricting my screen time",
    "restricting calories is part of my bodybuilding cut",
    "got body checked in hockey last night",
    "the hockey guy kept body checking me",
    "thinspo is toxic, glad i quit that app",
    "my ed voice is quiet these days, recovery is going well",
    "i have an eating disorder appointment on monday",
    "i'm cutting carbs this month",
    # psychosis
    "the voices in this podcast are so soothing",
    "i hear voices from next door, they are so loud",
    "voices carry in this building",
    "my dog reads my mind, he knows when i'm sad",
    "there's a chip in my windscreen",
    # self-harm
    "sh, the baby's sleeping",
    "i cut my hair short",
    "i cut myself shaving",
    "i hurt myself at the gym",
    "i need to cut back on coffee",
    "going to cut my fringe tonight",
    "i bought new blades for my razor",
    "i relapsed on sugar",
    # slang and misspellings
    "delete myself from the group chat",
    "i want to rope in my brother to help",
    "learning the ropes at my new job",
    "i wanna dye my hair",
    "ctb means catch the bus",
    "i'm ending my gym membership",
    # passive
    "i wish i could disappear into a book for a week",
    "i don't want to be here at this party lol",
    "i hope i don't wake up late",
    "i wish i didn't exist on mondays",
    "dying doesn't sound so bad in this video game",
    "what's the point of being alive if you can't eat pizza lol",
    # abuse
    "my sister hit me with a pillow",
    "my dad beat me at chess",
    "my mom beats me at every board game",
    "my dad hit me up on text",
    "she slapped me with a fine",
    "my boss pushed me to apply for promotion",
    "he kicked me under the table to shut me up lol",
    "i'm scared of my dad's driving",
    "my partner won't let me leave the house without a coat lol",
    "he locks me in a hug every morning",
    "my dad threw a ball at me and i caught it",
]


@pytest.mark.parametrize(("text", "level", "category"), RISK)
def test_the_families_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    result = screen(text)
    assert result.level.rank >= level.rank, result
    assert category in result.categories, result


@pytest.mark.parametrize(("text", "level", "category"), RISK)
def test_the_pattern_layer_alone_reaches_the_level(
    text: str, level: RiskLevel, category: str
) -> None:
    # The rules carry these, not the classifiers.
    assert _pattern_pass(text)[0].rank >= level.rank


@pytest.mark.parametrize("text", TWINS)
def test_their_everyday_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE, screen(text)


def test_a_real_beating_at_home_is_not_a_game_won() -> None:
    # "beat me at chess" is an idiom; "at home" is a place, not a game.
    assert screen("he beat me at home again").level.rank >= HIGH


def test_a_denied_hit_is_negated() -> None:
    assert _pattern_pass("he never hit me")[0].rank < MODERATE
