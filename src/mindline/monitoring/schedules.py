"""Questionnaire schedules per patient and instrument: defaults, due lists, reminders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.measures import get_instrument
from mindline.measures.errors import InstrumentDisabled
from mindline.monitoring import preferences
from mindline.monitoring.models import MeasureSchedule
from mindline.monitoring.rows import insert_or_skip

# INSTRUMENTS.md §12: PHQ-9 and GAD-7 every 2 weeks, WHO-5 every 2-4 weeks (monthly here),
# ASQ at intake and after a positive trigger (no interval). All due at intake.
DEFAULTS: dict[str, int | None] = {"phq9": 14, "gad7": 14, "who5": 30, "asq": None}
OVERDUE_AFTER = timedelta(days=3)
MAX_INTERVAL_DAYS = 365


@dataclass(frozen=True)
class Due:
    instrument: str
    name: str
    due_at: datetime
    overdue: bool
    reason: str


def ensure_defaults(*, session: Session, patient_id: int) -> None:
    """Create the default schedules a patient lacks (due now: intake)."""
    have = set(
        session.scalars(
            select(MeasureSchedule.instrument).where(MeasureSchedule.patient_id == patient_id)
        )
    )
    now = clock.now()
    for instrument, interval in DEFAULTS.items():
        if instrument in have:
            continue
        # Another request may create the same defaults at the same moment.
        insert_or_skip(
            session,
            MeasureSchedule.__table__,  # type: ignore[arg-type]
            {
                "patient_id": patient_id,
                "instrument": instrument,
                "interval_days": interval,
                "active": True,
                "next_due_at": now,
                "due_reason": "intake",
                "created_at": now,
                "updated_at": now,
            },
            ["patient_id", "instrument"],
        )


def list_for_patient(*, session: Session, patient_id: int) -> Sequence[MeasureSchedule]:
    """Every schedule of a patient (defaults created on first use)."""
    ensure_defaults(session=session, patient_id=patient_id)
    return session.scalars(
        select(MeasureSchedule)
        .where(MeasureSchedule.patient_id == patient_id)
        .order_by(MeasureSchedule.instrument)
    ).all()


def due(*, session: Session, patient_id: int) -> list[Due]:
    """Questionnaires due now, oldest due first, with overdue marked."""
    now = clock.now()
    rows = [
        s
        for s in list_for_patient(session=session, patient_id=patient_id)
        if s.active and s.next_due_at is not None and s.next_due_at <= now
    ]
    rows.sort(key=lambda s: (s.next_due_at or now, s.instrument))
    return [
        Due(
            instrument=s.instrument,
            name=get_instrument(s.instrument).name,
            due_at=s.next_due_at or now,
            overdue=now - (s.next_due_at or now) > OVERDUE_AFTER,
            reason=s.due_reason,
        )
        for s in rows
    ]


def _get_or_create(*, session: Session, patient_id: int, instrument: str) -> MeasureSchedule:
    ensure_defaults(session=session, patient_id=patient_id)
    row = session.scalar(
        select(MeasureSchedule).where(
            MeasureSchedule.patient_id == patient_id, MeasureSchedule.instrument == instrument
        )
    )
    if row is None:
        row = MeasureSchedule(patient_id=patient_id, instrument=instrument)
        session.add(row)
        session.flush()
    return row


def update(
    *,
    session: Session,
    patient_id: int,
    instrument: str,
    interval_days: int | None,
    active: bool,
    due_at: datetime | None,
    actor_id: int,
    enable_cssrs: bool = False,
) -> MeasureSchedule:
    """Change one schedule (care team); an unknown instrument or bad interval is a 422."""
    definition = get_instrument(instrument)
    if definition.requires_setting == "enable_cssrs" and not enable_cssrs:
        raise InstrumentDisabled(
            "the C-SSRS screener is switched off (needs a licence for electronic use)",
            fields={"instrument": "requires MINDLINE_ENABLE_CSSRS=true"},
        )
    if interval_days is not None and not 1 <= interval_days <= MAX_INTERVAL_DAYS:
        raise InvalidInput(
            "interval_days is out of range",
            fields={"interval_days": f"whole days 1-{MAX_INTERVAL_DAYS}, or null for none"},
        )
    row = _get_or_create(session=session, patient_id=patient_id, instrument=instrument)
    row.interval_days = interval_days
    row.active = active
    row.updated_by_id = actor_id
    if due_at is not None:
        row.next_due_at = due_at
        row.due_reason = "clinician"
    elif row.next_due_at is None and interval_days is not None:
        base = row.last_completed_at or clock.now()
        row.next_due_at = base + timedelta(days=interval_days)
        row.due_reason = "interval"
    session.flush()
    return row


def completed(*, session: Session, patient_id: int, instrument: str, at: datetime) -> None:
    """Move a schedule on after a response: next due one interval later, or not at all."""
    row = _get_or_create(session=session, patient_id=patient_id, instrument=instrument)
    if row.last_completed_at is not None and row.last_completed_at > at:
        return  # an older response (an import) does not move the schedule back
    row.last_completed_at = at
    if row.interval_days is not None:
        row.next_due_at = at + timedelta(days=row.interval_days)
        row.due_reason = "interval"
    else:
        row.next_due_at = None
        row.due_reason = ""
    session.flush()


def prompt_now(*, session: Session, patient_id: int, instrument: str, reason: str) -> None:
    """Make an instrument due now (a safety or deterioration trigger), active or not."""
    row = _get_or_create(session=session, patient_id=patient_id, instrument=instrument)
    now = clock.now()
    row.active = True
    if row.next_due_at is None or row.next_due_at > now:
        row.next_due_at = now
        row.due_reason = reason[:32]
    session.flush()


def schedule_asq_now(session: Session, patient_id: int, reason: str) -> None:
    """Make the ASQ suicide screen due now (INSTRUMENTS.md §7a: after item 9 or a risk message).

    The risk and companion code calls this after a high-risk message.
    """
    prompt_now(session=session, patient_id=patient_id, instrument="asq", reason=reason)


def remind_due(
    *, session: Session, limit: int = 100, emails: list[tuple[int, str]] | None = None
) -> int:
    """Post one in-app notice per due date of each active schedule; returns how many rows.

    Patients who turned questionnaire or in-app reminders off are left out; those in their
    quiet hours or before their reminder hour are reminded on a later run.
    """
    now = clock.now()
    pref = preferences.NotificationPreference
    rows = session.scalars(
        select(MeasureSchedule)
        .outerjoin(pref, pref.patient_id == MeasureSchedule.patient_id)
        .where(
            or_(
                pref.patient_id.is_(None),
                pref.questionnaire_reminders & (pref.in_app | pref.email),
            ),
            MeasureSchedule.active.is_(True),
            MeasureSchedule.next_due_at <= now,
            or_(
                MeasureSchedule.reminded_for.is_(None),
                MeasureSchedule.reminded_for != MeasureSchedule.next_due_at,
            ),
        )
        .order_by(MeasureSchedule.next_due_at)
        .limit(limit)
    ).all()
    prefs = preferences.for_patients(session=session, patient_ids=[r.patient_id for r in rows])
    for row in rows:
        assert row.next_due_at is not None
        if not prefs[row.patient_id].allows("questionnaire", now):
            continue
        name = get_instrument(row.instrument).name
        preferences.post(
            session=session,
            prefs=prefs[row.patient_id],
            patient_id=row.patient_id,
            kind="questionnaire_due",
            title=f"Your {name} questionnaire is ready when you are.",
            link=f"/questionnaires/{row.instrument}",
            dedupe_key=f"due:{row.instrument}:{row.next_due_at.isoformat()}",
            emails=emails,
        )
        row.reminded_for = row.next_due_at
    session.flush()
    return len(rows)
