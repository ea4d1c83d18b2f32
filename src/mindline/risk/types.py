"""Result types of the risk screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class RiskLevel(StrEnum):
    """C-SSRS-inspired levels, least to most urgent (see DESIGN.md)."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        """0 for none up to 4 for imminent."""
        return LEVELS.index(self)

    @classmethod
    def from_rank(cls, rank: int) -> RiskLevel:
        """The level with this rank (clamped to 0..4)."""
        return LEVELS[min(max(rank, 0), 4)]


LEVELS: tuple[RiskLevel, ...] = tuple(RiskLevel)


class Category(StrEnum):
    """What kind of risk a message shows."""

    SUICIDAL_IDEATION = "suicidal_ideation"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE_OR_VIOLENCE = "abuse_or_violence"
    METHOD_SEEKING = "method_seeking"
    PSYCHOSIS = "psychosis"
    SUBSTANCE = "substance"
    EATING_DISORDER = "eating_disorder"


CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)


class Flag(StrEnum):
    """Why a result needs a second look, or why it is not about the writer."""

    LANGUAGE_UNSUPPORTED = "language_unsupported"
    THIRD_PARTY = "third_party"
    # Someone else may be in danger now (an overdose, a ligature, a goodbye): urgent helper
    # guidance, beside `third_party`.
    THIRD_PARTY_URGENT = "third_party_urgent"
    QUOTED_OR_FICTIONAL = "quoted_or_fictional"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TRUNCATED = "truncated"
    CONTEXT = "context"


@dataclass(frozen=True)
class Evidence:
    """A span of the ORIGINAL text and why it counted."""

    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class RiskAssessment:
    """The outcome of screening one message."""

    level: RiskLevel
    categories: tuple[str, ...]
    score: float
    evidence: tuple[Evidence, ...]
    model_version: str
    flags: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, as in the DESIGN.md batch contract."""
        return {
            "level": self.level.value,
            "categories": list(self.categories),
            "score": round(self.score, 4),
            "evidence": [e.to_dict() for e in self.evidence],
            "model_version": self.model_version,
            "flags": list(self.flags),
        }
