"""`mindline companion try`: one message, or a JSONL batch that survives bad lines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mindline.companion.cli import app

runner = CliRunner()


def test_try_prints_a_reply() -> None:
    result = runner.invoke(app, ["try", "--screen", "fallback", "--country", "US", "hi"])
    assert result.exit_code == 0
    assert "not a person" in result.output


def test_try_json_reports_crisis_with_country_lines() -> None:
    args = ["try", "--screen", "fallback", "--country", "US", "--json", "I want to kill myself"]
    result = runner.invoke(app, args)
    row = json.loads(result.stdout.strip().splitlines()[-1])
    assert row["crisis"] is True and row["mode"] == "crisis"
    assert "988" in row["reply"]


def test_batch_writes_one_line_per_input_and_survives_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    src.write_text(
        '{"id": "a", "text": "hi"}\n'
        "not json\n"
        '{"id": "c", "text": "I want to die", "country": "AU"}\n'
        '{"id": "d"}\n',
        "utf-8",
    )
    args = ["try", "--screen", "fallback", "--input", str(src), "--output", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c", "d"]
    assert "error" in rows[1] and "error" in rows[3]
    assert rows[2]["crisis"] is True and "13 11 14" in rows[2]["reply"]
    assert set(rows[0]) == {"id", "reply", "mode", "crisis", "risk_level", "rails_fired"}


def test_try_without_a_message_is_an_error() -> None:
    result = runner.invoke(app, ["try"])
    assert result.exit_code != 0
