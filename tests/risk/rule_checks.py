"""The assertion the rule-gap test files share: a message reads at its level, with its
category, and a rule (not only the classifiers) reads it."""

from __future__ import annotations

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
