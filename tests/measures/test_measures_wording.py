"""Clinic wording files change text only, never scores."""

import json
from pathlib import Path

import pytest

from mindline.measures import InvalidWording, get_instrument, load_wording, score

GERMAN = {
    "source": "test translation",
    "instruments": {
        "phq9": {
            "de": {
                "title": "Gesundheitsfragebogen",
                "options": {"0": "Überhaupt nicht", "3": "Beinahe jeden Tag"},
                "items": {
                    "1": "Wenig Interesse oder Freude an Tätigkeiten",
                    "difficulty": {"text": "Wie schwierig?", "options": {"1": "Etwas schwierig"}},
                },
            }
        }
    },
}


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "wording.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_it_overrides_item_text_and_option_labels_by_locale(tmp_path: Path) -> None:
    wording = load_wording(write(tmp_path, GERMAN))
    german = wording.apply(get_instrument("phq9"), "de")
    assert german.locale == "de"
    assert german.title == "Gesundheitsfragebogen"
    assert german.items[0].text == "Wenig Interesse oder Freude an Tätigkeiten"
    labels = [o.label for o in german.options_for(german.items[8])]
    assert labels == [
        "Überhaupt nicht",
        "Several days",
        "More than half the days",
        "Beinahe jeden Tag",
    ]
    difficulty = german.unscored_items[0]
    assert difficulty.text == "Wie schwierig?"
    assert german.options_for(difficulty)[1].label == "Etwas schwierig"
    # codes and scores are untouched
    assert german.options_for(german.items[0])[0].loinc == "LA6568-5"


def test_it_falls_back_from_a_region_to_the_language_and_then_to_the_built_in_text(
    tmp_path: Path,
) -> None:
    wording = load_wording(write(tmp_path, GERMAN))
    assert wording.apply(get_instrument("phq9"), "de-CH").title == "Gesundheitsfragebogen"
    built_in = get_instrument("phq9")
    assert wording.apply(built_in, "fr") is built_in
    assert wording.locales("phq9") == ["de"]


def test_it_does_not_change_the_built_in_definition(tmp_path: Path) -> None:
    load_wording(write(tmp_path, GERMAN)).apply(get_instrument("phq9"), "de")
    assert (
        get_instrument("phq9").items[0].text
        == "Finding little interest or enjoyment in doing things"
    )


def test_it_scores_the_same_whatever_the_wording(tmp_path: Path) -> None:
    load_wording(write(tmp_path, GERMAN))
    assert score("phq9", [1, 2, 2, 1, 0, 1, 1, 0, 1]).total == 9


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"instruments": {"phq10": {"de": {}}}}, "phq10: unknown instrument; valid ids: phq9"),
        (
            {"instruments": {"phq9": {"de": {"items": {"10": "x"}}}}},
            r"phq9.de.items.10: unknown item",
        ),
        (
            {"instruments": {"phq9": {"de": {"options": {"4": "x"}}}}},
            r"phq9.de.options.4: unknown option",
        ),
        ({"instruments": {"asq": {"de": {"options": {"maybe": "x"}}}}}, r"codes: yes, no"),
        ({"instruments": {"phq9": {"German": {}}}}, "locale must look like"),
        ({"instruments": {"phq9": {"de": {"wording": "x"}}}}, "Extra inputs are not permitted"),
    ],
)
def test_it_rejects_a_wording_file_that_names_something_unknown(
    tmp_path: Path, content: object, message: str
) -> None:
    with pytest.raises(InvalidWording, match=message):
        load_wording(write(tmp_path, content))


def test_it_rejects_a_wording_file_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "wording.json"
    path.write_text("phq9: {}", encoding="utf-8")
    with pytest.raises(InvalidWording, match="not valid JSON"):
        load_wording(path)


def test_it_reports_a_missing_wording_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidWording, match="cannot read wording file"):
        load_wording(tmp_path / "absent.json")
