"""PCL-5 (INSTRUMENTS.md §8)."""

from __future__ import annotations

from mindline.measures.answers import Value
from mindline.measures.definitions import Instrument
from mindline.measures.schemas import Pcl5Score
from mindline.measures.scoring.common import CLINICIAN_REVIEW, ints, total


def score_pcl5(instrument: Instrument, values: dict[str, Value], band_scheme: str) -> Pcl5Score:
    """Score a PCL-5: total, cluster sums, provisional diagnosis and the item 16 review rule."""
    answered = ints(values)
    points = total(values)
    cut = instrument.cutoffs
    clusters: dict[str, int] = {}
    endorsed: dict[str, int] = {}
    for item in instrument.items:
        cluster = item.cluster or ""
        clusters[cluster] = clusters.get(cluster, 0) + answered[item.id]
        # INSTRUMENTS.md §8: an item rated >= 2 counts as endorsed [S23].
        endorsed[cluster] = endorsed.get(cluster, 0) + (answered[item.id] >= cut["item_endorsed"])
    # INSTRUMENTS.md §8: provisional diagnosis needs >= 1 B, >= 1 C, >= 2 D and >= 2 E [S23].
    provisional = all(endorsed[c] >= cut[f"min_{c.lower()}"] for c in ("B", "C", "D", "E"))
    band = instrument.band(points, band_scheme)
    flags: list[str] = []
    if band.severity == "positive":
        flags.append("pcl5_positive")
    if provisional:
        flags.append("pcl5_provisional_ptsd")
    # INSTRUMENTS.md §8: item 16 (risky/self-destructive behaviour) >= 2 -> clinician review
    # task (local design default).
    if answered["16"] >= cut["item16_review"]:
        flags += ["pcl5_item16_review", CLINICIAN_REVIEW]
    return Pcl5Score(
        instrument=instrument.id,
        total=points,
        severity=band.severity,
        flags=flags,
        algorithm_version=instrument.algorithm_version,
        band_scheme=band_scheme,
        clusters=clusters,
        provisional_diagnosis=provisional,
    )
