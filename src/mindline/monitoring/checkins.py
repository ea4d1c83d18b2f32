"""Daily check-ins: one per patient per local day; free text is risk-screened before storing.

The local day comes from the client (`local_on`) and must lie within one day of today's UTC
date, which covers every time zone (UTC-12 to UTC+14) without storing one per patient. A
second check-in for the same day updates the first (latest wins; earlier scores are kept in
`history`), so "editable that day" holds while the day is inside that window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline import risk
from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.monitoring import detection, events, schedules
from mindline.monitoring.enums import EventKind, Severity
from mindline.monitoring.models import CheckIn
from mindline.monitoring.rows import insert_or_skip

MAX_JOURNAL_CHARS = 5_000
MAX_NOTE_CHARS = 200
MAX_TAGS = 20
ACTIVITY_TAGS = (
    "exercise",
    "walk",
    "outdoors",
    "work",
    "study",
    "socialising",
    "family",
    "hobby",
    "housework",
    "self_care",
    "rest",
    "therapy_practice",
)
TRIGGER_TAGS = (
    "work_stress",
    "conflict",
    "loneliness",
    "money",
    "health",
    "poor_sleep",
    "alcohol",
    "news",
    "family",
    "study",
)
SCORES = ("mood", "anxiety", "sleep_quality")
# Risk levels that become monitoring events, and the severity hint for each.
EVENT_SEVERITY = {
    risk.RiskLevel.MODERATE: Severity.moderate,
    risk.RiskLevel.HIGH: Severity.high,
    risk.RiskLevel.IMMINENT: Severity.urgent,
}


@dataclass(frozen=True)
class CheckInValues:
    mood: int
    anxiety: int
    sleep_quality: int
    hours_slept: float | None = None
    activities: tuple[str, ...] = ()
    activity_note: str | None = None
    triggers: tuple[str, ...] = ()
    journal: str | None = None


@dataclass(frozen=True)
class Saved:
    checkin: CheckIn
    created: bool


def tags_from(setting: str, default: tuple[str, ...]) -> tuple[str, ...]:
    """Tags from a comma-separated setting, or the built-in list when it is empty."""
    tags = tuple(t.strip() for t in setting.split(",") if t.strip())
    return tags or default


def check_values(
    values: CheckInValues, *, activity_tags: Sequence[str], trigger_tags: Sequence[str]
) -> None:
    """Raise InvalidInput naming every bad field and what is allowed."""
    bad: dict[str, str] = {}
    for name in SCORES:
        value = getattr(values, name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            bad[name] = "whole number 0-10"
    hours = values.hours_slept
    if hours is not None and (
        isinstance(hours, bool) or not 0 <= hours <= 24 or round(hours, 1) != hours
    ):
        bad["hours_slept"] = "0 to 24 with at most one decimal"
    for name, given, allowed in (
        ("activities", values.activities, activity_tags),
        ("triggers", values.triggers, trigger_tags),
    ):
        unknown = [t for t in given if t not in allowed]
        if unknown or len(given) > MAX_TAGS:
            bad[name] = f"up to {MAX_TAGS} of: {', '.join(allowed)}"
    if values.journal is not None and len(values.journal) > MAX_JOURNAL_CHARS:
        bad["journal"] = f"at most {MAX_JOURNAL_CHARS} characters"
    if values.activity_note is not None and len(values.activity_note) > MAX_NOTE_CHARS:
        bad["activity_note"] = f"at most {MAX_NOTE_CHARS} characters"
    if bad:
        raise InvalidInput("Some check-in fields are not valid.", fields=bad)


def check_local_day(local_on: date | None) -> date:
    """The check-in's day: the client's local date, within one day of today (UTC)."""
    today = clock.now().date()
    if local_on is None:
        return today
    if abs((local_on - today).days) > 1:
        low, high = today - timedelta(days=1), today + timedelta(days=1)
        raise InvalidInput(
            "A check-in is for today (your local date).",
            fields={"local_on": f"a date from {low.isoformat()} to {high.isoformat()}"},
        )
    return local_on


def _screen(values: CheckInValues, locale: str) -> tuple[risk.RiskLevel, list[str], list[Any], str]:
    """Screen each free-text field; the highest level wins. Evidence keeps offsets, not text."""
    level = risk.RiskLevel.NONE
    categories: list[str] = []
    evidence: list[dict[str, Any]] = []
    version = ""
    for field, text in (("journal", values.journal), ("activity_note", values.activity_note)):
        if not text:
            continue
        found = risk.screen(text, locale=locale)
        version = found.model_version
        if found.level.rank > level.rank:
            level = found.level
        categories += [c for c in found.categories if c not in categories]
        evidence += [
            {"field": field, "start": e.start, "end": e.end, "reason": e.reason}
            for e in found.evidence
        ]
    return level, categories, evidence, version


def submit(
    *,
    session: Session,
    patient_id: int,
    locale: str,
    values: CheckInValues,
    local_on: date | None = None,
    activity_tags: Sequence[str] = ACTIVITY_TAGS,
    trigger_tags: Sequence[str] = TRIGGER_TAGS,
) -> Saved:
    """Store today's check-in, or update it; screen the text first and emit risk events."""
    check_values(values, activity_tags=activity_tags, trigger_tags=trigger_tags)
    day = check_local_day(local_on)
    journal = values.journal.strip() if values.journal else None
    note = values.activity_note.strip() if values.activity_note else None
    values = CheckInValues(**{**values.__dict__, "journal": journal, "activity_note": note})
    level, categories, evidence, version = _screen(values, locale)
    row = _for_day(session, patient_id, day)
    created = False
    if row is None:
        # Two devices submitting the same day at once: the unique constraint decides.
        now = clock.now()
        new_id = insert_or_skip(
            session,
            CheckIn.__table__,  # type: ignore[arg-type]
            {
                "patient_id": patient_id,
                "local_on": day,
                "history": [],
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
                **_fields(values, level, categories, evidence, version),
            },
            ["patient_id", "local_on"],
        )
        created = new_id is not None
        row = session.get(CheckIn, new_id) if new_id is not None else None
        row = row or _for_day(session, patient_id, day)
        assert row is not None
    text_changed = True
    if not created:
        text_changed = (row.journal, row.activity_note) != (journal, note)
        row.history = [*row.history, _snapshot(row)]
        for name, value in _fields(values, level, categories, evidence, version).items():
            setattr(row, name, value)
        row.deleted_at = None
        session.flush()
    if level in EVENT_SEVERITY and text_changed:
        events.emit(
            session=session,
            patient_id=patient_id,
            kind=EventKind.risk_journal,
            severity=EVENT_SEVERITY[level],
            source_type="checkin",
            source_id=row.id,
            evidence={
                "checkin_id": row.id,
                "local_on": day.isoformat(),
                "level": level.value,
                "categories": categories,
                "spans": evidence,
                "model_version": version,
            },
        )
    if level.rank >= risk.RiskLevel.HIGH.rank:
        # INSTRUMENTS.md §7a: the ASQ after a high-risk message.
        schedules.schedule_asq_now(session, patient_id, "risk_journal")
    detection.check_checkins(session=session, patient_id=patient_id, today=day)
    return Saved(checkin=row, created=created)


def _for_day(session: Session, patient_id: int, day: date) -> CheckIn | None:
    return session.scalar(
        select(CheckIn).where(CheckIn.patient_id == patient_id, CheckIn.local_on == day)
    )


def _fields(
    values: CheckInValues,
    level: risk.RiskLevel,
    categories: list[str],
    evidence: list[Any],
    version: str,
) -> dict[str, Any]:
    return {
        "mood": values.mood,
        "anxiety": values.anxiety,
        "sleep_quality": values.sleep_quality,
        "hours_slept": values.hours_slept,
        "activities": list(values.activities),
        "activity_note": values.activity_note,
        "triggers": list(values.triggers),
        "journal": values.journal,
        "risk_level": level.value,
        "risk_categories": categories,
        "risk_evidence": evidence,
        "risk_model_version": version,
    }


def _snapshot(row: CheckIn) -> dict[str, Any]:
    # Scores and tags only: earlier free text is not kept.
    return {
        "mood": row.mood,
        "anxiety": row.anxiety,
        "sleep_quality": row.sleep_quality,
        "hours_slept": row.hours_slept,
        "activities": row.activities,
        "triggers": row.triggers,
        "risk_level": row.risk_level,
        "saved_at": row.updated_at.isoformat() if row.updated_at else None,
    }


def list_for_patient(*, session: Session, patient_id: int, days: int = 180) -> list[CheckIn]:
    """A patient's check-ins over the last `days` days, newest first."""
    since = clock.now().date() - timedelta(days=days)
    rows = session.scalars(
        select(CheckIn)
        .where(
            CheckIn.patient_id == patient_id,
            CheckIn.local_on >= since,
            CheckIn.deleted_at.is_(None),
        )
        .order_by(CheckIn.local_on.desc())
    )
    return list(rows)
