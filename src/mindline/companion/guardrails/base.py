"""The rail interface: one small named check, results as values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from mindline.companion.enums import Mode
from mindline.companion.phrases import Say, say
from mindline.companion.screening import Screener


@dataclass(frozen=True)
class RailDecision:
    """What one rail decided about one reply."""

    allowed: bool
    rail: str
    reason: str = ""
    replacement: str | None = None


@dataclass(frozen=True)
class RailContext:
    """What rails may know about the turn they check."""

    mode: Mode = Mode.SCRIPTED
    # True for replies that must talk about suicide (crisis, check-in, third party).
    safety_context: bool = False
    screen: Screener | None = None
    locale: str = "en"
    name: str = ""
    care_team: str = "your care team"
    crisis_lines: str = ""
    emergency: str = ""
    # Text the rails should not screen, e.g. the crisis-line names ("Suicide & Crisis Lifeline").
    masked: tuple[str, ...] = field(default_factory=tuple)

    def say(self, key: Say) -> str:
        """Render a scripted replacement with this context's slots."""
        return say(
            key,
            name=self.name,
            care_team=self.care_team,
            crisis_lines=self.crisis_lines,
            emergency=self.emergency,
        )


class Rail(Protocol):
    """A named output check."""

    @property
    def name(self) -> str:
        """The rail's name, recorded when it fires."""
        ...

    def check(self, text: str, ctx: RailContext) -> RailDecision: ...


NEGATION = re.compile(r"\b(don'?t|do not|never|not|no|avoid|without)\b", re.I)


def negated_before(text: str, start: int, words: int = 3) -> bool:
    """Return True when one of the few words before ``start`` negates the match."""
    before = re.split(r"[.;!?]", text[:start])[-1].split()[-words:]
    return bool(NEGATION.search(" ".join(before)))


@dataclass(frozen=True)
class PatternRail:
    """A rail that blocks when any of its patterns match (optionally unless negated)."""

    name: str
    patterns: tuple[re.Pattern[str], ...]
    replacement_key: Say
    reason: str
    allow_negated: bool = False

    def check(self, text: str, ctx: RailContext) -> RailDecision:
        """Block the reply if a pattern matches."""
        for pattern in self.patterns:
            for match in pattern.finditer(text):
                if self.allow_negated and negated_before(text, match.start()):
                    continue
                return RailDecision(
                    allowed=False,
                    rail=self.name,
                    reason=f"{self.reason}: {match.group(0)!r}",
                    replacement=ctx.say(self.replacement_key),
                )
        return RailDecision(allowed=True, rail=self.name)


def compile_all(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Compile case-insensitive patterns."""
    return tuple(re.compile(p, re.I) for p in patterns)
