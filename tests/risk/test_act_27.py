"""rules-1.17 (act): English suicidal ideation in fresh everyday wordings read too low.

A blind set showed only two in three high-risk English messages reaching `high`. Three
development batches of probes were written first (384 patient messages: indirect timelines,
euphemisms, slang, masked with "lol", long journal entries, misspellings, teens and older
adults, questions) and screened on main (712d4af, rules-1.16): 59 read below their level (32 of
252, 12 of 71 and 15 of 61). The rules-1.17 (act) block reads them by structure: a future the
writer does not expect or intend to see ("i don't see myself making it to christmas", "not
planning to stick around much longer", "i won't be here by next month"), slang and euphemism
("top meself", "call it quits on living", "packing it all in, like life", "a permanent nap",
"opt out of life", "exit stage left, permanently", "pushing up daisies"), fast typing ("i rly
wna die"), an adverb between "i" and the wish, a denial denied ("i'd be lying if i said i didn't
want to be dead"), a reason asked for not to ("give me one reason not to kill myself"), "it's
time i ended it", "might as well end it", a bereaved adult who would like to join the dead and
thinks of ways, death found appealing or awaited, an illness wished back, a place or a road that
pulls, an act that cannot be undone, a hidden goodbye, wanting to stop being or considering not
being alive, intent words before dying itself ("planning to die quietly", "the plan is to not be
alive by summer"), and intent wrapped in a laugh ("might kms lmao": README, masking keeps its
level; the "kill myself lol" idiom no longer swallows intent words just before it). After the
rules 12 of the 384 read below level. (Since rules-1.22 a wish to die followed by a laugh,
"i just want to die lol", keeps its level too: test_rules_30.py.)

Four sets of 30 further probes were each written after a round of rules as a check. Each read
the same on the branch as on main when first screened (below level: 4, 7, 6 and 2 of 30): the
families above did not reach wordings written afterwards. The first three sets' misses then
informed the last rules (a wider "see myself", the state-of-being and intent-to-die
structures); their fixed messages are among the positives here.

Every POSITIVE below read below its level on main and reaches it now, as suicidal ideation;
every TWIN (the same words in ordinary life: idioms, work, moving house, diets, hair dye, games,
films, a clinician's patient, someone else) screened below moderate on main and still does. The
GoEmotions everyday set reads [4885, 87, 8, 7, 1] before and after.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HIGH = [
    "i don't see myself making it to christmas",
    "i just want a permanent nap",
    "feel like topping myself mate",
    "might just top meself",
    "i'm done living",
    "i won't be here by next month",
    "thinking about packing it all in, like life, not the job",
    "i'm ready to call it quits on living",
    "the bridge near my house has been on my mind a lot",
    "i keep wanting to swerve into traffic",
    "you won't have to worry about me soon",
    "i've thought about how but i'm scared",
    (
        "I'm 67 and since my wife passed I've been thinking I'd like to join her. I've "
        "been thinking of ways to do that."
    ),
    "i don't intend to be alive at 30",
    "i'm not planning to stick around much longer",
    "i'm not sticking around for much longer",
    "i deserve to die",
    "maybe it's time i ended it",
    "wouldn't it be easier if i just killed myself",
    "give me one reason not to kill myself",
    "i don't think i'll see another summer and i don't want to",
    "i'd opt out of life if there was a button",
    "ready to exit stage left, permanently",
    "i want to go be with grandma in heaven, like now",
    "i could just drive off the bridge on the way home",
    "might kms lmao",
    "i've decided i'm not going to be alive much longer",
    "i keep rehearsing how i'd tell my sister goodbye without her knowing",
    "i'm not scared of dying anymore, i think i'm ready",
    "might as well make it official and end it",
    "i'm so close to doing something i can't undo",
    "this world isn't for me, i'm leaving it soon",
    "i rly wna die",
    "i wanna be pushing up daisies",
    "been drafting what i'd say in a note",
    "want to be six feet under asap",
    "tbh i'm just counting down till i do it",
    "honestly think this is my last christmas, by choice",
    "i'm seriously considering not being alive next week",
    "the plan is to not be alive by summer",
    "mum thinks i'm getting better but i'm just planning to die quietly",
]

MODERATE = [
    "lord please let me go in my sleep",
    "exhausted of existing tbh",
    "i'm just so tired. tired of everything, tired of being here",
    "I'm 74, my children are grown and busy. I'd rather not be here if I'm honest.",
    "what's keeping me here honestly",
    "not existing sounds lovely",
    "death can't come soon enough",
    "i look forward to dying",
    "i hope the cancer comes back, honestly",
    "i'd be lying if i said i didn't want to be dead",
    "i'd gladly swap places with someone who's dying",
    "another 40 years of this? no thanks",
    "i'd be better off six feet under",
    "wish i could just evaporate",
    "i'm not suicidal exactly, i just want to stop being",
    "what's the use of me breathing",
]

TWINS = [
    "i'm dead lmao that video",
    "i'm literally dead 😂",
    "kill me now this meeting is never ending",
    "i want to die of embarrassment, i called my teacher mum",
    "this traffic is killing me",
    "my feet are killing me",
    "i'm checking out of the hotel at noon",
    "i'm gonna call it a night",
    "let's call it a day",
    "clocking out for the weekend, see ya",
    "i need a nap so bad",
    "i could sleep forever after that shift",
    "i'm going to log off for tonight",
    "i rage quit that game so hard lol",
    "i want to delete my instagram",
    "uninstall tiktok challenge day 3",
    "i'm done with this homework, ending it here",
    "we're ending things, we broke up last night",
    "i want to end things with him, he's toxic",
    "i want to end my subscription",
    "the season finale was goodbye to the whole cast",
    "i died on the last boss like ten times",
    "my character died again in elden ring",
    "in the book the main character kills himself at the end",
    "we watched a film where the girl wants to die and it was so sad",
    "as a nurse, how do i respond when a patient says they want to kill themselves?",
    "my friend told me she wants to kill herself, what should i do",
    "my brother keeps saying he wants to die, i'm worried about him",
    "my mum said she wishes she didn't wake up, how do i help her",
    "i'm writing an essay on suicide prevention for psych class",
    "the lyrics 'i don't want to be alive anymore' hit hard, great song",
    "that song about not wanting to wake up is on repeat",
    "my phone battery died again",
    "my plant died, i'm so sad",
    "i'm dying to see that movie",
    "i'm dying for a cup of tea",
    "i'd kill for a pizza right now",
    "my mum's gonna kill me, i missed curfew",
    "i'm so tired of this weather",
    "would anyone notice if i skipped the meeting?",
    "i wish i could disappear into a book for a week",
    "i wish i could disappear on holiday for a month",
    "the team would be better off without that process",
    "i keep looking up how long it takes to bake sourdough",
    "i keep looking up how long it takes to get a passport",
    "i'm not going to be around next week, i'm on leave",
    "i won't be here by next month, i'm moving to leeds",
    "i won't be around to see the match, i'm working",
    "by the time you read this i'll be on the plane",
    "when i'm gone on holiday please feed my cat",
    "i'm packing it all in and moving to spain",
    "i'm calling it quits on this diet",
    "i want to quit my job so bad",
    "i'm done with this job, handing in my notice",
    "this is goodbye to my old flat, moving day",
    "tonight's the night, the big concert!",
    "i've made up my mind, i'm going to go to uni",
    "my will to live went out the window when the wifi went down lol",
    "what's the point of making the bed if you get back in it",
    "why do i even bother cleaning, it's a mess in an hour",
    "i'm not sticking around for the after-party",
    "the only thing keeping me going is coffee",
    "the only reason i'm still here at work is the pension",
    "nothing left to live for in this save file, restarting",
    "i deserve a holiday",
    "i should just go to bed",
    "maybe i should just quit the team",
    (
        "dear diary, work was fine, mum called about sunday lunch, the bus was late "
        "again. anyway, tomorrow i have to pick up the dry cleaning."
    ),
    "gym, work, home. same as always. tomorrow is laundry day.",
    "my grandad used to say he was ready to go, bless him, he lived to 98",
    "in the film he says 'i wish i'd never been born' and then the angel shows him",
    "it's a wonderful life is such a good christmas film",
    "the character in my novel wishes he was dead, is that too dark for ya?",
    "we're studying hamlet, to be or not to be",
    "i'm researching suicide rates for my dissertation",
    "the bridge near my house has been closed for repairs",
    "i keep standing near the edge of the platform to get a good photo",
    "i'm so bored i could die",
    "this cake is to die for",
    "i'm jealous of people who get to sleep in",
    "i envy people who can eat anything",
    "i don't see myself making it to christmas in this job",
    "i don't see myself making it to christmas on this diet lol",
    "i'm not planning to stick around much longer at this company",
    "i'm not sticking around much longer in this town, moving in spring",
    "i won't be here by next month, we're moving to leeds",
    "i won't be around for christmas, i'm working abroad",
    "you won't have to worry about me soon, i got the job!",
    "i topped myself up with coffee before the exam",
    "i need to top myself up on credit",
    "time to call it quits on this diet",
    "i'm packing it all in and starting a new life in spain",
    "packing it all in, job, flat, everything, off to travel the world",
    "i want a permanent nap after this week",
    "i need a forever nap on the sofa after this shift",
    "i'm done living in london, moving back north",
    "i'm done living paycheck to paycheck",
    "i'm done living like this, time to get my act together",
    "i honestly don't want to live in this flat anymore",
    "i really don't want to be here at this party",
    "she asked me to give her one reason not to quit",
    "give me one reason not to buy this dress",
    "maybe it's time i ended the series, the show has run its course",
    "god please take me to the beach this summer",
    "lord take me now, this sermon is endless",
    "i'm so tired of being here at work",
    "my grandad passed and i want to be with my nan at the funeral",
    "my wife passed her driving test and i want to join her on the road trip",
    "i've been thinking of ways to do that, the kitchen renovation i mean",
    "that bridge is always on my mind since the crash on the news, so many people hurt",
    "i keep wanting to swerve around the potholes",
    "i deserve to die in this game, i walked right into the boss",
    "what's keeping me here at this job is the pension",
    "death metal sounds lovely live",
    "dying in the game seems easier than finishing the level",
    "i look forward to dying my hair pink",
    "death can't come soon enough for the villain in this show",
    "i want to opt out of the pension scheme",
    "i'm opting out of life insurance",
    "i'm retiring from the world of football",
    "i could just drive to the bridge and take photos of the sunset",
    "i don't think i'll see another summer like that one, and i don't want to forget it",
    "i'm dying lol",
    "this is killing me lol",
    "kill me lol",
    "i could just die of embarrassment haha",
    "i wanna dye my hair pink",
    "i wna dye it blue this weekend",
    "i want to dye my jeans black",
    "my grandad's been pushing up daisies for ten years, bless him",
    "the zombie costume has me looking six feet under lol",
    "i'm not scared of dying anymore in dark souls, i think i'm ready for the boss",
    "might as well end it here, the meeting's over",
    "might as well end it now with him, it's not working",
    "we might as well end it, the film is rubbish",
    "this world isn't for me, i'm leaving it for a cabin in the woods",
    "i'd be lying if i said i didn't want to quit my job",
    "close to doing something i can't take back, the tattoo appointment is tomorrow",
    "my mum hopes the cancer doesn't come back",
    "i hope the cancer doesn't come back",
    "i'd swap places with someone who's on holiday right now",
    "i'd trade places with someone who's got a day off",
    "another 40 years of this job? no thanks",
    "another 30 years of this rain? no thanks",
    "we said goodbye to grandma without her knowing we were moving abroad",
    "i could die for a bacon sandwich",
    "i'm dying to know who won",
    "i want to rot in bed all weekend watching netflix",
    "i want to be erased from that group chat",
    "i'd be better off in the ground floor flat",
    "i'm considering not living in london anymore, rent is mad",
    "thinking about not being here next week, we're off to cornwall",
    "i'm considering not being around for christmas this year, going to my in-laws instead",
    "what's the use of me being here if the manager won't listen",
    "i wish i could just evaporate from this awkward conversation",
    "the puddles evaporate so fast in this heat",
    "i want to dissolve the sugar first",
    "counting down till i do it, skydiving next saturday!",
    "this is my last christmas in this house by choice, we're downsizing",
    "my last year at school, i decided to enjoy it",
    "drafting what i'd say in a note to the landlord about the damp",
    "i'm drafting what i'll say in my leaving card for sarah",
    "i can't picture myself in a suit",
    "want to be six feet tall",
    "want to be in the ground floor office",
    "my plan is to die on this hill",
    "i plan to die old and happy",
    "i'm planning to dye my hair red",
    "i've decided to die my hair",
    "i made up my mind to not be here for the party, too tired",
]


@pytest.mark.parametrize("text", HIGH)
def test_active_ideation_in_fresh_wordings_is_high(text: str) -> None:
    result = screen(text)
    assert result.level.rank >= RiskLevel.HIGH.rank
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize("text", MODERATE)
def test_passive_ideation_in_fresh_wordings_is_at_least_moderate(text: str) -> None:
    result = screen(text)
    assert result.level.rank >= RiskLevel.MODERATE.rank
    assert "suicidal_ideation" in result.categories


@pytest.mark.parametrize("text", TWINS)
def test_everyday_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
