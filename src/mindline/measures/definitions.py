"""Instrument definitions: items, options, bands and codes, loaded from the JSON files in data/."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, model_validator

from mindline.measures.errors import UnknownInstrument

# An item's answer kind: "ordinal" maps to an option score; "yes_no" keeps yes/no/declined.
AnswerKind = Literal["ordinal", "yes_no"]
# What a missing (None) answer means: an error, Arrieta mean imputation, or "unknown".
MissingRule = Literal["error", "impute", "unknown"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(_Frozen):
    """One response option: its score, the label shown and its stable codes."""

    score: int
    label: str
    code: str
    loinc: str | None = None


class Item(_Frozen):
    """One question of an instrument."""

    id: str
    text: str
    options: str
    loinc: str | None = None
    recall: str | None = None
    safety: bool = False
    missing: MissingRule = "error"
    asked_if: str | None = None
    cluster: str | None = None


class Band(_Frozen):
    """A closed range of totals with its severity name."""

    min: int
    max: int
    severity: str
    label: str


class Instrument(_Frozen):
    """A complete, scoring-ready instrument definition."""

    id: str
    name: str
    title: str
    version: str
    algorithm_version: str
    locale: str = "en"
    purpose: str
    stem: str
    recall: str
    recall_days: int | None
    kind: AnswerKind
    response_sets: dict[str, list[Option]]
    items: list[Item]
    unscored_items: list[Item] = []
    total_range: tuple[int, int] | None
    bands: dict[str, list[Band]] = {}
    default_band_scheme: str | None = None
    cutoffs: dict[str, int] = {}
    loinc_panel: str | None = None
    loinc_total: str | None = None
    requires_setting: str | None = None
    licence: str
    sources: list[str]

    @model_validator(mode="after")
    def _check_consistency(self) -> Self:
        for item in [*self.items, *self.unscored_items]:
            if item.options not in self.response_sets:
                raise ValueError(f"{self.id} item {item.id}: no response set {item.options!r}")
        # Bands must tile the whole total range, so every total gets exactly one severity.
        for scheme, bands in self.bands.items():
            if self.total_range is None:
                raise ValueError(f"{self.id}: bands need a total_range")
            expected = self.total_range[0]
            for band in bands:
                if band.min != expected or band.max < band.min:
                    raise ValueError(f"{self.id} bands {scheme!r}: gap or overlap at {band.min}")
                expected = band.max + 1
            if expected != self.total_range[1] + 1:
                raise ValueError(f"{self.id} bands {scheme!r}: do not reach {self.total_range[1]}")
        if self.bands and self.default_band_scheme not in self.bands:
            raise ValueError(f"{self.id}: default_band_scheme must name one of its band schemes")
        return self

    def options_for(self, item: Item) -> list[Option]:
        """Return the response options of one item."""
        return self.response_sets[item.options]

    def item(self, item_id: str) -> Item:
        """Return a scored or unscored item by id (KeyError if absent)."""
        for item in [*self.items, *self.unscored_items]:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def band(self, total: int, scheme: str | None = None) -> Band:
        """Return the band that contains a total."""
        for band in self.bands[scheme or self.default_band_scheme or ""]:
            if band.min <= total <= band.max:
                return band
        raise ValueError(f"{self.id}: total {total} outside every band")


INSTRUMENT_IDS = (
    "phq9",
    "phq2",
    "gad7",
    "gad2",
    "who5",
    "asq",
    "pcl5",
    "auditc",
    "k10",
    "cssrs_screener",
)


@cache
def _load(instrument_id: str) -> Instrument:
    text = resources.files("mindline.measures").joinpath(f"data/{instrument_id}.json").read_text()
    return Instrument.model_validate_json(text)


def get_instrument(instrument_id: str) -> Instrument:
    """Return the built-in definition of an instrument, or raise UnknownInstrument."""
    if instrument_id not in INSTRUMENT_IDS:
        raise UnknownInstrument(str(instrument_id), list(INSTRUMENT_IDS))
    return _load(instrument_id)


def list_instruments() -> list[Instrument]:
    """Return every built-in instrument definition, in a stable order."""
    return [_load(instrument_id) for instrument_id in INSTRUMENT_IDS]
