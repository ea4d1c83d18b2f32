"""/api/v1/admin/crisis-lines: administrators' crisis lines per country over the defaults."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from mindline.accounts.deps import AdminActor
from mindline.companion import crisis_overrides
from mindline.core import clock
from mindline.db.deps import DbSession

router = APIRouter(prefix="/admin/crisis-lines", tags=["admin"])


class EntryBody(BaseModel):
    """One helpline; at least one of phone, sms and url. Checked field by field on save."""

    name: str = ""
    phone: str = ""
    sms: str = ""
    url: str = ""
    hours: str = ""
    notes: str = ""
    last_verified: str = Field("", description="YYYY-MM-DD, not in the future")


class LineRead(BaseModel):
    slug: str
    name: str
    contact: str
    hours: str
    note: str = ""
    phone: str = ""
    sms: str = ""
    url: str = ""
    last_verified: dt.date | None = None
    source: str
    needs_reverification: bool


class CountryRead(BaseModel):
    country: str
    name: str
    emergency: str
    lines: list[LineRead]


class EntryRead(BaseModel):
    id: int
    country: str
    slug: str
    name: str
    phone: str
    sms: str
    url: str
    hours: str
    notes: str
    last_verified: dt.date
    changed_by_id: int | None
    created: bool = False


def _country(row: dict[str, Any]) -> CountryRead:
    return CountryRead(
        country=row["code"],
        name=row["name"],
        emergency=row["resources"].emergency,
        lines=[
            LineRead(
                slug=item["line"].slug,
                needs_reverification=item["stale"],
                **item["line"].model_dump(),
            )
            for item in row["lines"]
        ],
    )


@router.get("", response_model=list[CountryRead])
def list_countries(actor: AdminActor, session: DbSession) -> list[CountryRead]:
    """Every country with defaults or entries, as patients see it, stale lines flagged."""
    return [_country(r) for r in crisis_overrides.overview(session=session, today=_today())]


@router.get("/{country}", response_model=CountryRead)
def get_country(country: str, actor: AdminActor, session: DbSession) -> CountryRead:
    """One country's merged lines (an unknown but valid code gives the fallback)."""
    code = crisis_overrides.check_country(country)
    for row in crisis_overrides.overview(session=session, today=_today(), only=code):
        return _country(row)
    raise AssertionError("overview always returns the requested country")


@router.put("/{country}/{slug}", response_model=EntryRead)
def put_entry(
    country: str,
    slug: str,
    body: EntryBody,
    actor: AdminActor,
    session: DbSession,
    response: Response,
) -> EntryRead:
    """Add a line, or replace the default line with the same slug; 201 when new."""
    row, created = crisis_overrides.put(
        session=session, actor=actor, country=country, slug=slug, raw=body.model_dump()
    )
    response.status_code = 201 if created else 200
    return EntryRead.model_validate(row, from_attributes=True).model_copy(
        update={"created": created}
    )


@router.delete("/{country}/{slug}")
def delete_entry(country: str, slug: str, actor: AdminActor, session: DbSession) -> dict[str, bool]:
    """Remove an entry (idempotent); a replaced default line shows again."""
    return {
        "deleted": crisis_overrides.delete(session=session, actor=actor, country=country, slug=slug)
    }


def _today() -> dt.date:
    return clock.now().date()
