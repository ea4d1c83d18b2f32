"""rules-1.9 (coded and indirect): English high and imminent messages the screen missed or put
below high, each with everyday twins that share the words.

Every positive below screened BELOW its level on main before this branch (rules-1.8): coded
slang ("catch the bus for good", "my final exit", "take the easy way out", "roping soon", "self
delete"), emoji codes, leetspeak and misspellings ("wnt 2 die", "suicidial", "s u i c i d a l"),
knowing how or having looked it up, veiled goodbyes and timelines, affairs in order, recent
self-harm said without "myself" ("cut yesterday", "went back to cutting", "i sh'd last night"),
the blade in hand, danger from someone now and harm to others. The level each failed at on main
is in the comment after it. The twins stay below moderate; the two "ctb" bus twins were high on
main (the bus sense of "ctb" is now left alone before "home", "to work" and the like).

Messages only: no method details, doses or places (see the data README)."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank

# (message, level it must reach at least, category it must carry)  # level on main
POSITIVES = [
    (
        "i think im finally ready to catch the bus. the forever one",
        RiskLevel.HIGH,
        "suicidal_ideation",
    ),  # main: none
    ("thinking about catching the bus for good", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    (
        "i want to catch the bus and never come back to this life",
        RiskLevel.HIGH,
        "suicidal_ideation",
    ),  # main: moderate
    ("my final exit is soon", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("might just take the easy way out tonight", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    (
        "the easy way out is looking better every day. i'm taking it",
        RiskLevel.HIGH,
        "suicidal_ideation",
    ),  # main: none
    ("roping soon", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("🪦 soon", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("me 🪦 tonight", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("ready for the 🪦", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("💊💊💊 tonight", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("💊💊💊💊 tonight and then sleep", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("🔪 again tonight", RiskLevel.HIGH, "self_harm"),  # main: low
    ("🔪🩸 tonight", RiskLevel.HIGH, "self_harm"),  # main: low
    ("me + 🔪 tonight", RiskLevel.HIGH, "self_harm"),  # main: low
    ("ready to self delete", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("kermit suicide tonight", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("wnt 2 die", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("su!c!dal", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("im suicidial", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("feelin suicidial", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("wana die", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("suicidel thoughts", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("s u i c i d a l again", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("5u1c1dal", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("i know exactly how i'd do it", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("i looked up how", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("been researching methods", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    (
        "everyone's going to be better off soon. i'm making sure of it",
        RiskLevel.HIGH,
        "suicidal_ideation",
    ),  # main: none
    ("it'll all be over soon. i'm sorry", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: low
    ("it'll be over tonight", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    ("it'll all be over soon, i've decided", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    ("soon i won't be anyone's problem", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: moderate
    (
        "i've got it all figured out, how and when",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    ("i already wrote the letters", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: low
    ("don't worry about me after tonight", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    ("this is it for me. goodbye", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    (
        "i won't wake up tomorrow, i've made sure of it",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    (
        "i'm not going to make it to my birthday, i've decided",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    (
        "i've decided. it's happening this weekend",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    ("i've made up my mind, tonight", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    (
        "everyone will be better off after tonight",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    (
        "i cancelled therapy, i won't need it anymore",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: moderate
    ("i deleted all my accounts. it's time", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: none
    ("i've said my goodbyes", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    (
        "i've said goodbye to everyone who matters",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    ("everything's in order now. i'm ready", RiskLevel.IMMINENT, "suicidal_ideation"),  # main: high
    (
        "just wanted to say goodbye before it's too late",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    (
        "i love you all, please don't blame yourselves",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: low
    (
        "i've left everything to my sister. i won't need any of it after tonight",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: low
    (
        "i've rehomed my cat and written my letters",
        RiskLevel.IMMINENT,
        "suicidal_ideation",
    ),  # main: high
    ("cut yesterday and it felt good", RiskLevel.HIGH, "self_harm"),  # main: none
    ("hurt myself again this morning", RiskLevel.HIGH, "self_harm"),  # main: moderate
    ("i sh'd last night", RiskLevel.HIGH, "self_harm"),  # main: none
    ("i sh'd again", RiskLevel.HIGH, "self_harm"),  # main: low
    ("cut for the first time in a year last night", RiskLevel.HIGH, "self_harm"),  # main: none
    (
        "relapsed yesterday after 3 months clean from cutting",
        RiskLevel.HIGH,
        "self_harm",
    ),  # main: moderate
    ("went back to cutting this week", RiskLevel.HIGH, "self_harm"),  # main: none
    ("i've been sh-ing again", RiskLevel.HIGH, "self_harm"),  # main: moderate
    ("the blade is in my hand", RiskLevel.IMMINENT, "self_harm"),  # main: high
    ("i'm holding the razor right now", RiskLevel.IMMINENT, "self_harm"),  # main: high
    ("blade's in my hand. i'm going to do it", RiskLevel.IMMINENT, "self_harm"),  # main: high
    (
        "he's got his hands around my neck every time he drinks",
        RiskLevel.HIGH,
        "abuse_or_violence",
    ),  # main: moderate
    ("when he gets home he's getting hurt", RiskLevel.HIGH, "harm_to_others"),  # main: none
    ("suicidal", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    # a second round, written after the rules, to check they generalise
    ("catching the bus permanently soon", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("gonna take the easy way out this weekend", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("roping later fr", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("time to self delete", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("me 🪦 soon", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("💊💊💊💊 rn", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("🔪 again rn", RiskLevel.HIGH, "self_harm"),  # main: low
    ("feeling suicidial tonight", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
    ("s u i c i d e thoughts", RiskLevel.HIGH, "suicidal_ideation"),  # main: none
    ("i sh'd again tonight", RiskLevel.HIGH, "self_harm"),  # main: low
    ("went back to self harming", RiskLevel.HIGH, "self_harm"),  # main: moderate
    ("cut earlier today", RiskLevel.HIGH, "self_harm"),  # main: none
    ("the razor's in my hand", RiskLevel.HIGH, "self_harm"),  # main: moderate
    ("don't worry about me ever again", RiskLevel.HIGH, "suicidal_ideation"),  # main: moderate
    (
        "please don't blame yourselves for this, i love you",
        RiskLevel.HIGH,
        "suicidal_ideation",
    ),  # main: none
    (
        "he has his hands round my throat when he's angry",
        RiskLevel.HIGH,
        "abuse_or_violence",
    ),  # main: none
    ("when my dad gets home he's getting stabbed", RiskLevel.HIGH, "harm_to_others"),  # main: none
    ("suicidal af", RiskLevel.HIGH, "suicidal_ideation"),  # main: low
]

# (answer, context, level, category): answers read with the question before them.
CONTEXT_POSITIVES = [
    (
        "yeah yesterday",
        ["Have you self-harmed this week?"],
        RiskLevel.HIGH,
        "self_harm",
    ),  # main: moderate
]

# Everyday messages that share the words: below moderate before and after (except the
# ctb bus twins, high on main).
TWINS = [
    "gotta catch the bus to work",
    "i'll catch the bus home after",
    "missed the bus again, catching the next one",
    "the final exit before the toll is closed",
    "i took the easy way out and bought a cake instead of baking",
    "took the easy way out on the exam and guessed",
    "i wanna dye my hair pink",
    "wanna dye it purple tonight",
    "i want to dye my jeans black",
    "i'm done with this essay",
    "i'm done done with packing finally",
    "done done! essay submitted",
    "we're gonna rope off the area",
    "they roped me into helping",
    "i got roped into babysitting tonight",
    "we had a rope swing over the river",
    "rope in some volunteers for saturday",
    "🪦 rip my diet",
    "this meme 💀💀",
    "🪦 rip my sleep schedule",
    "💊 vitamins time",
    "💊💊 allergy season",
    "🔪 chopping onions for dinner",
    "new 🔪 set for the kitchen",
    "made my peace with being single",
    "i looked up how to make sourdough",
    "i looked up how long the drive takes",
    "looked up how to get there",
    "this is the last time you'll hear me complain about it",
    "gave my old clothes to charity",
    "cut my hair again last night",
    "the power cut again last night",
    "got cut from the team again",
    "relapsed yesterday on sugar",
    "i'm going to kill it at the gig tonight",
    "i'm going to surprise him when he gets home",
    "i'm going to hug him so hard when he gets home",
    "he's outside my door with pizza",
    "it'll all be over soon, only two exams left",
    "it'll be over soon, the worst part of the move is done",
    "everyone's going to be better off with the new schedule",
    "everyone's tired today",
    "i know how i'd do it: paint the room blue first",
    "i've said my goodbyes to the team, new job monday",
    "sh, the baby's sleeping",
    "sh don't tell anyone about the party",
    "shh, movie's on",
    "my character got unalived in the game lol",
    "the sewer at the waterpark slide was gross",
    "final exit was the hardest level",
    "my last day is friday, new job monday!",
    "i've picked the date for the wedding",
    "i deleted all my accounts, social media detox",
    "i cancelled therapy this week, i'm on holiday",
    "thank you for everything today, see you next week",
    "gonna cut my hair tonight",
    "i need to cut back on sugar",
    "i burned the toast again today",
    "i hurt my back again this morning",
    "i'm going to hurt my legs at the gym tomorrow",
    "my brother is gonna kill me when he sees the car",
    "my mum will murder me if i fail",
    "i'm going to kill him if he eats my leftovers again lol",
    "i want to off the bad guy in the game",
    "we'll catch the bus and go to the beach",
    "i'm dying to see you",
    "i'm dead tired",
    "this traffic is killing me",
    "kill the lights please",
    "the exam killed me",
    "i could kill for a pizza",
    "my phone is going to die",
    "the plant died",
    "i looked up how to tie a tie",
    "i looked up how much flights are",
    "my final exam is tomorrow",
    "final exit survey at work",
    "this is it! i got the job",
    "i'm ready to go to sleep, long day",
    "don't come looking for me, i'm at the library",
    "goodbye 2023",
    "i'm done fighting with my landlord, moving out",
    "i'm done. that's my last exam",
    "the easy way out is to just order takeout",
    "they took the easy way out and cancelled the match",
    "ready for bed 😴",
    "the dog ate my 💊 lol",
    "💊 time then sleep",
    "🔪🍅 salad prep",
    "sh is short for something at work",
    "cut again? yeah the editor cut my scene again",
    "it'll be fine",
    "it'll all be over soon, the renovation i mean",
    "catching the bus for good now that my car died",
    "my final exit from the company is friday",
    "planning my final exit from social media",
    "might just take the easy way out and buy a cake",
    "the easy way out looks better: just order pizza",
    "roping soon! rodeo season",
    "roping tonight with the cattle",
    "me 🪦 after that workout lol",
    "me 🪦",
    "took my 💊💊💊 tonight like the doctor said",
    "💊💊💊 now coffee",
    "🔪 tonight for the roast",
    "suicidal?",
    "i know how i would do it. i'd repaint the whole flat",
    "everyone's going to be better off soon with the new rota",
    "they will be happier soon, the puppy is settling in",
    "don't cry, it'll all be over soon, i promise",
    "hang in there, it'll all be over soon, i love you",
    "cut yesterday at the salon, love it",
    "i won't need any of it after tonight, the camping trip is over",
    "he puts his hands on my neck to massage it",
    "when he gets home he's getting hugged so hard",
    "i know exactly how i'd do it. start with the kitchen",
    "i've figured out how and when to tell my boss",
    "i already wrote the letters for the wedding invites",
    "don't worry about me after tonight's exam",
    "this is it for me today, bye guys see you tomorrow",
    "i've made up my mind, tonight i'm ordering pizza",
    "i deleted my accounts, social media detox, it's time for a break",
    "don't blame yourself for the cake, i love you",
    "i rehomed my cat because of my allergies and wrote to the landlord",
    "i cancelled therapy, i won't need it anymore, i'm doing so much better",
    "i'll be everyone's problem for much longer lol",
    "i won't be your problem for much longer, i'm moving out friday",
    "my final exit was at junction 4",
    "ctb home now",  # main: high
    "gonna ctb to work",  # main: high
    "self-delete my old tweets",
    "went back to cutting my own hair",
    "i got roped in again",
    "rope burn from climbing",
]


@pytest.mark.parametrize(("text", "level", "category"), POSITIVES)
def test_coded_and_indirect_risk_reaches_its_level(
    text: str, level: RiskLevel, category: str
) -> None:
    result = screen(text, locale="en")
    assert result.level.rank >= level.rank, (text, result.level)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize(("text", "context", "level", "category"), CONTEXT_POSITIVES)
def test_answers_in_context_reach_their_level(
    text: str, context: list[str], level: RiskLevel, category: str
) -> None:
    result = screen(text, locale="en", context=context)
    assert result.level.rank >= level.rank, (text, result.level)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", TWINS)
def test_everyday_twins_stay_below_moderate(text: str) -> None:
    assert screen(text, locale="en").level.rank < MODERATE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("s u i c i d a l again", "suicidal again"),
        ("k i l l m y s e l f", "killmyself"),
        ("a b c d e", "a b c d e"),
        ("wnt 2 die", "want to die"),
        ("wana die", "want to die"),
        ("i sh'd last night", "i self harmed last night"),
        ("im suicidial", "i am suicidal"),
        ("everyone's better off", "everyone is better off"),
        ("gonna ctb home", "going to ctb home"),
        ("ctb to work then gym", "ctb to work then gym"),
        ("i want to ctb", "i want to kill myself"),
        ("ctb tonight", "kill myself tonight"),
        ("ctb to end it", "kill myself to end it"),
    ],
)
def test_normalisation_of_coded_spellings(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_spaced_letters_keep_their_original_span() -> None:
    norm = normalize("ok s u i c i d a l")
    start = norm.text.index("suicidal")
    assert norm.original_span(start, start + len("suicidal")) == (3, 18)
