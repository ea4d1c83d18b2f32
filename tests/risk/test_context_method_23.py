"""rules-1.13 (ctx4): a method named as the answer after talk of suicide.

"i keep thinking about killing myself" -- "Have you thought about how you would do it?" --
"pills probably": ideation with a method is high (C-SSRS active ideation with a method;
DESIGN.md high), and with the means at hand ("my meds, i've got loads", "i know where he keeps
it") imminent. Every POSITIVES pair screened none on main (db478bb), as did "Do you have
anything at home you could use?", which the reader did not take as open to a risk answer
(answers._MEANS_OR_HOW).

The twins: the same words after an ordinary question (dinner, the commute, a turkey, the gym,
a film's plot, climbing) stay below moderate, and "What helps you when you feel like this?"
is not a how question: "my meds" answers it as treatment.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

HOW = ["i keep thinking about killing myself", "Have you thought about how you would do it?"]
MEANS = ["i want to end it", "Do you have anything at home you could use?"]
WOULD_USE = ["i don't want to be alive anymore", "What would you use?"]

POSITIVES = [
    (HOW, "pills probably", RiskLevel.HIGH),
    (HOW, "jumping", RiskLevel.HIGH),
    (HOW, "off the car park roof", RiskLevel.HIGH),
    (HOW, "my dad's gun", RiskLevel.HIGH),
    (HOW, "the train", RiskLevel.HIGH),
    (HOW, "hanging", RiskLevel.HIGH),
    (HOW, "with a knife", RiskLevel.HIGH),
    (HOW, "not sure yet, maybe pills", RiskLevel.HIGH),
    (MEANS, "a rope", RiskLevel.HIGH),
    (MEANS, "yes, a knife", RiskLevel.HIGH),
    (MEANS, "my meds, i've got loads", RiskLevel.IMMINENT),
    (WOULD_USE, "probably the bridge near my house", RiskLevel.HIGH),
    (WOULD_USE, "my mum's sleeping pills", RiskLevel.HIGH),
    (HOW, "i know where he keeps it", RiskLevel.IMMINENT),
]

ORDINARY = [
    ["What are you having for dinner?"],
    ["How are you getting to work tomorrow?"],
    ["What do you need to carve the turkey?"],
    ["What did you do at the gym?"],
    ["How does the main character die in the film?"],
    ["What are you going to practise at climbing?"],
]
TWINS = ["pills probably", "jumping", "the train", "a rope", "with a knife", "my dad's gun"]
HELPS = ["i want to die", "What helps you when you feel like this?"]


@pytest.mark.parametrize(("context", "text", "level"), POSITIVES)
def test_a_method_answering_how_is_read_with_the_question(
    context: list[str], text: str, level: RiskLevel
) -> None:
    assert screen(text, context=context).level.rank >= level.rank


@pytest.mark.parametrize("context", ORDINARY)
@pytest.mark.parametrize("text", TWINS)
def test_the_same_words_after_an_ordinary_question_stay_below_moderate(
    context: list[str], text: str
) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank


def test_what_helps_is_not_a_how_question() -> None:
    assert screen("my meds", context=HELPS).level.rank < RiskLevel.MODERATE.rank
