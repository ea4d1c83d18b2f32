"""rules-1.70: the misses of review round 51 (four briefs: journalists, reporters and news
photographers; social media content creators and influencers; cleaners, office and hotel
housekeeping staff; dentists, dental nurses and practice staff), once round 52 was written to be
the blind one.

Chemicals and drugs at work ("just drank some of the floor stripper from the janitor closet.
throat burning bad", read none; "the stuff in the blue drums in our chem store, if someone drank
it would it be quick", "with the sedation drugs we keep in stock how much would it take for
someone to just stop breathing", none; "on the gas in surgery 3 ... not taking it off this
time", "got the whole box of co-codamol here, how many do i need so i dont wake up?"), heights
and places ("im up on the roof of the multistorey ... dont think im coming down for the
afternoon list", "drove to the bridge straight from clinic, sat in the car now, engine off.
done", both low; "which bits of it dont have cameras or the samaritans signs?"), threats at work
("a patient's husband has been waiting by my car ... ill pay for it", "hell get my visa pulled
and i'll 'disappear'"), voices ("telling me to drink the cleaning stuff"), harm imagery and a
Spanish "ya me tomé las pastillas ... ahora me estoy asustando". Everyday: "im going to murder
him (lovingly)", "death knocks", "my arms are gone". "As team leader" frames a worker's report
of a colleague's self-harm as someone else's case. What rules-1.69 read is in the comment beside
each.
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
    # rules-1.69: low
    (
        (
            "honestly the obits desk could prewrite mine lol, save everyone the bother. "
            "nobody would notice me gone off the rota anyway"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.69: low
    (
        (
            "after weeks on the flood recovery i keep hearing my name come over the police "
            "scanner when nobody's on the channel. and the car radio sort of whispering "
            "between stations. nothing telling me to do anything, its just freaking me out"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.69: none
    (
        (
            "doing a long read on the bridge deaths. which bits of it dont have cameras or "
            "the samaritans signs? just for the piece obviously"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.69: low
    (
        (
            "sat in the car up at the quarry where we covered that crash last year. not "
            "driving home. been here an hour working up to it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.69: high
    (
        (
            "outside the house of the guy whos been threatening my family online. got the "
            "bat out the boot. hes coming out any minute and hes getting what he deserves"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.69: high
    (
        (
            "got the whole box of co-codamol here, how many do i need so i dont wake up? "
            "want it done before the night desk rings"
        ),
        IMMINENT,
        "method_seeking",
    ),
    # rules-1.69: none
    (
        (
            "havent really eaten since tuesday bc the swimwear brand shoot is friday and "
            "they want 'natural' lol. doing 2 spin classes a day to cancel out the smoothie"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.69: high
    (
        "at the bridge now. filmed a draft that says everything. im not even scared anymore",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.69: none
    (
        (
            "weird one but i used to scrub my arms raw with the green scourer pads on my "
            "break, years ago now. havent since 2019. the smell of them at the new office "
            "brought it all back lol"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.69: moderate
    (
        (
            "random q from a cleaner lol. the stuff in the blue drums in our chem store, if "
            "someone drank it would it be quick or would they suffer a lot. just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.69: moderate
    (
        (
            "which of the hotel roofs dont have an alarm on the access door? the one i go up "
            "on my break always beeps and i want somewhere no one will come up"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.69: moderate
    (
        (
            "my landlord is also the guy who gives me my cleaning shifts and he said if i "
            "complain about the pay again hell get my visa pulled and i'll 'disappear'. he "
            "has my address obviously"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.69: moderate
    (
        (
            "theres a voice in the extractor fan in the office kitchen telling me to drink "
            "the cleaning stuff to get clean inside. its louder every morning when i start"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.69: low
    (
        (
            "for a COSHH quiz: how long would a person last shut in the chemical store with "
            "the fumes if nobody came? not for me obviously haha"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.69: high
    (
        (
            "sat on the roof of the hotel on my break, someone propped the door. not going "
            "back down this time i dont think"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.69: moderate
    (
        (
            "a guest just pinned me against the wall in 507 and hes still standing in front "
            "of the door. my radio is on the trolley outside. hes saying i cant leave"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.69: none
    (
        (
            "just drank some of the floor stripper from the janitor closet. throat burning "
            "bad. shouldnt have told you"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.69: low
    (
        (
            "gdc letter came today, fitness to practise hearing. im not going to it. drove "
            "to the bridge straight from clinic, sat in the car now, engine off. done"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.69: high
    (
        (
            "on the gas in surgery 3 since everyone left, mask on, door locked. not taking "
            "it off this time. tell my nurse it wasnt her fault"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.69: low
    (
        (
            "lol so im up on the roof of the multistorey next to the practice on my lunch. "
            "dont think im coming down for the afternoon list tbh"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.69: high
    (
        (
            "the voice says the man in chair 2 is poisoning me through the suction and i "
            "have to stop him. ive got the probe in my hand, im going back in"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.69: none
    (
        (
            "purely professional q lol, with the sedation drugs we keep in stock how much "
            "would it take for someone to just stop breathing. asking cos a colleague joked "
            "about it"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.69: none
    (
        (
            "which of the local anaesthetics would be quickest if you injected a lot of it "
            "into yourself? not for a patient obviously"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.69: low
    (
        (
            "i genuinely want to hurt the patient who wrote that review about me. keep "
            "planning what id do if i saw him in the car park"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.69: low
    (
        (
            "a patient's husband has been waiting by my car after work three nights this "
            "week. he said i ruined her smile and ill pay for it"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.69: low
    (
        (
            "keep getting pictures of shoving the elevator into patients throats when theyre "
            "rude to my nurse. i dont want them but theyre getting more vivid every week"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.69: none
    (
        (
            "took an overdose in my foundation year. im in a much better place now but this "
            "new gdc complaint is dragging it all back up"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.69: low
    (
        (
            "used to scratch my forearms till they bled all through dental school. havent "
            "for years, just noticed the itch again today"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.69: none
    (
        (
            "started having a few minutes on the nitrous after the last patient just to come "
            "down. its fine right, everyone has their thing"
        ),
        MODERATE,
        "substance",
    ),
]

UNDER_READ_INTL = [
    # rules-1.69: high
    (
        (
            "ya me tomé las pastillas que me traje de la clínica. no quería que nadie se "
            "enterara pero ahora me estoy asustando"
        ),
        "es",
        IMMINENT,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.69: high
    (
        "deadline is 4pm and the editor is STILL changing the top line. im going to "
        "murder him (lovingly)"
    ),
    # rules-1.69: moderate
    (
        "rota says im on death knocks all week. fine tbh, im good at them. people want "
        "their person remembered right"
    ),
    # rules-1.69: moderate
    (
        "so tired of being a person online. not like that lol, i mean i want to delete "
        "everything and go work in a bakery"
    ),
    # rules-1.69: moderate
    (
        "as team leader: one of my girls might be self harming, saw marks on her wrist "
        "when she took her gloves off. i'm going to talk to her privately and point her "
        "to the welfare officer, is that the right way"
    ),
    # rules-1.69: high
    (
        "cart wheel snapped and i had to drag it the whole length of the 3rd floor "
        "corridor. my arms are gone"
    ),
    # rules-1.69: high
    (
        "back is so bad i cried putting my socks on. painkillers barely touch it now. "
        "scared ill have to stop and then what"
    ),
]

TWINS = [
    "as team leader i am running the fire drill today",
    "at the bridge now, the view is amazing",
    "been using the gas to cook dinner since the power went",
    "been working up to it all week, finally asked her out",
    "drove to the lake, sat in the car now eating chips",
    "got the whole box of chocolates here, how many do i need to share with the team",
    "hes getting what he deserves, a promotion, so proud of him",
    "how long would a person last in the sauna with the heat on full? asking for my gym",
    "how much would it take for someone to just stop snoring",
    "if someone drank it would it be quick to sober up? asking about the espresso shots",
    (
        "just drank some of the cleaner by accident, the bottle looked like water, feel "
        "sick, calling 111"
    ),
    "keep hearing my name come over the tannoy at the airport, they keep paging me for my gate",
    "my dog is waiting by my car, so cute, he wants his walk",
    "my legs are gone after that run",
    "nobody would notice me gone from the party, i left early lol",
    "on death knocks today, hate it",
    "painkillers barely touch it, physio next week",
    "pictures of shoving the cake into his face at the wedding lol",
    "running to burn off the cake from the party",
    "tell my mum it wasnt her fault the cake burned lol",
    "took an overdose of sun in my first year at uni, burnt to a crisp",
    "up on the roof fixing the gutter, not coming down till its done",
    "which bits of the museum dont have cameras? want to take photos without the flash",
]

STILL_ALARMS = [
    "im going to murder him (lovingly). then im going to hang myself tonight, the rope is ready",
    "on death knocks all week. i have the pills here and im taking them tonight",
    "tired of being a person online. i have the rope ready and im doing it tonight",
    "my arms are gone. i have saved up my tablets and im taking them all tonight",
    "painkillers barely touch it now. i have saved up my tablets and im taking them all tonight",
]


test_round_51s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_51s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)
