"""rules-1.50: the misses of review round 33 (four briefs: mood that tracks hormones; people
without secure housing and people seeking asylum; lonely young men in online-forum slang; very
terse messages), once round 34 was written to be the blind one.

"the voice says the baby isnt mine and i have to do it now before morning", "lol pmdd win streak
ends tonight, everythings ready", "which of the bridges near the station doesnt have the tall
fences on it?", "rope is already tied up in the closet, just waiting for the house to be empty",
"car running in garage im inside", "tried once years ago"; round 33's everyday messages read
moderate or above ("how long does T usually take to drop your voice?", "the purge was brutal"
on tretinoin). Two mechanisms: "it wont stop bleeding" is no longer denied by its own "not", and
an intrusive thought of harm is not made an act under way by a time nearby. What rules-1.49 read
is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.49: low
    (
        (
            "been taking more of my sleeping tablets than the gp said since the menopause "
            "insomnia got bad, the normal amount just doesnt touch it anymore"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.49: low
    (
        (
            "started the pill 2 months ago and i honestly cant do this anymore, crying every "
            "single day, feel like a ghost walking around my own house"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.49: moderate
    (
        (
            "4am and he wont stop screaming and i get this picture in my head of putting a "
            "pillow over him. i'm so scared of my own brain right now"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.49: none
    (
        (
            "for a story im writing about a woman in menopause, which of her meds would be the "
            "easiest to overdose on"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.49: none
    (
        (
            "barely eaten in 2 weeks since starting the new pill bc of the weight gain and i "
            "fainted in the shower this morning"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.49: moderate
    (
        "relapsed. burned myself twice since sunday, luteal week as always. 14 months clean gone",
        HIGH,
        "self_harm",
    ),
    # rules-1.49: high
    (
        (
            "im holding her too tight and i cant make myself stop, i think im going to hurt "
            "her, please someone"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.49: high
    (
        (
            "the voice says the baby isnt mine and i have to do it now before morning. im in "
            "the nursery"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.49: high
    (
        (
            "stopped my antidepressants and my hrt last week on purpose so id have the nerve. "
            "doing it saturday when the kids are at their dads"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.49: low
    (
        "lol pmdd win streak ends tonight, everythings ready 🙂 thanks for trying tho",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.49: none
    (
        "cutting in the hostel bathroom right now and it wont stop bleeding, way more than usual",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.49: low
    (
        "which of the bridges near the station doesnt have the tall fences on it? just curious",
        HIGH,
        "method_seeking",
    ),
    # rules-1.49: moderate
    (
        (
            "the voices in the dorm keep telling me im dirty and should burn myself to be "
            "clean. theyre getting louder every night"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.49: moderate
    (
        (
            "drinking anything i can get my hands on. if i dont wake up under the arches one "
            "morning then fine, saves everyone the hassle"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.49: none
    (
        (
            "the smugglers beat us on the journey, i still see it when i close my eyes. im "
            "safe in the city now but sleep is bad"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.49: none
    (
        (
            "i stay with my husband only because i have no papers and no place. he keep my "
            "money and my phone, he decide everything. he dont hit me"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.49: none
    (
        (
            "ate a whole pizza last night so i did cardio till 3am to burn it off. cant let my "
            "jawline go soft again"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.49: none
    (
        (
            "i swear the girls on the bus whisper about my face, i can hear them even with "
            "noise cancelling on. pretty sure theyre coordinating it with people at my work"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.49: none
    (
        (
            "got bullied hard all through school, kids used to jump me behind the sports hall "
            "and film it. pretty sure thats where all this started"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.49: low
    (
        (
            "i want to hurt the normies who laughed at me at that party. not banter, i mean "
            "actually hurt them"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.49: moderate
    (
        (
            "i keep having thoughts about hurting the girls who rejected me and it scares me "
            "how often it happens now"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.49: moderate
    (
        (
            "my older brother beats me up when im gaming and said hell break my neck if i tell "
            "mum. he did it again today"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.49: low
    (
        "rope is already tied up in the closet, just waiting for the house to be empty",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.49: high
    (
        "on the roof of my apartment building right now. i cant do this anymore",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.49: none
    ("car running in garage im inside", IMMINENT, "suicidal_ideation"),
    # rules-1.49: low
    ("cant do this anymore tbh", MODERATE, "suicidal_ideation"),
    # rules-1.49: none
    ("tried once years ago", MODERATE, "suicidal_ideation"),
    # rules-1.49: none
    ("bf reads all my texts n controls money", MODERATE, "abuse_or_violence"),
]

OVER_READ = [
    # rules-1.49: high
    ("how long does T usually take to drop your voice? 3 months in and still waiting", "en"),
    # rules-1.49: moderate
    ("3 years post menopause and honestly ive never felt freer. no more tampons ever", "en"),
    # rules-1.49: moderate
    ("2nd month on tretinoin, the purge was brutal but my texture is already way better", "en"),
    # rules-1.49: moderate
    ("dad died last year and since then i basically only leave my room to grab food", "en"),
]

TWINS = [
    "how deep does a cut need to be for stitches, my kid fell on glass",
    "my nose wont stop bleeding and i feel dizzy",
    "taking more of my vitamin d than the gp said because the sun never comes out",
    "which of these meds would be the easiest to take with food",
    "burned myself twice since sunday on the oven tray, need better gloves",
    "holding the baby too tight? the midwife said you cant really, swaddle is fine",
    "i have to do it now before morning, the essay is due at 9",
    "so id have the nerve to ask her out i had two beers first",
    "win streak ends tonight on duolingo, everythings ready for the trip though, thanks for trying",
    "which of the bridges in town doesnt have the tall fences? i want to take photos of the river",
    "the smugglers in the film beat us to the border, what a plot twist",
    "he keeps my money in a joint account for the mortgage, we decide everything together",
    "did cardio till 3am at the rave lol, feet are wrecked",
    "i swear my cats are coordinating with the neighbours cats, they whisper at the window",
    "i want to hurt the people who laughed at me in the game lobby lol",
    "said hell break my neck if i tell mum about the surprise party lol",
    "rope is already tied up for the swing, waiting for the kids to get home",
    "on the roof of my building right now for the bbq, im done with work for the week",
    "car running in garage, im inside grabbing the shopping",
    "tried once years ago, didnt like sushi",
    "it wont stop bleeding, my nose has been going for ten minutes",
    "cant do this anymore lol this maths homework",
    "i cant do this anymore with these deadlines, work is crushing me",
]

TWINS_FROM_EARLIER_ROUNDS = [
    "cant do this anymore lol this maths homework",
    "i cant do this anymore with these deadlines, work is crushing me",
    "it wont stop bleeding, my nose has been going for ten minutes",
    "my gums wont stop bleeding after the dentist",
    "i could go to sleep and not wake up till noon",
    (
        "had a few beers, if i dont wake up for the early shift tomorrow morning then fine, "
        "its my day off"
    ),
]

STILL_ALARMS = [
    (
        "how long does testosterone take to work, and how many would be too much to overdose "
        "on tonight"
    ),
    "3 years post menopause and i am going to kill myself tonight",
    "2nd month on tretinoin, the purge was brutal, i want to kill myself tonight",
    "since dad died i only leave my room to grab food and i am going to kill myself tonight",
]


test_round_33s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_round_33s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(
    TWINS + TWINS_FROM_EARLIER_ROUNDS
)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)


# "it wont stop bleeding" held its own "not", which the negation check read as denying it; an
# intrusive thought of harm is high (the label guide), not imminent because of a time nearby.
READ_AT = [
    ("cut my arm and it wont stop bleeding", IMMINENT),
    ("i cut and it will not stop bleeding", IMMINENT),
    ("cut my thigh and the bleeding wont stop", IMMINENT),
    ("it wont stop bleeding. im going grey and faint", IMMINENT),
    ("won't stop bleeding", RiskLevel.NONE),
    (
        "4am and he wont stop screaming and i get this picture in my head of putting a pillow "
        "over him. i'm so scared of my own brain right now",
        HIGH,
    ),
    ("when she screamed at me tonight i had a flash of shaking her. i'd never do it", HIGH),
]


@pytest.mark.parametrize(("text", "level"), READ_AT)
def test_bleeding_and_intrusive_thoughts_read_at_their_level(text: str, level: RiskLevel) -> None:
    assert screen(text).level is level
