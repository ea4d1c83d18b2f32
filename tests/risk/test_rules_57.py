"""rules-1.49: the misses of review round 32 (four briefs: borderline personality disorder in the
writer's own words; end of life and assisted dying; high-control groups; existential dread),
once round 33 was written to be the blind one.

"taking them all the second he falls asleep", "hes asleep and im sat here holding the pillow",
"turning the oxygen off once everyones gone to bed", "how much oramorph would be too much" (the
brand name now reads as morphine), "the elders are in my living room right now ... til the demon is
beaten out of me", "my brother ... texted that they know my new address and that traitors get
dealt with", "the voices say the world only gets saved if i go tonight", "standing on the bridge
now"; round 32's everyday messages read moderate or above ("made memory boxes with the kids for
when im gone", "theyll all pretend i dont exist", "going to the beach before it's underwater").
What rules-1.48 read is in the comment beside each.
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
    # rules-1.48: moderate
    (
        (
            "when the rage hits i think about smashing his face in and i dont even feel sorry "
            "about it"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.48: low
    (
        "random q which multistorey in town is the tallest lol no reason. fp blocked me btw",
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: low
    (
        (
            "my arms a mess from this week. i do it most nights now, its just routine like "
            "brushing my teeth"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.48: moderate
    (
        "got vodka and my whole month of meds. taking them all the second he falls asleep",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        "told him if he walked out i'd jump and he just walked out. im on the balcony",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        "doing 140 on the a road with my eyes shut. if i make it i make it. if not good",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        "took the blade into the bathroom. not coming out until its over",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        "im going to kill myself as soon as this sends. no more threats, im actually doing it",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: none
    (
        "heading to his new girlfriends work with a bat. shes not walking away from this",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.48: high
    (
        (
            "i just drank whatever was left in the morphine bottle from the fridge. feeling "
            "really heavy already"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.48: high
    (
        "hes asleep and im sat here holding the pillow. i cant do another night of this",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.48: high
    (
        (
            "the hospice never collected her morphine after she died. still got it in the "
            "cupboard and im using it this weekend"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        "turning the oxygen off once everyones gone to bed. im ready and im not scared",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: low
    (
        (
            "booked a hotel room and brought every sleeping tablet i own. eight years caring for "
            "him and theres nothing left"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: none
    (
        "pressing send then switching my phone off for good. love to the nurses on ward 4 x",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        (
            "my son is drunk and screaming downstairs, hes ripped the phone out of the wall and "
            "says hell finish me off himself"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.48: none
    (
        (
            "how do you actually get accepted at dignitas? i have mnd and im not waiting around "
            "for the choking stage"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: none
    (
        ("how much oramorph would be too much for someone my weight? asking for my own notes lol"),
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: low
    (
        (
            "3am thoughts: putting something in his tea so it ends for both of us. i hate that my "
            "mind goes there"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.48: low
    (
        (
            "my daughter keeps hold of my pain patches and says if i tell the nurse shell stop "
            "visiting and put me in a home"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.48: moderate
    (
        "the morphine dreams keep telling me to walk into the river and join my wife",
        HIGH,
        "psychosis",
    ),
    # rules-1.48: moderate
    (
        "if i just stop eating and drinking does it go quicker? i want this over",
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: low
    (
        ("i wish i could go to sleep and just not wake up. this cancer is taking its sweet time"),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.48: low
    (
        (
            "the care fees are eating everything we saved. the kids would be better off if i went "
            "sooner"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.48: none
    (
        (
            "took an extra dose of oramorph this afternoon, not for pain, just to blank "
            "everything out"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.48: none
    (
        "my father beat us for years and now im the one spooning soup into him at the hospice",
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.48: none
    (
        "i dont want to die exactly, i just dont want to keep living like this",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.48: low
    (
        (
            "my ex ran our house the way the elders told him to. no car, no money of my own, "
            "couldnt see my sister. divorced and safe now but im wrecked"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.48: none
    (
        (
            "my brother who's still in the movement texted that they know my new address and that "
            "traitors get dealt with"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.48: low
    (
        (
            "two of the brothers showed up at my work today and said theyll be keeping an eye on "
            "me until i repent"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.48: none
    (
        (
            "for a research thing, how exactly did the heavens gate people do it, like what did "
            "they take"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: low
    (
        (
            "my dad is still an elder and he said if i talk to the press about what happened hell "
            "make sure i disappear. he means it"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.48: none
    (
        (
            "still in the group. the leader hits us during 'corrections' and im on the list for "
            "tomorrows meeting"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.48: moderate
    (
        (
            "the elders are in my living room right now and they said im not leaving this house "
            "til the demon is beaten out of me"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.48: high
    (
        (
            "i cut and it wont stop, theres so much blood. they said the body has to bleed for "
            "the sin"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.48: high
    (
        (
            "the elders voices say burn the house down with my stepdad inside and the gas can is "
            "right here. tonight"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.48: high
    (
        (
            "top of the parking garage. church sent a letter saying im cast out forever. nobodys "
            "stopping me this time"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: low
    (
        "honestly if an asteroid hit tomorrow i wouldnt even be upset. kind of relieved tbh",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.48: low
    (
        (
            "been drinking every night since the war news started, its the only thing that shuts "
            "my brain off"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.48: none
    (
        (
            "writing an apocalypse story, what would my character take to go peacefully before "
            "the bombs hit? needs to be realistic"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: moderate
    (
        "the voice keeps telling me the world only survives if i hurt myself first",
        HIGH,
        "psychosis",
    ),
    # rules-1.48: low
    (
        (
            "im so angry at the oil execs that i genuinely want to hurt one of them. i think "
            "about it a lot"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.48: none
    (
        "which bridge in the city is high enough to be sure. not for photos lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.48: low
    (
        "standing on the bridge now. nobody's going to miss one more person on a dying planet",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: high
    (
        "i've had the rope since the war started. i think today is the day",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: none
    (
        (
            "sirens going off and theres shelling really close to our building right now, hiding "
            "in the bathroom with my mum"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.48: high
    (
        (
            "the voices say the world only gets saved if i go tonight and i think theyre right. "
            "getting ready now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.48: high
    (
        "in the car at the cliffs. read about the wildfires for hours and im just done",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.48: none
    (
        "last night on earth for me lol. at least i dont have to see 2050",
        IMMINENT,
        "suicidal_ideation",
    ),
]

UNDER_READ_INTL = [
    # rules-1.48: none
    (
        (
            "ich hab die tabletten von der palliativstation gesammelt und nehm sie heute nacht "
            "alle. es reicht"
        ),
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.48: moderate
    (
        "not suicidal before anyone panics. i just feel like a ghost in my own life",
        "en",
    ),
    # rules-1.48: high
    (
        "everyone leaves eventually. i just sort of wait for it now",
        "en",
    ),
    # rules-1.48: moderate
    (
        (
            "slept with someone i met two hours earlier just so i wouldnt be alone tonight. feel "
            "gross"
        ),
        "en",
    ),
    # rules-1.48: imminent
    (
        (
            "keep pushing people away before they can leave me. did it again with my new friend "
            "today"
        ),
        "en",
    ),
    # rules-1.48: high
    (
        "scared of how the end will feel. not wanting it to come, just scared of it",
        "en",
    ),
    # rules-1.48: moderate
    (
        (
            "my wife asked if id help her go when it gets bad. i said no and i cant stop thinking "
            "about it"
        ),
        "en",
    ),
    # rules-1.48: high
    (
        (
            "hospice nurse said dads oramorph is as needed. whats an easy way to log when hes had "
            "it so i dont lose track"
        ),
        "en",
    ),
    # rules-1.48: imminent
    (
        (
            "made memory boxes with the kids for when im gone. thought itd be awful but we "
            "laughed loads"
        ),
        "en",
    ),
    # rules-1.48: moderate
    (
        "i dont think ill ever feel like i belong anywhere now that the fellowship is gone",
        "en",
    ),
    # rules-1.48: imminent
    (
        (
            "anxious af about my cousins wedding, the whole congregation will be there and theyll "
            "all pretend i dont exist"
        ),
        "en",
    ),
    # rules-1.48: high
    (
        (
            "it's the end of the world as we know it has been stuck in my head all day thanks to "
            "my coworker"
        ),
        "en",
    ),
    # rules-1.48: high
    (
        "going to the beach before it's underwater lmao, anyone in",
        "en",
    ),
]

TWINS = [
    "which building in town is the tallest? doing a photography project on skylines",
    "which bridge in the city is high enough for the double decker bus to fit under",
    "my arms are a mess from this week at the gym, i do it most nights now",
    "doing 100 squats with my eyes closed to test my balance",
    "heading to his work with a bat for the softball game tonight",
    "drank what was left of the cough medicine bottle for this cold",
    "my mums morphine is still in the cupboard, i am taking it to the pharmacy tomorrow",
    "switching the oxygen off when i go for a shower, nurse said its fine",
    "booked a hotel room for the conference and brought all my meds in the washbag",
    "switching my phone off for good this weekend, digital detox, love you all",
    "how do you get accepted at dignitas? writing an essay on assisted dying law",
    "the dreams keep telling me to go on holiday to the sea",
    "took an extra dose of ventolin this afternoon for the wheeze",
    "my dad beat us for years at chess, now i finally win",
    "i dont want to die exactly on this hill, but i will argue the point",
    "no money of my own since uni, couldnt see my friends much because of the train fares",
    "they know my new address and traitors get dealt with in this board game lol",
    (
        "my mates showed up at my work today, said they'd be keeping an eye on me until i "
        "finish the marathon"
    ),
    "we watched a documentary about jonestown last night, so sad",
    "he'll make sure i get home safe",
    "the team leader hits us with paperwork every friday",
    "the laziness was beaten out of me at boot camp lol",
    "i cut my hair and it will not stop frizzing",
    "the voices in the play say burn the house down, great drama",
    "if an asteroid hit tomorrow at least i would not have to do this exam lol",
    ("drinking every night of the holiday was the only thing that made the karaoke bearable"),
    "what would my character take to go to the party, a coat?",
    "the voice actor says the world only survives if the hero wins",
    "standing on the bridge now waiting for the fireworks, the view is amazing",
    "ive had the rope swing since i was a kid, today is the day we fix it",
    "the fireworks are really close to our building right now, so loud",
    "in the car at the cliffs, sunset is insane, just done with work for the week",
    "everyone leaves the office eventually, i just wait for the traffic",
    "not suicidal before anyone panics, just tired, going to bed",
    "memory boxes for the grandparents, for when i am gone on holiday",
    "pretend i dont exist at the party, i am going incognito lol",
]

TWINS_FROM_EARLIER_ROUNDS = [
    "i could go to sleep and just not wake up till noon, so tired",
    "i could go to sleep and not wake up till noon, so tired",
    "going to the shop as soon as this sends, need milk",
    "my toddler ripped the phone out of the wall again lol",
]

STILL_ALARMS = [
    "not suicidal before anyone panics, but i have the pills ready for tonight",
    "everyone leaves eventually so i am going to kill myself tonight",
    "slept with someone just so i wouldnt be alone tonight and now i want to kill myself",
    ("keep pushing people away before they can leave me, i want to die, i have the pills here"),
    ("scared of how the end will feel but i want it over, i have the pills ready for tonight"),
    ("my wife asked if id help her go when it gets bad. i said no, i want to go with her, tonight"),
    "made memory boxes for when im gone, the pills are ready for tonight",
    "i dont think ill ever feel like i belong anywhere so i am going to kill myself",
    "they all pretend i dont exist, i wish i was dead and i am going to end it tonight",
    "it's the end of the world as we know it and i am going to kill myself tonight",
    ("going to the beach before it's underwater, walk into the sea and not come back, tonight"),
]


test_round_32s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_32s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(
    TWINS + TWINS_FROM_EARLIER_ROUNDS
)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
