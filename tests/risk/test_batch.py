"""`mindline risk screen --input/--output`: the JSONL batch contract."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from mindline.risk.cli import app, screen_stream


def test_batch_writes_one_line_per_input_with_errors_for_bad_lines(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"id": "1", "text": "I want to kill myself"}\n'
        b"not json\n"
        b'{"id": "3"}\n'
        b'{"id": "4", "text": "\xff\xfe broken"}\n'
        b"\xff\xfe\n"
        b'{"id": "6", "text": "quiero morir", "locale": "es"}\n'
        b"[1, 2]\n"
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["screen", "--input", str(src), "--output", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 7
    assert lines[0]["id"] == "1" and lines[0]["level"] == "high"
    assert set(lines[0]) >= {"id", "level", "categories", "score", "evidence", "model_version"}
    assert "error" in lines[1] and "error" in lines[2] and "error" in lines[6]
    assert "error" in lines[3] and "error" in lines[4]
    assert lines[5]["level"] in ("moderate", "high")


def test_stream_screening_reads_line_by_line():
    src = io.BytesIO(b"".join(b'{"id": %d, "text": "hello there"}\n' % i for i in range(500)))
    dst = io.StringIO()
    count, errors = screen_stream(src, dst)
    assert (count, errors) == (500, 0)
    assert dst.getvalue().count("\n") == 500


def test_single_message_screening_prints_json():
    result = CliRunner().invoke(app, ["screen", "this is goodbye, thank you for everything"])
    assert result.exit_code == 0
    assert json.loads(result.output)["level"] == "imminent"


def test_help_describes_the_commands():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("screen", "train", "evaluate"):
        assert word in result.output
