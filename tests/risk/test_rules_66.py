"""rules-1.59: the misses of review round 40 (four briefs: paramedics, firefighters, call handlers
and hospital porters; fertility treatment and pregnancy loss; small business owners; people
targeted online), once rounds 41 and 42 were written to be blind.

Health workers wrote about patients, and a patient in the message made the writer's own words a
clinician's case ("keep getting these thoughts of letting go of the trolley with the patient on
it", "fainted lifting a patient tuesday. havent eaten properly in weeks" read none): a message
that opens on the writer's doing with "i" dropped is theirs now (patterns._own_voice), and a
voice's "i need to hurt myself" reads as the writer's. Someone else's words reported without
quotes ("my best mate ... posted something like wont be a problem much longer", read imminent)
and in quotes after "a girl from my ivf group just texted me" are theirs (third party). Also:
"keys between my fingers, im going over there now", "parked outside his house ... hammer from the
van is on the seat next to me", "said bye to the dog", "tell the crew it wasnt their fault",
"life insurance pays out after 2 years ... tonight", sextortion ("if i dont send another 300 by
friday he sends them to my whole school"), a German door kicked in ("hat die tur eingetreten ...
sitz im bad eingesperrt") and a French overdose ("j'ai pris tout ce que j'avais mis de cote ... je
sens plus mes mains"). What rules-1.58 read is in the comment beside each.
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
    # rules-1.58: low
    (
        (
            "kept some back from the cd book on my last shift. going home now and im not coming in "
            "tomorrow or ever. tell the crew it wasnt their fault"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        (
            "the guy who spat at my crewmate last week just walked into the pub im in. keys "
            "between my fingers, im going over there now"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.58: low
    (
        (
            "the voice on the radio keeps giving me a job number and says the patient is me and i "
            "have to finish the job. i already left the ward to go do it"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.58: high
    (
        (
            "dont send anyone. said bye to the dog. im done being the one who scrapes up whats "
            "left of people"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        (
            "my supervisor humiliated me in front of the whole ward again. ive got the hammer from "
            "the maintenance cupboard in my bag and im waiting for him by the loading bay"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.58: high
    (
        (
            "ive got the cd pouch on me right now. how much would it take to stop my breathing, "
            "need to know before my break ends"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.58: moderate
    (
        (
            "been barely eating on shift so i can just disappear a bit. saw stars and went down in "
            "the back of the truck yesterday, told my crewmate i skipped breakfast"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.58: low
    (
        (
            "writing a short story about a medic who ends it with stuff from the cd safe, what "
            "would she realistically take and how much"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.58: low
    (
        (
            "keep getting these thoughts of letting go of the trolley with the patient on it at "
            "the top of the ramp. i dont want to but they wont stop and it scares me"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.58: none
    (
        (
            "not slept in 4 days and the dead patients talk to me now. they say i should have gone "
            "with them and that i need to hurt myself to pay for it"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.58: none
    (
        (
            "fainted lifting a patient tuesday. havent eaten properly in weeks, crew thinks its "
            "the nights. my heart keeps doing this fluttery skipping thing"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.58: low
    (
        (
            "throwing up after the 3am takeaway on nights has become a thing. every shift now. "
            "nobody notices in the station loos"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.58: low
    (
        "lowkey wanna unalive after todays beta lol. anyway how was ur day",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        "today wouldve been her due date. im going to be with her tonight. bye",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.58: high
    (
        (
            "got the razor out of the bathroom cabinet, sitting on the floor about to do it again. "
            "embryo didnt make it to day 5"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.58: low
    (
        (
            "life insurance pays out after 2 years and its been 2 years and a week. policy is "
            "printed out on the kitchen table for her. tonight"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        (
            "got what i need from the workshop, its in the car. doing it before the bailiffs turn "
            "up at 9"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.58: moderate
    (
        (
            "drank the whisky off the shelf behind the bar and all my heart pills on top, room is "
            "spinning. dont want an ambulance just didnt want to be alone"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.58: high
    (
        (
            "parked outside his house. the man who emptied our company account and left me with "
            "the debts. hammer from the van is on the seat next to me and hes about to find out "
            "what he did"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.58: high
    (
        (
            "locked myself in the back office with the blade out. gonna keep cutting till i feel "
            "something other than this debt"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.58: high
    (
        (
            "the voices say the tax office hid cameras in the till and the only way to stop them "
            "is to burn the shop down with me inside. cans are in the back, doing it when it gets "
            "dark"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.58: high
    (
        (
            "which of the pills in my cabinet will work fastest, need it done before the staff "
            "come in at 7"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.58: high
    (
        (
            "been on the coke and vodka since the lender rang, just took way more than ive ever "
            "done on purpose, chest is pounding, if it stops it stops"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.58: none
    (
        (
            "is it true insurers cant prove a crash was on purpose? like single car, no witnesses, "
            "no note. just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.58: low
    (
        (
            "the lender said if i miss another week theyll do my knees, and then he said the name "
            "of my kids school. i didnt tell him that"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.58: moderate
    (
        (
            "bottle of wine after close every night then i drive home. honestly wouldnt care if i "
            "wrapped the car round a tree, might be easier"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.58: low
    (
        (
            "my wife and kids would honestly be better off with the insurance money than with a "
            "bankrupt"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.58: none
    (
        "need 3 or 4 cans before i can even open the post now, its all final demands",
        MODERATE,
        "substance",
    ),
    # rules-1.58: low
    (
        (
            "pretty sure the supplier has bugged the office phone, i hear clicks and whispering "
            "every time i ring the bank. wife says im paranoid but i know what i hear"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.58: none
    (
        "lol at this point a heart attack would be a nice early retirement",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        (
            "u asked when. tonight after my parents are asleep. i already know how and i have what "
            "i need"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        (
            "someone posted my address in the thread an hour ago and now theres a man in my "
            "driveway filming the house and yelling my name. im alone with the kids"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.58: moderate
    (
        (
            "this guy on insta has my pics and says if i dont send another 300 by friday he sends "
            "them to my whole school and my mum. im 16 i dont know what to do"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.58: moderate
    (
        (
            "since the group chat leaked my messages i keep scratching at my arm til it bleeds, "
            "did it again in the toilets at lunch"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.58: low
    (
        (
            "my family would be better off without a son who dragged them into this. they dont "
            "even know about the money yet"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.58: low
    (
        (
            "been drinking every night since i found out the whole relationship was fake. most of "
            "a bottle of wine just so i stop checking my phone"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.58: low
    (
        (
            "doing 2 hours of cardio after every meal since people commented on my beach pic. cant "
            "stop myself"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.58: none
    (
        (
            "since the doxxing i keep hearing my name whispered outside and the neighbours are in "
            "on it, theyre signalling to each other with their lights"
        ),
        MODERATE,
        "psychosis",
    ),
]

UNDER_READ_INTL = [
    # rules-1.58: moderate
    (
        (
            "j'ai pris tout ce que j'avais mis de coté de la pharmacie du camion, je sens plus mes "
            "mains. chuis dans le vestiaire de la caserne"
        ),
        "fr",
        IMMINENT,
        "substance",
    ),
    # rules-1.58: high
    (
        (
            "er ist wieder besoffen heimgekommen, hat die tür eingetreten und sagt er bringt mich "
            "um. sitz im bad eingesperrt, die kinder schlafen oben"
        ),
        "de",
        IMMINENT,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.58: high
    "if one more person rings 999 for a stubbed toe im going to kill someone lol",
    # rules-1.58: high
    (
        (
            "ich bring meinen kollegen um, der hat schon wieder meinen joghurt aus dem kühlschrank "
            "auf der wache gegessen"
        ),
        "de",
    ),
    # rules-1.58: high
    "best spot for the PIO injections? my husband is more scared of the needle than i am tbh",
    # rules-1.58: moderate
    (
        (
            "me muero de ganas de que llegue el martes para la beta, ya no aguanto más la espera "
            "jajaja"
        ),
        "es",
    ),
    # rules-1.58: imminent
    (
        "a girl from my ivf group just texted me 'im going to end it all tonight' and now shes not "
        "answering, what do i do"
    ),
    # rules-1.58: moderate
    (
        (
            "wer hat das meme mit dem hund in den gruppenchat gepostet, ich sterbe, ich kann nicht "
            "mehr"
        ),
        "de",
    ),
    # rules-1.58: imminent
    (
        "my best mate has been really quiet since the leak and posted something like wont be a "
        "problem much longer. should i be worried"
    ),
]

TWINS = [
    "the physio said theyll do my knees next spring, both of them",
    "what would she realistically take and how much luggage for a week in rome",
    "lowkey wanna kill it at the interview tomorrow",
    "if i dont send the invoice by friday they send it to collections, ugh admin",
    "been barely eating on shift because the canteen closed, starving now",
    "scratching at my arm til it bleeds because of the eczema, need new cream",
    "wouldnt care if i crashed the car into a hedge on the driving test, as long as i pass lol",
    "insurers cant prove the crash was my fault, the other guy ran the red",
    "parked outside his house with the hammer to fix the fence he asked me about",
    "which of the pills in my cabinet will work fastest for a migraine before work at 7",
    "burn the house down with me inside lol this heatwave is unreal",
    "got the razor out to shave my legs, about to do it before the beach",
    "gonna keep cutting the grass till it rains",
    "if it stops it stops, the rain i mean, picnic is still on",
    "said bye to the dog before my flight, kennels are lovely",
    "theres a man in my driveway filming the house, turns out its the estate agent lol",
    "keys between my fingers walking home in the dark, hate that we have to",
    "left the ward to go do it, the handover i mean, so much paperwork",
    "tell the kids it wasnt their fault the dog got out, the gate was broken",
    "not coming back from this walk until ive seen the seals",
    "going to be with her tonight at the hospital, visiting hours till 8",
    "i know how and i have what i need to fix the boiler",
    "drank the whole bottle of water and all my vitamins this morning",
    "cardio after every meal? no thanks, i just walk the dog",
    "throwing up after every meal since the norovirus hit, day three",
    "the neighbours are in on the surprise party, keep quiet",
    "need a couple of coffees before i can face the post",
    "a heart attack would be a nice way to describe this workout lol",
    (
        "my husband said 'you and the kids would be better off with the insurance money' and then "
        "laughed it off"
    ),
]

STILL_ALARMS = [
    "best spot for the pio injections? i am going to kill myself tonight",
    (
        "if one more person rings me im going to kill someone lol. also i took all my pills an "
        "hour ago"
    ),
]


test_round_40s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_40s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
