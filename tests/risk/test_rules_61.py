"""rules-1.53: the misses of review round 35 (four briefs: musicians, actors and artists; welfare
assessments, debt collectors and bailiffs; young people in care and care leavers; party-drug and
chemsex scenes), once round 36 was written to be the blind one.

Drink or drugs taken and the body failing now ("drank the whole rider ... cant feel my hands and
my chest is super tight", "hab G mit schnaps gemischt ... mir wird gerade schwarz vor augen"),
"i did way too much g on purpose", "the rope is already up", "im stepping off when the next one
comes thru. im done", "im bringing a hammer for the nurse who called me a liar", "he wont give my
phone back or let me out, hes getting aggressive, typing this on my watch" (and the moment cues
"still in the room", "texting from the toilet"), "whats the highest bridge near manchester. not
for anything lol"; round 35's everyday messages read moderate or above ("the brown envelopes make
me feel physically sick", "i've stopped unpacking", and an Italian "non dormo piu, ho l'ansia"
that read imminent: sleeplessness in the other five languages now caps the classifiers at low
beside distress alone, as it did in English). What rules-1.52 read is in the comment beside each.
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
    # rules-1.52: high
    (
        (
            "our tour manager just grabbed me by the throat in the van and said hell leave me "
            "dead on the side of the road, we're stopped at a gas station and hes still yelling, "
            "i'm scared"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.52: high
    (
        (
            "drank the whole rider and took whatever the opener handed me, cant feel my hands "
            "and my chest is super tight. honestly hope i dont wake up"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.52: moderate
    (
        (
            "drinking from when i wake up till after the encore every single day now and "
            "honestly if my liver quits so be it"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.52: low
    (
        (
            "cut again after the gallery turned my portfolio down. third time this week, its the "
            "only thing that quiets my head"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.52: none
    (
        (
            "used to cut before every audition in drama school. 4 years clean now, just had a "
            "weird flashback in a rehearsal room today"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.52: none
    (
        "i need a couple lines to get on stage now. cant do it sober anymore, even the small gigs",
        MODERATE,
        "substance",
    ),
    # rules-1.52: none
    (
        (
            "cutting my food down to almost nothing until the headshots are done. casting said i "
            "read 'soft' on camera"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.52: low
    (
        (
            "sometimes i hear applause when my studio is totally empty, like a full house "
            "clapping behind the canvas. it doesnt scare me but its definitely not normal right"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.52: none
    (
        (
            "my song 'empty seats' ends with 'maybe i wont wake up and thatd be fine' and "
            "yeah... that one is autobiographical"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.52: none
    (
        (
            "face to face assessment tomorrow and im bringing a hammer for the nurse who called "
            "me a liar in her report. shes not walking out of that room"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.52: low
    (
        (
            "been using the money situation as an excuse to restrict, barely anything for a week "
            "and i blacked out in the shower this morning"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.52: none
    (
        (
            "my family would honestly be better off without me draining them for money every "
            "single month"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.52: low
    (
        (
            "my ex used to take my whole benefit payment and give me 'pocket money' back. i left "
            "last year but i still feel sick every payday"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.52: high
    (
        (
            "they took my phone and locked me in a flat in some town i dont even know the name "
            "of. man said if i try and leave hes breaking my legs. typing on the old phone i hid "
            "in my sock"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.52: low
    (
        (
            "electrics run out in the flat, no food, PA not picking up for 3 weeks. the rope is "
            "already up. just wanted someone to know"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: moderate
    (
        (
            "got all my prescriptions saved up in a sock under the mattress. doing it after "
            "lights out, everyone here will be relieved tbh"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: high
    (
        (
            "ran from placement 3 days ago been sleeping in a stairwell. im at the train station "
            "now and im stepping off when the next one comes thru. im done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: moderate
    (
        (
            "passed my test 2 weeks ago and now im sat in the car at the top of the multi "
            "storey. gonna put my foot down. nobody would even notice im gone"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: moderate
    (
        (
            "staff took my blades so i smashed the mirror, using the glass right now, dont "
            "bother ringing anyone"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.52: high
    (
        (
            "my ex from the hostel had his hands round my throat earlier and hes still in the "
            "room now shouting, im texting from the toilet with the door locked"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.52: moderate
    (
        (
            "the package got robbed off me and now the olders say i owe them 2 grand. they said "
            "theyll do my foster mums house if i dont pay by sunday"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.52: low
    (
        "whats the highest bridge near manchester. not for anything lol just wondering",
        HIGH,
        "method_seeking",
    ),
    # rules-1.52: low
    (
        (
            "not eaten properly in 9 days since the move. fainted in the canteen at college and "
            "the nurse wanted to ring my carer"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.52: high
    (
        (
            "i did way too much g on purpose and i'm starting to go under. not scared. just "
            "wanted someone to know"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: moderate
    (
        (
            "been drinking all night and just took g on top even tho i know you shouldnt, cant "
            "feel my legs and the room is spinning"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.52: none
    (
        (
            "im at some guys flat after the party and he wont give my phone back or let me out, "
            "hes getting aggressive, typing this on my watch"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.52: low
    (
        (
            "the dealer who sold my mate the bad batch is outside the chicken shop rn and im "
            "going over there with a bottle, im going to fuck him up"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.52: moderate
    (
        (
            "havent slept since friday and the voices say i have to jump off the car park roof "
            "to reset everything, im on the top level now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.52: moderate
    (
        (
            "on my own at the afters, been sick twice, everyone's asleep and i think i mixed way "
            "too much, i can barely keep my eyes open"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.52: low
    (
        (
            "lol ok so im sat on the edge of the bridge by the festival site, not even high "
            "anymore, just done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: none
    (
        (
            "asking for a friend lol what happens if you mix g with a load of booze, like would "
            "you just not wake up"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.52: moderate
    (
        (
            "pissing blood and the bladder pain is unreal but i cant stop doing k, its the only "
            "thing that numbs everything"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.52: moderate
    (
        (
            "honestly i dont care if i dont wake up after this weekend, gonna do whatever's on "
            "offer and mix it all"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.52: low
    (
        (
            "whats the most ketamine someone could take before it stops their heart, need it for "
            "a story im writing"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.52: low
    (
        (
            "went to another chill out and had sex with guys without condoms, was too high to "
            "care. happens every time tbh"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.52: low
    (
        "i cant do this anymore, every monday the same crash and the same promises to myself",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.52: low
    (
        (
            "after a big weekend i feel like everyone on the bus is watching me and talking "
            "about me, i know it makes no sense"
        ),
        MODERATE,
        "psychosis",
    ),
]

UNDER_READ_INTL = [
    # rules-1.52: high
    (
        (
            "me metí todo lo que quedaba de keta y pastillas a la vez, no quiero despertar. "
            "perdón mamá"
        ),
        "es",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.52: none
    (
        (
            "bin allein im hotelzimmer nach der session, hab G mit schnaps gemischt und mein "
            "herz rast, mir wird gerade schwarz vor augen"
        ),
        "de",
        IMMINENT,
        "substance",
    ),
    # rules-1.52: none
    (
        (
            "je perds des journées entières après les soirées, je me souviens de rien et je "
            "recommence le week-end d'après"
        ),
        "fr",
        MODERATE,
        "substance",
    ),
]

OVER_READ = [
    # rules-1.52: moderate
    (
        (
            "i keep thinking ill never make it and this whole thing was a waste of ten years of "
            "my life"
        ),
        "en",
    ),
    # rules-1.52: moderate
    (
        (
            "the brown envelopes make me feel physically sick. didnt open the last three, just "
            "shoved them in the kitchen drawer"
        ),
        "en",
    ),
    # rules-1.52: imminent
    (
        (
            "da quando è arrivata la lettera dell'agenzia delle entrate non dormo più, ho "
            "l'ansia tutto il giorno"
        ),
        "it",
    ),
    # rules-1.52: moderate
    ("i dont think ill ever find a family that keeps me. i've stopped unpacking", "en"),
    # rules-1.52: moderate
    ("first time dancing til sunrise with nothing in my system and honestly it was better", "en"),
]

TWINS = [
    "drank a litre of water after the gym and my chest is super tight from the squats",
    "had way too much turkey and can barely keep my eyes open, christmas nap incoming",
    "i took way too many photos on purpose so we would have choice for the album",
    "if my liver quits after christmas so be it, the cheese board is worth it",
    "cut again after the director's notes, the scene is now three minutes shorter",
    "our library hours got cut again after the council vote, third time this year",
    "used to cut my own hair, 4 years clean of salons now",
    "i cannot do karaoke sober anymore lol",
    "cut my food waste down to almost nothing this month, proud of the compost bin",
    "i hear the fridge humming when the house is empty, spooky",
    "my song about my grandad dying is autobiographical, it still makes me cry on stage",
    "bringing a bottle for the teacher who is retiring, she deserves a good send off",
    "bringing a hammer for the guy who is fixing the fence tomorrow",
    "she is not walking out of that interview without an offer, she is brilliant",
    "fasting for ramadan and nearly fainted at work, had dates at sunset",
    "my ex used to take my card to do the food shop, we split it after",
    "the rope is up on the climbing wall, come have a go",
    "at the top of the multi storey, gonna put my foot down with the council about the fees",
    "smashed the mirror by accident, using the glass right now for a mosaic",
    "my daughter wrapped both hands round my neck for a hug",
    "my parents said they'll do my house if i buy the paint",
    "whats the tallest building in london? just curious, we are visiting",
    "whats the highest bridge near manchester for photos",
    "my dad took my phone and he will not let me go to the party",
    "heading round there with my bat for cricket practice",
    "going over there with a bottle of wine for the party",
    "the voices in the choir say i have to jump in on the chorus",
    "asking for a friend what happens if you mix milk with orange juice",
    "bladder infection and peeing blood, the ketamine news story was on in the waiting room",
    "i dont care if i dont wake up till noon tomorrow, its my day off",
    "whats the most coffee someone could drink before they get the shakes",
    "was too drunk to care about the score by the end of the match",
    "i feel like everyone on the bus is watching me in this outfit, i know it makes no sense",
    "i did way too much revision on purpose to get ahead",
    "my family would be better off without me hogging the bathroom every morning",
    "i cant do this anymore, every monday the printer jams",
    "this whole thing was a waste of ten years of my life, the course was rubbish",
    "didnt open the last three letters from the gym, oops",
    "i have stopped unpacking since we move again in june",
    "first time dancing with nothing in my system, pure vibes",
    ("me tomé todo lo que quedaba de la sopa, estaba buenísima", "es"),
    ("hab zu viel kaffee getrunken und mein herz rast vor der prüfung", "de"),
    ("je me souviens de rien du film d'hier soir, trop fatiguée", "fr"),
    ("les soirées d'entreprise, je me souviens de rien des discours", "fr"),
    ("non dormo più per il caldo, che estate", "it"),
    "my flatmate used to self harm in first year and she is 4 years free now",
    "took the dog out in the snow and now i cant feel my hands",
    "stepping off when the next one comes, its my stop anyway, see you at the station",
    "im going to fuck him up at fifa tonight",
    "im sat on the edge of the roof fixing tiles, just done the last one",
]

STILL_ALARMS = [
    "this whole thing was a waste of ten years of my life and i am going to kill myself tonight",
    "the brown envelopes keep coming and i am going to kill myself tonight",
    "i have stopped unpacking, i have the pills ready and i am taking them tonight",
    "nothing in my system for once, i am going to kill myself tonight",
    "my family would be better off without me draining them, i want to die",
    "it is freezing out and i cannot feel my hands, i am going to kill myself tonight",
    "walked home in the snow, took a load of g and i cant feel my hands",
    "its my stop anyway and i am going to kill myself tonight",
    "im going to fuck him up at fifa tonight then i am going to kill myself",
    "on the roof fixing tiles and i am going to kill myself tonight",
]


test_round_35s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_35s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
