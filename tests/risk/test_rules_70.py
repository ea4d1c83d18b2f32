"""rules-1.63: the misses of review round 44 (four briefs: construction and trades workers; gamers,
streamers and people whose social life is online; care-home and home-care staff and residents'
families; people with organ failure or a transplant), once round 45 was written to be the blind
one, and round 46 after it.

Stopping life-saving treatment ("as of today ive stopped every one of my anti-rejection meds ...
this is how i go", "been thinking about just not showing up to dialysis anymore so it all
stops", "how many days can someone go without dialysis before it ends things?"), a goodbye in
arrangements ("to my wife if you see this, the insurance papers are in the blue folder": "my
wife" just before it made the errand hers), going after someone now ("im following her car now
and shes going to pay for what she did"), "someone swatted me", "resident in 4 has me cornered
in the sluice and hes swinging at me", a command voice ("the voice in the corridor says ... i
have to make her quiet for good before the day staff come"), "does the life insurance still pay
out if it looks like a site accident?", control ("she takes my whole wage every friday ...
checks my phone"), "cut again after the raid last night, first time in like 8 months", the
German "Hiermit verabschiede ich mich von allen" after cancelling dialysis; everyday: "im going
to end this mans whole career in the 1v1 tonight", "can i take ibuprofen with my usual meds",
"my brother keeps saying stuff like he wont be around much longer" (his words, reported). What
rules-1.62 read is in the comment beside each.
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
    # rules-1.62: none
    (
        (
            "my old foreman used to slap us apprentices about and lock us in the welfare cabin, "
            "still get flashbacks years later"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.62: low
    (
        (
            "she takes my whole wage every friday and gives me 20 quid back, checks my phone, "
            "wont let me see the lads"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.62: moderate
    (
        (
            "the gaffer stiffed me three grand again and i keep picturing waiting for him in the "
            "car park with a bar"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.62: moderate
    (
        "dont care if the drink kills me at this point honestly, saves everyone the bother",
        HIGH,
        "substance",
    ),
    # rules-1.62: low
    (
        (
            "does the life insurance still pay out if it looks like a site accident? genuine "
            "question"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.62: high
    (
        "the voices say step off the scaffold now and im going to do what they say",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.62: none
    (
        "squad would prob be better off with a sub in my slot. and not just in game tbh",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.62: none
    (
        (
            "been popping my buddys adderall to grind ranked all night, like 4 nights this week. "
            "grades are fine so whatever"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.62: low
    (
        (
            "skipping meals so i can afford subs for my fav streamers, havent really eaten since "
            "tuesday and kinda like the empty feeling"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.62: low
    (
        (
            "my gf makes me screenshare 24/7 and reads all my dms. if i duo with a girl she "
            "doesnt talk to me for days and says its my fault"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.62: none
    (
        "cut again after the raid last night, first time in like 8 months. chat has no idea",
        HIGH,
        "self_harm",
    ),
    # rules-1.62: high
    (
        (
            "theres cops outside with guns pointed at my house, someone swatted me, my parents "
            "are screaming idk what to do"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.62: high
    (
        (
            "getting in the car now, driving to his place. he thinks he can dox my gf and not pay "
            "for it. took my dads thing from the garage"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.62: low
    (
        (
            "resident in 4 has me cornered in the sluice and hes swinging at me, nobodys "
            "answering the buzzer, im on my own up here"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.62: moderate
    (
        (
            "sat outside my last call of the night with everything i saved up in my lap. not "
            "going in. not going home either"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.62: moderate
    (
        (
            "the voice in the corridor says the lady in room 9 is the devil and i have to make "
            "her quiet for good before the day staff come. im the only one on the floor"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.62: high
    (
        (
            "the carer who bruised my dads arms just clocked off. im following her car now and "
            "shes going to pay for what she did"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.62: moderate
    (
        (
            "been taking the strong painkillers residents leave behind to get through the week. "
            "woke up on the bathroom floor last night and no idea how long i was out"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.62: none
    (
        (
            "fainted during a hoist transfer this morning. been living on black coffee so i can "
            "get smaller and my heart keeps doing this fluttery thing"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.62: moderate
    (
        (
            "my partner takes all my wages from the agency and hit me last week when i said i "
            "wanted to keep some for petrol"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.62: low
    (
        (
            "writing a story where a nurse on nights takes something off the drug trolley and "
            "doesnt wake up, what would she take so its realistic"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.62: none
    (
        (
            "someone had to die for me to get this heart. some days i think it should of been me "
            "not him"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.62: low
    (
        (
            "been skipping meals so the scale at the unit shows less weight gain between "
            "sessions, they think im being good with my fluids"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.62: low
    (
        (
            "since they upped the steroids im hearing whispering on the ward at night and i swear "
            "the night nurse can read my thoughts"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.62: moderate
    (
        (
            "been thinking about just not showing up to dialysis anymore so it all stops. "
            "thinking about it more and more"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.62: moderate
    (
        (
            "how many days can someone go without dialysis before it ends things? asking for a "
            "friend lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.62: high
    (
        (
            "as of today ive stopped every one of my anti-rejection meds and im not starting "
            "again. this is how i go"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.62: low
    (
        (
            "to my wife if you see this, the insurance papers are in the blue folder. ive been a "
            "burden since the liver went. i love you"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.62: moderate
    (
        (
            "already had the whole bottle plus the sleeping stuff. i know my new liver cant "
            "handle it, thats the point"
        ),
        IMMINENT,
        "substance",
    ),
]

UNDER_READ_INTL = [
    # rules-1.62: none
    (
        (
            "merci pour tout les gars, vous étiez ma vraie famille. ce soir je me déconnecte pour "
            "de bon"
        ),
        "fr",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.62: high
    (
        "ho già preso le pillole. ciao a tutti, scusate",
        "it",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.62: low
    (
        (
            "Ich habe die Dialyse für morgen abgesagt und gehe nie wieder hin. Hiermit "
            "verabschiede ich mich von allen."
        ),
        "de",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.62: imminent
    (
        "my brother keeps saying stuff like he wont be around much longer since his fall, it "
        "scares me"
    ),
    # rules-1.62: high
    (
        "what are the warning signs someone in my discord might be suicidal? im a mod and "
        "want to be ready if it happens"
    ),
    # rules-1.62: high
    "im going to end this mans whole career in the 1v1 tonight",
    # rules-1.62: high
    (
        "can i take ibuprofen with my usual meds before a night shift? back is in bits from "
        "the hoist"
    ),
    # rules-1.62: high
    (
        "put mum in a home yesterday. feel like ive betrayed her. she kept asking when she "
        "was coming home"
    ),
]


TWINS = [
    "my old coach used to throw us about in wrestling practice, great memories",
    "she takes my whole wage every friday and puts it in our joint account, we agreed on a budget",
    "my boss makes me share my screen and reads my emails for work, so annoying",
    "i keep picturing waiting for him at the airport with a big sign",
    "dont care if the drink spills on me at this point, its a festival",
    (
        "does the insurance still pay out if it looks like a site accident caused by the "
        "weather? our scaffold came down"
    ),
    "cut again after the raid last night, first time in like 8 months the guild let me do the loot",
    "someone swatted a fly on my arm lol",
    "driving to his place now for the party, he is going to pay for the pizza",
    (
        "resident has me cornered in the lounge and is swinging at me with a balloon, its his "
        "birthday lol"
    ),
    "sat outside with everything i saved up in my lap, the deposit for the flat, so proud",
    "the voice in the advert says i have to make her quiet for good before the baby wakes lol",
    "what would she take on holiday so its realistic for the story",
    "it should have been me not him who got picked for the team",
    "skipping meals so the scale looks good at weigh in is not something my coach allows",
    "stopping dialysis for a week while on holiday, the unit there takes over",
    "how long can you go without insulin before it goes off in the fridge",
    "had the whole bottle of water plus the sleeping stuff my gp prescribed",
    "the ball hit me last week at football and my face is still sore",
    "squad would be better off with a sub in my slot until my wrist heals",
    "been taking my mates charger to play ranked all night",
    "skipping lunch today, kinda like the light feeling after a big breakfast",
    "im going to end this whole career chat with my dad lol",
    "can i take paracetamol with my usual antibiotics",
    "put my dad in a home last month and he loves the garden there",
    "my back is in bits from the hoist, long shift",
    "im a teacher and want to know what to do if it happens in my class",
    "to my wife if you see this, the insurance papers are in the blue folder, love you, at the gym",
    (
        "my brother keeps saying stuff like he wont be around for christmas this year, he is "
        "working abroad"
    ),
]

STILL_ALARMS = [
    "im going to end this mans whole career, then i am jumping off the bridge tonight",
    "can i take ibuprofen with my usual meds? i have the rope in the car for tonight",
    "put mum in a home yesterday. i have the rope in the car and i am going tonight",
    "my back is in bits from the hoist and i am going to jump off the bridge tonight",
    "im a mod and want to be ready if it happens. i have the rope in the car for tonight",
]


test_round_44s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_44s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
