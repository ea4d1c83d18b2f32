"""rules-1.14 (fa): everyday English the screen over-read at high or imminent.

EVERYDAY: each screened moderate or above on main (1f75be3) -- most at high or imminent --
and now stays below moderate: the last message before bed or a flight, a rope for the
hammock, "tonight's the night he proposes", the day's meds taken, a will sorted, a photo
walk over a bridge (patterns.yaml `(?#fa14)` idioms; screen._ORDINARY_SCENE).
RISKY: the same shapes with a farewell, a means, finality or intent keep the level they had
on main. A passive wish not to wake is moderate, exactly (DESIGN.md levels table). After
the writer's talk of risk the everyday readings do not apply (screen._fa_not_ordinary).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

# (text, level on main): each was moderate or above on main.
EVERYDAY = [
    ("this is my last message before i go to bed", "imminent"),
    ("this is my last message before bed, night all", "imminent"),
    ("this is my last message tonight, i'm shattered, speak tomorrow", "imminent"),
    ("ok this is my last message before i log off", "imminent"),
    ("this is my last text before my phone dies, charger's at home", "imminent"),
    ("this is my last message before my shift starts, wish me luck", "imminent"),
    ("this is my last message before the flight, boarding now", "imminent"),
    ("this is my last message till monday, going camping with no signal", "imminent"),
    ("last message before i head to work, have a good day", "high"),
    ("this is the last message i'll send before the meeting, will update after", "imminent"),
    ("this was my last message to him before we broke up, and i'm fine with it", "imminent"),
    ("this is my last post on this account, moving to my new one", "imminent"),
    ("i'm giving away my things to charity before we downsize", "imminent"),
    ("i'm getting my affairs in order: bills, car insurance, passport renewal", "imminent"),
    ("i bought a rope to hang the hammock", "imminent"),
    ("i bought a rope to tie the kayak onto the roof rack", "imminent"),
    ("i got a gun for the paintball party", "imminent"),
    ("i bought a water gun for the kids", "high"),
    ("tonight's the night he proposes", "imminent"),
    ("tonight is the night! the final is on at 8", "imminent"),
    ("tonight's the night i finally tell her i like her", "imminent"),
    ("i've decided tonight is the night i cook a proper roast", "imminent"),
    ("i'm finally doing it tonight, signing up for the marathon", "imminent"),
    ("took all my meds this morning", "high"),
    ("i took all my tablets today, finally remembering every dose", "imminent"),
    ("i took all my morning meds and went for a walk", "imminent"),
    ("i took all the pills the dentist gave me and my tooth is better", "imminent"),
    ("i took my pills this morning before work", "high"),
    ("i took my tablets on time all week", "high"),
    ("i've got all my pills sorted in the weekly box", "imminent"),
    ("i picked up my pills from the pharmacy after work", "high"),
    ("my plan is the pills my doctor gave me for my back", "high"),
    ("i went to the bridge and took photos of the river", "high"),
    ("walked over the bridge to the market this morning", "high"),
    ("my dad slammed the door and went to the garage", "high"),
    ("i'm sitting in the car in the garage waiting for the rain to stop", "high"),
    ("sorted my will today", "high"),
    ("i updated my will and my pension forms this afternoon", "high"),
    ("i've got it all planned for tonight, candles, dinner, the ring", "high"),
    ("i'm ready to go, just waiting for the taxi to the airport", "high"),
    ("said my goodbyes at the leaving do, going to miss them", "high"),
    ("i'm going to the river to feed the ducks", "high"),
    ("i'm going to bed and not waking up until noon", "moderate"),
    ("i could sleep forever after that hike lol", "moderate"),
    ("i slept like the dead last night", "moderate"),
    # written after the rules above, as a check on the families
    ("my last message before lights out at camp", "imminent"),
    ("last message from me tonight, early start tomorrow, night x", "imminent"),
    ("this is my last message before my train leaves, will text when i'm home", "imminent"),
    ("tonight's the night we open the restaurant", "imminent"),
    ("tonight is the night my team plays in the cup final", "high"),
    ("i've taken all my prescribed meds today", "imminent"),
    ("i'm doing it tomorrow, booking the flights to see my gran", "imminent"),
    ("i've got everything ready for the party tomorrow, balloons and cake", "high"),
]


@pytest.mark.parametrize(("text", "on_main"), EVERYDAY)
def test_everyday_stays_below_moderate(text: str, on_main: str) -> None:
    assert RiskLevel(on_main).rank >= RiskLevel.MODERATE.rank
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


# The same shapes with risk: (text, level on main, kept).
RISKY = [
    ("this is my last message. goodbye everyone", "imminent"),
    ("this is my last message before i go. tell my mum i love her", "imminent"),
    ("this is my last message before i do it", "imminent"),
    ("this is my last message before i go to sleep forever", "imminent"),
    ("this is my last message before bed and then i'm taking the pills", "imminent"),
    ("this is my last message before i log off for good", "imminent"),
    ("this is my last message before the train comes", "imminent"),
    ("this is my last text before my phone dies, and so will i", "imminent"),
    ("this is my last message before bed. i won't wake up", "imminent"),
    ("i bought a rope today, tonight is the night", "imminent"),
    ("i bought a rope to hang myself", "imminent"),
    ("i bought a rope to hang from the beam in the garage", "imminent"),
    ("i got a gun and i'm going to use it on myself", "imminent"),
    ("tonight is the night i end it", "imminent"),
    ("tonight is the night. goodbye everyone", "imminent"),
    ("tonight is the night, nobody will miss me", "imminent"),
    ("tonight's the night he proposes, but i won't be there, i'm ending it", "imminent"),
    ("i'm doing it tonight, i can't go on", "imminent"),
    ("i took all my meds at once an hour ago", "imminent"),
    ("i just took all my pills, i'm sorry", "imminent"),
    ("took all my meds this morning, all of them at once, i want to die", "imminent"),
    ("i've taken all my meds and i'm getting sleepy", "imminent"),
    ("i took all my sleeping pills", "imminent"),
    (
        "sorted my will today, and i've written letters to my kids. i won't be here by friday",
        "imminent",
    ),
    (
        "i'm getting my affairs in order so my family has nothing to deal with when i'm gone",
        "imminent",
    ),
    ("giving away all my stuff, i won't need it where i'm going", "imminent"),
    ("i'm standing on the bridge and i'm going to jump", "imminent"),
    ("i want to go to sleep and never wake up, i have the pills ready", "imminent"),
    ("i want to go to sleep and never wake up, tonight i'll make sure of it", "high"),
    ("i'm in the garage with the car running", "high"),
    ("i'm sitting in the car in the garage waiting for my family to fall asleep", "high"),
    ("sat in the car in the garage waiting for my nerve", "moderate"),
    ("my plan is the pills my doctor gave me, all of them tonight", "high"),
    ("my dad slammed the door and went to the garage, i'm scared he'll hurt me", "high"),
    ("i'm going to the river to drown myself", "high"),
    ("i could sleep forever and never wake up again, i'm so tired of living", "moderate"),
    ("this is my last message before i jump in the river", "imminent"),
    ("this is my last message before the train. see you on the other side", "imminent"),
    # risk before the everyday words: the idioms look only ahead (screen._fa_not_ordinary)
    ("i'm so sorry mum. this is my last message before bed", "imminent"),
    ("nobody will miss me. this is my last message before i go to sleep", "imminent"),
    ("i'm done with everything. this is my last message before bed", "imminent"),
    ("i want to die. this is my last message before i log off", "imminent"),
    ("i want to die. i bought a rope to hang the hammock", "imminent"),
    ("everyone would be better off without me. took all my meds this morning", "high"),
]


@pytest.mark.parametrize(("text", "on_main"), RISKY)
def test_the_same_shapes_with_risk_keep_their_level(text: str, on_main: str) -> None:
    assert screen(text).level.rank >= RiskLevel(on_main).rank


# DESIGN.md: "I wish I could sleep and not wake up" is a passive death wish, moderate. Each
# was high on main (the classifiers beside the pattern's moderate).
PASSIVE = [
    "i want to go to sleep and never wake up",
    "i'd like to go to sleep and not wake up",
    "i want to sleep and never wake up again",
]


@pytest.mark.parametrize("text", PASSIVE)
def test_a_passive_wish_not_to_wake_is_moderate(text: str) -> None:
    assert screen(text).level is RiskLevel.MODERATE


FILM = ["we just watched a horror film, it was so scary", "That sounds intense! Are you safe?"]


@pytest.mark.parametrize(
    "answer", ["no lol, the clown is still under my bed", "nope, the nun is watching me lol"]
)
def test_a_film_chats_no_is_not_a_crisis(answer: str) -> None:
    # high on main
    assert screen(answer, context=FILM).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    ("context", "answer"),
    [
        (FILM, "no"),
        (FILM, "no, the nun is making me want to kill myself"),
        (["i want to kill myself", "Are you safe?"], "no lol, the clown is still under my bed"),
    ],
)
def test_a_bare_no_or_risk_after_the_film_stays_high(context: list[str], answer: str) -> None:
    assert screen(answer, context=context).level.rank >= RiskLevel.HIGH.rank


RISK_BEFORE = ["i want to die, i can't do this anymore"]


@pytest.mark.parametrize(
    ("text", "on_main"),
    [
        ("this is my last message before i go to bed", "imminent"),
        ("i bought a rope to hang the hammock", "imminent"),
        ("tonight's the night he proposes", "imminent"),
        ("took all my meds this morning", "high"),
        ("sorted my will today", "high"),
        ("i went to the bridge and took photos of the river", "high"),
    ],
)
def test_after_talk_of_risk_the_everyday_reading_does_not_hold(text: str, on_main: str) -> None:
    assert screen(text, context=RISK_BEFORE).level.rank >= RiskLevel(on_main).rank
