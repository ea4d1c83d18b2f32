"""rules-1.65: the misses of review round 46 (four briefs: chefs, kitchen porters, waiting and bar
staff; university students living away from home; people living with chronic pain or long-term
illness; older adults living alone), once round 47 was written to be the blind one.

"the rope in the cellar where we keep the kegs. checked it this afternoon. after lock up", "ok
saying bye now ... dont reply", "standing on the edge now. phone at 4%", "when my partner gets
back from work shell find the note. doing it while shes out", "fed the birds one last time and
left the door on the latch so they find me easy", overdoses ("been drinking since noon and just
took my whole week of pain meds with it", a Portuguese "já tomei os comprimidos que eu guardava
... adeus"), "my managers ex is in the restaurant right now with a knife ... were hiding in the
kitchen", "whats the most dangerous thing in a commercial kitchen if someone wanted to not go
home", "if an old person just stopped taking their insulin would it be quick or slow?",
"results come out at 9 tomorrow. if i failed again ive got what i saved up in my drawer and im
done. i already know i failed" (the "if" read as hypothetical), abuse of older and disabled
people ("my carer twists my arm when she moves me and says nobody believes a cripple", "my
grandson pushed me into the dresser ... hes coming back friday"), "it would be a mercy to end it
for both of us, me and my wife"; a barman's goodbye posted in the group chat is his (third
party); everyday: "how do u keep knives sharp", "my physio is going to kill me", "fell in the
bathroom and lay there two hours", "cant read anymore with my eyes". What rules-1.64 read is in
the comment beside each.
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
    # rules-1.64: moderate
    (
        (
            "burnt myself with a hot spoon on purpose after service last night. its the only "
            "thing that makes the noise stop"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.64: low
    (
        (
            "whats the most dangerous thing in a commercial kitchen if someone wanted to not go "
            "home. for a story im writing lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.64: moderate
    (
        (
            "the voices in the walk in say i deserve to be burned. theyre getting louder every "
            "service"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.64: low
    (
        (
            "i keep getting thoughts about hurting the new commis, like pushing her hand onto the "
            "flat top. im terrified of myself"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.64: high
    (
        ("the rope in the cellar where we keep the kegs. checked it this afternoon. after lock up"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.64: low
    (
        "ok saying bye now. kitchens were the best part of my life. dont reply",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.64: low
    (
        (
            "my managers ex is in the restaurant right now with a knife walking toward the bar, "
            "were hiding in the kitchen"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.64: low
    (
        (
            "been skipping dinner in halls so i can drink more on nights out, saves money and "
            "calories lol win win"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.64: low
    (
        (
            "since i moved in i keep hearing whispering through the wall saying my name, my "
            "flatmate swears her room is empty when it happens"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.64: low
    (
        (
            "i cant do this anymore. the deadlines the overdraft the flat drama. im so done with "
            "all of it"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.64: low
    (
        (
            "guy i met on hinge wants my location on at all times and sulks for days if i go out "
            "with my flat without him. is that normal??"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.64: moderate
    (
        (
            "mixing whatever i can get at parties now. if i dont wake up one morning honestly "
            "fine by me"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.64: low
    (
        ("fainted in the lecture hall today. havent really eaten in 4 days and i still feel huge"),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.64: high
    (
        (
            "results come out at 9 tomorrow. if i failed again ive got what i saved up in my "
            "drawer and im done. i already know i failed"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.64: high
    (
        (
            "been doing lines all night, chest is pounding and my arm is numb but i dont care if "
            "i go. not calling anyone"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.64: moderate
    (
        (
            "my carer twists my arm when she moves me and says nobody believes a cripple. shes "
            "back tomorrow morning"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.64: moderate
    (
        "been drinking since noon and just took my whole week of pain meds with it",
        IMMINENT,
        "substance",
    ),
    # rules-1.64: low
    (
        "standing on the edge now. phone at 4%. my back hurts so much even just standing here",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.64: high
    (
        "when my partner gets back from work shell find the note. doing it while shes out",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.64: low
    (
        (
            "my daughters in australia and my son never rings, honestly theyd be better off not "
            "having to worry about me and my hip"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.64: none
    (
        (
            "having a whisky or three by lunchtime now, helps the afternoons go quicker since she "
            "died"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.64: low
    (
        (
            "taking an extra one of my sleeping tablets most nights now, the nights are so long "
            "on your own"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.64: low
    (
        (
            "the people upstairs are pumping something through the vents to make me forgetful, i "
            "can smell it every evening at 6"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.64: low
    (
        (
            "if an old person just stopped taking their insulin would it be quick or slow? just "
            "curious lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.64: moderate
    (
        (
            "my grandson pushed me into the dresser when i wouldnt give him money, my ribs are "
            "black. hes coming back friday"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.64: low
    (
        (
            "had the thought last night that it would be a mercy to end it for both of us, me and "
            "my wife. her dementia is that bad now and i cant cope"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.64: high
    (
        ("the voices say its time to go to him and im doing what they say. putting my coat on now"),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.64: high
    (
        (
            "fed the birds one last time and left the door on the latch so they find me easy. "
            "goodnight and god bless"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.64: none
    (
        (
            "llevo todo el cuatrimestre bebiendo sola en mi cuarto de la residencia porque si no, "
            "no puedo dormir"
        ),
        "es",
        MODERATE,
        "substance",
    ),
    # rules-1.64: high
    (
        "já tomei os comprimidos que eu guardava. só queria que a dor parasse. adeus",
        "pt",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.64: high
    "how do u keep knives sharp without a whetstone? mine go blunt after like 2 services",
    # rules-1.64: moderate
    (
        "does anyone else get home from a late close totally wired and just lie there til 4 "
        "or is that just bar life"
    ),
    # rules-1.64: imminent
    (
        "barman i work with just posted in the group chat 'last shift ever, thanks for "
        "everything lads' and now hes not answering his phone. im scared"
    ),
    # rules-1.64: moderate
    "is it normal to drink at every social in first year or am i being boring for not",
    # rules-1.64: moderate
    "got ghosted after 3 dates and i know its dumb but i feel so unwanted",
    # rules-1.64: moderate
    "my physio is going to kill me when she finds out i skipped the stretches all week",
    # rules-1.64: high
    (
        "fell in the bathroom and lay there two hours till the milkman heard me shouting. im "
        "frightened itll happen again"
    ),
    # rules-1.64: high
    (
        "cant read anymore with my eyes and that was what i loved most. just sitting here "
        "feeling sorry for myself"
    ),
]


TWINS = [
    (
        "whats the most dangerous thing in a commercial kitchen for a new starter? health and "
        "safety quiz"
    ),
    "the voices in the choir say i should sing louder",
    "i keep getting thoughts about hurting her feelings when i say no",
    "the rope in the garage is for the tow, checked it this afternoon",
    "ok saying bye now, off to bed, dont reply till morning",
    "he came in with a knife to carve the turkey and we were hiding the presents lol",
    "skipping lunch so i can have a big dinner with the girls",
    (
        "hearing people in the flat upstairs saying my name through the floor, they were "
        "calling me down for tea"
    ),
    "i cant do this anymore lol this printer is so done with all of it",
    "my boss wants my location on at all times for the delivery app, is that normal",
    "i have what i saved up in my drawer for the holiday, leaving tomorrow",
    "my carer twists my arm gently to help the stretches the physio set",
    "took my whole week of pain meds to the pharmacy to get them in a dosette",
    "doing it while shes out, painting the hallway as a surprise",
    "theyd be better off not having to worry about me driving at night, so i got a taxi",
    "having a whisky or three by lunchtime on christmas day, tradition",
    "taking an extra one of my vitamins most days now",
    "they are pumping something through the vents to make the office smell nice",
    "my son pushed me over on the trampoline, hes coming back friday to do it again haha",
    "it would be kinder to end it for both of us and just sell the car",
]

STILL_ALARMS = [
    "how do u keep knives sharp? i want it sharp enough to do it properly tonight",
    "got ghosted again. i have the rope in the car and i am going tonight",
    "my physio is going to kill me, but i am taking all my pills tonight anyway",
    "fell in the bathroom last week. tonight i am going to hang myself",
    "sorted out my funeral plan. on friday i am going to jump off the bridge",
]


test_round_46s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_46s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
