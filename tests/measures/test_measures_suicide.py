"""Golden tests for the ASQ (INSTRUMENTS.md §7a) and C-SSRS screener (§7)."""

import pytest

from mindline.measures import InstrumentDisabled, score
from mindline.measures.schemas import AsqScore, CssrsScore

POSITIVE = ["asq_positive", "safety_workflow"]
ACUTE = ["asq_positive", "safety_workflow", "asq_acute_positive", "urgent"]


@pytest.mark.parametrize(
    ("answers", "severity", "flags"),
    [
        (["no", "no", "no", "no"], "negative", []),
        (["no", "no", "no", "no", "no"], "negative", []),
        ([0, 0, 0, 0], "negative", []),
        (["yes", "no", "no", "no", "no"], "non_acute_positive", POSITIVE),
        (["no", "no", "no", "yes", "no"], "non_acute_positive", POSITIVE),
        ([1, 0, 0, 0, 0], "non_acute_positive", POSITIVE),
        (["no", "no", "yes", "no", "yes"], "acute_positive", ACUTE),
        (["no", "no", "no", "no", "yes"], "acute_positive", ACUTE),
    ],
)
def test_it_screens_asq_as_negative_non_acute_or_acute(
    answers: list[object], severity: str, flags: list[str]
) -> None:
    result = score("asq", answers)
    assert isinstance(result, AsqScore)
    assert result.total is None
    assert result.severity == severity
    assert result.flags == flags


def test_it_counts_a_declined_asq_answer_as_yes() -> None:
    result = score("asq", ["no", "declined", "no", "no", "no"])
    assert result.severity == "non_acute_positive"
    assert result.flags == [*POSITIVE, "asq_declined"]


def test_it_treats_a_declined_acuity_question_as_acute() -> None:
    result = score("asq", ["yes", "no", "no", "no", "declined"])
    assert result.severity == "acute_positive"
    assert result.flags == [*ACUTE, "asq_declined"]


def test_it_treats_a_missing_acuity_answer_after_a_positive_screen_as_acute() -> None:
    result = score("asq", ["yes", "no", "no", "no"])
    assert isinstance(result, AsqScore)
    assert result.severity == "acute_positive"
    assert result.answers["5"] == "unknown"
    assert result.missing_items == ["5"]
    assert result.flags == [*ACUTE, "asq_unknown"]


def test_it_treats_a_missing_asq_item_as_unknown_never_as_no() -> None:
    result = score("asq", [None, "no", "no", "no", "no"])
    assert result.severity == "non_acute_positive"
    assert result.flags == [*POSITIVE, "asq_unknown"]


def test_it_does_not_expect_the_acuity_question_after_a_negative_screen() -> None:
    result = score("asq", {"1": "no", "2": "no", "3": "no", "4": "no"})
    assert isinstance(result, AsqScore)
    assert result.answers["5"] == "not_asked"
    assert result.missing_items == []


def test_it_refuses_the_cssrs_screener_unless_the_clinic_enabled_it() -> None:
    with pytest.raises(InstrumentDisabled, match=r"enable_cssrs|ENABLE_CSSRS"):
        score("cssrs_screener", ["no"] * 6)


# (items 1, 2, 3, 4, 5, 6, 6a) -> (risk, colour)
CSSRS = [
    (["no", "no", None, None, None, "no"], "none", "green"),
    (["no", "no", "no", "no", "no", "no", None], "none", "green"),
    (["yes", "no", None, None, None, "no"], "low", "yellow"),
    (["no", "yes", "no", "no", "no", "no"], "low", "yellow"),
    (["yes", "yes", "yes", "no", "no", "no"], "moderate", "orange"),
    (["no", "no", None, None, None, "yes", "no"], "moderate", "orange"),
    (["yes", "yes", "no", "yes", "no", "no"], "high", "red"),
    (["yes", "yes", "yes", "no", "yes", "no"], "high", "red"),
    (["no", "no", None, None, None, "yes", "yes"], "high", "red"),
]


@pytest.mark.parametrize(("answers", "level", "colour"), CSSRS)
def test_it_triages_the_cssrs_screener_to_the_highest_level_any_rule_reaches(
    answers: list[object], level: str, colour: str
) -> None:
    result = score("cssrs_screener", answers, enable_cssrs=True)
    assert isinstance(result, CssrsScore)
    assert (result.severity, result.colour) == (level, colour)
    assert ("cssrs_positive" in result.flags) is (level != "none")
    assert ("safety_workflow" in result.flags) is (level != "none")
    assert ("cssrs_high_risk" in result.flags) is (level == "high")
    assert ("urgent" in result.flags) is (level == "high")


def test_it_routes_unknown_behaviour_timing_as_within_three_months() -> None:
    result = score("cssrs_screener", ["no", "no", None, None, None, "yes"], enable_cssrs=True)
    assert isinstance(result, CssrsScore)
    assert result.severity == "high"
    assert result.answers["6a"] == "unknown"
    assert "cssrs_unknown" in result.flags


def test_it_routes_unasked_follow_ups_after_active_ideation_as_high_risk() -> None:
    # Item 2 yes means items 3-5 must be asked; missing answers are unknown, not "no".
    result = score("cssrs_screener", ["no", "yes", None, None, None, "no"], enable_cssrs=True)
    assert isinstance(result, CssrsScore)
    assert result.severity == "high"
    assert result.missing_items == ["3", "4", "5"]


def test_it_skips_items_three_to_five_when_item_two_is_no() -> None:
    result = score("cssrs_screener", ["yes", "no", None, None, None, "no"], enable_cssrs=True)
    assert isinstance(result, CssrsScore)
    assert result.answers["3"] == "not_asked"
    assert result.missing_items == []
    assert result.severity == "low"


def test_it_counts_a_declined_cssrs_answer_as_yes() -> None:
    result = score("cssrs_screener", ["declined", "no", None, None, None, "no"], enable_cssrs=True)
    assert result.severity == "low"
    assert "cssrs_declined" in result.flags
