"""rules-1.13 (cssrs): suicidal ideation and behaviour graded the way the C-SSRS grades it.

Families (patterns.yaml, the en.r13cssrs.* rules and idioms between the cssrs markers):

- wish to be dead (moderate): death or being dead "would be a relief", envying the dead
  (passive_relief) -- passive wishes stay moderate (PASSIVE_STAYS: ones already moderate on
  main, kept there);
- active thoughts without a method: suicide or ending my life "on my mind" (active_mind);
- a method thought of without a plan: jumping, a platform, the medicine cabinet, "i know how
  i would do it, i just don't know when" (method_thought);
- intent without a plan: "i think i might actually act on it", "every intention of doing it",
  "scared i'll act on the urges" (intent_act);
- a plan with how and when (imminent): "i know how and when", a weekday with everyone out,
  "the plan is pills", "take everything tomorrow" (plan_when), half taken (underway);
- preparatory acts: practising with a belt, a long look over the bridge, the bridge's height
  looked up (prep); aborted and interrupted attempts (aborted); a recent attempt
  (attempt_recent);
- method questions as statistics or "asking for a friend": survival rates of a method, how much
  would kill a person, sleeping pills and alcohol, "how do people usually" (meth_stats);
- intensity: thoughts of death every day, for hours, that will not stop (intensity);
  deterrents gone: not even my kids would stop me, the one reason gone (deterrent).

The phrasings are the helper's own probe (314 messages written from the C-SSRS screener and
full-scale items, none quoting them). Every positive below screened below its level through
`screen()` on main before this change (checked with a script) and reaches it now. The twins
share the words (a proposal, a trip, the tip, a pool, a driving test, a pet's safety, a
lifeguard course, grief, hair dye, an ex, a cake, feedback one acts on) and screen below
moderate; some of them the classifiers over-read on main, and idioms in the cssrs block now
stand them down.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

MODERATE = [
    "death would be a relief at this point",
    "i envy dead people lol",
    "i kinda envy the dead",
]

# Passive wishes already moderate on main: the new rules must not lift them.
PASSIVE_STAYS = [
    "i wish i could just go to sleep and not wake up",
    "some nights i hope i dont wake up",
    "i keep wishing i was dead",
    "honestly i wish i were dead",
    "i wish i'd never been born tbh",
    "part of me wants to just not be alive anymore",
    "i wouldnt mind if i just didnt wake up tomorrow",
    "sometimes i wish something would just happen to me so it's over",
    "i pray every night that i wont wake up",
    "i'd be fine if i died tbh",
    "wish i could fall asleep forever",
    "i keep hoping i get sick and die",
    "i wish a car would hit me on the way to work",
    "wouldnt be the worst thing if i didnt make it through the night",
    "i hope i die in my sleep",
    "i wish i could just disappear and never come back",
    "i think about being dead a lot, not doing it, just being dead",
    "dying sounds like a relief honestly",
    "i sort of wish i wasnt alive",
    "i want it all to be over, like me being over",
    "if i got hit by a bus tomorrow id be ok with it",
    "i wish god would just take me",
    "life would be easier if i just wasnt in it",
    "honestly death would be a relief",
    "dying sounds peaceful right now",
    "being dead would be a relief tbh",
    "death would just be a relief at this point",
    "sometimes i wish i could just not wake up tomorrow",
    "i'd be okay if i didnt wake up",
    "i hope i just dont wake up one day",
]

HIGH = [
    "suicide has been on my mind a lot",
    "ive thought about jumping",
    "i know how i would do it, i just dont know when",
    "ive imagined jumping off my balcony",
    "i picture myself stepping off the platform",
    "thought about swallowing everything in the cabinet",
    "i think i might actually act on it",
    "i think i might actually do it this time",
    "i might actually go through with it",
    "i think im going to act on these thoughts",
    "i'm scared i'll act on it",
    "i'm going to act on it soon i think",
    "i have every intention of doing it",
    "i'm afraid i'll actually follow through",
    "i practiced with the belt yesterday",
    "i went to the bridge last night and looked over for a long time",
    "i looked up how high the bridge is",
    "i was about to do it but i stopped myself",
    "i stood on the ledge last night but i climbed back",
    "my roommate walked in before i could do it",
    "someone stopped me before i could jump",
    "i had the rope around my neck and then i stopped",
    "i started to take them and then i threw up and stopped",
    "i almost did it last night",
    "i came so close to doing it on sunday",
    "i had everything ready and then i chickened out",
    "the police found me before i could do anything",
    "i attempted last week",
    "my attempt didnt work",
    "i made an attempt on my life recently",
    "what percentage of people survive jumping off a bridge",
    "what would happen if someone mixed sleeping pills and alcohol",
    "what's the survival rate of jumping in front of a train",
    "would anyone find me if i went into the woods",
    "what would kill someone faster, pills or carbon monoxide",
    "how do people usually kill themselves",
    "i think about dying every single day",
    "i can't make the thoughts of dying stop",
    "not even my kids would stop me now",
    "nothing's holding me back anymore",
    "the only thing keeping me here was my mom and she's gone",
    "thinking about death for hours every day",
    "thoughts of dying take up most of my day",
    "these thoughts of death last for hours and i cant shake them",
    "i dont care about what it would do to my family anymore",
    "my faith always stopped me, it doesnt anymore",
    "i always thought about my kids and stopped, not anymore",
    "taking my own life has been on my mind since monday",
    "i've pictured myself jumping off the roof so many times",
    "sometimes i think about taking everything in the medicine cabinet",
    "i know how i'd do it, i just dont know when",
    "i think i might act on these thoughts",
    "i might act on it this time",
    "i think i will actually act on it",
    "im scared i might act on the urges",
    "i think i might actually go through with it this time",
    "honestly i could actually do it this time",
    "i have every intention of going through with it",
    "i'm afraid i might go through with it",
    "i was about to jump but i stopped myself",
    "my mum came in before i could do anything",
    "my boyfriend walked in right before i could go through with it",
    "he grabbed me before i could jump",
    "they found me before i could finish",
    "i stood on the edge but i stepped back",
    "i had the belt around my neck last night",
    "i nearly did it yesterday",
    "i came really close to doing it last night",
    "i attempted yesterday",
    "i survived an attempt on my life recently and nobody knows",
    "my suicide attempt failed",
    "i practiced with the rope",
    "i tried it with the belt to see if it would hold",
    "i drove to the cliffs and stood there for ages thinking about it",
    "i googled how high the bridge is",
    "what are the chances of surviving jumping off a bridge",
    "how many people survive hanging",
    "what happens if you mix sleeping pills and alcohol",
    "how do most people kill themselves",
    "would anyone find me if i walked into the woods",
    "i think about death all day",
    "i think about dying constantly",
    "i cant make these thoughts of death stop",
    "thoughts about death fill my days",
    "not even my family could stop me now",
    "not even the thought of my son would stop me anymore",
    "nothing is keeping me here anymore",
    "nothings stopping me anymore",
    "the only reason keeping me alive was my nan and she died",
    "my kids always stopped me, they dont anymore",
    "i dont care what it would do to them anymore",
]

IMMINENT = [
    "i know how and when i'm going to do it",
    "i'm going to do it saturday when everyone is at the game",
    "the plan is pills on sunday night",
    "i've planned it all out, it's happening this weekend",
    "i have everything i need and a date",
    "my plan is to go to the parking garage tomorrow and jump",
    "i know exactly how, where and when",
    "i'm going to take everything tonight after they go to bed",
    "i've started, i took half of them",
    "i know when and how i'm going to do it",
    "i know how, where and when i will do it",
    "i'll do it on friday night while everyone is out",
    "i'm going to do it sunday when my parents are away",
    "my plan is the pills",
    "the plan is the bridge",
    "my plan is to go to the multi storey tomorrow night and jump",
    "i have everything i need and a date",
    "i'm going to take everything tomorrow",
    "i have planned it out, it's happening on saturday",
    "i started, i took some of them",
]

TWINS = [
    "i practiced with the rope for the tug of war",
    "i think about death every day, my philosophy course is intense",
    "not even my dad would stop me now, i am dying my hair blue",
    "i know how and when i am going to tell my boss",
    "i attempted last week, the bar exam",
    "my attempt did not work, the cake collapsed",
    "how long does it take for ibuprofen to work for a headache",
    "how long does it take for antidepressants to start working",
    "what happens if i miss a dose of my sertraline",
    "which is more effective for back pain, ibuprofen or paracetamol",
    "what happens if someone takes their antibiotics with alcohol",
    "how long does it take for a broken bone to heal",
    "what's the survival rate of breast cancer these days",
    "how high do you need to be for altitude sickness",
    "for my nursing exam, what are the signs of paracetamol overdose",
    "which is faster, the train or the bus to leeds",
    "how long does it take for melatonin to kick in",
    "is it safe to take ibuprofen and paracetamol together",
    "what's the maximum daily dose of ibuprofen for my back, i want to be safe",
    "what percentage of people pass their driving test first time",
    "how many hours of sleep does a teenager need",
    "how long does it take to die of boredom in this meeting lol",
    "what happens if you mix bleach and vinegar when cleaning? i want to be careful",
    "for a story im writing, what's a good name for a dragon",
    "my friend wants to know which protein powder is best",
    "hypothetically what's the quickest way to learn spanish",
    "just curious, what's the least painful way to get a tattoo",
    "which bridge in my city is the oldest, for a school project",
    "which is more painful, a tattoo or a piercing",
    "how long does it take to bleed the radiators",
    "how long does it take for a cut to heal",
    "death by powerpoint would be a relief at this point",
    "his death was a relief after so much suffering",
    "honestly my grandma's death would be a relief for her, she's in so much pain",
    "the end of this semester would be a relief",
    "a day off would be a relief honestly",
    "i envy people who can sleep anywhere",
    "the news about that suicide has been on my mind since she died",
    "my exam has been on my mind a lot",
    "the move has been on my mind constantly",
    "my ex keeps crossing my mind",
    "i've thought about jumping ship to another company",
    "i keep picturing myself jumping off the boat into the sea on holiday",
    "ive thought about jumping into the pool from the balcony lol",
    "i picture myself stepping off the plane in bali",
    "i know how i would do it if i were the manager",
    "i know how i'd do it differently next time",
    "i thought about taking everything to the charity shop",
    "got some great feedback from my boss, i think i might act on it",
    "i had an idea for a business and i'm going to act on it",
    "i might act on my feelings for her",
    "i think i might actually do it this time, signing up for the marathon",
    "i'm going to act on your advice",
    "i have every intention of finishing the book",
    "will you follow through with the plan for the garden",
    "i know how and when i'm going to propose",
    "i know exactly how, where and when we're meeting",
    "i'm going to do the laundry on saturday when everyone is out",
    "the plan is pizza and a movie tonight",
    "my plan is to go to the pool tomorrow and jump in",
    "i have everything i need for the trip",
    "i'm going to take everything to the tip tomorrow",
    "i planned it all out, the party is happening this weekend",
    "i practiced with the rope at climbing last night",
    "tested the rope for the swing in the garden",
    "we went to the bridge and looked over at the sunset for ages",
    "i drove to the cliffs and took photos of the view",
    "i looked up how high the bridge is because our van is tall",
    "i googled how tall the eiffel tower is",
    "i've been giving my old clothes away to charity",
    "i was about to send the email but i stopped",
    "my mum walked in before i could hide her birthday present",
    "the teacher stopped me before i could answer",
    "i almost did it, the skydive was so scary",
    "i came so close to winning the raffle",
    "i had everything ready for the party and then it rained",
    "i stood on the edge of the pool and then jumped in",
    "i attempted the exam again last week",
    "my attempt at sourdough did not work",
    "my first attempt at the driving test failed",
    "i tried the new yoga class yesterday",
    "i started the course, i took some of the modules",
    "what's the survival rate of breast cancer these days",
    "what are the chances of surviving a plane crash",
    "how many people survive heart attacks",
    "how much chocolate would it take to kill a dog",
    "what happens if you mix sleeping pills and alcohol, is one glass of wine with my zopiclone ok",
    "why do people kill themselves, i'm doing a psychology essay",
    "would anyone find me if i went hiking in the woods alone",
    "which building in my city is the tallest, for my school project",
    "which is more effective for back pain, ibuprofen or paracetamol",
    "for my lifeguard course, what is the survival rate of drowning",
    "i think about my dad's death every day",
    "i think about dying my hair every day",
    "my nan thinks about death all the time since grandpa passed",
    "i cant make the thoughts about my ex stop",
    "i cant stop thinking about the exam",
    "thoughts about work fill my days",
    "not even the rain would stop me now, off to the gig",
    "nothing is holding me back anymore, i'm moving to spain",
    "not even my kids could stop me from finishing this cake",
    "the only thing keeping me here was my job and now i'm moving",
    "i dont care what it would do to my credit score",
    "my mum always stopped me from staying up late, not anymore",
    "nothing is stopping me now, i'm going to get that promotion",
    "i dont care what my family thinks anymore about my tattoo",
    "i tried again last week and finally passed my driving test",
    "i almost did it again, nearly texted my ex",
    "i had everything laid out for the presentation and then i froze",
    "my boss stopped me before i could finish my sentence",
    "they found me before i could finish counting, hide and seek with the kids",
    "he grabbed me before i could jump in the pool",
    "i stood on the edge of the pool but i stepped back, the water was freezing",
    "i had the scarf around my neck because it was freezing",
    "i practiced with the band last night",
    "i tried it with the belt and the dress looks so much better",
    "i googled how high mount everest is",
    "i attempted the crossword last week",
    "my attempt to fix the sink didnt work",
    "i made an attempt on the summit last year",
    "i started the book, i read some of the chapters",
    "i'm going to do it saturday when the shop is open",
    "i know exactly where and when the concert is",
    "my plan is to get the train tomorrow",
    "the plan is the beach on sunday",
    "i have a plan for my revision",
    "i'm going to take everything i learned and use it at work",
    "thoughts about my holiday fill my days",
    "i cant make my brain stop thinking about work",
    "not even a hurricane could stop me from going to that concert",
    "the only thing keeping me going is coffee lol",
    "suicide squad has been on my mind since i watched it",
    "i think i might act on your suggestion and call my sister",
    "i will follow through with the diet plan this time",
    "i have every intention of going to the gym tomorrow",
    "i think i might actually do it this time, applying for the job",
    "death metal would be a relief after this pop playlist",
    "i know how i would do it if i had the money, a cafe by the sea",
    "i picture myself stepping off the train in paris",
    "i've thought about jumping into a new career",
    "survival rate of the titanic passengers for my history homework",
    "how many people survive being struck by lightning",
    "how much water would it take to fill the pool",
    "what happens if you mix bleach and vinegar",
    "what happens if someone mixes energy drinks and alcohol",
    "how do people usually deal with grief",
    "would anyone find me if i hid in the wardrobe lol",
]


@pytest.mark.parametrize("text", MODERATE)
def test_passive_wish_reaches_moderate(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", MODERATE + PASSIVE_STAYS)
def test_passive_wish_stays_moderate(text: str) -> None:
    assert screen(text).level is RiskLevel.MODERATE


@pytest.mark.parametrize("text", HIGH)
def test_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", IMMINENT)
def test_imminent(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.IMMINENT.rank


@pytest.mark.parametrize("text", TWINS)
def test_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
