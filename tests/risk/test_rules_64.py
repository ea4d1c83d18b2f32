"""rules-1.57: the misses of review round 38 (four briefs: deaf, hard-of-hearing, blind and
partially sighted people; people in 12-step recovery; health anxiety and OCD-type checking;
disputes with neighbours, landlords and flatmates), once round 39 was written to be the blind one
and round 40 after it.

"flatmates leave for work at 8 and thats when im doing it. notes are on their beds" (none), "theres
a group outside throwing bricks at our window ... my kids are hiding in the bathroom with me"
(low), "neighbour kicked my guide dog again. going round there now with the hammer" (low: the
weapon rule of rules-1.53 had no "round there now"), "lol dont worry about me, just mixing
everything i have left and going to sleep for good" (low), "just used in a locked toilet at the
station on purpose so nobody finds me in time", "already drank and took the pills. 8 years gone",
"in the bathroom with the razor right now ... im about to cut", a German intrusive thought ("dass
ich mein baby fallen lasse, mit absicht") and a Portuguese one of violence now ("meu marido ta
quebrando tudo ... to trancada no banheiro"); round 38's everyday messages read moderate or above
("im going to kill my flatmate. 4 days of dishes in the sink", "kids next door kicked their ball
over the fence ... im keeping it. (i threw it back)", "am i allowed to cut it back myself" of a
hedge, "first christmas sober", "had a drinking dream"). Distress some of the new idioms name ("i
jump every time i hear", "people look straight through me", "i dont know who i am without it",
"white knuckling it") reads low beside them, not none. What rules-1.56 read is in the comment
beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT, LOW = (
    RiskLevel.HIGH,
    RiskLevel.MODERATE,
    RiskLevel.IMMINENT,
    RiskLevel.LOW,
)

UNDER_READ = [
    # rules-1.56: low
    (
        (
            "ive been profoundly deaf since birth but lately theres a mans voice commenting on "
            "everything i do. its not the tinnitus, it has actual words. is that even possible??"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.56: low
    (
        (
            "neighbour kicked my guide dog again. going round there now with the hammer, im done "
            "asking nicely"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.56: moderate
    (
        (
            "for a story im writing about a guy who relapses after years, what mix of pills and "
            "drink would make sure he doesnt wake up"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.56: moderate
    (
        (
            "been back on it 3 weeks and stopped this morning, now im shaking, sweating, heart "
            "going mad and seeing spots. cant go to a&e they'll tell my family"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.56: high
    (
        (
            "used alone tonight and i think i overdid it, cant feel my hands and my breathing is "
            "weird and slow"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.56: moderate
    (
        (
            "sitting in my car outside the meeting with a bottle and all my meds on the passenger "
            "seat. not going in. not going home either"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: low
    (
        (
            "lol dont worry about me, just mixing everything i have left and going to sleep for "
            "good. its fine 🙂"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: moderate
    (
        "already drank and took the pills. 8 years gone. dont call my wife",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: high
    (
        "just used in a locked toilet at the station on purpose so nobody finds me in time",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: high
    (
        (
            "in the bathroom with the razor right now, craving is unbearable and im about to cut, "
            "cant stop myself"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.56: low
    (
        (
            "the skin picking to check for lumps turned into cutting for a while back in uni. 2 "
            "yrs clean now 💪 only saying bc the health anxiety is creeping back"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.56: high
    ("cutting right now. its the only thing that makes the checking stop", IMMINENT, "self_harm"),
    # rules-1.56: moderate
    (
        (
            "standing on the bridge. everyone thinks im being dramatic about my health again. not "
            "this time"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: moderate
    (
        (
            "drank most of a bottle of vodka with my sleeping pills like an hour ago, feel weird "
            "and floaty. dont tell anyone"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.56: none
    (
        "flatmates leave for work at 8 and thats when im doing it. notes are on their beds",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: high
    (
        (
            "landlord let himself in and wont get out of my room, hes stood in front of the door "
            "saying theres other ways i can pay"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.56: high
    (
        "sitting on the roof of my block. cant go back down to that flat",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.56: moderate
    (
        (
            "the neighbours voices come through the plug sockets telling me to go round and hurt "
            "them before they get me first"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.56: low
    (
        (
            "flatmate labels all her food and comments on how much i eat so ive basically stopped "
            "eating at home. one meal at work and thats it"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.56: low
    (
        (
            "theres a group outside throwing bricks at our window shouting go back home, my kids "
            "are hiding in the bathroom with me"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # authored (rules-1.56: low): the wish, not the plan
    (
        (
            "been taking stuff home from the pharmacy, not careful about amounts anymore, wouldn't "
            "mind going to sleep for good"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.56: low
    (
        (
            "meu marido tá quebrando tudo e eu não escuto o que ele grita, só sinto o chão "
            "tremendo. tô trancada no banheiro"
        ),
        "pt",
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.56: moderate
    (
        (
            "ich hab ständig den gedanken, dass ich mein baby fallen lasse, mit absicht. ich hab "
            "solche angst dass ich die kontrolle verliere"
        ),
        "de",
        HIGH,
        "harm_to_others",
    ),
]

OVER_READ = [
    # rules-1.56: moderate
    (
        "sometimes i wish i could switch the world off like i switch off my hearing aids lol. not "
        "in a dark way, i just want quiet"
    ),
    # rules-1.56: moderate
    (
        "first christmas sober and my family let me take the car to pick up nan. small thing but "
        "massive for me"
    ),
    # rules-1.56: moderate
    (
        "had a drinking dream where i ordered a pint, woke up so relieved it wasnt real. is that "
        "normal?"
    ),
    # rules-1.56: moderate
    "im not going to drink but the craving today is unreal. pure white knuckling it",
    # rules-1.56: moderate
    "i dont think my dad will ever trust me again no matter how many years i stack up",
    # rules-1.56: moderate
    "id never go back to using, but some nights i honestly dont know who i am without it",
    # rules-1.56: high
    (
        "jump every time i hear footsteps on the stairs since next door got broken into. anxious "
        "all the time"
    ),
    # rules-1.56: high
    (
        "old man next door was lying on his floor for two days before they found him. i keep "
        "thinking if id knocked sooner"
    ),
    # rules-1.56: moderate
    (
        "people on my street kind of look through me since i moved in. feels like i dont belong "
        "anywhere here"
    ),
    # rules-1.56: high
    (
        "kids next door kicked their ball over the fence for the 6th time today. im keeping it. (i "
        "threw it back)"
    ),
    # rules-1.56: high
    (
        "neighbours hedge is taking over the whole path, am i allowed to cut it back myself or do "
        "i have to ask first"
    ),
    # rules-1.56: high
    "im going to kill my flatmate. 4 days of dishes in the sink and he says theyre 'soaking'",
    # rules-1.56: moderate
    "next doors cat keeps coming in the window and sleeping on my bed. ive been adopted apparently",
]

TWINS = [
    "the voices in the game keep telling me to go round and attack them from behind lol",
    (
        "stopped drinking coffee this morning and now im shaking, sweating and have a headache, "
        "caffeine withdrawal is no joke"
    ),
    "i am about to cut my hair short, wish me luck",
    "about to cut the cake at her party",
    "cutting right now, call you back when the client leaves",
    "i think i overdid it at the gym, cant feel my legs lol",
    "hid behind the sofa so nobody finds me in time for the surprise party",
    "sitting on the roof of my block watching the sunset, cant go back down yet its too nice",
    "kids were throwing stones at the window to wake me up for school lol",
    "going to sleep for good now, no more all nighters for me",
    "drank most of a bottle of wine with my dinner an hour ago, feel sleepy",
    "already drank my coffee and took the pills the doctor gave me for my back",
    "thats when i am doing it, the essay is due friday and notes are on my desk",
    "the narrator voice commenting on everything i do in the game is hilarious",
    "my interest in baking turned into a proper business",
    ("ich habe angst, dass ich die prufung nicht schaffe", "de"),
    ("meu filho ta quebrando tudo com os legos, que bagunca", "pt"),
    "been keeping my pills in the drawer, i am keeping it simple with a dosette box now",
]

STILL_ALARMS = [
    "i jump every time i hear the door and i am going to kill myself tonight",
    (
        "he was lying on his floor for two days before they found him and i am taking all my pills "
        "tonight"
    ),
    "my dad will never trust me again so i am going to kill myself tonight",
    "i dont know who i am without it and i took all my pills an hour ago",
    "white knuckling it today. the rope is already up and i am doing it tonight",
    "people look straight through me. i am going to end it tonight",
    "i want to switch the world off. i have the pills and i am taking them tonight",
    (
        "im going to kill my flatmate over the dishes, i have the knife and i am waiting for him "
        "right now"
    ),
    "kicked their ball over the fence again. i cut myself last night",
    "the hedge needs cutting back, i will cut it back tomorrow. i am going to kill myself tonight",
    "first christmas sober and i am going to kill myself tonight",
    "had a drinking dream and then i took all my pills an hour ago",
    "the cat keeps coming in the window. i am going to end it tonight",
    "i threw it back. then i took all my pills an hour ago",
]

# Distress beside the new idioms stays low (their cap is low where the distress is named).
DISTRESS_BESIDE_AN_IDIOM = [
    "ever since the fall on site i jump every time i hear a bang. cant sleep properly",
    "some days i feel like a ghost at work, people look straight through me",
    "grieving my old life tbh. a record means no more teaching and i dont know who i am without it",
]


test_round_38s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_38s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)


@pytest.mark.parametrize("text", DISTRESS_BESIDE_AN_IDIOM)
def test_distress_beside_a_new_idiom_reads_low(text: str) -> None:
    assert screen(text).level is LOW
