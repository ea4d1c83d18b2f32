"""Stored conversations: the safety pipeline around the pure engine, sharing and summaries.

The engine holds no state; each turn loads the conversation's state from its row and
writes the new state back in the same transaction as both messages and any alert.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mindline.accounts import service as accounts_service
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.care.models import Patient
from mindline.companion import engine, hooks, usage
from mindline.companion.crisis_lines import Resources, for_country
from mindline.companion.enums import RiskLevel
from mindline.companion.errors import (
    ConversationBusy,
    ConversationClosed,
    ConversationNotFound,
    MessageNotFound,
    NotInCrisis,
    RateLimited,
)
from mindline.companion.models import CompanionMessage, Conversation, SafetyPlanRecord
from mindline.companion.schemas import (
    SAFETY_PLAN_SECTIONS,
    ConversationState,
    DayUsageRead,
    EvidenceSpan,
    FlaggedMessage,
    MessageRead,
    PatientProfile,
    SafetyPlan,
    SummaryRead,
    Turn,
    UsageRead,
)
from mindline.companion.screening import Screened, Screener, assess, default_screen, normalise
from mindline.config import Settings
from mindline.core import clock

if TYPE_CHECKING:
    from mindline.companion.llm.turn import LLMMode

log = logging.getLogger(__name__)
RATE_WINDOW = timedelta(minutes=1)
SUMMARY_DAYS = 14
FLAGGED_LEVELS = ("moderate", "high", "imminent")


@dataclass(frozen=True)
class Exchange:
    """One stored turn: the patient's message, the reply and the engine's decision."""

    message: CompanionMessage
    reply: CompanionMessage
    turn: Turn


# --- conversations ----------------------------------------------------------------------


def start(*, session: Session, patient: Patient) -> Conversation:
    """Open a new conversation for the patient."""
    conversation = Conversation(patient_id=patient.id, state=ConversationState().model_dump())
    session.add(conversation)
    session.flush()
    return conversation


def list_for_patient(*, session: Session, patient_id: int) -> list[tuple[Conversation, int]]:
    """The patient's conversations, newest first, with their message counts."""
    counts = (
        select(CompanionMessage.conversation_id, func.count().label("n"))
        .where(CompanionMessage.patient_id == patient_id)
        .group_by(CompanionMessage.conversation_id)
        .subquery()
    )
    rows = session.execute(
        select(Conversation, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.conversation_id == Conversation.id)
        .where(Conversation.patient_id == patient_id)
        .order_by(Conversation.id.desc())
    ).all()
    return [(c, int(n)) for c, n in rows]


def get_or_raise(
    *, session: Session, patient_id: int, conversation_id: int, for_update: bool = False
) -> Conversation:
    """The patient's conversation, or ConversationNotFound (also for someone else's)."""
    query = select(Conversation).where(
        Conversation.id == conversation_id, Conversation.patient_id == patient_id
    )
    if for_update:
        # Serialises turns of one conversation across web processes (PostgreSQL row lock).
        query = query.with_for_update()
    if conversation := session.scalar(query):
        return conversation
    raise ConversationNotFound()


def message_count(*, session: Session, conversation_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(CompanionMessage.conversation_id == conversation_id)
        )
        or 0
    )


def recent_texts(*, session: Session, conversation_id: int, limit: int) -> list[str]:
    """The conversation's last ``limit`` messages (both roles), oldest first."""
    rows = session.scalars(
        select(CompanionMessage)
        .where(CompanionMessage.conversation_id == conversation_id)
        .order_by(CompanionMessage.id.desc())
        .limit(limit)
    ).all()
    return [m.text for m in reversed(rows)]


def close(*, session: Session, conversation: Conversation) -> Conversation:
    """Close a conversation; no further messages are accepted in it."""
    if conversation.status != "closed":
        conversation.status = "closed"
        conversation.closed_at = clock.now()
        session.flush()
    return conversation


def state_of(conversation: Conversation) -> ConversationState:
    return ConversationState.model_validate(conversation.state or {})


# --- the safety pipeline ----------------------------------------------------------------


def check_rate(*, settings: Settings, times: list[datetime]) -> None:
    """Raise RateLimited when the patient sent too many messages in the last minute
    (``times``: the patient's message times, oldest first, from `usage.since_yesterday`)."""
    now = clock.now()
    recent = [t for t in times if t >= now - RATE_WINDOW]
    if len(recent) < settings.companion_messages_per_minute:
        return
    oldest = recent[-settings.companion_messages_per_minute]
    wait = (oldest + RATE_WINDOW - now).total_seconds()
    raise RateLimited(retry_after=max(1, int(wait + 0.999)))


def send(
    *,
    session: Session,
    settings: Settings,
    patient: Patient,
    conversation_id: int,
    text: str,
    screen: Screener = default_screen,
    llm: LLMMode | None = None,
) -> Exchange:
    """Store the message, screen and answer it, raise any alert, store the reply and state.

    Everything is in the caller's transaction: it commits all of it or none of it.
    With MINDLINE_LLM_BASE_URL set (or ``llm`` given), open conversation is generated by
    the model; the risk screen still runs first and the crisis path never calls it.
    """
    conversation = get_or_raise(
        session=session, patient_id=patient.id, conversation_id=conversation_id, for_update=True
    )
    if conversation.status != "open":
        raise ConversationClosed()
    times = usage.since_yesterday(session=session, patient_id=patient.id)
    check_rate(settings=settings, times=times)
    profile = profile_for(session=session, settings=settings, patient=patient, times=times)
    recorder = _Recorder(screen)
    if llm is None and settings.llm_base_url:
        from mindline.companion.llm.factory import from_settings

        llm = from_settings(settings)
    earlier = recent_texts(
        session=session, conversation_id=conversation.id, limit=engine.CONTEXT_MESSAGES
    )
    turn = engine.reply(
        state_of(conversation), text, profile=profile, screen=recorder, llm=llm, earlier=earlier
    )
    screened = recorder.screened()
    now = clock.now()
    message = CompanionMessage(
        conversation_id=conversation.id,
        patient_id=patient.id,
        role="patient",
        text=text,
        created_at=now,
        risk_level=turn.risk_level.value,
        risk_categories=_categories(turn, screened),
        evidence=[e.model_dump() for e in _evidence(turn, screened)],
    )
    reply = CompanionMessage(
        conversation_id=conversation.id,
        patient_id=patient.id,
        role="companion",
        text=turn.reply,
        created_at=now,
        mode=turn.mode.value,
        rails_fired=list(turn.rails_fired),
        exercise_id=turn.exercise.id if turn.exercise else None,
        feedback_helped=turn.exercise_feedback[1] if turn.exercise_feedback else None,
    )
    if turn.exercise_feedback:
        reply.exercise_id = turn.exercise_feedback[0]
    session.add_all([message, reply])
    session.flush()  # the alert needs the message's id
    if turn.raise_alert is not None:
        message.alert_id = hooks.raise_alert(
            session=session,
            patient_id=patient.id,
            kind="risk_message",
            severity=hooks.severity_for(turn.raise_alert.level),
            evidence=[e.model_dump() for e in turn.raise_alert.evidence],
            source_type="companion_message",
            source_id=message.id,
            settings=settings,
        )
    if turn.risk_level.at_least(RiskLevel.HIGH):
        hooks.schedule_asq(session=session, patient_id=patient.id)
    if turn.safety_plan_update:
        merge_safety_plan(session=session, patient_id=patient.id, update=turn.safety_plan_update)
    conversation.state = turn.state.model_dump(mode="json")
    conversation.in_crisis = turn.state.crisis is not None
    for incident in turn.incidents:
        log.warning("companion incident %s in conversation %s", incident, conversation.id)
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConversationBusy() from exc
    return Exchange(message=message, reply=reply, turn=turn)


# --- consent ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    """The answer to a message sent without companion consent; the text was still screened."""

    message: str
    risk_level: RiskLevel
    resources: Resources
    alert_id: int | None = None


def companion_enabled(*, session: Session, patient_id: int) -> bool:
    """True when the patient has agreed to use the companion."""
    return care_service.has_consent(
        session=session, patient_id=patient_id, kind=ConsentKind.companion
    )


def screen_without_consent(
    *,
    session: Session,
    settings: Settings,
    patient: Patient,
    text: str,
    screen: Screener = default_screen,
) -> Refusal:
    """No companion without consent, but safety overrides consent for screening.

    The message is not stored and gets no companion reply; if it screens high or
    imminent, an alert with its evidence is raised in the caller's transaction.
    """
    resources = for_country(patient.country)
    message = (
        "The AI companion is turned off for your account, so this message was not sent to it. "
        'You can turn it on in Settings (consent: "Use the AI companion"), or ask your care '
        "team. If you need to talk to someone now:\n"
        f"{resources.as_text()}"
    )
    return _screen_refused(
        session, settings, patient, text, screen, "companion_unconsented", message, resources
    )


def screen_rate_limited(
    *,
    session: Session,
    settings: Settings,
    patient: Patient,
    text: str,
    retry_after: int,
    screen: Screener = default_screen,
) -> Refusal:
    """A message over a rate limit is refused, but screened like one sent without consent."""
    resources = for_country(patient.country)
    message = (
        "Messages are arriving faster than the companion can answer, so this one was not "
        f"sent. Please wait {retry_after} seconds and send it again. "
        "If you need to talk to someone now:\n"
        f"{resources.as_text()}"
    )
    return _screen_refused(
        session, settings, patient, text, screen, "companion_rate_limited", message, resources
    )


def _screen_refused(
    session: Session,
    settings: Settings,
    patient: Patient,
    text: str,
    screen: Screener,
    source_type: str,
    message: str,
    resources: Resources,
) -> Refusal:
    # Safety overrides the refusal: high or imminent risk still raises its alert.
    screened = assess(screen, text[: engine.MAX_INPUT_CHARS], patient.language)
    alert_id = None
    if screened.level.at_least(RiskLevel.HIGH):
        third_party = screened.has_flag("third_party")
        alert_id = hooks.raise_alert(
            session=session,
            patient_id=patient.id,
            kind="risk_message",
            severity="routine" if third_party else hooks.severity_for(screened.level),
            evidence=[e.model_dump() for e in screened.evidence],
            source_type=source_type,
            source_id=patient.id,
            settings=settings,
        )
        if not third_party:
            hooks.schedule_asq(session=session, patient_id=patient.id)
    return Refusal(
        message=message, risk_level=screened.level, resources=resources, alert_id=alert_id
    )


class _Recorder:
    """Passes calls to the screen and keeps its first result: the patient's message."""

    def __init__(self, screen: Screener) -> None:
        self.screen = screen
        self.first: object | None = None

    def __call__(self, text: str, locale: str = "en", context: Sequence[Any] | None = None) -> Any:
        result = self.screen(text, locale=locale, context=context)
        if self.first is None:
            self.first = result
        return result

    def screened(self) -> Screened | None:
        try:
            return normalise(self.first) if self.first is not None else None
        except (ValueError, TypeError):
            return None


def _evidence(turn: Turn, screened: Screened | None) -> list[EvidenceSpan]:
    # The alert's evidence includes what the engine added (a "yes" to the safety question).
    if turn.raise_alert:
        return list(turn.raise_alert.evidence)
    return list(screened.evidence) if screened else []


def _categories(turn: Turn, screened: Screened | None) -> list[str]:
    if turn.raise_alert:
        return list(turn.raise_alert.categories)
    return list(screened.categories) if screened else []


def clear_crisis(
    *, session: Session, conversation: Conversation, clinician_id: int
) -> Conversation:
    """A clinician closes crisis mode; recorded in the audit log."""
    state = state_of(conversation)
    if state.crisis is None:
        raise NotInCrisis()
    level = state.crisis.level.value
    new = engine.clear_crisis(state, closed_by=f"clinician:{clinician_id}")
    conversation.state = new.model_dump(mode="json")
    conversation.in_crisis = False
    audit_service.record(
        session,
        action="companion_crisis_closed",
        actor_id=clinician_id,
        actor_role="clinician",
        target_type="conversation",
        target_id=conversation.id,
        patient_id=conversation.patient_id,
        detail={"level": level},
    )
    session.flush()
    return conversation


# --- profile and safety plan ------------------------------------------------------------


def profile_for(
    *,
    session: Session,
    settings: Settings,
    patient: Patient,
    times: list[datetime],
) -> PatientProfile:
    """What the engine knows about the patient, read from stored data (``times``: the
    patient's message times from `usage.since_yesterday`)."""
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    first_name = (user.display_name or "").split(" ")[0] or None
    return PatientProfile(
        name=first_name,
        full_name=user.display_name,
        email=user.email,
        country=patient.country,
        locale=patient.language,
        helpful_exercises=helpful_exercises(session=session, patient_id=patient.id),
        recent_checkin_trend=hooks.checkin_trend(session=session, patient_id=patient.id),
        safety_plan=safety_plan(session=session, patient_id=patient.id),
        minutes_used_today=usage.minutes_today(times=times, country=patient.country),
        soft_limit_minutes=settings.companion_soft_limit_minutes,
    )


def helpful_exercises(*, session: Session, patient_id: int) -> list[str]:
    """Exercises the patient last said helped, most recent first."""
    rows = session.execute(
        select(CompanionMessage.exercise_id, CompanionMessage.feedback_helped)
        .where(
            CompanionMessage.patient_id == patient_id,
            CompanionMessage.feedback_helped.is_not(None),
        )
        .order_by(CompanionMessage.id.desc())
    ).all()
    latest: dict[str, bool] = {}
    for exercise_id, helped in rows:
        if exercise_id:
            latest.setdefault(exercise_id, bool(helped))
    return [e for e, helped in latest.items() if helped]


def _plan_row(session: Session, patient_id: int) -> SafetyPlanRecord | None:
    return session.scalar(select(SafetyPlanRecord).where(SafetyPlanRecord.patient_id == patient_id))


def safety_plan(*, session: Session, patient_id: int) -> SafetyPlan | None:
    """The patient's stored safety plan, or None."""
    row = _plan_row(session, patient_id)
    return SafetyPlan.model_validate_json(row.plan) if row else None


def safety_plan_row(*, session: Session, patient_id: int) -> SafetyPlanRecord | None:
    return _plan_row(session, patient_id)


def merge_safety_plan(
    *, session: Session, patient_id: int, update: dict[str, list[str]]
) -> SafetyPlan:
    """Replace the sections the patient just wrote; keep the others."""
    row = _plan_row(session, patient_id)
    plan = SafetyPlan.model_validate_json(row.plan) if row else SafetyPlan()
    for section, items in update.items():
        if section in SAFETY_PLAN_SECTIONS:
            setattr(plan, section, list(items))
    if row is None:
        session.add(SafetyPlanRecord(patient_id=patient_id, plan=plan.model_dump_json()))
    else:
        row.plan = plan.model_dump_json()
    return plan


# --- history, sharing, summaries ----------------------------------------------------------


def history(*, session: Session, conversation_id: int) -> Sequence[CompanionMessage]:
    """Every message of a conversation, oldest first."""
    return session.scalars(
        select(CompanionMessage)
        .where(CompanionMessage.conversation_id == conversation_id)
        .order_by(CompanionMessage.id)
    ).all()


def share(*, session: Session, patient_id: int, message_id: int, shared: bool) -> CompanionMessage:
    """Set or clear "share with my clinician" on one of the patient's messages."""
    message = session.scalar(
        select(CompanionMessage).where(
            CompanionMessage.id == message_id, CompanionMessage.patient_id == patient_id
        )
    )
    if message is None:
        raise MessageNotFound()
    message.shared_at = (message.shared_at or clock.now()) if shared else None
    session.flush()
    return message


def to_read(message: CompanionMessage) -> MessageRead:
    return MessageRead(
        id=message.id,
        conversation_id=message.conversation_id,
        role=message.role,
        text=message.text,
        created_at=message.created_at,
        risk_level=message.risk_level,
        risk_categories=message.risk_categories or [],
        mode=message.mode,
        rails_fired=message.rails_fired or [],
        exercise_id=message.exercise_id,
        shared=message.shared_at is not None,
        flagged=message.flagged,
    )


def highlight(text: str, evidence: Sequence[EvidenceSpan]) -> str:
    """The text with each evidence span wrapped in [[...]] (overlaps merged)."""
    spans = sorted((max(0, e.start), min(len(text), e.end)) for e in evidence if e.end > e.start)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out, pos = [], 0
    for start, end in merged:
        out += [text[pos:start], "[[", text[start:end], "]]"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def summary(
    *, session: Session, settings: Settings, patient: Patient, days: int = SUMMARY_DAYS
) -> SummaryRead:
    """Counts, modes, exercises, risk levels, flagged and shared messages; no transcript."""
    since = clock.now() - timedelta(days=days)
    messages = session.scalars(
        select(CompanionMessage)
        .where(CompanionMessage.patient_id == patient.id, CompanionMessage.created_at >= since)
        .order_by(CompanionMessage.id)
    ).all()
    mine = [m for m in messages if m.role == "patient"]
    replies = [m for m in messages if m.role != "patient"]
    flagged = [m for m in mine if m.risk_level in FLAGGED_LEVELS]
    open_crises = session.scalars(
        select(Conversation.id).where(
            Conversation.patient_id == patient.id, Conversation.in_crisis.is_(True)
        )
    ).all()
    return SummaryRead(
        days=days,
        conversations=len({m.conversation_id for m in messages}),
        open_crises=list(open_crises),
        patient_messages=len(mine),
        modes=dict(Counter(m.mode for m in replies if m.mode)),
        exercises=sorted({m.exercise_id for m in replies if m.exercise_id}),
        risk_levels=dict(Counter(m.risk_level for m in mine if m.risk_level)),
        flagged=[_flagged(m) for m in flagged],
        shared=[to_read(m) for m in messages if m.shared_at is not None],
        transcript_shared=care_service.has_consent(
            session=session, patient_id=patient.id, kind=ConsentKind.share_with_care_team
        ),
        usage=usage_read(session=session, settings=settings, patient=patient),
    )


def _flagged(message: CompanionMessage) -> FlaggedMessage:
    evidence = [EvidenceSpan.model_validate(e) for e in message.evidence or []]
    return FlaggedMessage(
        id=message.id,
        conversation_id=message.conversation_id,
        created_at=message.created_at,
        risk_level=message.risk_level or "none",
        risk_categories=message.risk_categories or [],
        text=message.text,
        highlighted=highlight(message.text, evidence),
        evidence=evidence,
        shared=message.shared_at is not None,
    )


def usage_read(*, session: Session, settings: Settings, patient: Patient) -> UsageRead:
    """The last seven days of use, for the care team and the summary."""
    week = usage.week(
        session=session,
        patient_id=patient.id,
        country=patient.country,
        soft_limit=settings.companion_soft_limit_minutes,
    )
    return UsageRead(
        soft_limit_minutes=settings.companion_soft_limit_minutes,
        heavy_days=sum(d.heavy for d in week),
        days=[
            DayUsageRead(
                day=d.day,
                messages=d.messages,
                minutes=d.minutes,
                late_night_messages=d.late_night_messages,
                over_limit=d.over_limit,
                heavy=d.heavy,
            )
            for d in week
        ],
    )
