"""Administrators' crisis lines per country, stored in the database over the YAML defaults."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from babel import Locale
from sqlalchemy import Date, ForeignKey, String, UniqueConstraint, event, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from mindline.audit import service as audit_service
from mindline.authz import Actor
from mindline.companion import crisis_lines
from mindline.companion.crisis_lines import Line, slugify
from mindline.config import Settings
from mindline.core import clock
from mindline.core.errors import InvalidInput, NotFound
from mindline.db.base import Base, TimestampMixin
from mindline.db.session import get_engine

REVERIFY_AFTER = dt.timedelta(days=365)  # older entries are flagged to administrators
# CLDR territories that are not ISO 3166-1 alpha-2 country codes.
_NOT_ISO = {
    "AC",
    "CP",
    "CQ",
    "DG",
    "EA",
    "EU",
    "EZ",
    "IC",
    "QO",
    "TA",
    "UN",
    "XA",
    "XB",
    "XK",
    "ZZ",
}
COUNTRY_NAMES: dict[str, str] = {
    code: name
    for code, name in Locale("en").territories.items()
    if len(code) == 2 and code.isalpha() and code not in _NOT_ISO
}
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]*$")
LIMITS = {"name": 120, "phone": 32, "sms": 32, "url": 300, "hours": 80, "notes": 500}


class CrisisLineEntry(TimestampMixin, Base):
    """One helpline an administrator added, or a default line they replaced (same slug)."""

    __tablename__ = "crisis_line_entry"
    __table_args__ = (UniqueConstraint("country", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(String(2))
    slug: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(32), default="")
    sms: Mapped[str] = mapped_column(String(32), default="")
    url: Mapped[str] = mapped_column(String(300), default="")
    hours: Mapped[str] = mapped_column(String(80))
    notes: Mapped[str] = mapped_column(String(500), default="")
    last_verified: Mapped[dt.date] = mapped_column(Date)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


@dataclass(frozen=True)
class EntryIn:
    """A validated entry, ready to store."""

    name: str
    phone: str
    sms: str
    url: str
    hours: str
    notes: str
    last_verified: dt.date


def check_country(value: str) -> str:
    code = (value or "").strip().upper()
    if code not in COUNTRY_NAMES:
        raise InvalidInput(
            "Unknown country.",
            fields={"country": "Use a two-letter ISO 3166 country code, e.g. GB, US, IE."},
        )
    return code


def validate(raw: dict[str, Any], today: dt.date) -> EntryIn:
    """Check every field; raise one InvalidInput naming each bad field and what is allowed."""
    values = {k: str(raw.get(k) or "").strip() for k in (*LIMITS, "last_verified")}
    errors: dict[str, str] = {}
    for field, limit in LIMITS.items():
        if len(values[field]) > limit:
            errors[field] = f"At most {limit} characters."
    if not values["name"]:
        errors["name"] = "Enter the service's name."
    if not values["hours"]:
        errors["hours"] = "Enter the opening hours, e.g. 24/7."
    for field in ("phone", "sms"):
        value = values[field]
        if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 2):
            errors[field] = "Use digits, spaces, brackets, hyphens and a leading +, e.g. 116 123."
    if values["url"]:
        parts = urlsplit(values["url"])
        if parts.scheme != "https" or not parts.hostname or " " in values["url"]:
            errors["url"] = "Use a full https:// address, e.g. https://www.samaritans.org."
    if not (values["phone"] or values["sms"] or values["url"]) and not errors:
        errors["phone"] = "Give at least a phone number, a text number or a web address."
    verified: dt.date | None = None
    try:
        verified = dt.date.fromisoformat(values["last_verified"])
    except ValueError:
        errors["last_verified"] = "Use a date as YYYY-MM-DD."
    if verified is not None and verified > today:
        errors["last_verified"] = "The date it was checked cannot be in the future."
    if errors:
        raise InvalidInput("Some fields need attention.", fields=errors)
    assert verified is not None
    return EntryIn(**{k: values[k] for k in LIMITS}, last_verified=verified)


def _check_slug(slug: str) -> str:
    if not slug or slugify(slug) != slug or len(slug) > 120:
        raise InvalidInput(
            "Bad entry key.",
            fields={"slug": "Lower-case letters and digits joined by hyphens, e.g. samaritans."},
        )
    return slug


def _expire_after_commit(session: Session) -> None:
    # Expiring before the commit could let another request cache the old rows again.
    event.listen(session, "after_commit", lambda _s: crisis_lines.expire_overrides(), once=True)


def list_entries(*, session: Session, country: str | None = None) -> list[CrisisLineEntry]:
    query = select(CrisisLineEntry).order_by(CrisisLineEntry.country, CrisisLineEntry.name)
    if country:
        query = query.where(CrisisLineEntry.country == country)
    return list(session.scalars(query))


def get_entry(*, session: Session, country: str, slug: str) -> CrisisLineEntry | None:
    return session.scalar(
        select(CrisisLineEntry).where(
            CrisisLineEntry.country == country, CrisisLineEntry.slug == slug
        )
    )


def put(
    *, session: Session, actor: Actor, country: str, slug: str, raw: dict[str, Any]
) -> tuple[CrisisLineEntry, bool]:
    """Create or replace the entry; returns it and whether it is new. Writes nothing on error."""
    code = check_country(country)
    key = _check_slug(slug)
    data = validate(raw, clock.now().date())
    row = get_entry(session=session, country=code, slug=key)
    created = row is None
    if row is None:
        row = CrisisLineEntry(country=code, slug=key)
        session.add(row)
    for field, value in vars(data).items():
        setattr(row, field, value)
    row.changed_by_id = actor.user_id
    session.flush()
    audit_service.record_by(
        session,
        actor,
        "crisis_line_created" if created else "crisis_line_updated",
        target_type="crisis_line",
        target_id=row.id,
        detail={"country": code, "slug": key},
    )
    _expire_after_commit(session)
    return row, created


def delete(*, session: Session, actor: Actor, country: str, slug: str) -> bool:
    """Remove the entry (the YAML default with that slug shows again); False when absent."""
    row = get_entry(session=session, country=check_country(country), slug=_check_slug(slug))
    if row is None:
        return False
    row_id = row.id
    session.delete(row)
    session.flush()
    audit_service.record_by(
        session,
        actor,
        "crisis_line_deleted",
        target_type="crisis_line",
        target_id=row_id,
        detail={"country": row.country, "slug": row.slug},
    )
    _expire_after_commit(session)
    return True


def require(*, session: Session, country: str, slug: str) -> CrisisLineEntry:
    row = get_entry(session=session, country=check_country(country), slug=_check_slug(slug))
    if row is None:
        raise NotFound("No such crisis line entry.")
    return row


def to_line(row: Any) -> Line:
    """A stored entry as the line patients see; ``contact`` is built from its parts."""
    contact = [f"call {row.phone}" if row.phone else "", f"text {row.sms}" if row.sms else ""]
    contact.append(row.url)
    return Line(
        name=row.name,
        contact="; ".join(c for c in contact if c),
        hours=row.hours,
        note=row.notes,
        phone=row.phone,
        sms=row.sms,
        url=row.url,
        last_verified=row.last_verified,
        source="admin",
    )


def needs_reverification(line: Line, today: dt.date) -> bool:
    return line.last_verified is not None and today - line.last_verified > REVERIFY_AFTER


def loader_for(settings: Settings) -> crisis_lines.Loader:
    """Read every entry on a connection of its own, giving up quickly if the table is locked."""

    def load() -> dict[str, dict[str, Line]]:
        table = CrisisLineEntry.__table__
        with get_engine(settings).connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SET LOCAL lock_timeout = '500ms'"))
                conn.execute(text("SET LOCAL statement_timeout = '2s'"))
            rows = conn.execute(select(table).order_by(table.c.id)).all()
        found: dict[str, dict[str, Line]] = {}
        for row in rows:
            found.setdefault(row.country, {})[row.slug] = to_line(row)
        return found

    return load


def overview(*, session: Session, today: dt.date, only: str | None = None) -> list[dict[str, Any]]:
    """Every country with defaults or entries, read fresh from the database; stale lines flagged."""
    by_country: dict[str, dict[str, Line]] = {}
    for row in list_entries(session=session, country=only):
        by_country.setdefault(row.country, {})[row.slug] = to_line(row)
    rows = []
    codes = {only} if only else set(crisis_lines.directory().countries) | set(by_country)
    for code in sorted(codes):
        resources = crisis_lines.merge(crisis_lines.defaults(code), by_country.get(code, {}))
        rows.append(
            {
                "code": code,
                "name": COUNTRY_NAMES.get(code, code),
                "resources": resources,
                "lines": [
                    {"line": line, "stale": needs_reverification(line, today)}
                    for line in resources.lines
                ],
            }
        )
    return rows
