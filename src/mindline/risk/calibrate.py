"""Map classifier probabilities to a level, with thresholds chosen on validation data.

The classifier gives P(level = k). A level k is reached when P(level >= k)
passes its threshold; thresholds are picked on a seeded validation split of the
authored data so that recall targets hold, then stored in the model artifact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from mindline.risk.types import RiskLevel


@dataclass(frozen=True)
class Thresholds:
    """Cut-offs on P(level >= k) for low, moderate, high and imminent."""

    low: float = 0.5
    moderate: float = 0.5
    high: float = 0.5
    imminent: float = 0.6

    def as_array(self) -> np.ndarray:
        """[low, moderate, high, imminent]."""
        return np.array([self.low, self.moderate, self.high, self.imminent])

    def to_dict(self) -> dict[str, float]:
        """JSON-ready form."""
        return {k: round(float(v), 4) for k, v in self.__dict__.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Thresholds:
        """Inverse of to_dict."""
        return cls(**{k: float(data[k]) for k in ("low", "moderate", "high", "imminent")})


def at_least(probs: np.ndarray) -> np.ndarray:
    """P(level >= k) for k = 1..4, from P(level = k) for k = 0..4 (rows)."""
    p = np.atleast_2d(probs)
    return np.cumsum(p[:, ::-1], axis=1)[:, ::-1][:, 1:]


def level_from_probs(probs: np.ndarray, t: Thresholds) -> RiskLevel:
    """The highest level whose cumulative probability passes its threshold."""
    ge = at_least(probs)[0]
    passed = np.flatnonzero(ge >= t.as_array())
    return RiskLevel.from_rank(int(passed.max()) + 1 if passed.size else 0)


def levels_from_probs(probs: np.ndarray, t: Thresholds) -> np.ndarray:
    """Vectorised level ranks (0..4)."""
    ge = at_least(probs)
    passed = ge >= t.as_array()
    ranks = np.zeros(len(ge), dtype=int)
    for k in range(4):
        ranks[passed[:, k]] = k + 1
    return ranks


def score_from_probs(probs: np.ndarray, t: Thresholds) -> float:
    """A 0..1 score whose fifths line up with the levels (none .. imminent)."""
    rank = level_from_probs(probs, t).rank
    ge = at_least(probs)[0]
    if rank == 4:
        frac = float(ge[3])
    else:
        frac = float(min(ge[rank] / max(t.as_array()[rank], 1e-6), 1.0)) * 0.99
    return (rank + frac) / 5.0


def choose_threshold(
    candidates: np.ndarray,
    recall_at: Callable[[float], float],
    target: float,
) -> float:
    """The highest threshold whose recall still meets the target (fewest false alarms)."""
    best = float(candidates.min())
    for c in sorted(candidates):
        if recall_at(float(c)) >= target:
            best = float(c)
    return best
