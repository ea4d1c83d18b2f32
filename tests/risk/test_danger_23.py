"""rules-1.13 (danger): danger from someone and harm to others as the structured risk tools ask.

Sources: the items of Campbell's Danger Assessment and the DASH checklist (strangulation,
a weapon, escalation, a gun with drink, a pet hurt to show what he would do, his suicide
threats if she leaves, fear for one's life, fear of what he will do when he finds out she is
leaving, stalking and trackers, hiding bruises), a child or an older person telling what
happens at home or with a carer, danger right now in fragments and typos ("hes outsid my
door", "he found me. he's here", "tonight's the night he finishes me"), and the cues of
violence-risk judgement for harm to others (street slang for stabbing, a weapon bought for
him, watching his house or routine, something in his drink, a hit list, urges about a named
person or the baby). In a conversation (`screen(text, context=[...])`, answers.after_risk
with the new `ctx: grievance` and `ctx: abuse` rules): after a grievance against someone,
"i know where he parks" or "tomorrow he'll find out what happens"; after talk of being hurt,
"he's outside" or "he's coming back".

The probes are the helper's own (321 written, 143 below high on main). Every positive below
screened below high through `screen()` on main before this change (checked with a script)
and reaches high or above now. The twins share the words (films, games, sport, gifts, lifts,
pets, hide and seek, house-sitting, a surprise party, "my mum will kill me" venting, the same
short messages after an ordinary chat) and screen below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

GRUDGE_EX = [
    "my ex cheated on me with my best mate and now he's telling everyone lies about me",
    "i can't stop thinking about it, he humiliated me in front of everyone",
]
GRUDGE_BOSS = [
    "my boss fired me in front of the whole team for something i didn't do",
    "he's laughing about it, i hate him so much",
]
GRUDGE_GYM = [
    "this guy at the gym has been mocking me for months",
    "today he shoved me and everyone laughed",
]
GRUDGE_NEIGHBOUR = [
    "my neighbour reported me to the council and my landlord is evicting me",
    "he ruined everything",
]
GRUDGE_SISTER = ["my stepdad hurt my little sister", "the police did nothing"]
HURT_HUSBAND = ["my husband hits me when he's drunk", "last night he pushed me into the wardrobe"]
HURT_EX = ["i left my ex because he was violent", "i got a non molestation order last month"]
HURT_BOYFRIEND = ["i'm scared of my boyfriend", "he punched me on friday"]
CHAT_MOVING = ["my brother is moving house on saturday", "i'm helping him with the van"]
CHAT_BIRTHDAY = ["my dad's birthday is next week", "we're planning a surprise"]
CHAT_DATE = ["date night tonight with my boyfriend!", "he's picking me up at 7"]
CHAT_FIRED = ["my boss fired me today", "i'm gutted honestly"]

POSITIVES = [
    "he had me by the throat against the fridge",
    "he came at me with a knife",
    "there's a gun in the house and he's been drinking and angry",
    "the beatings are getting worse",
    "he's getting more violent every time",
    "he kicked the cat across the room to show me what he'd do to me",
    "he follows me everywhere and turns up at my work",
    "he put a tracker on my car",
    "i'm planning to leave him and i'm scared of what he'll do",
    "im scared of what he'll do when he finds out im leaving",
    "since i told him i'm leaving he's been saying he'll make me regret it",
    "he says he'll kill himself if i leave and he's got the gun out",
    "he threatens suicide every time i try to leave and then hits me",
    "i'm scared for my life",
    "i fear for my life with him",
    "he slammed my head into the wall",
    "i'm hiding bruises from everyone again",
    "my step dad hurts me and says not to tell",
    "my uncle does things to me when no one's home",
    "they dont give me food as punishment for days",
    "i'm scared to go home from school because of my stepdad",
    "my son pushes me around and takes my pension",
    "my grandson hits me when i dont give him money",
    "the care home staff tie me to the chair",
    "hes outside banging on the door",
    "hes on his way here and hes so angry",
    "hiding in the wardrobe he's looking for me",
    "he found me. he's here",
    "hes here. hes found me",
    "pls help hes in the house",
    "hes back and hes drunk im scared",
    "he just broke the door down",
    "he's been following me home and he's behind me now",
    "hes outside wiv a knife",
    "hes outsid my door im so scared",
    "he said tonight's the night he finishes me",
    "i know where he parks and what time he finishes",
    "i bought a knife for him",
    "i think about killing my dad all the time",
    "he ruined my life and he's going to pay with his",
    "everyone at that school is going to pay",
    "i nearly hit the baby today i was so angry",
    "imma stab him",
    "gonna shank him",
    "hes getting merked",
    "i've been thinking about putting something in his drink",
    "i know his routine, when he leaves work and where he goes",
    "i've been watching his house for weeks",
    "i've been following her to see where she goes",
    "hes a dead man",
    "she's dead when i get home",
    "i grabbed her by the throat and i liked it",
    "i have a list of people who are going to get what's coming",
    "i've made a hit list",
    "i keep imagining hurting my coworker with the box cutter",
]

# (conversation before, last message)
CONTEXT_POSITIVES = [
    (GRUDGE_EX, "tomorrow he'll find out what happens"),
    (GRUDGE_EX, "i know where he parks"),
    (GRUDGE_EX, "i know where he lives"),
    (GRUDGE_EX, "he won't be laughing much longer"),
    (GRUDGE_EX, "i've got something for him"),
    (GRUDGE_EX, "it ends tomorrow, one way or another"),
    (GRUDGE_EX, "i've been watching him. i know his routine"),
    (GRUDGE_EX, "he won't see it coming"),
    (GRUDGE_EX, "i'm done talking. he's going to pay"),
    (GRUDGE_EX, "he won't be around to do it again"),
    (GRUDGE_EX, "i know what time he leaves work"),
    (GRUDGE_BOSS, "tomorrow he'll find out what happens"),
    (GRUDGE_BOSS, "i know where he parks"),
    (GRUDGE_BOSS, "i know where he lives"),
    (GRUDGE_BOSS, "he won't be laughing much longer"),
    (GRUDGE_BOSS, "i've got something for him"),
    (GRUDGE_BOSS, "it ends tomorrow, one way or another"),
    (GRUDGE_BOSS, "i've been watching him. i know his routine"),
    (GRUDGE_BOSS, "he won't see it coming"),
    (GRUDGE_BOSS, "i'm done talking. he's going to pay"),
    (GRUDGE_BOSS, "he won't be around to do it again"),
    (GRUDGE_BOSS, "i know what time he leaves work"),
    (GRUDGE_GYM, "tomorrow he'll find out what happens"),
    (GRUDGE_GYM, "i know where he parks"),
    (GRUDGE_GYM, "i know where he lives"),
    (GRUDGE_GYM, "he won't be laughing much longer"),
    (GRUDGE_GYM, "i've got something for him"),
    (GRUDGE_GYM, "it ends tomorrow, one way or another"),
    (GRUDGE_GYM, "i've been watching him. i know his routine"),
    (GRUDGE_GYM, "he won't see it coming"),
    (GRUDGE_GYM, "i'm done talking. he's going to pay"),
    (GRUDGE_GYM, "he won't be around to do it again"),
    (GRUDGE_GYM, "i know what time he leaves work"),
    (HURT_HUSBAND, "he's outside"),
    (HURT_HUSBAND, "he's outside the door"),
    (HURT_HUSBAND, "he is coming back"),
    (HURT_HUSBAND, "he's back"),
    (HURT_HUSBAND, "hes here"),
    (HURT_HUSBAND, "he just texted he's coming to get me"),
    (HURT_HUSBAND, "cant talk hes in the next room"),
    (HURT_HUSBAND, "he's on his way"),
    (HURT_HUSBAND, "omg he found me"),
    (HURT_EX, "he's outside"),
    (HURT_EX, "he's outside the door"),
    (HURT_EX, "he is coming back"),
    (HURT_EX, "he's back"),
    (HURT_EX, "hes here"),
    (HURT_EX, "he just texted he's coming to get me"),
    (HURT_EX, "cant talk hes in the next room"),
    (HURT_EX, "he's on his way"),
    (HURT_EX, "omg he found me"),
    (HURT_BOYFRIEND, "he's outside"),
    (HURT_BOYFRIEND, "he's outside the door"),
    (HURT_BOYFRIEND, "he is coming back"),
    (HURT_BOYFRIEND, "he's back"),
    (HURT_BOYFRIEND, "hes here"),
    (HURT_BOYFRIEND, "he just texted he's coming to get me"),
    (HURT_BOYFRIEND, "cant talk hes in the next room"),
    (HURT_BOYFRIEND, "he's on his way"),
    (HURT_BOYFRIEND, "omg he found me"),
    (GRUDGE_EX, "i've got his address now"),
    (GRUDGE_EX, "i know his routine"),
    (GRUDGE_BOSS, "i've got his address now"),
    (GRUDGE_BOSS, "i know his routine"),
    (GRUDGE_GYM, "i've got his address now"),
    (GRUDGE_GYM, "i know his routine"),
]

TWINS = [
    "he's coming back with his mates tomorrow to help me move",
    "hes outside, please help me carry the shopping in",
    "he's back from football, please help me get the mud out of his kit",
    "my brother had me in a headlock during the pillow fight lol",
    "the cat came at me with its claws out",
    "he came at me with a spreadsheet full of questions",
    "in the film he holds a gun to her head",
    "my neck is stiff from sleeping wrong",
    "my scarf is so tight around my neck",
    "he pointed at me and laughed because i had paint on my face",
    "he banged his head on the cupboard door",
    "my son squeezed my neck so tight in a hug",
    "my headaches are getting worse",
    "the traffic is getting worse every year",
    "the violence in that show is getting worse each season",
    "my toddler is getting more violent with his tantrums lol",
    "my knee pain is getting worse",
    "i feared for my life on that rollercoaster",
    "i was scared for my life when the plane hit turbulence",
    "scared for my life before my driving test tomorrow",
    "i fear for my life every time my sister drives",
    "my mum will kill me when she finds out i failed my test",
    "im scared of what my mum will do when she finds out i dented the car",
    "scared of what he'll do when he finds out i'm leaving the team",
    "i'm leaving the company and i'm scared of what my boss will think",
    "there's a gun in the house for hunting, it's locked away",
    "he said he'd kill himself if liverpool lost lol",
    "my friend said she'd die if i left the party early",
    "i'm planning to leave him the last slice of cake",
    "the beatings will continue until morale improves",
    "i'm hiding my bruises from rugby under long sleeves",
    "hiding bruises from the bike crash so mum doesn't worry",
    "my dog kicked the cat's bowl across the room",
    "he showed me what he'd do to the garden next year",
    "my cat follows me everywhere",
    "my toddler follows me everywhere, even to the loo",
    "he follows me on instagram now",
    "i put a tracker on my keys because i keep losing them",
    "my insurance put a tracker on my car",
    "my dad put an airtag in my bag for the festival",
    "my puppy keeps following me home from the park",
    "my sister does my hair before school",
    "my mum doesn't give me dessert if i don't eat my veg",
    "they dont give me food on the plane unless i pay",
    "my grandad does magic tricks for me",
    "my uncle does things for me when my mum's busy",
    "my son pushes me around the garden in my wheelchair",
    "my grandson helps me with my pension forms",
    "the carer helps me into the chair every morning",
    "the staff tied balloons to my chair for my birthday",
    "i'm scared to go home because of my exam results",
    "scared to go home from school because of the big dog on our street",
    "my dad hurts his back lifting me up",
    "he's outside, gotta go",
    "he's outside the door with the pizza",
    "he is coming back tomorrow from his trip",
    "he's back from work early",
    "hes here. we're going to the cinema",
    "he's on his way to pick me up",
    "my dad just texted he's coming to get me from the station",
    "hiding in the wardrobe playing hide and seek with my niece",
    "hiding in the bathroom from my little cousins lol",
    "the firefighter broke the door down to get the cat",
    "my dad kicked the door in because he locked himself out lol",
    "cant talk hes in the next room, planning his surprise party",
    "pls help hes in the house and i can't find the spider he's scared of",
    "he found me. he's here at the cafe finally",
    "the delivery guy is outside banging on the door",
    "imma shoot him a text later",
    "gonna cut him some slack, he's new",
    "gonna shank him in fortnite",
    "hes getting merked in ranked lol",
    "he's a dead man walking as manager",
    "my phone's dead when i get home",
    "he's dead when he sees the bill haha",
    "im gonna batter him at fifa tonight",
    "gonna rip him a new one at the meeting lol",
    "i'm gonna slash the prices for the sale",
    "i bought a knife for him for christmas, a proper chef's one",
    "i got a bat for him for his birthday",
    "i know his routine, when he leaves work i'll surprise him with dinner",
    "i've been watching his house while he's on holiday",
    "i've been watching her house every day, feeding the cat",
    "i've been following her on tiktok for weeks",
    "i'm going to put lemon in his tea",
    "i've made a hit list of restaurants to try",
    "i've got a list of people to invite to the wedding",
    "everyone at that school is going to love the new playground",
    "they're going to pay for the damage to my car",
    "he's going to pay for the drinks tonight",
    "i've got his address now so i can send the invite",
    "i think about killing my plants every time i go away",
    "i nearly hit the baby's head on the door frame, so scary",
    "i nearly dropped the baby bath",
    "i picture my boss on holiday all the time",
    "i hit my girlfriend with a pillow and she loved it",
    "i keep imagining hurting my boss's feelings if i quit",
    "my mum will kill me if i'm late again",
    "i'm going to kill my brother he ate my leftovers",
    "i could murder a pizza right now",
    "my boss is going to kill me when he sees this spreadsheet",
    "i swear i'll strangle my flatmate if he leaves the dishes again lol",
    "this traffic is killing me",
    "i'd kill for a coffee",
    "my neighbour's dog is going to be the death of me",
    "the news story about the stabbing made me so sad",
    "the game last night was a massacre",
    "we got slaughtered in the match",
    "she's going to kill me for spoiling the finale",
    "dad's going to murder me when he sees the car",
    "i know where he parks, i'll leave his charger on the windscreen",
    "tomorrow he'll find out what happens in the last episode",
    "he won't see it coming, the surprise party is friday",
    "he's got it coming, the promotion i mean, he deserves it",
]

CONTEXT_TWINS = [
    (CHAT_MOVING, "i know where he lives"),
    (CHAT_MOVING, "he won't see it coming"),
    (CHAT_MOVING, "i've got something for him"),
    (CHAT_MOVING, "i know his routine"),
    (CHAT_MOVING, "tomorrow he'll find out what happens"),
    (CHAT_MOVING, "he's outside"),
    (CHAT_MOVING, "he's on his way"),
    (CHAT_MOVING, "he's back"),
    (CHAT_MOVING, "i've got his address now"),
    (CHAT_BIRTHDAY, "i know where he lives"),
    (CHAT_BIRTHDAY, "he won't see it coming"),
    (CHAT_BIRTHDAY, "i've got something for him"),
    (CHAT_BIRTHDAY, "i know his routine"),
    (CHAT_BIRTHDAY, "tomorrow he'll find out what happens"),
    (CHAT_BIRTHDAY, "he's outside"),
    (CHAT_BIRTHDAY, "he's on his way"),
    (CHAT_BIRTHDAY, "he's back"),
    (CHAT_BIRTHDAY, "i've got his address now"),
    (CHAT_DATE, "i know where he lives"),
    (CHAT_DATE, "he won't see it coming"),
    (CHAT_DATE, "i've got something for him"),
    (CHAT_DATE, "i know his routine"),
    (CHAT_DATE, "tomorrow he'll find out what happens"),
    (CHAT_DATE, "he's outside"),
    (CHAT_DATE, "he's on his way"),
    (CHAT_DATE, "he's back"),
    (CHAT_DATE, "i've got his address now"),
    (CHAT_FIRED, "he's outside"),
    (CHAT_FIRED, "tomorrow i find out what happens with the tribunal"),
    (CHAT_FIRED, "he's back"),
]


@pytest.mark.parametrize("text", POSITIVES)
def test_positive_is_high(text: str) -> None:
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize(("context", "text"), CONTEXT_POSITIVES)
def test_context_positive_is_high(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", TWINS)
def test_twin_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(("context", "text"), CONTEXT_TWINS)
def test_context_twin_below_moderate(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize("text", sorted({t for _, t in CONTEXT_POSITIVES}))
def test_leakage_alone_is_not_high(text: str) -> None:
    """The short messages carry the conversation's risk, not their own words'."""
    assert screen(text).level.rank < RiskLevel.HIGH.rank
