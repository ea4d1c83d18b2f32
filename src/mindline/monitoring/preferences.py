"""What reminders reach a patient, how, and when (their local time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from mindline.audit import service as audit_service
from mindline.authz import Actor
from mindline.config import Settings
from mindline.core.errors import InvalidInput
from mindline.db.base import Base, TimestampMixin

DEFAULT_TIMEZONE = "Europe/London"
BOOL_FIELDS = ("questionnaire_reminders", "checkin_reminders", "in_app", "email")


class NotificationPreference(TimestampMixin, Base):
    """One row per patient; a patient without a row gets the defaults below."""

    __tablename__ = "notification_preference"

    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True)
    questionnaire_reminders: Mapped[bool] = mapped_column(default=True)
    checkin_reminders: Mapped[bool] = mapped_column(default=False)  # opt-in: daily is a lot to ask
    in_app: Mapped[bool] = mapped_column(default=True)
    email: Mapped[bool] = mapped_column(default=False)
    reminder_hour: Mapped[int] = mapped_column(default=0)  # 0: any time, as before settings
    quiet_start: Mapped[int | None] = mapped_column(default=None)
    quiet_end: Mapped[int | None] = mapped_column(default=None)
    timezone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIMEZONE)


@dataclass(frozen=True)
class Prefs:
    questionnaire_reminders: bool = True
    checkin_reminders: bool = False
    in_app: bool = True
    email: bool = False
    reminder_hour: int = 0
    quiet_start: int | None = None
    quiet_end: int | None = None
    timezone: str = DEFAULT_TIMEZONE

    def allows(self, kind: str, now: datetime) -> bool:
        """Whether a reminder of this kind may go out now, in the app or by e-mail (on, in
        hours, not quiet)."""
        wanted = self.questionnaire_reminders if kind == "questionnaire" else self.checkin_reminders
        if not wanted or not (self.in_app or self.email):
            return False
        hour = now.astimezone(ZoneInfo(self.timezone)).hour
        if hour < self.reminder_hour:
            return False
        return not in_quiet_hours(hour, self.quiet_start, self.quiet_end)


def in_quiet_hours(hour: int, start: int | None, end: int | None) -> bool:
    """Quiet from ``start`` up to ``end`` (exclusive), wrapping past midnight (22 to 7)."""
    if start is None or end is None or start == end:
        return False
    return start <= hour < end if start < end else hour >= start or hour < end


def _from_row(row: NotificationPreference | None) -> Prefs:
    if row is None:
        return Prefs()
    return Prefs(**{f: getattr(row, f) for f in Prefs.__dataclass_fields__})


def get(*, session: Session, patient_id: int) -> Prefs:
    return _from_row(session.get(NotificationPreference, patient_id))


def for_patients(*, session: Session, patient_ids: list[int]) -> dict[int, Prefs]:
    """Preferences for many patients at once; defaults for those without a row."""
    rows = session.scalars(
        select(NotificationPreference).where(NotificationPreference.patient_id.in_(patient_ids))
    )
    found = {row.patient_id: _from_row(row) for row in rows}
    return {pid: found.get(pid, Prefs()) for pid in patient_ids}


def _hour(raw: Any, field: str, errors: dict[str, str], *, optional: bool) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if optional:
            return None
        errors[field] = "Choose an hour from 0 to 23."
        return None
    try:
        value = int(raw)
    except (TypeError, ValueError):
        errors[field] = "Choose an hour from 0 to 23."
        return None
    if isinstance(raw, bool) or not 0 <= value <= 23:
        errors[field] = "Choose an hour from 0 to 23."
        return None
    return value


def _flag(raw: Any, field: str, errors: dict[str, str]) -> bool:
    if isinstance(raw, bool):
        return raw
    if raw in ("true", "on", "1"):
        return True
    if raw in (None, "", "false", "off", "0"):
        return False
    errors[field] = "Use true or false."
    return False


def validate(raw: dict[str, Any], settings: Settings) -> Prefs:
    """Check every field and name each bad one with what is allowed."""
    errors: dict[str, str] = {}
    flags = {f: _flag(raw.get(f), f, errors) for f in BOOL_FIELDS}
    hour = _hour(raw.get("reminder_hour"), "reminder_hour", errors, optional=False)
    start = _hour(raw.get("quiet_start"), "quiet_start", errors, optional=True)
    end = _hour(raw.get("quiet_end"), "quiet_end", errors, optional=True)
    if (
        (start is None) != (end is None)
        and "quiet_start" not in errors
        and "quiet_end" not in errors
    ):
        errors["quiet_end" if end is None else "quiet_start"] = (
            "Give both the start and the end of quiet hours, or neither."
        )
    tz = str(raw.get("timezone") or DEFAULT_TIMEZONE).strip()
    try:
        ZoneInfo(tz)
        if tz not in available_timezones():
            raise ZoneInfoNotFoundError(tz)
    except (ZoneInfoNotFoundError, ValueError):
        errors["timezone"] = "Use a time zone name such as Europe/London or America/New_York."
    if flags["email"] and not settings.smtp_host:
        errors["email"] = "E-mail is not set up on this server; choose in-app reminders."
    if errors:
        raise InvalidInput("Some settings need attention.", fields=errors)
    return Prefs(**flags, reminder_hour=hour or 0, quiet_start=start, quiet_end=end, timezone=tz)


def save(*, session: Session, actor: Actor, patient_id: int, prefs: Prefs) -> Prefs:
    row = session.get(NotificationPreference, patient_id)
    if row is None:
        row = NotificationPreference(patient_id=patient_id)
        session.add(row)
    for field in Prefs.__dataclass_fields__:
        setattr(row, field, getattr(prefs, field))
    session.flush()
    audit_service.record_by(session, actor, "notification_settings_updated", patient_id=patient_id)
    return prefs


def post(
    *,
    session: Session,
    prefs: Prefs,
    patient_id: int,
    kind: str,
    title: str,
    link: str,
    dedupe_key: str,
    emails: list[tuple[int, str]] | None,
) -> bool:
    """One reminder: the notice is the record (and its dedupe key makes a re-run harmless);
    without in-app reminders it is stored already read, so the app does not nag. E-mail goes
    into `emails` for the caller to send after the commit. True if it was new."""
    from mindline.monitoring import notices

    notice = notices.create(
        session=session,
        patient_id=patient_id,
        kind=kind,
        title=title,
        link=link,
        dedupe_key=dedupe_key,
    )
    if notice is None:
        return False
    if not prefs.in_app:
        notice.read_at = notice.created_at
    if prefs.email and emails is not None:
        emails.append((patient_id, link))
    return True


def remind_checkins(
    *, session: Session, now: datetime, emails: list[tuple[int, str]] | None = None
) -> int:
    """Post today's check-in reminder to each opted-in patient who has not checked in today.

    "Today" is the patient's local day; the notice's dedupe key makes a re-run harmless.
    """
    from mindline.care.models import Patient
    from mindline.monitoring.models import CheckIn

    rows = session.scalars(
        select(NotificationPreference)
        .join(Patient, Patient.id == NotificationPreference.patient_id)
        .where(
            NotificationPreference.checkin_reminders.is_(True),
            NotificationPreference.in_app.is_(True) | NotificationPreference.email.is_(True),
            Patient.deleted_at.is_(None),
        )
        .order_by(NotificationPreference.patient_id)
    ).all()
    posted = 0
    for row in rows:
        prefs = _from_row(row)
        if not prefs.allows("checkin", now):
            continue
        today = now.astimezone(ZoneInfo(prefs.timezone)).date()
        done = session.scalar(
            select(CheckIn.id).where(
                CheckIn.patient_id == row.patient_id,
                CheckIn.local_on == today,
                CheckIn.deleted_at.is_(None),
            )
        )
        if done is None and post(
            session=session,
            prefs=prefs,
            patient_id=row.patient_id,
            kind="checkin_due",
            title="How are you today? Your check-in takes a minute.",
            link="/checkin",
            dedupe_key=f"checkin:{today.isoformat()}",
            emails=emails,
        ):
            posted += 1
    return posted
