"""The held-out regression set (tests/risk/regression.jsonl) against the issue's targets.

Targets the engine meets are asserted; those it does not yet meet are recorded as
expected failures with the measured figure, so a regression shows and a fix is noticed.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pytest

from mindline.risk import datasets, embedding
from mindline.risk.evaluate import screen_examples

PATH = datasets.regression_path()
pytestmark = pytest.mark.skipif(
    not PATH.exists(), reason="tests/risk/regression.jsonl is not there yet (authored separately)"
)


@lru_cache(maxsize=1)
def _results() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    examples = datasets.read_jsonl(PATH)
    gold, pred, _ = screen_examples(examples, progress=False)
    hard = np.array(["hard_negative" in e.tags for e in examples])
    return gold, pred, hard


def test_the_regression_set_screens_without_error():
    gold, pred, _ = _results()
    assert len(gold) == len(pred) >= 400


def test_it_does_not_get_worse_than_the_measured_baseline():
    """Floors from the rules-1.1 + clf-1.83f0c825 + emb-1.5c1cd870 cascade (measured 0.600 /
    0.727 / 10.8 % / 3.1 %). The cascade raised recall (was 0.517 / 0.603) and lowered high+
    false alarms (3.4 %) but raised moderate+ false alarms (7.1 % before): the moderate+ floor
    moved from 8 % to 11.5 % on purpose. Without the encoder the old floors apply."""
    gold, pred, hard = _results()
    benign = (gold <= 1) | hard
    with_encoder = (0.58, 0.70, 0.115, 0.04)
    floors = with_encoder if embedding.available() else (0.50, 0.58, 0.08, 0.04)
    assert (pred[gold >= 3] >= 3).mean() >= floors[0]
    assert (pred[gold >= 2] >= 2).mean() >= floors[1]
    assert (pred[benign] >= 2).mean() <= floors[2]
    assert (pred[benign] >= 3).mean() <= floors[3]


@pytest.mark.xfail(
    reason="measured 0.600, 18 of 39 imminent missed with the cascade (was 0.517, 25 missed); "
    "see docs/risk/EVALUATION.md",
    strict=True,
)
def test_high_and_imminent_are_found_at_high_or_above_95_percent_of_the_time():
    gold, pred, _ = _results()
    assert (pred[gold >= 3] >= 3).mean() >= 0.95
    assert (pred[gold == 4] >= 3).all()


@pytest.mark.xfail(
    reason="measured 0.727 with the cascade (was 0.603); see docs/risk/EVALUATION.md",
    strict=True,
)
def test_moderate_and_above_are_found_95_percent_of_the_time():
    gold, pred, _ = _results()
    assert (pred[gold >= 2] >= 2).mean() >= 0.95


@pytest.mark.xfail(
    reason="measured 10.8 % / 3.1 % false alarms with the cascade (was 7.1 % / 3.4 %); "
    "see docs/risk/EVALUATION.md",
    strict=True,
)
def test_everyday_messages_and_hard_negatives_rarely_raise_an_alarm():
    gold, pred, hard = _results()
    benign = (gold <= 1) | hard
    assert (pred[benign] >= 2).mean() <= 0.05
    assert (pred[benign] >= 3).mean() <= 0.02
