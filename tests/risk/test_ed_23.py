"""rules-1.13 (ed): eating-disorder behaviour that is medically dangerous now is high.

Purging with blood, heart symptoms or low potassium; days without food or on water only;
fainting or dizziness while still not eating; large fast weight loss with restriction going
on; laxatives by the dozen. Each HIGH message screened moderate or lower on main (c9fa26f).
The twins name an illness, an operation, a faith's fast or a busy week: below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HIGH = [
    "i've been throwing up after every meal and now there's blood",
    "when i purge my chest hurts and i get palpitations",
    "made myself sick again and nearly fainted in the shower",
    "my potassium came back low but i'm not stopping purging",
    "i only drink water now, day 9 of no food",
    "day 6 of not eating",
    "i'm so dizzy i can't stand up but i still won't eat",
    "i passed out at the gym again, i haven't eaten since monday",
    "keep blacking out at school but i'm not eating till i'm thin enough",
    "i'm not eating and i keep getting dizzy at work",
    "i lost 12 kilos in six weeks and i'm still cutting calories",
    "lost 10 kg in a month and it's still not enough",
    "i take a whole box of laxatives after i binge",
]

TWINS = [
    "i've been throwing up with norovirus and there's blood",
    "i haven't eaten in 3 days because of the stomach bug",
    "day 9 of ramadan fasting, so tired",
    "i lost 12 kilos in six months since my surgery",
    "i haven't had a proper meal in days, work is mad",
    "i passed out at the gym, i think i'm dehydrated",
    "morning sickness is awful, i threw up and nearly fainted",
    "only drinking water for 2 days before my colonoscopy",
    "i haven't eaten out in weeks, saving money",
    "the doctor says the laxatives are fine for a few days after the operation",
    "fainted from not eating breakfast",
]


@pytest.mark.parametrize("text", HIGH)
def test_dangerous_eating_disorder_behaviour_is_high(text: str) -> None:
    result = screen(text)
    assert result.level.rank >= RiskLevel.HIGH.rank
    assert "eating_disorder" in result.categories


@pytest.mark.parametrize("text", TWINS)
def test_illness_fasting_and_busy_weeks_stay_below_moderate(text: str) -> None:
    assert screen(text).level.rank < RiskLevel.MODERATE.rank
