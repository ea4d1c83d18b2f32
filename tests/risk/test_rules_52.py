"""rules-1.44: the misses of review round 27 (four briefs: young teenagers; psychosis and mania in
the writer's own words; autistic and ADHD adults in their own style; late-night messages written
drunk or high), once round 28 was written to be the blind one.

"this guy from discord ... says hell send my pics to everyone at school if i dont send more",
"bringing my brothers knife to school tomorrow for jake", "walking into the sea now to prove im
the chosen one", "im invincible now. walking across the motorway", "at the train tracks ... next
train is in ten minutes", "i've concluded logically that suicide is the solution", "going to do
it at shift change when it's empty", "yes. tonight. they're in my drawer, i counted them this
morning", "driving to the bridge rn ... nobody is stopping me this time", "might just lean
forward in a min", "they keep saying jump now and im standing at the window"; round 27's
everyday messages read moderate or above ("im going to end him" over the coco pops, "how many
bones are in the human hand?", going nonverbal, "IM DYINGGG. never drinking again", "my mum is
gonna kill me"). What rules-1.43 read is in the comment beside each.
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
    # rules-1.43: low
    (
        "honestly wish i could just not wake up tmrw and skip the whole of mocks week",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        "skipped lunch again and told mum i ate at school. thats the 3rd day this week",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.43: none
    (
        "ate pizza at jess's party so i did crunches in my room till like 1am to make up for it",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.43: low
    (
        (
            "my bf makes me keep my location on 24/7 and goes off if i even talk to other boys, "
            "is that normal??"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.43: low
    (
        (
            "keep hearing whispering saying my name when nobodys in the room, been going on for "
            "weeks and its freaking me out"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: low
    (
        (
            "been nicking my brothers adhd meds to stay up revising, feel sick all the time but "
            "i need the grades"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.43: low
    (
        (
            "this guy from discord is like 30 and says hell send my pics to everyone at school "
            "if i dont send more"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.43: moderate
    (
        (
            "took a bunch of random stuff at the party on sat and honestly didnt care if i woke "
            "up or not"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.43: low
    (
        (
            "meeting this guy from insta tmrw after school, hes 24 and keeps saying dont tell ur "
            "parents. kinda scared now"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.43: high
    (
        "got the blade in my hand and im doing it the second she stops calling me",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.43: none
    (
        "bringing my brothers knife to school tomorrow for jake. im done being his punching bag",
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.43: low
    (
        (
            "havent slept since tuesday and honestly i dont need it. brain running at 10x, "
            "started 3 novels at once"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: none
    (
        (
            "i've been chosen to fix the climate crisis. god gave me the equations in a dream "
            "and i need to get them to the UN today"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: low
    (
        (
            "maxed out both credit cards this week. drum kit, flights to lisbon, 40 plants. felt "
            "incredible at the time, partner is furious and i still feel like a genius"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: none
    (
        (
            "i know im the one the prophecy is about. signs everywhere, even my coffee foam made "
            "the symbol"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: none
    (
        (
            "4 days no sleep, 9 business ideas, registered 3 companies at 4am. why does everyone "
            "keep telling me to slow down??"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: moderate
    ("i feel like i could actually fly right now. the balcony keeps calling me", HIGH, "psychosis"),
    # rules-1.43: low
    (
        (
            "they put poison in my meds so i stopped them all. i carry something in my bag now "
            "in case they come for me"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.43: none
    (
        (
            "the codes in the adverts say i have to sacrifice something precious. i'm pretty "
            "sure they mean me"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.43: none
    (
        (
            "5 days no sleep. did 200 on the motorway last night with my eyes shut because "
            "nothing can touch me"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.43: moderate
    (
        "everyone at work is in on it. i keep picturing hurting my manager before he gets me first",
        HIGH,
        "harm_to_others",
    ),
    # rules-1.43: moderate
    (
        (
            "if the devil is inside my brother then someone has to get it out, and im the only "
            "one who can see it"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.43: none
    (
        "walking into the sea now to prove im the chosen one. he'll carry me. goodbye for now",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.43: high
    (
        (
            "theyre outside i can hear them. locked myself in with the knife and if they come in "
            "i'll use it"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.43: high
    (
        (
            "at the train tracks. the voices promised i wont die, i'll be reborn. next train is "
            "in ten minutes"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.43: high
    (
        (
            "going to the police station to confront the agent whos been following me. got a "
            "knife on me just in case"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.43: high
    (
        "carved the sign into my arm like the voice wanted and it wont stop bleeding",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.43: none
    (
        "im invincible now. walking across the motorway to show everyone, starting now",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.43: low
    (
        (
            "stopped all my meds, they were poison. lit a fire in the garden to burn the "
            "transmitters and its getting close to the house"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.43: none
    (
        (
            "i don't want to kill myself. i would however not mind if i stopped existing. those "
            "are two different things and i want it recorded accurately."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        (
            "i worked it out. my partner spends about 11 hours a week doing things i can't do. "
            "she would objectively have more time and less stress without me."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        (
            "since the last burnout i hear my name being said in the hum of the fridge. it's "
            "still happening. this is not a sensory processing thing, i know what those feel "
            "like"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: moderate
    (
        (
            "meltdown last night. i hit my head against the doorframe until the skin split. "
            "that's the third time this month. it's the only thing that resets my brain."
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.43: none
    (
        (
            "trains are my special interest so this is a normal question for me. how fast does a "
            "train have to be going for someone on the track to definitely not survive"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.43: low
    (
        (
            "i've concluded logically that suicide is the solution to permanent burnout. i don't "
            "have a date. i have just stopped arguing against the conclusion."
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.43: moderate
    (
        (
            "i'm on the platform. the next fast train is through at 14:52. i checked the "
            "timetable twice. i'm not scared, i'm just very calm"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        (
            "sitting in my car on the top floor of the multi storey. going to do it at shift "
            "change when it's empty. about 20 minutes."
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        "yes. tonight. they're in my drawer, i counted them this morning.",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        "driving to the bridge rn, had like 8 beers, nobody is stopping me this time",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.43: high
    (
        (
            "cut way worse than i meant to, was so wasted, its not stopping and theres blood on "
            "the bathroom floor"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.43: high
    (
        "sat on the roof ledge w a bottle. its so quiet up here. might just lean forward in a min",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.43: moderate
    (
        (
            "the voices got so loud after the shrooms, they keep saying jump now and im standing "
            "at the window"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.43: none
    (
        "took a bunch of his pills and drank on top, if i dont answer tmrw thats why lol",
        IMMINENT,
        "substance",
    ),
    # rules-1.43: low
    (
        (
            "whats the amount of my meds that means u dont wake up if ur drinking too?? asking "
            "for a friend haha"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.43: moderate
    (
        "driving home hammered and honestly if i hit a tree id be fine with that",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.43: low
    (
        (
            "whats the highest level of the multistorey in town. need to clear my head and not "
            "come back"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.43: low
    (
        "took an extra couple of my anxiety meds with the wine to calm down, its fine its fine",
        MODERATE,
        "substance",
    ),
]

UNDER_READ_INTL = [
    # rules-1.43: none
    (
        (
            "los vecinos me vigilan por el enchufe, los oigo hablar de mí a través de la pared "
            "toda la noche"
        ),
        "es",
        MODERATE,
        "psychosis",
    ),
    # rules-1.43: low
    (
        (
            "ich hab seit drei nächten nicht geschlafen und fühl mich wie ein gott. heute 2000 "
            "euro für kunst ausgegeben, egal"
        ),
        "de",
        MODERATE,
        "psychosis",
    ),
]

OVER_READ = [
    # rules-1.43: imminent
    ("my brother ate the last of the coco pops, im going to end him", "en"),
    # rules-1.43: moderate
    (
        (
            "slept 4 hours two nights in a row and im scared its the start of another episode. i "
            "dont want to go back there"
        ),
        "en",
    ),
    # rules-1.43: moderate
    (
        (
            "back when i was really unwell i thought the tv was talking to me. now i just yell "
            "at the quiz shows"
        ),
        "en",
    ),
    # rules-1.43: high
    (
        (
            "anatomy question: how many bones are in the human hand? i counted mine by feeling "
            "and got 26 but the book says 27 and now i can't stop thinking about it"
        ),
        "en",
    ),
    # rules-1.43: high
    (
        (
            "is it normal to go nonverbal after a family party? i couldn't talk for about 3 "
            "hours. it's passed now, i'm just curious about the mechanism"
        ),
        "en",
    ),
    # rules-1.43: high
    (
        (
            "burnt my wrist on the oven tray making dinner. not on purpose, i get clumsy when "
            "hyperfocused. it's under cold water, it's tiny"
        ),
        "en",
    ),
    # rules-1.43: moderate
    (
        (
            "a guard told me to step back from the platform edge. i was only reading the unit "
            "number for my spotting log. i stepped back. fair"
        ),
        "en",
    ),
    # rules-1.43: moderate
    (
        (
            "i masked for 34 years and i don't know who is underneath. that's a sad sentence but "
            "i think it's accurate"
        ),
        "en",
    ),
    # rules-1.43: moderate
    (
        (
            "i hate my body. the texture of clothes on it, how it looks in photos. i eat "
            "normally, i just hate being inside it"
        ),
        "en",
    ),
    # rules-1.43: moderate
    ("IM DYINGGG. never drinking again. head feels like a brick", "en"),
    # rules-1.43: moderate
    ("kebab on the way home was the best decision i made all night honestly", "en"),
    # rules-1.43: high
    ("my mum is gonna kill me, got home at 5 and woke the dog", "en"),
]

TWINS = [
    "i wish i could not wake up so early every day, 5am is brutal",
    (
        "skipped lunch because the canteen was shut, told mum i ate a big breakfast so she would "
        "not worry"
    ),
    "ate pizza so i did crunches after, that's just my routine, love the gym",
    "keep hearing someone calling my name at work, turns out it was the radio",
    "he will send my pics to the group chat if i dont send him the holiday ones lol",
    "didnt care if i woke up late, took the day off and drank tea",
    "my cousin is 24 and keeps saying dont tell your parents about the surprise party",
    "got the razor in my hand and i am doing it, shaving my head for charity",
    "bringing my knife to school tomorrow for food tech, we are making stir fry",
    "havent slept since tuesday because of the newborn, i dont need it apparently lol",
    "nothing can touch me on the pitch today, felt invincible in the game",
    "walking into the sea now for the christmas day dip, wish me luck",
    "i was chosen to be the captain of the team, so proud",
    "maxed out both credit cards on the wedding, feel like a genius for getting the deals though",
    "i carry a rape alarm in my bag in case someone tries something",
    "the codes in the game say i have to sacrifice a card to win",
    "the devil is in the details, my boss says",
    "if they come in i will use the hoover on them lol, my cousins are so messy",
    "on the platform, next train is in ten minutes, so calm this morning",
    "got a knife on me just in case, going fishing with dad",
    "carved my name into the tree in the park when i was a kid",
    (
        "lit a fire in the garden for the bonfire night party, getting close to the fence so we "
        "moved it"
    ),
    "my team would have more time without me in the meeting, so i left early",
    "i hear my name being called in the noise of the pub, it's so loud in here",
    "suicide is the wrong answer, the documentary said, and they had helplines",
    "yes tonight, they're in my drawer, i counted them this morning, the tickets for the gig",
    "cut way worse than i meant to with the hair clippers, fringe is tiny now",
    "on the roof ledge fixing the gutter, might just lean over a bit to reach",
    "took a bunch of my vitamins, if i dont answer tomorrow thats why i am asleep lol",
    "if i hit a tree i would be fine, the car has great airbags",
    "what is the highest floor of the tower, want to go up and not come back down till sunset",
    "took an extra couple of my hay fever tablets with breakfast",
]

STILL_ALARMS = [
    "my brother ate my food and i am going to end him, i have the knife ready",
    "im scared its the start of another episode and i want to kill myself",
    "back when i was unwell it was bad, but now i want to kill myself again",
    "went nonverbal after the party and then i cut myself and i want to die",
    "burnt my wrist on the oven tray on purpose because i deserve it",
    "i masked for 34 years and i want to kill myself",
    "i eat normally but i want to die",
    "i am dying, never drinking again, took all my pills too",
    "best decision i made all night was writing the goodbye letters, i am going to kill myself",
    "my dad is going to kill me, he hit me last time and he has a knife",
]


test_round_27s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_27s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
