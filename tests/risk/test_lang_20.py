"""rules-1.10: two gaps the helpers reported in older rules.

- German: "damals wollte ich nicht mehr leben" (a past wish to die) screened none at the pattern
  layer, because de.passive.wanted read its own "nicht" as a negation.
- French: "l'an dernier", "l'été dernier" and "au lycée" were not past cues, so "j'ai fait une
  TS l'an dernier" (a past attempt: moderate by the label guide) read high.
"""

from __future__ import annotations

import pytest

from mindline.risk.screen import _pattern_pass
from mindline.risk.types import RiskLevel

MODERATE, HIGH = RiskLevel.MODERATE, RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "damals wollte ich nicht mehr leben",
        "als teenager wollte ich einfach nicht mehr leben",
        "wollte ich eigentlich nicht mehr aufwachen",
    ],
)
def test_a_past_german_wish_to_die_is_moderate(text: str) -> None:
    assert _pattern_pass(text)[0] is MODERATE


@pytest.mark.parametrize("text", ["ich wollte nicht sterben", "ich wollte nicht mehr schlafen"])
def test_not_wanting_to_die_stays_quiet(text: str) -> None:
    assert _pattern_pass(text)[0].rank < MODERATE.rank


@pytest.mark.parametrize(
    "text",
    ["j'ai fait une TS l'an dernier", "j ai fait une ts l an dernier"],
)
def test_a_french_attempt_last_year_is_history(text: str) -> None:
    assert _pattern_pass(text)[0] is MODERATE


def test_a_french_attempt_yesterday_stays_high() -> None:
    assert _pattern_pass("j'ai fait une ts hier")[0].rank >= HIGH.rank
