"""WHO-5 Well-Being Index (INSTRUMENTS.md §6)."""

from __future__ import annotations

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import Who5Score
from mindline.measures.scoring.common import ints, total


def score_who5(instrument: Instrument, values: dict[str, Value]) -> Who5Score:
    """Score a WHO-5: raw 0-25, percentage = raw x 4, low well-being flags."""
    raw = total(values)
    flags: list[str] = []
    # INSTRUMENTS.md §6: raw < 13 (percentage <= 48) = poor well-being, screen for depression.
    if raw < instrument.cutoffs["poor_wellbeing_below"]:
        flags.append("who5_poor_wellbeing")
    # INSTRUMENTS.md §6: percentage <= 28 (raw <= 7) suggests likely depression (Topp 2015).
    if raw <= instrument.cutoffs["likely_depression_max"]:
        flags.append("who5_likely_depression")
    # INSTRUMENTS.md §6: also assess further if any single item is 0 or 1.
    low = [
        key for key, value in ints(values).items() if value <= instrument.cutoffs["low_item_max"]
    ]
    if low:
        flags.append("who5_low_item")
    return Who5Score(
        instrument=instrument.id,
        total=raw,
        severity=instrument.band(raw).severity,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        # INSTRUMENTS.md §6: percentage = raw x 4, never (raw - 5) x 4.
        percentage=raw * 4,
        low_items=low,
    )
