"""Reliance safeguards: daily companion use per patient, from message timestamps.

Rules (README "Companion"):
- A patient's local time is their country's main time zone (``ZONES``); other countries
  use UTC. Days and the late-night window (00:00-05:00) are in that local time.
- Active minutes: each patient message adds the time since their previous message,
  capped at ``IDLE_CAP``; a message after a longer pause (or the first of the day) adds
  one minute, for reading and typing.
- A heavy day is one over the soft limit or with any late-night message; heavy use on
  ``HEAVY_DAYS`` of the last 7 days raises a routine ``usage_pattern`` alert, at most
  once a week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.companion.models import CompanionMessage
from mindline.core import clock

IDLE_CAP = timedelta(minutes=5)
PAUSE_MINUTES = 1.0
LATE_NIGHT_END_HOUR = 5
HEAVY_DAYS = 3
WEEK = 7
ZONES = {
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "US": "America/New_York",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "NL": "Europe/Amsterdam",
    "ES": "Europe/Madrid",
    "IT": "Europe/Rome",
    "IN": "Asia/Kolkata",
    "ZA": "Africa/Johannesburg",
}


@dataclass(frozen=True)
class DayUsage:
    """One local day of companion use."""

    day: date
    messages: int
    minutes: float
    late_night_messages: int
    over_limit: bool

    @property
    def heavy(self) -> bool:
        """Over the soft limit or any late-night use."""
        return self.over_limit or self.late_night_messages > 0


def local_zone(country: str) -> ZoneInfo:
    """The time zone used for a patient's days and nights."""
    return ZoneInfo(ZONES.get(country.upper(), "UTC"))


def active_minutes(times: Sequence[datetime]) -> float:
    """Minutes of active use for sorted message times, by the idle-gap rule."""
    total = 0.0
    previous: datetime | None = None
    for at in times:
        gap = at - previous if previous is not None else None
        if gap is None or gap > IDLE_CAP:
            total += PAUSE_MINUTES
        else:
            total += gap.total_seconds() / 60
        previous = at
    return round(total, 1)


def by_day(
    times: Sequence[datetime], zone: ZoneInfo, soft_limit: float, days: Sequence[date]
) -> list[DayUsage]:
    """Usage for each of ``days`` (local dates) from UTC message times."""
    grouped: dict[date, list[datetime]] = {d: [] for d in days}
    for at in sorted(times):
        local = at.astimezone(zone)
        if local.date() in grouped:
            grouped[local.date()].append(local)
    result = []
    for day, local_times in grouped.items():
        minutes = active_minutes(local_times)
        result.append(
            DayUsage(
                day=day,
                messages=len(local_times),
                minutes=minutes,
                late_night_messages=sum(t.hour < LATE_NIGHT_END_HOUR for t in local_times),
                over_limit=minutes >= soft_limit,
            )
        )
    return result


def _times(session: Session, patient_id: int, since: datetime) -> list[datetime]:
    return list(
        session.scalars(
            select(CompanionMessage.created_at)
            .where(
                CompanionMessage.patient_id == patient_id,
                CompanionMessage.role == "patient",
                CompanionMessage.created_at >= since,
            )
            .order_by(CompanionMessage.created_at)
        )
    )


def _last_days(zone: ZoneInfo, now: datetime, count: int) -> list[date]:
    today = now.astimezone(zone).date()
    return [today - timedelta(days=n) for n in range(count - 1, -1, -1)]


def week(
    *,
    session: Session,
    patient_id: int,
    country: str,
    soft_limit: float,
    now: datetime | None = None,
) -> list[DayUsage]:
    """The last seven local days, oldest first, today included."""
    now = now or clock.now()
    zone = local_zone(country)
    # Two extra days of margin: local days can start before the UTC day does.
    times = _times(session, patient_id, now - timedelta(days=WEEK + 1))
    return by_day(times, zone, soft_limit, _last_days(zone, now, WEEK))


def since_yesterday(
    *, session: Session, patient_id: int, now: datetime | None = None
) -> list[datetime]:
    """The patient's message times since a little over a day ago, oldest first: enough for
    both `minutes_today` and the per-minute rate check, in one query."""
    return _times(session, patient_id, (now or clock.now()) - timedelta(days=1, hours=1))


def minutes_today(*, times: list[datetime], country: str, now: datetime | None = None) -> float:
    """Active minutes so far in the patient's local day (``times``: from `since_yesterday`)."""
    now = now or clock.now()
    zone = local_zone(country)
    (today,) = by_day(times, zone, float("inf"), _last_days(zone, now, 1))
    return today.minutes
