"""Golden tests for GAD-7 and GAD-2; expected values worked by hand from INSTRUMENTS.md §3-4."""

import pytest

from mindline.measures import score
from mindline.measures.schemas import Gad7Score, ScreenScore

# (answers, total, severity, NHS TT caseness >= 8)
GAD7_BANDS = [
    ([0, 0, 0, 0, 0, 0, 0], 0, "minimal", False),
    ([1, 1, 1, 1, 0, 0, 0], 4, "minimal", False),
    ([1, 1, 1, 1, 1, 0, 0], 5, "mild", False),
    ([1, 1, 1, 1, 1, 1, 1], 7, "mild", False),
    ([2, 1, 1, 1, 1, 1, 1], 8, "mild", True),
    ([2, 2, 2, 1, 1, 1, 0], 9, "mild", True),
    ([2, 2, 2, 2, 1, 1, 0], 10, "moderate", True),
    ([2, 2, 2, 2, 2, 2, 2], 14, "moderate", True),
    ([3, 2, 2, 2, 2, 2, 2], 15, "severe", True),
    ([3, 3, 3, 3, 3, 3, 3], 21, "severe", True),
]


@pytest.mark.parametrize(("answers", "total", "severity", "caseness"), GAD7_BANDS)
def test_it_puts_every_gad7_band_boundary_in_the_right_band(
    answers: list[int], total: int, severity: str, caseness: bool
) -> None:
    result = score("gad7", answers)
    assert isinstance(result, Gad7Score)
    assert (result.total, result.severity) == (total, severity)
    assert result.caseness is caseness
    assert result.flags == (["caseness"] if caseness else [])
    assert result.caseness_rule == "nhs_tt_8"


@pytest.mark.parametrize(
    ("answers", "caseness"), [([2, 2, 2, 1, 1, 1, 0], False), ([2, 2, 2, 2, 1, 1, 0], True)]
)
def test_it_uses_ten_for_caseness_under_the_original_rule(
    answers: list[int], caseness: bool
) -> None:
    result = score("gad7", answers, caseness_rule="original_10")
    assert isinstance(result, Gad7Score)
    assert result.caseness is caseness
    assert result.caseness_rule == "original_10"


@pytest.mark.parametrize(
    ("answers", "total", "severity", "flags", "follow_up"),
    [
        ([0, 0], 0, "negative", [], None),
        ([2, 0], 2, "negative", [], None),
        ([1, 2], 3, "positive", ["gad2_positive"], "gad7"),
        ([3, 3], 6, "positive", ["gad2_positive"], "gad7"),
    ],
)
def test_it_calls_a_gad2_of_three_or_more_positive_and_asks_for_a_gad7(
    answers: list[int], total: int, severity: str, flags: list[str], follow_up: str | None
) -> None:
    result = score("gad2", answers)
    assert isinstance(result, ScreenScore)
    assert (result.total, result.severity, result.flags) == (total, severity, flags)
    assert result.follow_up == follow_up
