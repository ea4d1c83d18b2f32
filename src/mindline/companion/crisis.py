"""The deterministic crisis protocol: no language model, same words every time.

Crisis mode stays open, screening every message, until the person says they are
safe and answers a check question, or a clinician closes it (``clear_crisis``).
"""

from __future__ import annotations

from dataclasses import dataclass

from mindline.companion.enums import Intent, RiskLevel, Urgency
from mindline.companion.intents import Detected, is_no, is_yes, says_safe
from mindline.companion.phrases import Say, say
from mindline.companion.schemas import (
    SAFETY_PLAN_SECTIONS,
    AlertRequest,
    ConversationState,
    CrisisState,
    PatientProfile,
)
from mindline.companion.screening import Screened
from mindline.companion.text import normalise

_SECTION_TITLES = {
    "warning_signs": "Warning signs",
    "internal_coping": "Things I can do on my own",
    "distraction": "People and places that take my mind off things",
    "people_to_ask": "People I can ask for help",
    "professionals": "Professionals and services",
    "safer_environment": "Making my surroundings safer",
    "reasons_for_living": "What matters to me",
}


@dataclass(frozen=True)
class CrisisReply:
    """A crisis-protocol reply and whether crisis mode is still open."""

    text: str
    still_open: bool
    alert: AlertRequest | None = None


def alert_for(screened: Screened, reason: str) -> AlertRequest:
    """An urgent alert carrying the screen's evidence."""
    return AlertRequest(
        level=screened.level,
        category=screened.categories[0] if screened.categories else "suicidal_ideation",
        categories=screened.categories,
        evidence=screened.evidence,
        urgency=Urgency.URGENT,
        reason=reason,
        model_version=screened.model_version,
    )


def minimal(slots: dict[str, str]) -> str:
    """The shortest safe crisis reply; used if a rail ever blocks a crisis reply."""
    return say(Say.CRISIS_HOLD, 0, **slots)


def plan_text(profile: PatientProfile) -> str | None:
    """The person's safety plan as short lines, or None if they have none."""
    plan = profile.safety_plan
    if plan is None or plan.is_empty():
        return None
    lines = []
    for number, section in enumerate(SAFETY_PLAN_SECTIONS, start=1):
        items = getattr(plan, section)
        if items:
            lines.append(f"{number}. {_SECTION_TITLES[section]}: {', '.join(items)}")
    return "\n".join(lines)


def open_crisis(
    state: ConversationState, screened: Screened, profile: PatientProfile, slots: dict[str, str]
) -> CrisisReply:
    """Enter crisis mode with the full protocol reply."""
    if state.exercise is not None:
        state.paused = state.exercise
        state.exercise = None
    state.pending_offer = None
    state.awaiting_feedback = None
    categories = set(screened.categories)
    if "harm_to_others" in categories:
        key, asked = Say.CRISIS_OPEN_HARM_OTHERS, "thoughts"
    elif "abuse_or_violence" in categories:
        key, asked = Say.CRISIS_OPEN_DANGER, "safe"
    else:
        key, asked = Say.CRISIS_OPEN_SUICIDE, "thoughts"
    state.crisis = CrisisState(
        level=screened.level, categories=screened.categories, opened_turn=state.turn, asked=asked
    )
    offer = Say.SAFETY_PLAN_OFFER_HAVE if plan_text(profile) else Say.SAFETY_PLAN_OFFER_NONE
    name = slots.get("name", "")
    text = say(
        key,
        **slots,
        name_comma=f"{name}, " if name else "",
        safety_plan_offer=say(offer, **slots),
    )
    return CrisisReply(text, True, alert_for(screened, "crisis protocol opened"))


def continue_crisis(
    state: ConversationState,
    text: str,
    detected: Detected,
    screened: Screened,
    profile: PatientProfile,
    slots: dict[str, str],
) -> CrisisReply:
    """Answer a message while crisis mode is open."""
    assert state.crisis is not None
    crisis = state.crisis
    norm = normalise(text)
    pick = state.turn
    intent = detected.intent

    def reply(key: Say, asked: str, **extra: str) -> CrisisReply:
        crisis.asked = asked
        return CrisisReply(say(key, pick, **slots, **extra), True, alert)

    alert = None
    if screened.level.at_least(RiskLevel.HIGH):
        alert = alert_for(screened, "new risk disclosure during crisis mode")
        if screened.level.rank > crisis.level.rank:
            crisis.level = screened.level
        return reply(Say.CRISIS_NOT_YET, "other")
    calm = not screened.level.at_least(RiskLevel.MODERATE)
    if says_safe(norm) and calm:
        return reply(Say.CRISIS_CHECK, "check")
    if crisis.asked == "check":
        if (is_no(norm) or intent == Intent.NO) and calm:
            state.crisis = None
            return CrisisReply(say(Say.CRISIS_CLOSED, **slots), False, None)
        return reply(Say.CRISIS_NOT_YET, "other")
    if crisis.asked == "safe":
        if is_yes(norm) and calm:
            return reply(Say.CRISIS_CHECK, "check")
        if is_no(norm):
            return reply(Say.CRISIS_NOT_YET, "other")
    if crisis.asked == "thoughts":
        if is_yes(norm):
            return reply(Say.CRISIS_NOT_YET, "other")
        if is_no(norm):
            return reply(Say.CRISIS_HOLD, "safe")
    if intent == Intent.SAFETY_PLAN:
        plan = plan_text(profile)
        if plan is None:
            return reply(Say.CRISIS_NO_PLAN, "other")
        return reply(Say.CRISIS_SAFETY_PLAN, "other", plan=plan)
    if intent in (Intent.STOP, Intent.GOODBYE, Intent.PAUSE):
        return reply(Say.CRISIS_RESPECT_STOP, "other")
    if intent in (Intent.ASKS_AI, Intent.OVERRIDE):
        answer = say(Say.AI_ANSWER, **slots)
        held = reply(Say.CRISIS_HOLD, "safe")
        return CrisisReply(answer + "\n\n" + held.text, True, alert)
    if intent == Intent.WANTS_EXERCISE and detected.item_id in (
        "paced_breathing",
        "grounding_54321",
        None,
    ):
        return reply(Say.CRISIS_BREATHING, "safe")
    return reply(Say.CRISIS_HOLD, "safe")


def clear_crisis(state: ConversationState, *, closed_by: str) -> ConversationState:
    """Close crisis mode on a clinician's decision; returns a new state."""
    new = state.model_copy(deep=True)
    new.crisis = None
    new.crisis_closed_by = closed_by
    new.awaiting_safety_answer = False
    return new
