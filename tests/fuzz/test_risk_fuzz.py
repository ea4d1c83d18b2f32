"""Hypothesis over the risk screen: any text, locale and context; never a crash.

The deadlines detect hangs, not slowness: they are loose enough for a loaded 2-core machine.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from mindline.risk import Flag, RiskAssessment, RiskLevel, screen
from mindline.risk.types import CATEGORIES

FLAGS = {f.value for f in Flag}
QUICK = settings(
    max_examples=150,
    deadline=timedelta(seconds=20),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Long texts: few examples, and no shrinking (each call takes seconds on this machine).
LONG = settings(
    QUICK, max_examples=5, deadline=timedelta(seconds=180), phases=[Phase.explicit, Phase.generate]
)

# Every unicode category but surrogates (a Python str may hold them; no UTF-8 input can).
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=400)
control_heavy = st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=60)
emoji = st.text(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=40)
scripts = st.text(
    st.sampled_from("abcxyz ÀéßŁ Привет مرحبا नमस्ते 你好 こんにちは 안녕 שלום Γειά ๆ"), max_size=200
)
texts = st.one_of(any_text, control_heavy, emoji, scripts)
locales = st.one_of(
    st.sampled_from(["en", "en-GB", "de_DE", "es", "fr", "pt-BR", "it", "zh", "xx", "", "EN"]),
    st.text(max_size=12),
)
context_item = st.one_of(
    st.none(),
    st.integers(),
    texts,
    st.fixed_dictionaries({"text": st.one_of(texts, st.none(), st.integers())}),
    st.fixed_dictionaries({"content": texts, "role": st.sampled_from(["assistant", "patient"])}),
    st.dictionaries(st.text(max_size=5), st.text(max_size=20), max_size=3),
)
contexts = st.one_of(st.none(), st.lists(context_item, max_size=8))

BENIGN = "We had pasta for dinner and then watched a film together."
# Explicit statements the pattern layer must catch wherever they stand.
HIGH_SENTENCES = [
    "I want to kill myself.",
    "I am going to kill myself tonight.",
    "I have a plan to end my life tonight.",
]
# High on its own through the classifier only: benign sentences after it dilute it.
# Found only by the classifiers (no rule names it). rules-1.8's patterns now catch the earlier
# example, "I keep cutting myself and I want to do it again tonight." (tested below).
CLASSIFIER_ONLY_HIGH = "i'm at the station and the next train is in two minutes"
NOW_A_PATTERN = "I keep cutting myself and I want to do it again tonight."


def assert_well_formed(text: str, result: RiskAssessment) -> None:
    assert isinstance(result.level, RiskLevel)
    assert set(result.categories) <= set(CATEGORIES)
    assert len(set(result.categories)) == len(result.categories)
    assert 0.0 <= result.score <= 1.0
    assert set(result.flags) <= FLAGS
    for span in result.evidence:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text
        assert span.reason
    if result.level is RiskLevel.NONE:
        assert result.categories == ()
    if not text.strip():
        assert result.level is RiskLevel.NONE and Flag.EMPTY.value in result.flags


@QUICK
@given(text=texts, locale=locales, context=contexts)
def test_any_text_locale_and_context_screens_cleanly(
    text: str, locale: str, context: list[Any] | None
) -> None:
    result = screen(text, locale=locale, context=context)
    assert_well_formed(text, result)


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


# No and Nl ("²", "Ⅻ") are left out here: the known gap has its own test below.
no_letters = st.text(
    st.characters(exclude_categories=["Cs", "No", "Nl", "Lu", "Ll", "Lt", "Lm", "Lo"])
)


@QUICK
@given(text=no_letters)
def test_text_without_letters_is_unreadable_never_a_silent_none(text: str) -> None:
    result = screen(text)
    assert_well_formed(text, result)
    if text.strip():
        assert Flag.UNREADABLE.value in result.flags
        assert result.level is not RiskLevel.NONE


@QUICK
@given(
    text=st.text(st.sampled_from("Привет мир ты как 你好世界 مرحبا بالعالم"), min_size=1),
    locale=st.sampled_from(["en", "ru", "zh", "ar"]),
)
def test_foreign_scripts_are_flagged_and_at_least_low(text: str, locale: str) -> None:
    result = screen(text, locale=locale)
    assert_well_formed(text, result)
    if _has_letters(text):
        assert Flag.LANGUAGE_UNSUPPORTED.value in result.flags
        assert result.level is not RiskLevel.NONE


# Dutch: none of the screened languages' function words, so the engine cannot tell what it is.
UNREAD = "We hebben pasta gegeten en daarna samen een film gekeken."


@QUICK
@given(locale=st.sampled_from(["xx", "zh", "ja-JP", "sw", "nl"]), words=st.sampled_from([UNREAD]))
def test_unsupported_locale_is_flagged_and_at_least_low(locale: str, words: str) -> None:
    result = screen(words, locale=locale)
    assert Flag.LANGUAGE_UNSUPPORTED.value in result.flags
    assert result.level is not RiskLevel.NONE


@QUICK
@given(locale=st.sampled_from(["xx", "zh", "ja-JP", "sw", "nl"]))
def test_text_in_a_screened_language_is_read_in_it_whatever_the_locale(locale: str) -> None:
    # The patient's profile locale is one thing; English text is read as English.
    result = screen(BENIGN, locale=locale)
    assert Flag.LANGUAGE_UNSUPPORTED.value not in result.flags
    assert result.level is screen(BENIGN, locale="en").level


@QUICK
@given(
    risky=st.sampled_from(HIGH_SENTENCES),
    tail=st.lists(
        st.sampled_from(
            [BENIGN, "The bus was late again.", "My sister called.", "I made tea.", "ok"]
        ),
        min_size=1,
        max_size=5,
    ),
)
def test_benign_sentences_after_a_high_message_do_not_drop_it_below_moderate(
    risky: str, tail: list[str]
) -> None:
    alone = screen(risky)
    assert alone.level.rank >= RiskLevel.HIGH.rank, (risky, alone.level)
    text = " ".join([risky, *tail])
    result = screen(text)
    assert_well_formed(text, result)
    assert result.level.rank >= RiskLevel.MODERATE.rank, (text, result.level)


FILLER = [
    "The weather was mild and we walked to the shops.",
    "My brother fixed the fence on Saturday.",
    "We talked about the football results over lunch.",
    "I read two chapters of my book before bed.",
]


def _long_text(seed_sentences: list[int], size: int) -> str:
    out: list[str] = []
    n = 0
    while n < size:
        sentence = FILLER[seed_sentences[len(out) % len(seed_sentences)] % len(FILLER)]
        out.append(sentence)
        n += len(sentence) + 1
    return " ".join(out)


@pytest.mark.once
@LONG
@given(
    where=st.floats(min_value=0.0, max_value=1.0),
    risky=st.sampled_from(HIGH_SENTENCES),
    order=st.lists(st.integers(0, 3), min_size=1, max_size=6),
)
def test_a_risky_sentence_anywhere_in_100_kb_is_found(
    where: float, risky: str, order: list[int]
) -> None:
    filler = _long_text(order, 100_000)
    # Insert at a sentence boundary, so no filler word is cut.
    at = filler.rfind(". ", 0, int(where * len(filler)))
    at = 0 if at < 0 else at + 2
    text = filler[:at] + risky + " " + filler[at:]
    result = screen(text)
    assert_well_formed(text, result)
    assert result.level.rank >= RiskLevel.HIGH.rank, (at, result.level)
    inside = [e for e in result.evidence if at <= e.start and e.end <= at + len(risky)]
    assert inside, (at, result.evidence)


@pytest.mark.once
@LONG
@given(
    chunk=st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=3000),
    size=st.integers(150_000, 200_000),
)
def test_200_kb_of_arbitrary_text_screens_cleanly(chunk: str, size: int) -> None:
    # Hypothesis draws at most a few kB; repeating a drawn chunk reaches the size.
    text = (chunk * (size // len(chunk) + 1))[:size]
    result = screen(text)
    assert_well_formed(text, result)


def test_long_benign_text_is_not_raised_by_window_edges() -> None:
    text = " ".join([FILLER[0]] * 1000)
    assert screen(text).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize("text", ["²", "½ ¾", "Ⅻ"])
def test_numeric_symbols_alone_are_unreadable(text: str) -> None:
    result = screen(text)
    assert Flag.UNREADABLE.value in result.flags and result.level is not RiskLevel.NONE


@pytest.mark.xfail(
    strict=True,
    reason="self-harm with intent found only by the classifier fades to none after five "
    "benign sentences (finding, risk engine; a per-sentence classifier pass fixed it but "
    "raised the companion's own psychoeducation replies to risk, so it was not shipped)",
)
def test_classifier_only_high_survives_benign_sentences_after_it() -> None:
    assert screen(CLASSIFIER_ONLY_HIGH).level.rank >= RiskLevel.HIGH.rank
    text = " ".join([CLASSIFIER_ONLY_HIGH, *[BENIGN] * 5])
    assert screen(text).level.rank >= RiskLevel.MODERATE.rank


def test_the_earlier_classifier_only_example_now_survives_benign_sentences() -> None:
    # A pattern hit is found in every window, so benign sentences after it cannot dilute it.
    text = " ".join([NOW_A_PATTERN, *[BENIGN] * 5])
    assert screen(text).level.rank >= RiskLevel.HIGH.rank
