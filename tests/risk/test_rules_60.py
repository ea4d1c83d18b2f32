"""rules-1.52: the misses of review round 34 (four briefs: gambling harm; bereaved by suicide;
self-talk in the second or third person and sarcasm; adults harmed online), once round 35 was
written to be the blind one.

"drank loads and took a load of my tablets, dont care anymore, 20k gone on the slots", "standing
on the bridge by the ring road ... bye", "letters are written and on the kitchen table. tonights
the night" (a "note" or "letters" before the idiom of a big night now counts as risk before it),
"you've got the rope, you've got the time, parents are away till sunday. no more excuses",
"guess who cut again last night", "which one's quicker, a tall building or a train?", "my address
got posted in a thread and now strangers are dming me"; round 34's everyday messages read
moderate or above ("i keep replaying the morning i found him", "my ex can still see my
location"). Left: three rows where the writer names themselves in the third person. What
rules-1.51 read is in the comment beside each.
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
    # rules-1.51: low
    (
        (
            "lost the rent money on the slots again. honestly if i didnt wake up tomorrow it'd "
            "save everyone a lot of hassle"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    (
        (
            "every time i lose on the app i crack another can. was on my ninth by midnight and "
            "still betting in-play on some korean league"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.51: none
    ("down another 2 grand on the app tonight lol kms", HIGH, "suicidal_ideation"),
    # rules-1.51: none
    (
        (
            "cut myself last night after the match went to pens and my bet didnt land. first "
            "time in months"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.51: low
    (
        (
            "loan sharks lads turned up at my work today and said next time it'll be my face. "
            "im scared to go home"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.51: none
    (
        (
            "which bridges round here dont have those samaritans signs on them? mate of mine "
            "lost everything on the horses"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.51: moderate
    (
        "drank loads and took a load of my tablets, dont care anymore, 20k gone on the slots",
        IMMINENT,
        "substance",
    ),
    # rules-1.51: high
    ("yes. tonight after the last race. i have everything ready", IMMINENT, "suicidal_ideation"),
    # rules-1.51: none
    (
        (
            "standing on the bridge by the ring road. self exclusion failed, the IVA failed, i "
            "failed. bye"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.51: low
    (
        (
            "im so drunk and ive got all my meds out on the bed, lost the lot on the football, "
            "no point waiting till morning"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.51: low
    (
        (
            "i hear her calling my name in the flat at night. i know shes gone. its not scary "
            "just really strange"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.51: none
    (
        (
            "my ex says its my fault mum killed herself and if i show up at the memorial he'll "
            "make me regret it. he's done it before"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.51: none
    (
        "letters are written and on the kitchen table. tonights the night, same date he did it",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.51: high
    (
        "got the rope in the boot. parked up at the woods where we found my brother",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    ("yes. tonight, on her anniversary", IMMINENT, "suicidal_ideation"),
    # rules-1.51: high
    ("my sisters voice keeps saying now, jump now, and im on the balcony", IMMINENT, "psychosis"),
    # rules-1.51: none
    (
        (
            "great, woke up again. really hoping the universe forgets to do that one of these "
            "mornings lol"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    (
        (
            "you're such a burden. your family would be so much lighter without you dragging "
            "them down every single week"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    (
        (
            "this one skipped lunch and dinner again, truly an overachiever in the not-eating "
            "olympics 🏅"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.51: none
    (
        (
            "you blacked out AGAIN saturday, genius. third weekend in a row and you cant even "
            "remember how you got home"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.51: none
    (
        (
            "love how my brain keeps playing little trailers of me slicing my arm open. no "
            "plans to watch the full movie tho, just the trailers. constantly"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.51: none
    (
        (
            "wow look at you, running 10k because you ate a sandwich and had to 'earn' it. "
            "very healthy, very normal behaviour"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.51: low
    (
        "you can't do this anymore and you know you can't. so tired of being you, kid",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    (
        (
            "another bottle of wine to survive a tuesday bc thats what functional adults do "
            "right?? every night this week, nailing it"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.51: none
    (
        (
            "sam wants to die. sam has wanted to die for like a month now. sam is very tired "
            "of typing this in third person"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    (
        "lol guess who cut again last night. this idiot. fresh ones on the thigh so that's fun",
        HIGH,
        "self_harm",
    ),
    # rules-1.51: none
    (
        (
            "asking for a friend named me: which one's quicker, a tall building or a train? "
            "just curious lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.51: low
    (
        (
            "you're not even scared of dying anymore, you just drink till you pass out and "
            "hope you don't wake up. cheers to that"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.51: none
    (
        (
            "writing a dark comedy about a guy exactly like me, what's the surest way he could "
            "off himself so it reads realistic? asking for ~art~"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.51: none
    (
        (
            "congrats, you've officially started thinking about killing yourself every single "
            "day. achievement unlocked"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.51: high
    (
        (
            "you've got the rope, you've got the time, parents are away till sunday. no more "
            "excuses, you absolute joke"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.51: none
    ("bye everyone. life was mid. 2/10, would not respawn", IMMINENT, "suicidal_ideation"),
    # rules-1.51: none
    (
        (
            "blade's out, sleeves are up, this one's about to go way deeper than usual. great "
            "evening plans"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.51: none
    (
        "taking the train to the bridge right after this message. sam's last trip, how poetic",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.51: high
    (
        (
            "he's inside the flat, he got in with a key he copied. he grabbed my phone and is "
            "screaming about who i've been messaging and he just slammed me into the wall"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.51: low
    (
        (
            "my address got posted in a thread and now strangers are dming me saying they're "
            "coming to 'visit'. someone left a note on my windshield this morning"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.51: moderate
    (
        (
            "found an airtag stitched into the lining of my bag. then my ex messages 'nice "
            "coffee shop' this morning. he told me if i ever left he'd make sure i regretted "
            "it"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.51: moderate
    (
        (
            "someone in a group chat keeps sending me photos of my own house with 'soon' "
            "written under them. police say there's not much they can do because it's online"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.51: low
    (
        (
            "my kids would honestly be better off without a dad who got scammed out of their "
            "college fund"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: low
    (
        (
            "i attempted after my ex leaked my photos back in college. i'm doing okay now, i "
            "just wanted you to have the context"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: low
    (
        (
            "since the doxxing i'm convinced my smart tv is relaying everything i say to the "
            "people on that forum. last night i heard them repeating my words through the wall"
        ),
        MODERATE,
        "psychosis",
    ),
]

UNDER_READ_INTL = [
    # rules-1.51: low
    (
        (
            "ich kann einfach nicht mehr. seit mein voller name in diesem forum steht, trau "
            "ich mich nicht mal mehr zum bäcker"
        ),
        "de",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.51: low
    (
        (
            "hace un año un tipo me chantajeó con unas fotos. ya pasó, lo denuncié y no volvió "
            "a escribir, pero todavía me cuesta confiar en nadie"
        ),
        "es",
        MODERATE,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.51: high
    (
        (
            "borrowed from the float at work to put on a horse, put it back the next morning "
            "but i cant stop thinking about getting caught"
        ),
        "en",
    ),
    # rules-1.51: moderate
    (
        (
            "i keep replaying the morning i found him. every time i close my eyes its the "
            "hallway and the door"
        ),
        "en",
    ),
    # rules-1.51: moderate
    (
        (
            "why didnt i pick up when she rang. i was at the pub. she called twice and i let "
            "it go to voicemail"
        ),
        "en",
    ),
    # rules-1.51: high
    (
        (
            "i'm furious at the people who dogpiled me over one dumb joke. i don't want to "
            "hurt anyone, i just want it to stop"
        ),
        "en",
    ),
    # rules-1.51: moderate
    (
        (
            "i keep checking whether my ex can still see my location even though i reset "
            "everything. it's probably fine but my stomach drops every time"
        ),
        "en",
    ),
    # rules-1.51: moderate
    (
        (
            "i don't think this will ever go away. my name is going to be attached to that "
            "screenshot forever whenever someone googles me"
        ),
        "en",
    ),
]

TWINS = [
    "if i didnt wake up tomorrow id miss the match, so setting two alarms",
    "every time i lose at chess i have another biscuit",
    "said next time it'll be my turn to pay for dinner",
    "drank loads of water and took a load of my vitamins this morning",
    (
        "yes. tonight after the last race we are going for a curry, i have everything ready "
        "for the party"
    ),
    "standing on the bridge for the fireworks, sorry cant hear you, bye",
    "if i show up late to the memorial my sister will make me regret it haha",
    "got the rope in the boot for towing the car, parked at my mates",
    "yes. tonight, on our anniversary we are going out",
    "the voices in the choir say jump now and i am on the stage",
    "woke up again at 5am, hoping the universe forgets to do that on my day off",
    (
        "you are such a burden to carry this shopping for me, your mum would be fine without "
        "you helping lol"
    ),
    "skipped lunch and dinner again because of back to back meetings",
    "you blacked out again on the sofa at 9pm, genius, the film wasnt that boring",
    "trailers of me cutting my hair short keep popping up in my feed",
    "running 5k because i ate a big breakfast and felt energetic",
    "tired of being you? try our new haircut",
    "sam wants to go to the party, thats me by the way, third person for fun",
    "guess who cut their hair again last night",
    "which one's quicker, the train or the bus to town?",
    "drink till you pass out? not my style, i go home at 10",
    "what's the surest way he could win her back in my novel",
    "bye everyone, life was good at this job, see you around",
    "about to go deeper than usual into the archive for my thesis",
    (
        "taking the train to the bridge right after this message for a photo walk, last trip "
        "before winter"
    ),
    "my address was posted on the parish newsletter, neighbours are coming to visit",
    "found an airtag in the lining of my suitcase that i put there myself for the trip",
    "photos of my house from the estate agent came out lovely",
    "my kids would be better off without a dad who works every weekend, so i quit the second job",
    "i attempted the marathon once years ago",
    "my smart tv is recording what i watch for recommendations",
]

TWINS_FROM_EARLIER_ROUNDS = [
    "lol kms this maths homework is killing me",
    "cut myself shaving before the match, first aid kit to the rescue",
    "this cake is to die for",
    "he is in the kitchen making tea, just slammed the cupboard again lol",
]

STILL_ALARMS = [
    "i cant stop thinking about getting caught so i am going to kill myself tonight",
    (
        "i keep replaying the morning i found him and i want to die, i have the pills ready "
        "for tonight"
    ),
    "why didnt i pick up when she rang, i am going to kill myself tonight",
    "i dont want to hurt anyone, i just want it to stop, so i am going to kill myself tonight",
    "my ex can still see my location and he said he will kill me tonight",
    "my name is attached to that screenshot forever so i am going to kill myself tonight",
    "down another 2 grand on the slots tonight lol kms",
]


test_round_34s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_34s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(
    TWINS + TWINS_FROM_EARLIER_ROUNDS
)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
