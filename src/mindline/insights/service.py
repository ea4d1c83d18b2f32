"""Per-patient suggestions: gather the person's data, run the rules, store, approve, decline.

Reads other domains through read-only queries; writes only insight_suggestion (and audit).
Services flush; the caller commits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mindline.alerts.models import Alert
from mindline.audit import service as audit_service
from mindline.companion import service as companion_service
from mindline.companion.models import CompanionMessage
from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.insights import nof1, rules
from mindline.insights.enums import Status
from mindline.insights.errors import SuggestionDecided, SuggestionNotFound
from mindline.insights.models import Suggestion
from mindline.monitoring.models import CheckIn, QuestionnaireResponse

NOF1_DAYS = 180
# A declined kind is not proposed again for this long: the clinician has decided.
DECLINE_QUIET = timedelta(days=28)
MAX_REASON = 1000


def scores(*, session: Session, patient_id: int) -> tuple[list[rules.Score], list[rules.Score]]:
    """PHQ-9 and GAD-7 totals, oldest first (PHQ-9 with item 9)."""
    rows = session.execute(
        select(
            QuestionnaireResponse.instrument,
            QuestionnaireResponse.total,
            QuestionnaireResponse.answers,
            QuestionnaireResponse.authored_at,
        )
        .where(
            QuestionnaireResponse.patient_id == patient_id,
            QuestionnaireResponse.instrument.in_(("phq9", "gad7")),
            QuestionnaireResponse.deleted_at.is_(None),
            QuestionnaireResponse.total.is_not(None),
        )
        .order_by(QuestionnaireResponse.authored_at, QuestionnaireResponse.id)
    ).all()
    phq9, gad7 = [], []
    for instrument, total, answers, at in rows:
        if instrument == "phq9":
            item9 = answers[8] if len(answers) > 8 and isinstance(answers[8], int) else None
            phq9.append(rules.Score(at.date(), total, item9))
        else:
            gad7.append(rules.Score(at.date(), total))
    return phq9, gad7


def days(
    *, session: Session, patient_id: int, today: date, span: int = NOF1_DAYS
) -> list[nof1.Day]:
    """The person's check-in days with activity, trigger and companion-exercise tags."""
    since = today - timedelta(days=span)
    exercises: dict[date, set[str]] = defaultdict(set)
    for at, exercise in session.execute(
        select(CompanionMessage.created_at, CompanionMessage.exercise_id).where(
            CompanionMessage.patient_id == patient_id,
            CompanionMessage.exercise_id.is_not(None),
            CompanionMessage.role != "patient",
        )
    ):
        exercises[at.date()].add(f"exercise:{exercise}")
    rows = session.execute(
        select(
            CheckIn.local_on,
            CheckIn.mood,
            CheckIn.sleep_quality,
            CheckIn.activities,
            CheckIn.triggers,
        )
        .where(
            CheckIn.patient_id == patient_id,
            CheckIn.deleted_at.is_(None),
            CheckIn.local_on >= since,
        )
        .order_by(CheckIn.local_on)
    ).all()
    return [
        nof1.Day(
            on,
            mood,
            sleep,
            frozenset(
                [f"activity:{a}" for a in activities]
                + [f"trigger:{t}" for t in triggers]
                + sorted(exercises.get(on, ()))
            ),
        )
        for on, mood, sleep, activities, triggers in rows
    ]


def effects(*, session: Session, patient_id: int, today: date | None = None) -> list[nof1.Effect]:
    """n-of-1 effects of the person's activities and exercises (triggers are not advice)."""
    found = days(session=session, patient_id=patient_id, today=today or clock.now().date())
    tags = sorted({t for d in found for t in d.tags if not t.startswith("trigger:")})
    return nof1.analyse(found, tags=tags)


def open_risk_alerts(*, session: Session, patient_id: int) -> int:
    """Open or acknowledged (not resolved) high or urgent alerts."""
    return len(
        session.scalars(
            select(Alert.id).where(
                Alert.patient_id == patient_id,
                Alert.status != "resolved",
                Alert.severity.in_(("high", "urgent")),
            )
        ).all()
    )


def current_step(*, session: Session, patient_id: int) -> tuple[int | None, date | None]:
    """The step of the latest approved step-setting suggestion, and since when."""
    row = session.scalar(
        select(Suggestion)
        .where(
            Suggestion.patient_id == patient_id,
            Suggestion.status == Status.approved,
            Suggestion.step.is_not(None),
        )
        .order_by(Suggestion.decided_at.desc(), Suggestion.id.desc())
        .limit(1)
    )
    if row is None or row.decided_at is None:
        return None, None
    return row.step, row.decided_at.date()


def state_for(
    *, session: Session, patient_id: int, preferences: Sequence[str] = ()
) -> rules.PatientState:
    """Everything the rules need about one person, read from the other domains."""
    unknown = sorted(set(preferences) - rules.PREFERENCES)
    if unknown:
        raise InvalidInput(
            f"unknown preference {unknown[0]!r}",
            fields={"preferences": "allowed: " + ", ".join(sorted(rules.PREFERENCES))},
        )
    today = clock.now().date()
    phq9, gad7 = scores(session=session, patient_id=patient_id)
    step, since = current_step(session=session, patient_id=patient_id)
    return rules.PatientState(
        today=today,
        phq9=phq9,
        gad7=gad7,
        open_risk_alerts=open_risk_alerts(session=session, patient_id=patient_id),
        current_step=step,
        step_since=since,
        preferences=frozenset(preferences),
        effects=effects(session=session, patient_id=patient_id, today=today),
        said_helped=companion_service.helpful_exercises(session=session, patient_id=patient_id),
    )


def generate(
    *,
    session: Session,
    patient_id: int,
    preferences: Sequence[str] = (),
    actor_id: int | None = None,
) -> list[Suggestion]:
    """Run the rules and store new proposals; a still-proposed kind is not duplicated."""
    state = state_for(session=session, patient_id=patient_id, preferences=preferences)
    quiet_since = clock.now() - DECLINE_QUIET
    declined = set(
        session.scalars(
            select(Suggestion.kind).where(
                Suggestion.patient_id == patient_id,
                Suggestion.status == Status.declined,
                Suggestion.decided_at >= quiet_since,
            )
        )
    )
    created: list[Suggestion] = []
    for proposal in rules.suggest(state):
        if proposal.kind in declined:
            continue
        new_id = _insert_proposed(
            session,
            {
                "patient_id": patient_id,
                "kind": proposal.kind,
                "status": Status.proposed.value,
                "step": proposal.step,
                "clinician_text": proposal.clinician_text,
                "patient_text": None if proposal.clinician_only else proposal.patient_text,
                "rationale": proposal.rationale,
                "evidence": proposal.evidence,
                "guideline": proposal.guideline,
                "confidence": proposal.confidence.value,
                "clinician_only": proposal.clinician_only,
                "risk_override": proposal.risk_override,
                "created_at": clock.now(),
            },
        )
        if new_id is not None:
            created.append(session.get_one(Suggestion, new_id))
    audit_service.record(
        session,
        action="suggestions_generated",
        actor_id=actor_id,
        actor_role="clinician" if actor_id else "worker",
        target_type="patient",
        target_id=patient_id,
        patient_id=patient_id,
        detail={"created": [s.id for s in created]},
    )
    session.flush()
    return created


def _insert_proposed(session: Session, values: dict[str, Any]) -> int | None:
    """Insert a proposal, or skip it if the same kind is still proposed (the partial index)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = Suggestion.__table__
    assert isinstance(table, Table)
    stmt = (
        insert(table)
        .values(**values)
        .on_conflict_do_nothing(
            index_elements=["patient_id", "kind"], index_where=text("status = 'proposed'")
        )
        .returning(table.c.id)
    )
    found: int | None = session.execute(stmt).scalar_one_or_none()
    return found


def list_for_patient(
    *, session: Session, patient_id: int, status: str | None = None
) -> Sequence[Suggestion]:
    """A person's suggestions, newest first."""
    stmt = select(Suggestion).where(Suggestion.patient_id == patient_id)
    if status is not None:
        if status not in {s.value for s in Status}:
            raise InvalidInput(
                f"unknown status {status!r}", fields={"status": "proposed, approved or declined"}
            )
        stmt = stmt.where(Suggestion.status == status)
    return session.scalars(stmt.order_by(Suggestion.created_at.desc(), Suggestion.id.desc())).all()


def get_or_raise(*, session: Session, patient_id: int, suggestion_id: int) -> Suggestion:
    """One suggestion of this person, or SuggestionNotFound (also for another person's)."""
    row = session.get(Suggestion, suggestion_id)
    if row is None or row.patient_id != patient_id:
        raise SuggestionNotFound()
    return row


def approve(*, session: Session, suggestion: Suggestion, actor_id: int) -> Suggestion:
    """Approve a proposed suggestion; the patient sees it from now on (unless clinician-only)."""
    return _decide(session, suggestion, actor_id, Status.approved, None)


def decline(*, session: Session, suggestion: Suggestion, actor_id: int, reason: str) -> Suggestion:
    """Decline a proposed suggestion with a reason."""
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON:
        raise InvalidInput(
            "Say why the suggestion is declined.", fields={"reason": f"1-{MAX_REASON} characters"}
        )
    return _decide(session, suggestion, actor_id, Status.declined, reason)


def _decide(
    session: Session, suggestion: Suggestion, actor_id: int, status: Status, reason: str | None
) -> Suggestion:
    if suggestion.status != Status.proposed:
        raise SuggestionDecided(suggestion.status)
    suggestion.status = status.value
    suggestion.decided_at = clock.now()
    suggestion.decided_by_id = actor_id
    suggestion.decline_reason = reason
    audit_service.record(
        session,
        action=f"suggestion_{status.value}",
        actor_id=actor_id,
        actor_role="clinician",
        target_type="insight_suggestion",
        target_id=suggestion.id,
        patient_id=suggestion.patient_id,
        detail={"kind": suggestion.kind},
    )
    session.flush()
    return suggestion


def care_plan(*, session: Session, patient_id: int) -> Sequence[Suggestion]:
    """What the patient sees: approved items with patient wording, never clinician-only ones."""
    return session.scalars(
        select(Suggestion)
        .where(
            Suggestion.patient_id == patient_id,
            Suggestion.status == Status.approved,
            Suggestion.clinician_only.is_(False),
            Suggestion.patient_text.is_not(None),
        )
        .order_by(Suggestion.decided_at.desc(), Suggestion.id.desc())
    ).all()
