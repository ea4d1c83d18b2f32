"""Insights tables: suggestions for each person, with the clinician's decision."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from mindline.core import clock
from mindline.crypto import EncryptedText
from mindline.db.base import Base


class Suggestion(Base):
    """A proposed next step; patients see it only once approved, in its patient wording."""

    __tablename__ = "insight_suggestion"
    __table_args__ = (
        # Idempotent generation: at most one still-proposed suggestion per kind and person,
        # settled by the index, not a pre-check, when two generators race.
        Index(
            "uq_insight_suggestion_proposed",
            "patient_id",
            "kind",
            unique=True,
            sqlite_where=text("status = 'proposed'"),
            postgresql_where=text("status = 'proposed'"),
        ),
        Index("ix_insight_suggestion_patient_status", "patient_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    kind: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    # The step this suggestion moves the person to, if it is a step change (1-4).
    step: Mapped[int | None] = mapped_column(default=None)
    clinician_text: Mapped[str] = mapped_column(Text)
    # None: clinician-only (medication, safety workflow details); never shown to the patient.
    patient_text: Mapped[str | None] = mapped_column(Text, default=None)
    rationale: Mapped[str] = mapped_column(Text)
    # Guideline section and the data used (ids, scores, dates, n-of-1 estimates).
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    guideline: Mapped[str] = mapped_column(String(120), default="")
    confidence: Mapped[str] = mapped_column(String(16))
    clinician_only: Mapped[bool] = mapped_column(default=False)
    risk_override: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    decided_at: Mapped[datetime | None] = mapped_column(default=None)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), default=None)
    decline_reason: Mapped[str | None] = mapped_column(EncryptedText, default=None)
