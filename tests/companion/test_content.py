"""The content library, replies file and crisis-line data load and validate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from mindline.companion import content, crisis_lines, fallback_screen, phrases
from mindline.companion.errors import ContentError
from mindline.companion.guardrails import RailContext, check_all
from mindline.companion.screening import default_screen

REQUIRED = {
    "thought_record",
    "thinking_traps",
    "behavioural_activation",
    "grounding_54321",
    "paced_breathing",
    "progressive_muscle_relaxation",
    "worry_time",
    "problem_solving",
    "sleep_hygiene",
    "self_compassion_break",
    "values",
    "safety_plan",
    "about_low_mood",
    "about_anxiety",
    "about_stress",
    "about_panic",
    "about_grief",
}
STANDARDS_COUNTRIES = {"US", "GB", "IE", "CA", "AU", "NZ", "IN", "DE", "FR", "ES", "NL"}


def test_the_library_has_every_required_item() -> None:
    assert set(content.library()) >= REQUIRED


def test_every_flow_has_steps_and_a_closing() -> None:
    for item in content.library().values():
        assert item.steps and item.closing


def test_the_safety_plan_covers_every_section() -> None:
    sections = {s.section for s in content.get("safety_plan").steps}
    assert sections >= {
        "warning_signs",
        "internal_coping",
        "distraction",
        "people_to_ask",
        "professionals",
        "safer_environment",
    }


@pytest.mark.parametrize("item_id", sorted(content.library()))
def test_every_step_passes_the_rails(item_id: str) -> None:
    item = content.get(item_id)
    ctx = RailContext(screen=fallback_screen.screen)
    texts = [s.text for s in item.steps] + [item.closing, item.summary]
    for text in texts:
        rendered = content.render(text, name="Sam", answers={}, extra={"crisis_lines": ""})
        assert check_all(rendered, ctx).fired == [], (item_id, text)


def test_every_scripted_reply_passes_the_rails_on_the_real_screen() -> None:
    """The real risk screen, not the keyword fallback: a reply it misreads as risky is
    swapped for the rail's fallback in front of the patient (seen: "Go ahead, ..., you
    don't have to have it all worked out" screened high)."""
    lines = crisis_lines.for_country("GB")
    ctx = RailContext(
        screen=default_screen,
        name="Sam",
        crisis_lines=lines.as_text(),
        emergency=lines.emergency,
        masked=(lines.as_text(),),
    )
    slots = {
        "name": "Sam",
        "care_team": "your care team",
        "crisis_lines": lines.as_text(),
        "emergency": lines.emergency,
        "title": "Paced breathing",
        "old": "Grounding",
        "topics": "work",
        "reflection": "you had a long day",
        "summary": "a slow breathing rhythm",
        "minutes": "3",
        "supports": "a friend",
        "item": "Paced breathing",
    }
    for key, variants in phrases.table().items():
        for pick in range(len(variants)):
            text = phrases.say(key, pick, **slots)
            assert check_all(text, ctx).fired == [], (key, text)


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data), "utf-8")
    return path


def _valid() -> dict[str, object]:
    return {
        "id": "demo",
        "kind": "exercise",
        "title": "Demo",
        "summary": "A demo.",
        "minutes": 1,
        "steps": [{"id": "one", "text": "Hello {name}.", "save_as": "a"}],
        "closing": "Bye.",
    }


def test_a_valid_file_loads(tmp_path: Path) -> None:
    items = content.load_files([_write(tmp_path, "demo.yaml", _valid())])
    assert items["demo"].title == "Demo"


def test_a_missing_field_names_the_file_and_field(tmp_path: Path) -> None:
    data = _valid()
    del data["title"]
    with pytest.raises(ContentError, match=r"broken\.yaml: title"):
        content.load_files([_write(tmp_path, "broken.yaml", data)])


def test_a_bad_step_names_the_step_field(tmp_path: Path) -> None:
    data = _valid()
    data["steps"] = [{"id": "one", "text": ""}]
    with pytest.raises(ContentError, match=r"steps\.0\.text"):
        content.load_files([_write(tmp_path, "bad.yaml", data)])


def test_quoting_an_unsaved_answer_is_an_error(tmp_path: Path) -> None:
    data = _valid()
    data["steps"] = [{"id": "one", "text": "You said {answer:nothing}."}]
    with pytest.raises(ContentError, match="unsaved answer"):
        content.load_files([_write(tmp_path, "q.yaml", data)])


def test_an_unknown_placeholder_is_an_error(tmp_path: Path) -> None:
    data = _valid()
    data["steps"] = [{"id": "one", "text": "Hi {nickname}."}]
    with pytest.raises(ContentError, match="unknown placeholder"):
        content.load_files([_write(tmp_path, "p.yaml", data)])


def test_duplicate_ids_are_an_error(tmp_path: Path) -> None:
    files = [_write(tmp_path, "a.yaml", _valid()), _write(tmp_path, "b.yaml", _valid())]
    with pytest.raises(ContentError, match="duplicate id"):
        content.load_files(files)


def test_broken_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("id: [unclosed", "utf-8")
    with pytest.raises(ContentError, match=r"x\.yaml"):
        content.load_files([path])


def test_the_replies_file_has_every_key() -> None:
    assert set(phrases.table()) == set(phrases.Say)


def test_a_missing_reply_key_is_named() -> None:
    with pytest.raises(ContentError, match=r"replies\.yaml: greet"):
        phrases.parse({k.value: "x" for k in phrases.Say if k.value != "greet"})


def test_every_standards_country_has_crisis_lines() -> None:
    directory = crisis_lines.directory()
    assert set(directory.countries) >= STANDARDS_COUNTRIES
    for entry in directory.countries.values():
        assert entry.lines and entry.emergency
        assert entry.last_verified <= dt.date.today()


@pytest.mark.parametrize(
    ("country", "needle"),
    [("UK", "Samaritans"), ("usa", "988"), ("gb", "85258"), ("PT", "116 123"), ("", "local")],
)
def test_country_lookup_handles_aliases_eu_and_unknown(country: str, needle: str) -> None:
    assert (
        needle
        in crisis_lines.for_country(country).as_text() + crisis_lines.for_country(country).emergency
    )


def test_an_unknown_country_gets_no_invented_numbers() -> None:
    text = crisis_lines.for_country("ZZ").as_text()
    assert not any(ch.isdigit() for ch in text)


def test_a_bad_crisis_file_names_the_field() -> None:
    with pytest.raises(ContentError, match=r"crisis_lines\.yaml: version"):
        crisis_lines.parse({"countries": {}, "eu": {}, "fallback": {}})
