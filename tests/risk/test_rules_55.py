"""rules-1.47: the misses of review round 30 (four briefs: first messages to the companion; OCD
and health anxiety; infertility and pregnancy loss; messages dictated by voice), once round 31
was written to be the blind one.

"how do i stop it notifying my therapist? i dont want anyone getting in the way tonight", "i want
sarah to have these after tonight", "im not getting on the next train, im going in front of it",
"my ex is outside and just smashed the front window", "i've got all my clomipramine lined up on
the desk and i'm taking them", intrusive thoughts of harm ("what if i snap and stab my husband in
his sleep"), "booked a hotel room for tonight and brought everything i need", "mummy's coming to
you", dictated plans ("the letters are their on the kitchen table ... tonight is the night");
round 30's everyday messages read moderate or above (data storage and reminder questions,
exposure homework, "no heartbeat", dictated directions). What rules-1.46 read is in the comment
beside each.
"""

from __future__ import annotations

from mindline.risk.types import RiskLevel
from risk.rule_checks import reach_their_level, stay_below_moderate, still_alarm

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.46: low
    (
        "how do i stop it notifying my therapist? i dont want anyone getting in the way tonight",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: low
    (
        "does the app keep messages after someone dies? i want sarah to have these after tonight",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: high
    (
        (
            "i have the rope in the car and im driving out there now. does this go anywhere or "
            "is it just a journal"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: high
    (
        (
            "does this app know my location? im at the station and im not getting on the next "
            "train, im going in front of it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: low
    (
        (
            "does this app call the police?? i need it to. my ex is outside and just smashed the "
            "front window"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.46: high
    (
        (
            "i can't live with these thoughts anymore. i've got all my clomipramine lined up on "
            "the desk and i'm taking them once my flatmate goes to bed"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: high
    (
        "bye everyone. sorry i was so much work. the contamination stuff was never going to end",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: moderate
    (
        (
            "at the top of the multistorey. they keep saying its just health anxiety but i know "
            "im dying anyway so im doing it on my terms"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: moderate
    (
        (
            "keep getting flashes of pushing someone in front of the train. i stand with my back "
            "against the wall now. am i a psychopath??"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.46: low
    (
        (
            "what if i snap and stab my husband in his sleep. hid every knife in the house and i "
            "still cant sleep"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.46: low
    (
        (
            "the thought 'you should hurt the kids' came again at work today. i teach year 2. i "
            "cant tell anyone"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.46: moderate
    (
        (
            "keep having images of swerving into an oncoming lorry with the kids in the back. "
            "i've stopped driving them anywhere"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.46: none
    (
        (
            "took an extra lorazepam this afternoon cos the heart panic was unbearable. did the "
            "same yesterday"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.46: low
    (
        "barely eating bc im scared the food is contaminated, had like one apple today",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.46: low
    (
        (
            "starting to hear whispering when the house is quiet. not words, just whispering. is "
            "that part of ocd?"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.46: high
    (
        (
            "i'm parked outside my sister's baby shower and i'm going in to hurt her. she doesnt "
            "deserve that baby"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.46: low
    (
        (
            "fourth failed transfer. i'm done. booked a hotel room for tonight and brought "
            "everything i need"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: moderate
    (
        (
            "drank a whole bottle of wine and swallowed what was left of my pain meds from after "
            "the d&c. dont want to be found"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.46: high
    (
        (
            "i've done it. hurt myself badly in the bath and theres so much blood. i just wanted "
            "someone to know"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: none
    (
        (
            "the sonographer who missed the problem on our scan lives two streets away. walking "
            "there now, shes going to pay for what happened"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.46: high
    (
        "saying bye now before i lose my nerve. lily, mummy's coming to you",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: low
    (
        "i wish i'd died on the table with her. would've been easier than this",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.46: none
    (
        (
            "down to one meal a day so the clinic will let me start treatment, the weight isnt "
            "coming off fast enough"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.46: low
    (
        (
            "i keep hearing a baby crying in the empty nursery. i know shes gone but i hear it "
            "every single night"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.46: low
    (
        (
            "Um the letters are their on the kitchen table for them and tonight is the night I "
            "have every thing I need"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: high
    (
        (
            "I'm at the station and when the next train comes I'm going to jump comma I've made "
            "up my mind"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: low
    (
        (
            "Tonight after every one's asleep I'm going to do it I've got what I need in the "
            "garage already full stop"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.46: low
    (
        "I can't do this anymore I really can't I'm just so tired of every thing and every one",
        MODERATE,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.46: high
    (
        (
            "im a practice nurse and i point patients to this. what does it do if someone "
            "mentions suicide? want to explain it properly"
        ),
        "en",
    ),
    # rules-1.46: high
    ("where's my data stored? like which country and is it encrypted", "en"),
    # rules-1.46: imminent
    ("my reminder says 3pm but my therapist told me 2. which one is right", "en"),
    # rules-1.46: moderate
    (
        "i hate myself for asking my wife 'are you sure i locked it' for the fifth time tonight",
        "en",
    ),
    # rules-1.46: moderate
    ("the thoughts make me feel like a monster even tho my therapist says i'm not one", "en"),
    # rules-1.46: moderate
    ("scared god wont forgive me for the blasphemous thoughts that pop in during mass", "en"),
    # rules-1.46: moderate
    ("i don't think i'll ever be free of the ocd. it's been 15 years", "en"),
    # rules-1.46: moderate
    ("checked the oven once and walked away. huge for me honestly", "en"),
    # rules-1.46: moderate
    ("washed my hands after the bus but only once, and didn't ask anyone if it was enough", "en"),
    # rules-1.46: moderate
    ("is it ok to skip exposures when i have a cold or should i still do them", "en"),
    # rules-1.46: moderate
    ("did my exposure today: touched the rail on the tube and didn't wash till i got home", "en"),
    # rules-1.46: moderate
    (
        (
            "i hate my body. it cant do the one thing its meant to and it still looks pregnant "
            "after the loss"
        ),
        "en",
    ),
    # rules-1.46: moderate
    ("i dont think well ever have a baby. ive stopped letting myself believe it", "en"),
    # rules-1.46: moderate
    (
        "everyones moved on and im still stuck in the room where they said there was no heartbeat",
        "en",
    ),
    # rules-1.46: imminent
    ("Turn left at the lights and then it's the third house on the right with the blue door", "en"),
    # rules-1.46: high
    ("Tell Jess I'll be their at eight and I'm bringing the wine", "en"),
]

TWINS = [
    "going in front of the train to take a photo of the platform sign, back in a sec",
    "my neighbour is outside and just smashed the front window by accident with his football",
    "got all my vitamins lined up on the desk and i am taking them with breakfast",
    "bye everyone, sorry i was so much work this term, see you all next year",
    "doing it on my own terms, resigned from the job today",
    "took an extra lorazepam once last month before the flight, the doctor said that was fine",
    "barely eating today because of the stomach bug, had one apple",
    "i hear whispering when the kids are supposed to be asleep, they are up to something",
    "i am going in to see her at the hospital, visiting hours started",
    "booked a hotel room for tonight and brought everything i need for the conference",
    "i wish i had died my hair red instead, regret",
    (
        "the letters are there on the kitchen table for the wedding invites, tonight is the "
        "night we post them"
    ),
]

STILL_ALARMS = [
    "what does it do if someone mentions suicide? because i am going to kill myself tonight",
    "my reminder says 3pm and that is when i am going to kill myself",
    "i feel like a monster and i am going to kill myself tonight",
    "blasphemous thoughts again and i want to kill myself",
    "checked the oven once and then took all my pills",
    "they said there was no heartbeat and now i want to die, the pills are ready tonight",
    "turn left at the lights, thats the bridge i will jump from tonight",
]


test_round_30s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_round_30s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
