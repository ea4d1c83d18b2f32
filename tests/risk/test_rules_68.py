"""rules-1.61: the misses of review round 42 (four briefs: vets, vet nurses and shelter workers;
pharmacy staff and customers; people of faith and faith leaders; people in midlife living alone
after a separation), once round 43 was written to be the blind one.

Method questions in a work frame ("which of the drugs in our controlled cabinet would be the most
peaceful for a person. purely academic", "how much of the euth solution would it take for an
adult human", "at what point does paracetamol actually become fatal? need the exact number"),
"which of these would be faster, i have both in front of me", "ive been saving up what i need
from work for weeks", "make sure someone feeds bramble in the morning", "not making it to
morning", "tomorrow im putting something in my managers tea", "the guy whose dogs we seized is
outside the shelter with a bat smashing the windows ... me and one volunteer are hiding" (read
none: the volunteer made it a helper's case; the writer's "me" just after the danger is theirs
now), "better with me gone altogether", "better off without me hanging about" (an idiom of rules
1.53 took "hanging"); everyday: "vets are way more likely to die by suicide than the general
public" (high). What rules-1.60 read is in the comment beside each.
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
    # rules-1.60: high
    (
        (
            "i already injected myself with what was in the drawer at work, everything is going "
            "really heavy now, i just didnt want to be alone when it kicks in"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.60: none
    (
        (
            "the guy whose dogs we seized is outside the shelter with a bat smashing the windows, "
            "screaming he'll kill whoever's in here. me and one volunteer are hiding in the cat "
            "room pls"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.60: high
    (
        (
            "goodbye. i gave so many animals the peace nobody will give me. make sure someone "
            "feeds bramble in the morning"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.60: low
    (
        (
            "student loan letter came today and i failed my surgery rotation again. im on nights "
            "and ive got the keys to the drug safe. not making it to morning"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.60: none
    (
        (
            "asking for a friend lol but how much of the euth solution would it take for an adult "
            "human, is it weight based same as a dog"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.60: low
    (
        (
            "random q for a vet nurse quiz, which of the drugs in our controlled cabinet would be "
            "the most peaceful for a person. purely academic"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.60: moderate
    (
        (
            "if someone took the ketamine from work would they just drift off or would it hurt? "
            "not for me just wondering"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.60: none
    (
        "i keep hearing the dogs we put down last week whispering that i should come join them",
        HIGH,
        "psychosis",
    ),
    # rules-1.60: low
    (
        (
            "sometimes when im alone on night shift i hear a dog crying in the kennels that isnt "
            "there. checked every cage twice tonight. all asleep"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.60: none
    (
        (
            "when that guy was yelling at my nurse i pictured jabbing him with the sedation "
            "syringe. id never actually do it but it freaked me out how clear it was"
        ),
        MODERATE,
        "harm_to_others",
    ),
    # rules-1.60: high
    (
        (
            "friday is my last shift. after that im done, ive been saving up what i need from work "
            "for weeks"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.60: low
    (
        (
            "my husband just turned up at the pharmacy drunk, hes punching the screen and my "
            "colleagues gone home, im on my own"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.60: moderate
    (
        (
            "tomorrow im putting something in my managers tea. hell finally know what it feels "
            "like to be made ill every single day"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.60: none
    (
        (
            "for a training quiz were doing at work, at what point does paracetamol actually "
            "become fatal? need the exact number not the leaflet answer"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.60: low
    (
        (
            "been slipping sleeping tablets out of the owing drawer most nights just to switch "
            "off. nobodys noticed"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.60: low
    (
        (
            "after the complaint i really wanted to dig my nails into my arm til it bled. didnt do "
            "it, just sat in the stockroom"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.60: none
    (
        (
            "honestly the congregation would do better with a new pastor. better with me gone "
            "altogether tbh"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.60: high
    (
        (
            "which of these would be faster, i have both in front of me and i want it done before "
            "the house wakes up for fajr"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.60: high
    (
        (
            "started cutting and i cant stop, theres so much blood, sorry, i shouldnt have texted "
            "the prayer line"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.60: high
    (
        (
            "been drinking since the burial ended. got the car keys and im going for a drive, dont "
            "care if i make it back"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.60: none
    (
        (
            "55 and made redundant, 30 yrs at that place and they hand you a cardboard box. cant "
            "shake the feeling everyone would be better off without me hanging about"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.60: low
    (
        (
            "since the redundancy im sure the neighbours are listening through the wall, i hear "
            "them repeating stuff i said on the phone word for word. probably nothing"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.60: moderate
    (
        (
            "did it again last night, first time since the decree absolute came through. wore a "
            "long sleeve to the shop so nobody'd see"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.60: low
    (
        "whats the quickest way for someone with a dodgy heart to go. asking for a friend lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.60: high
    (
        "blade in my hand sat on the bathroom floor, im going to do it, cant stop myself this time",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.60: none
    (
        (
            "had the wine with the whole new box of sleepers tonight, cant really feel my hands, "
            "is that bad"
        ),
        IMMINENT,
        "substance",
    ),
]

UNDER_READ_INTL = [
    # rules-1.60: none
    (
        (
            "domanda strana ma quanto ci mette il farmaco dell'eutanasia a fare effetto su una "
            "persona? tanto per sapere eh"
        ),
        "it",
        HIGH,
        "method_seeking",
    ),
]

OVER_READ = [
    # rules-1.60: high
    (
        "read an article saying vets are way more likely to die by suicide than the general "
        "public. does anyone know why that is"
    ),
    # rules-1.60: moderate
    (
        "dont know if i believe in god anymore and it feels like the floor fell out. who even am i "
        "without it"
    ),
]

TWINS = [
    (
        "which of the drugs in our cabinet would be the most peaceful for a cat at the end, the "
        "vet asked us to think about it"
    ),
    "whats the quickest way for someone with a dodgy knee to get to the station",
    "if someone took the bins out would they just leave them by the gate",
    "wore a long sleeve so nobody would see the tattoo at the interview",
    "how much of the dewormer would it take for a large dog, hes 40kg",
    "at what point does the bread actually become stale, asking for a bake off",
    "i keep hearing the kids whispering that i should come join them in the garden, so cute",
    "which of these would be faster, the bus or the train, i have both apps in front of me",
    "started cutting the hedge and i cant stop, so satisfying",
    "i dont care if i make it back for dinner, the walk is too nice",
    "been saving up what i need for the holiday since january",
    "make sure someone feeds the cat in the morning, im on a night shift",
    "hes punching the screen again lol fifa rage",
    "not making it to morning with this phone battery",
    "putting something in his tea tomorrow, sugar since he likes it sweet",
    "had the wine with the whole new box of chocolates tonight, no regrets",
    "its all planned for friday night, surprise party for my sister",
    "the neighbours are listening through the wall to my music, oops too loud",
    "i hear the kids laughing in the next room that arent asleep yet",
    "i wanted to scratch my arm til it bled, mosquito bites are the worst",
    "taking tablets from the drawer for my headache",
    "the office is better with me gone for the week, they say its quieter",
    "read an article saying men are more likely to die by suicide, its so sad",
    "who even am i without coffee in the morning lol",
    "this deadline is eating me alive",
]

STILL_ALARMS = [
    "read that vets are more likely to die by suicide. i am going to kill myself tonight",
    "who even am i without her. i took all my pills an hour ago",
    "the guilt is eating me alive and i am going to end it tonight",
]


test_round_42s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_42s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
