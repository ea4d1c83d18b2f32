"""Text risk screening: levels, categories, evidence spans (pure: no database, no network)."""

from mindline.risk.screen import model_version, screen
from mindline.risk.types import Category, Evidence, Flag, RiskAssessment, RiskLevel

__all__ = [
    "Category",
    "Evidence",
    "Flag",
    "RiskAssessment",
    "RiskLevel",
    "model_version",
    "screen",
]
