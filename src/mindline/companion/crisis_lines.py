"""Crisis lines by country, read from ``crisis_lines.yaml``."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from mindline.companion.errors import ContentError

FILE_NAME = "crisis_lines.yaml"


class Line(BaseModel):
    """One helpline."""

    name: str = Field(min_length=1)
    contact: str = Field(min_length=1)
    hours: str = Field(min_length=1)
    note: str = ""


class CountryLines(BaseModel):
    """Emergency number and crisis lines for one country."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    emergency: str = Field(min_length=1)
    emergency_verified: bool = True
    last_verified: dt.date
    lines: list[Line] = Field(min_length=1)


class EuDefault(BaseModel):
    """What EU/EEA members without their own entry get."""

    emergency: str
    last_verified: dt.date
    members: list[str]
    lines: list[Line]


class Fallback(BaseModel):
    """Guidance for countries we hold no verified numbers for."""

    emergency: str
    last_verified: dt.date
    advice: str = Field(min_length=1)


class CrisisDirectory(BaseModel):
    """The whole file."""

    version: int
    countries: dict[str, CountryLines]
    eu: EuDefault
    fallback: Fallback


class Resources(BaseModel):
    """What a reply shows: always an emergency number, lines when we have them."""

    country: str
    emergency: str
    lines: list[Line] = Field(default_factory=list)
    advice: str = ""
    last_verified: dt.date

    def as_text(self) -> str:
        """Render as short lines for a chat reply."""
        parts = [f"• {line.name}: {line.contact} ({line.hours})" for line in self.lines]
        if self.advice:
            parts.append(self.advice)
        if self.lines:
            # The fallback advice already says to call the local emergency number.
            parts.append(
                f"• In an emergency, or if you might act on these thoughts: call {self.emergency}."
            )
        return "\n".join(parts)


def parse(data: Any, source: str = FILE_NAME) -> CrisisDirectory:
    """Validate raw YAML data, naming the file and field on error."""
    try:
        return CrisisDirectory.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ContentError(source, field, first["msg"]) from exc


@lru_cache(maxsize=1)
def directory() -> CrisisDirectory:
    """Load and cache the crisis directory shipped with the package."""
    text = resources.files("mindline.companion").joinpath(FILE_NAME).read_text("utf-8")
    return parse(yaml.safe_load(text))


def for_country(country: str | None) -> Resources:
    """Return resources for an ISO country code (or alias); unknown codes get the fallback."""
    data = directory()
    code = (country or "").strip().upper()
    for key, entry in data.countries.items():
        if code == key or code in entry.aliases:
            return Resources(
                country=key,
                emergency=entry.emergency,
                lines=entry.lines,
                last_verified=entry.last_verified,
            )
    if code in data.eu.members:
        return Resources(
            country=code,
            emergency=data.eu.emergency,
            lines=data.eu.lines,
            advice=data.fallback.advice,
            last_verified=data.eu.last_verified,
        )
    return Resources(
        country=code or "unknown",
        emergency=data.fallback.emergency,
        advice=data.fallback.advice,
        last_verified=data.fallback.last_verified,
    )
