"""The dialogue suite again, on the real ``mindline.risk.screen``.

These pin the integration: the same conversations must behave with the project's
risk screen as with the companion's fallback. Cases listed in KNOWN_GAPS are
reported as expected failures with the reason, so a fix in either package shows up.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.companion.harness import load, run

from mindline.companion.screening import default_screen

CASES = load("dialogues.yaml")
risk = pytest.importorskip("mindline.risk")

# Dialogue name -> why the real screen currently disagrees. Listed cases still run: they pass
# when the screen gets them right and are reported as xfail only while they fail.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_dialogue_behaves_on_the_real_screen(case: dict[str, Any]) -> None:
    failures = run(case, default_screen)
    if failures and case["name"] in KNOWN_GAPS:
        pytest.xfail(KNOWN_GAPS[case["name"]])  # a known gap; it passes once the screen improves
    assert not failures, "\n".join(failures)


# The companion's fallback screen reads any death wish as a crisis; the real screen follows
# the label guide (C-SSRS): "I don't want to be alive anymore" is a passive wish, moderate, so
# the companion asks the direct question with the lines and tells the care team, and a yes
# opens the crisis protocol. (The classifiers before 2026-12-05 read this one sentence high.)
PASSIVE_WISH = {
    "name": "a passive death wish gets the direct question",
    "turns": [
        {
            "say": "I don't want to be alive anymore",
            "expect": {
                "mode": "check_in",
                "crisis": False,
                "contains": ["are you having thoughts like that right now", "Samaritans"],
            },
        },
        {"say": "yes", "expect": {"mode": "crisis", "crisis": True}},
    ],
}


def test_a_passive_death_wish_gets_the_direct_question_on_the_real_screen() -> None:
    failures = run(PASSIVE_WISH, default_screen)
    assert not failures, "\n".join(failures)


# rules-1.18 (fix): a German rule about someone else ("meine schwester sagt, sie will
# springen") also matched the writer's own "ich will sterben", so the screen flagged it
# third_party and the companion gave helper guidance instead of opening the crisis protocol.
@pytest.mark.parametrize(
    "text",
    ["ich will sterben", "ich möchte sterben", "ich will springen", "will einfach nur sterben"],
)
def test_a_german_death_wish_of_the_writer_opens_the_crisis_protocol(text: str) -> None:
    case = {
        "name": "german death wish",
        "profile": {"locale": "de", "country": "DE"},
        "turns": [{"say": text, "expect": {"mode": "crisis", "crisis": True}}],
    }
    failures = run(case, default_screen)
    assert not failures, "\n".join(failures)


def test_someone_elses_death_wish_in_german_still_gets_helper_guidance() -> None:
    case = {
        "name": "german third party",
        "profile": {"locale": "de", "country": "DE"},
        "turns": [{"say": "meine schwester will sterben", "expect": {"crisis": False}}],
    }
    failures = run(case, default_screen)
    assert not failures, "\n".join(failures)
