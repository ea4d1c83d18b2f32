"""AUDIT-C (INSTRUMENTS.md §9)."""

from __future__ import annotations

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import AuditcScore
from mindline.measures.scoring.common import ints, total


def rule_set(variant: str, sex: str | None) -> tuple[str, str]:
    """Return (band scheme, rule set name) for a variant and sex."""
    if variant == "uk":
        # INSTRUMENTS.md §9: UK (OHID) form counts units; total >= 5 for everyone.
        return "uk", "uk_ohid_5"
    if sex == "male":
        return "us_men", "us_bradley_2003_men_4"
    # INSTRUMENTS.md §9: US men >= 4, women >= 3; unknown sex takes the lower, more
    # sensitive cut-off so nobody is missed.
    if sex == "female":
        return "us_women", "us_bradley_2003_women_3"
    return "us_women", "us_bradley_2003_sex_unknown_3"


def score_auditc(
    instrument: Instrument, values: dict[str, Value], variant: str, sex: str | None
) -> AuditcScore:
    """Score an AUDIT-C under the US sex-specific or UK rule set."""
    points = total(values)
    answered = ints(values)
    scheme, name = rule_set(variant, sex)
    band = instrument.band(points, scheme)
    flags: list[str] = []
    if band.severity == "positive":
        flags.append("auditc_positive")
        # INSTRUMENTS.md §9: if all points come from item 1, drinking is likely below limits.
        if answered["2"] == 0 and answered["3"] == 0:
            flags.append("auditc_item1_only")
    # INSTRUMENTS.md §9: 8-12 is often labelled high risk.
    if points >= instrument.cutoffs["high_risk"]:
        flags.append("auditc_high_risk")
    return AuditcScore(
        instrument=instrument.id,
        total=points,
        severity=band.severity,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        variant=variant,
        sex=sex,
        rule_set=name,
        cutoff=instrument.bands[scheme][1].min,
    )
