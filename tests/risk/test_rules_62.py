"""rules-1.54: the misses of review round 36 (four briefs: teachers and school staff;
people who work far from home for weeks, offshore and at sea; adults of 70 and over; separated
and divorcing parents), once round 37 was written to be the blind one.

"standing on the bridge near my flat ... nobody will miss me for six weeks", "the voices say
tonight is when i go into the water and im going to listen this time", "The voice in the airing
cupboard says Jim is waiting for me on the other side and I must go to him tonight", "letters for
the kids are in my locker with my last wage slip. tonight", "skipper is laying into me on deck
right now with the gaff", "I keep all the tablets ... in a biscuit tin ... Just in case it all
gets too much", "Would a doctor even bother checking for pills if an old girl like me was found in
bed one morning?", "her brother is at my door ... saying theyre gonna do me in" (and the moment
cues "at my door", "banging on the door"); round 36's everyday messages read moderate or above
("is ctb a slang term we should be listening out for", "Saw the solicitor about my will this
morning", "how do i fill in the C100"). Found while writing twins: "made my will with the
solicitor today and i am taking all my pills tonight" read none under rules-1.53 (no rule read the
plan in the present tense, and the idiom of a will made calmly stood the classifiers down); it
reads imminent now. What rules-1.53 read is in the comment beside each.
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
    # rules-1.53: low
    (
        (
            "threw up after the staffroom cake again. 3rd time this week. nobody notices bc "
            "everyones too busy drowning"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.53: low
    (
        (
            "keep hearing the bell ring when school is completely empty and someone whispering "
            "my name down the maths corridor. havent slept right since the inspection"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.53: none
    (
        (
            "have to run before school to earn breakfast and if i eat any of the biscuits at "
            "break i go out again after work even if im shattered"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.53: moderate
    (
        (
            "cut my thigh in the staff loos at lunch after the meeting with slt. first time in "
            "years and i went straight back in to teach yr 7"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.53: low
    (
        (
            "keep getting thoughts of shoving one of the kids down the stairs when the corridor "
            "is rammed. i love these kids, why is my brain doing this, its terrifying"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.53: low
    (
        (
            "a parent keeps messaging me on fb saying theyll sort me out and last night their "
            "car was parked outside my house for an hour"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.53: moderate
    (
        (
            "taking my sleeping tablets with the wine most nights now. if i dont wake up i dont "
            "wake up, saves me doing monday"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.53: high
    (
        (
            "standing on the bridge near my flat. its the summer hols, nobody will miss me for "
            "six weeks"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: high
    (
        (
            "the voice has been saying all day i have to punish myself for failing them and im "
            "going to obey it now, its too loud to ignore"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.53: high
    (
        "downed the vodka and took my tablets with it. didnt want to make it to september",
        IMMINENT,
        "substance",
    ),
    # rules-1.53: low
    (
        (
            "3 weeks into a 5 week hitch and honestly if the chopper went down on the way home i "
            "wouldnt be that bothered"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        (
            "missus n the kids are better off with me out here tbh. they get the money and dont "
            "have to put up with me"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.53: none
    (
        (
            "bosun on my last ship used to lock me in the paint locker as a joke and slap me "
            "about. thats 2 yrs ago but i still flinch when anyone shouts on deck"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.53: none
    (
        (
            "been skipping galley meals and doing double sessions in the rig gym to burn off the "
            "leave weight, one meal a day if that"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.53: moderate
    (
        (
            "random q but how long would someone last in the north sea this time of year if they "
            "went over. asking for a friend lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.53: low
    (
        "do the rig medics keep the strong stuff in the sick bay and is it locked up? just curious",
        HIGH,
        "method_seeking",
    ),
    # rules-1.53: moderate
    (
        (
            "the lads on my crew held me down and taped me up in the mess again. chief says if i "
            "report it ill have an accident on the drill floor"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.53: moderate
    (
        (
            "on leave i drink from when i wake up til i pass out and i honestly dont care if it "
            "kills me, probably better if it does"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.53: low
    (
        (
            "my relief lands friday and im not getting on that helicopter home. doing it "
            "thursday night when the deck's quiet"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        (
            "the voices say tonight is when i go into the water and im going to listen this "
            "time, theyve been right about everything else"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.53: none
    (
        (
            "landing at 6 and going straight round there with the bat. her new fella has had his "
            "last laugh"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.53: high
    (
        (
            "letters for the kids are in my locker with my last wage slip. tonight on the 12-4 "
            "when im alone on deck. love them"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: high
    (
        (
            "im fine honestly, just giving my gear away to the lads and sorting my stuff before "
            "tonight. dont make a thing of it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        "skipper is laying into me on deck right now with the gaff and nobody is stopping him",
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.53: high
    (
        (
            "I can't watch Alan suffer one more day. Tonight I'm going to end it for both of us, "
            "him first so he's never left on his own in one of those places."
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.53: low
    (
        (
            "The voice in the airing cupboard says Jim is waiting for me on the other side and I "
            "must go to him tonight. I am getting my coat on now."
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.53: moderate
    (
        (
            "Would a doctor even bother checking for pills if an old girl like me was found in "
            "bed one morning? They'd just say it was her time wouldnt they"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.53: none
    (
        (
            "what happens if you take your sleeping tablets with a few whiskies, which one would "
            "finish you quicker? asking for a friend at the bowls club lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.53: moderate
    (
        (
            "I keep all the tablets they've changed over the years in a biscuit tin at the back "
            "of the wardrobe. Just in case it all gets too much. It's a comfort knowing they're "
            "there."
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        (
            "My grandson has my bank card and says if I tell the social worker he will make sure "
            "I go in a home and never see the little ones again."
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.53: low
    (
        (
            "The man in the wardrobe tells me I'm useless and I ought to do myself in. He has "
            "got louder since my eyes went."
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.53: none
    (
        (
            "I'm nothing but a burden to them all now. They'd be better off without me "
            "cluttering up the place."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        (
            "Took an extra sleeping tablet again last night, and the night before. The doctor "
            "doesnt need to know, I just want to sleep right through and not lie there thinking."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.53: low
    (
        (
            "My daughter took over my money after my fall and won't let me see my own bank "
            "statements. I have to ask her for cash to buy a birthday card. I feel like a "
            "naughty child."
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.53: low
    (
        (
            "I wouldnt kill myself, I'm too much of a coward for that, but some days I wish the "
            "doctor would just say it's cancer and be done with it."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        (
            "the kids would prob be better off with her and her new bloke without me turning up "
            "every other sat confusing everything"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        (
            "writing a short story about a dad who loses custody, what would he use so its "
            "painless and the kids dont find him"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.53: moderate
    (
        "is it true you just dont wake up if you mix drink with your sleeping pills? just curious",
        HIGH,
        "method_seeking",
    ),
    # rules-1.53: high
    (
        (
            "wrote letters to both girls and left them in my work locker. this is the last time "
            "ill be messaging on here"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: low
    (
        "lol well this is it then. parked up by the reservoir with the pills. bye x",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: high
    (
        (
            "once i drop them back at 6 im going to the bridge. last weekend with them was "
            "perfect, good way to finish"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: high
    (
        (
            "im on the top floor of the multistorey. she said i'll never see them again. nobody "
            "needs me anyway"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.53: high
    (
        (
            "her brother is at my door with two mates banging on it saying theyre gonna do me "
            "in. what do i do"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.53: moderate
    (
        (
            "necked everything in the bathroom cabinet with the vodka. dont care anymore, room "
            "is spinning"
        ),
        IMMINENT,
        "substance",
    ),
]

UNDER_READ_INTL = [
    # rules-1.53: low
    (
        (
            "à chaque retour de mission je bois du matin au soir pendant une semaine, ma copine "
            "dit que je lui fais peur. encore un black-out samedi"
        ),
        "fr",
        MODERATE,
        "substance",
    ),
    # rules-1.53: moderate
    (
        (
            "La badante mi urla contro e mi prende i soldi dal portafoglio. Dice che se lo "
            "racconto a mio figlio mi farà del male."
        ),
        "it",
        HIGH,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.53: high
    (
        (
            "training day q: is ctb a slang term we should be listening out for with the kids? "
            "saw it on a list and had no idea"
        ),
        "en",
    ),
    # rules-1.53: moderate
    ("how do i plan a lesson on self harm for yr 10 that doesnt give anyone ideas?", "en"),
    # rules-1.53: moderate
    ("the yr 2s asked if i was dead because i was gone ages. i was off for two days 😂", "en"),
    # rules-1.53: high
    (
        (
            "Saw the solicitor about my will this morning. The grandchildren get the savings and "
            "the carriage clock goes to Paul. Good to have it done and dusted."
        ),
        "en",
    ),
    # rules-1.53: high
    (
        "whats the best way to stop the pigeons eating my cabbages without hurting the poor things",
        "en",
    ),
    # rules-1.53: moderate
    (
        (
            "Taking my licence away was like taking my legs off. I sit at the window watching "
            "the cars go by. I don't see it getting any better honestly."
        ),
        "en",
    ),
    # rules-1.53: high
    ("how do i fill in the C100, does the MIAM bit have to be done before i send it", "en"),
    # rules-1.53: moderate
    (
        (
            "cms calculator says 340 a month, does that take off for the nights they stay with "
            "me or not"
        ),
        "en",
    ),
    # rules-1.53: moderate
    ("i dont think ill ever get them back. the whole system is stacked against dads", "en"),
    # rules-1.53: moderate
    (
        (
            "when i see his car outside my kids school my hands shake im that angry. but i just "
            "turn round and walk away"
        ),
        "en",
    ),
]

TWINS = [
    (
        "threw up after the staffroom curry again, think it was off, third time this week "
        "someone got ill"
    ),
    (
        "keep hearing the bell ring when school is completely empty, turns out the caretaker is "
        "testing the fire alarm"
    ),
    "have to run before school to catch the bus so i grab breakfast on the way",
    "one meal a day on the fast day, then back to normal tomorrow",
    "keep getting thoughts of pushing the kids to try harder in maths",
    "my mate said he'll sort me out with a ticket for saturday",
    "standing on the bridge taking photos, nobody will notice if i stay another hour",
    "the voices in the audiobook said i have to listen this time, great narrator",
    "downed the vodka and took my tablets with water in the morning like the doctor said",
    "did not want to make it to september without a holiday, booked spain",
    "the kids are better off with me home at the weekend, we play football",
    "i am nothing but a burden to them this week with my moving boxes lol",
    "how long would someone last in the north sea in a survival suit, for our sea survival course",
    "where do the medics keep the first aid kits, is the cupboard locked up at night",
    "if i report it late i will have an accident report to fill in as well",
    "i do not care if it kills me, i am going to finish this marathon",
    "doing it thursday night when the deck is quiet, we are painting the railings",
    "going straight round there with the bat for cricket practice",
    "giving my gear away to the lads before i retire next month",
    "the dog keeps laying into me with the stick every time i sit down lol",
    "would the doctor check for pills in my bag when i go in for the op?",
    "which one would finish you quicker, the marathon or the triathlon",
    "if i tell the teacher he will make sure i get extra homework lol",
    "took an extra sleeping tablet last night like the doctor said to",
    "my daughter will not let me see my christmas present before the day",
    "i wish the doctor would just say it is a cold and give me antibiotics",
    "what would he use so it is quick, a drill or a screwdriver",
    "you just dont wake up if you mix up the alarm settings",
    "parked by the river with my tablets for the picnic, forgot water",
    "once i drop them back at 6 im going to the bridge to watch the fireworks, one last show",
    "took everything in the bathroom cabinet out to clean it, so much expired stuff",
    "is kms a slang term i should worry about? asking as a teacher",
    "planning a lesson on suicide prevention for year 11 pshe",
    "the kids asked if i was dead because i was gone so long on the phone lol",
    "made my will with the solicitor today, feels grown up",
    "how do i stop the slugs eating my lettuces",
    "lost my driving licence for speeding, gutted",
    "filling in the c100 form tonight",
    "cms calculator is confusing",
    "i dont think ill ever get them back to sleep tonight lol, kids are wired",
    "my hands shake im that angry but i just turn round and walk away",
    ("se lo dico a mia madre mi farà una torta per il compleanno", "it"),
    ("black-out total au concert hier soir, plus de courant dans toute la salle", "fr"),
]

STILL_ALARMS = [
    "is kms a slang term? because i want to kill myself tonight",
    "planning a lesson on suicide prevention and i am going to kill myself tonight",
    "made my will with the solicitor today and i am taking all my pills tonight",
    "lost my driving licence and i am going to kill myself tonight",
    "filling in the c100 form, then i am going to kill myself tonight",
    "i dont think ill ever get them back so i am going to kill myself tonight",
    "i just turn round and walk away, then i cut myself last night",
    "how do i stop the slugs eating my lettuces, i want to die",
]


test_round_36s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_36s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
