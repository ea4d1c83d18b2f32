"""The clinician's caseload, triaged: open alerts, latest risk, last activity, overdue forms.

A few grouped queries over the whole caseload instead of one round of service calls per
patient, so a 60-patient caseload stays a handful of queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mindline.alerts.enums import SEVERITY_RANK, AlertStatus, Severity
from mindline.alerts.models import Alert
from mindline.care import service as care_service
from mindline.companion.models import CompanionMessage
from mindline.core import clock
from mindline.monitoring.models import CheckIn, MeasureSchedule, QuestionnaireResponse
from mindline.monitoring.schedules import OVERDUE_AFTER

RISK_RANK = {"none": 0, "low": 1, "moderate": 2, "high": 3, "imminent": 4}


@dataclass
class Row:
    patient_id: int
    name: str
    country: str
    team_role: str
    open_alerts: int = 0
    top_severity: str | None = None
    risk: str = "none"
    risk_at: datetime | None = None
    last_activity: datetime | None = None
    overdue: int = 0

    def sort_key(self) -> tuple[int, int, float]:
        severity = SEVERITY_RANK[Severity(self.top_severity)] if self.top_severity else -1
        activity = self.last_activity.timestamp() if self.last_activity else 0.0
        return (-severity, -RISK_RANK.get(self.risk, 0), -activity)


def _as_datetime(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if value is None:
        return None
    # A check-in's date counts from the start of that day.
    return datetime.combine(value, datetime.min.time())  # type: ignore[arg-type]


def _latest(current: datetime | None, other: datetime | None) -> datetime | None:
    if current is None:
        return other
    if other is None:
        return current
    return max(current.replace(tzinfo=None), other.replace(tzinfo=None))


def rows(session: Session, clinician_id: int) -> list[Row]:
    """Every patient on the clinician's care teams, most urgent first."""
    found = {
        p.id: Row(patient_id=p.id, name=u.display_name, country=p.country, team_role=role)
        for p, u, role in care_service.caseload(session=session, clinician_id=clinician_id)
    }
    ids = list(found)
    if not ids:
        return []
    _alerts(session, ids, found)
    _risk_and_activity(session, ids, found)
    _overdue(session, ids, found)
    return sorted(found.values(), key=Row.sort_key)


def _alerts(session: Session, ids: Sequence[int], found: dict[int, Row]) -> None:
    open_rows = session.execute(
        select(Alert.patient_id, Alert.severity).where(
            Alert.patient_id.in_(ids), Alert.status != AlertStatus.resolved.value
        )
    ).all()
    for patient_id, severity in open_rows:
        row = found[patient_id]
        row.open_alerts += 1
        if row.top_severity is None or (
            SEVERITY_RANK[Severity(severity)] > SEVERITY_RANK[Severity(row.top_severity)]
        ):
            row.top_severity = severity


def _risk_and_activity(session: Session, ids: Sequence[int], found: dict[int, Row]) -> None:
    # The newest screened text (a message or a check-in journal) sets the latest risk.
    last_message = (
        select(CompanionMessage.patient_id, func.max(CompanionMessage.id).label("id"))
        .where(CompanionMessage.patient_id.in_(ids), CompanionMessage.role == "patient")
        .group_by(CompanionMessage.patient_id)
        .subquery()
    )
    for patient_id, level, at in session.execute(
        select(
            CompanionMessage.patient_id, CompanionMessage.risk_level, CompanionMessage.created_at
        ).join(last_message, last_message.c.id == CompanionMessage.id)
    ).all():
        row = found[patient_id]
        row.risk, row.risk_at = level or "none", at
        row.last_activity = _latest(row.last_activity, at)
    last_checkin = (
        select(CheckIn.patient_id, func.max(CheckIn.local_on).label("day"))
        .where(CheckIn.patient_id.in_(ids), CheckIn.deleted_at.is_(None))
        .group_by(CheckIn.patient_id)
        .subquery()
    )
    for patient_id, level, day, updated in session.execute(
        select(CheckIn.patient_id, CheckIn.risk_level, CheckIn.local_on, CheckIn.updated_at).join(
            last_checkin,
            (last_checkin.c.patient_id == CheckIn.patient_id)
            & (last_checkin.c.day == CheckIn.local_on),
        )
    ).all():
        row = found[patient_id]
        seen = updated or _as_datetime(day)
        if row.risk_at is None or (
            seen and seen.replace(tzinfo=None) > row.risk_at.replace(tzinfo=None)
        ):
            row.risk, row.risk_at = level or "none", seen
        row.last_activity = _latest(row.last_activity, seen)
    for patient_id, at in session.execute(
        select(QuestionnaireResponse.patient_id, func.max(QuestionnaireResponse.authored_at))
        .where(QuestionnaireResponse.patient_id.in_(ids))
        .group_by(QuestionnaireResponse.patient_id)
    ).all():
        found[patient_id].last_activity = _latest(found[patient_id].last_activity, at)


def _overdue(session: Session, ids: Sequence[int], found: dict[int, Row]) -> None:
    cutoff = clock.now() - OVERDUE_AFTER
    for patient_id, count in session.execute(
        select(MeasureSchedule.patient_id, func.count())
        .where(
            MeasureSchedule.patient_id.in_(ids),
            MeasureSchedule.active.is_(True),
            MeasureSchedule.next_due_at.is_not(None),
            MeasureSchedule.next_due_at <= cutoff,
        )
        .group_by(MeasureSchedule.patient_id)
    ).all():
        found[patient_id].overdue = int(count)


def filtered(
    all_rows: list[Row], *, q: str = "", risk: str = "", alerts: str = "", overdue: bool = False
) -> list[Row]:
    """Apply the caseload filters: name search, minimum risk, alerts, overdue questionnaires."""
    out = all_rows
    if q.strip():
        needle = q.strip().casefold()
        out = [r for r in out if needle in r.name.casefold()]
    if risk in RISK_RANK:
        out = [r for r in out if RISK_RANK.get(r.risk, 0) >= RISK_RANK[risk]]
    if alerts == "open":
        out = [r for r in out if r.open_alerts]
    elif alerts in ("urgent", "high"):
        floor = SEVERITY_RANK[Severity(alerts)]
        out = [
            r for r in out if r.top_severity and SEVERITY_RANK[Severity(r.top_severity)] >= floor
        ]
    if overdue:
        out = [r for r in out if r.overdue]
    return out
