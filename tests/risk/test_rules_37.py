"""rules-1.29: the gravest misses of review round 12, once round 13 was written to be the blind one.

A cut that will not stop bleeding, an expiry date shared with one's own ("and so do i"), a crash
made to look like sleep at the wheel for the payout, and in Spanish, Portuguese and German an
attempt or violence happening now. What rules-1.28 read is in the comment beside each.
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
    ("me corte cocinando cebolla y no para de sangrar", "es"),
    ("tomei todos os remedios da semana certinho, de proposito deixei o domingo", "pt"),
    ("im film schlägt er sie gerade und sie versteckt sich im schrank", "de"),
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
