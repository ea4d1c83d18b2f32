"""ASQ (INSTRUMENTS.md §7a) and C-SSRS screener (§7).

Every item of both screens is a safety item, so a declined or missing answer is never read
as "no": it routes as "yes" and the score says why (`*_declined`, `*_unknown` flags). An
answered item always counts, even when skip logic would not have asked it.
"""

from __future__ import annotations

from typing import Literal

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import AsqScore, CssrsScore, YesNo
from mindline.measures.scoring.common import SAFETY_WORKFLOW, URGENT

ROUTES_AS_YES = {"yes", "declined", "unknown"}


def _status(value: Value, asked: bool) -> YesNo:
    if value is None:
        # INSTRUMENTS.md §0.3: a missing safety answer is unknown, never imputed as "no".
        return "unknown" if asked else "not_asked"
    return "yes" if value == "yes" else "no" if value == "no" else "declined"


def _reason_flags(prefix: str, answers: dict[str, YesNo]) -> list[str]:
    states = set(answers.values())
    return [f"{prefix}_{state}" for state in ("declined", "unknown") if state in states]


def score_asq(instrument: Instrument, values: dict[str, Value]) -> AsqScore:
    """Score an ASQ: negative, non-acute positive or acute positive."""
    answers: dict[str, YesNo] = {key: _status(values[key], True) for key in ("1", "2", "3", "4")}
    # INSTRUMENTS.md §7a: yes or declined to any of 1-4 is a positive screen; declined counts
    # as yes for routing.
    positive = any(answers[key] in ROUTES_AS_YES for key in answers)
    # INSTRUMENTS.md §7a: item 5 (acuity) is asked only after a positive 1-4.
    answers["5"] = _status(values["5"], asked=positive)
    # INSTRUMENTS.md §7a: yes to item 5 = acute positive (imminent risk).
    acute = answers["5"] in ROUTES_AS_YES
    flags: list[str] = []
    if positive or acute:
        flags += ["asq_positive", SAFETY_WORKFLOW]
    if acute:
        flags += ["asq_acute_positive", URGENT]
    flags += _reason_flags("asq", answers)
    severity = "acute_positive" if acute else "non_acute_positive" if positive else "negative"
    return AsqScore(
        instrument=instrument.id,
        total=None,
        severity=severity,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        missing_items=[key for key, state in answers.items() if state == "unknown"],
        answers=answers,
    )


Colour = Literal["green", "yellow", "orange", "red"]
COLOURS: dict[str, Colour] = {"none": "green", "low": "yellow", "moderate": "orange", "high": "red"}


def score_cssrs(instrument: Instrument, values: dict[str, Value]) -> CssrsScore:
    """Score a C-SSRS screener into a risk level none/low/moderate/high."""
    answers: dict[str, YesNo] = {}
    answers["1"] = _status(values["1"], True)
    answers["2"] = _status(values["2"], True)
    # INSTRUMENTS.md §7 skip logic: items 3-5 are asked only if item 2 is yes.
    ideation = answers["2"] in ROUTES_AS_YES
    for key in ("3", "4", "5"):
        answers[key] = _status(values[key], asked=ideation)
    answers["6"] = _status(values["6"], True)
    answers["6a"] = _status(values["6a"], asked=answers["6"] in ROUTES_AS_YES)

    def yes(key: str) -> bool:
        return answers[key] in ROUTES_AS_YES

    # INSTRUMENTS.md §7 triage: risk is the highest level any rule reaches [S22].
    if yes("4") or yes("5") or (yes("6") and yes("6a")):
        level = "high"  # intent/plan in the past month, or behaviour within 3 months
    elif yes("3") or yes("6"):
        level = "moderate"  # method without intent, or behaviour more than 3 months ago
    elif yes("1") or yes("2"):
        level = "low"
    else:
        level = "none"
    flags: list[str] = []
    if level != "none":
        # INSTRUMENTS.md §7: any level >= low creates a clinician task; crisis lines shown.
        flags += ["cssrs_positive", SAFETY_WORKFLOW]
    if level == "high":
        flags += ["cssrs_high_risk", URGENT]
    flags += _reason_flags("cssrs", answers)
    return CssrsScore(
        instrument=instrument.id,
        total=None,
        severity=level,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        missing_items=[key for key, state in answers.items() if state == "unknown"],
        colour=COLOURS[level],
        answers=answers,
    )
