"""Suggestion rules against hand-written cases from the NG222 and CG113 tables (STANDARDS §2)."""

from __future__ import annotations

from datetime import date, timedelta

from mindline.insights import rules
from mindline.insights.nof1 import Effect
from mindline.insights.rules import PatientState, Score

TODAY = date(2026, 6, 30)


def weeks_ago(n: int) -> date:
    return TODAY - timedelta(weeks=n)


def kinds(state: PatientState) -> list[str]:
    return [p.kind for p in rules.suggest(state)]


def test_no_scores_says_not_enough_data_and_asks_for_a_baseline() -> None:
    found = rules.suggest(PatientState(today=TODAY))
    assert [p.kind for p in found] == ["baseline_measures"]
    assert "Not enough data" in found[0].clinician_text


def test_phq9_of_4_and_gad7_of_3_is_routine_monitoring() -> None:
    state = PatientState(TODAY, phq9=[Score(TODAY, 4, 0)], gad7=[Score(TODAY, 3)])
    assert kinds(state) == ["routine_monitoring"]


def test_phq9_of_5_is_less_severe_and_guided_self_help_comes_first() -> None:
    found = rules.suggest(PatientState(TODAY, phq9=[Score(TODAY, 5, 0)]))
    assert [p.kind for p in found] == ["depression_less_severe"]
    assert "guided self-help first" in found[0].clinician_text
    assert found[0].step == 2


def test_phq9_of_15_is_still_less_severe_without_a_medication_review() -> None:
    assert kinds(PatientState(TODAY, phq9=[Score(TODAY, 15, 0)])) == ["depression_less_severe"]


def test_phq9_of_16_is_more_severe_with_a_clinician_only_medication_review() -> None:
    found = rules.suggest(PatientState(TODAY, phq9=[Score(TODAY, 16, 0)]))
    assert [p.kind for p in found] == ["depression_more_severe", "medication_review"]
    review = found[1]
    assert review.clinician_only and review.patient_text is None
    assert review.clinician_text == "Consider a medication review with the prescriber."


def test_less_severe_with_a_stated_preference_for_medication_adds_the_review() -> None:
    state = PatientState(
        TODAY,
        phq9=[Score(TODAY, 9, 0)],
        preferences=frozenset({"prefers_medication_discussion"}),
    )
    assert kinds(state) == ["depression_less_severe", "medication_review"]


def test_declining_treatment_gives_active_monitoring() -> None:
    state = PatientState(
        TODAY, phq9=[Score(TODAY, 11, 0)], preferences=frozenset({"declines_treatment"})
    )
    found = rules.suggest(state)
    assert [p.kind for p in found] == ["active_monitoring"]
    assert "2-4 weeks" in found[0].clinician_text


def test_gad7_first_contact_of_12_is_step_1_and_persisting_is_step_2() -> None:
    assert kinds(PatientState(TODAY, gad7=[Score(TODAY, 12)])) == ["gad_step1"]
    persisting = PatientState(TODAY, gad7=[Score(weeks_ago(3), 11), Score(TODAY, 12)])
    assert kinds(persisting) == ["gad_step2"]


def test_gad7_of_15_is_step_3_with_one_medication_review_only() -> None:
    state = PatientState(TODAY, phq9=[Score(TODAY, 17, 0)], gad7=[Score(TODAY, 15)])
    assert kinds(state) == ["depression_more_severe", "medication_review", "gad_step3"]


def test_item9_above_zero_overrides_the_table() -> None:
    state = PatientState(TODAY, phq9=[Score(TODAY, 20, 1)], gad7=[Score(TODAY, 16)])
    found = rules.suggest(state)
    assert [p.kind for p in found] == ["safety_workflow"]
    assert found[0].risk_override and found[0].step is None


def test_an_open_urgent_alert_overrides_even_a_recovery() -> None:
    state = PatientState(
        TODAY,
        phq9=[Score(weeks_ago(12), 18, 0), Score(TODAY, 4, 0)],
        open_risk_alerts=1,
    )
    assert kinds(state) == ["safety_workflow"]


def test_no_reliable_improvement_after_eight_weeks_at_step_2_suggests_step_3() -> None:
    # PHQ-9 14 -> 12 (change 2 < 6) after 9 weeks at step 2, still a case.
    state = PatientState(
        TODAY,
        phq9=[Score(weeks_ago(9), 14, 0), Score(TODAY, 12, 0)],
        current_step=2,
        step_since=weeks_ago(9),
    )
    found = rules.suggest(state)
    assert [p.kind for p in found] == ["step_up"]
    assert found[0].step == 3
    assert "individual CBT" in found[0].clinician_text


def test_too_early_at_a_step_suggests_no_step_change() -> None:
    state = PatientState(
        TODAY,
        phq9=[Score(weeks_ago(5), 14, 0), Score(TODAY, 14, 0)],
        current_step=2,
        step_since=weeks_ago(5),
    )
    assert kinds(state) == []


def test_reliable_deterioration_at_step_3_to_more_severe_steps_up_with_medication_review() -> None:
    state = PatientState(
        TODAY,
        phq9=[Score(weeks_ago(10), 11, 0), Score(TODAY, 19, 0)],
        current_step=3,
        step_since=weeks_ago(10),
    )
    found = rules.suggest(state)
    assert [p.kind for p in found] == ["step_up", "medication_review"]
    assert found[0].step == 4 and found[0].confidence == "high"


def test_reliable_recovery_suggests_relapse_prevention_and_stepping_down() -> None:
    # PHQ-9 17 -> 6 (-11, reliable) and GAD-7 13 -> 5 (-8): both below caseness at the end.
    state = PatientState(
        TODAY,
        phq9=[Score(weeks_ago(16), 17, 0), Score(TODAY, 6, 0)],
        gad7=[Score(weeks_ago(16), 13), Score(TODAY, 5)],
    )
    found = rules.suggest(state)
    assert [p.kind for p in found] == ["relapse_prevention", "step_down"]
    assert found[1].step == 1


def test_reliable_improvement_not_yet_recovered_continues_the_step() -> None:
    state = PatientState(TODAY, phq9=[Score(weeks_ago(10), 20, 0), Score(TODAY, 12, 0)])
    assert kinds(state) == ["continue_step"]


def test_a_clear_nof1_effect_adds_a_keep_doing_item_and_an_unclear_one_does_not() -> None:
    clear = Effect("activity:walk", "mood", 40, 60, 1.2, 0.7, 1.7, 0.9, 0.0001, True, "clear")
    unclear = Effect("activity:hobby", "mood", 40, 60, 0.3, -0.2, 0.8, 0.2, 0.2, False, "no")
    state = PatientState(TODAY, phq9=[Score(TODAY, 7, 0)], effects=[clear, unclear])
    found = rules.suggest(state)
    assert [p.kind for p in found] == ["depression_less_severe", "keep_doing:activity:walk:mood"]
    assert "walk" in (found[1].patient_text or "")


def test_no_patient_text_ever_names_medication() -> None:
    cases = [
        PatientState(TODAY, phq9=[Score(TODAY, t, 0)], gad7=[Score(TODAY, g)])
        for t in (0, 5, 10, 16, 27)
        for g in (0, 5, 10, 15, 21)
    ]
    for state in cases:
        for p in rules.suggest(state):
            text = (p.patient_text or "").lower()
            assert not any(w in text for w in ("medic", "antidepress", "ssri", "drug", "prescri"))
