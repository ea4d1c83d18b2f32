"""Digit-like symbols are invalid answers naming the item, not a crash (found by the fuzz)."""

import pytest
from typer.testing import CliRunner

from mindline.measures import InvalidAnswers, score
from mindline.measures.cli import app


@pytest.mark.parametrize("answer", ["²", "-³", "½", "⁴"])
def test_a_superscript_or_fraction_is_not_a_whole_number(answer: str) -> None:
    with pytest.raises(InvalidAnswers) as caught:
        score("phq9", [0, answer, 0, 0, 0, 0, 0, 0, 0])
    assert caught.value.fields == {"2": "is not a whole number; allowed values: 0, 1, 2, 3"}
    assert f"phq9 item 2: {answer!r} is not a whole number" in caught.value.message


def test_the_cli_exits_2_on_a_superscript() -> None:
    result = CliRunner().invoke(app, ["score", "gad2", "--answers", "³,0"])
    assert result.exit_code == 2
    assert "gad2 item 1: '³' is not a whole number" in result.stderr
