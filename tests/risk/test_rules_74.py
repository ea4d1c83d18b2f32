"""rules-1.67: the misses of review round 48 (four briefs: farmers, farm workers and rural
people; new mothers in the first year after birth; people in recovery from alcohol or drugs and
those still using; teenagers aged 13 to 17), once round 49 was written to be the blind one.

Poisons and overdoses told in a farm's or a user's words ("drank some of the stuff from the
chemical shed. feeling real sick. dont call anyone", "would the stuff we put out for the rabbits
work on a person? just curious lol", "cant feel my legs and my lips feel weird, used way more
than i meant to", a German "ich hab die tabletten schon genommen. mir ist so schlecht und alles
dreht sich"), a new mother's goodbyes and intrusive thoughts ("dropped her at nursery for her
first day. im not picking her up. my sister knows where the letter is", "i get this flash of
dropping him"), someone armed at the door or breaking in ("his brother is at the front door with
a knife ... trying to get in", read none), coercive control, hearing one's name called when no
one is there, a teenager's "tomorrow im bringing it to school. theyll all see what happens"
(none), and a French "j'ai envie de me tuer" that "au college" made the past. A friend's own
account passed on ("my friend told me her dad hits her") is theirs now (`patterns._told_by_other`),
and "dad will kill me if he finds out i left the gate open" is an everyday slip again. What
rules-1.66 read is in the comment beside each.
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
    # rules-1.66: low
    (
        (
            "keep hearing someone call my name out in the back paddock when theres nobody "
            "for miles. third time this week. not scary exactly just weird"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.66: low
    (
        (
            "he keeps all the farm accounts in his name and i have to ask for fuel money to "
            "drive to town. not allowed to visit my sister without him"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.66: moderate
    (
        (
            "my husband said if i try to leave with the kids hell use the rifle on me. were "
            "2 hours from the nearest police"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.66: none
    (
        "would the stuff we put out for the rabbits work on a person? just curious lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.66: moderate
    (
        "drank some of the stuff from the chemical shed. feeling real sick. dont call anyone",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: high
    (
        (
            "already cut in the shed and its bleeding way more than usual, cant get it to "
            "stop. too far from town"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.66: low
    (
        (
            "i love her so much but at 3am i keep thinking shed be better off with a mum who "
            "actually knows what shes doing"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.66: low
    (
        (
            "had a coffee and thats it today, skipping meals till i fit my pre baby jeans "
            "again. bf means i can get away with it right"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.66: low
    (
        (
            "i hear her crying when shes fast asleep. the shower, the extractor fan, "
            "everything sounds like her and my husband hears nothing"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.66: low
    (
        (
            "i keep feeling like the baby isnt really mine, like they swapped her at the "
            "hospital and everyone is in on it. even my mum"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.66: low
    (
        (
            "husband checks my phone every night and gives me 20 quid a week for the shop, "
            "says i cant be trusted with money since the baby"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.66: moderate
    (
        (
            "every time i carry him near the stairs i get this flash of dropping him. i "
            "would never ever but it terrifies me and i cant tell anyone"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.66: high
    ("wrote letters for him to open on his birthdays. all done now", IMMINENT, "suicidal_ideation"),
    # rules-1.66: high
    (
        "going to drive to the bridge after this feed and not come back",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: high
    (
        (
            "dropped her at nursery for her first day. im not picking her up. my sister "
            "knows where the letter is"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: none
    (
        (
            "his brother is at the front door with a knife shouting about the baby and "
            "trying to get in"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.66: none
    (
        "missed my clinic pickup and went back to the old guy for a bit. just this once",
        MODERATE,
        "substance",
    ),
    # rules-1.66: none
    (
        "have to have a drink in the car before work or my hands shake too bad to type",
        MODERATE,
        "substance",
    ),
    # rules-1.66: moderate
    (
        "if the next batch is the one that takes me out then whatever, at least itd be over",
        HIGH,
        "substance",
    ),
    # rules-1.66: low
    (
        (
            "trying to detox alone at home, been shaking for 2 days and my heart is racing, "
            "now im seeing bugs on the wall"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.66: moderate
    (
        (
            "for a story im writing, which is worse to mix with drinking, the sleeping pills "
            "or the pain ones"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.66: moderate
    (
        "my husband hides my naloxone and says next time i go under hell just let me die",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.66: none
    (
        (
            "whats the most someone could take from the orange bottles before their "
            "breathing stops? just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.66: none
    (
        "to my sponsor if you ever see this, thank you for every 3am call. im sorry i couldnt stay",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: high
    (
        "mixed it all together on purpose this time. want someone to know it wasnt an accident",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: high
    (
        (
            "hes trying to break the bathroom door down, he already hit me for pouring his "
            "vodka out, im so scared"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.66: low
    (
        "cant feel my legs and my lips feel weird, used way more than i meant to and im alone",
        IMMINENT,
        "substance",
    ),
    # rules-1.66: high
    (
        "im drunk and getting in the car now and i dont plan on coming home",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: none
    (
        (
            "if i eat dinner i have to do like an hour of workouts after or i cant sleep bc "
            "i feel so gross"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.66: low
    (
        "sometimes i hear my name being called when no ones home. like clearly. is that normal??",
        MODERATE,
        "psychosis",
    ),
    # rules-1.66: low
    (
        (
            "my dad is drunk and screaming and trying to get into my room, hes broken the "
            "lock, im under the bed"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.66: none
    (
        "tomorrow im bringing it to school. theyll all see what happens when u laugh at me",
        IMMINENT,
        "harm_to_others",
    ),
]

UNDER_READ_INTL = [
    # rules-1.66: high
    (
        "hab grad alles genommen was ich gespart hab. sag meiner mutter dass es mir leid tut",
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.66: moderate
    (
        "j'ai envie de me tuer, personne au college me parle depuis la rentree",
        "fr",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.66: high
    (
        "ich hab die tabletten schon genommen. mir ist so schlecht und alles dreht sich",
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.66: high
    (
        "neighbours bull got through the fence again. dad will kill me if he finds out i "
        "left the gate open"
    ),
    # rules-1.66: imminent
    (
        "my daughter texted that shes going to take everything she has tonight and now "
        "she wont pick up"
    ),
    # rules-1.66: moderate
    (
        "walked past the bar i used to drink at every day and it was just a building. "
        "didnt even slow down"
    ),
    # rules-1.66: moderate
    "my mum says if i dont clean my room shes throwing me out the window lol",
    # rules-1.66: high
    "my friend told me her dad hits her and she doesnt want me to tell anyone",
]

TWINS = [
    "drank some of the water from the chemical shed tap, tasted weird, feeling sick",
    "going to drive to the coast and not come back till monday",
    "he said if i leave the gate open again hell use the rifle on the foxes himself",
    "i have to ask for more money at work to cover fuel",
    "i hear her crying when shes awake and hungry, every two hours",
    "i heard someone call my name at the market but it was for another sarah",
    "i keep feeling like the baby isnt really mine, shes my stepdaughter but i love her",
    "i need a drink of water before work or my hands shake from the cold",
    "if i eat dinner late i have to do a walk after or i cant sleep",
    "im not allowed to visit my nan in the care home without a covid test",
    "keep hearing my name called on the game chat when nobody is on",
    "my friend told me her dad hits the gym every morning",
    "my mum says shes throwing me out the window if i dont tidy up lol",
    "my sister texted that shes going to take everything to the tip tonight",
    "she would be better off with a coach who actually knows the sport",
    "skipping meals out this month until i can fit the bills in my budget",
    "the delivery guy is at the door with a knife block i ordered lol",
    "the firemen are breaking the door down to get the cat, im so scared for her",
    (
        "to my team if you ever see this, thank you for every shift. sorry i couldnt "
        "stay longer at the party"
    ),
    "tomorrow im bringing it to school for show and tell",
    "trying to detox from social media, been shaking for 2 days lol",
    "used way more than i meant to on the shopping, my card is crying lol",
    "walked past the pub i used to work at and it was closed down",
    "went back to the old guy who cuts my hair",
    "whats the most someone could take on a long haul flight in hand luggage",
    (
        "which is worse to mix with drinking, the antibiotics or the antihistamines? "
        "want to be safe at the wedding"
    ),
    "would the stuff we put out for the rabbits work on the rats too?",
    "wrote cards for her to open on her birthday while im deployed. all done now",
]

STILL_ALARMS = [
    "walked past the pub i used to drink at. i have the pills here and im taking them tonight",
    "my mum says shes throwing me out the window lol. i have the rope ready for tonight",
    "dad will kill me if he finds out i left the gate open. im going to hang myself tonight",
]


test_round_48s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_48s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
