"""Stepped-care suggestion rules: pure, from scores, trajectory, preferences and n-of-1 results.

Binding principles (STANDARDS §2 a-d): the system only suggests, a clinician approves;
medication is clinician-only and never worded for the patient; any risk signal overrides the
table; choice is shared, so every rule offers options rather than a single answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mindline.insights.enums import STEP_NAMES, Confidence, Kind
from mindline.insights.nof1 import Effect
from mindline.monitoring import outcomes

REVIEW_WEEKS = 8
# STANDARDS §2.1: NG222 uses PHQ-9 < 16 vs >= 16 to split less and more severe depression.
PHQ9_MORE_SEVERE = 16
PHQ9_NONE = 5
# STANDARDS §2.2: local GAD-7 prompts for CG113 steps (not NICE's own thresholds).
GAD7_STEP1 = 5
GAD7_STEP2 = 10
GAD7_STEP3 = 15
SAFETY_NOTE = "If you need help now, use the Get help now button at the top of every page."
PREFERENCES = frozenset(
    {"declines_treatment", "prefers_medication_discussion", "prefers_group", "prefers_individual"}
)


@dataclass(frozen=True)
class Score:
    """One questionnaire total on a day (PHQ-9 also carries item 9)."""

    on: date
    total: int
    item9: int | None = None


@dataclass(frozen=True)
class PatientState:
    """Everything the rules look at for one person."""

    today: date
    phq9: list[Score] = field(default_factory=list)  # oldest first
    gad7: list[Score] = field(default_factory=list)
    open_risk_alerts: int = 0  # open or acknowledged alerts of high or urgent severity
    current_step: int | None = None
    step_since: date | None = None
    preferences: frozenset[str] = frozenset()
    effects: list[Effect] = field(default_factory=list)
    said_helped: list[str] = field(default_factory=list)  # exercises the person said helped


@dataclass(frozen=True)
class Proposal:
    """A suggestion before it is stored."""

    kind: str
    clinician_text: str
    patient_text: str | None
    rationale: str
    guideline: str
    confidence: Confidence
    evidence: dict[str, Any] = field(default_factory=dict)
    step: int | None = None
    clinician_only: bool = False
    risk_override: bool = False


def suggest(state: PatientState, *, review_weeks: int = REVIEW_WEEKS) -> list[Proposal]:
    """Suggestions for one person, most important first."""
    risk = _risk(state)
    if risk is not None:
        # STANDARDS §2 (c): a risk signal overrides the table; no step change is suggested.
        return [risk]
    if not state.phq9 and not state.gad7:
        return [_baseline()]
    found = _trajectory(state, review_weeks)
    if found is None:
        found = _entry(state) if state.current_step is None else []
    return found + _helpful(state)


def _risk(state: PatientState) -> Proposal | None:
    item9 = state.phq9[-1].item9 if state.phq9 else None
    reasons = []
    if state.open_risk_alerts:
        reasons.append(f"{state.open_risk_alerts} open high or urgent alert(s)")
    if item9 is not None and item9 > 0:
        reasons.append(f"PHQ-9 item 9 answered {item9} on {state.phq9[-1].on}")
    if not reasons:
        return None
    return Proposal(
        kind=Kind.safety_workflow,
        clinician_text=(
            "Follow the safety workflow before any change of step: review the risk, "
            "contact the person, and update their safety plan."
        ),
        patient_text=(
            "Your care team would like to check in with you about how you are doing. " + SAFETY_NOTE
        ),
        rationale="A risk signal is active: " + "; ".join(reasons) + ". It overrides stepped care.",
        guideline="STANDARDS §2 principle (c)",
        confidence=Confidence.high,
        evidence={"open_risk_alerts": state.open_risk_alerts, "phq9_item9": item9},
        risk_override=True,
    )


def _baseline() -> Proposal:
    return Proposal(
        kind=Kind.baseline_measures,
        clinician_text="Not enough data: ask for a PHQ-9 and a GAD-7 to set a baseline.",
        patient_text=(
            "Your care team may ask you to fill in two short questionnaires, so they can plan "
            "your support with you."
        ),
        rationale="No PHQ-9 or GAD-7 yet, so no stepped-care option can be matched.",
        guideline="STANDARDS §2.1, §2.2 (both tables start from a score)",
        confidence=Confidence.low,
        evidence={"phq9": None, "gad7": None},
    )


def _first_at(scores: list[Score], since: date) -> Score | None:
    before = [s for s in scores if s.on <= since]
    if before:
        return before[-1]
    return scores[0] if scores else None


def _trajectory(state: PatientState, review_weeks: int) -> list[Proposal] | None:
    """Step up, step down or continue once the current step has run `review_weeks` weeks."""
    starts = [s.on for s in (state.phq9[:1] + state.gad7[:1])]
    since = state.step_since or min(starts)
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    used: dict[str, Any] = {}
    for name, scores in (("phq9", state.phq9), ("gad7", state.gad7)):
        start = _first_at(scores, since)
        if start is None or scores[-1].on <= start.on:
            continue
        first[name], last[name] = start.total, scores[-1].total
        used[name] = {
            "first": [str(start.on), start.total],
            "last": [str(scores[-1].on), last[name]],
        }
    latest = max([s.on for s in (state.phq9[-1:] + state.gad7[-1:])])
    weeks = (latest - since).days // 7
    if not first or weeks < review_weeks:
        return None
    result = outcomes.outcome(first, last)
    evidence = {"scores": used, "weeks_at_step": weeks, "outcome": result.model_dump(mode="json")}
    occasions = len(state.phq9) + len(state.gad7)
    confidence = Confidence.moderate if occasions >= 6 else Confidence.low
    step = state.current_step or _step_for(first)
    where = f"after {weeks} weeks" + (f" at {STEP_NAMES[step]}" if state.current_step else "")
    if result.reliable_recovery:
        # INSTRUMENTS §5.3 reliable recovery; STANDARDS §2 (d) least intrusive effective step.
        return [
            Proposal(
                kind=Kind.relapse_prevention,
                clinician_text=(
                    "Reliable recovery: agree a relapse-prevention plan (early warning signs, "
                    "what helped, who to contact)."
                ),
                patient_text=(
                    "You have made real progress. Your care team suggests making a plan to stay "
                    "well: the early signs to watch for, what has helped you, and who to contact."
                ),
                rationale=f"Reliable recovery {where} (first and last scores in evidence).",
                guideline="INSTRUMENTS §5.3; STANDARDS §2 principle (d)",
                confidence=confidence,
                evidence=evidence,
            ),
            Proposal(
                kind=Kind.step_down,
                clinician_text=f"Consider stepping down to {STEP_NAMES[1]}.",
                patient_text=(
                    "Your care team may talk with you about lighter-touch support, with regular "
                    "check-ins, now that things have improved."
                ),
                rationale=f"Reliable recovery {where}; the least intrusive step may now suffice.",
                guideline="STANDARDS §2.2 step 1; §2.1 active monitoring",
                confidence=confidence,
                evidence=evidence,
                step=1,
            ),
        ]
    if result.reliable_deterioration or (not result.reliable_improvement and result.case_at_end):
        return _step_up(state, step, last, where, evidence, result.reliable_deterioration)
    if result.reliable_improvement:
        return [
            Proposal(
                kind=Kind.continue_step,
                clinician_text="Reliable improvement, still improving: continue the current step "
                "and review again in four weeks.",
                patient_text="You are making progress. Keep going with your current support.",
                rationale=f"Reliable improvement {where}, not yet recovered.",
                guideline="INSTRUMENTS §5.3; STANDARDS §2.1 (reassess within 2-4 weeks)",
                confidence=confidence,
                evidence=evidence,
            )
        ]
    return [_monitoring(Kind.routine_monitoring, evidence, f"Not a case and stable {where}.")]


def _step_for(scores: dict[str, int]) -> int:
    """The step a person's first scores point to when no step has been recorded."""
    severe = scores.get("phq9", 0) >= PHQ9_MORE_SEVERE or scores.get("gad7", 0) >= GAD7_STEP3
    return 3 if severe else 2


def _step_up(
    state: PatientState,
    step: int,
    last: dict[str, int],
    where: str,
    evidence: dict[str, Any],
    deteriorated: bool,
) -> list[Proposal]:
    target = min(step + 1, 4)
    what = "Reliable deterioration" if deteriorated else "No reliable improvement"
    options = {
        # STANDARDS §2.2 step 2 / §2.1 less severe options 1-3.
        2: "low-intensity support: guided self-help (6-8 sessions), group CBT or group BA",
        # STANDARDS §2.1 more severe options 2-3; §2.2 step 3 (CBT or applied relaxation).
        3: "high-intensity therapy: individual CBT or behavioural activation "
        "(for anxiety: CBT or applied relaxation)",
        # STANDARDS §2.2 step 4.
        4: "specialist care (complex or treatment-refractory): clinician decision only",
    }[target]
    found = [
        Proposal(
            kind=Kind.step_up,
            clinician_text=f"Consider stepping up to {STEP_NAMES[target]}: {options}.",
            patient_text=(
                "Your care team may talk with you about trying a different or more intensive "
                "kind of support."
            ),
            rationale=f"{what} {where}; still above caseness.",
            guideline="STANDARDS §2.2 (steps 2-4: not improved after the previous step); §2.1",
            confidence=Confidence.high if deteriorated else Confidence.moderate,
            evidence=evidence,
            step=target,
        )
    ]
    if _medication_indicated(state, last):
        found.append(_medication_review(evidence, "not improved at the current step"))
    return found


def _medication_indicated(state: PatientState, last: dict[str, int]) -> bool:
    # STANDARDS §2.1 more severe (CBT + antidepressant), §2.2 step 3 (or drug treatment),
    # §2.1 note 1.5.3 (the person prefers it).
    return (
        last.get("phq9", 0) >= PHQ9_MORE_SEVERE
        or last.get("gad7", 0) >= GAD7_STEP3
        or "prefers_medication_discussion" in state.preferences
    )


def _medication_review(evidence: dict[str, Any], why: str) -> Proposal:
    # STANDARDS §2 principle (b): clinician-only, no drug named, never shown to the patient.
    return Proposal(
        kind=Kind.medication_review,
        clinician_text="Consider a medication review with the prescriber.",
        patient_text=None,
        rationale=f"Severity or preference makes drug treatment a listed option ({why}).",
        guideline="STANDARDS §2 principle (b); §2.1 more severe option 1; §2.2 step 3",
        confidence=Confidence.moderate,
        evidence=evidence,
        clinician_only=True,
    )


def _monitoring(kind: Kind, evidence: dict[str, Any], why: str) -> Proposal:
    return Proposal(
        kind=kind,
        clinician_text="Routine monitoring: keep regular check-ins and questionnaires.",
        patient_text="Keep up your check-ins; your care team will keep an eye on how you are.",
        rationale=why,
        guideline="STANDARDS §2.1 (PHQ-9 0-4: routine monitoring); §2.2 step 1",
        confidence=Confidence.moderate,
        evidence=evidence,
        step=1,
    )


def _entry(state: PatientState) -> list[Proposal]:
    """First options from the NG222 and CG113 tables when no step has been recorded yet."""
    phq9 = state.phq9[-1].total if state.phq9 else None
    gad7 = state.gad7[-1].total if state.gad7 else None
    evidence = {"phq9": phq9, "gad7": gad7, "gad7_occasions": len(state.gad7)}
    found: list[Proposal] = []
    if "declines_treatment" in state.preferences and (phq9 or 0) < PHQ9_MORE_SEVERE:
        # STANDARDS §2.1: active monitoring for those who do not want treatment (2-4 weeks).
        found.append(
            Proposal(
                kind=Kind.active_monitoring,
                clinician_text="The person does not want treatment now: active monitoring, "
                "reassess within 2-4 weeks.",
                patient_text="Your care team will keep in touch and check how you are every few "
                "weeks. You can ask for more support at any time.",
                rationale="Preference: declines treatment; severity allows active monitoring.",
                guideline="STANDARDS §2.1 (less severe: active monitoring); §2 principle (d)",
                confidence=Confidence.moderate,
                evidence={**evidence, "preferences": sorted(state.preferences)},
                step=1,
            )
        )
        return found
    if phq9 is not None and phq9 >= PHQ9_MORE_SEVERE:
        found.append(_more_severe(evidence, state.preferences))
        found.append(_medication_review(evidence, f"PHQ-9 {phq9}: more severe depression"))
    elif phq9 is not None and phq9 >= PHQ9_NONE:
        found.append(_less_severe(evidence, state.preferences))
        if "prefers_medication_discussion" in state.preferences:
            found.append(_medication_review(evidence, "the person prefers to discuss it"))
    found += _gad(state, gad7, evidence, medication_listed=any(p.clinician_only for p in found))
    if not found:
        found.append(_monitoring(Kind.routine_monitoring, evidence, "PHQ-9 and GAD-7 below 5."))
    return found


def _less_severe(evidence: dict[str, Any], preferences: frozenset[str]) -> Proposal:
    # STANDARDS §2.1 less severe (PHQ-9 5-15): NICE order, least intrusive first; the SSRI
    # option (9) is left out here: not first-line unless preferred (1.5.3), clinician-only.
    group_first = "prefers_group" in preferences
    options = (
        "group CBT or group behavioural activation, or guided self-help"
        if group_first
        else "guided self-help first; or group CBT, group BA, individual CBT or BA"
    )
    return Proposal(
        kind=Kind.depression_less_severe,
        clinician_text=f"Less severe depression (NG222): offer {options}; also group exercise, "
        "mindfulness, IPT, counselling or short-term psychodynamic therapy.",
        patient_text="Your care team suggests starting with a guided self-help programme or a "
        "group course, and will talk the options through with you.",
        rationale=f"Latest PHQ-9 {evidence['phq9']} is in the less severe range (5-15).",
        guideline="STANDARDS §2.1 (NG222 less severe, options 1-8, 10-11)",
        confidence=Confidence.moderate,
        evidence={**evidence, "preferences": sorted(preferences)},
        step=2,
    )


def _more_severe(evidence: dict[str, Any], preferences: frozenset[str]) -> Proposal:
    # STANDARDS §2.1 more severe (PHQ-9 >= 16): options 1-3 confirmed in the NG222 rationale.
    return Proposal(
        kind=Kind.depression_more_severe,
        clinician_text="More severe depression (NG222): offer individual CBT or individual "
        "behavioural activation (with an antidepressant as a clinician decision); then problem "
        "solving, counselling, psychodynamic therapy or IPT.",
        patient_text="Your care team suggests one-to-one talking therapy and will discuss the "
        "options with you.",
        rationale=f"Latest PHQ-9 {evidence['phq9']} is in the more severe range (16 or more).",
        guideline="STANDARDS §2.1 (NG222 more severe, options 1-3)",
        confidence=Confidence.moderate,
        evidence={**evidence, "preferences": sorted(preferences)},
        step=3,
    )


def _gad(
    state: PatientState, gad7: int | None, evidence: dict[str, Any], *, medication_listed: bool
) -> list[Proposal]:
    if gad7 is None or gad7 < GAD7_STEP1:
        return []
    persisting = len(state.gad7) >= 2 and all(s.total >= GAD7_STEP2 for s in state.gad7[-2:])
    if gad7 >= GAD7_STEP3:
        # STANDARDS §2.2 step 3 (local prompt GAD-7 >= 15): CBT or applied relaxation, or drugs.
        found = [
            Proposal(
                kind=Kind.gad_step3,
                clinician_text="Anxiety (CG113 step 3): offer high-intensity CBT or applied "
                "relaxation; drug treatment is the alternative (clinician decision).",
                patient_text="Your care team suggests one-to-one therapy for anxiety and will "
                "talk the options through with you.",
                rationale=f"Latest GAD-7 {gad7} (15 or more; local prompt for step 3).",
                guideline="STANDARDS §2.2 step 3 (GAD-7 prompt is local, not NICE)",
                confidence=Confidence.moderate,
                evidence=evidence,
                step=3,
            )
        ]
        if not medication_listed:
            found.append(_medication_review(evidence, f"GAD-7 {gad7}: CG113 step 3"))
        return found
    if persisting:
        return [
            Proposal(
                kind=Kind.gad_step2,
                clinician_text="Anxiety persisting (CG113 step 2): offer low-intensity support: "
                "guided self-help (5-7 sessions), non-facilitated self-help or a "
                "psychoeducational group.",
                patient_text="Your care team suggests a short guided self-help course or group "
                "for anxiety.",
                rationale=f"GAD-7 {gad7} and 10 or more on the last two occasions.",
                guideline="STANDARDS §2.2 step 2 (GAD-7 prompt is local, not NICE)",
                confidence=Confidence.moderate,
                evidence=evidence,
                step=2,
            )
        ]
    return [
        Proposal(
            kind=Kind.gad_step1,
            clinician_text="Anxiety (CG113 step 1): assessment, education about GAD and its "
            "treatments, active monitoring.",
            patient_text="Your care team will share information about anxiety and what helps, "
            "and keep checking in with you.",
            rationale=f"Latest GAD-7 {gad7} (5 or more, first contact or not yet persisting).",
            guideline="STANDARDS §2.2 step 1 (GAD-7 prompt is local, not NICE)",
            confidence=Confidence.moderate,
            evidence=evidence,
            step=1,
        )
    ]


def _helpful(state: PatientState) -> list[Proposal]:
    """Keep doing what has helped: clear n-of-1 effects and exercises the person said helped."""
    found = []
    for effect in state.effects:
        if not effect.clear or effect.difference is None or effect.difference <= 0:
            continue
        label = effect.tag.split(":", 1)[-1].replace("_", " ")
        found.append(
            Proposal(
                kind=f"{Kind.keep_doing}:{effect.tag}:{effect.outcome}",
                clinician_text=f"Encourage '{label}': next-day {effect.outcome} was "
                f"{effect.difference:+.1f} points (95% CI {effect.ci_low:+.1f} to "
                f"{effect.ci_high:+.1f}; {effect.n_with} days with, {effect.n_without} without).",
                patient_text=f"Looking at your check-ins, your {effect.outcome} tended to be "
                f"better the day after '{label}'. It may be worth keeping it up.",
                rationale="Observational n-of-1 association in the person's own check-ins; "
                "other things on those days may explain it.",
                guideline="n-of-1 analysis of own check-ins (not a guideline rule)",
                confidence=Confidence.moderate if effect.n_with >= 20 else Confidence.low,
                evidence={"nof1": effect.as_dict()},
            )
        )
    for exercise in state.said_helped:
        label = exercise.replace("_", " ")
        found.append(
            Proposal(
                kind=f"{Kind.keep_doing}:exercise:{exercise}:said_helped",
                clinician_text=f"The person said '{label}' helped; consider building it into "
                "their plan.",
                patient_text=f"You said '{label}' helped. It could be worth coming back to.",
                rationale="The person's own feedback in the companion.",
                guideline="STANDARDS §2 principle (d): shared choice",
                confidence=Confidence.low,
                evidence={"exercise": exercise, "source": "companion feedback"},
            )
        )
    return found
