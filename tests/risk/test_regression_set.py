"""The authored regression sets against the issue's targets.

v1 (tests/risk/regression.jsonl) was screened about ten times during earlier tuning, so it is
no longer a clean held-out set; v2 (tests/risk/regression_v2.jsonl) was written for issue 4
before any engine change and evaluated once at the end. Targets the engine meets are
asserted as floors; those it does not meet are strict expected failures with the measured
figure, so a regression shows and a fix is noticed.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pytest

from mindline.risk import datasets, embedding
from mindline.risk.evaluate import screen_examples

SETS = ("regression.jsonl", "regression_v2.jsonl")
# Floors measured with rules-1.2 + clf-1.8639633f + emb-1.5c1cd870 (docs/risk/EVALUATION.md):
# (high+ recall, moderate+ recall, false alarms moderate+, false alarms high+), each with a
# small margin. v1 measured 0.650 / 0.722 / 10.2 % / 2.7 %; v2 0.831 / 0.903 / 11.9 % / 8.1 %.
FLOORS_WITH_ENCODER = {
    "regression.jsonl": (0.63, 0.70, 0.115, 0.04),
    "regression_v2.jsonl": (0.81, 0.88, 0.135, 0.095),
}
# Without the encoder (MINDLINE_RISK_NO_ENCODER=1 or the package missing): v1 measured
# 0.558 / 0.665 / 7.5 % / 2.7 %, v2 0.794 / 0.831 / 8.1 % / 3.3 %.
FLOORS_CHEAP = {
    "regression.jsonl": (0.54, 0.64, 0.09, 0.04),
    "regression_v2.jsonl": (0.77, 0.81, 0.095, 0.045),
}


@lru_cache(maxsize=2)
def _results(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    path = datasets.regression_path(name)
    if not path.exists():
        pytest.skip(f"{path} is not there")
    examples = datasets.read_jsonl(path)
    gold, pred, _ = screen_examples(examples, progress=False)
    hard = np.array(["hard_negative" in e.tags for e in examples])
    return gold, pred, hard


@pytest.mark.parametrize("name", SETS)
def test_the_regression_set_screens_without_error(name: str) -> None:
    gold, pred, _ = _results(name)
    assert len(gold) == len(pred) >= 400


@pytest.mark.parametrize("name", SETS)
def test_it_does_not_get_worse_than_the_measured_figures(name: str) -> None:
    gold, pred, hard = _results(name)
    benign = (gold <= 1) | hard
    floors = (FLOORS_WITH_ENCODER if embedding.available() else FLOORS_CHEAP)[name]
    assert (pred[gold >= 3] >= 3).mean() >= floors[0]
    assert (pred[gold >= 2] >= 2).mean() >= floors[1]
    assert (pred[benign] >= 2).mean() <= floors[2]
    assert (pred[benign] >= 3).mean() <= floors[3]


def test_more_imminent_messages_reach_high_than_before_on_v1() -> None:
    """rules-1.1 + clf-1.83f0c825 + emb-1.5c1cd870 missed 18 of 39; now 14 are missed."""
    gold, pred, _ = _results("regression.jsonl")
    assert (pred[gold == 4] < 3).sum() <= (15 if embedding.available() else 18)


@pytest.mark.xfail(
    reason="v1: high+ 0.650, 14 of 39 imminent below high; v2: high+ 0.831, 13 of 64 imminent "
    "below high; see docs/risk/EVALUATION.md",
    strict=True,
)
@pytest.mark.parametrize("name", SETS)
def test_high_and_imminent_are_found_at_high_or_above_95_percent_of_the_time(name: str) -> None:
    gold, pred, _ = _results(name)
    assert (pred[gold >= 3] >= 3).mean() >= 0.95
    assert (pred[gold == 4] >= 3).all()


@pytest.mark.xfail(
    reason="moderate+ recall v1 0.722, v2 0.903; see docs/risk/EVALUATION.md", strict=True
)
@pytest.mark.parametrize("name", SETS)
def test_moderate_and_above_are_found_95_percent_of_the_time(name: str) -> None:
    gold, pred, _ = _results(name)
    assert (pred[gold >= 2] >= 2).mean() >= 0.95


@pytest.mark.xfail(
    reason="false alarms moderate+ / high+: v1 10.2 % / 2.7 %, v2 11.9 % / 8.1 % (greetings "
    "and benign plans with 'tonight' or 'goodbye' read as risk); see docs/risk/EVALUATION.md",
    strict=True,
)
@pytest.mark.parametrize("name", SETS)
def test_everyday_messages_and_hard_negatives_rarely_raise_an_alarm(name: str) -> None:
    gold, pred, hard = _results(name)
    benign = (gold <= 1) | hard
    assert (pred[benign] >= 2).mean() <= 0.05
    assert (pred[benign] >= 3).mean() <= 0.02
