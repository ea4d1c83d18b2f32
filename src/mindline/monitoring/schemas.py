"""Request and response shapes of the monitoring API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from mindline.core.schemas import Input, Output, RowId
from mindline.monitoring.checkins import MAX_JOURNAL_CHARS, MAX_NOTE_CHARS
from mindline.monitoring.outcomes import Change, Outcome


class OptionRead(Output):
    score: int
    label: str
    code: str


class ItemRead(Output):
    id: str
    text: str
    options: list[OptionRead]


class InstrumentRead(Output):
    id: str
    name: str
    title: str
    version: str
    purpose: str
    recall: str
    kind: str
    total_range: tuple[int, int] | None
    items: list[ItemRead]


class ResponseIn(Input):
    instrument: str = Field(min_length=1, max_length=32)
    # Checked by mindline.measures, whose errors name the item and the allowed values.
    answers: list[Any] | dict[str, Any]
    idempotency_key: str | None = Field(None, max_length=80)
    # Optional; when given it must be the patient in the path.
    patient_id: int | None = None


class ResponseRead(Output):
    id: int
    patient_id: int
    instrument: str
    answers: list[Any]
    total: int | None
    severity: str
    flags: list[str]
    algorithm_version: str
    source: str
    authored_at: datetime
    created_at: datetime
    show_crisis_resources: bool = False


class CheckInIn(Input):
    local_on: date | None = Field(None, description="the patient's local date (today)")
    mood: int = Field(ge=0, le=10, description="0 worst possible, 10 best possible")
    anxiety: int = Field(ge=0, le=10, description="0 not at all, 10 extremely")
    sleep_quality: int = Field(ge=0, le=10, description="0 very poor, 10 very good")
    hours_slept: float | None = Field(None, ge=0, le=24, description="one decimal")
    activities: list[str] = []
    activity_note: str | None = Field(None, max_length=MAX_NOTE_CHARS)
    triggers: list[str] = []
    journal: str | None = Field(None, max_length=MAX_JOURNAL_CHARS)


class CheckInRead(Output):
    id: int
    local_on: date
    mood: int
    anxiety: int
    sleep_quality: int
    hours_slept: float | None
    activities: list[str]
    activity_note: str | None
    triggers: list[str]
    # None when a clinician reads and the patient has not consented to sharing free text.
    journal: str | None
    created_at: datetime
    updated_at: datetime
    show_crisis_resources: bool = False
    # Only for the care team.
    risk_level: str | None = None
    risk_categories: list[str] | None = None
    risk_evidence: list[dict[str, Any]] | None = None


class CheckInTags(Output):
    activities: list[str]
    triggers: list[str]


class DueRead(Output):
    instrument: str
    name: str
    due_at: datetime
    overdue: bool
    reason: str


class ScheduleRead(Output):
    instrument: str
    interval_days: int | None
    active: bool
    next_due_at: datetime | None
    due_reason: str
    last_completed_at: datetime | None


class ScheduleUpdate(Input):
    instrument: str = Field(min_length=1, max_length=32)
    interval_days: int | None = Field(description="days between questionnaires; null: none")
    active: bool = True
    due_at: datetime | None = Field(None, description="make it due at this time (UTC)")


class EventRead(Output):
    id: int
    patient_id: int
    kind: str
    severity: str
    source_type: str
    source_id: int | None
    evidence: dict[str, Any]
    created_at: datetime
    consumed_at: datetime | None


class NoticeRead(Output):
    id: int
    kind: str
    title: str
    link: str
    created_at: datetime
    read_at: datetime | None


class NoticesRead(Input):
    ids: list[RowId] | None = Field(None, description="notices to mark read; null: all")


class ScorePoint(Output):
    response_id: int
    authored_at: datetime
    total: int | None
    severity: str
    flags: list[str]


class CheckInPoint(Output):
    local_on: date
    mood: int
    anxiety: int
    sleep_quality: int
    hours_slept: float | None
    risk_level: str


class RollingPoint(Output):
    local_on: date
    mean: float


class TrendRead(Output):
    patient_id: int
    as_of: datetime
    scores: dict[str, list[ScorePoint]]
    checkins: list[CheckInPoint]
    mood_rolling_7d: list[RollingPoint]
    mood_7d_mean: float | None
    mood_14d_baseline: float | None
    mood_7d_slope: float | None = Field(description="points per day over the last 7 days")
    changes: list[Change] = Field(description="first to latest PHQ-9 / GAD-7, reliable change")
    outcome: Outcome | None = Field(description="NHS Talking Therapies categories, so far")
