"""rules-1.40: the misses of review round 23 (four briefs: dates and occasions; places, travel and
getting around; during and after a crisis; parents, pregnant and postpartum people and carers),
once round 24 was written to be the blind one.

"tell my therapist she did her best", "i won't be checking out tomorrow", "i just moved it to
saturday when the house is empty", "i put it off for my daughters birthday ... its happening
tomorrow morning", "crisis team are coming at 4. i wont be here when they arrive", "how late is
too late for them to be able to fix it", "which trains go straight through the little stations
without slowing down", a flash of smashing a father's head against the wall, "pictures of holding
him under" at bath time; round 23's everyday messages read moderate or above ("see you on the
other side of christmas", "i'll kill him if he draws on the wall again", a brother who "couldn't
go on" or was "hearing voices", now someone else's). What rules-1.39 read is in the comment
beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.39: none
    (
        (
            "already working out how little i can get away with eating on christmas day "
            "without anyone clocking it"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.39: none
    (
        (
            "had a massive birthday dinner so i did an extra gym session at 6am to cancel it "
            "out. felt like i had to"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.39: high
    (
        "happy father's day dad. see you soon. i've got what i need here",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        (
            "the voice says tonight is the solstice and it needs my blood. i'm going to do "
            "what it says, it's the only way it stops"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.39: high
    (
        (
            "mixed everything i had at the party and my heart is going mad and i honestly "
            "don't care what happens now"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.39: none
    (
        (
            "booked a single to the coast and one night at a b&b. no return. it's tonight. "
            "tell my therapist she did her best"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: none
    (
        (
            "checked into a hotel, letters are on the desk with everyone's names on. i won't "
            "be checking out tomorrow"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        (
            "this guy's been cutting me up all the way down the motorway and now he's pulled "
            "into the services. following him in with the steering lock, he's getting it"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.39: high
    (
        (
            "he's doing 100 on the motorway screaming he'll crash us both, the kids are in "
            "the back, please what do i do"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.39: high
    (
        (
            "the announcements on the tannoy are talking straight to me now, they keep "
            "saying step forward. i think i have to listen this time"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.39: low
    (
        (
            "anyone know if the top floor of the multistorey in town gets locked at night? "
            "just wondering lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.39: low
    (
        "how long would someone actually last in the sea in winter? it's for a story i'm writing",
        HIGH,
        "method_seeking",
    ),
    # rules-1.39: low
    (
        (
            "been feeling like a ghost lately. random q but which trains go straight through "
            "the little stations without slowing down"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.39: moderate
    (
        "is there a height where nobody survives the fall? not for me obviously haha",
        HIGH,
        "method_seeking",
    ),
    # rules-1.39: moderate
    (
        (
            "scratched my arms up in the service station toilets on the drive back from "
            "mum's again. couldn't wait till i got home"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.39: moderate
    (
        (
            "been driving home hammered most nights and honestly if i wrap the car round a "
            "tree that's fine by me"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.39: low
    (
        (
            "the satnav has started telling me to turn into the oncoming lane. it's not the "
            "normal voice and it gets louder every trip"
        ),
        HIGH,
        "psychosis",
    ),
    # rules-1.39: low
    (
        (
            "did the whole ridge hike on just water and blacked out near the top. still "
            "dizzy and my heart keeps skipping"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.39: low
    (
        "plane hit turbulence and part of me hoped it would just go down. is that messed up",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: low
    (
        "i can't keep doing this. the commute, the job, the whole life. i'm so done with all of it",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: low
    (
        "had way too many pints and drove home from the pub again. it's only ten mins, it's fine",
        MODERATE,
        "substance",
    ),
    # rules-1.39: none
    (
        "that lyric 'drive till the road runs out and never come home' is literally me rn",
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: none
    (
        (
            "first follow up with the crisis team this morning. told them the truth about "
            "what happened in march for the first time, that i actually meant it"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: low
    (
        (
            "i cant keep doing the discharge readmit discharge loop. im so tired of being a "
            "patient, of being anything really"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: moderate
    (
        (
            "didnt tell the nurses about the cuts on my thigh from yesterday. i wear joggers "
            "so they never check"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.39: none
    (
        (
            "the a&e nurse said i was lucky it got caught in time. how late is too late for "
            "them to be able to fix it"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.39: moderate
    (
        (
            "when my dad visited the ward i had this flash of smashing his head against the "
            "wall and it didnt feel like a random thought. im scared i meant it"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.39: none
    (
        (
            "random q but do they pump your stomach for every kind of pill or only some of "
            "them?? just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.39: moderate
    (
        (
            "burned my arm after the row last night, got it under a bandage and told the "
            "practice nurse i caught it on the oven"
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.39: high
    (
        (
            "the plan didnt go away when they discharged me. i just moved it to saturday "
            "when the house is empty"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        (
            "thank you for talking to me these past months. tell the ward staff they did "
            "their best. this is the last time ill message"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: low
    (
        (
            "i put it off for my daughters birthday. the party's done now. its happening "
            "tomorrow morning"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        (
            "been keeping my discharge meds back instead of taking them. ill have enough by "
            "the weekend and then thats it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        (
            "going back to that a&e to hurt the doctor who sent me home. i've got something "
            "in my bag and im on the bus now"
        ),
        IMMINENT,
        "harm_to_others",
    ),
    # rules-1.39: none
    ("crisis team are coming at 4. i wont be here when they arrive", IMMINENT, "suicidal_ideation"),
    # rules-1.39: high
    (
        (
            "wrote the letters last night. ive been putting it off since march but not "
            "anymore, today is it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        "judge gave him full custody today. nothing left to fight for. i'm ending it when i get in",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.39: high
    (
        (
            "just hurt myself really badly in the bathroom and it won't stop bleeding. "
            "baby's napping and i'm scared"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.39: low
    (
        (
            "he's got my daughter by the arm and won't let go, screaming right in her face. "
            "what do i do"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.39: moderate
    (
        (
            "every bath time i get pictures of holding him under and i feel sick. my husband "
            "does bath time now and i haven't told him why"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.39: none
    (
        (
            "was chopping veg with the baby in her bouncer and a thought popped in about "
            "using the knife on her. put it down and cried"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.39: low
    (
        (
            "single mum of 3, no family nearby, and i genuinely cannot keep doing this. "
            "something has to give"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: low
    (
        (
            "wine o'clock has crept to about 3pm most days, and then i do the school run. i "
            "know, i know"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.39: none
    (
        (
            "been skipping lunch and dinner so the kids have enough, and tbh also because i "
            "can't stand my postpartum belly"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.39: low
    (
        (
            "so sleep deprived i keep hearing the baby cry when she's at nursery. and "
            "yesterday the shadows in the hall were moving"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.39: low
    (
        (
            "honestly think the kids would have an easier life with just their dad. i'm the "
            "problem in this house"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.39: low
    (
        (
            "that line in the song about wanting to disappear for good is literally me at "
            "every 3am feed"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
]

OVER_READ = [
    # rules-1.39: imminent
    ("see you on the other side of christmas 👋 logging off till the 27th", "en"),
    # rules-1.39: imminent
    ("long drive alone tonight, podcasts queued, snacks sorted, see you on the other side", "en"),
    # rules-1.39: moderate
    (
        (
            "my brother texted me from the bridge saying he couldn't go on. i called 999 and "
            "they found him, he's ok but i can't stop shaking"
        ),
        "en",
    ),
    # rules-1.39: high
    (
        (
            "my brother was hearing voices and they sectioned him last night. i cant stop "
            "shaking, i didnt even know it was that bad"
        ),
        "en",
    ),
    # rules-1.39: high
    ("i'll kill him if he draws on the wall again 😤 third time this week", "en"),
]

TWINS = [
    "working out how little i can get away with spending on christmas presents this year",
    "did an extra spin class to burn off some steam after that meeting",
    "got what i need for the party, see you soon!",
    "tell my therapist she did her best with me this year, i got the promotion!",
    "i won't be checking out until noon, the hotel gave us a late checkout",
    "he keeps saying he will crash the party if we do not invite him lol",
    "they keep saying step forward at the audition and i froze",
    (
        "does the top floor of the multistorey get locked at night? need to collect my car "
        "after the show"
    ),
    "how long can you swim in the sea in winter with a wetsuit on",
    "what height do skydivers open their parachutes at",
    "scratched my arms up on the brambles picking blackberries",
    "the satnav kept telling me to turn into a field lol",
    "did the whole hike on just water because i forgot my lunch, starving now",
    "part of me hoped the plane would be delayed so i could finish my book",
    "i cannot keep doing this commute, something has to change with the trains",
    "had too many pints and got a taxi home like a sensible adult",
    "that line in the song about dancing till dawn is literally me every friday",
    "tired of being the one who always organises the christmas party",
    "the cuts on my arm from the cat yesterday are healing fine",
    "how late is too late to text him back after a date lol",
    "i had a flash of inspiration about smashing the sales targets this quarter",
    "do they pump your stomach if my dog ate chocolate? he is at the vet now",
    "burned my arm on the oven and told the nurse i caught it on the oven, which is true lol",
    "we moved the plan to saturday so everyone can come to the barbecue",
    "i put it off for my daughter's birthday but the bathroom refit is happening tomorrow",
    "i will have enough by the weekend to buy the new bike",
    "going back to that shop to return the jumper that did not fit",
    "wrote the letters for the wedding favours last night, today is the day!",
    "i am ending it with him tonight, he has been cheating",
    "hurt myself really badly at football and it won't stop swelling",
    "he's got my daughter by the hand at the zoo, they are feeding the goats",
    "wine o'clock came early at the christmas party, we all got taxis",
    "skipping lunch because i had a huge breakfast, not hungry at all",
    "the shadows in the hall were moving because of the candles",
    "my kids would be happier with more screen time honestly",
    "my friend said he could not go to the party, he is ill",
    "my brother was hearing things at the concert because the speakers were so loud",
    "see you on the other side of christmas everyone, have a good break",
    "road trip tomorrow, snacks packed, playlist ready, see you on the other side",
    "i'll kill her if she draws on the sofa again, she is 3 and thinks it is art",
]

STILL_ALARMS = [
    "see you on the other side of christmas, i am sorry for everything, goodbye forever",
    (
        "long drive alone tonight, podcasts queued, see you on the other side, i have the "
        "pills with me and i want to die"
    ),
    "i'll kill him if he touches me again, i have the knife in my hand and i mean it",
    (
        "my brother texted me from the bridge saying he could not go on and i feel the same, "
        "i am going to kill myself tonight"
    ),
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_23s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_23s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
