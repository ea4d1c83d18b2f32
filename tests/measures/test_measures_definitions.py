"""Definitions carry the codes, ranges and recall periods of INSTRUMENTS.md."""

import os
import subprocess
import sys

import pytest

from mindline.measures import get_instrument, list_instruments

IDS = ["phq9", "phq2", "gad7", "gad2", "who5", "asq", "pcl5", "auditc", "k10", "cssrs_screener"]


def test_it_lists_the_ten_instruments_in_a_stable_order() -> None:
    assert [instrument.id for instrument in list_instruments()] == IDS


@pytest.mark.parametrize(
    ("instrument_id", "items", "total_range", "panel", "total_code", "recall_days"),
    [
        ("phq9", 9, (0, 27), "44249-1", "44261-6", 14),
        ("phq2", 2, (0, 6), "55757-9", "55758-7", 14),
        ("gad7", 7, (0, 21), "69737-5", "70274-6", 14),
        ("gad2", 2, (0, 6), None, None, 14),
        ("who5", 5, (0, 25), None, None, 14),
        ("asq", 5, None, None, None, None),
        ("pcl5", 20, (0, 80), "101697-1", "101698-9", 30),
        ("auditc", 3, (0, 12), "72109-2", "75626-2", 365),
        ("k10", 10, (10, 50), None, None, 28),
        ("cssrs_screener", 7, None, None, "93374-7", 30),
    ],
)
def test_it_defines_items_range_codes_and_recall(
    instrument_id: str,
    items: int,
    total_range: tuple[int, int] | None,
    panel: str | None,
    total_code: str | None,
    recall_days: int | None,
) -> None:
    instrument = get_instrument(instrument_id)
    assert len(instrument.items) == items
    assert instrument.total_range == total_range
    assert (instrument.loinc_panel, instrument.loinc_total) == (panel, total_code)
    assert instrument.recall_days == recall_days


def test_it_uses_the_phq9_item_and_answer_loinc_codes() -> None:
    phq9 = get_instrument("phq9")
    codes = [item.loinc for item in phq9.items]
    assert codes == [
        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
        "44258-2", "44252-5", "44253-3", "44260-8",
    ]  # fmt: skip
    answers = [(o.score, o.label, o.loinc) for o in phq9.options_for(phq9.items[0])]
    assert answers == [
        (0, "Not at all", "LA6568-5"),
        (1, "Several days", "LA6569-3"),
        (2, "More than half the days", "LA6570-1"),
        (3, "Nearly every day", "LA6571-9"),
    ]
    assert phq9.unscored_items[0].loinc == "69722-7"


def test_it_uses_the_gad7_item_codes_including_69689_8_for_irritability() -> None:
    gad7 = get_instrument("gad7")
    assert [item.loinc for item in gad7.items] == [
        "69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7",
    ]  # fmt: skip


def test_it_marks_the_safety_items() -> None:
    assert [i.id for i in get_instrument("phq9").items if i.safety] == ["9"]
    assert all(i.safety for i in get_instrument("asq").items)
    assert all(i.safety for i in get_instrument("cssrs_screener").items)
    assert get_instrument("cssrs_screener").requires_setting == "enable_cssrs"


def test_it_uses_the_cssrs_item_codes_and_yes_no_answer_codes() -> None:
    cssrs = get_instrument("cssrs_screener")
    assert [i.loinc for i in cssrs.items] == [
        "93246-7", "93247-5", "93248-3", "93249-1", "93250-9", "93267-3", "93269-9",
    ]  # fmt: skip
    assert [(o.code, o.loinc) for o in cssrs.options_for(cssrs.items[0])] == [
        ("yes", "LA33-6"),
        ("no", "LA32-8"),
    ]


def test_it_uses_the_audit_c_item_codes_not_the_single_question_screen() -> None:
    codes = [item.loinc for item in get_instrument("auditc").items]
    assert codes == ["68518-0", "68519-8", "68520-6"]
    assert "68517-2" not in codes


def test_it_stays_pure_with_no_database_web_or_settings_imports() -> None:
    code = (
        "import sys, mindline.measures, mindline.measures.cli, mindline.measures.fhir\n"
        "banned = ('sqlalchemy', 'fastapi', 'mindline.db', 'mindline.web', 'mindline.config')\n"
        "print([m for m in sys.modules if m.startswith(banned)])"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "[]", out.stderr
