"""Answer checking: formats accepted, and errors that name the item and the allowed values."""

import pytest

from mindline.core.errors import InvalidInput
from mindline.measures import InvalidAnswers, UnknownInstrument, score


def test_it_accepts_answers_as_strings_and_as_a_mapping() -> None:
    as_ints = score("gad7", [1, 2, 0, 3, 1, 0, 2])
    as_strings = score("gad7", ["1", "2", "0", "3", " 1 ", "0", "2"])
    as_mapping = score("gad7", {"1": 1, "2": "2", "3": 0, "4": 3, "5": 1, "6": 0, "7": 2})
    assert as_ints == as_strings == as_mapping
    assert as_ints.total == 9


def test_it_is_an_invalid_input_error_with_fields() -> None:
    with pytest.raises(InvalidInput) as caught:
        score("phq9", [0] * 8)
    assert isinstance(caught.value, InvalidAnswers)
    assert caught.value.fields == {"answers": "9 answers expected, got 8"}


def test_it_names_the_count_and_items_when_the_number_of_answers_is_wrong() -> None:
    with pytest.raises(InvalidAnswers, match=r"phq9 needs 9 answers \(items 1 to 9\), got 10"):
        score("phq9", [0] * 10)


def test_it_accepts_four_or_five_asq_answers_but_not_three() -> None:
    with pytest.raises(InvalidAnswers, match="asq needs 4 to 5 answers"):
        score("asq", ["no", "no", "no"])


@pytest.mark.parametrize(
    ("instrument", "answers", "message"),
    [
        (
            "phq9",
            [0, 0, 0, 0, 0, 0, 0, 0, 4],
            r"phq9 item 9: 4 is out of range; allowed values: 0, 1, 2, 3",
        ),
        ("phq9", [-1, 0, 0, 0, 0, 0, 0, 0, 0], r"phq9 item 1: -1 is out of range"),
        (
            "who5",
            [6, 0, 0, 0, 0],
            r"who5 item 1: 6 is out of range; allowed values: 5, 4, 3, 2, 1, 0",
        ),
        ("k10", [0] + [1] * 9, r"k10 item 1: 0 is out of range; allowed values: 1, 2, 3, 4, 5"),
        ("pcl5", [0] * 19 + [5], r"pcl5 item 20: 5 is out of range; allowed values: 0, 1, 2, 3, 4"),
        ("auditc", [0, 5, 0], r"auditc item 2: 5 is out of range"),
    ],
)
def test_it_rejects_out_of_range_answers_naming_item_and_allowed_values(
    instrument: str, answers: list[int], message: str
) -> None:
    with pytest.raises(InvalidAnswers, match=message):
        score(instrument, answers)


@pytest.mark.parametrize("bad", ["1.5", 1.5, 2.0, "two", True, [1]])
def test_it_rejects_non_integer_answers(bad: object) -> None:
    with pytest.raises(
        InvalidAnswers, match=r"gad7 item 3: .* is not a whole number; allowed values: 0, 1, 2, 3"
    ):
        score("gad7", [0, 0, bad, 0, 0, 0, 0])


def test_it_puts_the_item_id_in_the_error_fields() -> None:
    with pytest.raises(InvalidAnswers) as caught:
        score("gad7", [0, 0, 0, 0, 0, 9, 0])
    assert caught.value.fields == {"6": "is out of range; allowed values: 0, 1, 2, 3"}


def test_it_rejects_an_unanswered_item_where_the_spec_gives_no_missing_rule() -> None:
    with pytest.raises(InvalidAnswers, match="gad7 item 2 is required"):
        score("gad7", [0, None, 0, 0, 0, 0, 0])


def test_it_rejects_a_yes_no_answer_it_does_not_know() -> None:
    with pytest.raises(
        InvalidAnswers,
        match=r"asq item 2: 'maybe' is not a valid answer; allowed values: yes, no, declined",
    ):
        score("asq", ["no", "maybe", "no", "no"])


def test_it_rejects_an_unknown_item_id_in_a_mapping() -> None:
    with pytest.raises(InvalidAnswers, match="phq2 has no item '3'; item ids: 1, 2"):
        score("phq2", {"1": 0, "2": 0, "3": 0})


def test_it_lists_the_valid_ids_for_an_unknown_instrument() -> None:
    with pytest.raises(UnknownInstrument) as caught:
        score("phq-9", [0] * 9)
    assert "unknown instrument 'phq-9'" in caught.value.message
    for instrument_id in (
        "phq9",
        "phq2",
        "gad7",
        "gad2",
        "who5",
        "asq",
        "pcl5",
        "auditc",
        "k10",
        "cssrs_screener",
    ):
        assert instrument_id in caught.value.message


def test_it_rejects_an_option_that_does_not_apply_to_the_instrument() -> None:
    with pytest.raises(InvalidAnswers, match="option 'sex' does not apply to phq9"):
        score("phq9", [0] * 9, sex="male")


def test_it_rejects_an_unknown_option_value_listing_the_choices() -> None:
    with pytest.raises(InvalidAnswers, match="allowed values: andrews_slade, aihw"):
        score("k10", [1] * 10, band_scheme="kessler")


def test_it_rejects_answers_that_are_neither_a_list_nor_a_mapping() -> None:
    with pytest.raises(InvalidAnswers, match="a list or a mapping"):
        score("phq2", "12")  # type: ignore[arg-type]
