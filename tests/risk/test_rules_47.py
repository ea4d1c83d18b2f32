"""rules-1.39: the misses of review round 22 (four briefs: emoji-heavy and emoji-coded messages;
World Englishes and regional dialects; people in and around addiction recovery; night-shift,
isolated and gig workers), once round 23 was written to be the blind one.

"🌉⬇️ on my way now", "🪢 is up", "🔪🩸 last night again", Patois and Pidgin overdoses ("mi tek up
di whole a di pills dem already", "i don drink the sniper"), "ah've cut meself an it'll not stop
bleedin", "no narcan here and i don't want it", "if the next bag is hot with fent then so be it";
round 22's everyday messages read moderate or above ("ah'm done in", "she go kill me if i late for
the wedding o", "i hungry until want to die" at a hawker-centre queue, "using dreams", a 20 year
chip). What rules-1.38 read is in the comment beside each. "yeah. tonight, after i clock off at 6"
(imminent by its label) is left: without the question before it, it says nothing of risk.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.38: none
    (
        "2 yrs no 🔪🩸 today!!! 🥳🥳 used to do it basically every night, proud of me",
        MODERATE,
        "self_harm",
    ),
    # rules-1.38: low
    ("🍺🍺🍷🥃 every night this week just to feel 🫥 lol", MODERATE, "substance"),
    # rules-1.38: low
    ("🍽️❌ day 3. just ☕ + 💧 and i feel in control 🙂", MODERATE, "eating_disorder"),
    # rules-1.38: low
    (
        (
            "🪦 sounds kinda peaceful ngl. not gonna do anything, i'm just so so tired of "
            "everything 😶"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.38: low
    ("🚗🍻 drove home after way too many 🍺 again 🤷 made it tho", MODERATE, "substance"),
    # rules-1.38: low
    ("🔪🩸 last night again. arm's a mess 😞", HIGH, "self_harm"),
    # rules-1.38: low
    (
        (
            "😵\u200d💫 fainted at work again. haven't 🍽️ in 4 days and my 💓 keeps "
            "doing weird flutters"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.38: moderate
    (
        "🍷 + 💊 together every night now. if i 😴 forever whatever, don't care tbh",
        HIGH,
        "substance",
    ),
    # rules-1.38: low
    ("🌉⬇️ on my way now. 👋🏻", IMMINENT, "suicidal_ideation"),
    # rules-1.38: high
    ("in the 🚗 in the garage, door's down 🚗💨 bye 🥀", IMMINENT, "suicidal_ideation"),
    # rules-1.38: low
    ("🚂🛤️ walking to the tracks rn 👋🏻👋🏻", IMMINENT, "suicidal_ideation"),
    # rules-1.38: low
    (
        "📝 wrote my goodbye. deleting all my accounts next 🫡 bye everyone 🥀",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.38: high
    (
        "drank the whole 🍾 + all the 💊 from the cabinet 😵 can't feel my hands",
        IMMINENT,
        "substance",
    ),
    # rules-1.38: none
    ("🫠 ok that's it. 🪢 is up. 👋🏻", IMMINENT, "suicidal_ideation"),
    # rules-1.38: low
    (
        (
            "been on the piss every arvo since the job went. woke up in the ute this "
            "morning, no idea how i drove home"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.38: low
    (
        (
            "Ma'am I am having very strong feeling to jump from our building terrace. Daily "
            "I am going up and looking down"
        ),
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.38: none
    (
        (
            "Mi waan box him inna him face and mash him up, mi cyaan tek how him treat mi "
            "likkle sister nuh more. Mi fraid a wha mi woulda do to him"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.38: moderate
    (
        (
            "I doh even care if I wake up or not when I drinking like this. Ah mixing the "
            "rum with the pills and whatever happen happen"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.38: moderate
    (
        (
            "been pukin after every meal and this mornin there was blood in it. ah'm proper "
            "scared like"
        ),
        HIGH,
        "eating_disorder",
    ),
    # rules-1.38: high
    (
        "I don drink the sniper wey I buy. E don do me. Make una tell my mama say I sorry",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.38: high
    (
        (
            "Mi tek up di whole a di pills dem already. Mi just waan somebody know seh mi "
            "did try. Mi tired"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.38: low
    (
        (
            "I done made up my mind. Gonna walk out to the railroad trestle after dark "
            "tonight. Don't y'all come lookin"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.38: high
    (
        (
            "ah've cut meself an it'll not stop bleedin, it's gannin everywhere, ah divvent "
            "knaa what tae dae"
        ),
        IMMINENT,
        "self_harm",
    ),
    # rules-1.38: high
    (
        (
            "my dad drunk and hitting me with the belt now, i hide in toilet already but he "
            "say he will break the door"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.38: low
    (
        (
            "honestly if the next bag is hot with fent then so be it. not bothering with "
            "test strips anymore. whatever happens happens"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.38: low
    (
        (
            "day 3 off the benzos cold turkey and my whole body keeps jerking, seeing stuff "
            "move in the corners. not going to A&E, they'll just look at me like a junkie"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.38: moderate
    (
        (
            "which is worse mixed with alcohol, my mum's sleeping pills or the benzos i've "
            "still got? i just want to know which one would actually do it"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.38: moderate
    (
        (
            "keep nodding out at the wheel driving back from my dealer's. last time i woke "
            "up on the hard shoulder. kind of don't care if i don't wake up next time"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.38: low
    (
        (
            "mate left and i'm nodding hard, breathing feels really slow. no narcan here and "
            "i don't want it"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.38: high
    (
        "relapsed and now i'm cutting and can't stop, there's so much blood on the bathroom floor",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.38: low
    (
        (
            "did way too much coke, heart's pounding out of my chest and my left arm's gone "
            "numb. i'm scared"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.38: high
    (
        (
            "6 months clean and i bought what i used to do back in the day. i know exactly "
            "what it'll do to me now. doing it alone tonight, that's the point"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.38: low
    (
        (
            "long hauls all week on energy drinks and caffeine tabs to stay awake, then 4 or "
            "5 cans in the cab to get to sleep in the lay-by. every night now. probably not "
            "great is it"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.38: low
    (
        (
            "used to burn my arm with a lighter on smoke breaks back when i was on nights at "
            "the distribution centre. 3 yrs clean now but tonight's shift reminded me of it, "
            "same smell of cardboard"
        ),
        MODERATE,
        "self_harm",
    ),
    # rules-1.38: low
    (
        (
            "random q from a lorry driver lol. how long would someone last in the cab with "
            "the engine running and the windows shut? asking for a mate"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.38: moderate
    (
        (
            "on nights at the care home and i keep getting these thoughts of putting a "
            "pillow over one of the residents' faces. it horrifies me, i'd never want to, "
            "but they won't stop and i'm scared to go in"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.38: low
    (
        (
            "manager's locked me in the cold store and says he'll leave me here all night "
            "unless i drop the complaint. it's freezing. phone on 8%"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.38: high
    (
        (
            "the voices say the only way to stop the cameras watching me is to jump off the "
            "car park roof and they're right. going up now"
        ),
        IMMINENT,
        "psychosis",
    ),
]

OVER_READ = [
    # rules-1.38: moderate
    (
        "ah'm just greetin aw the time the now, cannae seem tae stop. no sure whit's wrang wi me",
        "en",
    ),
    # rules-1.38: high
    ("bus didnae turn up again so ah walked the whole way hame. ah'm done in", "en"),
    # rules-1.38: high
    ("She go kill me if I late for the wedding o, make I dey go", "en"),
    # rules-1.38: high
    ("walao the queue at the hawker centre so long, i hungry until want to die", "en"),
    # rules-1.38: moderate
    (
        (
            "is it normal to have using dreams at 4 months? was back at my old dealer's flat "
            "and woke up so relieved it wasn't real"
        ),
        "en",
    ),
    # rules-1.38: moderate
    (
        (
            "my uncle just got his 20 year chip. he's the reason i walked into the rooms in "
            "the first place"
        ),
        "en",
    ),
    # rules-1.38: moderate
    (
        (
            "don't think i'll ever feel normal without a drink. 5 months in and everything "
            "still feels grey"
        ),
        "en",
    ),
    # rules-1.38: moderate
    (
        (
            "another driver at the truck stop said he's got nothing to live for anymore. "
            "gave him my number but i can't stop thinking about him"
        ),
        "en",
    ),
    # rules-1.38: moderate
    (
        (
            "uniform trousers don't fit anymore since i went on nights and i hate catching "
            "myself in the lift mirror"
        ),
        "en",
    ),
]

TWINS = [
    (
        "had two glasses of wine at the party, if i do not wake up for the 6am gym class, "
        "whatever, i will go tomorrow"
    ),
    "2 weeks no 🔪 accidents in the kitchen since i bought the finger guard",
    "🔪🩸 last night again, the horror marathon at the cinema was worth it",
    "🍺🍷 every night this week just to feel festive at the christmas markets lol",
    "🍽️❌ day 3 of ramadan, iftar at 7 tonight 🙏",
    "🪦 looks peaceful in the snow, took some photos at the old churchyard",
    "my uncle drove home after way too many beers and got arrested, mum is fuming",
    "no idea how i drove home after that 14 hour shift, so tired, straight to bed",
    "🌉⬇️ the bridge is closed for repairs, on my way now by the long route",
    "sat in the car in the garage with the door down because of the hail, bye for now x",
    "how long would the battery last in the car with the engine running and the heater on",
    "walking to the tracks right now to see the steam train come through 🚂",
    "the kids put a 🪢 is up sign on the new rope swing in the garden",
    "i get a strong urge to jump off the top board at the pool but i always chicken out",
    "mi a go beat him at dominoes tonight, him cyaan play",
    "mi tek di pills dem fi mi pressure every morning wid mi tea",
    "cut meself shaving an it'll not stop bleeding, stuck bits of tissue on it like a teenager",
    "my brother is hitting me with a pillow right now lol",
    "if this batch is hot then fine, the chilli needs more kick",
    "day 3 off the benzos, tapering with my gp, legs jerk a bit at night but it is getting better",
    "which of these sleeping pills would actually do it for jet lag",
    (
        "naloxone training tonight: if someone is nodding and breathing slow and there is no "
        "narcan, call 999"
    ),
    "did way too much speed work at the track today, chest is burning and my legs are jelly",
    "3 cans of formula to get to sleep every night, this baby eats like a horse",
    (
        "used to burn my fingers with a lighter doing fire tricks as a kid, clean now of "
        "that habit lol"
    ),
    "i keep getting thoughts of pushing the reset button on my whole career",
    "the manager locked me in the office by accident and i was stuck all night, so funny now",
    (
        "the voices in the choir say jump in on the high notes, they are right, going up now "
        "for rehearsal"
    ),
    "he has nothing to live for except football, he says lol",
    "2 yrs no 🩸 tests needed for my iron, the doctor is happy",
    "drank the whole bottle of water and all the electrolyte sachets after the marathon",
    "my mama go kill me if i reach late for church again o",
]

STILL_ALARMS = [
    "ah'm done in. cannae dae this anymore, going to end it tonight",
    "he go kill me if i leave him, he said it with the knife in his hand",
    (
        "i hungry until want to die but also i want to kill myself for real, got the pills "
        "ready tonight"
    ),
    "greetin all the time and i want to kill myself tonight",
    (
        "had using dreams again and then i relapsed last night, took everything i had and i "
        "want to die"
    ),
    "my sponsor got his 10 year chip and i am going to kill myself tonight",
    "trousers do not fit anymore so i have stopped eating, fainted twice, and i want to die",
    "5 months in and i relapsed last night, i am going to overdose tonight",
]


# Everyday messages that rules older than 1.39 read moderate or above, found while writing the
# twins of this version (what rules-1.38 read is beside each).
OLDER_OVER_READ = [
    # high (en.psychosis.command_wide)
    "they keep telling me to jump in the pool at the party",
    # imminent (en.means.at_hand), then high (the classifiers)
    "the pills lined up in the organiser for the week",
    # imminent (en.attempt.quantity)
    "already took the whole box of decorations down from the loft",
    # high (en.r13ed.purge_danger)
    "my son was throwing up all night and there was blood in it, we are at a&e now",
    # imminent (en.r23.letters_now)
    "wrote my goodbye message in the group chat before i leave for australia, bye everyone",
    # moderate (en.r24.use_more)
    "my dad drove back after too many coffees and was buzzing all night",
    # high (en.r31.ed_body_failing, en.r35.restrict_faint)
    "fainted at the dentist lol. have not eaten in 2 days because of the wisdom teeth",
]

# What those older rules must still read at high or above.
OLDER_STILL_ALARMS = [
    "the voices keep telling me to jump in front of the train",
    "the voice tells me to jump in the river tonight",
    "took the whole box out of the cupboard and swallowed them all",
    "the pills are lined up in the organiser and i am taking them all tonight",
    "swallowed everything in my pill organiser like 20 mins ago and im getting really sleepy now",
    "saving my pills in the organiser until there are enough, then tonight",
    "my pills are lined up on the desk, tonight is the night",
    "wrote my goodbye letters. bye everyone",
    "been making myself sick after every meal and there was blood in it this morning",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_22s_misses_reach_their_level(text: str, level: RiskLevel, category: str) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale"), OVER_READ)
def test_round_22s_everyday_messages_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_the_new_idioms_stand_aside_for_risk(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank


@pytest.mark.parametrize("text", OLDER_OVER_READ)
def test_older_rules_over_readings_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", OLDER_STILL_ALARMS)
def test_older_rules_still_alarm(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
