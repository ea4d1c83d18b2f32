"""The content library: exercises and psychoeducation as YAML files in ``content/``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from mindline.companion.enums import Topic
from mindline.companion.errors import ContentError
from mindline.companion.schemas import SAFETY_PLAN_SECTIONS

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}")
_KNOWN_PLACEHOLDERS = {"name", "answer", "crisis_lines", "emergency"}


class Kind(StrEnum):
    """What sort of item a content file holds."""

    EXERCISE = "exercise"
    PSYCHOEDUCATION = "psychoeducation"
    SAFETY_PLAN = "safety_plan"


class Step(BaseModel):
    """One turn of a flow: what the companion says, and where to keep the answer."""

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    save_as: str | None = None
    section: str | None = None

    @model_validator(mode="after")
    def _check(self) -> Step:
        for match in _PLACEHOLDER.finditer(self.text):
            if match.group(1) not in _KNOWN_PLACEHOLDERS:
                raise ValueError(f"unknown placeholder {{{match.group(1)}}}")
        if self.section is not None and self.section not in SAFETY_PLAN_SECTIONS:
            raise ValueError(f"section must be one of {', '.join(SAFETY_PLAN_SECTIONS)}")
        return self


class Item(BaseModel):
    """An exercise or psychoeducation flow."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    kind: Kind
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    topics: list[Topic] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    minutes: int = Field(gt=0)
    steps: list[Step] = Field(min_length=1)
    closing: str = Field(min_length=1)

    @model_validator(mode="after")
    def _answers_exist(self) -> Item:
        # A step may only quote answers that an earlier step saved.
        saved: set[str] = set()
        for step in self.steps:
            for match in _PLACEHOLDER.finditer(step.text):
                if match.group(1) == "answer" and match.group(2) not in saved:
                    raise ValueError(f"step {step.id!r} quotes unsaved answer {match.group(2)!r}")
            if step.save_as:
                saved.add(step.save_as)
        return self


def parse(data: Any, source: str) -> Item:
    """Validate one content file's data, naming the file and field on error."""
    if not isinstance(data, dict):
        raise ContentError(source, "<root>", "expected a mapping")
    try:
        return Item.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "<root>"
        raise ContentError(source, field, first["msg"]) from exc


def load_files(files: Iterable[Traversable | Path]) -> dict[str, Item]:
    """Load and validate content files; duplicate ids are an error."""
    items: dict[str, Item] = {}
    for file in sorted(files, key=lambda f: f.name):
        try:
            data = yaml.safe_load(file.read_text("utf-8"))
        except yaml.YAMLError as exc:
            raise ContentError(file.name, "<yaml>", str(exc)) from exc
        item = parse(data, file.name)
        if item.id in items:
            raise ContentError(file.name, "id", f"duplicate id {item.id!r}")
        items[item.id] = item
    return items


@lru_cache(maxsize=1)
def library() -> dict[str, Item]:
    """Load the content shipped with the package, once."""
    folder = resources.files("mindline.companion").joinpath("content")
    return load_files(f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml")))


def get(item_id: str) -> Item:
    """Return one item by id (KeyError if unknown)."""
    return library()[item_id]


def render(text: str, *, name: str, answers: dict[str, str], extra: dict[str, str]) -> str:
    """Fill placeholders; answers are trimmed so a long reply is not echoed whole."""

    if not name:
        text = re.sub(r",?\s*\{name\}", "", text)

    def fill(match: re.Match[str]) -> str:
        key, sub = match.group(1), match.group(2)
        if key == "name":
            return name
        if key == "answer":
            return _short(answers.get(sub or "", ""))
        if key == "crisis_lines":
            return "\n" + extra.get(key, "") + "\n"
        return extra.get(key, "")

    text = _PLACEHOLDER.sub(fill, text)
    return re.sub(r"[ \t]*\n[ \t]*", "\n", text).strip()


def _short(answer: str, limit: int = 12) -> str:
    words = answer.strip().strip("\"'").rstrip(".!?").split()
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]) + "…"
