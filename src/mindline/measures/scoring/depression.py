"""PHQ-9 and PHQ-2 (INSTRUMENTS.md §1-2)."""

from __future__ import annotations

from fractions import Fraction
from math import floor

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import Phq9Score, ScreenScore
from mindline.measures.scoring.common import SAFETY_WORKFLOW, ints, total

MAX_IMPUTED = 2  # INSTRUMENTS.md §1: up to 2 missing items (Arrieta 2017) [S12]


def score_phq9(instrument: Instrument, values: dict[str, Value]) -> Phq9Score:
    """Score a PHQ-9: bands, item 9 safety rule, caseness, NG222 category, missing items."""
    flags: list[str] = []
    item9 = values["9"]
    # INSTRUMENTS.md §0.3: never impute item 9; unknown routes as if positive.
    if item9 is None:
        status = "unknown"
        flags += ["phq9_item9_positive", "phq9_item9_unknown", SAFETY_WORKFLOW]
    # INSTRUMENTS.md §1: any item 9 > 0 triggers the safety workflow regardless of total [S10].
    elif isinstance(item9, int) and item9 >= instrument.cutoffs["item9_positive"]:
        status = "positive"
        flags += ["phq9_item9_positive", SAFETY_WORKFLOW]
    else:
        status = "negative"

    missing = [key for key, value in values.items() if value is None]
    answered = ints(values)
    imputed = [key for key in missing if key != "9"]
    exact: Fraction | None = None
    if item9 is not None and len(imputed) <= MAX_IMPUTED:
        # INSTRUMENTS.md §1: each missing item 1-8 = mean of the answered items [S12].
        mean = Fraction(sum(answered.values()), len(answered))
        exact = sum(answered.values()) + len(imputed) * mean
    if exact is None:
        flags.append("too_many_missing" if len(imputed) > MAX_IMPUTED else "total_unknown")
        return Phq9Score(
            instrument=instrument.id,
            total=None,
            severity="not_scored",
            flags=flags,
            algorithm_version=instrument.algorithm_version,
            missing_items=missing,
            item9=status,
            caseness=None,
            ng222_category=None,
        )
    # Round half up: an imputed 9.5 counts as 10 (the cautious side of a cut-off).
    rounded = floor(exact + Fraction(1, 2))
    if imputed:
        flags.append("missing_items_imputed")
    # INSTRUMENTS.md §1/§5.2: NHS Talking Therapies caseness is PHQ-9 >= 10 [S19].
    caseness = rounded >= instrument.cutoffs["caseness_nhs_tt"]
    if caseness:
        flags.append("caseness")
    # INSTRUMENTS.md §1: NICE NG222 uses >= 16 as "more severe" depression [S9].
    more_severe = rounded >= instrument.cutoffs["ng222_more_severe"]
    return Phq9Score(
        instrument=instrument.id,
        total=rounded,
        severity=instrument.band(rounded).severity,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        missing_items=missing,
        item9=status,
        caseness=caseness,
        ng222_category="more_severe" if more_severe else "less_severe",
        imputed_items=imputed,
        total_unrounded=float(exact) if imputed else None,
    )


def score_screen(instrument: Instrument, values: dict[str, Value], follow_up: str) -> ScreenScore:
    """Score a two-item screen (PHQ-2, GAD-2): >= 3 is positive, give the full instrument."""
    points = total(values)
    # INSTRUMENTS.md §2 and §4: PHQ-2 >= 3 and GAD-2 >= 3 are positive screens [S14][S18].
    positive = points >= instrument.cutoffs["positive"]
    return ScreenScore(
        instrument=instrument.id,
        total=points,
        severity=instrument.band(points).severity,
        flags=[f"{instrument.id}_positive"] if positive else [],
        algorithm_version=instrument.algorithm_version,
        follow_up=follow_up if positive else None,
    )
