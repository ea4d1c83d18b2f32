"""Hypothesis over every instrument: valid answers score in range, anything else is the
package's own InvalidAnswers naming the item, and the CLI exits 2 on it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mindline.measures import INSTRUMENT_IDS, InvalidAnswers, get_instrument, score
from mindline.measures.cli import app

FUZZ = settings(
    max_examples=200,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
ORDINAL = [i for i in INSTRUMENT_IDS if get_instrument(i).kind != "yes_no"]
YES_NO = [i for i in INSTRUMENT_IDS if get_instrument(i).kind == "yes_no"]
SUICIDE_ORDER = {
    "asq": ["negative", "non_acute_positive", "acute_positive"],
    "cssrs_screener": ["none", "low", "moderate", "high"],
}


def _score(instrument_id: str, answers: Any) -> Any:
    return score(instrument_id, answers, enable_cssrs=True)


def _options(instrument_id: str) -> list[list[int]]:
    instrument = get_instrument(instrument_id)
    return [sorted(o.score for o in instrument.options_for(item)) for item in instrument.items]


@st.composite
def valid_ordinal(draw: st.DrawFn) -> tuple[str, list[int]]:
    instrument_id = draw(st.sampled_from(ORDINAL))
    return instrument_id, [draw(st.sampled_from(opts)) for opts in _options(instrument_id)]


def test_the_fuzz_covers_every_instrument() -> None:
    assert set(ORDINAL) | set(YES_NO) == set(INSTRUMENT_IDS)
    assert len(INSTRUMENT_IDS) >= 10 and YES_NO


@FUZZ
@given(valid_ordinal())
def test_any_valid_vector_scores_inside_the_documented_range(case: tuple[str, list[int]]) -> None:
    instrument_id, answers = case
    low, high = get_instrument(instrument_id).total_range or (None, None)
    result = _score(instrument_id, answers)
    assert result.total is not None and low is not None and high is not None
    assert low <= result.total <= high
    # Answers as the strings a form or the CLI sends score the same.
    assert _score(instrument_id, [str(a) for a in answers]).total == result.total


@FUZZ
@given(valid_ordinal(), st.data())
def test_raising_any_one_answer_never_lowers_the_total(
    case: tuple[str, list[int]], data: st.DataObject
) -> None:
    instrument_id, answers = case
    index = data.draw(st.integers(0, len(answers) - 1))
    higher_options = [o for o in _options(instrument_id)[index] if o > answers[index]]
    if not higher_options:
        return
    raised = [*answers]
    raised[index] = data.draw(st.sampled_from(higher_options))
    before, after = _score(instrument_id, answers), _score(instrument_id, raised)
    assert after.total >= before.total
    assert after.total - before.total == raised[index] - answers[index]


@FUZZ
@given(st.sampled_from(YES_NO), st.data())
def test_yes_no_instruments_score_any_valid_vector_and_a_yes_never_lowers_risk(
    instrument_id: str, data: st.DataObject
) -> None:
    count = len(get_instrument(instrument_id).items)
    answers = data.draw(
        st.lists(st.sampled_from(["yes", "no", 1, 0, "declined"]), min_size=count, max_size=count)
    )
    before = _score(instrument_id, answers)
    order = SUICIDE_ORDER[instrument_id]
    assert before.severity in order
    noes = [i for i, a in enumerate(answers) if a in ("no", 0)]
    if noes:
        raised = [*answers]
        raised[data.draw(st.sampled_from(noes))] = "yes"
        assert order.index(_score(instrument_id, raised).severity) >= order.index(before.severity)


# Digit-like characters: "²".isdigit() is true, but int("²") fails.
digitish = st.text(st.sampled_from("0123456789-+ ²³¹½⁴١٣߀𝟗"), min_size=1, max_size=4)
junk = st.one_of(
    digitish,
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True),
    st.text(max_size=6),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.binary(max_size=3),
)


def _names_a_field(exc: InvalidAnswers, instrument_id: str) -> None:
    item_ids = {item.id for item in get_instrument(instrument_id).items}
    assert exc.fields, exc.message
    named = set(exc.fields)
    assert named <= item_ids | {"answers"} or len(named) == 1, exc.fields
    assert any(name in exc.message or name == "answers" for name in named), exc.message


@FUZZ
@given(st.sampled_from(INSTRUMENT_IDS), st.lists(st.one_of(junk, st.none()), max_size=25))
def test_arbitrary_vectors_score_or_raise_invalid_answers(
    instrument_id: str, answers: list[Any]
) -> None:
    try:
        result = _score(instrument_id, answers)
    except InvalidAnswers as exc:
        _names_a_field(exc, instrument_id)
    else:
        low, high = get_instrument(instrument_id).total_range or (None, None)
        if result.total is not None and low is not None and high is not None:
            assert low <= result.total <= high


@FUZZ
@given(valid_ordinal(), st.data(), junk)
def test_one_bad_answer_names_its_item(
    case: tuple[str, list[int]], data: st.DataObject, bad: Any
) -> None:
    instrument_id, answers = case
    index = data.draw(st.integers(0, len(answers) - 1))
    allowed = _options(instrument_id)[index]
    if isinstance(bad, int) and not isinstance(bad, bool) and bad in allowed:
        return
    if isinstance(bad, str) and valid_text(bad, allowed):
        return
    vector: list[Any] = [*answers]
    vector[index] = bad
    item_id = get_instrument(instrument_id).items[index].id
    with pytest.raises(InvalidAnswers) as caught:
        _score(instrument_id, vector)
    if item_id in caught.value.fields:
        assert f"item {item_id}" in caught.value.message
    else:
        # Only a blank may be reported as another item's missing answer; junk never is.
        pytest.fail(f"{bad!r} at {item_id} reported as {caught.value.fields}")


def valid_text(answer: str, allowed: list[int]) -> bool:
    """A blank (unanswered), or decimal digits naming an allowed option ("02", "٣")."""
    text = answer.strip()
    if text in ("", "-"):
        return True
    digits = text[1:] if text.startswith("-") else text
    return digits.isdecimal() and int(text) in allowed


@FUZZ
@given(st.sampled_from(INSTRUMENT_IDS), st.data())
def test_wrong_lengths_and_non_lists_name_the_answers(
    instrument_id: str, data: st.DataObject
) -> None:
    count = len(get_instrument(instrument_id).items)
    wrong = data.draw(st.integers(0, 40).filter(lambda n: n > count or n < count - 2))
    answers: Any = data.draw(
        st.one_of(
            st.just([0] * wrong),
            st.integers(),
            st.text(max_size=5),
            st.floats(),
            st.none(),
        )
    )
    with pytest.raises(InvalidAnswers) as caught:
        _score(instrument_id, answers)
    assert caught.value.fields


runner = CliRunner()


@settings(FUZZ, max_examples=60)
@given(
    st.sampled_from(ORDINAL),
    st.data(),
    st.one_of(
        digitish,
        st.text(st.characters(exclude_categories=["Cs"], exclude_characters=",\x00"), max_size=4),
    ),
)
def test_the_cli_exits_2_naming_the_item_on_an_invalid_answer(
    instrument_id: str, data: st.DataObject, bad: str
) -> None:
    options = _options(instrument_id)
    answers = [str(data.draw(st.sampled_from(opts))) for opts in options]
    index = data.draw(st.integers(0, len(answers) - 1))
    if valid_text(bad, options[index]):
        return
    answers[index] = bad
    item_id = get_instrument(instrument_id).items[index].id
    result = runner.invoke(app, ["score", instrument_id, "--answers", ",".join(answers)])
    assert result.exit_code == 2, (answers, result.output)
    assert f"item {item_id}" in result.stderr
    assert result.stdout == ""
