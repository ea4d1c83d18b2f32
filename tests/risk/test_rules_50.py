"""rules-1.42: the misses of review round 25 (four briefs: sleep; heartbreak; the body and
appearance; being watched, followed and harassed), once round 26 was written to be the blind one.

"they keep whispering from the wardrobe that i have to hurt the baby ... i'm walking to her room",
"took my nans sleeping tabs. room is spinning. dont call anyone", "what amount of sleepers means
you just don't wake up?", "texting him one last time before i do it", "wont be here when he
finally texts back", "gave away all my clothes today, i won't be needing any size after
saturday", "she's coming at me with scissors", an airtag in the wheel arch, nudes threatened, "if i
report him he 'knows where i live'", "my ex just climbed over the back fence and he's trying the
patio door handle", "a man's been following me since the bus stop ... standing at the door"; round
25's everyday messages read moderate or above (sleep paralysis, "that song about wanting to sleep
forever", "im the ghost", "no wonder he left", a friend's words texted in single quotes). What
rules-1.41 read is in the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import (
    reach_their_level,
    reach_their_level_in,
    stay_below_moderate,
    still_alarm,
)

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.41: moderate
    (
        (
            "they keep whispering from the wardrobe that i have to hurt the baby before the sun "
            "comes up. i'm walking to her room"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.41: moderate
    (
        (
            "drank till i couldnt feel anything then took my nans sleeping tabs. room is "
            "spinning. dont call anyone"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.41: none
    (
        "what amount of sleepers means you just don't wake up? asking for a friend lol",
        HIGH,
        "method_seeking",
    ),
    # rules-1.41: none
    (
        (
            "does melatonin do anything if you take the whole bottle or does it just make you "
            "sick. not planning anything just curious 🙂"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.41: low
    (
        (
            "my husband said if i wake him up with my nightmares again he'll put a pillow over "
            "my face and he wasn't joking. he's done worse"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.41: moderate
    (
        (
            "been mixing my sleeping pills with drink every night. if i don't wake up one "
            "morning i honestly don't care"
        ),
        HIGH,
        "substance",
    ),
    # rules-1.41: none
    (
        (
            "what's the strongest sleeping pill you can get over the counter that would knock "
            "someone out permanently"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.41: low
    (
        (
            "last time someone left me like this i ended up in hospital after an attempt. im ok "
            "now, it just feels really familiar"
        ),
        MODERATE,
        "suicidal_ideation",
    ),
    # rules-1.41: low
    (
        (
            "since we split every song on the radio is her talking to me. its not a coincidence, "
            "she's sending me messages"
        ),
        MODERATE,
        "psychosis",
    ),
    # rules-1.41: moderate
    (
        "sewerslide looking real good rn ngl, she unmatched me after 3 months of talking every day",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.41: high
    ("texting him one last time before i do it", IMMINENT, "suicidal_ideation"),
    # rules-1.41: moderate
    (
        (
            "deleted all the apps, changed my bio to goodbye 🖤 wont be here when he finally "
            "texts back"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.41: low
    (
        (
            "skipping lunch every day this week so the dress zips for the wedding, only letting "
            "myself eat after 7"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.41: none
    (
        (
            "had a slice of birthday cake at work so i did 2 hrs on the treadmill to burn it "
            "off. i do that every time now"
        ),
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.41: none
    (
        "threw up after the buffet last night, felt so gross in that dress",
        MODERATE,
        "eating_disorder",
    ),
    # rules-1.41: none
    (
        (
            "started a cycle i got off a guy at the gym, no bloodwork, no doctor, i just need to "
            "get bigger"
        ),
        MODERATE,
        "substance",
    ),
    # rules-1.41: none
    ("ripped out a handful of my hair tonight to punish myself for eating", HIGH, "self_harm"),
    # rules-1.41: low
    (
        (
            "how many of those gym fat burners would it take to stop someone's heart? asking for "
            "a friend lol"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.41: low
    (
        (
            "which cosmetic surgery has the highest chance of not waking up from the "
            "anaesthetic? not for me just curious"
        ),
        HIGH,
        "method_seeking",
    ),
    # rules-1.41: moderate
    (
        (
            "i keep picturing hurting the girl who posted my unfiltered pic, i want her face to "
            "look as wrecked as mine"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.41: moderate
    ("the voice in the mirror keeps telling me to cut the fat off myself", HIGH, "psychosis"),
    # rules-1.41: none
    (
        "deleted every photo of me and wrote the letters. i won't be here for the surgery results",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.41: high
    (
        (
            "i'm up somewhere high right now and i'm not coming back down. can't live in this "
            "body one more day"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.41: high
    (
        "took my sleeping tablets and the laxatives together, i want all of it gone, me included",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.41: high
    (
        "gave away all my clothes today, i won't be needing any size after saturday",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.41: high
    (
        "going to cut my face up right now so nobody ever has to look at it again",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.41: high
    (
        (
            "she's coming at me with scissors saying she'll fix my ugly face herself, i've "
            "locked myself in the bathroom"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.41: high
    (
        (
            "the reflection says i have to peel my skin off to be clean and i'm doing what it "
            "says right now"
        ),
        IMMINENT,
        "psychosis",
    ),
    # rules-1.41: moderate
    (
        (
            "found an airtag taped inside my wheel arch. the only person who knows what car i "
            "drive now is my ex"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.41: low
    (
        (
            "my ex says if i dont get back with him by friday he's sending my nudes to my dad "
            "and my boss"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.41: moderate
    (
        (
            "shift manager grabbed my wrist in the stockroom again today and said nobody would "
            "believe me if i went to hr"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.41: low
    (
        (
            "he's messaging my friends pretending to be me, last week he turned up at my gym and "
            "today he sent a pic of my front door. no caption"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.41: moderate
    (
        (
            "a guy at work told me if i report him he 'knows where i live'. i'm scared to go "
            "back on monday"
        ),
        HIGH,
        "abuse_or_violence",
    ),
    # rules-1.41: none
    (
        "my ex just climbed over the back fence and he's trying the patio door handle",
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.41: low
    (
        (
            "everyone's seen the video now. i've decided, tonight after my flatmate goes to bed. "
            "i've got what i need"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.41: moderate
    (
        (
            "took way more of my sleeping tablets than i should about 20 min ago, room's "
            "spinning. just wanted one night without thinking about him"
        ),
        IMMINENT,
        "substance",
    ),
    # rules-1.41: low
    (
        (
            "the guy who's been messaging me is IN my building, he's buzzing my flat over and "
            "over saying he can see my light on"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.41: low
    (
        (
            "my boss locked the office door and won't let me out, keeps saying i'm not going "
            "anywhere til we 'talk'"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
    # rules-1.41: low
    (
        (
            "a man's been following me since the bus stop, i ducked into a bakery and he's just "
            "standing at the door waiting for me"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
]

UNDER_READ_INTL = [
    # rules-1.41: none
    (
        (
            "ich trink mich vor jeder party zu, weil ich mich sonst nicht fotografieren lassen "
            "kann. letzten samstag totaler filmriss"
        ),
        "de",
        MODERATE,
        "substance",
    ),
    # rules-1.41: moderate
    (
        (
            "meu ex instalou alguma coisa no meu celular, ele sabe cada lugar que eu vou e me "
            "manda print da minha localização pra provar"
        ),
        "pt",
        HIGH,
        "abuse_or_violence",
    ),
]

OVER_READ = [
    # rules-1.41: moderate
    (
        (
            "had sleep paralysis again, the classic shadow in the corner thing. knew what it was "
            "this time so i just waited it out"
        ),
        "en",
    ),
    # rules-1.41: moderate
    (
        (
            "that song about wanting to sleep forever has been stuck in my head all day, the "
            "chorus is so catchy"
        ),
        "en",
    ),
    # rules-1.41: moderate
    ("got ghosted so hard im starting to think im the ghost 👻", "en"),
    # rules-1.41: moderate
    (
        (
            "my friends bf dumped her and she texted me 'i dont want to be here anymore'. im "
            "scared, what do i say to her"
        ),
        "en",
    ),
    # rules-1.41: moderate
    ("looked in the mirror and all i could think was no wonder he left, i look disgusting", "en"),
    # rules-1.41: moderate
    (
        (
            "ghosted after 6 months. i check my phone every 5 minutes and i hate myself for "
            "still caring"
        ),
        "en",
    ),
    # rules-1.41: high
    (
        (
            "comment on bloque quelqu'un sur whatsapp sans qu'il le sache ? c'est un vendeur qui "
            "m'écrit tous les jours"
        ),
        "fr",
    ),
    # rules-1.41: moderate
    (
        "randoms in the comments keep calling me fat and now i hate catching myself in the mirror",
        "en",
    ),
]

TWINS = [
    "took my vitamin tablets about 20 min ago and now i feel way more awake",
    "how many melatonin gummies so i don't wake up groggy?",
    "that boxer could knock someone out for good with one punch",
    "my nan said she will smother me with kisses when i land",
    "the suicide squad trailer is looking really good",
    "deleted all the apps for a digital detox, won't be here when he texts back lol",
    "ended up in a&e after an attempt at a backflip on the trampoline",
    "every song on the radio feels like her talking to me since we split",
    "only letting myself eat after sunset this month, it is ramadan",
    "took the puppy to the park to burn it off, i do that every time he has zoomies",
    "threw up after the buffet, felt so gross, must have been food poisoning",
    "started a cycle class at the gym with no doctor's note needed",
    "pulled out a handful of my hair in the shower, is that normal after having a baby?",
    "which alarm gives you the best chance of not waking up groggy",
    "my hairdresser is coming at me with scissors and i said only a trim",
    "found an airtag in my bag, forgot i put it there for the holiday",
    "the courier sent a pic of my front door again, parcel delivered",
    "my ex climbed over the fence to get the cat back, he is trying the door handle",
    "my mate is buzzing my flat saying he can see my light on, i forgot we were going to the pub",
    "my little brother locked the bathroom door and won't let me out lol",
    (
        "a dog has been following me since the bus stop and he is just standing at the door "
        "waiting for me"
    ),
    "had sleep paralysis last night, scary but i know it is harmless",
    "got ghosted again, maybe i am the ghost lol",
    "no wonder he left, i have been so grumpy lately",
    "i hate myself for still checking his instagram",
    "i hate seeing myself in the mirror after a haircut, give it a week",
]

TWINS_INTL = [
    ("der alte film hatte einen totalen filmriss im kino", "de"),
    ("meu marido instalou um app no meu celular pra controlar os gastos, eu pedi", "pt"),
]

STILL_ALARMS = [
    "had sleep paralysis again and the voices told me to kill myself tonight",
    "that song about wanting to sleep forever is literally me, i want to die",
    "got ghosted so hard im the ghost now, i am going to kill myself tonight",
    "no wonder he left, i look disgusting, i have not eaten in 4 days and i want to die",
    "i hate myself for still caring and i am going to kill myself tonight",
    "i hate catching myself in the mirror so i stopped eating and i want to die",
]


# Older rules' everyday readings, found while writing twins (what rules-1.41 read beside each).
OLDER_OVER_READ = [
    # en.method.howmany: high
    "how much melatonin should i take so i do not wake up at 4am every night?",
    # en.method.disguised: high
    "how much exercise does it take to stop your heart racing when you are anxious",
    # en.sh.intent: high
    "about to burn my arms right now on the sunbed, forgot the cream",
    # en.r23.image_abuse: high
    "she said she will post the private photos from the wedding once the couple approve",
    # en.r35.pictured_ramming: moderate
    "i keep picturing smashing the final boss in that game, i want him to suffer",
]

OLDER_STILL_ALARMS = [
    ("how much melatonin would it take so i do not wake up", HIGH),
    ("how many of my pills would it take to stop my heart", HIGH),
    ("just curious how much paracetamol does it take to stop your heart", HIGH),
    ("i am about to burn my arms with a lighter right now", HIGH),
    ("he said he will post my private photos if i leave him", HIGH),
    ("the voice in my head keeps telling me to cut myself", HIGH),
    ("i keep picturing ramming the guy who cut me up", MODERATE),
]


test_round_25s_misses_reach_their_level = reach_their_level(UNDER_READ)


test_the_same_in_other_languages = reach_their_level_in(UNDER_READ_INTL)


test_round_25s_everyday_messages_stay_below_moderate = stay_below_moderate(OVER_READ)


def test_a_friends_words_texted_in_single_quotes_are_hers() -> None:
    text = "my friend texted me 'i dont want to be here anymore'. what do i say to her"
    result = screen(text)
    assert result.level.rank < MODERATE.rank
    assert "third_party" in result.flags


test_the_new_rules_twins_stay_below_moderate = stay_below_moderate(TWINS)


test_their_twins_in_other_languages_stay_below_moderate = stay_below_moderate(TWINS_INTL)


test_the_new_idioms_stand_aside_for_risk = still_alarm(STILL_ALARMS)


test_older_rules_no_longer_over_read_these = stay_below_moderate(OLDER_OVER_READ)


@pytest.mark.parametrize(("text", "level"), OLDER_STILL_ALARMS)
def test_the_older_rules_still_alarm(text: str, level: RiskLevel) -> None:
    assert screen(text).level.rank >= level.rank
