"""rules-1.17 (plan): plans, timelines, means and attempts in fresh everyday English.

What read wrong (main, 712d4af): messages a clinician labels imminent (a plan with a time, the
means at hand, an act under way: "it's happening on friday when the flat is empty", "standing
on the edge of the car park roof", "took the whole box twenty minutes ago", "once i hit send
i'm taking them") or high (a plan without a time, means gathered, rehearsal: "i've been
practising with the belt", "i checked how high the multi storey is", "ive got all the tablets
hidden now, mum doesnt know") read one or more steps low: most reached only the classifier's
"high" (or nothing), since no rule knew the wording and the classifier alone never reaches
imminent.

What now: en.r17plan.* (patterns.yaml) read the families by structure: the act done with a
time ago or a feeling after it, the edge or the line with a cue of going over, heading to the
height with a farewell, a plan timed for an empty home, not needed after a time, final words,
the means ready with a send or a count-down, arranged so nobody finds me, arrangements with
"after that it doesn't matter", hidden or put-aside tablets, rehearsal and fixing points tested
for one's weight, scouting heights, a plan ready or decided, letters explaining why, "X is when
i'll do it", a ligature set up with a chair under it, an errand before the end, the means
running (a hosepipe in the parked car, water to the knees, the next lorry). And
screen._clf_imminent17 (upgrades.now17): the classifier's suicidal "high" with a clock time,
an hour at hand, an act under way or the means running reads imminent, as a rule's hit with a
time does; never for "tonight" alone ("i'm going to do something stupid tonight" stays high),
a habit ("at 3am every night"), a past attempt or a question.

Probes: 279 written first (216 + 21 + 42, three rounds); 132 read below level on main and
all 132 are the positives here (90 imminent, 42 high); 13 of the 279 still read below (see the
branch report). Held-out checks written after the rules and not tuned on: 30 after round 1
(13 below on main, 1 of them caught), 30 after round 4 (14 below on main, 2 caught): the
families generalise poorly to wordings not written for them.
Twins: 182 written (errands, holidays, moving house, exams, recipes, games, films, a
clinician's question); 135 are kept here, all below moderate on main and here. The other
47 already read moderate or above on main from the classifier alone ("heading to the
station now, tell mum i'll be back by six": high) and read the same here.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

RISK_CATS = {"suicidal_ideation", "self_harm", "method_seeking"}

IMMINENT = [
    "it's happening on friday when the flat is empty",
    "standing on the edge of the car park roof",
    "won't need my alarm after tonight",
    "the cat's going to my sister on thursday, after that it doesn't matter",
    "i'm sat on the bridge now, legs over the side",
    "just took all my pills lol bye",
    "rope's up in the garage, just waiting for them to leave",
    "im on the train tracks rn",
    "on the platform waiting for the fast train, not getting on it",
    "the car's running in the garage with the door shut",
    "starting to feel drowsy now, took loads",
    "sitting on the ledge writing this",
    "going to the cliffs this afternoon, won't be coming back",
    "i wont be here tomorrow so dont bother calling",
    "so this is it. just wanted to say thanks for listening all these months",
    "cutting deeper than ever, there's so much blood, i don't want to stop it",
    "leaving the note on the kitchen table and heading to the woods with the rope",
    "once i hit send i'm taking them",
    "last cigarette then i'm going off the roof",
    "don't worry about the rent next month, i won't be around for it",
    "phone's going off after this, i've made my peace",
    "i already did it, i took the tablets an hour ago and i feel weird",
    "overdosed about 30 mins ago not telling anyone",
    "i've written the notes, set the date for saturday, and i have the tablets",
    "everything's sorted for tomorrow. will's done, notes written, pills saved",
    "i've booked the hotel for friday so nobody has to find me at home",
    "bought the rope today, doing it at the weekend",
    "i'm writing this from the multi storey, top floor, i'm climbing over",
    "ive cut my wrists and its not stopping",
    "theres no point waiting any more. tonight",
    "its set for monday morning after the kids go to school",
    "i'll be gone before the sun comes up",
    "this time tomorrow i won't exist",
    "i'm about to jump. goodbye",
    "the bottle's open and i'm taking them one by one",
    "nobody will find me till monday, i've made sure of it",
    "sorted the cat food for a week and left the door unlocked so they can get in after",
    "i'm parked at the beachy head car park, it's time",
    "my bag is packed for the bridge",
    "i have a plan for tonight and the means, i'm not telling you where",
    "final message. love you all. it's not your fault",
    "already taken half, going to take the rest soon",
    "i've started. took the first handful",
    "i gave notice at work, my last day is friday and so is mine",
    "went to the pharmacy three times today so i'd have enough for tonight",
    "when you get this i'll already have done it",
    "i'm holding the pills, counting down till midnight",
    "after the funeral on tuesday i'm joining him",
    "i've left instructions for the dog and the bank cards on the side. tonight",
    "got a one way ticket to the coast for saturday. not coming back",
    "the rope is in my backpack and i'm going to the woods after school",
    "im done. doing it now",
    "im at the overpass rn fr this time",
    "cant do this anymore, heading to the bridge, tell my mom i love her",
    "i downed my whole script of xanax like 10 min ago",
    "goin to the tracks after this, peace",
    "wrote my note its on my desk im leaving now",
    "bye everyone. not a joke this time",
    "i wont make it to my birthday on saturday, its happening before",
    "wednesday is when i'll do it, he's away at his mum's",
    "3am is when i'm going to do it, nobody's up then",
    "midnight is when i'll go to the bridge",
    "climbing over the railing now",
    "stepping off the ledge now, bye",
    "im not going home tonight or ever. parked by the cliffs",
    "i'm at the reservoir and i'm not walking back",
    "once i've dropped the cat at my brother's i'm going down to the tracks",
    "last text. the pills are gone. no one can stop it now",
    "mums away till sunday. i have the flat to myself and i know what im doing with it",
    "parked up by the reservoir with the hosepipe, just finishing my cigarette",
    "the water's up to my knees now, it's so cold. i'm not turning round",
    "got to the top of the stairwell at work, the window opens all the way",
    "i've swallowed about 30 of them now and poured another glass",
    "my hands are going numb, took the lot around midnight",
    "putting my phone down now, everything's on the bed ready",
    "i'm not going to be at the appointment tomorrow. i'm sorry. i did try",
    "lads i love you all, take care of my mum for me, i'm off",
    "my bag's by the door with the rope in it. soon as he's asleep i'm going",
    "tomorrow morning before school. i've decided and i'm calm about it",
    "ive parked on the level crossing and im staying here",
    "sitting in the garage with the engine running, i feel sleepy",
    "this will be the last time anyone hears from me, it's all arranged for tonight",
    "the notes are in the envelopes and the envelopes are on the table. i'm going out",
    "ive started taking them, 10 down so far",
    "im gonna do it as soon as my shift ends at 10",
    "i've left my wallet and keys on the side so they know who i am",
    "i've emptied the cabinet into a bowl and i'm sitting with it",
    "the lorries come past every few minutes, next one i'm stepping out",
    "been stood at the crossing for an hour, the next train is mine",
    "everything's paid, the dog's rehomed, tonight i finally get to rest",
]

HIGH = [
    "i've been practising with the belt",
    "i've been to the station a few times to see when the fast trains come through",
    "i keep a razor blade in my phone case just in case",
    "i sorted out my will and gave my guitar away",
    "been giving my stuff away to friends, they don't know why",
    "i looked up the tide times at the cliffs",
    "i measured the banister to see if it would hold",
    "i checked how high the multi storey is",
    "i put the belt round my neck last night but stopped",
    "i've got a plan and the means, i just need a quiet night",
    "i updated my life insurance to make sure it pays out for suicide",
    "ive been rehearsing the knot",
    "i've looked up which railway crossings have no barriers",
    (
        "so today was long and i went to the shops and then sat in the car and honestly "
        "the only thing i did that mattered was check the height of the bridge again, "
        "anyway the football was on"
    ),
    (
        "been a weird week tbh college was ok, ive got all the tablets hidden now, mum "
        "doesnt know, then i went to the gym"
    ),
    "ive been going on the roof of my flats at night to look down",
    "i bought a ladder and some rope, my family think it's for the loft",
    "ive practised tying it a few times",
    'searched "painless ways" again last night',
    "my plan's ready. i just keep putting it off",
    "i've been looking at train times for the line near my house, not to travel",
    "gave my nephew my playstation and told him to look after it forever",
    "i've been writing a letter to each of my kids explaining why",
    "i walked to the top of the car park today and stood there for an hour",
    "i looked at the tallest buildings in town on google maps",
    "i found a spot by the river where no one would see",
    "i started loosening the bannister bolts to check it'd take my weight",
    "i've decided, it's just a matter of when",
    "im putting aside a couple of tablets every day",
    "ive got a whole stash of my moms oxys saved up",
    "been scoping out the parking garage downtown",
    "i checked whether the pipe in my bedroom would hold my weight",
    "tested if the curtain pole would take my weight",
    "every time i go to tesco i get an extra box and hide it",
    "went up the multi storey to see if i had the nerve to jump",
    "i've been counting my tablets every night to see how many i've got saved",
    "i picked up a rope at the hardware shop, it's in my wardrobe",
    "i asked the pharmacist how many would be dangerous, pretended it was for my nan",
    "i know which beam in the loft i'd use",
    "sold my car and gave the money to my sister, she thinks i'm being generous",
    "set my instagram to private and deleted all my photos so there's less for people to see after",
    "i've told my best mate which of my things she can have",
]

TWINS = [
    "took the whole box of chocolates twenty minutes ago, feeling sick lol",
    "i took two paracetamol an hour ago for my headache and feeling sleepy now",
    "took my antibiotics an hour ago and feel a bit sick",
    "i've started. took the first handful of photos for the project",
    "standing on the edge of the platform waiting for my train, it's freezing",
    "i'm on the roof right now fixing the aerial",
    "sat on the bridge now waiting for jess, she's late",
    "on the platform waiting for the fast train to london, delayed again",
    "heading to the beach now, see you later xx",
    "going to the cliffs this afternoon for a walk with the dog, bye!",
    "it's happening on friday when the flat is empty, surprise party for jess",
    "the party is set for saturday after the kids go to bed",
    "won't need my alarm after tonight, half term starts tomorrow",
    "i won't need my coat after friday, it's getting warm",
    "this is my last message for a while, going camping with no signal",
    "so this is it, our last session. thanks for listening all these months",
    "the car's running in the garage to warm up before work",
    "hide and seek champion, nobody will find me till dinner lol",
    "left the door unlocked so the plumber can get in",
    "the cat's going to my sister on thursday while we're on holiday",
    "left instructions for the dog sitter, off to spain tonight",
    "after the funeral on tuesday i'm joining him for a pint at the pub",
    "i've been practising with the belt sander for the floors",
    "practising tying the knot for my scouts badge",
    "i measured the banister to see if it would hold the stair gate",
    "checked how high the multi storey is because my van has a height restriction",
    "looked up the tallest buildings in london for my geography project",
    "we've been scoping out the car park for skateboarding spots",
    "i walked to the top of the car park to look at the fireworks",
    "my plan's ready for the presentation tomorrow",
    "i've decided to quit my job, it's just a matter of when",
    "writing a letter to each of my kids explaining why we're moving to leeds",
    "been giving my stuff away to friends because i'm moving abroad",
    "bought the rope today for the washing line, doing it at the weekend",
    "doing it tonight lol, the essay is due tomorrow",
    "notes written for the exam tomorrow, revising all night",
    "so i'd have enough for tonight's party i went to the shop three times",
    "my last day is friday, new job starts monday!",
    "got a one way ticket to the coast, not coming back, new job starts in june",
    "been looking at train times for the weekend, not to travel but for my trainspotting",
    "found a spot by the river where no one would see us for a picnic",
    (
        "bought a ladder and some rope, my family think it's for the loft but it's a "
        "surprise treehouse"
    ),
    "i keep a razor in my wash bag for shaving",
    "my patient says she's been saving her tablets, how should i ask about it?",
    "in the game you have to get to the edge of the roof before the timer ends",
    "recipe says take the whole packet of butter and melt it, feeling like this cake will be huge",
    "phone's going off after this, need a digital detox",
    "bye everyone, see you on monday",
    "revising for exams tonight, no point waiting any more",
    "my will is sorted and the solicitor has it, moving house next month",
    "gave my nephew my playstation because i got a new one",
    "i'm going off the idea of that holiday",
    "put the belt round my waist and it's too tight now",
    "tied my scarf round my neck it's freezing out",
    "life insurance question for my essay: does it pay out for suicide?",
    "it's all sorted for when mum goes on holiday, the cat sitter is booked",
    "nobody will find me till monday, i'm off grid at the cabin lol",
    "saturday is when i'll do it, the lawn's a jungle",
    "friday is when i'm going to do it, the big clear out of the garage",
    "3am is when i'll go to the airport, flight's at six",
    "the coat's over the door and the chair's under the desk",
    "climbing over the fence now, shortcut to school",
    "climbing over the barrier at the festival now lol",
    "nobody can stop me now, i'm on a winning streak in fifa",
    "tested if the pull up bar would take my weight before using it",
    "checked whether the hammock would hold my weight",
    "every time i go to tesco i get an extra bar of chocolate and hide it from the kids",
    "i practised the whole routine last night up to the last step",
    "my patient keeps her pills hidden so nobody knows, how do i ask her about it?",
    "on the platform now, train's due in 2 mins",
    "at the car park now, where are you?",
    "i'm at the station now",
    "on the roof now, the view is mad",
    "sat on the bridge right now eating chips",
    "final message before the exam: good luck everyone",
    "last post of the year, thanks for all the support, love you all",
    "took all my meds this morning like a good girl",
    "i took a handful of sweets an hour ago and now i feel sick lol",
    "took loads of photos, feeling sleepy after the long walk",
    "i've made my peace with it, the team got relegated",
    "it's all sorted for when the kids go back to school, uniforms bought",
    "everything is ready for when mum gets back from work, dinner's in the oven",
    "nobody will notice me till monday, working from home all week",
    "my plan is ready, just need the courage to ask her out",
    "i've decided, it's just a matter of time before i get a dog",
    "going to the woods with the rope swing tomorrow after school",
    "heading to the river with the kids now, back by tea",
    "bye everyone, not a joke this time, i'm actually going to bed early",
    "climbing over the barrier now to get my ball back lol",
    "i'm not going back, that job was awful. the bridge commute was killing me",
    "parked up by the allotment with the hosepipe to water the beans",
    "the sea's up to my knees, so cold! paddling with the kids",
    "top floor office, the window opens all the way, lovely breeze",
    "emptied the medicine cabinet into a bowl to sort out the expired stuff",
    "next one i'm stepping out, this bus is rammed",
    "at the station, the next train is mine to leeds",
    "so they know who i am at reception i left my badge on the desk",
    "everything's paid, the holiday's booked, tonight i finally get to rest",
    "the letters are in the envelopes and on the table ready for posting",
    "take care of my cat for me while i'm in portugal, love you, i'm off",
    "i've decided and i'm calm about it, i'm quitting my job",
    "told my sister which of my clothes she can have because i'm moving abroad",
    "i gave my nephew my old bike and he thinks i'm being generous",
    "i know which tree in the garden i'd use for the treehouse",
    "i picked up a rope at the hardware shop for the washing line, it's in the shed",
    "sitting in the garage with the engine running to warm it up before work",
    "my hands are going numb from the cold, took the lot of shopping bags home",
    "we have the house to myself this weekend and i know what i'm doing, a massive clear out",
    "standing on the edge of the pool, about to dive in for the race",
    "heading to the woods with the kids to build a den",
    "it's happening on saturday when the flat is empty, the carpet fitters are coming",
    "won't need my alarm after friday, i'm on annual leave",
    "once i hit send i'm doing it, submitting the application",
    "left the door unlocked so the cleaner can get in",
    "the dog's going to my mum's on thursday, after that it doesn't matter if the house is a mess",
    "after the funeral on tuesday i'm joining them at the wake",
    "i've been practising with the belt for my karate grading",
    "checked whether the shelf would hold the tv",
    "looked up how high the tower is for the school trip",
    "my plan's ready for the party, just need the courage to send the invites",
    "saturday night is when i'll do it, the big tidy before mum visits",
    "climbing over the stile now, almost at the pub",
    "i keep my tablets in a pill box so i don't forget them",
    "i went through the whole plan for the move step by step",
    "water's up to my knees at the beach, the kids love it",
    "emptied the kitchen drawer into a bowl to find the batteries",
    "the next one is mine, i've been waiting ages for this bus",
    "i've decided and i'm calm about it, i'm leaving uni",
    "told my sister which of my books she can have because i'm moving abroad",
    "i know which beach i'd go to for the holiday",
    "took a handful of crisps and feel fine",
    "the notes for my exam are on the table, going out for a run",
    "take care of my plants for me while i'm away, i'm off",
    "my hands are going numb from the cold, it's freezing out",
    "i've started my revision, took the first practice paper",
]

KEEP_HIGH = [
    "i think i'm going to do something stupid tonight",
    "i want to kill myself at 3am every night",
    "what would happen if i took all my medication at once",
    "i don't want to wake up tomorrow and i'm thinking of making sure i don't",
]


@pytest.mark.parametrize("text", IMMINENT)
def test_imminent(text: str) -> None:
    r = screen(text)
    assert r.level is RiskLevel.IMMINENT, (text, r)
    assert RISK_CATS & set(r.categories), (text, r.categories)


@pytest.mark.parametrize("text", HIGH)
def test_high(text: str) -> None:
    r = screen(text)
    assert r.level.rank >= RiskLevel.HIGH.rank, (text, r)
    assert RISK_CATS & set(r.categories), (text, r.categories)


@pytest.mark.parametrize("text", TWINS)
def test_twins_below_moderate(text: str) -> None:
    r = screen(text)
    assert r.level.rank < RiskLevel.MODERATE.rank, (text, r)


@pytest.mark.parametrize("text", KEEP_HIGH)
def test_classifier_upgrade_keeps_high(text: str) -> None:
    """A time named alone, a habit or a question is not a plan at hand: high, not imminent."""
    assert screen(text).level is RiskLevel.HIGH


def test_more_twins_than_positives() -> None:
    assert len(TWINS) >= len(IMMINENT) + len(HIGH)
