"""Property tests: totals stay in range and never fall when an answer rises."""

from hypothesis import given
from hypothesis import strategies as st

from mindline.measures import get_instrument, score

ORDINAL = ["phq9", "phq2", "gad7", "gad2", "who5", "pcl5", "auditc", "k10"]
SEVERITY_ORDER = {
    "phq9": ["minimal", "mild", "moderate", "moderately_severe", "severe"],
    "gad7": ["minimal", "mild", "moderate", "severe"],
    "k10": ["low", "moderate", "high", "very_high"],
}


@st.composite
def ordinal_case(draw: st.DrawFn) -> tuple[str, list[int], int]:
    instrument = get_instrument(draw(st.sampled_from(ORDINAL)))
    scores = [
        draw(st.sampled_from(sorted(o.score for o in instrument.options_for(item))))
        for item in instrument.items
    ]
    return instrument.id, scores, draw(st.integers(0, len(scores) - 1))


@given(ordinal_case())
def test_it_keeps_every_total_inside_the_instrument_range(case: tuple[str, list[int], int]) -> None:
    instrument_id, answers, _ = case
    low, high = get_instrument(instrument_id).total_range or (0, 0)
    result = score(instrument_id, answers)
    assert result.total is not None
    assert low <= result.total <= high


@given(ordinal_case())
def test_it_never_lowers_a_total_or_severity_when_one_answer_rises(
    case: tuple[str, list[int], int],
) -> None:
    instrument_id, answers, index = case
    instrument = get_instrument(instrument_id)
    top = max(o.score for o in instrument.options_for(instrument.items[index]))
    if answers[index] == top:
        return
    higher = [*answers]
    higher[index] += 1
    before, after = score(instrument_id, answers), score(instrument_id, higher)
    assert before.total is not None and after.total is not None
    assert after.total == before.total + 1
    order = SEVERITY_ORDER.get(instrument_id)
    if order:
        assert order.index(after.severity) >= order.index(before.severity)


LEVELS = {
    "asq": ["negative", "non_acute_positive", "acute_positive"],
    "cssrs_screener": ["none", "low", "moderate", "high"],
}
YES_NO = st.sampled_from(["yes", "no", "declined", None])


@given(st.sampled_from(["asq", "cssrs_screener"]), st.data())
def test_it_never_lowers_suicide_risk_when_a_no_becomes_a_yes(
    instrument_id: str, data: st.DataObject
) -> None:
    count = len(get_instrument(instrument_id).items)
    answers = data.draw(st.lists(YES_NO, min_size=count, max_size=count))
    noes = [i for i, answer in enumerate(answers) if answer == "no"]
    if not noes:
        return
    index = data.draw(st.sampled_from(noes))
    higher = [*answers]
    higher[index] = "yes"
    order = LEVELS[instrument_id]
    before = score(instrument_id, answers, enable_cssrs=instrument_id == "cssrs_screener")
    after = score(instrument_id, higher, enable_cssrs=instrument_id == "cssrs_screener")
    assert order.index(after.severity) >= order.index(before.severity)


@given(st.lists(st.sampled_from(["yes", "declined", None]), min_size=1, max_size=1))
def test_it_never_scores_a_cssrs_with_a_non_no_item_one_as_no_risk(first: list[object]) -> None:
    result = score("cssrs_screener", [*first, "no", None, None, None, "no"], enable_cssrs=True)
    assert result.severity != "none"
