"""Probe rows kept beside the rule tests (tests/risk/*_28.tsv): tab-separated, `#` comments."""

from __future__ import annotations

from pathlib import Path


def probe_rows(path: Path, kind: str) -> list[list[str]]:
    """The fields after the first (the row's kind) of each row of that kind."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if fields[0] == kind:
                out.append(fields[1:])
    return out
