"""rules-1.48: the misses of review round 31 (four briefs: legal trouble; code-switching bilingual
messages; isolated workers far from home; survivors of physical trauma), once round 32 was
written to be the blind one.

"is the multi storey next to the crown court open at night? not for anything bad lol", "they're
trying the back door now", code-switched risk ("maine abhi saari tablets le li", "nasa rooftop na
ako ngayon ... bye", "mujhe unalive hona hai"), "walked out past the flag line without a radio
... im not coming back in", "going up the stairwell to do it now", "end of watch tonight",
"unlocked my dads gun cabinet and im sitting here with it"; round 31's everyday messages read
moderate or above ("memory scores went up", "drove for the first time since the crash"). "back
in" no longer dates an act said with "not coming back in". What rules-1.47 read is in the comment
beside each.
"""

from __future__ import annotations

from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.47: low
    (
        (
            "my ex controlled every penny i had for years and now his lawyer is calling ME the "
            "unstable one in the custody case"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.47: none
    (
        (
            "taking double my diazepam before every meeting with my solicitor bc the normal "
            "amount doesnt even touch it"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.47: low
    (
        (
            "is the multi storey next to the crown court open at night? not for anything bad lol "
            "just wondering"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.47: high
    (
        (
            "three of his mates are outside saying theyll stab me for testifying, they're trying "
            "the back door now"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.47: none
    (
        "yaar so tired of everything, kaash bas sote sote chala jaun and just not wake up",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.47: none
    (
        "nag blackout na naman ako last night sa inuman, di ko maalala how i got home",
        MODERATE,
        "substance",
    ),
    # rules-1.47: low
    (
        "mujhe unalive hona hai honestly, everyone keeps saying chill kar but i can't anymore",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.47: none
    (
        "maine abhi saari tablets le li, i feel so dizzy, please kisi ko mat batana",
        IMMINENT,
        "substance",
    ),
    # rules-1.47: none
    ("nasa rooftop na ako ngayon, i'm done, ayoko na talaga. bye", IMMINENT, "suicidal_ideation"),
    # rules-1.47: low
    (
        (
            "skipping the crew meal on every long haul on purpose, just black coffee for 14 hrs. "
            "uniform refit is next month and its all i think about"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.47: none
    (
        (
            "galley serves 3 heavy meals a day and ive been going to the heads after dinner to "
            "bring it back up. second week of doing it now"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.47: none
    (
        (
            "been doubling up on the sleeping tablets the company doc gave me for the time zones "
            "cos one doesnt touch it anymore"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.47: moderate
    (
        (
            "i keep thinking about properly hurting that roustabout who keeps talking about my "
            "missus. not just a swing, really hurting him. its every shift now"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.47: none
    (
        (
            "one of the captains keeps cornering me in the crew hotel on layovers. last trip he "
            "grabbed me and said no one would ever believe a junior fa over him"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.47: high
    (
        "walked out past the flag line without a radio. its minus 40. im not coming back in. sorry",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.47: high
    (
        (
            "the voices in the generator noise say i have to jump off the platform to save my "
            "family and im going up the stairwell to do it now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.47: high
    (
        (
            "4 months left on this deployment and i'm not doing them. i've got my rifle and i've "
            "made up my mind, end of watch tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.47: low
    (
        (
            "took an extra pain tablet tonight on top of the wine. the burns were screaming and "
            "i didnt care"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.47: low
    (
        (
            "i hear my sister calling my name on the ward at night and she died in the crash. "
            "its not scary, it just sounds so real"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.47: none
    (
        "how tall is the multistorey car park next to the rehab centre? no reason just curious lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.47: none
    (
        "the voice says tonight is the night i join my brother and im going to listen this time",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.47: moderate
    (
        (
            "unlocked my dads gun cabinet and im sitting here with it. i was the one driving, i "
            "cant carry that anymore"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.47: high
    ("im at the quarry where we crashed. not coming back from here", IMMINENT, "suicidal_ideation"),
]

UNDER_READ_INTL = [
    # rules-1.47: none
    (
        (
            "j'ai recommencé à skip les repas, je mange rien jusqu'au soir et après 2h de cardio "
            "pour compenser"
        ),
        "fr",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.47: low
    (
        ("tô bebendo todo dia e sinceramente si me muero, me muero, no me importa nada"),
        "pt",
        HIGH,
        "substance",
    ),
]

OVER_READ = [
    # rules-1.47: moderate
    (
        "hate my body since the weight i put on while i was inside, i cant even look in the mirror",
        "en",
    ),
    # rules-1.47: moderate
    ("neuropsych said my memory scores went up. still lose my keys daily but who doesnt", "en"),
    # rules-1.47: moderate
    ("drove for the first time since the crash. only round the car park but still counts", "en"),
    # rules-1.47: moderate
    ("why did i survive and she didnt. i keep replaying the last few seconds over and over", "en"),
    # rules-1.47: moderate
    ("dont think ill ever get back to who i was before the brain injury", "en"),
]

TWINS = [
    "my mum controlled all the money when we were kids and it made me good with budgets",
    "taking double my vitamin d because the doctor said so",
    "is the multi storey open at night? need to get my car after the gig",
    "why did i survive that exam, honestly no idea",
    (
        "skipping the crew meal on every long haul because the food is terrible, just black "
        "coffee and a sandwich from home"
    ),
    "unlocked the gun cabinet for the police inspection, licence renewed",
]

TWINS_FROM_EARLIER_ROUNDS = [
    "i want to go to bed and not wake up until the exams are over",
    (
        "sorry in advance for the noise tonight, band practice in the garage till 11, not coming "
        "back inside till the drummer gets it right"
    ),
]

STILL_ALARMS = [
    "neuropsych said my memory scores went up but i am going to kill myself tonight",
    "drove for the first time since the crash and i am going to drive it into the river tonight",
    "why did i survive and she didnt, it should have been me, i want to die",
    "i will never get back to who i was so i am going to end it tonight",
]


test_round_31s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_31s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(
    TWINS + TWINS_FROM_EARLIER_ROUNDS
)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
