"""rules-1.13 (ctx8): a step of a safety plan refused after the writer's own talk of risk.

"i want to die tonight" -- "Can you promise me you'll stay safe tonight?" -- "i can't promise
that"; "Would you be willing to call 988?" -- "no point"; "Is there someone who can be with
you right now?" -- "no one", "everyone's asleep"; "Could you put the pills somewhere out of
reach?" -- "no, i need them". Inability to commit to safety is high (en.ctx8.refused,
en.ctx8.refused_no; `ctx: safetyplan`, answers._SAFETY_PLAN, with the writer's own risk
before it). Every POSITIVES pair screened none or low on main (d5bff7c).

The twins: the same replies to a promise to be on time, a plumber to call, company at a
party, or tablets put where they'll be seen stay below moderate.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

PROMISE = ["i want to die tonight", "Can you promise me you'll stay safe tonight?"]
CALL = ["i can't do this anymore, i want to end it", "Would you be willing to call 988 now?"]
SOMEONE = ["i want to kill myself", "Is there someone who can be with you right now?"]
REMOVE = ["i've got pills saved up", "Could you put the pills somewhere out of reach?"]

POSITIVES = [
    (PROMISE, "i can't promise that"),
    (PROMISE, "no"),
    (PROMISE, "not tonight"),
    (CALL, "no point"),
    (CALL, "they can't help"),
    (CALL, "no"),
    (CALL, "why would i"),
    (SOMEONE, "no one"),
    (SOMEONE, "everyone's asleep"),
    (SOMEONE, "nobody cares"),
    (SOMEONE, "no"),
    (REMOVE, "no, i need them"),
    (REMOVE, "i'd rather not"),
    (REMOVE, "i won't"),
]

ORDINARY = [
    ["Can you promise me you'll be on time tomorrow?"],
    ["the boiler's broken again", "Would you be willing to call the plumber?"],
    ["Is there someone who can be with you at the party?"],
    ["i keep forgetting my tablets", "Could you put the tablets somewhere you'll see them?"],
]
TWINS = ["i can't promise that", "no", "no point", "no one", "everyone's asleep", "i won't"]


@pytest.mark.parametrize(("context", "text"), POSITIVES)
def test_a_refused_safety_step_after_risk_is_high(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank >= RiskLevel.HIGH.rank


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", TWINS)
def test_the_same_replies_after_an_ordinary_question_stay_below_moderate(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank
