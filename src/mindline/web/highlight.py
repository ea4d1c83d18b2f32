"""Evidence spans as <mark> in escaped text: the offsets come from the risk screen."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup, escape


def merged_spans(text: str, spans: Iterable[Mapping[str, Any] | Any]) -> list[tuple[int, int]]:
    """Clamp spans to the text, drop empty ones and merge overlaps, in order."""
    pairs = []
    for span in spans:
        start = span["start"] if isinstance(span, Mapping) else span.start
        end = span["end"] if isinstance(span, Mapping) else span.end
        start, end = max(0, int(start)), min(len(text), int(end))
        if end > start:
            pairs.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pairs):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: Iterable[Mapping[str, Any] | Any]) -> Markup:
    """The text, HTML-escaped, with each evidence span wrapped in <mark>."""
    out: list[str] = []
    pos = 0
    for start, end in merged_spans(text, spans):
        out += [str(escape(text[pos:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
