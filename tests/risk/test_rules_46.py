"""rules-1.38: the misses of review round 21 (four briefs: messages mangled by autocorrect and
dictation; gamers and streamers; LGBTQ+ writers; athletes and fitness culture), once round 22 was
written to be the blind one.

"cutting right now and it will not stop bleeding period help period", "sitting on the trucks ...
*tracks", "going afk forever", "uninstalling life.exe at midnight", "standing on the bridge right
now. gg wp everyone", a doxxed address with "see you soon", "this is my last lap", the tramadol
saved since the op; round 21's everyday messages read moderate or above (a duo's quoted "i wish i
could just not exist", "i am deceased. bury me in it" at an outfit, a teammate self-harm free
for three years). What rules-1.37 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.37: none
    (
        (
            "i used to shut myself in high school *cut, autocorrect hates that "
            "word. anyway 3 years clean this month and im proud of it"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.37: low
    (
        (
            "its been a year since my over dose attempt (the split is autocorrect "
            "not me lol) and im doing so much better now"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    ("whats the highest fridge near me *bridge", HIGH, "method_seeking"),
    # rules-1.37: moderate
    (
        (
            "drinking till i pass out most nights and honestly dont care if i dont "
            "wake up. sorry if this is mess im drunk now"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.37: moderate
    (
        (
            "burned my arm with the lighted again tonight *lighter, on purpose, "
            "it's the second time this week"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.37: none
    ("cutting right now and it wont stop bleeding period help period", IMMINENT, "self_harm"),
    # rules-1.37: low
    (
        "sitting on the trucks by my house *tracks waiting for the next one",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        (
            "going to dye my hair tonight *die. it wasnt autocorrect, i just "
            "couldnt type it. ive got the pills out on the bed"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        (
            "skipped eating all day again so the cosplay fits for the con, third "
            "day in a row. its fine its only til saturday"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.37: low
    (
        (
            "my ex used to go through all my discord dms and make me leave servers "
            "he didn't like. we split last year but i still flinch every time my "
            "phone buzzes"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.37: low
    (
        ("if a meteor hit my apartment mid raid i genuinely wouldn't be mad lol. gg i guess"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        (
            "been taking extra of my adhd meds so i can grind 20 hour days for the "
            "world first race. ran out a week early lol"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.37: none
    (
        (
            "whats the highest fall a real person could survive vs definitely not? "
            "asking for a game physics video lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.37: moderate
    (
        (
            "someone doxxed me and dropped my address in chat with 'see you soon'. "
            "now theyre sending me photos of my street"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.37: moderate
    (
        ("the voices in the static of my headset told me to hurt myself if i lose the next match"),
        HIGH,
        "psychosis",
    ),
    # rules-1.37: moderate
    (
        (
            "my stepdad smashed my monitor and said next time it's my head if he "
            "catches me streaming again"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.37: moderate
    (
        (
            "going afk forever. pills are next to my keyboard, just waiting for "
            "this queue to pop one last time"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        ("rope's up in the closet. uninstalling life.exe at midnight, no more lives left"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: high
    (
        (
            "the voice says i have to finish the level by jumping and i think im "
            "going to listen this time. im at the window"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.37: low
    (
        (
            "my teammate said he was coming over to settle it and just texted a "
            "pic of a knife. i can hear him in the hallway now"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.37: high
    (
        "gonna end it after this match. tell my duo he was the realest one",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        "standing on the bridge rn. gg wp everyone, touch grass for me",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        (
            "did 2 hours on the treadmill after pizza with the group. have to stay "
            "flat and lean or i'll look like a girl again"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.37: none
    (
        (
            "my girlfriend reads all my messages and says nobody else would ever "
            "want a trans girl like me. she's never hit me, it's just... a lot"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.37: moderate
    (
        (
            "honestly at parties i just take whatever anyone hands me. if i don't "
            "wake up from one of them, fine, at least i won't have to go back to "
            "that house"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.37: moderate
    (
        (
            "my uncle says he'll 'fix' me himself if i'm still like this by "
            "christmas. he did something to my cousin years ago. i live with him "
            "and i'm 16"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.37: none
    (
        (
            "my parents would honestly be better off without a queer kid ruining "
            "their reputation at church"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.37: low
    ("yeah i have them here. already counted them out on the desk", IMMINENT, "suicidal_ideation"),
    # rules-1.37: low
    (
        (
            "my ex used to threaten to out me to my boss whenever i wanted to see "
            "my friends. we split in march but my stomach still drops every time "
            "my phone buzzes"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.37: none
    (
        ("just curious lol but how high does a car park have to be for it to actually work"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.37: high
    (
        ("started burning my arm again and i'm not stopping. lighter's still in my hand"),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.37: high
    (
        (
            "3 guys followed us out of the club shouting slurs and one just "
            "punched my bf, they're still coming after us down the street and i "
            "don't know where to go"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.37: none
    (
        (
            "i'd never kill myself but some nights after the sessions with that "
            "'counsellor' my parents pay for i wish i just didn't exist"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        (
            "cutting for the weigh-in, barely eaten in four days and sat in the "
            "sauna in a bin bag last night. coach says every wrestler does it so "
            "whatever"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.37: none
    (
        (
            "every time i eat something off the plan i do an extra hour of barre "
            "and pilates to make up for it. my ballet teacher says i look 'much "
            "lighter' so it's working?"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.37: none
    (
        (
            "on my second cycle now, test and tren from a guy at the gym. mood is "
            "all over the place, snapped at my girlfriend twice this week, but no "
            "way i'm stopping before the show"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.37: none
    (
        (
            "been taking co-codamol before every match and a few more at half time "
            "so the ankle holds up. physio has no idea. can't miss the run-in"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.37: none
    (
        (
            "when i got cut from the academy at 16 i used to dig my studs into my "
            "arms. five years clean from that now, just thought you should know my "
            "history"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.37: moderate
    (
        (
            "after we lost the final i cut my thigh in the changing room showers "
            "so nobody would see. did it again last night"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.37: low
    (
        (
            "what's a way to go that would look like a training accident? don't "
            "want my family thinking i gave up"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.37: moderate
    (
        (
            "washing the painkillers down with vodka every night since the injury. "
            "if i don't wake up one morning then fine, whatever"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.37: moderate
    (
        (
            "since the last knockout there's a voice that sounds like my old "
            "trainer telling me i'm weak and i should put my head through the "
            "window"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.37: low
    (
        (
            "this is my last lap. standing on the bridge over the ring road where "
            "i used to do hill reps. notes are on the kitchen table"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: high
    (
        (
            "the voice says i have to jump off the stand to prove i'm not a fraud. "
            "i'm already up on the top tier, doing it now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.37: low
    (
        "yes. tonight, after training. the pills are already in my kit bag",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: none
    (
        (
            "been saving the tramadol the club doctor gave me since the op. taking "
            "them all after the retirement dinner tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.37: moderate
    (
        (
            "took my whole steroid stash plus the clen and most of a bottle of rum "
            "like 20 min ago, chest really tight and part of me wants it to just "
            "stop"
        ),
        IMMINENT,
        "substance",
    ),
]

OVER_READ = [
    # rules-1.37: high
    (("jumping off the high dive with the kids later, they think I'm too chicken to do it"), "en"),
    # rules-1.37: moderate
    (
        (
            "my duo keeps saying stuff like 'i wish i could just not exist' in vc. "
            "it's been weeks and im really worried about him"
        ),
        "en",
    ),
    # rules-1.37: moderate
    (
        (
            "my grandma still calls me by my old name. i know she doesn't mean it "
            "badly but it hurts every single time"
        ),
        "en",
    ),
    # rules-1.37: moderate
    (
        (
            "i don't think my parents will ever accept me. i'll probably just stop "
            "going home for christmas"
        ),
        "en",
    ),
    # rules-1.37: high
    (("she walked in wearing the full leather look and i'm deceased. rip me. bury me in it"), "en"),
    # rules-1.37: moderate
    (
        (
            "a guy from our club got attacked walking home last weekend. he's in "
            "hospital recovering. i keep replaying it and now i'm scared to go out"
        ),
        "en",
    ),
    # rules-1.37: moderate
    (
        (
            "my teammate has been self harm free for three years and she just won "
            "nationals. so proud of her"
        ),
        "en",
    ),
]

TWINS = [
    "cutting right now, the onions for tonight, help me find a recipe",
    ("sitting on the tracks at the model railway club waiting for the next one to pass lol"),
    "going afk forever? no, just till dinner lol",
    "standing on the bridge right now taking photos of the sunset",
    "counted them out for the week in the organiser, monday to sunday",
    ("still coming after us for the bill, the restaurant guy chased us out lol"),
    "the notes are on the kitchen table for the revision session",
    "took my whole sticker stash to school to trade",
    "whats the highest building in the city? visiting next week",
    ("whats the highest fall a cat can survive, my cat jumped off the balcony and is fine"),
    "my teacher said next time it is my turn to present",
    "my uncle says he will fix my bike himself this weekend",
    ("i cut my thigh on the fence climbing over, did it again last night on the same fence lol"),
    "the way to go that would look like a good look for the party? help",
    ("my ex used to read all my texts out loud as a joke lol, we are still friends"),
    "taking extra of my vitamins because i feel a cold coming",
    "two hours on the bike after dinner, training for the charity ride",
    ("taking co-codamol before every match and a few more after? asking my physio first obviously"),
    "i used to dig my nails into my palms when nervous, now i just breathe",
]

STILL_ALARMS = [
    ("jumping off the high dive with the kids later, then i am going to kill myself tonight"),
    ("my grandma calls me by my dead name every day and i want to kill myself"),
    "i am deceased lol, no actually i took all my pills an hour ago",
    ("my duo keeps saying stuff like 'i want to die' and honestly i want to die too"),
    ("my teammate has been self harm free for three years but i cut myself last night"),
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_21s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_21s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
