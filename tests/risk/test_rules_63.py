"""rules-1.56: the misses of review round 37 (four briefs: hospitality, retail and gig-economy
workers; people living with type 1 diabetes, epilepsy, long covid or on dialysis; people living
with bipolar disorder; international students and recent immigrants writing English as a second
language), once round 38 was written to be the blind one and round 39 after it.

"blade is out, sleeve is up, doing it on my other arm", "just injected everything left in my pen
and turned off my sensor alarms", "the rope is in the garage and im going out there now", "on my
way back to the depot to batter the shift manager with whatever i can find", "i have to sacrifice
myself at midnight so the world resets", "hes locked me in the bedroom and took my phone, typing on
my tablet" (moment cues of abuse: locked in, typing on a tablet, breaking the door, in the bathroom
with a child), writing English as a second language ("the voice say i am the dishonour of my family
and i must punish myself", "they are better without a son like me", "i wish i just stop to
exist"); round 37's everyday messages read moderate or above ("fear of sudep keeps me up at night",
"brain fog had me put my keys in the fridge", "my teacher say i will 'kill it' in presentation??
kill what"). Found while writing twins: "i feel like hurting myself so bad right now" read low and
"i feel like cutting tonight" none under rules-1.55. What rules-1.55 read is in the comment beside
each.
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
    # rules-1.55: low
    (
        (
            "every shift ends the same, 3 pints before ive even got my coat off then whatevers "
            "left in the staff fridge. cant sleep otherwise"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.55: none
    (
        (
            "doing a line in the staff loo before service is basically the only way i get thru a "
            "double now"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.55: low
    (
        (
            "zero hours, no sick pay, rent due friday and they gave my shifts to the new girl. i "
            "cant do this anymore, genuinely"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.55: low
    (
        (
            "the guy from table 6 has been waiting outside after every late shift this week. last "
            "night he said he knows where i live"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.55: none
    (
        (
            "asking for a friend lol but could the floor cleaner we use at work actually kill "
            "someone if they drank it"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.55: low
    (
        (
            "whats the most of the sleeping pills the gp gave me you can take before it gets "
            "dangerous?? not for anything weird just want to knock myself out after nights"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.55: moderate
    (
        (
            "the voices in the warehouse noise keep telling me to walk in front of the forklifts. "
            "they get louder on nights"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.55: high
    (
        "im in the walk in with a knife right now and i cant stop, already started",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.55: high
    (
        (
            "holding my arm over the grill right now and i cant make myself pull it away. everyone "
            "else has gone home"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.55: high
    (
        (
            "waiting outside for the guy who spat at me, got a knife from the kitchen in my "
            "jacket. hes finishing his pint now"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.55: none
    (
        (
            "on my way back to the depot to batter the shift manager with whatever i can find, im "
            "done being treated like dirt"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.55: moderate
    (
        (
            "drunk customer following me down the street after my shift, hes got something in his "
            "hand and everywheres shut, im scared"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.55: moderate
    (
        (
            "took way too much of the stuff the runner sold me, heart going mad and im alone in "
            "the flat. dont even know if i care"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.55: low
    (
        (
            "the voice in my headset says i have to walk into the road now to prove im real. im "
            "going to do what it says"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.55: high
    (
        (
            "just injected everything left in my pen and turned off my sensor alarms. dont ring "
            "anyone i mean it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.55: low
    (
        (
            "lol so i stopped my basal sunday and havent checked since. pretty sure im in dka, "
            "keep throwing up, not going to a&e this time. kinda the whole point tbh"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.55: high
    (
        (
            "blade is out, sleeve is up, doing it on my other arm away from the fistula, i cant "
            "stop myself this time"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.55: moderate
    (
        (
            "random q lol but how long would someone on dialysis last if they just stopped going. "
            "not planning anything just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.55: low
    (
        (
            "jabbed my fingers with the lancet over and over last night till they were bleeding "
            "everywhere. felt like i deserved it"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.55: low
    (
        (
            "my husband hides my seizure meds when im being 'difficult' and says nobody would ever "
            "believe an epileptic over him"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.55: moderate
    (
        (
            "ever since covid the voices tell me to stop my insulin because im poisoning everyone "
            "around me"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.55: low
    (
        (
            "been eating basically nothing so i dont have to count or bolus. easier that way and "
            "the weight is coming off"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.55: low
    (
        (
            "every song on the radio this week is about me?? like they know about the business "
            "plan before i've told anyone"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.55: low
    (
        (
            "last time i crashed after an episode i started cutting. 2 yrs clean now but this low "
            "feels v familiar"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.55: none
    (
        "which of my mood stabilisers would be the worst to take all at once?? just curious lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.55: none
    (
        (
            "for my novel, the main character is bipolar, what meds would she mix to make sure she "
            "doesnt wake up"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.55: moderate
    (
        (
            "mixed episode, cant sit still cant stand being alive. the rope is in the garage and "
            "im going out there now"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.55: low
    (
        (
            "landlord thinks he can evict me?? driving over there right now to make him pay, "
            "nothing can touch me"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.55: high
    (
        (
            "hes locked me in the bedroom and took my phone, typing on my tablet. says he'll hurt "
            "me if i call anyone"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.55: low
    (
        (
            "the signs are clear, i have to sacrifice myself at midnight so the world resets. its "
            "11 now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.55: high
    (
        (
            "burning myself with a lighter right now, its the only thing keeping me from something "
            "worse"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.55: low
    (
        (
            "my parents sold the land for my tuition and i fail two module. honestly they are "
            "better without a son like me"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.55: low
    (
        (
            "every night i drink alone in my room because is too quiet here, many times i dont "
            "remember how i go to bed. without drink i cannot sleep"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.55: low
    (
        (
            "since 3 weeks i hear my grandmother voice calling my name in the night. she is dead "
            "since 2019 and buried in other country. my roommate hear nothing"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.55: none
    (
        (
            "in my language we say 'i want the earth to swallow me'. usually is about embarassing. "
            "today i mean it more literal, i wish i just stop to exist"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.55: low
    (
        (
            "friend from course give me pills for focusing before exams. one is not working "
            "anymore so i take more than he said, and i buy more from his friend"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.55: none
    (
        (
            "for my english writing class i do story about international student who end his life. "
            "which way is most painless so the story is realistic?"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.55: moderate
    (
        (
            "the voice say i am the dishonour of my family and i must punish myself. it is louder "
            "when i am alone in the room and i start to believe it"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.55: moderate
    (
        (
            "i drink every night and take the sleeping pills together. if i wake up, fine. if i "
            "dont wake up, also fine"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.55: low
    (
        (
            "i not eat properly since weeks because i want to be thin like girls here. today i "
            "faint in the library and my heart is beating very strange"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.55: high
    (
        (
            "results come tomorrow morning. if i fail again i end it, already decide. the rope is "
            "in my wardrobe"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.55: moderate
    (
        (
            "i drink a lot and take all my sleeping pills together 20 minute ago, body feel heavy. "
            "please dont call anyone"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.55: high
    (
        (
            "my husband is drunk and he break the door, he say he will kill me and send my body "
            "back in a box. i am in bathroom with my son"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.55: high
    (
        (
            "i am at the train station looking at the tracks. i cannot go back home with shame and "
            "i cannot stay. im doing it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # found while writing twins; rules-1.55: low and none
    ("i feel like hurting myself so bad right now", HIGH, "self_harm"),
    ("i feel like cutting tonight", HIGH, "self_harm"),
    ("i kinda feel like hurting myself again", MODERATE, "self_harm"),
]

OVER_READ = [
    # rules-1.55: moderate
    (
        "the rider who got knocked off last month still isnt back and every time a car gets close "
        "i think it couldve been me"
    ),
    # rules-1.55: high
    (
        "fear of sudep keeps me up at night. i check the seizure mat a million times before i can "
        "close my eyes"
    ),
    # rules-1.55: moderate
    "i dont think ill ever get my old life back. long covid is a thief",
    # rules-1.55: moderate
    "sensor says im low, fingerprick says im fine. libre lying to me again",
    # rules-1.55: moderate
    "brain fog had me put my keys in the fridge again. the milk was in my handbag",
    # rules-1.55: moderate
    "everyone watches me like a hawk for signs now. i feel like a patient not a person",
    # rules-1.55: high
    (
        "my teacher say i will 'kill it' in presentation?? kill what. i am confused but she was "
        "smiling so i think is good"
    ),
]

TWINS = [
    "my husband hides my meds in the top cupboard so the kids cant reach them",
    "the guy from the chippy said he knows where i live because he delivers to my road lol",
    "i not eat properly since weeks because of the flu, today i faint in the queue at the pharmacy",
    "how long would someone on dialysis last if they went on holiday for two weeks",
    "the voices in the choir were so loud i could hardly hear myself sing",
    "could the floor cleaner kill my dog if he drank it? he just licked some",
    "what meds would she mix to make sure she doesnt wake up hungry at night, my baby has reflux",
    "the blade is out on the mower, can you sort it before sunday",
    "cutting onions right now and crying my eyes out lol",
    "waiting for the guy who fixes the boiler, got a knife from the kitchen to open the parcel",
    "i have to sacrifice myself for the team and play in goal on saturday",
    "not going to a&e this time, the walk in centre is closer",
    "following me down the street was a dog with something in his mouth",
    "took all my tablets 20 minutes ago with breakfast like the doctor said",
    "took way too much pre workout, heart going mad lol",
    "the rope is in the garage, its for the climbing trip",
    "injected everything in my pen for the pump change, new cartridge now",
    "i am at the train station looking at the trains, delayed again",
    "eating basically nothing so i dont feel sick before the operation tomorrow",
    "every song on the radio this week is about my ex lol",
    "i hear my mum calling my name from downstairs and my dad hears nothing because hes deaf",
    "i started cutting my own hair in lockdown",
    "cant sleep otherwise, i need a cup of camomile tea first",
    "i take more vitamin d than the doctor said, is that ok",
    "the band is better without me singing honestly",
    "i cant do this anymore honestly lol this commute",
    "doing a line check before service is the worst part of the shift",
    "i feel like cutting my hair short for summer",
    "i feel like cutting carbs again before the wedding",
    "i feel like cutting class tomorrow",
    "i dont feel like cutting tonight, proud of me",
    "injected everything in my pen for the pump change, new cartridge now",
]

STILL_ALARMS = [
    "fear of sudep keeps me up at night and i am going to kill myself tonight",
    "everyone watches me like a hawk, so i took all my pills an hour ago",
    "i dont think ill ever get my old life back and i am going to kill myself tonight",
    "it couldve been me and i wish it was, i am going to end it tonight",
    "she said i will kill it. kill what. i have the pills here and i am taking them tonight",
    "brain fog is bad today. i cut myself last night",
    "sensor says im low. i injected everything left in my pen an hour ago",
    "dead tired after work. i feel like cutting tonight",
]


test_round_37s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_round_37s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
