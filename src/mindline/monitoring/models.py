"""Monitoring tables: questionnaire responses, check-ins, schedules, notices, events."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mindline.core import clock
from mindline.crypto import EncryptedText
from mindline.db.base import Base, SoftDeleteMixin, TimestampMixin


class QuestionnaireResponse(SoftDeleteMixin, Base):
    """One completed questionnaire: raw answers plus derived results (recomputable)."""

    __tablename__ = "questionnaire_response"
    __table_args__ = (
        # One row per retried submission: the constraint, not a pre-check, settles races.
        UniqueConstraint("patient_id", "idempotency_key"),
        Index("ix_questionnaire_response_patient_instrument", "patient_id", "instrument"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    instrument: Mapped[str] = mapped_column(String(32))
    # Checked item values in item order (int, "yes"/"no"/"declined" or null).
    answers: Mapped[list[Any]] = mapped_column(JSON)
    total: Mapped[int | None] = mapped_column(default=None)
    severity: Mapped[str] = mapped_column(String(32))
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    algorithm_version: Mapped[str] = mapped_column(String(40))
    # The whole typed Score as JSON (item 9 status, caseness rule, ...).
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(16), default="api")
    idempotency_key: Mapped[str | None] = mapped_column(String(80), default=None)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    authored_at: Mapped[datetime] = mapped_column(default=clock.now)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class CheckIn(TimestampMixin, SoftDeleteMixin, Base):
    """A daily check-in: one per patient per local day; a second one that day updates it."""

    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("patient_id", "local_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    # The patient's local calendar day, sent by the client and checked against now ± 1 day.
    local_on: Mapped[date]
    mood: Mapped[int]
    anxiety: Mapped[int]
    sleep_quality: Mapped[int]
    hours_slept: Mapped[float | None] = mapped_column(Float, default=None)
    activities: Mapped[list[str]] = mapped_column(JSON, default=list)
    activity_note: Mapped[str | None] = mapped_column(EncryptedText, default=None)
    triggers: Mapped[list[str]] = mapped_column(JSON, default=list)
    journal: Mapped[str | None] = mapped_column(EncryptedText, default=None)
    # Risk screen of the free text: level, categories, evidence spans (offsets, no text).
    risk_level: Mapped[str] = mapped_column(String(16), default="none")
    risk_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    risk_evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    risk_model_version: Mapped[str] = mapped_column(String(64), default="")
    # Earlier values of the same day (scores only), oldest first: latest wins, history kept.
    history: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


class MeasureSchedule(TimestampMixin, Base):
    """When a patient is next due an instrument; clinicians on the care team change it."""

    __tablename__ = "measure_schedule"
    __table_args__ = (UniqueConstraint("patient_id", "instrument"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    # None: event-driven only (the ASQ is due at intake and after a positive trigger).
    interval_days: Mapped[int | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)
    next_due_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    due_reason: Mapped[str] = mapped_column(String(32), default="")
    last_completed_at: Mapped[datetime | None] = mapped_column(default=None)
    # The due time the last reminder was sent for, so each due date is reminded once.
    reminded_for: Mapped[datetime | None] = mapped_column(default=None)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)


class Notice(Base):
    """An in-app notice for a patient (questionnaire reminders); e-mail comes later."""

    __tablename__ = "notice"
    __table_args__ = (UniqueConstraint("patient_id", "dedupe_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    link: Mapped[str] = mapped_column(String(200), default="")
    dedupe_key: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    read_at: Mapped[datetime | None] = mapped_column(default=None)


class MonitoringEvent(Base):
    """A typed signal for the alerts issue; evidence holds ids and spans, never free text."""

    __tablename__ = "monitoring_event"
    __table_args__ = (
        UniqueConstraint("patient_id", "dedupe_key"),
        # The alerts consumer reads unconsumed events oldest first.
        Index("ix_monitoring_event_consumed_at_id", "consumed_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    source_type: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[int | None] = mapped_column(default=None)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Periodic detectors set this so one episode yields one event.
    dedupe_key: Mapped[str | None] = mapped_column(String(120), default=None)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    consumed_at: Mapped[datetime | None] = mapped_column(default=None)


class PatientScan(Base):
    """When the periodic detectors last looked at a patient (the scan job's cursor)."""

    __tablename__ = "monitoring_scan"

    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True)
    scanned_at: Mapped[datetime] = mapped_column(default=clock.now)
