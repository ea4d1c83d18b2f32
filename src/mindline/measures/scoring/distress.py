"""K10 Kessler Psychological Distress Scale (INSTRUMENTS.md §10)."""

from __future__ import annotations

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import K10Score
from mindline.measures.scoring.common import ints, total

HOPELESS, WORTHLESS = "4", "10"


def score_k10(instrument: Instrument, values: dict[str, Value], band_scheme: str) -> K10Score:
    """Score a K10 (ten items scored 1-5, total 10-50) under one of two band schemes."""
    points = total(values)
    flags: list[str] = []
    # INSTRUMENTS.md §10: "hopeless"/"worthless" at 4-5 should prompt a PHQ-9 (local default),
    # because the K10 has no self-harm item.
    answered = ints(values)
    if max(answered[HOPELESS], answered[WORTHLESS]) >= instrument.cutoffs["prompt_phq9_item"]:
        flags.append("k10_prompt_phq9")
    return K10Score(
        instrument=instrument.id,
        total=points,
        # INSTRUMENTS.md §10: two band schemes; store which one was applied.
        severity=instrument.band(points, band_scheme).severity,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        band_scheme=band_scheme,
    )
