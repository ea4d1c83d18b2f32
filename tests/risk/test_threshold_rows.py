"""The rows that choose the classifiers' thresholds never train them."""

from __future__ import annotations

from mindline.risk import datasets
from mindline.risk.normalize import normalize


def test_threshold_rows_are_the_dev_and_calibration_sets() -> None:
    rows = datasets.threshold_rows()
    dev = datasets.read_jsonl(datasets.dev_path())
    calibration = datasets.read_jsonl(datasets.calibration_path())
    assert [e.id for e in rows] == [e.id for e in dev] + [e.id for e in calibration]
    assert {e.id[0] for e in rows} == {"d", "c"}


def test_no_threshold_row_is_a_training_row() -> None:
    """Beyond three words ("hi", "yeah kind of" recur anywhere); scripts/risk_data/validate.py
    checks near duplicates from two words up."""
    train, _ = datasets.split_authored(datasets.read_jsonl(datasets.authored_path()), seed=13)
    trained = {normalize(e.text).text for e in train}
    shared = [
        e.id
        for e in datasets.threshold_rows()
        if len(e.text.split()) > 3 and normalize(e.text).text in trained
    ]
    assert shared == []
