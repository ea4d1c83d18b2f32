"""Companion tables: conversations, messages, safety plans and usage alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from mindline.core import clock
from mindline.crypto import EncryptedText
from mindline.db.base import Base, TimestampMixin


class Conversation(TimestampMixin, Base):
    """One chat; the engine's ConversationState lives here, not in process memory."""

    __tablename__ = "conversation"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    status: Mapped[str] = mapped_column(String(8), default="open")
    # Copied out of the state so lists and summaries need not parse it.
    in_crisis: Mapped[bool] = mapped_column(default=False)
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    # Two processes answering the same conversation at once: the second write fails.
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class CompanionMessage(Base):
    """A patient message (with its risk screen) or a companion reply (with mode and rails)."""

    __tablename__ = "companion_message"
    __table_args__ = (
        # Never a missing screen: a patient message without a risk level cannot be stored.
        CheckConstraint("role <> 'patient' OR risk_level IS NOT NULL", name="screened"),
        Index("ix_companion_message_patient_created", "patient_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id"), index=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    role: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    risk_level: Mapped[str | None] = mapped_column(String(10), default=None)
    risk_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    mode: Mapped[str | None] = mapped_column(String(16), default=None)
    rails_fired: Mapped[list[str]] = mapped_column(JSON, default=list)
    exercise_id: Mapped[str | None] = mapped_column(String(64), default=None)
    # Set on the reply when the person said whether an exercise helped.
    feedback_helped: Mapped[bool | None] = mapped_column(default=None)
    shared_at: Mapped[datetime | None] = mapped_column(default=None)
    alert_id: Mapped[int | None] = mapped_column(default=None)

    @property
    def flagged(self) -> bool:
        """Moderate risk or above: always visible to the care team."""
        return self.risk_level in ("moderate", "high", "imminent")


class SafetyPlanRecord(Base):
    """The patient's safety plan, built with the companion; JSON, encrypted at rest."""

    __tablename__ = "companion_safety_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), unique=True)
    plan: Mapped[str] = mapped_column(EncryptedText)
    updated_at: Mapped[datetime] = mapped_column(default=clock.now, onupdate=clock.now)


class UsageAlert(Base):
    """When a usage-pattern alert was raised, so it is raised at most once a week."""

    __tablename__ = "companion_usage_alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    raised_at: Mapped[datetime] = mapped_column(default=clock.now)
    days: Mapped[list[str]] = mapped_column(JSON, default=list)
