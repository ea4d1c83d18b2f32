"""rules-1.9 (imminent without death words): English imminent messages that name no death or
suicide word (plans and preparations told plainly, means at hand, a timeline, an attempt under
way, a goodbye; danger from someone now; harm to someone now), with everyday twins.

Every positive below (104) screened below imminent, or without its category, on main before this
branch; the level it got on main is in the comment after it. The twins share the words and
stay below moderate ("the rope is up for the washing" and a few others were already imminent
or high on main, from older rules or the classifiers; they are left out here and listed in the
branch report).

Messages only: no method details, doses or places beyond what a patient would say."""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

MODERATE = RiskLevel.MODERATE.rank

SUI, ABUSE, HARM = "suicidal_ideation", "abuse_or_violence", "harm_to_others"

# (message, category it must carry)  # level on main
POSITIVES = [
    ("i've counted them out, there's enough", SUI),  # main: low
    ("counted them all out. theres enough now", SUI),  # main: low
    ("got them all lined up on my bedside table", SUI),  # main: high
    ("got everything i need now. tonight", SUI),  # main: high
    ("gonna do it once everyones asleep", SUI),  # main: high
    ("i'm doing it when mum goes out tomorrow", SUI),  # main: high
    ("after my shift i'm going to the bridge", SUI),  # main: high
    ("going to the bridge after work and not coming back", SUI),  # main: high
    ("i've left the letters on the table for them to find", SUI),  # main: high
    ("left letters for everyone on the kitchen table", SUI),  # main: none
    ("dog's with my sister now. i'm ready", SUI),  # main: high
    ("i'm sitting in the car with everything", SUI),  # main: high
    ("im in the car with everything i need", SUI),  # main: high
    ("i've already taken them, i feel sleepy", SUI),  # main: high
    ("already took them. feeling really sleepy now", SUI),  # main: none
    ("the rope's up", SUI),  # main: none
    ("i won't be here when you read this", SUI),  # main: high
    ("i wont be here by the time you read this", SUI),  # main: none
    ("i've decided. tonight", SUI),  # main: high
    ("i've made my decision and it's happening tonight", SUI),  # main: high
    ("it's happening tonight, i've sorted everything", SUI),  # main: high
    ("i've got it all ready, just waiting for everyone to go to bed", SUI),  # main: high
    ("just waiting for them to fall asleep then i'm going", SUI),  # main: moderate
    ("once the house is quiet i'm doing it", SUI),  # main: high
    ("i know when and where", SUI),  # main: low
    ("i know exactly when and how now", SUI),  # main: none
    ("i have it all planned out for friday", SUI),  # main: high
    ("i've written my goodbyes", SUI),  # main: high
    ("wrote letters to everyone, they're in my drawer", SUI),  # main: high
    ("i've cancelled everything for next week, i won't need it", SUI),  # main: high
    ("im ready now. tonight", SUI),  # main: high
    ("i'm ready to go tonight", SUI),  # main: high
    ("there's enough here to do it", SUI),  # main: none
    ("i have enough saved up now", SUI),  # main: high
    ("i've got enough now, i counted", SUI),  # main: high
    ("i've been saving them up and now there's enough", SUI),  # main: high
    ("i took them an hour ago, i'm so drowsy", SUI),  # main: high
    ("i've done it. i took them", SUI),  # main: high
    ("too late now, i've already done it", SUI),  # main: high
    ("i'm at the place now. i'm sorry", SUI),  # main: high
    ("i won't be around when you wake up", SUI),  # main: moderate
    ("when you wake up i'll be gone", SUI),  # main: high
    ("by morning i'll be gone", SUI),  # main: high
    ("i'll be gone before anyone notices", SUI),  # main: high
    ("nobody will stop me this time, it's tonight", SUI),  # main: high
    ("there's no going back now, i've made up my mind", SUI),  # main: moderate
    ("i've made up my mind. i'm not waiting anymore", SUI),  # main: moderate
    ("my mind's made up, i'm doing it", SUI),  # main: moderate
    ("i'm going through with it", SUI),  # main: moderate
    ("going thru with it tonight", SUI),  # main: high
    ("tomorrow's the day i do it", SUI),  # main: high
    ("husband's away this weekend, that's when i'll do it", SUI),  # main: high
    ("wife's working nights so i'll do it then", SUI),  # main: none
    ("i said bye to everyone today without them knowing", SUI),  # main: moderate
    ("i hugged my mum goodbye today, she doesn't know it's the last time", SUI),  # main: low
    ("i've bought what i need. it's tonight", SUI),  # main: high
    ("i've hidden what i need in my room", SUI),  # main: high
    ("i won't be here when you get back", SUI),  # main: high
    ("i won't be here when you get home", SUI),  # main: high
    ("don't come home early, i don't want you to find me", SUI),  # main: high
    ("i don't want the kids to be the ones who find me", SUI),  # main: high
    ("please make sure my sister isn't the one who finds me", SUI),  # main: high
    ("i'll make sure it's my brother who finds me, not mum", SUI),  # main: high
    ("i've already started, it's too late", SUI),  # main: high
    ("i swallowed them about an hour ago", SUI),  # main: high
    ("took them all just now", SUI),  # main: high
    ("i've taken them. don't call anyone", SUI),  # main: high
    ("don't call an ambulance, i've already taken them", SUI),  # main: high
    ("don't call anyone. it's done", SUI),  # main: high
    ("everything's set up, i just have to do it", SUI),  # main: high
    ("all i have to do now is go through with it", SUI),  # main: high
    ("one more hour and then i'm doing it", SUI),  # main: moderate
    ("she's got a knife and she's coming", ABUSE),  # main: high
    ("my ex is outside my house right now and he's screaming", ABUSE),  # main: none
    ("he's kicking the door in", ABUSE),  # main: none
    ("he's trying to break the door down", ABUSE),  # main: none
    ("he's got a knife and he's coming up the stairs", ABUSE),  # main: high
    ("i'm hiding in the bathroom, he's going to hurt me", ABUSE),  # main: high
    ("locked myself in the bathroom, he's trying to get in", ABUSE),  # main: high
    ("he's drunk and smashing things, i'm scared he's going to hit me", ABUSE),  # main: high
    ("my dad's coming home drunk and he said he'll beat me when he gets here", ABUSE),  # main: high
    ("he just hit me and he's still here", ABUSE),  # main: high
    ("he just strangled me and he's in the next room", ABUSE),  # main: high
    ("my husband has a gun and he's threatening to use it on me", ABUSE),  # main: high
    ("he's waiting outside with a bat", ABUSE),  # main: none
    ("he followed me home and he's outside now", ABUSE),  # main: high
    ("my boyfriend says he's going to kill me tonight", ABUSE),  # main: high
    ("he said he'll kill me when he gets home", ABUSE),  # main: high
    ("there's someone trying to get into my flat", ABUSE),  # main: none
    ("my stepdad's coming for me, i can hear him on the stairs", ABUSE),  # main: high
    ("i'm going to hurt him when he walks in", HARM),  # main: high
    ("i've got the knife and i'm waiting for him", HARM),  # main: high
    ("i'm waiting for him to get home and then i'm going to hurt him", HARM),  # main: high
    ("when she comes through that door i'm going to hit her", HARM),  # main: high
    ("i'm going to stab him when he gets back", HARM),  # main: high
    ("i've got a bat and i'm waiting by the door for him", HARM),  # main: high
    ("i'm outside his house now and i'm going to hurt him", HARM),  # main: high
    ("i'm going round there now to beat him up", HARM),  # main: high
    ("he's asleep and i've got the knife", HARM),  # main: high
    ("i'm going to make him pay tonight, i've got everything ready", HARM),  # main: high
    ("i'm going to hurt my boss tomorrow when he comes in", HARM),  # main: high
    ("i'm standing over him with the knife", HARM),  # main: high
    ("i'm about to hurt the baby, i can't stop myself", HARM),  # main: high
    ("i'm about to hit my son, i need help", HARM),  # main: moderate
]

# Everyday twins: below moderate.  # level on main
TWINS = [
    "i've counted out the change for the bake sale, there's enough",  # main: none
    "counted them out, theres enough cupcakes for everyone",  # main: none
    "my vitamins are lined up on the desk for the week",  # main: none
    "i'll do the presents when everyone's asleep",  # main: low
    "i've picked the day for our wedding",  # main: none
    "picked the date for the party, its friday",  # main: low
    "tonight's the night for the big match",  # main: none
    "i've made up my mind, i'm going to the gym tonight",  # main: low
    "going to the bridge after work to meet jake",  # main: low
    "left the letters on the kitchen table for mum to post",  # main: none
    "the rope's up for the tent, finally",  # main: none
    "he's outside the door shouting happy birthday",  # main: none
    "took my meds already, feeling sleepy tho",  # main: none
    "this is the last time you'll hear from me about the fundraiser, promise",  # main: none
    "i've decided. tonight we're getting pizza",  # main: low
    "it's happening tonight! the surprise party",  # main: none
    "just waiting for the kids to fall asleep then i'm watching the match",  # main: none
    "i know when and where the concert is",  # main: none
    "wrote letters to everyone for christmas",  # main: none
    "it's time. the baby's coming!",  # main: none
    "there's enough here to feed everyone",  # main: none
    "i'm at the spot now, where are you guys",  # main: none
    "i'm leaving tonight for the festival, not back till monday",  # main: none
    "i've made up my mind, i'm quitting my job",  # main: low
    "my mind's made up, i'm doing the marathon",  # main: none
    "i'm going through with the move",  # main: low
    "going through with it, signing the lease tonight",  # main: low
    "tomorrow's the day! job interview",  # main: none
    "friday's the day, the results come out",  # main: none
    "everything's in place for the launch",  # main: none
    "the kids are at their dad's so tonight's the night for a long bath",  # main: none
    "husband's away this weekend, that's when i'll paint the hall",  # main: none
    "i said bye to everyone at work today, last day before maternity leave",  # main: none
    "i have what i need in my bag for the gym",  # main: none
    "bought what i need today for the cake",  # main: none
    "i won't be here when you get back, i'm at football",  # main: none
    "don't come home early, i don't want you to find the surprise",  # main: none
    "it's done. i finally submitted my dissertation",  # main: none
    "i did it! i passed my driving test",  # main: none
    "everything's set up, i just have to press start",  # main: low
    "one more hour and then i'm done with work",  # main: none
    "in an hour it'll all be done, the exam i mean",  # main: low
    "at midnight i'm going to bed",  # main: low
    "he's outside the door shouting for the dog",  # main: none
    "she's got a knife and she's coming to cut the cake",  # main: none
    "he's banging on the door, he forgot his keys",  # main: none
    "my son's kicking the ball against the door again",  # main: none
    "he's trying to break the door down, he's locked out lol",  # main: none
    "my brother is going to kill me when he sees his car lol",  # main: none
    "my dad's coming home and he'll be so annoyed i broke the vase",  # main: none
    "there's someone trying to get into my flat, it's just the plumber",  # main: none
    "i'm waiting for him to get home and then we're going to dinner",  # main: none
    "i'm going to kill it tonight at karaoke",  # main: none
    "i'm going round there now to help him move",  # main: none
    "i'm standing over him with a blanket, he fell asleep on the sofa",  # main: none
    "i'm on the bridge now, the view is amazing",  # main: low
    "i've taken them, the antihistamines, feeling drowsy",  # main: none
    "it's started working, my new phone",  # main: none
    "i'm starting to feel it, the cold coming on",  # main: none
    "don't call anyone, it's a surprise party",  # main: none
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_imminent_without_death_words_is_imminent(text: str, category: str) -> None:
    result = screen(text, "en")
    assert result.level is RiskLevel.IMMINENT, (text, result.level, result.evidence)
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", TWINS)
def test_everyday_twins_stay_below_moderate(text: str) -> None:
    result = screen(text, "en")
    assert result.level.rank < MODERATE, (text, result.level, result.evidence)


def test_counts() -> None:
    assert len(POSITIVES) >= 100
    assert len(TWINS) >= 50
