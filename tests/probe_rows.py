"""Probe rows kept beside the rule tests (tests/risk/*_28.tsv, *_29.tsv): tab-separated, `#`
comments; and which rules of a release read a text."""

from __future__ import annotations

from pathlib import Path

from mindline.risk import patterns
from mindline.risk.normalize import normalize


def probe_rows(path: Path, kind: str) -> list[list[str]]:
    """The fields after the first (the row's kind) of each row of that kind."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if fields[0] == kind:
                out.append(fields[1:])
    return out


def rules_reading(text: str, prefix: str, locale: str = "en") -> list[str]:
    """Ids of the rules whose id starts with `prefix` and whose hit on the text stands (not
    negated, not inside an idiom, not someone else's words)."""
    return [
        h.rule.id
        for h in patterns.find_hits(normalize(text, locale=locale))
        if h.rule.id.startswith(prefix) and h.about != "none"
    ]
