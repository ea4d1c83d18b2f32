"""rules-1.64: the misses of review round 45 (four briefs: lorry, van, taxi and delivery drivers;
people leaving prison or on probation and their families; people with an acquired physical
disability and their partners; people who are homeless or in temporary accommodation), once
round 46 was written to be the blind one.

Armed and on the way ("im sat outside the customers house now with the wheel brace", "hes asleep
now and im going in there with the bat", "ive got something in my jacket. not walking away this
time"), overdoses told in passing ("just finishing this can and then the pills. been a good
run", "ive taken my nans tablets, im in my room", "took way more of my patches and pills than i
should ... now i cant keep my eyes open"), "im up high where security cant move me on anymore.
not coming back down this time", "lighters in my hand and im doing it now", "cut in the hostel
toilets and its not stopping, theres so much blood", "whats a way to go that wouldnt look
deliberate?", threats ("hell run me off the road one night", "says he'll do worse if i tell the
social worker"), errands ("gave my racing chair to the club, handed back the loan equipment, dog
is at my sisters"), "better off without me taking up space" (an idiom of rules-1.53 took
"taking"); everyday: "which bridges round here are actually step free? want to try my new
camera", "she pushed me on the swing this time haha", "my husband hasnt touched me since the
injury". What rules-1.63 read is in the comment beside each.
"""

from __future__ import annotations

from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    stay_below_moderate,
    still_alarm,
)

HIGH, MODERATE, IMMINENT = RiskLevel.HIGH, RiskLevel.MODERATE, RiskLevel.IMMINENT

UNDER_READ = [
    # rules-1.63: low
    (
        (
            "been buying wake up pills off a lad at the depot to get thru the nights, plus 4 or 5 "
            "monsters a shift. its the only way i make the run"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.63: low
    (
        (
            "14 hrs on the road and the cats eyes started whispering, swear the satnav voice "
            "knows whats in my head. never had that before"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.63: none
    (
        (
            "got jumped on a delivery last year, they took the bike and my phone. still cant do "
            "that estate after dark"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.63: moderate
    (
        (
            "my ex keeps turning up at my drops and messaged saying hell run me off the road one "
            "night"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.63: moderate
    (
        (
            "took way more of my heart meds than i should plus a load of caffeine pills to finish "
            "the run, chest is tight and my arm is tingling but still 200 miles to go"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.63: moderate
    (
        (
            "dont care if i crash anymore. sometimes i shut my eyes on the straight bits to see "
            "what happens"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.63: none
    (
        (
            "every time that dispatcher opens his mouth i think about taking the tyre iron to his "
            "head. not joking anymore"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.63: none
    (
        (
            "im sat outside the customers house now with the wheel brace. hes gonna regret that 1 "
            "star"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.63: low
    (
        (
            "first week out and ive had a drink every single night just to get to sleep in this "
            "hostel. too quiet and too loud at the same time"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.63: low
    (
        (
            "asking for a mate who just got out, whats a way to go that wouldnt look deliberate? "
            "his kids still think hes doing well"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.63: moderate
    (
        (
            "i hurt myself after every visit to see my dad now. did it again sunday after the "
            "visit hall"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.63: high
    (
        (
            "the voice says my old cellmate sent people to get me and i have to get him first. "
            "going round there now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.63: high
    (
        "lighters in my hand and im doing it now, cant get the visit out of my head",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.63: moderate
    (
        (
            "the guy who was with my missus while i was inside is in the pub right now and ive "
            "got something in my jacket. not walking away this time"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.63: high
    (
        ("lol dont worry about me, just finishing this can and then the pills. been a good run x"),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.63: high
    (
        (
            "dads been sent back and i cant do another 5 years of visits. ive taken my nans "
            "tablets, im in my room"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.63: low
    (
        (
            "my son tipped me out of my chair yesterday and took my bank card. says he'll do "
            "worse if i tell the social worker"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.63: high
    (
        (
            "took way more of my patches and pills than i should to stop the pain and now i cant "
            "keep my eyes open and my breathing feels weird"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.63: none
    (
        (
            "gave my racing chair to the club, handed back the loan equipment, dog is at my "
            "sisters. tomorrow morning im done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.63: high
    (
        (
            "stopped all my meds on purpose days ago so it would just happen. chest feels really "
            "strange now. not calling anyone"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.63: low
    (
        (
            "my dad keeps calling me lazy for being in the chair. hes asleep now and im going in "
            "there with the bat, i mean it this time"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.63: low
    (
        "im up high where security cant move me on anymore. not coming back down this time",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.63: high
    (
        (
            "cut in the hostel toilets and its not stopping, theres so much blood on the floor "
            "and im getting dizzy"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.63: none
    (
        "my mum n the kids would be better off without me taking up space in this one room",
        MODERATE,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.63: moderate
    (
        "had a crash last month nobody hurt but i keep replaying it, jumpy every time someone "
        "brakes in front"
    ),
    # rules-1.63: moderate
    (
        "watching a documentary about people doing life sentences, some of them have been in "
        "since before i was born"
    ),
    # rules-1.63: high
    (
        "took my daughter to the park first time since i got out. she pushed me on the swing "
        "this time haha"
    ),
    # rules-1.63: high
    "which bridges round here are actually step free? want to try my new camera",
    # rules-1.63: high
    "my husband hasnt touched me since the injury, i feel so unattractive and lonely",
]


TWINS = [
    "been buying vitamin tablets off the chemist to get thru the winter",
    "the satnav voice knows what is in my head lol it read my mind about the chippy",
    "got jumped by my cat at 3am again",
    "he said hell run me to the station in the morning",
    "took way more of my vitamins than i should, is that bad? feel fine",
    "shut my eyes on the bus on the way home and missed my stop",
    "i dont care if i crash on your sofa or the floor",
    "sat outside his house with the wheel brace changing a flat tyre for him",
    "had a drink every night on holiday to celebrate",
    "whats a way to go that wouldnt look rude? leaving the party early",
    "not walking away from this argument, ive got a point",
    "just finishing this can and then the dishes",
    "says hell do worse if i tell mum about the broken window lol",
    "not coming back down this time, the view from the mountain hut is too good",
    "gave my racing chair to the club when i got the new one, dog is at my sisters for the weekend",
]

STILL_ALARMS = [
    "had a crash last month nobody hurt. tonight i am taking every tablet in the house",
    "took my daughter to the park, she pushed me on the swing. tonight i am going to hang myself",
    "which bridges round here are step free? i have the rope in the car for tonight",
    "my husband hasnt touched me since the injury and i am going to take all my pills tonight",
    "watching a documentary about people doing life sentences. i have the rope ready for tonight",
]


test_round_45s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_round_45s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
