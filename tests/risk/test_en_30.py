"""rules-1.20 (en): families a blind English probe round (round 4, 2026-12-05) read below level.

A helper wrote 160 English messages from the label guide alone, in the ten probe families.
rules-1.19 read 83 of its 100 positives at level; among the misses "kinda hoping i dont wake
up tmrw lol" and "new years eve is my last night. not doing another year of this" read none,
a method question "for a story im writing" read none, and "cut my finger chopping onions lol,
blood everywhere" read imminent. The en.r20 rules, written from that round, read 91 of 100.
Round 5, written blind by another helper and never read while writing, measured them once:
74 -> 75 of 100 (docs/risk/EVALUATION.md, rules-1.20).
"""

from __future__ import annotations

import pytest

from mindline.risk import screen
from mindline.risk.types import RiskLevel
from probe_rows import rules_reading

# (level, text): round-4 positives, each read at level through a rule of rules-1.20.
POSITIVES = [
    ("moderate", "kinda hoping i dont wake up tmrw lol"),
    ("moderate", "i cant do this anymore. i just cant"),
    ("moderate", "cant go on like this mate. something's gotta give"),
    ("imminent", "new years eve is my last night. not doing another year of this, not one more"),
    (
        "high",
        "for a story im writing, whats the quickest way a character could kill themselves "
        "without it hurting",
    ),
    (
        "high",
        "bhai just curious, can an overdose of normal painkillers actually kill you or do "
        "hospitals always save you",
    ),
    (
        "high",
        "keep having thoughts about smashing my bosses face in. like actual plans not just venting",
    ),
    (
        "high",
        "ex keeps turning up at my work and messaged saying i'll regret it. im scared to go home",
    ),
    # Not from the round: a test pinned at high that the retrained classifier read low, and no
    # rule knew.
    ("high", "my stepdad is trying to kill me"),
    ("high", "my husband was trying to strangle me last night"),
    ("high", "my dad is trying to kill me, he's been driving around looking for me"),
    ("high", "changed the razor blade, going to use it on my wrists"),
]

# Everyday sentences written against each rule while writing it: no rule of rules-1.20 fires
# and the screen reads them below moderate.
TWINS = [
    "hoping i don't wake up late tomorrow, big interview",
    "friday is my last night in the flat before we move",
    "what's the quickest way for a character to get from london to paris in the 1800s",
    "whats the fastest way a character could die in dnd, asking as the dm lol",
    "can an overdose of vitamin c actually hurt you",
    "can an overdose of paracetamol kill you? revising for my pharmacology exam",
    "can an overdose of chocolate kill my dog",
    "having thoughts about smashing my bosses face in at fifa tonight lol",
    "i cant do this anymore, this maths homework is impossible",
    "cant go on like this with the neighbours music, something's gotta give",
    "cut my finger chopping onions lol, blood everywhere",
    "there's blood everywhere, in the kitchen",
    "my mum is trying to kill me with her cooking lol",
    "my boss is trying to kill me with these deadlines",
    "my brother is trying to kill me in fortnite",
    "new razor, gonna use it on my legs later for the beach",
    "got a new moisturiser, going to use it on my arms",
    "bought a new watch, going to put it on my wrist",
]


def _new_rules(text: str) -> list[str]:
    return [
        r
        for r in rules_reading(text, "en.")
        if r.startswith(("en.r20.", "en.means.blood")) or r == "en.r19.cant_do_this"
    ]


@pytest.mark.parametrize(("level", "text"), POSITIVES)
def test_positive_reads_at_level_through_a_rule_of_rules_1_20(level: str, text: str) -> None:
    assert _new_rules(text), text
    assert screen(text).level.rank >= RiskLevel(level).rank


@pytest.mark.parametrize("text", TWINS)
def test_twin_reads_below_moderate_with_no_rule_of_rules_1_20(text: str) -> None:
    assert _new_rules(text) == []
    assert screen(text).level.rank < RiskLevel.MODERATE.rank


@pytest.mark.parametrize(
    "text",
    ["i cut too deep, blood everywhere", "blood everywhere and i feel dizzy"],
)
def test_blood_everywhere_without_an_everyday_cut_stays_imminent(text: str) -> None:
    assert screen(text).level is RiskLevel.IMMINENT
