"""Request and response shapes of the insights API."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from mindline.core.schemas import Input, Output
from mindline.insights.service import MAX_REASON


class GenerateIn(Input):
    # Preferences the person stated to their clinician (STANDARDS §2 d: shared choice).
    preferences: list[str] = Field(default_factory=list, max_length=10)


class DeclineIn(Input):
    reason: str = Field(min_length=1, max_length=MAX_REASON)


class SuggestionRead(Output):
    """The clinician's view: everything, including clinician-only items."""

    id: int
    patient_id: int
    kind: str
    status: str
    step: int | None
    clinician_text: str
    patient_text: str | None
    rationale: str
    guideline: str
    confidence: str
    evidence: dict[str, Any]
    clinician_only: bool
    risk_override: bool
    created_at: datetime
    decided_at: datetime | None
    decided_by_id: int | None
    decline_reason: str | None


class CarePlanItem(Output):
    """The patient's view: approved items in their own wording."""

    id: int
    text: str
    approved_at: datetime | None


class EffectRead(Output):
    tag: str
    outcome: str
    n_with: int
    n_without: int
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    effect_size: float | None
    p_value: float | None
    clear: bool
    note: str
