"""rules-1.13 (ctxsub): short replies in conversations about an overdose, drink and driving,
and voices or paranoia, read with the conversation before them.

"I've had a whole bottle of vodka and some of my pills" -- "How much did you take?" -- "all of
them i think" is an attempt under way; "i'm really drunk and i want to die" -- "Where are you?"
-- "driving" is high; "i'm hearing the voice again" -- "What is it telling you?" -- "to jump"
is a command hallucination (high); "they're watching me through the walls" -- "Are you safe?"
-- "not if they get in" is danger as the writer lives it. Patterns: the `ctx:` rules in the
rules-1.13 (ctxsub) block of patterns.yaml; answers.py adds the `overdose` and `voices` cues
(_OVERDOSE_BEFORE, _VOICES_BEFORE in _CTX_OTHERS), the `overdose` need after talk of suicide
with pills named (_pills_taken_before), and how-much, what-taken and what-the-voice-says
questions to _HOW_BAD (so _open_to_it lets a reply carry the risk).

Every positive here (154) screened below its level on main before this change (checked with
a script over the conversations: 200 probes, 46 already at their level were left out).
Twins: the same replies after an ordinary chat (a party, a cold, a pick and mix, a sat nav or
a game's narrator, hide and seek) stay below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

POSITIVES: list[tuple[list[str], str, RiskLevel]] = [
    (
        ["i've had a whole bottle of vodka and some of my pills", "How much did you take?"],
        "all of them i think",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've had a whole bottle of vodka and some of my pills", "How many did you take?"],
        "the whole strip",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've had a whole bottle of vodka and some of my pills", "What did you take?"],
        "dunno, lots",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've had a whole bottle of vodka and some of my pills", "how much have you taken?"],
        "about 30",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've had a whole bottle of vodka and some of my pills", "What have you taken?"],
        "everything in the cabinet",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "How much did you take?"],
        "loads",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "How many did you take?"],
        "too many to count",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "What did you take?"],
        "all my sertraline",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "how much have you taken?"],
        "whatever was in the drawer",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "What have you taken?"],
        "two packets",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "How many tablets did you take?"],
        "all my mums pills",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "How much did you take?",
        ],
        "everything i had",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "How many did you take?",
        ],
        "i didn't count, a lot",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "What did you take?",
        ],
        "enough",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "how much have you taken?",
        ],
        "every last one",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "What have you taken?",
        ],
        "half the bottle and the rest of the pills",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "How many tablets did you take?",
        ],
        "like 40",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "How much did you take?"],
        "a whole pack",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "How many did you take?"],
        "all the paracetamol",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "What did you take?"],
        "all of them i think",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "how much have you taken?"],
        "the whole strip",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "What have you taken?"],
        "dunno, lots",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "How many tablets did you take?"],
        "about 30",
        RiskLevel.IMMINENT,
    ),
    (
        ["i swallowed a bunch of tablets an hour ago", "How much did you take?"],
        "everything in the cabinet",
        RiskLevel.IMMINENT,
    ),
    (
        ["i swallowed a bunch of tablets an hour ago", "What did you take?"],
        "loads",
        RiskLevel.IMMINENT,
    ),
    (
        ["i swallowed a bunch of tablets an hour ago", "how much have you taken?"],
        "too many to count",
        RiskLevel.IMMINENT,
    ),
    (
        ["i swallowed a bunch of tablets an hour ago", "What have you taken?"],
        "all my sertraline",
        RiskLevel.IMMINENT,
    ),
    (
        ["i swallowed a bunch of tablets an hour ago", "How many tablets did you take?"],
        "whatever was in the drawer",
        RiskLevel.IMMINENT,
    ),
    (["i've taken an overdose", "How much did you take?"], "two packets", RiskLevel.IMMINENT),
    (["i've taken an overdose", "How many did you take?"], "all my mums pills", RiskLevel.IMMINENT),
    (["i've taken an overdose", "What did you take?"], "everything i had", RiskLevel.IMMINENT),
    (
        ["i've taken an overdose", "how much have you taken?"],
        "i didn't count, a lot",
        RiskLevel.IMMINENT,
    ),
    (["i've taken an overdose", "What have you taken?"], "enough", RiskLevel.IMMINENT),
    (
        ["i've been necking pills and vodka since 9", "How much did you take?"],
        "half the bottle and the rest of the pills",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've been necking pills and vodka since 9", "How many did you take?"],
        "like 40",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've been necking pills and vodka since 9", "What did you take?"],
        "a whole pack",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've been necking pills and vodka since 9", "how much have you taken?"],
        "all the paracetamol",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've been necking pills and vodka since 9", "What have you taken?"],
        "all of them i think",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've been necking pills and vodka since 9", "How many tablets did you take?"],
        "the whole strip",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "How much did you take?"],
        "dunno, lots",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "How many did you take?"],
        "about 30",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "What did you take?"],
        "everything in the cabinet",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "how much have you taken?"],
        "the whole box",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "What have you taken?"],
        "loads",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "How many tablets did you take?"],
        "too many to count",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took some of my mums sleeping pills, i just want it to stop", "How much did you take?"],
        "all my sertraline",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took some of my mums sleeping pills, i just want it to stop", "How many did you take?"],
        "whatever was in the drawer",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took some of my mums sleeping pills, i just want it to stop", "What did you take?"],
        "two packets",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i took some of my mums sleeping pills, i just want it to stop",
            "how much have you taken?",
        ],
        "all my mums pills",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took some of my mums sleeping pills, i just want it to stop", "What have you taken?"],
        "everything i had",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i took some of my mums sleeping pills, i just want it to stop",
            "How many tablets did you take?",
        ],
        "i didn't count, a lot",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "How much did you take?"],
        "enough",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "How many did you take?"],
        "every last one",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "What did you take?"],
        "half the bottle and the rest of the pills",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "how much have you taken?"],
        "like 40",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "What have you taken?"],
        "a whole pack",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "How many tablets did you take?"],
        "all the paracetamol",
        RiskLevel.IMMINENT,
    ),
    (
        ["i've had a whole bottle of vodka and some of my pills", "When did you take them?"],
        "an hour ago",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of my tablets with wine", "When did you take them?"],
        "about 20 mins ago",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i've been drinking all night and i took some pills to make it stop",
            "When did you take them?",
        ],
        "just now",
        RiskLevel.IMMINENT,
    ),
    (
        ["i want to die. i've taken some of my antidepressants", "When did you take them?"],
        "half an hour ago",
        RiskLevel.IMMINENT,
    ),
    (["i've taken an overdose", "When did you take them?"], "a while ago", RiskLevel.IMMINENT),
    (
        ["i've been necking pills and vodka since 9", "When did you take them?"],
        "before i messaged you",
        RiskLevel.IMMINENT,
    ),
    (
        ["i took a load of painkillers and i feel weird", "When did you take them?"],
        "just before midnight",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i took some of my mums sleeping pills, i just want it to stop",
            "When did you take them?",
        ],
        "earlier",
        RiskLevel.IMMINENT,
    ),
    (
        ["i drank loads and took my meds all at once", "When did you take them?"],
        "not long ago",
        RiskLevel.IMMINENT,
    ),
    (["i'm really drunk and i want to die", "Where are you?"], "in the car", RiskLevel.HIGH),
    (["i'm really drunk and i want to die", "where are you right now?"], "driving", RiskLevel.HIGH),
    (
        ["im so drunk and i just want to end it", "Where are you?"],
        "behind the wheel",
        RiskLevel.HIGH,
    ),
    (
        ["im so drunk and i just want to end it", "where are you right now?"],
        "driving around",
        RiskLevel.HIGH,
    ),
    (
        ["drunk again. i don't want to be here anymore", "Where are you?"],
        "driving fast",
        RiskLevel.HIGH,
    ),
    (
        ["drunk again. i don't want to be here anymore", "Where are you now?"],
        "going 100 on the motorway",
        RiskLevel.HIGH,
    ),
    (
        ["i've had way too much to drink and i want to kill myself", "Where are you?"],
        "out driving",
        RiskLevel.HIGH,
    ),
    (
        ["i've had way too much to drink and i want to kill myself", "where are you right now?"],
        "in the car",
        RiskLevel.HIGH,
    ),
    (
        ["i've had way too much to drink and i want to kill myself", "Where are you now?"],
        "driving",
        RiskLevel.HIGH,
    ),
    (
        ["i'm wasted and i want it all to stop", "where are you right now?"],
        "behind the wheel",
        RiskLevel.HIGH,
    ),
    (
        ["i'm wasted and i want it all to stop", "Where are you now?"],
        "driving around",
        RiskLevel.HIGH,
    ),
    (["i'm hearing the voice again", "What is it telling you?"], "to jump", RiskLevel.HIGH),
    (
        ["i'm hearing the voice again", "What are they saying?"],
        "that i have to hurt my mum",
        RiskLevel.HIGH,
    ),
    (["the voices are back", "What is it telling you?"], "that i should die", RiskLevel.HIGH),
    (["the voices are back", "What are they saying?"], "to cut", RiskLevel.HIGH),
    (
        ["the voices are back", "what are the voices telling you to do?"],
        "to hurt the baby",
        RiskLevel.HIGH,
    ),
    (
        ["i can hear them again, the voices", "What is it telling you?"],
        "to walk into traffic",
        RiskLevel.HIGH,
    ),
    (
        ["i can hear them again, the voices", "what are the voices telling you to do?"],
        "to stab my flatmate",
        RiskLevel.HIGH,
    ),
    (
        ["i can hear them again, the voices", "What does it say?"],
        "that everyone would be better off if i was dead",
        RiskLevel.HIGH,
    ),
    (
        ["the voice won't shut up tonight", "What is it telling you?"],
        "to set the house on fire",
        RiskLevel.HIGH,
    ),
    (["the voice won't shut up tonight", "What does it say?"], "that i must die", RiskLevel.HIGH),
    (
        ["i keep hearing a man's voice in my head", "What is it telling you?"],
        "to drown myself",
        RiskLevel.HIGH,
    ),
    (
        ["i keep hearing a man's voice in my head", "What are they saying?"],
        "hurt myself",
        RiskLevel.HIGH,
    ),
    (
        ["i keep hearing a man's voice in my head", "What does it say?"],
        "that i have to punish myself",
        RiskLevel.HIGH,
    ),
    (
        ["the neighbours are pumping gas through the vents", "Are you safe?"],
        "not if they get in",
        RiskLevel.HIGH,
    ),
    (
        [
            "i can't do this anymore",
            "What's happened?",
            "i've had most of a bottle of gin and i took my pills",
            "How many pills?",
        ],
        "the lot i think",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i'm so done with everything",
            "Are you thinking about suicide?",
            "yes. i've been drinking and i've got my tablets",
            "Have you taken any?",
        ],
        "loads",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i'm so done with everything",
            "Are you thinking about suicide?",
            "yes. i've been drinking and i've got my tablets",
            "Have you taken any?",
        ],
        "like 20 maybe",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i'm so done with everything",
            "Are you thinking about suicide?",
            "yes. i've been drinking and i've got my tablets",
            "Have you taken any?",
        ],
        "half the box",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i necked a load of co-codamol with cider",
            "Okay, I'm worried about you. How much did you take?",
        ],
        "dunno lots",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i necked a load of co-codamol with cider",
            "Okay, I'm worried about you. How much did you take?",
        ],
        "two boxes",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i necked a load of co-codamol with cider",
            "Okay, I'm worried about you. How much did you take?",
        ],
        "the whole packet i think",
        RiskLevel.IMMINENT,
    ),
    (
        ["popped a handful of my sleeping pills with some wine", "How many did you have?"],
        "a handful",
        RiskLevel.IMMINENT,
    ),
    (
        ["popped a handful of my sleeping pills with some wine", "How many did you have?"],
        "too many",
        RiskLevel.IMMINENT,
    ),
    (
        ["popped a handful of my sleeping pills with some wine", "How many did you have?"],
        "about 15",
        RiskLevel.IMMINENT,
    ),
    (
        ["took a load of my mums tablets", "What did you take?"],
        "whatever was in the drawer",
        RiskLevel.IMMINENT,
    ),
    (
        ["took a load of my mums tablets", "What did you take?"],
        "everything in the medicine cupboard",
        RiskLevel.IMMINENT,
    ),
    (["took a load of my mums tablets", "What did you take?"], "all her pills", RiskLevel.IMMINENT),
    (["i overdosed", "When did you take them?"], "about an hour ago", RiskLevel.IMMINENT),
    (["i overdosed", "When did you take them?"], "20 minutes ago", RiskLevel.IMMINENT),
    (["i overdosed", "When did you take them?"], "just before i messaged you", RiskLevel.IMMINENT),
    (
        ["i just want to sleep forever. took some pills with vodka", "When?"],
        "half an hour ago",
        RiskLevel.IMMINENT,
    ),
    (
        ["i just want to sleep forever. took some pills with vodka", "When?"],
        "earlier tonight",
        RiskLevel.IMMINENT,
    ),
    (
        ["i just want to sleep forever. took some pills with vodka", "When?"],
        "a while ago",
        RiskLevel.IMMINENT,
    ),
    (
        ["i'm drunk and i don't want to be alive", "Where are you right now?"],
        "in the car",
        RiskLevel.HIGH,
    ),
    (
        ["i'm drunk and i don't want to be alive", "Where are you right now?"],
        "driving",
        RiskLevel.HIGH,
    ),
    (
        ["i want to kill myself, i've had loads to drink", "Are you safe? Where are you?"],
        "driving around",
        RiskLevel.HIGH,
    ),
    (
        ["i want to kill myself, i've had loads to drink", "Are you safe? Where are you?"],
        "sat in my car by the lake",
        RiskLevel.HIGH,
    ),
    (
        ["i want to kill myself, i've had loads to drink", "Are you safe? Where are you?"],
        "behind the wheel",
        RiskLevel.HIGH,
    ),
    (
        ["the voices are telling me things again", "What are they saying?"],
        "to jump",
        RiskLevel.HIGH,
    ),
    (
        ["i keep hearing voices in my head", "What does the voice say?"],
        "that i have to hurt my mum",
        RiskLevel.HIGH,
    ),
    (
        ["i keep hearing voices in my head", "What does the voice say?"],
        "to kill him",
        RiskLevel.HIGH,
    ),
    (
        ["i keep hearing voices in my head", "What does the voice say?"],
        "to hurt the baby",
        RiskLevel.HIGH,
    ),
    (
        ["i heard the voice again last night", "What is it telling you to do?"],
        "to step off",
        RiskLevel.HIGH,
    ),
    (
        ["i heard the voice again last night", "What is it telling you to do?"],
        "that i deserve to die",
        RiskLevel.HIGH,
    ),
    (
        ["i heard the voice again last night", "What is it telling you to do?"],
        "that it's time",
        RiskLevel.HIGH,
    ),
    (
        ["they're following me everywhere and listening through the walls", "Are you safe?"],
        "not if they get in",
        RiskLevel.HIGH,
    ),
    (
        ["there's a chip in my head and they're tracking me", "What's going on right now?"],
        "i have to get them before they get me",
        RiskLevel.HIGH,
    ),
    (
        ["there's a chip in my head and they're tracking me", "What's going on right now?"],
        "they're trying to get in",
        RiskLevel.HIGH,
    ),
    (
        ["people are watching me through cameras in my flat", "Are you okay?"],
        "they're in the walls",
        RiskLevel.HIGH,
    ),
    (
        ["i want to end it all", "Have you taken anything?"],
        "everything in the cabinet",
        RiskLevel.IMMINENT,
    ),
    (["i want to end it all", "Have you taken anything?"], "all my meds", RiskLevel.IMMINENT),
    (["i want to end it all", "Have you taken anything?"], "loads", RiskLevel.IMMINENT),
    (
        [
            "i don't want to be here anymore",
            "i've been drinking since lunch",
            "What have you taken?",
        ],
        "whatever i could find",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i don't want to be here anymore",
            "i've been drinking since lunch",
            "What have you taken?",
        ],
        "the whole lot",
        RiskLevel.IMMINENT,
    ),
    (
        [
            "i don't want to be here anymore",
            "i've been drinking since lunch",
            "What have you taken?",
        ],
        "all my sertraline and the wine",
        RiskLevel.IMMINENT,
    ),
    (
        ["i'm going to kill myself tonight", "Have you taken anything?"],
        "about 30",
        RiskLevel.IMMINENT,
    ),
    (
        ["i'm going to kill myself tonight", "Have you taken anything?"],
        "a whole strip",
        RiskLevel.IMMINENT,
    ),
    (
        ["the voices say i should die", "What else are they saying?"],
        "to go to the river",
        RiskLevel.HIGH,
    ),
    (
        ["the voices say i should die", "What else are they saying?"],
        "to jump off the car park",
        RiskLevel.HIGH,
    ),
    (
        ["voices keep telling me i'm worthless", "What do they want you to do?"],
        "to jump",
        RiskLevel.HIGH,
    ),
    (
        ["voices keep telling me i'm worthless", "What do they want you to do?"],
        "to punish myself",
        RiskLevel.HIGH,
    ),
    (
        ["i'm hearing things again. a man's voice", "What is he saying?"],
        "to hurt my flatmate",
        RiskLevel.HIGH,
    ),
    (
        ["i'm hearing things again. a man's voice", "What is he saying?"],
        "to set the flat on fire",
        RiskLevel.HIGH,
    ),
    (
        ["someone is following me and they've put cameras in my house", "Are you safe right now?"],
        "they're here",
        RiskLevel.HIGH,
    ),
    (["i've had 10 pints and i want to die", "Where are you?"], "driving", RiskLevel.HIGH),
    (["i've had 10 pints and i want to die", "Where are you?"], "in my car", RiskLevel.HIGH),
    (
        ["i've had 10 pints and i want to die", "Where are you?"],
        "out driving no seatbelt",
        RiskLevel.HIGH,
    ),
    (["took all my meds with a bottle of wine", "When?"], "an hour ago", RiskLevel.IMMINENT),
    (["took all my meds with a bottle of wine", "When?"], "earlier", RiskLevel.IMMINENT),
    (["took all my meds with a bottle of wine", "When?"], "just now", RiskLevel.IMMINENT),
    (
        ["they're poisoning my food and following me to work", "What are you going to do?"],
        "get them before they get me",
        RiskLevel.HIGH,
    ),
    (
        ["they're poisoning my food and following me to work", "What are you going to do?"],
        "hurt them first",
        RiskLevel.HIGH,
    ),
    (
        ["the voices are back and they want me dead", "What are you going to do?"],
        "do what they say",
        RiskLevel.HIGH,
    ),
    (
        ["the voices are back and they want me dead", "What are you going to do?"],
        "jump",
        RiskLevel.HIGH,
    ),
    (
        ["i'm so drunk, i've taken some pills, i want to die", "What did you take?"],
        "whatever was in the bathroom cabinet",
        RiskLevel.IMMINENT,
    ),
    (
        ["i'm so drunk, i've taken some pills, i want to die", "What did you take?"],
        "all my citalopram",
        RiskLevel.IMMINENT,
    ),
    (
        ["i'm so drunk, i've taken some pills, i want to die", "What did you take?"],
        "a whole box of paracetamol",
        RiskLevel.IMMINENT,
    ),
]

TWINS: list[tuple[list[str], str]] = [
    (
        ["we had such a good party last night, so much vodka", "How much did you take?"],
        "all of them i think",
    ),
    (
        ["we had such a good party last night, so much vodka", "How many did you take?"],
        "the whole box",
    ),
    (["we had such a good party last night, so much vodka", "What did you take?"], "dunno, lots"),
    (["we had such a good party last night, so much vodka", "how much have you had?"], "about 30"),
    (["we had such a good party last night, so much vodka", "What have you taken?"], "loads"),
    (
        ["i had a cold so i had a lemsip and a hot toddy", "How much did you take?"],
        "too many to count",
    ),
    (["i had a cold so i had a lemsip and a hot toddy", "How many did you take?"], "enough"),
    (["i had a cold so i had a lemsip and a hot toddy", "What did you take?"], "every last one"),
    (["i had a cold so i had a lemsip and a hot toddy", "how much have you had?"], "a whole pack"),
    (["i had a cold so i had a lemsip and a hot toddy", "What have you taken?"], "like 40"),
    (["went to the pub quiz, bit drunk now", "How much did you take?"], "everything i could find"),
    (["went to the pub quiz, bit drunk now", "How many did you take?"], "half the bottle"),
    (["went to the pub quiz, bit drunk now", "What did you take?"], "all of them i think"),
    (["went to the pub quiz, bit drunk now", "how much have you had?"], "the whole box"),
    (["went to the pub quiz, bit drunk now", "What have you taken?"], "dunno, lots"),
    (["the pick and mix at the cinema was amazing", "How much did you take?"], "about 30"),
    (["the pick and mix at the cinema was amazing", "How many did you take?"], "loads"),
    (["the pick and mix at the cinema was amazing", "What did you take?"], "too many to count"),
    (["the pick and mix at the cinema was amazing", "how much have you had?"], "enough"),
    (["the pick and mix at the cinema was amazing", "What have you taken?"], "every last one"),
    (["we did a wine tasting for my birthday", "How much did you take?"], "a whole pack"),
    (["we did a wine tasting for my birthday", "How many did you take?"], "like 40"),
    (["we did a wine tasting for my birthday", "What did you take?"], "everything i could find"),
    (["we did a wine tasting for my birthday", "how much have you had?"], "half the bottle"),
    (["we did a wine tasting for my birthday", "What have you taken?"], "all of them i think"),
    (["took loads of photos at the wedding", "How much did you take?"], "the whole box"),
    (["took loads of photos at the wedding", "How many did you take?"], "dunno, lots"),
    (["took loads of photos at the wedding", "What did you take?"], "about 30"),
    (["took loads of photos at the wedding", "how much have you had?"], "loads"),
    (["took loads of photos at the wedding", "What have you taken?"], "too many to count"),
    (["grabbed free samples at the market", "How much did you take?"], "enough"),
    (["grabbed free samples at the market", "How many did you take?"], "every last one"),
    (["grabbed free samples at the market", "What did you take?"], "a whole pack"),
    (["grabbed free samples at the market", "how much have you had?"], "like 40"),
    (["grabbed free samples at the market", "What have you taken?"], "everything i could find"),
    (["i took my vitamins this morning", "When did you take them?"], "an hour ago"),
    (["had a migraine so took two ibuprofen", "When did you take them?"], "about 20 mins ago"),
    (["took a paracetamol for my tooth", "When did you take it?"], "just now"),
    (["i had my antibiotics with breakfast", "When did you take them?"], "a while ago"),
    (["my hay fever tablets are finally working", "When did you take one?"], "earlier"),
    (["i had a couple of beers after work", "When did you get home?"], "about an hour ago"),
    (["we're going to the coast this weekend", "Where are you?"], "in the car"),
    (["we're going to the coast this weekend", "where are you right now?"], "driving"),
    (["we're going to the coast this weekend", "Where are you now?"], "on the motorway"),
    (["i'm on my way to pick up my sister", "Where are you?"], "behind the wheel"),
    (["i'm on my way to pick up my sister", "where are you right now?"], "driving around"),
    (["i'm on my way to pick up my sister", "Where are you now?"], "in my car on the motorway"),
    (["off to see my nan", "Where are you?"], "driving fast"),
    (["off to see my nan", "where are you right now?"], "in the car by the river"),
    (["off to see my nan", "Where are you now?"], "going 100 on the motorway"),
    (["heading to the match", "Where are you?"], "out driving"),
    (["heading to the match", "where are you right now?"], "in the car"),
    (["heading to the match", "Where are you now?"], "driving"),
    (["i'm late for work", "Where are you?"], "on the motorway"),
    (["i'm late for work", "where are you right now?"], "behind the wheel"),
    (["i'm late for work", "Where are you now?"], "driving around"),
    (
        ["just had a few drinks at the pub, getting a taxi", "Where are you?"],
        "in my car on the motorway",
    ),
    (
        ["just had a few drinks at the pub, getting a taxi", "where are you right now?"],
        "driving fast",
    ),
    (
        ["just had a few drinks at the pub, getting a taxi", "Where are you now?"],
        "in the car by the river",
    ),
    (
        ["i'm playing a platformer and the narrator voice is so good", "What is it telling you?"],
        "to jump",
    ),
    (
        ["i'm playing a platformer and the narrator voice is so good", "What does it say?"],
        "that the rain will stop tonight",
    ),
    (
        [
            "i'm playing a platformer and the narrator voice is so good",
            "What's it telling you to do?",
        ],
        "to go to the bridge",
    ),
    (["this audiobook narrator has such a nice voice", "What is it telling you?"], "to cut"),
    (["this audiobook narrator has such a nice voice", "What does it say?"], "to turn left"),
    (
        ["this audiobook narrator has such a nice voice", "What's it telling you to do?"],
        "that it's time",
    ),
    (["the voice actors in this game are amazing", "What is it telling you?"], "to step off"),
    (["the voice actors in this game are amazing", "What does it say?"], "do it now"),
    (["the voice actors in this game are amazing", "What's it telling you to do?"], "to jump"),
    (
        ["my sat nav voice is so annoying", "What is it telling you?"],
        "that the rain will stop tonight",
    ),
    (["my sat nav voice is so annoying", "What does it say?"], "to go to the bridge"),
    (["my sat nav voice is so annoying", "What's it telling you to do?"], "to cut"),
    (["my fitness app has a coach voice now", "What is it telling you?"], "to turn left"),
    (["my fitness app has a coach voice now", "What does it say?"], "that it's time"),
    (["my fitness app has a coach voice now", "What's it telling you to do?"], "to step off"),
    (["the new smart speaker keeps talking", "What is it telling you?"], "do it now"),
    (["the new smart speaker keeps talking", "What does it say?"], "to jump"),
    (
        ["the new smart speaker keeps talking", "What's it telling you to do?"],
        "that the rain will stop tonight",
    ),
    (["the kids are playing hide and seek", "Are they there yet?"], "they're coming"),
    (["the kids are playing hide and seek", "Where are they now?"], "they're outside"),
    (["the kids are playing hide and seek", "What's happening?"], "they're at the door"),
    (["my in-laws are visiting this weekend", "Are they there yet?"], "they're here"),
    (["my in-laws are visiting this weekend", "Where are they now?"], "not if they get in"),
    (["my in-laws are visiting this weekend", "What's happening?"], "they're everywhere"),
    (["the removal men are late", "Are they there yet?"], "they're coming"),
    (["the removal men are late", "Where are they now?"], "they're outside"),
    (["the removal men are late", "What's happening?"], "they're at the door"),
    (["i ordered a pizza", "Are they there yet?"], "they're here"),
    (["i ordered a pizza", "Where are they now?"], "not if they get in"),
    (["i ordered a pizza", "What's happening?"], "they're everywhere"),
    (["the neighbours kids keep knocking for a ball", "Are they there yet?"], "they're coming"),
    (["the neighbours kids keep knocking for a ball", "Where are they now?"], "they're outside"),
    (["the neighbours kids keep knocking for a ball", "What's happening?"], "they're at the door"),
    (
        ["i can hear voices downstairs, i think my flatmate is back", "What are they saying?"],
        "they're coming",
    ),
    (["i can hear voices in the hallway", "What are they saying?"], "they're outside"),
    (["we watched the voice last night", "What happened?"], "they're at the door"),
    (
        ["the voice on the phone said my parcel is delayed", "What did it say?"],
        "to go to the depot",
    ),
    (
        ["i can hear the neighbours through the walls again", "What are they saying?"],
        "they're coming",
    ),
    (["my mum left a voice note", "What does it say?"], "to go to the bridge"),
    (["i heard the voices of my friends outside", "Are they coming in?"], "they're coming"),
    (["the kids are hiding from me", "Where are they?"], "they're in the walls"),
    (
        ["we're playing a horror game with a voice chat", "What are they saying?"],
        "they're coming for me",
    ),
    (["the dog keeps barking at the door", "What's it barking at?"], "they're at the door"),
    (["i'm driving to work", "Where are you?"], "on the motorway"),
    (["had two glasses of wine at dinner", "Where are you now?"], "in the car"),
    (["i've got a cold and took some lemsip", "How much did you take?"], "the whole box"),
    (["i took the kids to the sweet shop", "How many did they take?"], "all of them"),
    (["we had a few drinks at the pub", "how much have you had?"], "loads"),
    (["i'm making a cake for my mum", "What does the recipe say?"], "to cut"),
    (["i'm learning to skateboard", "What did the instructor tell you?"], "to jump"),
    (["we're going on a ghost tour tonight", "What did the guide say?"], "that tonight is spooky"),
    (["my teacher left a comment on my essay", "What does it say?"], "to cut the intro"),
    (
        ["i'm at the pharmacy picking up my prescription", "How many did they give you?"],
        "the whole month's supply",
    ),
    (["i'm buying sweets for the party", "How many did you get?"], "about 30"),
    (["i've had a bad cold all week", "Have you taken anything?"], "loads of lemsip"),
    (["my flatmate finished the biscuits", "How many did she eat?"], "all of them"),
    (
        ["the other team keep scoring on us", "What are you going to do?"],
        "get them before they get me",
    ),
    (["my brother keeps stealing my chips", "What are you going to do?"], "get them first"),
    (["i've been drinking and i'm sad tonight", "How much have you had?"], "loads"),
    (["it's my birthday, had some wine", "how much have you had?"], "half the bottle"),
    (["my parents said i have to tidy my room", "What are you going to do?"], "do what they say"),
    (["i had my pills with a glass of wine at dinner", "When did you take them?"], "an hour ago"),
    (["had a glass of wine then took my antibiotics", "When did you take them?"], "at 10"),
    (["the doctor gave me new tablets, can't drink on them", "How many do you take?"], "two"),
]


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_reply_after_risk_carries_it(context: list[str], text: str, level: RiskLevel) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize(("context", "text"), TWINS)
def test_same_reply_after_ordinary_chat_stays_low(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


def test_counts() -> None:
    assert len(POSITIVES) >= 60
    assert len(TWINS) >= 60
