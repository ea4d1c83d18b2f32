"""`mindline risk evaluate --dataset everyday`: false alarms on everyday public comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mindline.risk import datasets
from mindline.risk.cli import app
from mindline.risk.evaluate import DISTRESS_EMOTIONS, everyday_report, everyday_rows


def _goemotions_or_skip() -> None:
    try:
        next(datasets.goemotions("test"))
    except datasets.DatasetMissing as exc:
        pytest.skip(f"GoEmotions is not in ../shared/data here: {exc}")


def test_everyday_comments_rarely_raise_an_alarm() -> None:
    _goemotions_or_skip()
    report = everyday_report(progress=False, limit=600)
    counts = report["level_counts"]
    assert report["n"] == sum(counts) == 600
    assert report["false_alarm_moderate_plus"] == pytest.approx(sum(counts[2:]) / 600)
    assert report["false_alarm_high_plus"] == pytest.approx(sum(counts[3:]) / 600)
    # The targets for everyday messages: <= 5 % moderate+, <= 2 % high+.
    assert report["false_alarm_moderate_plus"] <= 0.05
    assert report["false_alarm_high_plus"] <= 0.02


def test_comments_with_a_distress_emotion_are_left_out() -> None:
    _goemotions_or_skip()
    labels_of: dict[str, list[set[str]]] = {}
    for text, labels in datasets.goemotions("test"):
        labels_of.setdefault(text, []).append(set(labels))
    rows = everyday_rows()
    assert len(rows) > 1000
    for text in rows:
        assert any(ls and not DISTRESS_EMOTIONS & ls for ls in labels_of[text]), text
    distress = [t for t, ls in labels_of.items() if all(DISTRESS_EMOTIONS & x for x in ls)]
    assert distress and not set(distress) & set(rows)


def test_the_command_reports_the_everyday_set(tmp_path: Path) -> None:
    _goemotions_or_skip()
    result = CliRunner().invoke(
        app, ["evaluate", "--dataset", "everyday", "--limit", "40", "--out-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "== everyday (n=40)" in result.output
    assert "false_alarm_high_plus" in result.output
