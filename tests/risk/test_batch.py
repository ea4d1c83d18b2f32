"""`mindline risk screen --input/--output`: the JSONL batch contract."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mindline.risk import cli
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


def _mixed_input(lines: int) -> bytes:
    texts = [
        b'{"id": %d, "text": "hello there %d"}',
        b'{"id": %d, "text": "honestly i dont see the point of anything anymore %d"}',
        b'{"id": %d, "text": "i want to kill myself %d"}',
    ]
    out = []
    for i in range(lines):
        if i % 97 == 5:
            out.append(b"not json %d" % i)
        elif i % 89 == 7:
            out.append(b"")  # blank lines are skipped, not numbered out of order
        else:
            out.append(texts[i % 3] % (i, i))
    return b"\n".join(out) + b"\n"


def test_jobs_write_what_one_process_writes_in_input_order():
    data = _mixed_input(3 * cli.BATCH + 17)  # four batches: the worker path
    one, two = io.StringIO(), io.StringIO()
    assert screen_stream(io.BytesIO(data), one, jobs=1) == screen_stream(
        io.BytesIO(data), two, jobs=2
    )
    assert one.getvalue() == two.getvalue()
    rows = [json.loads(line) for line in two.getvalue().splitlines()]
    ids = [r["id"] for r in rows if "error" not in r]
    assert ids == sorted(ids) and len(rows) == 3 * cli.BATCH + 17 - 9  # 9 blank lines
    assert [r["line"] for r in rows if "error" in r] == [i + 1 for i in range(5, 800, 97)]


class _CountingLines:
    """An input that counts the lines read from it."""

    def __init__(self, data: bytes) -> None:
        self.lines = io.BytesIO(data).readlines()
        self.read = 0

    def __iter__(self) -> _CountingLines:
        return self

    def __next__(self) -> bytes:
        if self.read >= len(self.lines):
            raise StopIteration
        self.read += 1
        return self.lines[self.read - 1]


class _Recording(io.StringIO):
    def __init__(self, src: _CountingLines) -> None:
        super().__init__()
        self.src = src
        self.read_at_first_write: int | None = None

    def writelines(self, lines: Iterable[str], /) -> None:  # type: ignore[override]
        if self.read_at_first_write is None:
            self.read_at_first_write = self.src.read
        super().writelines(lines)


def test_jobs_keep_a_bounded_number_of_batches_in_flight():
    src = _CountingLines(b'{"id": 1, "text": "hello there"}\n' * (10 * cli.BATCH))
    dst = _Recording(src)
    assert screen_stream(src, dst, jobs=2) == (10 * cli.BATCH, 0)
    # The first results are written once 2 x jobs batches have been read, not at the end.
    assert dst.read_at_first_write is not None
    assert dst.read_at_first_write <= 2 * 2 * cli.BATCH


def test_jobs_option_and_a_small_input_in_process(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "a", "text": "i want to die"}\n{"id": "b", "text": "hi"}\n')
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["screen", "--input", str(src), "--output", str(out), "--jobs", "3"]
    )
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b"]
    assert cli.usable_cores() >= 1
    assert "--jobs" in CliRunner().invoke(app, ["screen", "--help"]).output


def test_train_with_out_dir_fits_the_encoder_head_on_the_new_linear_layer(
    tmp_path: Path, monkeypatch
):
    # The two trainings take 15 minutes; what is tested here is the wiring between them:
    # with --out-dir, the encoder head and the card must read the linear layer written there,
    # not the package's (they read the package's until 2026-12-03).
    from mindline.risk import classifier, embedding, finetune, model_card, train, train_embed

    if not embedding.packages_installed():
        pytest.skip("the encoder packages are not installed: the command keeps the head")
    seen: dict[str, object] = {}

    def fake_train(**kwargs: object) -> dict[str, object]:
        seen["train_out_dir"] = kwargs["out_dir"]
        return {"version": "clf-test", "families": {}, "thresholds": {}}

    def fake_train_embedding(**kwargs: object) -> dict[str, object]:
        seen["embed_reads"] = classifier.model_dir()
        seen["embed_out_dir"] = kwargs["out_dir"]
        return {"version": "emb-test", "mix": 0.5, "gate": 0.1}

    monkeypatch.setattr(train, "train", fake_train)
    monkeypatch.setattr(train_embed, "train_embedding", fake_train_embedding)
    # No stand-in for embedding.available(): a fresh --out-dir holds no head, so it is False
    # there, and the refit was skipped without a word while this test pretended otherwise.
    monkeypatch.setattr(finetune, "available", lambda: False)
    monkeypatch.setattr(model_card, "write_model_card", lambda card, result: None)
    monkeypatch.delenv(classifier.MODEL_ENV, raising=False)
    out = tmp_path / "model"
    try:
        result = CliRunner().invoke(
            app, ["train", "--out-dir", str(out), "--card", str(tmp_path / "card.md")]
        )
    finally:  # the command points this process at out_dir: point it back
        os.environ.pop(classifier.MODEL_ENV, None)
        classifier.load_model.cache_clear()
        embedding.reset()
    assert result.exit_code == 0, result.output
    assert seen == {"train_out_dir": out, "embed_reads": out, "embed_out_dir": out}
