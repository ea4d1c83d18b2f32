"""Alert tables: alerts, their evidence and history, the delivery outbox, inbox and routes.

Evidence points at its source with a loose (source_type, source_id) pair, never a foreign
key, so other domains can add and change their tables freely.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from mindline.core import clock
from mindline.crypto import EncryptedText
from mindline.db.base import Base, TimestampMixin


class Alert(Base):
    __tablename__ = "alert"
    # Dedupe looks up the open alert of a kind for a patient; the inbox lists by status.
    __table_args__ = (
        Index("ix_alert_patient_kind_status", "patient_id", "kind", "status"),
        Index("ix_alert_status_severity", "status", "severity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    source_type: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    last_seen_at: Mapped[datetime] = mapped_column(default=clock.now)
    # The clinician named at the first step (the primary), if the patient had one.
    assigned_clinician_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id"), default=None
    )
    escalation_level: Mapped[int] = mapped_column(default=0)
    level_started_at: Mapped[datetime] = mapped_column(default=clock.now)
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id"), default=None
    )
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    outcome: Mapped[str | None] = mapped_column(String(32), default=None)
    resolution_note: Mapped[str | None] = mapped_column(EncryptedText, default=None)
    digested_on: Mapped[date | None] = mapped_column(default=None)


class AlertEvidence(Base):
    """One cause of an alert: a loose link to its source and highlighted spans (offsets only)."""

    __tablename__ = "alert_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id"), index=True)
    source_type: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[str] = mapped_column(String(64))
    spans: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    seen_at: Mapped[datetime] = mapped_column(default=clock.now)


class AlertEvent(Base):
    """The alert's history: raised, duplicates, escalations, acknowledgement, resolution."""

    __tablename__ = "alert_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    level: Mapped[int] = mapped_column(default=0)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    at: Mapped[datetime] = mapped_column(default=clock.now)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AlertDelivery(Base):
    """The outbox: one row per (alert, channel, recipient, purpose), written with the alert."""

    __tablename__ = "alert_delivery"
    # The sweep looks for due, unclaimed rows.
    __table_args__ = (Index("ix_alert_delivery_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alert.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    purpose: Mapped[str] = mapped_column(String(32))
    level: Mapped[int] = mapped_column(default=0)
    recipient: Mapped[str] = mapped_column(String(500))
    recipient_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id"), default=None
    )
    route_id: Mapped[int | None] = mapped_column(default=None)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=clock.now)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    claimed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class DeliveryAttempt(Base):
    """Every attempt to send a delivery, successful or not."""

    __tablename__ = "delivery_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("alert_delivery.id"), index=True)
    number: Mapped[int]
    worker: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime] = mapped_column(default=clock.now)
    ok: Mapped[bool]
    permanent: Mapped[bool] = mapped_column(default=False)
    status_code: Mapped[int | None] = mapped_column(default=None)
    error: Mapped[str] = mapped_column(String(300), default="")


class InboxItem(Base):
    """The in-app channel: an alert (or digest) in a clinician's inbox."""

    __tablename__ = "alert_inbox_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alert.id"))
    # Unique: a redelivered in-app row never shows twice.
    delivery_id: Mapped[int] = mapped_column(ForeignKey("alert_delivery.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    read_at: Mapped[datetime | None] = mapped_column(default=None)


class AlertRoute(TimestampMixin, Base):
    """Administrator-configured targets: on-call (last step) or copies of every alert."""

    __tablename__ = "alert_route"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(500))
    severities: Mapped[list[str]] = mapped_column(JSON, default=list)
    secret: Mapped[str | None] = mapped_column(EncryptedText, default=None)
    enabled: Mapped[bool] = mapped_column(default=True)
