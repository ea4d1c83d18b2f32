"""The assertion the rule-gap test files share: a message reads at its level, with its
category, and a rule (not only the classifiers) reads it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel


def assert_read_by_a_rule(text: str, level: RiskLevel, category: str, locale: str = "en") -> None:
    result = screen(text, locale=locale)
    assert result.level is level, (text, result.level)
    assert category in result.categories
    assert any(not e.reason.startswith("classifier") for e in result.evidence), result.evidence


def assert_at_least(text: str, level: RiskLevel, category: str, locale: str = "en") -> None:
    result = screen(text, locale=locale)
    assert result.level.rank >= level.rank, (text, result.level)
    assert category in result.categories, (text, result.categories)


def assert_at_least_high(text: str, category: str, locale: str = "en") -> None:
    assert_at_least(text, RiskLevel.HIGH, category, locale)


# The standard checks of a review round's rule-test file (rules-1.41 on), built once here: each
# returns a parametrised test function for the file to bind to a `test_...` name.
Case = str | tuple[str, str]  # a text, or (text, locale)


def reach_their_level(cases: list[tuple[str, RiskLevel, str]]) -> Callable[..., None]:
    """Each (text, level, category) reads at its level or above, with its category."""

    @pytest.mark.parametrize(("text", "level", "category"), cases)
    def check(text: str, level: RiskLevel, category: str) -> None:
        assert_at_least(text, level, category)

    return check


def reach_their_level_in(cases: list[tuple[str, str, RiskLevel, str]]) -> Callable[..., None]:
    """The same for (text, locale, level, category)."""

    @pytest.mark.parametrize(("text", "locale", "level", "category"), cases)
    def check(text: str, locale: str, level: RiskLevel, category: str) -> None:
        assert_at_least(text, level, category, locale)

    return check


def stay_below_moderate(cases: list[Case]) -> Callable[..., None]:
    """Each text (English, or (text, locale)) reads below moderate."""

    @pytest.mark.parametrize("case", cases)
    def check(case: Case) -> None:
        text, locale = (case, "en") if isinstance(case, str) else case
        assert screen(text, locale=locale).level.rank < RiskLevel.MODERATE.rank

    return check


def still_alarm(cases: list[str]) -> Callable[..., None]:
    """Each English text still reads high or above (an idiom stands aside for risk)."""

    @pytest.mark.parametrize("text", cases)
    def check(text: str) -> None:
        assert screen(text).level.rank >= RiskLevel.HIGH.rank

    return check
