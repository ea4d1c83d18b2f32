"""Golden tests for PHQ-9 and PHQ-2; expected values worked by hand from INSTRUMENTS.md §1-2."""

import pytest

from mindline.measures import score
from mindline.measures.schemas import Phq9Score, ScreenScore

# (answers items 1-9, total, severity, caseness, NG222 category) - item 9 is 0 throughout.
PHQ9_BANDS = [
    ([0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "minimal", False, "less_severe"),
    ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "minimal", False, "less_severe"),
    ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild", False, "less_severe"),
    ([2, 2, 2, 1, 1, 1, 0, 0, 0], 9, "mild", False, "less_severe"),
    ([2, 2, 2, 2, 1, 1, 0, 0, 0], 10, "moderate", True, "less_severe"),
    ([2, 2, 2, 2, 2, 2, 1, 1, 0], 14, "moderate", True, "less_severe"),
    ([2, 2, 2, 2, 2, 2, 2, 1, 0], 15, "moderately_severe", True, "less_severe"),
    ([2, 2, 2, 2, 2, 2, 2, 2, 0], 16, "moderately_severe", True, "more_severe"),
    ([3, 3, 3, 2, 2, 2, 2, 2, 0], 19, "moderately_severe", True, "more_severe"),
    ([3, 3, 3, 3, 2, 2, 2, 2, 0], 20, "severe", True, "more_severe"),
    ([3, 3, 3, 3, 3, 3, 3, 3, 0], 24, "severe", True, "more_severe"),
]


@pytest.mark.parametrize(("answers", "total", "severity", "caseness", "ng222"), PHQ9_BANDS)
def test_it_puts_every_phq9_band_boundary_in_the_right_band(
    answers: list[int], total: int, severity: str, caseness: bool, ng222: str
) -> None:
    result = score("phq9", answers)
    assert isinstance(result, Phq9Score)
    assert result.total == total
    assert result.severity == severity
    assert result.caseness is caseness
    assert ("caseness" in result.flags) is caseness
    assert result.ng222_category == ng222
    assert result.item9 == "negative"
    assert "safety_workflow" not in result.flags
    assert result.algorithm_version == "phq9-1.0"


def test_it_scores_the_maximum_phq9_as_severe_with_the_safety_flags() -> None:
    result = score("phq9", [3] * 9)
    assert result.total == 27
    assert result.severity == "severe"
    assert result.flags == ["phq9_item9_positive", "safety_workflow", "caseness"]


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_it_flags_item_nine_when_any_answer_is_above_zero(item9: int) -> None:
    # STANDARDS.md §1.3 example: a mild total of 9 still triggers the safety workflow.
    answers = [1, 2, 2, 1, 0, 1, 1, 0, item9]
    result = score("phq9", answers)
    assert isinstance(result, Phq9Score)
    assert result.item9 == "positive"
    assert "phq9_item9_positive" in result.flags
    assert "safety_workflow" in result.flags


def test_it_matches_the_standards_example_of_a_mild_total_with_item_nine_positive() -> None:
    result = score("phq9", [1, 2, 2, 1, 0, 1, 1, 0, 1])
    assert (result.total, result.severity) == (9, "mild")
    assert result.flags == ["phq9_item9_positive", "safety_workflow"]


def test_it_treats_a_missing_item_nine_as_unknown_and_routes_it_like_a_positive() -> None:
    result = score("phq9", [0, 0, 0, 0, 0, 0, 0, 0, None])
    assert isinstance(result, Phq9Score)
    assert result.item9 == "unknown"
    assert result.total is None
    assert result.severity == "not_scored"
    assert result.missing_items == ["9"]
    assert result.imputed_items == []
    assert {"phq9_item9_unknown", "phq9_item9_positive", "safety_workflow"} <= set(result.flags)


def test_it_never_imputes_item_nine_even_when_only_one_item_is_missing() -> None:
    result = score("phq9", {str(n): 1 for n in range(1, 9)})
    assert isinstance(result, Phq9Score)
    assert result.item9 == "unknown"
    assert result.total is None


def test_it_replaces_one_missing_item_with_the_mean_of_the_answered_items() -> None:
    # answered 1+2+1+0+1+1+0+1 = 7 over 8 items; 7 + 7/8 = 7.875 -> 8
    result = score("phq9", [1, 2, None, 1, 0, 1, 1, 0, 1])
    assert isinstance(result, Phq9Score)
    assert result.total == 8
    assert result.total_unrounded == 7.875
    assert result.imputed_items == ["3"]
    assert result.missing_items == ["3"]
    assert "missing_items_imputed" in result.flags


def test_it_replaces_two_missing_items_with_the_mean_of_the_answered_items() -> None:
    # answered 3*6 = 18 over 7 items; 18 + 2 * 18/7 = 23.14 -> 23 (severe)
    result = score("phq9", [3, 3, None, None, 3, 3, 3, 3, 0])
    assert isinstance(result, Phq9Score)
    assert result.total == 23
    assert result.severity == "severe"
    assert result.imputed_items == ["3", "4"]


def test_it_rounds_an_imputed_half_point_up() -> None:
    # answered 4 over 8 items; 4 + 4/8 = 4.5 -> 5, so the cautious band (mild) applies.
    result = score("phq9", [1, 1, 1, 1, None, 0, 0, 0, 0])
    assert result.total == 5
    assert result.severity == "mild"


def test_it_refuses_to_total_a_phq9_with_three_missing_items() -> None:
    result = score("phq9", [None, None, None, 1, 1, 1, 1, 1, 0])
    assert isinstance(result, Phq9Score)
    assert result.total is None
    assert result.severity == "not_scored"
    assert result.caseness is None
    assert "too_many_missing" in result.flags
    assert "safety_workflow" not in result.flags


@pytest.mark.parametrize(
    ("answers", "total", "severity", "flags", "follow_up"),
    [
        ([0, 0], 0, "negative", [], None),
        ([1, 1], 2, "negative", [], None),
        ([2, 1], 3, "positive", ["phq2_positive"], "phq9"),
        ([3, 3], 6, "positive", ["phq2_positive"], "phq9"),
    ],
)
def test_it_calls_a_phq2_of_three_or_more_positive_and_asks_for_a_phq9(
    answers: list[int], total: int, severity: str, flags: list[str], follow_up: str | None
) -> None:
    result = score("phq2", answers)
    assert isinstance(result, ScreenScore)
    assert (result.total, result.severity, result.flags) == (total, severity, flags)
    assert result.follow_up == follow_up
