"""rules-1.18 (de): plain German statements of risk that read none or low.

A helper wrote 171 German probe messages from the label guide alone (ten families: the wish
to die, chat slang, a plan with a time, means or a place, goodbyes, method questions, an
attempt under way, passive wishes, self-harm, danger from or to someone). Of its 111
positives, 48 read at level on rules-1.17. What read below level: words between the modal and
the verb at the end of the clause ("ich will heute nacht sterben", "will mich nur noch
umbringen"), "dran gedacht mich umzubringen", "mach ich meinem leben ein ende", a plan for
when everyone sleeps, pills taken told without "ich", lethality asked, the wish not to wake,
self-injury on purpose, someone kicking the door. patterns.yaml `de.r18.*` reads them: 82 of
111 now. A second round written blind by another helper measured them once: 39 -> 44 of 103
positives at level, twins read moderate or above 6 of 60 before and after
(docs/risk/EVALUATION.md, rules-1.18).

POSITIVES (de_28.tsv) are the first round's positives that read at level through a new rule;
TWINS are its everyday rows, on which no new rule may fire.

The same change mends a rule about someone else (`de.r15lead.other_intent`): its last branch,
"will ... sterben/springen", stood outside the subject it needs, so "ich will sterben" was
also flagged third_party and the companion answered it with helper guidance
(tests/companion/test_dialogues_real_screen.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import probe_rows, rules_reading

ROWS = Path(__file__).with_name("de_28.tsv")


POSITIVES = [(text, level) for level, text in probe_rows(ROWS, "positive")]
TWINS = [text for _, text in probe_rows(ROWS, "twin")]


def _new_rules(text: str) -> list[str]:
    return rules_reading(text, "de.r18.", "de")


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_positive_reads_at_level_through_a_new_rule(text: str, level: str) -> None:
    assert _new_rules(text), text
    assert screen(text, "de").level.rank >= RiskLevel(level).rank, text


@pytest.mark.parametrize("text", TWINS)
def test_no_new_rule_fires_on_a_twin(text: str) -> None:
    assert _new_rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ich will sterben",
        "ich möchte sterben",
        "ich will springen",
        "will einfach nur sterben",
        "ich will heute nacht sterben",
    ],
)
def test_the_writers_own_wish_is_not_flagged_as_someone_elses(text: str) -> None:
    result = screen(text, "de")
    assert result.level.rank >= RiskLevel.HIGH.rank
    assert "third_party" not in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "meine schwester will sterben",
        "mein bruder sagt er will sich umbringen",
        "sie will springen",
    ],
)
def test_someone_elses_wish_is_still_flagged(text: str) -> None:
    result = screen(text, "de")
    assert "third_party" in result.flags
    assert result.level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    [
        "ich will nicht sterben",
        "ich werde irgendwann sterben wie alle",
        "ich könnte sterben vor lachen",
        "ich will heute abend nicht sterben vor langeweile, lass uns was machen",
        "ich hab mich beim fussball wieder verletzt",
    ],
)
def test_everyday_german_stays_below_moderate(text: str) -> None:
    assert screen(text, "de").level.rank < RiskLevel.MODERATE.rank


# The classifiers alone read this one moderate, before the new rules and after; no rule may.
def test_no_new_rule_fires_on_an_evening_at_home() -> None:
    assert _new_rules("wenn die kinder im bett sind mach ichs mir gemütlich") == []
