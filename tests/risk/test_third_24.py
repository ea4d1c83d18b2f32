"""rules-1.14 (third): someone else in danger, told by the writer.

The label guide (src/mindline/risk/data/README.md, `third_party`) puts the writer at `low`
with the `third_party` flag, so the companion switches to "helping someone else" guidance.
On merge24, "my brother went to the garage with a rope and hasn't come out" was none with
no flag, and "my mum took all her pills" was high with no flag (a crisis reply as if the
writer had taken them).

Of 167 probes (acts under way, plans and goodbyes, threats to hurt others, ideation, in
chat words), 119 lacked the flag on merge24 (62 none, 11 low, 10 moderate, 30 high,
6 imminent; none had the flag). 115 of them are POSITIVES here: each must now carry the
flag at low or above. Left out: "my stepdad is beating my little brother", "my stepdad keeps
saying he's going to kill my mum" and "my dad said he's going to kill my mum when he gets
home" (the writer's own household, where they may be in danger too: "he'll hurt my kids"
is a threat to the writer) and "my friend is on the motorway bridge, he just sent me a photo
of the drop" (the act sits in another clause).
TWINS: the same words about ordinary life, below moderate and no flag (all were on merge24
except "my mum took all her pills this morning like the doctor said", high there).
MIXED: the writer also says their own risk; it keeps its level.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

POSITIVES = [
    "my brother went to the garage with a rope and hasn't come out",
    "my dad went into the garage with the car running and hasn't come out",
    "she hasn't come out of the garage and the engine is still on",
    "my uncle shut himself in the garage with the car on, what do i do",
    "my son took the rope from the shed and went into the woods",
    "my boyfriend has a rope and he's locked himself in the loft",
    "my husband is sitting in the car in the garage with the engine running",
    "he went out to the barn with a rope an hour ago and isnt answering",
    "my mum took all her pills",
    "my mom just took all her pills and is falling asleep",
    "my friend says she took a load of pills and won't tell me how many",
    "my gf just told me she took all her antidepressants",
    "my flatmate downed a whole packet of paracetamol",
    "he's taken a bunch of pills and now he won't wake up properly",
    "my friend just texted that she swallowed everything in her medicine cabinet",
    "my grandad took all his sleeping tablets at once",
    "my flatmate locked himself in the bathroom with a knife",
    "my sister is in the bathroom with a razor and won't open the door",
    "my brother has a knife to his wrist",
    "my roommate is holding a blade and crying in her room",
    "my girlfriend locked herself in the bathroom and there's blood under the door",
    "my son is bleeding from his arms, he did it himself",
    "my friend is on the roof and won't come down",
    "there's a man standing on the wrong side of the bridge railing",
    "a woman is on the edge of the bridge and says she's going to jump",
    "my classmate is standing on the ledge of the car park",
    "my friend is at the cliffs and says she's not coming back",
    "my mate is on the railway tracks and won't move",
    "my sister is standing on the platform edge saying she wants the train to hit her",
    "someone in my building is sitting on the window ledge on the 9th floor",
    "my dad is in his room with his gun and says he's done",
    "my husband is sitting with a loaded gun in his lap",
    "my boyfriend sent me a photo of a gun and said sorry",
    "my friend posted a goodbye message on her story",
    "he gave me his dog and said he won't need it",
    "my brother gave away his xbox and all his stuff and said he won't need them anymore",
    "my best friend sent me a text saying thank you for everything and goodbye forever",
    "my sister left a note on the table and her phone is off",
    "my dad left a letter saying sorry and that we'll be better off",
    "someone in our discord said this is their last night",
    "my friend said this is the last time i'll hear from her",
    "my girlfriend keeps saying she's saving up her pills",
    "my mate said by tomorrow he won't be here",
    "a guy on my server said he's going to hang himself tonight",
    "my brother said he's bought a rope",
    "my brother says he's going to stab his boss tomorrow",
    "my friend said he's bringing a knife to school to hurt the kids who bully him",
    "my flatmate keeps saying he'll shoot up the office",
    "my cousin is going round to his ex's house with a knife",
    "my neighbour is threatening to kill his wife, i can hear screaming",
    "a kid in my class said he's going to shoot everyone on friday",
    "my boyfriend said he's going to hurt the baby",
    "my sister's husband is hitting her right now",
    "my daughter said she wishes she was never born",
    "my boyfriend says he doesn't see the point in living",
    "my friend says she's going to kms lol but i don't think she's joking",
    "my partner says he can't go on anymore",
    "my friend said she'd rather be dead",
    "my coworker said nobody would miss him if he was gone",
    "my daughter has been cutting again",
    "found cuts all over my son's arms",
    "my friend showed me fresh cuts on her thighs",
    "my brother punches walls until his hands bleed to feel something",
    "my dad is so drunk he's passed out and not breathing right",
    "my friend took something at the party and is not waking up",
    "my brother is mixing xanax and vodka again",
    "my brother walked out saying he's done with life and isn't picking up",
    "bro my friend just sent 'goodbye everyone' in the gc and went offline",
    "my bestie said she's gonna ctb tonight",
    "omg my sister just took like all her meds",
    "my flatmate's been in the bath for hours with the door locked and there was a knife missing",
    "mum's in her room, she took all the tablets from the cupboard",
    "dad's car is running in the garage and he's inside it",
    "my friend is standing on the roof of our school",
    "my brother tied a rope in his room",
    "my nan has locked herself in the shed with the rope from the washing line and won't answer",
    "my wife's been in the car in the garage for an hour with the engine on",
    "our son took every one of his tablets and now he's slurring",
    "the lad next door is on the roof screaming that he's going to jump",
    "my twin sent a long goodbye text to the family chat and switched off her phone",
    "my cousin gave me her cat and said she won't be needing her anymore",
    "my best mate said tonight is his last night",
    "my ex said by the weekend she won't be around anymore",
    "my teen son has been stockpiling his meds in his sock drawer",
    "my brother-in-law bought a noose online",
    "my coworker said he's bringing a gun to work on monday",
    "a boy in my year posted that he's going to shoot up the school",
    "my neighbour is beating his wife again, i can hear it",
    "my sister's boyfriend is strangling her right now",
    "my auntie says she'd rather be dead than go on like this",
    "my son told me nobody would care if he was gone",
    "my boyfriend keeps saying he wants to hang himself",
    "my flatmate talks about throwing herself off the balcony",
    "my mum has fresh cuts on her wrists",
    "i found blood on my daughter's sheets and cuts on her legs",
    "my grandad is on the platform edge and won't step back",
    "my mate took loads of pills at the festival and he's not responding",
    "my girlfriend took her whole prescription an hour ago",
    "my dad's been gone for hours, he left a note saying sorry",
    "my classmate said he doesn't see any point in living anymore",
    "my partner has a gun and he's crying in the car",
    "my wife locked herself in the loft with my dad's old shotgun",
    "my son took his mum's whole box of sleeping pills",
    "the girl next door is sitting on her window ledge and won't go in",
    "my mate posted a goodbye on his story and now his phone is off",
    "my sister told me she's been hiding her tablets to take them all at once",
    "my brother says he's going to stab the lad who jumped him",
    "a boy in my year says he wants to hurt the teacher",
    "my dad keeps saying he'd rather be dead",
    "my friend said we won't hear from her again",
    "my nan gave me her ring and said she won't need it where she's going",
    "my housemate is slumped in the bath and won't wake up, there are empty packets",
    "my girlfriend says she's going to hang herself",
    "my son has fresh burns on his arms",
    "my flatmate said tonight is her last night on earth",
]

TWINS = [
    "my brother went to the garage to fix his bike and hasn't come out, dinner's getting cold",
    "my dad went into the garage with the car running to warm it up, it's freezing",
    "she hasn't come out of the garage, she's painting the old dresser",
    "my mum took all her pills this morning like the doctor said",
    "my mom took all her vitamins with breakfast",
    "my friend is on the roof fixing the aerial",
    "my dad is on the roof clearing the gutters",
    "my sister is in the bathroom with a razor shaving her legs",
    "my son took the rope from the shed to tie up the tent",
    "my boyfriend bought a rope for his climbing class",
    "there's a man standing on the bridge taking photos of the sunset",
    "my friend is at the cliffs taking photos for her portfolio",
    "he gave me his dog for the weekend while he's away",
    "my brother gave away his old xbox because he got a new one",
    "my best friend sent me a text saying thank you for the birthday present",
    "my sister left a note on the table saying she's gone shopping",
    "my dad left a letter for the postman",
    "a girl in my group chat said she's going to end the group project tonight",
    "my friend said this is the last time she's dyeing her hair blue",
    "my mate said by tomorrow he'll be in spain",
    "my brother says he's going to kill it at his interview tomorrow",
    "my friend is cutting her hair herself on facetime",
    "my brother is holding a knife, he's chopping onions",
    "my son is bleeding from his knee, he fell off his scooter",
    "my husband is cleaning his gun for the shooting club",
    "my friend took a load of photos at the party",
    "my sister is dying to see the new film",
    "my mum says the traffic is killing her",
    "my roommate talks about the film all the time",
    "my friend said she's going to walk into town",
    "my wife said she's going to drive to her mum's",
    "my cousin said he has a plan for his birthday",
    "my friend wrote a will for her law class assignment",
    "my sister hasn't eaten yet, she's waiting for dinner",
    "my nan is in the shed with the rope sorting the washing line",
    "our son took every one of his vitamins this week",
    "my housemate has a knife, she's carving the pumpkin",
    "the lad next door is on the roof fixing the satellite dish",
    "my cousin gave me her cat while she's on holiday",
    "my best mate said tonight is his last night in london before uni",
    "my teen son has been collecting stickers in his sock drawer",
    "my stepdad keeps saying he's going to kill it on the golf course",
    "my coworker is bringing a cake to work on monday",
    "my brother is beating his personal best every week",
    "my mum has fresh flowers on her table",
    "my grandad is on the platform waiting for the train",
    "my mate took loads of photos at the festival",
    "my brother drank a whole bottle of water after his run",
    "my girlfriend took her prescription to the pharmacy",
    "my dad left a note saying he's gone to the shop",
    "a lady at the bus stop told me she's going to the market",
    "my partner has a gun licence and goes to the range on sundays",
    "my dad said he's going to kill the weeds this weekend",
    "my mum is going to kill my dad when she sees the mess lol",
    "my sister will kill her boyfriend if he forgets her birthday haha",
    "my brother is beating his record at fifa",
    "my friend is on the roof and won't come down till he finds the ball",
    "my son has a knife and is crying because he cut his finger chopping",
    "my brother has not come out of his room all day, gaming as usual",
    "my dad took all his pills with his breakfast",
    "my friend is on the bridge and says she's going to jump in the river for the charity swim",
    "my gran left a note saying she's sorry she missed us, she popped to the shops",
    "my boyfriend gave me his old phone and said he won't need it now he has a new one",
    "my coworker said this is her last day before maternity leave",
    "tonight is his last night as a single man, stag do!",
    "my nephew is bringing a toy gun to school for the play",
    "my son wants to shoot the moon in cards",
    "my husband is hitting golf balls at the range",
    "my sister says she would rather die than wear that dress lol",
    "my mate says he can't take it anymore, the neighbours' music is so loud",
    "my kid has cuts on his legs from the brambles",
    "my friend said she's going to kill her exam tomorrow",
    (
        "my husband went into the garage with the car running to warm it up and hasn't come"
        " out, he's on the phone"
    ),
    "he's on the edge of his seat watching the match",
    "my brother locked himself in the bathroom with his phone and won't come out lol",
    "my daughter has been cutting out pictures for her collage",
    "my son is bleeding from his nose again, the dry air",
    "my mum wrote a letter to the council saying sorry for the late payment",
    "my dad gave away his golf clubs and said he won't need them after his knee op",
    "my flatmate is saving up her pills to take on holiday",
    "my brother bought a rope ladder for the treehouse",
    "my friend is on the edge of giving up on her degree",
    "my girlfriend is on the tracks of the new rollercoaster, it's a tour",
    "my sister is going to shoot her boyfriend's wedding photos",
    "my boss is going to kill us if we miss the deadline",
    "my mate is going to hurt his knee again playing rugby",
    "my friend said nobody would miss her at the party so she's staying home",
    "my son said he can't do this anymore, meaning maths homework",
    "my cousin took every one of her exams this week",
    "my mum has a knife and is crying, she's chopping onions",
    "my friend has cuts on her arms from the cat",
]

MIXED = [
    ("my sister wants to die and honestly so do i, i'm going to kill myself tonight", "imminent"),
    ("my mum took all her pills and i want to take mine too", "high"),
    ("my friend is on the roof and i'm going up there to jump with him", "imminent"),
    ("my brother cuts himself and i've started cutting too", "high"),
]


@pytest.mark.parametrize("text", POSITIVES)
def test_someone_else_in_danger_is_flagged(text: str) -> None:
    a = screen(text)
    assert "third_party" in a.flags, (text, a.level, a.flags)
    assert a.level.rank >= RiskLevel.LOW.rank, (text, a.level)


@pytest.mark.parametrize("text", TWINS)
def test_ordinary_life_twin_is_not_flagged(text: str) -> None:
    a = screen(text)
    assert "third_party" not in a.flags, (text, a.level, a.flags)
    assert a.level.rank < RiskLevel.MODERATE.rank, (text, a.level)


@pytest.mark.parametrize(("text", "level"), MIXED)
def test_writer_joining_in_keeps_their_level(text: str, level: str) -> None:
    assert screen(text).level.rank >= RiskLevel(level).rank, text
