"""Suggestion states and kinds, stored as strings."""

from enum import StrEnum


class Status(StrEnum):
    proposed = "proposed"
    approved = "approved"
    declined = "declined"


class Confidence(StrEnum):
    low = "low"
    moderate = "moderate"
    high = "high"


class Kind(StrEnum):
    """What a suggestion is about; n-of-1 kinds add ':<tag>' (e.g. 'keep_doing:walk')."""

    safety_workflow = "safety_workflow"
    baseline_measures = "baseline_measures"
    routine_monitoring = "routine_monitoring"
    active_monitoring = "active_monitoring"
    depression_less_severe = "depression_less_severe"
    depression_more_severe = "depression_more_severe"
    gad_step1 = "gad_step1"
    gad_step2 = "gad_step2"
    gad_step3 = "gad_step3"
    medication_review = "medication_review"
    step_up = "step_up"
    step_down = "step_down"
    relapse_prevention = "relapse_prevention"
    continue_step = "continue_step"
    keep_doing = "keep_doing"


# Talking-therapies style steps used to track where a person is (STANDARDS §2.2 numbering).
STEP_NAMES = {
    1: "step 1: assessment, education and active monitoring",
    2: "step 2: low-intensity support (guided self-help, groups)",
    3: "step 3: high-intensity therapy (individual CBT, behavioural activation)",
    4: "step 4: specialist care (clinician decision only)",
}
