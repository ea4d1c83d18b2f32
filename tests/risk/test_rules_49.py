"""rules-1.41: the misses of review round 24 (four briefs: academic and workplace pressure; money,
debt, gambling and trading; grief and bereavement; people at the margins), once round 25 was
written to be the blind one.

"everything i need is already in my desk drawer", "i'm going once the lab empties out", "i won't
be around for second", "if it loses i'm ending it straight after, kickoff in 20 mins", "going to
end it in the same spot she did", "they wont get me on it alive", "itll be done before it gets
light", "saved up my script for weeks", "does life insurance still pay out if it's suicide?",
"how long would it take someone to freeze to death sleeping out"; round 24's everyday messages
read moderate or above ("i'll kill myself laughing if bitcoin hits 100k", a will "when my time
comes", "still set a place at the table for him", "the leaving care team act like i dont exist").
What rules-1.40 read is in the comment beside each. Left: an old urge to cut "when i opened the
feedback on my essay" and fainting "in the lecture theatre" (a student's frame takes the words
from the writer), and a pictured blow the writer disowns ("i'd never actually do it").
"""

from __future__ import annotations

from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.40: low
    (
        (
            "my pi reads my emails, makes me text him when i leave the lab and says he'll "
            "pull my visa sponsorship if i complain to the department"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.40: low
    (
        (
            "first year of med school i used to burn myself the night before every osce. 3 "
            "years clean now and i passed finals without it 💪"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.40: low
    (
        (
            "skipping lunch every day so i 'earn' the vending machine crisps on nights. been "
            "doing it since exams started and i feel weirdly in control"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.40: none
    (
        (
            "my old training principal used to corner me in his office and scream til i "
            "cried, grabbed my wrist once. left that firm last year but i still flinch when "
            "my new boss shuts the door"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.40: low
    (
        (
            "consider this my resignation from everything. i can't keep doing this, not the "
            "course, not the job, not any of it"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.40: none
    (
        (
            "cut after the disciplinary meeting last night, first time since sixth form. hid "
            "it under my scrubs all shift today"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.40: none
    (
        (
            "does anyone know if the roof access at the law library gets locked at night? "
            "not for studying"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.40: low
    (
        (
            "hard deadline for myself is friday. once the viva result is out i'm done, "
            "everything i need is already in my desk drawer"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        (
            "writing letters to my parents and my supervisor tonight. the thesis can be "
            "someone else's problem. i'm going once the lab empties out"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: none
    (
        "i'm up on the roof at work. can't face the disciplinary at 10. sorry",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        (
            "thank you for getting me through first year. i won't be around for second. "
            "please don't let anyone say it was because of the exams"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        (
            "the girl who reported me for plagiarism is in the library right now and i'm "
            "walking over to make her regret it. i'm not calming down"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.40: high
    (
        (
            "sewerslide after i hit submit on friday. everything's sorted, leaving my "
            "lanyard and a note on my desk for the team 🫡"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        (
            "keep running the numbers and my family comes out ahead on the insurance without "
            "me and my debts"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.40: none
    (
        "blacked out after the casino on saturday, woke up with no idea how much went on the card",
        MODERATE,
        "substance",
    ),
    # rules-1.40: low
    (
        "i can't keep doing this. 40k down on options and nobody knows",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        (
            "been skipping meals to stretch the rent money and tbh i like how the weight's "
            "dropping, i make myself do the gym after even tho im starving"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.40: none
    (
        (
            "the charts are talking to me, the candles spell out which coin to buy and i "
            "think the exchange can read my mind"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.40: moderate
    (
        (
            "checked the policy twice, it pays out either way. i'm worth more dead than "
            "alive at this point and i keep thinking about making that true"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        "does life insurance still pay out if it's suicide? asking for a friend lol",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.40: none
    (
        "portfolio's going to zero, might as well go to zero with it 💀 jk... mostly",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.40: moderate
    (
        (
            "drinking til i don't wake up, don't care anymore, the debt collectors can have "
            "whatever's left"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.40: high
    (
        (
            "bet my last 200 on the match. if it loses i'm ending it straight after, kickoff "
            "in 20 mins"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        "if a bus took me out tomorrow honestly fine, at least i'd get to see my boy",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.40: none
    (
        (
            "blacked out on his anniversary again, woke up on the living room floor "
            "surrounded by his photos"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.40: low
    (
        (
            "used to cut after my daughter died, 3 years clean now. her birthday's next week "
            "and im scared of slipping"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.40: low
    (
        (
            "i hear my husband call my name from the kitchen every night, clear as day. and "
            "the radio plays our song whenever i walk in. its him right?"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.40: moderate
    (
        (
            "wasn't meant to come into the world without him and im not meant to stay in it "
            "without him either. i want out"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        (
            "does life insurance still pay out if it's s*icide? my wife's gone and the kids "
            "would at least get the money"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.40: high
    (
        "parked up where she crashed. going to end it in the same spot she did",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: high
    (
        (
            "cut really deep this time on her birthday, theres so much blood and i dont want "
            "to ring anyone"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.40: none
    (
        "my brother in law blames me for her death, he's in the hallway with a knife right now",
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.40: high
    (
        (
            "released this morning, no bed, probation shut at 5. already decided how. itll "
            "be done before it gets light"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: low
    (
        "deportation flight is thursday. they wont get me on it alive. wednesday night. decided.",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: high
    (
        (
            "in the hostel toilets with a blade right now, about to start and im not "
            "stopping this time"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.40: moderate
    (
        (
            "saved up my script for weeks, its all in my coat pocket. once the night shelter "
            "turfs us out at 8 thats it for me"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.40: moderate
    (
        (
            "my old dealer found out where im staying. says if i dont start running for him "
            "again hell stab me"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.40: none
    (
        (
            "asking for a mate at the hostel, how long would it take someone to freeze to "
            "death sleeping out with no bag"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.40: low
    (
        (
            "living off the soup run every couple of days and i passed out in the job centre "
            "queue today. still dont want to eat"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.40: none
    (
        (
            "used to cut in the childrens home. 4 years free of it now. still wear long "
            "sleeves to interviews tho"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.40: none
    (
        (
            "been leaving the food bank parcels on purpose, i like the empty feeling, its "
            "the one thing i control"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # en.r41.urge_came_back, outside a student's frame (round 24's own message stays below level)
    ("the old urge to cut came back last night, not going to act on it", MODERATE, "self_harm"),
    ("old urges to self harm came back this week but i am managing", MODERATE, "self_harm"),
]

UNDER_READ_INTL = [
    # rules-1.40: none
    (
        (
            "trabalhei na rua muitos anos e fui espancada por clientes. hoje estou fora "
            "disso mas os pesadelos não param"
        ),
        "pt",
        MODERATE,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.40: high
    ("i'll kill myself laughing if bitcoin actually hits 100k this year", "en"),
    # rules-1.40: moderate
    (
        (
            "is it even worth writing a will if i don't own anything? my nan just did hers "
            "and it got me thinking"
        ),
        "en",
    ),
    # rules-1.40: moderate
    ("don't think this will ever get better tbh, i'll be paying it off til i'm 60", "en"),
    # rules-1.40: high
    (
        "i want to be buried next to my husband when my time comes, how do i put that in my will?",
        "en",
    ),
    # rules-1.40: imminent
    (
        (
            "is it normal to still set a place at the table for him? 8 months on and i can't "
            "stop doing it"
        ),
        "en",
    ),
    # rules-1.40: moderate
    ("if one more person tells me she's in a better place i'm going to scream", "en"),
    # rules-1.40: moderate
    ("my twin died when we were 30 and i still feel like half a person walking around", "en"),
    # rules-1.40: imminent
    ("turned 18 and the leaving care team act like i dont exist now. never felt this alone", "en"),
    # rules-1.40: moderate
    ("people walk past me like im a bin bag. some days i dont feel like a person anymore", "en"),
    # rules-1.40: moderate
    ("am i still a care leaver at 24 for the uni bursary or does it stop at 21", "en"),
]

TWINS = [
    "i am up on the roof fixing the gutters, sorry i missed your call",
    "i won't be around for second year, i'm transferring to leeds",
    "i am walking over to make her a cup of tea, she has had a rough day",
    "suicide after i hit submit on friday is a joke my flatmate makes about deadlines, not me",
    "if it loses i am done with betting for good, lesson learned",
    "cut really deep into the hedge this time, the garden looks bare now",
    "she is in the kitchen with a knife right now chopping onions for the curry",
    "it will be done before it gets light, the painting crew starts at 5",
    "they won't get me on that plane alive lol, i hate flying so much",
    "with a razor right now, about to start shaving my head for charity",
    "saved up my pocket money for weeks and bought the lego set",
    "cut my fringe again last night, first time since uni that i did it myself",
    "does the roof access at the hotel get locked at night? want sunset photos",
    "fainted at the blood donation and barely ate breakfast, the nurse gave me a biscuit",
    "worth more dead than alive is what they said about van gogh in the documentary",
    "does travel insurance pay out if the flight is cancelled by the airline?",
    "might as well go down with it, said the captain in the film",
    "how long does it take a turkey to defrost in the fridge",
    "she makes me text her when i get home from the pub, she worries",
    "urges to text my ex came back after that song played",
    "used to cut my own hair in lockdown, clean cuts now from a barber",
    "i like how the weight is dropping off the new bike frame design",
    "my brother used to pin me down and tickle me till i cried lol",
    "consider this my resignation from the group chat, too many memes",
    "blacked out after the gym session, low blood sugar, the doctor said eat before training",
    "my girlfriend can read my mind, she ordered the exact pizza i wanted",
    "if a bus took me out tomorrow i would not be able to go to the concert, so i am careful",
    "i hear my mum call my name every morning to get up for school",
    "i'll kill myself laughing if he actually turns up in that costume",
    "writing a will after buying the house, the solicitor says it is sensible",
    "set a place at the table for nan, she is coming for sunday dinner",
    "everyone keeps telling me he is in a better place and it helps a bit",
    "felt like half a person after the flu, now fine",
    "my phone acts like i do not exist when i ask it anything",
    "am i still a care leaver if i moved back in with my foster carers",
    "paying it off till i am 30 but at least i own the car",
]

STILL_ALARMS = [
    (
        "i'll kill myself laughing at my own funeral because i am going to do it tonight, "
        "pills are ready"
    ),
    (
        "writing a will because i will not be here much longer, i have the pills and i am "
        "doing it tonight"
    ),
    "setting a place at the table for him and then i am going to join him tonight, i have the rope",
    "i feel like half a person since she died and i want to kill myself tonight",
    "the leaving care team act like i do not exist and i am going to end it tonight",
    "paying it off until i am 60 is not happening, i am going to kill myself tonight",
]


test_round_24s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_24s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
