"""rules-1.9 (active ideation and method-seeking): English high messages the screen put at
moderate or below -- active suicidal ideation said indirectly ("i don't plan on being around
much longer", "i've decided i'm done with living", "every night i think about walking into the
sea", "i'd do it if i had the guts", "one day i'll actually do it", "i might do something stupid
to myself"), method questions in disguise (for a story, a roof to get onto, "is it true you
can't feel anything if", "would it hurt", which is quicker, looking like an accident) and
"thinking about commiting / unaliving" as the whole message.

Every positive below screened below high on main before this branch (the level on main is in
the comment after it; checked with a probe of 200 risky messages (185 high, 15 passive moderate)
and 146 twins: 37 misses on main, 0 after). The twins share the words and must stay below
moderate (TWINS_NONE: exactly none). Passive wishes ("i wish i wasn't here", "sometimes i wish
i could just not wake up") stay moderate (PASSIVE). The phrasings are written for these tests;
no row of the data files or of the regression sets is copied, and no method detail, dose or
place appears."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HIGH = RiskLevel.HIGH.rank
MODERATE = RiskLevel.MODERATE.rank

# (message, category it must carry)  # level on main
POSITIVES = [
    ("i dont plan on being around much longer", "suicidal_ideation"),  # main: moderate
    ("i don't plan to be around much longer", "suicidal_ideation"),  # main: moderate
    ("not planning on being around much longer tbh", "suicidal_ideation"),  # main: moderate
    ("i've decided i'm done with living", "suicidal_ideation"),  # main: moderate
    ("i decided im done with this life", "suicidal_ideation"),  # main: moderate
    ("i want out. for good", "suicidal_ideation"),  # main: low
    ("every night i think about walking into the sea", "suicidal_ideation"),  # main: moderate
    (
        "every night i think about walking into the ocean and not coming back",
        "suicidal_ideation",
    ),  # main: moderate
    ("i keep thinking about walking into traffic", "suicidal_ideation"),  # main: moderate
    ("id do it if i had the guts", "suicidal_ideation"),  # main: moderate
    ("i would end it if i wasnt such a coward", "suicidal_ideation"),  # main: moderate
    ("i dont think ill be here by christmas", "suicidal_ideation"),  # main: moderate
    ("one day i'll actually do it", "suicidal_ideation"),  # main: none
    ("i think about jumping every time im on a bridge", "suicidal_ideation"),  # main: moderate
    ("thinking about overdosing again", "suicidal_ideation"),  # main: moderate
    ("every time i see pills i think about taking them all", "suicidal_ideation"),  # main: moderate
    ("i'm done. with everything. with living", "suicidal_ideation"),  # main: low
    ("im finished with living", "suicidal_ideation"),  # main: none
    ("i feel like im going to do something to myself", "suicidal_ideation"),  # main: moderate
    ("i might do something stupid to myself", "suicidal_ideation"),  # main: moderate
    ("for a story i'm writing, what's the quickest way", "method_seeking"),  # main: low
    (
        "writing a story, what would be the quickest way for my character to kill herself",
        "method_seeking",
    ),  # main: none
    (
        "whats the tallest building in town you can get onto the roof of",
        "method_seeking",
    ),  # main: none
    ("what's the highest building around here with roof access", "method_seeking"),  # main: none
    ("which buildings in town can you get onto the roof of", "method_seeking"),  # main: none
    ("is it true that you can't feel anything if you jump", "method_seeking"),  # main: none
    ("is it true you dont feel anything if you overdose", "method_seeking"),  # main: moderate
    (
        "is it true you can't feel anything if you do it in your sleep",
        "method_seeking",
    ),  # main: none
    ("is it true that it doesnt hurt if", "method_seeking"),  # main: none
    (
        "is it true that you just fall asleep and dont wake up if you take too many",
        "method_seeking",
    ),  # main: moderate
    ("asking for a friend, would it hurt", "method_seeking"),  # main: none
    ("just wondering, does it hurt to drown", "method_seeking"),  # main: moderate
    ("curious: which is quicker, pills or jumping", "method_seeking"),  # main: none
    ("is there a way to go that looks like an accident", "method_seeking"),  # main: none
    ("how do you make it look like an accident", "method_seeking"),  # main: none
    ("thinking about commiting", "suicidal_ideation"),  # main: low
    ("thinking bout unaliving", "suicidal_ideation"),  # main: low
]

PASSIVE = [
    "i wish i wasnt here",
    "sometimes i wish i could just not wake up",
    "i wish i didnt exist",
    "wish i could go to sleep and never wake up",
    "i wish i could just stop existing",
]

TWINS_NONE = [
    "i keep thinking about ending things with my boyfriend",
    "i keep thinking about ending things with him",
    "im going to disappear for a week, going camping",
    "i dont plan on being around much longer at this party",
    "i don't plan on being around much longer at this job",
    "i want out of this job for real",
    "i want out of this group chat lol",
    "id do it if i had the guts, skydiving looks amazing",
    "i want to end things with my ex on good terms",
    "i want to end my contract early",
    "im ready to end things with him",
    "checking out for good from this gym",
    "im so close to finishing",
    "im this close to quitting my job",
    "asking for a friend, how many cookies would be too many",
    "asking for a friend how many drinks is too many on a first date",
    "asking for a friend, how many tabs is too many open",
    "for a story i'm writing, what's the quickest way from london to paris",
    "for a story im writing whats the quickest way to get a plot twist going",
    "writing a story, what would be a good name for the villain",
    "for my novel, how should the detective find the clue",
    "whats the tallest building in town with a public viewing deck",
    "what's the highest building around here with a rooftop bar",
    "which buildings in town have a rooftop restaurant",
    "is it true that you can't feel anything if your foot falls asleep",
    "is it true you dont feel anything when they numb your tooth",
    "is it true that it doesnt hurt to get a tattoo on your arm",
    "is it true you just fall asleep after a big turkey dinner",
    "just curious, how many would fit in the car",
    "random question how much would be a good tip",
    "as a pharmacist, what's the max safe daily dose of paracetamol for adults",
    "nurse here, what's the safe dose range for ibuprofen in kids",
    "how many of my vitamins can i take a day safely",
    "how many of these gummies would be too many for a kid",
    "just wondering, does it hurt to get your ears pierced",
    "how long does it take to bake bread",
    "curious: which is quicker, train or bus",
    "whats the least painful way to remove a plaster",
    "how do you make it look like an accident when you spill coffee on purpose lol",
    "is there a way to go that avoids the toll road",
    "i want to kill my sister for eating my fries lol",
    "i wanna dye my hair blue",
    "i want to commit to the gym this year",
    "thinking about committing to a bootcamp",
    "i'm going to delete my instagram",
    "wanna rope in some friends for the move",
    "thinking of roping my brother into helping",
    "i want to yeet this laptop out the window",
    "i want to end my shift early",
    "i want to end it with him",
    "i want to disappear into a book all weekend",
    "i wish i wasnt here at work",
    "i'm gonna do it one day, learn to surf",
    "one day i'll actually do it and move to japan",
    "i think about jumping every time i watch skydiving videos, so cool",
    "im finished with the book",
    "i've made up my mind, i'm ending my lease",
    "i intend to end the meeting early",
    "i plan to end my career at 60",
    "i'm seriously thinking of ending my gym membership",
    "contemplating ending my subscription",
    "seriously considering ending my lease",
    "i want out of this meeting",
    "asking for a friend, would it hurt to skip leg day",
    "does it hurt to get a tattoo on your ribs",
    "dreaming of walking into the ocean on holiday lol",
    "for a story, what's the best way to describe a sunset",
    "for my novel, what's the quickest way to travel by horse in 1800",
    "how do you make it look like an accident when you eat the last cookie",
    "i don't plan to be around much longer at this company",
    "i dont plan on being around much longer, the party is dead",
    "i dont think ill be here by christmas, moving to spain in november",
    "i might do something fun to celebrate",
    "i think about walking into the sea for a swim every morning",
    "i want out of this heatwave",
    "i want out of this meeting for good lol",
    "i'd do it if i had the guts, bungee jumping looks so fun",
    "i'm done with living paycheck to paycheck",
    "im finished with living with roommates",
    "is it true that it doesn't hurt if you ice it first",
    "is it true that you can't feel anything when they numb your gums",
    "is it true you don't feel anything if you get an epidural",
    "not planning on being around much longer in this city",
    "one day i'll actually do it, the marathon i mean",
    "someday i'll do it and visit iceland",
    "the tallest building here has roof access for the bar",
    "thinking about killing time at the mall",
    "thinking about overdosing on chocolate again lol",
    "what's the tallest building in town with a viewing deck",
    "which buildings in town let you get onto the roof for the fireworks",
    "which is quicker, the bus or the train",
]

TWINS_LOW = [
    "ive been thinking of ways to do it better at work",
    "i decided im done with social media",
    "im thinking of taking all my holidays in august",
    "i'm going to take myself out for dinner",
    "treat yourself, i'm taking myself out for coffee",
    "i might do something stupid like buy another plant",
    "hypothetically how many pizzas would it take to feed 20 people",
    "i wanna kill this exam",
    "i want to go to the sky garden",
    "i keep thinking about jumping ship to another company",
    "been researching ways to end the war in my game",
    "i keep thinking about walking into the office on monday",
    "i would do it if i had the courage, she's so cute",
    "i'm through with living like a student",
    "thinking about committing to the half marathon",
]


@pytest.mark.parametrize(("text", "cat"), POSITIVES)
def test_active_and_method_reach_high(text: str, cat: str) -> None:
    r = screen(text, "en")
    assert r.level.rank >= HIGH, (text, r.level)
    assert cat in [str(getattr(c, "value", c)) for c in r.categories], (text, r.categories)


@pytest.mark.parametrize("text", PASSIVE)
def test_passive_wish_stays_moderate(text: str) -> None:
    assert screen(text, "en").level.rank == MODERATE


@pytest.mark.parametrize("text", TWINS_NONE)
def test_twins_none(text: str) -> None:
    assert screen(text, "en").level == RiskLevel.NONE


@pytest.mark.parametrize("text", TWINS_LOW)
def test_twins_below_moderate(text: str) -> None:
    assert screen(text, "en").level.rank < MODERATE
