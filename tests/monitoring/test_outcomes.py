"""Reliable change and NHS Talking Therapies outcomes, worked by hand from INSTRUMENTS.md §5."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mindline.core.errors import InvalidInput
from mindline.monitoring.outcomes import (
    is_case,
    minimal_reliable_change,
    outcome,
    reliable_change,
    reliable_change_index,
)


def test_it_reproduces_the_worked_phq9_reliable_change_of_6_1() -> None:
    # §5.1: 1.96 x 5.5 x sqrt(0.32) = 6.1
    assert minimal_reliable_change(5.5, 0.84) == pytest.approx(6.098, abs=0.001)


def test_it_reproduces_the_worked_gad7_reliable_change_of_5_1() -> None:
    # §5.1: 1.96 x 4.5 x sqrt(0.34) = 5.1
    assert minimal_reliable_change(4.5, 0.83) == pytest.approx(5.143, abs=0.001)


def test_it_shows_the_programme_thresholds_imply_the_quoted_sds() -> None:
    # §5.1: a PHQ-9 threshold of 6 implies SD ~5.4; the GAD-7 value of 4 implies SD ~3.5.
    assert minimal_reliable_change(5.4, 0.84) == pytest.approx(6.0, abs=0.05)
    assert minimal_reliable_change(3.5, 0.83) == pytest.approx(4.0, abs=0.05)


def test_it_computes_the_jacobson_truax_index() -> None:
    # (4 - 16) / (5.5 x sqrt(0.32)) = -12 / 3.111 = -3.857, beyond -1.96
    assert reliable_change_index(16, 4, 5.5, 0.84) == pytest.approx(-3.857, abs=0.001)


def test_it_rejects_impossible_rci_parameters() -> None:
    with pytest.raises(InvalidInput):
        minimal_reliable_change(5.5, 1.0)
    with pytest.raises(InvalidInput):
        minimal_reliable_change(0, 0.8)


@pytest.mark.parametrize(
    ("measure", "total", "case"),
    [("phq9", 9, False), ("phq9", 10, True), ("gad7", 7, False), ("gad7", 8, True)],
)
def test_it_uses_nhs_talking_therapies_caseness(measure: str, total: int, case: bool) -> None:
    assert is_case(measure, total) is case


@pytest.mark.parametrize(
    ("measure", "first", "last", "improved", "deteriorated"),
    [
        ("phq9", 16, 10, True, False),
        ("phq9", 16, 11, False, False),
        ("phq9", 10, 16, False, True),
        ("phq9", 11, 16, False, False),
        ("gad7", 12, 8, True, False),
        ("gad7", 12, 9, False, False),
        ("gad7", 8, 12, False, True),
        ("gad7", 9, 12, False, False),
    ],
)
def test_it_counts_a_change_of_at_least_the_rci_as_reliable(
    measure: str, first: int, last: int, improved: bool, deteriorated: bool
) -> None:
    change = reliable_change(measure, first, last)
    assert change.change == last - first
    assert change.reliable_improvement is improved
    assert change.reliable_deterioration is deteriorated


def test_it_calls_a_reliably_improved_case_ending_below_both_cut_offs_reliable_recovery() -> None:
    result = outcome({"phq9": 16, "gad7": 12}, {"phq9": 8, "gad7": 6})
    assert result.case_at_start is True
    assert result.case_at_end is False
    assert result.recovered is True
    assert result.reliable_improvement is True
    assert result.reliable_recovery is True
    assert result.reliable_deterioration is False


def test_it_calls_recovery_without_reliable_change_plain_recovery() -> None:
    result = outcome({"phq9": 11, "gad7": 8}, {"phq9": 9, "gad7": 7})
    assert result.recovered is True
    assert result.reliable_improvement is False
    assert result.reliable_recovery is False


def test_it_does_not_call_reliable_improvement_recovery_while_still_a_case() -> None:
    result = outcome({"phq9": 20, "gad7": 15}, {"phq9": 12, "gad7": 9})
    assert result.case_at_end is True
    assert result.recovered is False
    assert result.reliable_improvement is True
    assert result.reliable_recovery is False


def test_it_counts_caseness_at_start_on_either_measure() -> None:
    result = outcome({"phq9": 5, "gad7": 9}, {"phq9": 5, "gad7": 7})
    assert result.case_at_start is True
    assert result.recovered is True
    assert result.reliable_recovery is False


def test_it_leaves_recovery_undefined_for_someone_who_was_not_a_case() -> None:
    result = outcome({"phq9": 5, "gad7": 3}, {"phq9": 11, "gad7": 3})
    assert result.case_at_start is False
    assert result.recovered is None
    assert result.reliable_recovery is None
    assert result.reliable_deterioration is True
    assert result.reliable_improvement is False


def test_it_applies_the_symmetric_deterioration_rule_by_default_and_can_switch_it_off() -> None:
    # PHQ-9 improves by 6 while GAD-7 worsens by 4.
    first, last = {"phq9": 16, "gad7": 6}, {"phq9": 10, "gad7": 10}
    symmetric = outcome(first, last)
    assert symmetric.reliable_improvement is False
    assert symmetric.reliable_deterioration is False
    assert symmetric.deterioration_rule == "symmetric"
    any_measure = outcome(first, last, symmetric_deterioration=False)
    assert any_measure.reliable_deterioration is True
    assert any_measure.deterioration_rule == "any_measure"


def test_it_works_on_a_single_measure() -> None:
    result = outcome({"gad7": 10}, {"gad7": 5})
    assert result.measures == ["gad7"]
    assert result.recovered is True
    assert result.reliable_recovery is True


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ({"phq9": 10}, {"gad7": 5}, "same measures"),
        ({}, {}, "same measures"),
        ({"phq9": 10, "k10": 20}, {"phq9": 5, "k10": 20}, "unknown measure 'k10'"),
        ({"phq9": 28}, {"phq9": 5}, "phq9 first total 28 must be a whole number 0-27"),
        ({"gad7": 5}, {"gad7": 2.5}, "gad7 last total 2.5 must be a whole number 0-21"),
    ],
)
def test_it_rejects_unusable_pairs(
    first: dict[str, int], last: dict[str, int], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        outcome(first, last)


def spec_outcome(first: dict[str, int], last: dict[str, int]) -> dict[str, bool]:
    """The reference function printed in INSTRUMENTS.md §5.3, copied verbatim."""
    case = {"phq9": 10, "gad7": 8}
    rci = {"phq9": 6, "gad7": 4}
    case_start = any(first[m] >= case[m] for m in case)
    case_end = any(last[m] >= case[m] for m in case)
    improved = [first[m] - last[m] >= rci[m] for m in rci]
    worsened = [last[m] - first[m] >= rci[m] for m in rci]
    rel_imp = any(improved) and not any(worsened)
    rel_det = any(worsened) and not any(improved)
    recovered = case_start and not case_end
    return {
        "case_at_start": case_start,
        "recovered": recovered,
        "reliable_improvement": rel_imp,
        "reliable_deterioration": rel_det,
        "reliable_recovery": recovered and rel_imp,
    }


PAIR = st.fixed_dictionaries({"phq9": st.integers(0, 27), "gad7": st.integers(0, 21)})


@given(PAIR, PAIR)
def test_it_agrees_with_the_reference_function_in_the_spec(
    first: dict[str, int], last: dict[str, int]
) -> None:
    expected = spec_outcome(first, last)
    result = outcome(first, last)
    assert result.case_at_start is expected["case_at_start"]
    assert bool(result.recovered) is expected["recovered"]
    assert result.reliable_improvement is expected["reliable_improvement"]
    assert result.reliable_deterioration is expected["reliable_deterioration"]
    assert bool(result.reliable_recovery) is expected["reliable_recovery"]
