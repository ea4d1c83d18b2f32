"""The database backend's counters: one row per key and window."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mindline.db.base import Base, UTCDateTime


class RateCounter(Base):
    """Requests counted for one limit, one subject and one fixed window."""

    __tablename__ = "rate_counter"
    __table_args__ = (Index("ix_rate_counter_expires_at", "expires_at"),)

    # name:hashed-subject:window-index; the subject is hashed so no address or e-mail is stored.
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True))
