"""rules-1.18 (lost): families of risk the retrained classifiers (clf-1.2b296558) read below
level on the project's own wording, read by rules.

Twelve positives of the older tests read below level after the 2026-12-05 retrain
(tests/risk/known_misreadings.txt listed them), among them "would a whole pack of paracetamol
be enough to end it" (none), "going to drive out to the woods tonight with the hose from the
garage" (none) and "my phone will be dead soon and so will i" (none). Each stands for a family,
and patterns.yaml `en.r18lost.*` reads the family by its shape: whether an amount would be
enough, walking on into the water, a hose taken to the car, a thing's end and the writer's, a
whole supply swallowed or wanted, nerve waited for at the means, nobody to miss the writer,
food or medicine stopped until death, the last time someone sees the writer, a pull to go off
a height, another's overdose or suicide followed or envied.

The rules were written from those twelve and from two rounds of probe messages written blind
for the families (288 + 291 rows: about 14 positives and 10 twins a family, a round). A third
blind round measured them: 101 -> 114 of 169 positives at level, its 122 twins read moderate or
above 14 times before and after (docs/risk/EVALUATION.md, rules-1.18). The held-out sets moved
by one message (v3 high+ 0.774 -> 0.778); no everyday message changed level.

POSITIVES (lost_28.tsv) are the first two rounds' positives that read at level through one of
the new rules (high for high and imminent rows); TWINS are the same rounds' everyday rows, on
which no new rule may fire (some read moderate through the classifiers alone, before and after
this change).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import patterns, screen
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel
from probe_rows import probe_rows, rules_reading

ROWS = Path(__file__).with_name("lost_28.tsv")


# (message, lowest level it must read)
POSITIVES = [(text, level) for level, text in probe_rows(ROWS, "positive")]
# Everyday rows that share the families' words.
TWINS = [text for _, text in probe_rows(ROWS, "twin")]

# Existing rules that read these twins of the probe rounds as an attempt or a goodbye.
OLD_RULE_TWINS = [
    "this is my last message about the rota, after this ask sarah",
    "just realised i took the whole pack of allergy tablets on holiday and forgot to restock",
    "took the whole tub of protein powder to uni with me, flatmates think it's drugs lol",
]


def _new_rules(text: str) -> list[str]:
    return rules_reading(text, "en.r18lost.")


@pytest.mark.parametrize(("text", "level"), POSITIVES)
def test_positive_reads_at_level_through_a_new_rule(text: str, level: str) -> None:
    assert _new_rules(text), text
    assert screen(text).level.rank >= RiskLevel(level).rank, text


@pytest.mark.parametrize("text", TWINS)
def test_no_new_rule_fires_on_a_twin(text: str) -> None:
    assert _new_rules(text) == []


@pytest.mark.parametrize("text", OLD_RULE_TWINS)
def test_the_attempt_and_goodbye_rules_leave_these_twins(text: str) -> None:
    hits = {h.rule.id for h in patterns.find_hits(normalize(text)) if h.about == "self"}
    assert not hits & {"en.goodbye", "en.plan.when", "en.attempt.swallowed", "en.attempt.quantity"}


@pytest.mark.parametrize(
    "text",
    [
        "this is my last message, goodbye",
        "i took the whole pack of paracetamol",
        "i swallowed the whole bottle of pills on holiday",
    ],
)
def test_the_attempt_and_goodbye_rules_still_read_these(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT
