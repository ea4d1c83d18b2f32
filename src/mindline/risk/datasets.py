"""Readers for the authored examples and the public data sets in shared/data.

Public data is read in place and never copied into the repository. A missing
file raises `DatasetMissing` with a message that says what to put where.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from mindline.risk.types import LEVELS

DATA_ENV = "MINDLINE_DATA_DIR"
PUBLIC_SETS = ("dreaddit", "depseverity", "sdcnl", "cssrs")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class DatasetMissing(Exception):
    """A data file is not where it is expected; the message says which."""


@dataclass(frozen=True)
class Example:
    """One labelled message in the project's schema."""

    id: str
    text: str
    level: str
    categories: tuple[str, ...] = ()
    locale: str = "en"
    tags: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    context: tuple[Any, ...] = field(default=())

    @property
    def rank(self) -> int:
        """0 (none) .. 4 (imminent)."""
        return [lv.value for lv in LEVELS].index(self.level)


def data_dir() -> Path:
    """shared/data: $MINDLINE_DATA_DIR, else ../shared/data beside the repo, else /work/shared."""
    env = os.environ.get(DATA_ENV)
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents]
    candidates += [Path.cwd().parent / "shared" / "data", Path("/work/shared/data")]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0] if candidates else Path("shared/data")


def read_jsonl(path: Path) -> list[Example]:
    """Examples from a JSONL file in the authored schema (bad lines are skipped)."""
    if not path.exists():
        raise DatasetMissing(f"{path} not found")
    out = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
                out.append(
                    Example(
                        id=str(row["id"]),
                        text=str(row["text"]),
                        level=str(row["level"]),
                        categories=tuple(row.get("categories") or ()),
                        locale=str(row.get("locale") or "en"),
                        tags=tuple(row.get("tags") or ()),
                        flags=tuple(row.get("flags") or ()),
                        context=tuple(row.get("context") or ()),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue
    return out


def authored_path() -> Path:
    """The project's authored training and validation examples."""
    return Path(str(resources.files("mindline.risk").joinpath("data/authored.jsonl")))


def calibration_path() -> Path:
    """Written blind to the engine (2026-12-05), like v3 by another author: for choosing
    thresholds only, never for training or for writing rules."""
    return Path(str(resources.files("mindline.risk").joinpath("data/calibration.jsonl")))


def threshold_rows() -> list[Example]:
    """Rows that choose thresholds and never train: the hand-written dev set and the
    calibration set written blind (either may be absent in a trimmed install)."""
    rows: list[Example] = []
    for path in (dev_path(), calibration_path()):
        if path.exists():
            rows += read_jsonl(path)
    return rows


def dev_path() -> Path:
    """The project's hand-written dev set: calibration and iteration, never training rows."""
    return Path(str(resources.files("mindline.risk").joinpath("data/dev.jsonl")))


def authored_groups() -> dict[str, tuple[str, str]]:
    """id -> (kind, group) of authored rows: kind is seed, template or rewrite; a rewrite
    shares its seed's group. Empty when the sidecar file is missing."""
    path = Path(str(resources.files("mindline.risk").joinpath("data/authored_groups.json")))
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): (str(v[0]), str(v[1])) for k, v in raw.items()}


def regression_path(name: str = "regression.jsonl") -> Path:
    """A held-out regression set under tests/risk/, never trained on: v1 (regression.jsonl,
    looked at during earlier tuning), v2 (regression_v2.jsonl, written for issue 4) or v3
    (regression_v3.jsonl, written blind to the engine on 2026-12-05)."""
    for p in [Path.cwd(), *Path(__file__).resolve().parents]:
        candidate = p / "tests" / "risk" / name
        if candidate.exists():
            return candidate
    return Path("tests/risk") / name


def is_validation(example_id: str, seed: int, fraction: float = 0.2) -> bool:
    """Deterministic, seeded train/validation split by id."""
    digest = hashlib.sha256(f"risk-val|{seed}|{example_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < fraction


def split_authored(examples: list[Example], seed: int) -> tuple[list[Example], list[Example]]:
    """(train, validation), group-aware: a seed and its chat rewrites stay on one side, and
    templated rows always train (a validation row whose template twin trains is no test)."""
    groups = authored_groups()
    train: list[Example] = []
    val: list[Example] = []
    for e in examples:
        kind, group = groups.get(e.id, ("seed", e.id.split("-v")[0].split("_v")[0]))
        if kind == "template":
            train.append(e)
            continue
        (val if is_validation(group, seed) else train).append(e)
    return train, val


def _need(path: Path) -> Path:
    if not path.exists():
        raise DatasetMissing(f"{path} not found: put the shared data sets there or set {DATA_ENV}")
    return path


def goemotions(split: str = "train") -> Iterator[tuple[str, list[str]]]:
    """(text, emotion names) rows of GoEmotions (Apache-2.0)."""
    base = data_dir() / "goemotions"
    names = json.loads(_need(base / "labels.json").read_text())
    with _need(base / f"{split}.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            ids = [int(i) for i in parts[1].split(",") if i.strip().isdigit()]
            yield parts[0], [names[i] for i in ids if i < len(names)]


def sad(split: str = "train") -> Iterator[tuple[str, float, int]]:
    """(sentence, median severity 0-10, is_stressor) rows of SAD (MIT)."""
    path = _need(data_dir() / "sad" / f"sad_{split}.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                sev = float(row.get("median_severity") or 0)
            except ValueError:
                sev = 0.0
            yield row["sentence"], sev, int(float(row.get("is_stressor") or 0))


def public_binary(name: str, split: str) -> list[tuple[str, int]]:
    """(text, 0/1) for the binary task of a public set, as in Mental-LLM."""
    base = data_dir()
    rows: list[tuple[str, int]] = []
    if name == "dreaddit":
        path = _need(base / "dreaddit" / f"dreaddit-{split}.csv")
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [(r["text"], int(r["label"])) for r in csv.DictReader(fh)]
    elif name == "depseverity":
        path = _need(base / "depseverity" / f"depseverity_{split}.csv")
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [(r["text"], int(r["label"] != "minimum")) for r in csv.DictReader(fh)]
    elif name == "sdcnl":
        path = _need(base / "sdcnl" / f"sdcnl_{split}.csv")
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [
                (f"{r['title']}. {r['selftext']}".strip(), int(r["is_suicide"]))
                for r in csv.DictReader(fh)
            ]
    elif name == "cssrs":
        path = _need(base / "cssrs_reddit500" / f"cssrs_{split}.csv")
        at_risk = {"Ideation", "Behavior", "Attempt"}
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                try:
                    posts = ast.literal_eval(r["Post"])
                except (ValueError, SyntaxError):
                    posts = [r["Post"]]
                rows.append((" \n".join(str(p) for p in posts), int(r["Label"] in at_risk)))
    else:
        raise DatasetMissing(f"unknown data set {name!r}; choose from {', '.join(PUBLIC_SETS)}")
    return rows
