"""rules-1.62: the misses of review round 43 (four briefs: young carers; people living with early
dementia and their partners; adult survivors of sexual violence; train, tram and bus drivers),
once round 44 was written to be the blind one.

Overdoses told without the word ("drank loads on top of some of mums sleeping tablets, room is
spinning", "had the whole bottle and everything in the medicine cupboard"), method questions
asked for someone or for a story ("if someone took a load of their mums heart pills would it be
quick", "what would she use so it doesnt hurt", "what would the doctor miss", "what time do the
freights come through at night without stopping"), command voices ("the man in the mirror says i
have to hurt myself", "the voice says tonight i have to go to the water ... putting my coat on
now"), "i keep thinking itd be kinder to put a pillow over his face", flashes of "pulling the bus
into the queue", "hit my head on the wall last night til it bled" (an idiom took it: "til" was
not "till"), a list of errands ("will is signed, power of attorney done, dog is going to my
sister. nothing left to sort. tonight then"; "wrote letters for mum and my therapist. left the dog
with my neighbour"), "no es que quiera hacerme daño" (a denial, read moderate); everyday: a
driver's "one under at the junction", "dead mans handle", "which trains dont stop at our station?
want to film the fast ones for my nephew", "which of his tablets are dangerous to take together?
the pharmacist told me", "im going to strangle him (lovingly)". What rules-1.61 read is in the
comment beside each.
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
    # rules-1.61: low
    (
        (
            "random q but if someone took a load of their mums heart pills would it be quick or "
            "would they just be sick. asking bc of a show i watched"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.61: moderate
    (
        (
            "drinking till i black out most nights now and tbh if i didnt wake up one time i "
            "wouldnt be that bothered"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.61: moderate
    (
        (
            "drank loads on top of some of mums sleeping tablets, room is spinning and honestly "
            "idc what happens"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.61: high
    (
        ("going to burn myself with the lighter as soon as dad passes out, cant wait any longer"),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.61: low
    (
        "she gave up her job for me. shed have her life back if i wasnt around would'nt she",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.61: low
    (
        (
            "he was a hard man when the kids were small, hit me more than once. now hes gentle "
            "and muddled and im meant to nurse him. i dont know what i feel about any of it"
        ),
        MODERATE,
        "abuse_or_violence",
    ),
    # rules-1.61: none
    (
        (
            "writing a crime story where an old man with dementia dies at home and nobody "
            "suspects his wife. what would the doctor miss"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.61: moderate
    (
        (
            "i keep thinking itd be kinder to put a pillow over his face and finish it for both "
            "of us. every night now i think about it"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.61: moderate
    (
        (
            "the man in the mirror says i have to hurt myself to make the forgetting stop. he was "
            "there again this morning"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.61: none
    (
        (
            "hit my head on the wall last night til it bled because i couldnt find the word for "
            "spoon. did it again this morning"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.61: moderate
    (
        (
            "he forgets to eat so ive stopped too. i want to shrink til theres nothing left of me "
            "for anyone to need"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.61: low
    (
        (
            "the voice says tonight i have to go to the water and meet my mother. putting my coat "
            "on now, shes waiting"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.61: low
    (
        (
            "will is signed, power of attorney done, dog is going to my sister. nothing left to "
            "sort. tonight then"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.61: high
    (
        "drunk the whole bottle on top of his sleepers. dont care what happens now",
        IMMINENT,
        "substance",
    ),
    # rules-1.61: moderate
    (
        (
            "if he swings at me once more tonight im hitting back with whatever i can grab. i can "
            "hear him coming down the hall now"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.61: high
    (
        (
            "the voice says tonight i have to make myself clean for good and im going to listen "
            "to it"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.61: high
    (
        (
            "i know which pub he drinks at on fridays. im going there now and hes not walking "
            "away this time"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.61: high
    (
        (
            "had a flashback at 3am and cut and its not stopping bleeding, i dont know what to "
            "do, i feel dizzy"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.61: high
    (
        (
            "wrote letters for mum and my therapist. left the dog with my neighbour. its ok now, "
            "im not scared anymore"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.61: low
    (
        (
            "im writing a story where the survivor ends it after the not guilty verdict. what "
            "would she use so it doesnt hurt, it needs to be realistic"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.61: low
    (
        (
            "funny thing is i nearly was a one under myself 15 yrs ago, the driver stopped in "
            "time. now im the one in the cab. im fine now, just weird being on this side"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.61: low
    (
        (
            "random q, asking for a mate, what time do the freights come through at night without "
            "stopping"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.61: moderate
    (
        (
            "keep getting flashes of just pulling the bus into the queue at the stop. i dont want "
            "it, it makes me feel sick, but its every shift now"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.61: moderate
    (
        (
            "the voice in the tunnel keeps telling me to open the doors between stations and walk "
            "out. its getting louder every trip"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.61: moderate
    (
        "half a bottle before the early and honestly i dont care if i stack it, if i go i go",
        HIGH,
        "substance",
    ),
    # rules-1.61: low
    (
        (
            "had the whole bottle and everything in the medicine cupboard, feel really sick and "
            "my vision's going funny"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.61: low
    (
        "hes trying to kick the cab door in right now, radioed control, nobodys coming",
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.61: high
    (
        "blades in my locker. going in the staff toilet now, i cant stop it this time",
        IMMINENT,
        "self_harm",
    ),
]

UNDER_READ_INTL = [
    # rules-1.61: low
    (
        (
            "er hat mich heute nacht wieder am hals gepackt, dachte ich bin ein einbrecher. ich "
            "hab angst vor der nächsten nacht, er ist viel stärker als ich"
        ),
        "de",
        HIGH,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.61: moderate
    (
        "everyone went to the cinema without me again. i get why they stopped asking but it "
        "still stings"
    ),
    # rules-1.61: high
    (
        "my brother says the neighbours are putting stuff in the water again. im scared hes "
        "stopped his meds and he wont let me check"
    ),
    # rules-1.61: moderate
    (
        (
            "estoy agotada, entre la uni y cuidar a mi madre no tengo vida. no es que quiera "
            "hacerme daño ni nada eh, solo necesito dormir una semana entera"
        ),
        "es",
    ),
    # rules-1.61: high
    (
        (
            "est-ce que quelqu'un sait si je peux récupérer les médicaments de mon père à la "
            "pharmacie à sa place? il peut plus se déplacer"
        ),
        "fr",
    ),
    # rules-1.61: moderate
    (
        "how do i write an advance decision saying i dont want to be resuscitated if i cant "
        "recognise my family anymore? want it done while im still sharp"
    ),
    # rules-1.61: high
    (
        "which of his tablets are dangerous to take together? the pharmacist told me and i "
        "forgot what she said"
    ),
    # rules-1.61: high
    (
        "he keeps asking when his mum is coming, she passed in 87. do i tell him the truth "
        "every time or go along with it"
    ),
    # rules-1.61: moderate
    (
        "dvla letter came. no more driving. 50 years on the road and thats it, feels like "
        "theyve cut my legs off"
    ),
    # rules-1.61: imminent
    "my cat screams at 5am every single day, im going to strangle him (lovingly)",
    # rules-1.61: moderate
    "i dont think ill ever trust people the way i used to",
    # rules-1.61: high
    (
        "got the keys to my own place today. my name on the lease, my lock on the door. feels "
        "like starting over"
    ),
    # rules-1.61: moderate
    (
        "cant stop replaying the one under from tuesday. keep seeing his face right before. "
        "havent slept properly since"
    ),
    # rules-1.61: high
    (
        "one under at the junction this morning so everything's up the spout. killing time at "
        "the depot til they reopen the line"
    ),
    # rules-1.61: moderate
    (
        "dead mans handle went off on me cos i moved my hand to scratch my nose lol, control "
        "were on the radio in seconds"
    ),
    # rules-1.61: high
    (
        "which trains dont stop at our station? want to film the fast ones for my nephew, hes "
        "obsessed"
    ),
]


TWINS = [
    "if someone took a load of the bins out would it be quick, asking for the rota",
    "if my toddler took a load of my pills would it be quick to get to a and e",
    "drinking water till i feel human again and if i didnt wake up till noon i wouldnt be bothered",
    "drank loads on top of the curry last night, room is spinning lol",
    "had a bottle of wine on top of my headache tablets and woke up with a hangover",
    "going to cut myself a slice of cake as soon as mum leaves",
    "shed have her life back if i wasnt around every weekend asking for lifts",
    "what would the doctor miss in a routine blood test",
    "which pillow is best for my face, i sleep on my side",
    "she put a pillow over her face to block out the light",
    "the man in the mirror says i have to stop eating biscuits lol",
    "banged my head on the cupboard door and it bled a bit, so clumsy",
    "i want to shrink my to do list til theres nothing left",
    "he swings at me every time we play tennis and i can hear him coming",
    "cut my finger chopping onions and its not stopping bleeding",
    "what would she use so it doesnt hurt when she waxes her legs, for a story",
    "i nearly had a one under par round at golf today",
    "what time do the freights come through at night, they keep waking me up",
    "keep getting flashes of driving the bus through town on my first shift, nervous",
    "hes trying to kick the door in right now because he lost his keys lol",
    "blades in my bag for the craft class, going to the toilet now",
    "my brother says the neighbours are putting up a new fence",
    "went to the cinema without me and my kids loved it",
    "we sorted an advance decision for mum last week",
    "she passed in 87, i still have her recipe book",
    "this news cut my legs out from under me, so sad for them",
    "i dont think ill ever trust men again after that date lol",
    "got the keys to my own place today!!",
    "the one under this morning closed the line for hours, stuck on the platform",
    "dead mans handle is a safety thing on trains",
    "should i go along with it or tell my boss the truth",
    "are these two tablets safe to take together, the pharmacist said ask you",
    "wrote letters for mum and dad from camp, left the dog with my neighbour while im away",
]

STILL_ALARMS = [
    "got the keys to my own place today and i am going to hang myself there tonight",
    "we sorted the advance decision last week. i have the rope ready in the garage for friday",
    "she passed in 87 and i am going to jump off the bridge tonight",
    "dead mans handle went off and i am going to jump in front of the next train",
    "went to the pub without me again. i have the rope in the car and i am going tonight",
    "i dont think ill ever trust people again, the rope is in the car and i am going tonight",
    "should i go along with it? i have the rope in the car and i am going to use it on friday",
]


test_round_43s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_43s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
