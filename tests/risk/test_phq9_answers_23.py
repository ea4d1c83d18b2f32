"""rules-1.13: the PHQ-9 answer options typed as a chat reply to its item 9.

"Over the last two weeks, how often have you been bothered by thoughts that you would be
better off dead, or of hurting yourself?" -- "several days", "more than half the days" and
"nearly every day" screened below moderate on main (e2eeeb9): the option wordings were not
read as answers (answers._COUNT, the `affirm` answer words). Any answer above "not at all"
is moderate (a passive death wish or self-harm thoughts; INSTRUMENTS.md routes item 9 > 0 to
the safety workflow, which the measures module does for the questionnaire itself). The same
options to an everyday question or another item raise nothing.
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel

ITEM_9 = [
    "Over the last two weeks, how often have you been bothered by thoughts that you would be "
    "better off dead, or of hurting yourself?"
]
ITEM_1 = ["How often have you had little interest or pleasure in doing things?"]
GYM = ["How often do you go to the gym?"]
OPTIONS = ["several days", "more than half the days", "nearly every day"]


@pytest.mark.parametrize("text", OPTIONS)
def test_an_item_9_option_above_not_at_all_is_moderate(text: str) -> None:
    assert screen(text, context=ITEM_9).level is RiskLevel.MODERATE


def test_not_at_all_is_none() -> None:
    assert screen("not at all", context=ITEM_9).level is RiskLevel.NONE


@pytest.mark.parametrize("context", [ITEM_1, GYM])
@pytest.mark.parametrize("text", OPTIONS)
def test_the_options_to_other_questions_raise_nothing(context: list[str], text: str) -> None:
    assert screen(text, context=context).level.rank < RiskLevel.MODERATE.rank
