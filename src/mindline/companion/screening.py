"""The seam between the companion and the risk screen.

The engine takes any callable shaped like ``mindline.risk.screen`` and reads its
result by attribute or key, so it works with the real screen, a fake in tests, or
the fallback below when the real one is missing or fails.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from mindline.companion import fallback_screen
from mindline.companion.enums import RiskLevel
from mindline.companion.schemas import EvidenceSpan

log = logging.getLogger(__name__)


class Screener(Protocol):
    """Anything called like ``mindline.risk.screen(text, locale=..., context=...)``."""

    def __call__(
        self, text: str, locale: str = "en", context: Sequence[Any] | None = None
    ) -> Any: ...


@dataclass(frozen=True)
class Screened:
    """A risk assessment normalised for the companion."""

    level: RiskLevel
    categories: list[str] = field(default_factory=list)
    score: float = 0.0
    evidence: list[EvidenceSpan] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    model_version: str = ""
    degraded: bool = False

    def has_flag(self, flag: str) -> bool:
        """Return True when the screen set this flag."""
        return flag in self.flags


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _span(raw: Any) -> EvidenceSpan:
    return EvidenceSpan(
        start=int(_get(raw, "start", 0)),
        end=int(_get(raw, "end", 0)),
        text=str(_get(raw, "text", "")),
        reason=str(_get(raw, "reason", "")),
    )


def normalise(raw: Any) -> Screened:
    """Turn a RiskAssessment-like object or dict into a Screened value."""
    level = RiskLevel(str(_get(raw, "level")))
    return Screened(
        level=level,
        categories=[str(c) for c in _get(raw, "categories", []) or []],
        score=float(_get(raw, "score", 0.0) or 0.0),
        evidence=[_span(e) for e in _get(raw, "evidence", []) or []],
        flags=[str(f) for f in _get(raw, "flags", []) or []],
        model_version=str(_get(raw, "model_version", "") or ""),
    )


def default_screen(text: str, locale: str = "en", context: Sequence[Any] | None = None) -> Any:
    """Call ``mindline.risk.screen``; imported lazily so the companion loads without it."""
    from mindline.risk import screen

    return screen(text, locale=locale, context=context)


def assess(
    screen: Screener, text: str, locale: str, context: Sequence[Any] | None = None
) -> Screened:
    """Screen text; if the screen is missing or fails, use the fallback and mark it degraded."""
    try:
        return normalise(screen(text, locale=locale, context=context))
    except Exception as exc:  # fail closed: never skip screening
        log.warning("risk screen failed, using fallback: %s", type(exc).__name__)
        result = normalise(fallback_screen.screen(text, locale=locale, context=context))
        return Screened(
            level=result.level,
            categories=result.categories,
            score=result.score,
            evidence=result.evidence,
            flags=result.flags,
            model_version=result.model_version,
            degraded=True,
        )
