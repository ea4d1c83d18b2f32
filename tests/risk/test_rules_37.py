"""rules-1.29: the gravest misses of review round 12, once round 13 was written to be the blind one.

A cut that will not stop bleeding, an expiry date shared with one's own ("and so do i"), a crash
made to look like sleep at the wheel for the payout, "the last fare of my life", a letter "then
thats it", the same spot someone died on their date, "putting her in hospital", "if i stop mid
message ring 999"; and in Spanish, Portuguese and German an attempt or violence happening now;
"gun to my head" as "for the life of me", and blood after a tooth out. What rules-1.28 read is in
the comment beside each.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from risk.rule_checks import assert_at_least

IMMINENT, HIGH, MODERATE = RiskLevel.IMMINENT, RiskLevel.HIGH, RiskLevel.MODERATE

UNDER_READ = [
    # rules-1.28: high
    (
        (
            "went deeper than i meant to and it wont stop, theres a lot on the bathroom "
            "floor and im kinda dizzy but i dont want to call anyone"
        ),
        IMMINENT,
        "self_harm",
    ),
    ("cut my arm again and the bleeding wont stop", IMMINENT, "self_harm"),
    ("used the razor, its everywhere and im getting light headed", IMMINENT, "self_harm"),
    # rules-1.28: none
    (
        "cancelled therapy, cancelled the gym, phone contract runs out friday and so do i",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.28: low
    (
        (
            "taking the rig off the road at the big bend tonight, make it look like i "
            "nodded off so the kids still get the payout"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    (
        "make it look like i fell asleep at the wheel so the family gets the insurance",
        HIGH,
        "suicidal_ideation",
    ),
    # rules-1.28: low
    (
        (
            "last fare of my life just dropped off. parked up at the lookout, engine off, "
            "phone on 4%. tell my daughter the car is paid off"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.28: none
    (
        (
            "polished my boots and laid out my medals, seemed right to go out squared "
            "away. writing to my old section now then thats it"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.28: low
    (
        (
            "a year today since jamie. going to the same spot he did, tonight, so we "
            "share a date. youre the only one ive told"
        ),
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.28: none
    (
        (
            "bout starts in 20. the girl who outed me is jamming for the other team and "
            "im putting her in hospital, properly, not a penalty thing"
        ),
        HIGH,
        "harm_to_others",
    ),
    # rules-1.28: moderate
    (
        (
            "he found the phone i hid in the freezer bag. hes smashing the hall lock. if "
            "i stop mid message ring 999, address is in my profile"
        ),
        IMMINENT,
        "abuse_or_violence",
    ),
]

UNDER_READ_INTL = [
    # rules-1.28: low
    (
        ("ya empece con la cuchilla y sale muchisima sangre, no consigo parar y me estoy mareando"),
        "es",
        IMMINENT,
        "self_harm",
    ),
    # rules-1.28: low
    (
        (
            "misturei tudo q tinha no armario com cachaça faz uns 20 min, ta tudo "
            "girando, acho q exagerei de proposito"
        ),
        "pt",
        IMMINENT,
        "suicidal_ideation",
    ),
    # rules-1.28: low
    (
        (
            "mein vater schlägt grad meine mutter im wohnzimmer und ich glaub ich bin als "
            "nächstes dran, bin im schrank"
        ),
        "de",
        IMMINENT,
        "abuse_or_violence",
    ),
]

TWINS = [
    ("cut my finger chopping onions and it wont stop bleeding", "en"),
    ("cut myself shaving and it wont stop lol", "en"),
    ("my lease ends friday and so does my patience", "en"),
    ("the sale ends sunday and so do i, back to work monday", "en"),
    ("my contract ends friday and so do i lol", "en"),
    (
        "the lorry driver tried to make it look like he fell asleep to get the insurance "
        "payout, the news said",
        "en",
    ),
    ("how do insurance companies decide if a crash was an accident, asking for my job", "en"),
    ("the last day of my life as a single man, bye bachelor life, wedding tomorrow", "en"),
    ("last shift of my life at this place, bye everyone, moving to spain tomorrow", "en"),
    ("writing my cover letter now then thats it for today", "en"),
    ("texting mum now then thats me done for the night, knackered", "en"),
    (
        "going to the same spot he did for our anniversary tonight, the restaurant by the river",
        "en",
    ),
    ("were putting grandad in hospital for his hip op tomorrow", "en"),
    ("if i stop replying call 999 lol im climbing the big hill today", "en"),
    ("me corte cocinando cebolla y no para de sangrar", "es"),
    ("tomei todos os remedios da semana certinho, de proposito deixei o domingo", "pt"),
    ("im film schlägt er sie gerade und sie versteckt sich im schrank", "de"),
]


# Everyday messages of round 12 read as alarms by rules-1.28 (imminent, as means at hand).
OVER_READ = [
    "gun to my head i couldnt tell you what i had for lunch yesterday",
    "if you put a gun to my head i still couldnt pick a favourite",
    "had my wisdom teeth out and theres blood everywhere, is that normal for day one",
]

# The idiom stands aside for a gun held, risk words, or a time.
STILL_ALARMS = [
    "gun to my head right now, its loaded",
    "holding the gun to my head and i cant stop shaking",
    "gun to my head and i cant do it",
    "gun to my head i could not tell you why, i just want it over",
    "gun to my head i couldnt tell you why im still here",
    "cut my wrist and theres blood everywhere",
]


@pytest.mark.parametrize(("text", "level", "category"), UNDER_READ)
def test_round_12s_gravest_misses_reach_their_level(
    text: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category)


@pytest.mark.parametrize(("text", "locale", "level", "category"), UNDER_READ_INTL)
def test_the_same_in_other_languages(
    text: str, locale: str, level: RiskLevel, category: str
) -> None:
    assert_at_least(text, level, category, locale)


@pytest.mark.parametrize(("text", "locale"), TWINS)
def test_the_new_rules_twins_stay_below_moderate(text: str, locale: str) -> None:
    assert screen(text, locale=locale).level.rank < MODERATE.rank


@pytest.mark.parametrize("text", OVER_READ)
def test_round_12s_everyday_alarms_stay_below_high(text: str) -> None:
    assert screen(text).level.rank < HIGH.rank


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_a_gun_held_or_blood_from_a_cut_still_alarms(text: str) -> None:
    assert screen(text).level.rank >= HIGH.rank
