"""Crisis lines by country, read from ``crisis_lines.yaml``."""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from mindline.companion.errors import ContentError

FILE_NAME = "crisis_lines.yaml"
OVERRIDES_TTL_SECONDS = 30.0  # how long another process's edit may take to show here
log = logging.getLogger(__name__)


class Line(BaseModel):
    """One helpline."""

    name: str = Field(min_length=1)
    contact: str = Field(min_length=1)
    hours: str = Field(min_length=1)
    note: str = ""
    # Set on lines an administrator added or changed (the YAML has ``contact`` only).
    phone: str = ""
    sms: str = ""
    url: str = ""
    last_verified: dt.date | None = None
    source: str = "default"

    @property
    def slug(self) -> str:
        """The key an administrator's entry uses to replace this line."""
        return slugify(self.name)


def slugify(name: str) -> str:
    """Letters and digits, lower case, joined by hyphens:

    "NHS 111, option 2" -> "nhs-111-option-2".
    """
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


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


def defaults(code: str) -> Resources:
    """The shipped YAML's resources for an upper-case code or alias (no database)."""
    data = directory()
    for key, entry in data.countries.items():
        if code == key or code in entry.aliases:
            return Resources(
                country=key,
                emergency=entry.emergency,
                lines=[
                    line.model_copy(update={"last_verified": entry.last_verified})
                    for line in entry.lines
                ],
                last_verified=entry.last_verified,
            )
    if code in data.eu.members:
        return Resources(
            country=code,
            emergency=data.eu.emergency,
            lines=[
                line.model_copy(update={"last_verified": data.eu.last_verified})
                for line in data.eu.lines
            ],
            advice=data.fallback.advice,
            last_verified=data.eu.last_verified,
        )
    return Resources(
        country=code or "unknown",
        emergency=data.fallback.emergency,
        advice=data.fallback.advice,
        last_verified=data.fallback.last_verified,
    )


def merge(base: Resources, overrides: dict[str, Line]) -> Resources:
    """Administrators' lines replace defaults with the same slug and add the rest, in order."""
    if not overrides:
        return base
    lines = [overrides.get(line.slug, line) for line in base.lines]
    known = {line.slug for line in base.lines}
    lines += [line for slug, line in overrides.items() if slug not in known]
    dates = [line.last_verified for line in lines if line.last_verified is not None]
    return base.model_copy(
        update={"lines": lines, "last_verified": min([base.last_verified, *dates])}
    )


def for_country(country: str | None) -> Resources:
    """Return resources for an ISO country code (or alias); unknown codes get the fallback.

    Administrators' entries from the database are layered over the shipped YAML; when
    they cannot be read the YAML defaults are returned, so this never fails on the database.
    """
    base = defaults((country or "").strip().upper())
    return merge(base, _overrides.current().get(base.country, {}))


# --- administrators' entries, cached per process ------------------------------------------

Loader = Callable[[], dict[str, dict[str, Line]]]


class _OverrideCache:
    """The latest administrators' entries by country and slug; empty when unreadable."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loader: Loader | None = None
        self._data: dict[str, dict[str, Line]] = {}
        self._loaded_at: float | None = None
        self.last_error: str = ""

    def use(self, loader: Loader | None) -> None:
        with self._lock:
            self._loader, self._data, self._loaded_at = loader, {}, None

    def expire(self) -> None:
        self._loaded_at = None

    def current(self) -> dict[str, dict[str, Line]]:
        fresh = self._loaded_at is not None and (
            time.monotonic() - self._loaded_at < OVERRIDES_TTL_SECONDS
        )
        if self._loader is None or fresh:
            return self._data
        # One thread reloads; the others keep showing what is cached meanwhile.
        if not self._lock.acquire(blocking=False):
            return self._data
        try:
            self._data = self._loader()
            self.last_error = ""
        except Exception as exc:  # the crisis path must not fail on the database
            log.warning(
                "crisis line overrides unreadable, showing defaults: %s", type(exc).__name__
            )
            self._data, self.last_error = {}, type(exc).__name__
        finally:
            self._loaded_at = time.monotonic()
            self._lock.release()
        return self._data


_overrides = _OverrideCache()


def use_overrides(loader: Loader | None) -> None:
    """Install the function that reads administrators' entries (None: YAML only)."""
    _overrides.use(loader)


def expire_overrides() -> None:
    """Re-read administrators' entries on the next lookup (after an edit commits)."""
    _overrides.expire()


def overrides_error() -> str:
    """The error type of the last failed read, or "" when the last read worked."""
    return _overrides.last_error
