"""Clinic-supplied wording (official text, translations) layered over the built-in definitions.

A wording file is JSON:

    {"source": "Official PHQ-9, German version (Pfizer)",
     "instruments": {
       "phq9": {
         "de": {"title": "...", "stem": "...", "recall": "...",
                "options": {"0": "Überhaupt nicht", "1": "...", "2": "...", "3": "..."},
                "items": {"1": "...", "difficulty": {"text": "...", "options": {"0": "..."}}}}}}}

Keys are instrument ids, locales, item ids and option codes ("0".."3", "yes"/"no"). Top-level
"options" relabel the options of every scored item; an item's own "options" win. Only text
changes: scores, codes and rules come from the built-in definitions, so scoring never
depends on wording (INSTRUMENTS.md §0.2).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from mindline.measures.definitions import INSTRUMENT_IDS, Instrument, Item, get_instrument
from mindline.measures.errors import InvalidWording

LOCALE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class ItemWording(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str | None = None
    options: dict[str, str] = {}


class LocaleWording(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    stem: str | None = None
    recall: str | None = None
    options: dict[str, str] = {}
    items: dict[str, str | ItemWording] = {}


class WordingFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = ""
    instruments: dict[str, dict[str, LocaleWording]]


@dataclass(frozen=True)
class Wording:
    """Validated wording overrides, by instrument and locale."""

    source: str = ""
    entries: dict[tuple[str, str], LocaleWording] = field(default_factory=dict)

    def locales(self, instrument_id: str) -> list[str]:
        """Return the locales this wording provides for an instrument."""
        return sorted(locale for iid, locale in self.entries if iid == instrument_id)

    def apply(self, instrument: Instrument, locale: str) -> Instrument:
        """Return the instrument with text for a locale (exact, then language); else unchanged."""
        entry = self.entries.get((instrument.id, locale))
        if entry is None:
            language = locale.split("-")[0]
            entry, locale = self.entries.get((instrument.id, language)), language
        if entry is None:
            return instrument
        return _relabel(instrument, entry, locale)


def load_wording(path: str | Path) -> Wording:
    """Read and validate a wording file; raise InvalidWording naming the bad key."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        parsed = WordingFile.model_validate(raw)
    except OSError as exc:
        raise InvalidWording(f"cannot read wording file {path}: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise InvalidWording(f"wording file {path} is not valid JSON: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InvalidWording(
            f"wording file {path}: {where}: {first['msg']}", fields={where: first["msg"]}
        ) from exc
    entries: dict[tuple[str, str], LocaleWording] = {}
    for instrument_id, by_locale in parsed.instruments.items():
        if instrument_id not in INSTRUMENT_IDS:
            _fail(
                path, instrument_id, f"unknown instrument; valid ids: {', '.join(INSTRUMENT_IDS)}"
            )
        instrument = get_instrument(instrument_id)
        for locale, entry in by_locale.items():
            where = f"{instrument_id}.{locale}"
            if not LOCALE.match(locale):
                _fail(path, where, "locale must look like 'de' or 'pt-BR'")
            _check_entry(path, where, instrument, entry)
            entries[(instrument_id, locale)] = entry
    return Wording(source=parsed.source, entries=entries)


def _check_entry(
    path: str | Path, where: str, instrument: Instrument, entry: LocaleWording
) -> None:
    item_ids = [item.id for item in [*instrument.items, *instrument.unscored_items]]
    for item in instrument.items:
        _check_options(path, f"{where}.options", instrument, item, entry.options)
    for item_id, item_wording in entry.items.items():
        if item_id not in item_ids:
            _fail(
                path, f"{where}.items.{item_id}", f"unknown item; item ids: {', '.join(item_ids)}"
            )
        if isinstance(item_wording, ItemWording):
            item = instrument.item(item_id)
            _check_options(
                path, f"{where}.items.{item_id}.options", instrument, item, item_wording.options
            )


def _check_options(
    path: str | Path, where: str, instrument: Instrument, item: Item, labels: dict[str, str]
) -> None:
    codes = [option.code for option in instrument.options_for(item)]
    for code in labels:
        if code not in codes:
            _fail(
                path,
                f"{where}.{code}",
                f"unknown option for item {item.id}; codes: {', '.join(codes)}",
            )


def _fail(path: str | Path, where: str, problem: str) -> None:
    raise InvalidWording(f"wording file {path}: {where}: {problem}", fields={where: problem})


def _relabel(instrument: Instrument, entry: LocaleWording, locale: str) -> Instrument:
    response_sets = dict(instrument.response_sets)
    items: list[Item] = []
    for item in [*instrument.items, *instrument.unscored_items]:
        own = entry.items.get(item.id)
        own_wording = own if isinstance(own, ItemWording) else ItemWording(text=own)
        labels = {**(entry.options if item in instrument.items else {}), **own_wording.options}
        options = item.options
        if labels:
            # Give the item its own response set so relabelling one item never leaks into others.
            options = f"{item.options}@{item.id}"
            response_sets[options] = [
                option.model_copy(update={"label": labels.get(option.code, option.label)})
                for option in instrument.response_sets[item.options]
            ]
        items.append(
            item.model_copy(update={"text": own_wording.text or item.text, "options": options})
        )
    scored = len(instrument.items)
    return instrument.model_copy(
        update={
            "locale": locale,
            "title": entry.title or instrument.title,
            "stem": entry.stem or instrument.stem,
            "recall": entry.recall or instrument.recall,
            "response_sets": response_sets,
            "items": items[:scored],
            "unscored_items": items[scored:],
        }
    )
