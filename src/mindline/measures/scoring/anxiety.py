"""GAD-7 (INSTRUMENTS.md §3); GAD-2 uses the shared two-item screen."""

from __future__ import annotations

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import Gad7Score
from mindline.measures.scoring.common import total


def score_gad7(instrument: Instrument, values: dict[str, Value], caseness_rule: str) -> Gad7Score:
    """Score a GAD-7: Spitzer bands plus caseness under the chosen rule set."""
    points = total(values)
    # INSTRUMENTS.md §0.5/§3: caseness is >= 8 in NHS Talking Therapies, >= 10 in the
    # original paper; store which rule was applied [S17][S19].
    key = "caseness_nhs_tt" if caseness_rule == "nhs_tt_8" else "caseness_original"
    caseness = points >= instrument.cutoffs[key]
    return Gad7Score(
        instrument=instrument.id,
        total=points,
        severity=instrument.band(points).severity,
        flags=["caseness"] if caseness else [],
        algorithm_version=instrument.algorithm_version,
        caseness=caseness,
        caseness_rule=caseness_rule,
    )
