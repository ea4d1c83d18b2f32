"""Runs the output rails over a reply, failing closed."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from mindline.companion.guardrails import (
    dependence,
    diagnosis,
    encouragement,
    identity,
    medication,
    methods,
    professional,
    risk,
    secrecy,
)
from mindline.companion.guardrails.base import Rail, RailContext, RailDecision
from mindline.companion.phrases import Say

log = logging.getLogger(__name__)

# Order matters only for which replacement is used: the most serious rail first.
DEFAULT_RAILS: tuple[Rail, ...] = (
    methods.RAIL,
    encouragement.RAIL,
    risk.RAIL,
    medication.RAIL,
    diagnosis.RAIL,
    identity.RAIL,
    secrecy.RAIL,
    dependence.RAIL,
    professional.RAIL,
)


@dataclass
class Guarded:
    """The reply to send, and what the rails did."""

    text: str
    fired: list[str] = field(default_factory=list)
    decisions: list[RailDecision] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """True when any rail replaced the reply."""
        return bool(self.fired)


def check_all(text: str, ctx: RailContext, rails: Sequence[Rail] = DEFAULT_RAILS) -> Guarded:
    """Run every rail; return all decisions without replacing anything."""
    out = Guarded(text=text)
    for rail in rails:
        try:
            decision = rail.check(text, ctx)
        except Exception as exc:  # fail closed: an erroring rail blocks
            log.warning("rail %s failed: %s", rail.name, type(exc).__name__)
            decision = RailDecision(
                allowed=False,
                rail=rail.name,
                reason=f"rail error: {type(exc).__name__}",
                replacement=ctx.say(Say.RAIL_FALLBACK),
            )
            out.errors.append(f"rail_error:{rail.name}")
        out.decisions.append(decision)
        if not decision.allowed:
            out.fired.append(rail.name)
    return out


def apply(
    text: str,
    ctx: RailContext,
    rails: Sequence[Rail] = DEFAULT_RAILS,
    *,
    fallback: str | None = None,
) -> Guarded:
    """Return the reply if every rail allows it, else a safe scripted replacement.

    ``fallback`` overrides the rail's replacement (the crisis protocol passes its
    minimal crisis text so a crisis reply is never swapped for a generic one).
    """
    result = check_all(text, ctx, rails)
    if not result.blocked:
        return result
    first = next(d for d in result.decisions if not d.allowed)
    result.text = fallback or first.replacement or ctx.say(Say.RAIL_FALLBACK)
    return result
