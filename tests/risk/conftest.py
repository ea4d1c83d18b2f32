"""Known misreadings of the shipped classifiers, as strict expected failures.

`known_misreadings.txt` lists test ids, one per line, each under a `# reason` line that
applies until the next one. They are cases pinned by the rule tests (mostly everyday twins
that must stay below moderate) that the shipped classifiers, named at the top of that file,
read at another level. Strict: a model that reads one of them right fails the run until the line
is removed, so the list only shrinks. Without the encoder the cascade reads differently and
the list does not apply.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mindline.risk import embedding

KNOWN = Path(__file__).with_name("known_misreadings.txt")


def known_misreadings() -> dict[str, str]:
    """Test id -> reason."""
    out: dict[str, str] = {}
    reason = ""
    for line in KNOWN.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            reason = line[2:].strip()
        elif line.strip() and not line.startswith("#"):
            out[line.strip()] = reason
    return out


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not KNOWN.exists() or not embedding.available():
        return
    known = known_misreadings()
    for item in items:
        reason = known.get(item.nodeid)
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
