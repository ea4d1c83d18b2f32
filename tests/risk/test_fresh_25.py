"""rules-1.15 (fresh): fresh English probes written in rounds, each measured before its rules.

Three rounds of new messages (harm to others, abuse and danger, psychosis, substance, eating
disorder, disguised method-seeking, aborted or interrupted attempts, risk-taking with intent,
goodbyes without the word) plus the brief's examples. Before any rule for its batch, the
risky ones below their DESIGN level were 15/49 (round 1), 28/49 (round 2) and 10/25 (round 3).
Every POSITIVE here screened below its level on main (fb5c07a); every TWIN (the same words in
ordinary life) screened below moderate on main and still does.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

IMMINENT = [
    "tell my brother i'm proud of him. i won't be around to say it",
    "it's been a pleasure knowing you all, look after each other",
    "i've got a knife in my bag for when i see him tomorrow",
    "i'm at the station and the fast train comes through in 10 minutes",
    "i'm sorry for everything, please look after mum",
    "i want you all to know none of this is your fault",
    "thanks for being my friend, you made the last few years bearable",
    "this is it for me. love you mum",
    "i'm finally going to be at peace, don't be sad",
    "when you read this i hope you understand why",
]

HIGH = [
    "im gonna make him regret ever touching my sister, he wont walk again",
    "every time my stepdad yells i think about putting something in his drink",
    "i get these urges to push people onto the tracks",
    "i can hear them planning to poison me through the vents",
    "i know the tv presenter is talking directly to me and telling me to do it",
    "which bridge in the city has the lowest railing",
    "my mum found me in the bath before i could finish",
    "i walk home through the worst part of town at 3am hoping someone kills me",
    "i play chicken with lorries on the motorway now, dont care if i lose",
    "i went swimming out past the buoys hoping i wouldnt have the strength to come back",
    "i want to make them all pay for what they did at school",
    "i keep imagining stabbing my boss and i'm scared i'll do it",
    "i haven't slept in 4 days and god is sending me messages through the radio",
    "what's the tallest building in town without security",
    "i swallowed a battery to see what would happen",
    "i keep driving really fast hoping i crash",
    "i stood in front of the bus and stepped back at the last second",
    "if my ex turns up at the party im glassing her, swear down",
    "i've started following him home from work, he doesnt know yet what i'm going to do",
    "sometimes when the baby screams i shake her harder than i should",
    "i want to see my teacher bleed",
    "theres a guy who keeps showing up at my window at night",
    "my boyfriend makes me sleep in the car when i upset him",
    "im 15 and my 30 yr old bf says i cant tell my parents about us",
    "what dose of paracetamol damages your liver permanently, for a school project",
    "does anyone know how much helium you need to pass out",
    "what's the strongest stuff they sell at the pharmacy without prescription",
    "where's the quietest place on the cliffs where no one walks",
    "i started taking them but threw up before i could take the rest",
    "i drove to the bridge tuesday and sat there for 2 hours but didnt get out",
    "the police talked me down off the car park roof last week",
    "i was halfway over the railing when someone grabbed me",
    "i go out on my bike with no lights at night hoping a car doesnt see me",
    "i've been picking fights with huge guys at the pub hoping one goes too far",
    "i stopped my insulin, if i go into a coma so be it",
    "i sit on the edge of the roof and lean forward to see if i'll fall",
    "i've been sharpening a knife and thinking about my dad",
    "i keep thinking the world would be better if i got rid of my stepmum",
    "the spirits told me i have to fast until i disappear",
    "how long can someone go without breathing before the brain is gone, asking for a book",
    "which train line has the most deaths",
    "i've started crossing roads without looking, whatever happens happens",
    "i take my bike down the big hill with no brakes, part of me hopes i don't stop",
]

MODERATE = [
    "took 3 tabs at once to see what happens lol",
    "i injected for the first time last night",
    "i've lost 10kg in a month and i'm still not thin enough",
    "my food tastes metallic cos they're slipping stuff in it, i know it",
    "mixed ket and alcohol at the weekend and woke up in a&e",
    "i drove home absolutely hammered again",
    "i overdid it on g last night and fitted",
]

TWINS = [
    "im gonna make him regret ever eating my leftovers lol",
    "he locked me out of the netflix account again",
    "my uncle comes into my room at night to steal the wifi charger lol",
    "the neighbours put cameras in their driveway",
    "i can hear them planning a surprise party through the walls",
    "im on 2000 calories a day and still feel hungry",
    "how long does it take to boil an egg",
    "which bridge in the city has the best view",
    "i was on the ledge of the climbing wall for an hour",
    "this is the last thing i'll ever write for this magazine, new job starts monday",
    "tell my brother i'm proud of him for passing his driving test",
    "you won't hear from me after tonight, going camping with no signal",
    "it's been a pleasure working with you all, look after each other. last day today",
    "i walk home through the park at 3am after my shift",
    "i went swimming out past the buoys, the water was lovely",
    "i want to make them all pay for the pizza",
    "im going to make him pay for dinner since he lost the bet",
    "i made him suffer through the whole marvel marathon lol",
    "i put something in his drink to make it sweeter, he loved it",
    "i slipped some honey into her tea for her sore throat",
    "my coach keeps pushing people to do better",
    "i keep imagining pushing my brother into the pool on holiday lol",
    "i have urges to hit the gym every morning",
    "the tv presenter was talking about the floods",
    "the radio dj was talking to me live on air cos i won the competition",
    "they're reading my essay tomorrow in class",
    "my mum is trying to poison me with her cooking lol",
    "my cat is planning to kill me at 5am for breakfast",
    "took 3 tabs of paracetamol for my headache",
    "i had 3 tabs open at once and my laptop died",
    "the nurse showed me how and i injected for the first time, so proud",
    "what's the tallest building in town, we're doing a project",
    "my mum found me before i could finish my homework",
    "the teacher stopped me before i could finish the sentence",
    "hoping i die of laughter at this show tonight",
    "hoping the bus comes soon its freezing",
    "i won't be around to say it tomorrow cos i'm at work, so happy birthday now",
    "i won't be around much on discord anymore, exams start monday",
    "it's been a pleasure knowing you all, see you at the reunion",
    "playing chicken with my little brother at the pool lol",
    "if my ex turns up at the party im leaving, swear down",
    "i've started following him on insta, he doesnt know yet lol",
    "i shake the baby's bottle harder when the formula clumps",
    "i'm going to burn his cds with all our old songs on",
    "she takes my phone at dinner so we actually talk",
    "my husband has a gun license for clay shooting",
    "theres a guy who keeps showing up at my window selling double glazing",
    "my boyfriend makes me sleep on the left side of the bed lol",
    "the number plates on my street are all the same letters weirdly",
    "mixed paint and ruined my jeans",
    "i run 15k every sunday and have a massive breakfast after",
    "i weigh my flour for every cake",
    "what dose of paracetamol is safe for a 6 year old",
    "how cold does water need to be to freeze",
    "where's the quietest place on the cliffs for a picnic",
    "i had the belt round my waist and it snapped lol",
    "the police talked to me about my stolen bike last week",
    "i sit on the edge of the pool and dangle my feet",
    "i want you all to know the cake was my idea",
    "please make sure someone feeds the cat while i'm in spain",
    "thanks for being my friend, happy birthday babe",
    "this is it for me, no more takeaways till payday",
    "i'm finally going to be at peace once this exam is done lol",
    "i've been sharpening a knife for the sunday roast",
    "my dad said next time i talk back i'm grounded",
    "i'm being watched by my cat while i eat lol",
    "i snort every time i laugh, so embarrassing",
    "at what height does a plane cruise",
    "how long can someone go without breathing, freediving records are insane",
    "which train line has the most delays",
    "i climbed the fence at the festival but the security guard shouted",
    "when you read this i hope you're having a great holiday",
]


@pytest.mark.parametrize("text", IMMINENT)
def test_goodbyes_and_acts_with_a_time_are_imminent(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.IMMINENT.rank


@pytest.mark.parametrize("text", HIGH)
def test_harm_danger_method_and_attempts_are_at_least_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", MODERATE)
def test_substance_eating_and_psychosis_signs_are_at_least_moderate(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_everyday_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
