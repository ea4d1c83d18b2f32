"""Helpers shared by the scorers."""

from __future__ import annotations

from mindline.measures.answers import Value

# Flags every consumer can route on without knowing the instrument.
SAFETY_WORKFLOW = "safety_workflow"  # crisis resources + alert the care team now
URGENT = "urgent"  # imminent risk: safety precautions until a professional evaluates
CLINICIAN_REVIEW = "clinician_review"  # a clinician task, not an emergency


def ints(values: dict[str, Value]) -> dict[str, int]:
    """Return the answered ordinal values (scorers call this after checking completeness)."""
    return {key: value for key, value in values.items() if isinstance(value, int)}


def total(values: dict[str, Value]) -> int:
    """Sum of all answered ordinal items."""
    return sum(ints(values).values())
