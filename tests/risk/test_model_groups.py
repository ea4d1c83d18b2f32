"""One linear model per language group (clf-2, 2026-12-05): English reads the model learned from
English rows, every other language the one learned from all languages (classifier.GROUPS)."""

from __future__ import annotations

import dataclasses
import importlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from mindline.risk import classifier, datasets, embedding, screen, train

GERMAN_EVERYDAY = "wir gehen morgen mit den kindern in den zoo"
ENGLISH_EVERYDAY = "we are going to the zoo with the kids tomorrow"


def test_the_shipped_groups_are_one_training_run():
    english, multi = classifier.load_model("en"), classifier.load_model("multi")
    assert english is not None and multi is not None
    assert english.meta["group"] == "en" and multi.meta["group"] == "multi"
    assert english.version == multi.version
    assert english.version in screen(GERMAN_EVERYDAY, locale="de").model_version
    assert english.meta["train_rows"] < multi.meta["train_rows"]


@pytest.fixture
def model_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the shipped artifacts that a test may rewrite, read in place of the package's."""
    for f in classifier.model_dir().iterdir():
        shutil.copy(f, tmp_path / f.name)
    monkeypatch.setenv(classifier.MODEL_ENV, str(tmp_path))
    monkeypatch.setenv("MINDLINE_RISK_NO_ENCODER", "1")  # the linear layer alone decides
    classifier.load_model.cache_clear()
    embedding.reset()
    yield tmp_path
    monkeypatch.undo()
    classifier.load_model.cache_clear()
    embedding.reset()


def _write_multi_reading_low(directory: Path, version: str) -> None:
    """The multilingual model rewritten so that every text reads `low` (level logit 1)."""
    multi = classifier.read_model(directory, classifier.GROUPS["multi"])
    assert multi is not None
    bias = multi.bias.copy()
    bias[:5] = [-50.0, 50.0, -50.0, -50.0, -50.0]
    changed = dataclasses.replace(multi, version=version, bias=bias)
    classifier.save_model(changed, directory, classifier.GROUPS["multi"])


def test_other_languages_read_the_multilingual_model(model_dir: Path):
    english = classifier.read_model(model_dir)
    assert english is not None
    _write_multi_reading_low(model_dir, english.version)
    assert screen(GERMAN_EVERYDAY, locale="de").level.value == "low"
    assert screen(ENGLISH_EVERYDAY, locale="en").level.value == "none"
    assert screen(ENGLISH_EVERYDAY, locale="en-GB").level.value == "none"


def test_a_multilingual_model_from_another_run_is_not_mixed_in(model_dir: Path):
    _write_multi_reading_low(model_dir, "clf-2.00000000")
    english = classifier.load_model("en")
    assert classifier.load_model("multi") is english
    assert screen(GERMAN_EVERYDAY, locale="de").level.value == "none"


def test_without_a_multilingual_model_every_language_reads_the_english_one(model_dir: Path):
    (model_dir / f"{classifier.GROUPS['multi']}.npz").unlink()
    assert classifier.load_model("multi") is classifier.load_model("en")
    assert screen(GERMAN_EVERYDAY, locale="de").level.value == "none"


def _rows() -> list[datasets.Example]:
    lines = [
        ("en", "none", "went for a run this morning"),
        ("en", "none", "this traffic is killing me"),
        ("en", "low", "i feel like such a failure lately"),
        ("en", "moderate", "everyone would be better off without me"),
        ("en", "high", "i want to kill myself"),
        ("en", "imminent", "i have the pills here and i'm taking them tonight"),
        ("de", "none", "ich war heute joggen"),
        ("de", "high", "ich will mich umbringen"),
        ("es", "none", "hoy fui a correr"),
        ("es", "imminent", "esta noche me tomo todas las pastillas"),
    ]
    return [
        datasets.Example(id=f"t-{i}", text=t, level=lv, locale=loc)
        for i, (loc, lv, t) in enumerate(lines * 3)
    ]


def test_the_english_group_learns_and_calibrates_on_english_rows_only():
    rows = _rows()
    seen: list[str] = []
    fits = {
        group: train.fit_group(
            group, rows, rows[:10], [], seed=1, public=False, compare=False, log=seen.append
        )
        for group in classifier.GROUPS
    }
    english_rows = sum(e.locale == "en" for e in rows)
    assert fits["en"].train_rows == english_rows
    assert fits["en"].validation_rows == 6
    assert fits["multi"].train_rows == len(rows)
    assert fits["multi"].validation_rows == 10
    assert any(line.startswith("[en] authored: 18 train, 6 validation") for line in seen)
    # A German risk word the English model never saw weighs nothing in its level head.
    german = classifier.feature_counts("umbringen")
    word = next(iter(german))
    assert np.all(fits["en"].heads[0][:, word] == 0)
    assert np.any(fits["multi"].heads[0][:, word] != 0)


def test_a_batch_reads_each_window_once_whatever_its_language(monkeypatch: pytest.MonkeyPatch):
    # The linear memo is keyed by (group, text) beside the batch memo's (locale, window); the
    # first version of clf-2 wrote the batch memo under the linear key and read every window
    # twice (batch command 420 -> 385 msgs/s).
    # The package exports the function `screen`, which hides the module of the same name.
    screen_module = importlib.import_module("mindline.risk.screen")

    calls: list[str] = []
    real = screen_module._pattern_pass

    def counting(text: str, locale: str = "en") -> object:
        calls.append(text)
        return real(text, locale)

    monkeypatch.setattr(screen_module, "_pattern_pass", counting)
    message = "i feel so alone lately. nobody would even notice if i was gone"
    items = [(message, "en", None), (GERMAN_EVERYDAY, "de", None)]
    screen_module.screen_many(items)
    once = len(calls)
    calls.clear()
    screen_module.screen_many(items * 3)
    assert len(calls) == once
