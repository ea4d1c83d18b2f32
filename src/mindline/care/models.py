"""Care tables."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mindline.core import clock
from mindline.crypto import EncryptedText
from mindline.db.base import Base, SoftDeleteMixin, TimestampMixin


class Patient(TimestampMixin, SoftDeleteMixin, Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), unique=True)
    country: Mapped[str] = mapped_column(String(2), default="GB")
    language: Mapped[str] = mapped_column(String(8), default="en")
    birth_date: Mapped[date | None] = mapped_column(default=None)
    tags: Mapped[str] = mapped_column(String(200), default="")


class CareTeamMember(Base):
    """One primary and any number of backup clinicians per patient."""

    __tablename__ = "care_team_member"
    __table_args__ = (UniqueConstraint("patient_id", "clinician_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    clinician_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    team_role: Mapped[str] = mapped_column(String(8))
    added_at: Mapped[datetime] = mapped_column(default=clock.now)


class Consent(Base):
    """Consent decisions are appended, never edited: the latest per kind is in force."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool]
    text_version: Mapped[str] = mapped_column(String(16), default="v1")
    recorded_at: Mapped[datetime] = mapped_column(default=clock.now)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ClinicalNote(TimestampMixin, SoftDeleteMixin, Base):
    """A clinician's note about a patient; the text is encrypted at rest."""

    __tablename__ = "clinical_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    body: Mapped[str] = mapped_column(EncryptedText)
