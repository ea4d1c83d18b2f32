"""rules-1.31: the misses of review round 14 (four new briefs), once round 15 was written to be
the blind one.

An overdose taking effect, drunk at the wheel and not caring, commands obeyed against a
neighbour, a method asked formally or in a journal, intrusive pictures of hurting a child,
fainting beside purging or starving, food to be earned, drinking to sleep, a past overdose
dated, self-harm urges held off and self-harm under way; the same in French, German dialect,
Portuguese and Roman Italian; round 14's everyday messages read moderate or above (a
professional's screening questions, a job put off till the morning, a friend's "kms", a
football team's loss, a thesis question). What rules-1.30 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import Flag, RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.30: moderate
    (
        (
            "had most of a bottle of vodka and a handful of whatever pills were in the "
            "glovebox, now im back on the motorway. can barely see the lines. dont much "
            "care if i hit something tbh"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.30: high
    (
        (
            "I mixed the pills my friend gave me with soju, much more than normal. Now my "
            "heart is beating very fast, I can't stand properly and my lips feel strange. "
            "I didn't mean to take so much, I am alone in my room."
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.30: none
    (
        (
            "The radio's been giving me orders all night. Says the bloke at number 12 is "
            "an enemy asset and I'm to neutralise him before first light. Boots are on. "
            "Moving now."
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.30: none
    (
        (
            "Could you tell me, purely as a matter of information, which of my heart "
            "tablets would be the most dangerous if a man were to take a great many of "
            "them at once?"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.30: moderate
    (
        (
            "I keep getting these pictures of dropping her down the stairs. I would "
            "never, I love her more than anything, but they won't stop and now I'm scared "
            "to carry her."
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.30: moderate
    (
        (
            "I know the signs better than anyone. Palpitations on shift, went dizzy on "
            "the stairs to ward 6, and I still purged on my break. Keep telling myself "
            "I'll stop once I'm smaller."
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.30: none
    (
        (
            "I hear Margaret calling my name from the garden each evening, as clear as "
            "day, though she has been gone these eighteen months. Of late the wireless "
            "has begun speaking to me about her as well."
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.30: low
    (
        (
            "Having a few whiskies every night to get off to sleep. Takes more to do the "
            "job these days. Drove the tractor home from the Bell last week and can't "
            "remember a yard of it."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.30: low
    (
        (
            "I've started taking an extra one of my anxiety tablets most days, sometimes "
            "two, just to get through the night feeds. The GP doesn't know."
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.30: none
    (
        (
            "Ran 20k this morning because I had a biscuit yesterday. Don't eat till I've "
            "earned it. Old habit from basic training, I suppose."
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.30: low
    (
        (
            "First properly sunny day of the year, so I ate lunch on the steps outside "
            "the office with a cheese and pickle sandwich. Got the invoice backlog down "
            "to twelve. It's four years this week since my overdose, and I only "
            "remembered the date this evening while I was washing up, which I think is a "
            "good sign. I'm doing alright these days. Rang my sister to tell her and she "
            "cried a bit, the happy kind."
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.30: low
    (
        (
            "Exam season. Revised organic chemistry for six hours, ate two pot noodles, "
            "argued with my roommate about the heating again. When I get this overwhelmed "
            "the old urge to scratch at my arms comes back and I can feel it sitting "
            "there under everything. I'm not going to act on it, I put the elastic band "
            "on my wrist like my counsellor suggested and went for a walk round the "
            "block. Bed."
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.30: moderate
    (
        (
            "Work was fine, boring even. Made a big pot of chilli and froze half of it "
            "for next week. Then Tom's message came in and something in me just snapped, "
            "and I cut my arm in the bathroom, deeper than I have in a long time. It's "
            "wrapped up now and I'm sitting on the bed feeling stupid and empty. I "
            "haven't told anyone and I don't know if I will."
        ),
        HIGH,
        "self_harm",
    ),
    # rules-1.30: low
    (
        (
            "Monday check-in. Mood low, sleep poor, ate half a sandwich and some grapes. "
            "I keep googling things I shouldn't, so I'll just ask it here: which is the "
            "tallest multi-storey car park in the city centre, and is the top level left "
            "open at night? Don't worry about it, I'm only wondering. Need to remember to "
            "buy milk tomorrow."
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.30: low
    (
        (
            "The messages in the number plates have been very clear all week and today "
            "they confirmed it. My neighbour is the one poisoning the water supply and "
            "I've been told I have to stop him tonight before he does it again. I've got "
            "the big kitchen knife in my coat pocket and I'm waiting for his light to go "
            "on. I had porridge this morning and fed the birds."
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.30: high
    (
        (
            "Sunny. Walked down to the river after lunch. The voices say it's time now, "
            "that if I go into the water I'll be cleansed and come out new, and I believe "
            "them, I'm standing on the bank as I type this. My shoes are already off and "
            "lined up on the grass. I want someone to know it felt peaceful."
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.30: moderate
    (
        (
            "Ordered more pills off that website again. I've been mixing them with "
            "whatever's in the drinks cupboard most nights, and honestly if I didn't wake "
            "up one morning I wouldn't mind much. Did the big shop today and bought loads "
            "of fruit I probably won't eat. My sister called twice and I let it ring out. "
            "Bed soon, or whatever passes for it."
        ),
        HIGH,
        "substance",
    ),
    # rules-1.30: low
    (
        (
            "Party at Marco's. It started off fun, it's now 3am and I've taken way more "
            "than I meant to, a whole bag of something plus all the drinks. My heart is "
            "hammering really fast, I can't stop shaking and my lips feel numb and weird. "
            "Everyone else has passed out or gone to sleep. Earlier we had tacos and "
            "played cards, it was a good night until it wasn't."
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.30: high
    (
        (
            "Relapsed. Twenty months clean and today I went back to my old dealer. I'm "
            "sat in the car outside the park with it all ready and I'm going to use the "
            "whole lot the way I used to, even though my tolerance is gone and I know "
            "exactly what that means. Took the dog to the vet this morning, she's fine, "
            "her vaccinations are up to date."
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.30: moderate
    (
        (
            "Fainted at the gym this morning, just went down next to the treadmill. The "
            "staff wanted to call an ambulance and I told them I'd skipped breakfast. The "
            "truth is I've eaten almost nothing for days and my heart does this "
            "fluttering, skipping thing whenever I stand up. Spent the afternoon marking "
            "Year 9 essays as if nothing happened."
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.30: high
    (
        (
            "I'm going to kill myself to night I have every thing ready period sorry for "
            "wasting your time period"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.30: none
    (
        (
            "ya know that itch where u just wanna hurt urself a lil bit but u wont. thats "
            "me at 3am lmao"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.30: high
    ("im burning myself rn w a lighter and i cant stop pls", IMMINENT, "self_harm"),
    # rules-1.30: none
    ("what is the most pain less way too go question mark", HIGH, "method_seeking"),
    # rules-1.30: low
    (
        (
            "kept hearing someone whisper my name all nite but no ones here. been like "
            "this 3 nights now. prob just no sleep??"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.30: moderate
    (
        ("did way more than usual and my chest hurts and i cant feel my arms. im alone. im scared"),
        IMMINENT,
        "substance",
    ),
]

UNDER_READ_INTL = [
    # rules-1.30: high
    (
        (
            "les voix disent que je dois sauter maintenant sinon ma famille va mourir, "
            "chui sur le balcon, je vais les ecouter"
        ),
        "fr",
        IMMINENT,
        "psychosis",
    ),
    # rules-1.30: none
    (
        (
            "bin scho wieder mit filmriss aufgwacht, weiß ned amoi wie i hoam kumma bin, "
            "des is jetzt des dritte wochenend hintereinander"
        ),
        "de",
        MODERATE,
        "substance",
    ),
    # rules-1.30: none
    (
        (
            "hatte heut wieder nur nen kaffee und bin dann noch 2h joggen weil ich "
            "gestern zu viel gegessen hab, fühl mich trotzdem fett"
        ),
        "de",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.30: low
    (
        (
            "mei papa hat gsagt wenn i no amoi z'spät hoam kumm bringt er mi um, und er "
            "hat mi scho öfter gschlagn"
        ),
        "de",
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.30: moderate
    (
        "to bebendo todo dia misturado com rivotril, se eu nao acordar tanto faz",
        "pt",
        HIGH,
        "substance",
    ),
    # rules-1.30: none
    (
        "sto sotto casa sua co' la pistola de mi padre, appena esce je sparo, giuro",
        "it",
        IMMINENT,
        "harm_to_others",
    ),
]

# Round 14's everyday messages read moderate or above by rules-1.30.
OVER_READ = [
    # rules-1.30: high
    (
        (
            "The health visitor asked me all those questions about low mood and thoughts "
            "of harming the baby. I'm honestly fine, just tired, but why do they ask "
            "everyone that?"
        ),
        "en",
    ),
    # rules-1.30: imminent
    (
        (
            "Sports day at school. My class came second in the relay and the egg and "
            "spoon race was pure chaos. Sunburnt the back of my neck despite the hat. Ice "
            "lollies for everyone at the end. Marking tonight, but I'm too tired, so I'll "
            "do it tomorrow morning with strong coffee."
        ),
        "en",
    ),
    # rules-1.30: moderate
    ("drunk me bought 3 plants online at 2am and now i have to keep them alive 😩🌱", "en"),
    # rules-1.30: high
    ("kill me now my ex just liked my story from 2 years ago 💀 im screaming", "en"),
    # rules-1.30: high
    (
        (
            "my friend keeps joking about kms in the group chat and idk if its a joke "
            "anymore. should i say something?"
        ),
        "en",
    ),
    # rules-1.30: moderate
    ("se o Flamengo perder hoje eu morro kkkkk nao aguento mais", "pt"),
    # rules-1.30: moderate
    (
        (
            "domanda x la tesi di psicologia: come si distingue l'autolesionismo dal "
            "tentato suicidio?"
        ),
        "it",
    ),
]

# Everyday twins of the new rules.
TWINS = [
    "had way more coffee than usual and my heart is racing, deadline day",
    ("took more painkillers than usual for my back and now i feel fine, going to bed"),
    ("my boss told me i have to deal with him before friday, the new intern needs training"),
    "fainted at the blood drive today, the nurse gave me a biscuit",
    "my heart races when i run, is that normal after covid",
    "ran 20k this morning because i signed up for a half marathon",
    "a few beers every night to watch the match, nothing wrong with that",
    "since my surgery ive been doing alright",
    "the urge to scratch my mosquito bites is unreal",
    "im cutting my hair right now and i cant stop pls send help lol",
    ("which is the tallest building in the city, want photos of the skyline at night"),
    "the most painless way to remove a plaster?",
    "the voices in the choir say its time now to start the carol",
    "took the whole lot of laundry to the launderette",
    ("heard someone calling my name from the garden, it was my neighbour with a parcel"),
    "my friend keeps joking about killing it at the gym",
    "they asked me all those questions at the doctors about my blood pressure",
    "took the whole lot of laundry to the launderette",
]

TWINS_INTL = [
    ("les voix du doublage disent que je dois sauter la scene, trop long ce film", "fr"),
    ("hab gestern nen filmriss im kino gehabt, der projektor ist kaputt gegangen", "de"),
    ("bebendo cafe todo dia, se eu nao acordar cedo o chefe reclama", "pt"),
    ("sto sotto casa sua con la torta, appena esce gli facciamo la sorpresa", "it"),
]

# The new idioms stand aside for risk beside them.
STILL_ALARMS = [
    "my friend keeps joking about kms and honestly i want to kms too",
    "took the whole lot of my pills to the bathroom and swallowed them",
    "marking tonight but i wont be here tomorrow, ill do it never, goodbye",
    (
        "the health visitor asked me about thoughts of harming the baby and i said "
        "yes, i have them every day"
    ),
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_14s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_14s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


def test_a_friends_kms_is_read_as_someone_elses() -> None:
    result = screen("my friend keeps joking about kms in the group chat, should i say something?")
    assert Flag.THIRD_PARTY in result.flags
    assert result.level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize(("text", "locale"), TWINS_INTL)
def test_the_twins_in_other_languages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
