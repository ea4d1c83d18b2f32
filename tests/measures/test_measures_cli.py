"""`mindline measures` commands, driven through typer's CliRunner."""

import json
from pathlib import Path

from typer.testing import CliRunner

from mindline.measures.cli import app

runner = CliRunner()


def test_it_prints_the_score_as_json() -> None:
    result = runner.invoke(app, ["score", "phq9", "--answers", "1,2,2,1,0,1,1,0,1"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["instrument"] == "phq9"
    assert body["total"] == 9
    assert body["severity"] == "mild"
    assert body["flags"] == ["phq9_item9_positive", "safety_workflow"]
    assert body["algorithm_version"] == "phq9-1.0"
    assert body["item9"] == "positive"
    assert body["ng222_category"] == "less_severe"


def test_it_treats_an_empty_field_as_an_unanswered_item() -> None:
    result = runner.invoke(app, ["score", "phq9", "--answers", "1,2,2,1,0,1,1,0,"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["item9"] == "unknown"
    assert "safety_workflow" in body["flags"]


def test_it_exits_with_two_and_names_the_item_and_allowed_values() -> None:
    result = runner.invoke(app, ["score", "phq9", "--answers", "1,2,2,1,0,1,1,0,7"])
    assert result.exit_code == 2
    assert "phq9 item 9: 7 is out of range; allowed values: 0, 1, 2, 3" in result.stderr
    assert result.stdout == ""


def test_it_exits_with_two_when_the_number_of_answers_is_wrong() -> None:
    result = runner.invoke(app, ["score", "gad7", "--answers", "1,2,3"])
    assert result.exit_code == 2
    assert "gad7 needs 7 answers (items 1 to 7), got 3" in result.stderr


def test_it_exits_with_two_for_a_non_integer_answer() -> None:
    result = runner.invoke(app, ["score", "gad2", "--answers", "1,x"])
    assert result.exit_code == 2
    assert "gad2 item 2: 'x' is not a whole number; allowed values: 0, 1, 2, 3" in result.stderr


def test_it_exits_with_two_and_lists_ids_for_an_unknown_instrument() -> None:
    result = runner.invoke(app, ["score", "bdi", "--answers", "1"])
    assert result.exit_code == 2
    assert "unknown instrument 'bdi'; valid ids: phq9, phq2, gad7" in result.stderr


def test_it_needs_the_setting_before_scoring_the_cssrs_screener() -> None:
    answers = ["score", "cssrs_screener", "--answers", "yes,no,,,,no"]
    refused = runner.invoke(app, answers)
    assert refused.exit_code == 2
    assert "C-SSRS screener is switched off" in refused.stderr
    allowed = runner.invoke(app, [*answers, "--enable-cssrs"])
    assert allowed.exit_code == 0, allowed.output
    assert json.loads(allowed.stdout)["severity"] == "low"
    from_env = runner.invoke(app, answers, env={"MINDLINE_ENABLE_CSSRS": "true"})
    assert from_env.exit_code == 0


def test_it_passes_instrument_options_through() -> None:
    result = runner.invoke(app, ["score", "auditc", "-a", "2,1,0", "--sex", "male"])
    body = json.loads(result.stdout)
    assert (body["total"], body["severity"], body["rule_set"]) == (
        3,
        "negative",
        "us_bradley_2003_men_4",
    )
    k10 = runner.invoke(app, ["score", "k10", "-a", "2,2,2,2,2,2,2,2,2,2", "--band-scheme", "aihw"])
    assert json.loads(k10.stdout)["severity"] == "mild"


def test_it_scores_yes_no_screens_from_words() -> None:
    result = runner.invoke(app, ["score", "asq", "--answers", "no,no,yes,no,no"])
    body = json.loads(result.stdout)
    assert body["severity"] == "non_acute_positive"
    assert body["total"] is None


def test_it_lists_the_instruments_with_items_range_and_recall() -> None:
    result = runner.invoke(app, ["list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "name", "items", "range", "recall"]
    phq9 = next(line for line in lines if line.startswith("phq9 "))
    assert phq9.split()[:5] == ["phq9", "PHQ-9", "9", "0-27", "last"]
    assert any(line.startswith("k10 ") and "10-50" in line for line in lines)
    assert "needs enable_cssrs" in result.stdout


def test_it_lists_the_instruments_as_json() -> None:
    rows = json.loads(runner.invoke(app, ["list", "--json"]).stdout)
    assert len(rows) == 10
    assert rows[0] == {
        "id": "phq9",
        "name": "PHQ-9",
        "items": 9,
        "range": "0-27",
        "recall": "last 2 weeks",
        "requires": None,
    }


def test_it_shows_an_instrument_in_a_clinic_wording(tmp_path: Path) -> None:
    wording = tmp_path / "w.json"
    wording.write_text(
        json.dumps({"instruments": {"gad2": {"de": {"items": {"1": "Nervosität"}}}}})
    )
    result = runner.invoke(app, ["show", "gad2", "--wording", str(wording), "--locale", "de"])
    assert result.exit_code == 0, result.output
    assert "1. Nervosität" in result.stdout


def test_it_has_help_text_on_every_command() -> None:
    for command in ("score", "list", "show"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
    assert "item order" in runner.invoke(app, ["score", "--help"]).stdout
