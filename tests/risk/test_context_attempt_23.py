"""rules-1.13 (ctx3): what a person says after their own attempt or plan for now.

After "i've taken all my pills", "i'm going to kill myself tonight" or "i cut really deep this
time" (the writer's own imminent risk, not settled since: `ctx: attempt`,
answers._attempt_before), what the body feels and what a person says at the end carry that
risk: "i'm so tired now", "there's so much blood", "everything is going dark", "finally at
peace", "nothing matters now", "i'm sorry mum". In a probe of 30 such replies after 5 risk
contexts, 114 of 150 screened below high on main (e00c63b); 21 now do, all after "i want to
die" -- "Are you safe right now?", where only the unmistakable danger signs (blood, not
breathing, going dark) are raised, to high (en.ctx3.danger_signs).

The twins: the same replies after a passive wish or mere talk of risk keep their own level
(tiredness is not an emergency there), after an ordinary chat (a gym session, a swim, a
horror film, a night up with the baby) they stay below moderate, and after the writer has
settled it ("i called my sister") the attempt rules no longer apply.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

PILLS = ["i've taken all my pills"]
TONIGHT = ["i'm going to kill myself tonight"]
CUT = ["i cut really deep this time", "Are you ok? Is it bleeding a lot?"]
BRIDGE = ["i'm at the bridge", "Please stay with me. What's happening?"]
SAFE_Q = ["i want to die", "Are you safe right now?"]

AFTER_ATTEMPT = [
    (PILLS, "i'm so tired now"),
    (PILLS, "i'm really tired, night"),
    (PILLS, "i can't breathe properly"),
    (PILLS, "my head is spinning"),
    (PILLS, "i feel calm now"),
    (PILLS, "finally at peace"),
    (PILLS, "nothing matters now"),
    (PILLS, "please don't be sad"),
    (TONIGHT, "i'm so cold"),
    (TONIGHT, "i feel really weird"),
    (TONIGHT, "it's quiet here"),
    (TONIGHT, "the water is cold"),
    (TONIGHT, "i'm so sleepy"),
    (TONIGHT, "it doesn't matter anymore"),
    (CUT, "there's so much blood"),
    (CUT, "it hurts so much"),
    (CUT, "everything is going dark"),
    (PILLS, "i'm scared now"),
    (BRIDGE, "i'm sorry mum"),
    (BRIDGE, "it's fine, i'm fine"),
    (BRIDGE, "i'm not scared anymore"),
    (BRIDGE, "please don't be sad"),
]

DANGER_SIGNS = [
    (SAFE_Q, "there's so much blood"),
    (SAFE_Q, "i can't breathe properly"),
    (SAFE_Q, "everything is going dark"),
]

# Replies that are tiredness or feelings, not danger signs.
PLAIN = ["i'm so tired now", "i'm so cold", "i feel calm now", "nothing matters now"]
PASSIVE = ["sometimes i wish i could just disappear"]
SETTLED = ["i was going to kill myself tonight", "i called my sister and she's coming over"]
ORDINARY = [
    ["just did a massive leg day at the gym"],
    ["went wild swimming in the lake this morning"],
    ["we watched a horror film, so much blood in it"],
    ["been up since 5am with the baby"],
]
ORDINARY_REPLIES = [
    "i'm so tired now",
    "i'm so cold",
    "i just want to sleep now",
    "i'm going to sleep now",
    "don't worry about me anymore",
    "the water is cold",
    "it hurts so much",
    "my head is spinning",
]


@pytest.mark.parametrize(("context", "text"), AFTER_ATTEMPT)
def test_after_an_attempt_the_body_and_last_words_are_imminent(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level is RiskLevel.IMMINENT


@pytest.mark.parametrize(("context", "text"), DANGER_SIGNS)
def test_after_talk_of_risk_danger_signs_are_high(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("text", PLAIN)
def test_after_a_passive_wish_tiredness_keeps_its_own_level(text: str) -> None:
    assert screen(text, context=PASSIVE).level.rank == screen(text).level.rank


@pytest.mark.parametrize("text", PLAIN)
def test_once_settled_the_attempt_rules_no_longer_apply(text: str) -> None:
    assert screen(text, context=SETTLED).level.rank < RiskLevel.HIGH.rank


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", ORDINARY_REPLIES)
def test_after_an_ordinary_chat_they_stay_below_moderate(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank
