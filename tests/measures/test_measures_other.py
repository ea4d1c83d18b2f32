"""Golden tests for WHO-5, PCL-5, AUDIT-C and K10; values worked by hand from INSTRUMENTS.md."""

import pytest

from mindline.measures import score
from mindline.measures.schemas import AuditcScore, K10Score, Pcl5Score, Who5Score

# WHO-5 (§6): (answers, raw, percentage, severity, flags)
WHO5 = [
    ([5, 5, 5, 5, 5], 25, 100, "adequate_wellbeing", []),
    ([3, 3, 3, 2, 2], 13, 52, "adequate_wellbeing", []),
    ([3, 3, 2, 2, 2], 12, 48, "poor_wellbeing", ["who5_poor_wellbeing"]),
    ([2, 2, 2, 1, 1], 8, 32, "poor_wellbeing", ["who5_poor_wellbeing", "who5_low_item"]),
    (
        [2, 2, 1, 1, 1],
        7,
        28,
        "likely_depression",
        ["who5_poor_wellbeing", "who5_likely_depression", "who5_low_item"],
    ),
    (
        [0, 0, 0, 0, 0],
        0,
        0,
        "likely_depression",
        ["who5_poor_wellbeing", "who5_likely_depression", "who5_low_item"],
    ),
]


@pytest.mark.parametrize(("answers", "raw", "percentage", "severity", "flags"), WHO5)
def test_it_scores_who5_as_raw_times_four_with_its_cut_offs(
    answers: list[int], raw: int, percentage: int, severity: str, flags: list[str]
) -> None:
    result = score("who5", answers)
    assert isinstance(result, Who5Score)
    assert (result.total, result.percentage, result.severity) == (raw, percentage, severity)
    assert result.flags == flags


def test_it_asks_for_further_assessment_when_any_who5_item_is_zero_or_one() -> None:
    result = score("who5", [5, 5, 5, 5, 1])
    assert isinstance(result, Who5Score)
    assert result.severity == "adequate_wellbeing"
    assert result.flags == ["who5_low_item"]
    assert result.low_items == ["5"]


# PCL-5 (§8): items 1-5 B, 6-7 C, 8-14 D, 15-20 E
def test_it_scores_the_pcl5_minimum_and_maximum() -> None:
    low = score("pcl5", [0] * 20)
    high = score("pcl5", [4] * 20)
    assert isinstance(low, Pcl5Score) and isinstance(high, Pcl5Score)
    assert (low.total, low.severity, low.flags) == (0, "negative", [])
    assert low.clusters == {"B": 0, "C": 0, "D": 0, "E": 0}
    assert (high.total, high.severity) == (80, "positive")
    assert high.clusters == {"B": 20, "C": 8, "D": 28, "E": 24}
    assert high.flags == [
        "pcl5_positive",
        "pcl5_provisional_ptsd",
        "pcl5_item16_review",
        "clinician_review",
    ]


@pytest.mark.parametrize(
    ("answers", "scheme", "total", "severity"),
    [
        ([3] * 10 + [0] * 10, None, 30, "negative"),
        ([3] * 10 + [1] + [0] * 9, None, 31, "positive"),
        ([3] * 10 + [1] + [0] * 9, "cutoff_32", 31, "negative"),
        ([3] * 10 + [2] + [0] * 9, "cutoff_32", 32, "positive"),
        ([3] * 10 + [2] + [0] * 9, "cutoff_33", 32, "negative"),
        ([3] * 11 + [0] * 9, "cutoff_33", 33, "positive"),
    ],
)
def test_it_applies_the_chosen_pcl5_cut_off_between_31_and_33(
    answers: list[int], scheme: str | None, total: int, severity: str
) -> None:
    result = score("pcl5", answers, band_scheme=scheme)
    assert isinstance(result, Pcl5Score)
    assert (result.total, result.severity) == (total, severity)
    assert result.band_scheme == (scheme or "cutoff_31")


def test_it_reports_pcl5_cluster_sums() -> None:
    result = score("pcl5", [3] * 10 + [0] * 10)
    assert isinstance(result, Pcl5Score)
    assert result.clusters == {"B": 15, "C": 6, "D": 9, "E": 0}


def test_it_gives_a_provisional_ptsd_diagnosis_with_one_b_one_c_two_d_and_two_e() -> None:
    answers = [0] * 20
    for item in (1, 6, 8, 9, 15, 17):
        answers[item - 1] = 2
    result = score("pcl5", answers)
    assert isinstance(result, Pcl5Score)
    assert result.total == 12
    assert result.provisional_diagnosis is True
    assert result.flags == ["pcl5_provisional_ptsd"]


def test_it_withholds_the_provisional_diagnosis_when_only_one_d_item_is_endorsed() -> None:
    answers = [0] * 20
    for item in (1, 6, 8, 15, 17):
        answers[item - 1] = 2
    answers[8] = 1  # item 9 rated 1 is not endorsed
    result = score("pcl5", answers)
    assert isinstance(result, Pcl5Score)
    assert result.provisional_diagnosis is False


@pytest.mark.parametrize(("item16", "flagged"), [(1, False), (2, True), (4, True)])
def test_it_asks_a_clinician_to_review_pcl5_item_sixteen_at_two_or_more(
    item16: int, flagged: bool
) -> None:
    answers = [0] * 20
    answers[15] = item16
    result = score("pcl5", answers)
    assert ("pcl5_item16_review" in result.flags) is flagged
    assert ("clinician_review" in result.flags) is flagged


# AUDIT-C (§9)
@pytest.mark.parametrize(
    ("answers", "variant", "sex", "total", "severity", "rule_set", "cutoff"),
    [
        ([0, 0, 0], None, "male", 0, "negative", "us_bradley_2003_men_4", 4),
        ([2, 1, 0], None, "male", 3, "negative", "us_bradley_2003_men_4", 4),
        ([2, 1, 1], None, "male", 4, "positive", "us_bradley_2003_men_4", 4),
        ([1, 1, 0], None, "female", 2, "negative", "us_bradley_2003_women_3", 3),
        ([2, 1, 0], None, "female", 3, "positive", "us_bradley_2003_women_3", 3),
        ([2, 1, 0], None, None, 3, "positive", "us_bradley_2003_sex_unknown_3", 3),
        ([2, 1, 1], "uk", "male", 4, "negative", "uk_ohid_5", 5),
        ([2, 2, 1], "uk", "female", 5, "positive", "uk_ohid_5", 5),
    ],
)
def test_it_applies_the_audit_c_rule_set_for_variant_and_sex(
    answers: list[int],
    variant: str | None,
    sex: str | None,
    total: int,
    severity: str,
    rule_set: str,
    cutoff: int,
) -> None:
    result = score("auditc", answers, variant=variant, sex=sex)  # type: ignore[arg-type]
    assert isinstance(result, AuditcScore)
    assert (result.total, result.severity) == (total, severity)
    assert (result.rule_set, result.cutoff) == (rule_set, cutoff)
    assert result.variant == (variant or "us")
    assert ("auditc_positive" in result.flags) is (severity == "positive")


def test_it_flags_audit_c_high_risk_from_eight() -> None:
    seven = score("auditc", [3, 2, 2], sex="male")
    eight = score("auditc", [4, 2, 2], sex="male")
    twelve = score("auditc", [4, 4, 4], sex="male")
    assert "auditc_high_risk" not in seven.flags
    assert eight.flags == ["auditc_positive", "auditc_high_risk"]
    assert twelve.total == 12


def test_it_notes_when_all_audit_c_points_come_from_item_one() -> None:
    result = score("auditc", [4, 0, 0], sex="male")
    assert result.flags == ["auditc_positive", "auditc_item1_only"]


# K10 (§10): items scored 1-5
K10 = [
    ([1] * 10, 10, "low", "likely_well"),
    ([2, 2, 2, 2, 2, 1, 1, 1, 1, 1], 15, "low", "likely_well"),
    ([2, 2, 2, 2, 2, 2, 1, 1, 1, 1], 16, "moderate", "likely_well"),
    ([2, 2, 2, 2, 2, 2, 2, 2, 2, 1], 19, "moderate", "likely_well"),
    ([2] * 10, 20, "moderate", "mild"),
    ([3, 2, 2, 2, 2, 2, 2, 2, 2, 2], 21, "moderate", "mild"),
    ([3, 3, 2, 2, 2, 2, 2, 2, 2, 2], 22, "high", "mild"),
    ([3, 3, 3, 3, 2, 2, 2, 2, 2, 2], 24, "high", "mild"),
    ([3, 3, 3, 3, 3, 2, 2, 2, 2, 2], 25, "high", "moderate"),
    ([3, 3, 3, 3, 3, 3, 3, 3, 3, 2], 29, "high", "moderate"),
    ([3] * 10, 30, "very_high", "severe"),
]


@pytest.mark.parametrize(("answers", "total", "andrews_slade", "aihw"), K10)
def test_it_bands_k10_under_both_published_schemes(
    answers: list[int], total: int, andrews_slade: str, aihw: str
) -> None:
    default = score("k10", answers)
    other = score("k10", answers, band_scheme="aihw")
    assert isinstance(default, K10Score) and isinstance(other, K10Score)
    assert (default.total, default.severity, default.band_scheme) == (
        total,
        andrews_slade,
        "andrews_slade",
    )
    assert (other.total, other.severity, other.band_scheme) == (total, aihw, "aihw")
    assert default.flags == []


def test_it_scores_the_k10_maximum_and_prompts_a_phq9() -> None:
    result = score("k10", [5] * 10)
    assert (result.total, result.severity) == (50, "very_high")
    assert result.flags == ["k10_prompt_phq9"]


@pytest.mark.parametrize(("item", "value", "flagged"), [(4, 3, False), (4, 4, True), (10, 5, True)])
def test_it_prompts_a_phq9_when_k10_hopeless_or_worthless_is_four_or_more(
    item: int, value: int, flagged: bool
) -> None:
    answers = [1] * 10
    answers[item - 1] = value
    assert ("k10_prompt_phq9" in score("k10", answers).flags) is flagged
