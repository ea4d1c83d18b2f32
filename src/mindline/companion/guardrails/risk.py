"""Screens the reply itself with the risk screen, like any patient text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mindline.companion.enums import RiskLevel
from mindline.companion.guardrails.base import RailContext, RailDecision
from mindline.companion.phrases import Say
from mindline.companion.screening import normalise


@dataclass(frozen=True)
class RiskRail:
    """Block replies the risk screen rates as risky.

    Replies that must talk about suicide (crisis, check-in, third party) may do so,
    but never with method-seeking content; all others must screen below moderate.
    """

    name: str = "risk_screen"

    def check(self, text: str, ctx: RailContext) -> RailDecision:
        """Screen each paragraph of the reply, crisis lines and the person's name masked.

        Paragraph by paragraph, because a reply is an AI disclosure, a body and perhaps a
        nudge, and most paragraphs recur word for word from turn to turn and person to
        person: the screen's encoder cache then answers them without the model (a whole
        reply of 40+ words always ran the model). The worst paragraph decides, as the worst
        window does when the screen reads a long text."""
        if ctx.screen is None:
            raise RuntimeError("no screen configured")
        for masked in ctx.masked:
            if masked:
                text = text.replace(masked, " ")
        if ctx.name.strip():
            text = re.sub(rf"\b{re.escape(ctx.name.strip())}\b", "there", text)
        paragraphs = [p for p in text.split("\n\n") if p.strip()] or [text]
        for paragraph in paragraphs:
            result = normalise(ctx.screen(paragraph, locale=ctx.locale))
            if "method_seeking" in result.categories:
                return self._block("method-seeking content", ctx)
            if not ctx.safety_context and result.level.at_least(RiskLevel.MODERATE):
                return self._block(f"reply screens {result.level}", ctx)
        return RailDecision(allowed=True, rail=self.name)

    def _block(self, reason: str, ctx: RailContext) -> RailDecision:
        return RailDecision(
            allowed=False, rail=self.name, reason=reason, replacement=ctx.say(Say.RAIL_FALLBACK)
        )


RAIL = RiskRail()
