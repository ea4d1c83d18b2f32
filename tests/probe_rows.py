"""Probe rows kept beside the rule tests (tests/risk/*_28.tsv, *_29.tsv): tab-separated, `#`
comments; and which rules of a release read a text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel


def probe_rows(path: Path, kind: str) -> list[list[str]]:
    """The fields after the first (the row's kind) of each row of that kind."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if fields[0] == kind:
                out.append(fields[1:])
    return out


def rules_reading(text: str, prefix: str, locale: str = "en") -> list[str]:
    """Ids of the rules whose id starts with `prefix` and whose hit on the text stands (not
    negated, not inside an idiom, not someone else's words)."""
    return [
        h.rule.id
        for h in patterns.find_hits(normalize(text, locale=locale))
        if h.rule.id.startswith(prefix) and h.about != "none"
    ]


def probe_row_tests(
    rows: Path, release: str, twins_below_moderate: bool = True
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a probe-row file with a locale column (kind, locale, level, text): a
    positive reads at its level through a rule of `release` in its language (id
    "<locale>.<release>."); on a twin no such rule fires and, unless told otherwise, the screen
    reads below moderate. Bind them to test_* names in the calling module (the names are the
    node ids, so known_misreadings.txt entries keep pointing at them)."""
    positives = [tuple(r) for r in probe_rows(rows, "positive")]
    twins = [tuple(r) for r in probe_rows(rows, "twin")]

    @pytest.mark.parametrize(("locale", "level", "text"), positives)
    def positive_test(locale: str, level: str, text: str) -> None:
        assert rules_reading(text, f"{locale}.{release}.", locale), text
        assert screen(text, locale).level.rank >= RiskLevel(level).rank

    @pytest.mark.parametrize(("locale", "level", "text"), twins)
    def twin_test(locale: str, level: str, text: str) -> None:
        assert rules_reading(text, f"{locale}.{release}.", locale) == []
        if twins_below_moderate:
            assert screen(text, locale).level.rank < RiskLevel.MODERATE.rank

    return positive_test, twin_test
