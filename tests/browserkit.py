"""Helpers for browser tests: screenshots and axe-core checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def screenshot(page: Any, name: str) -> None:
    """Save the page at phone and desktop widths as test artifacts."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(PHONE)


def serious_accessibility_violations(page: Any) -> list[str]:
    """axe-core's serious and critical violations on the current page."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run scripts/setup (npm ci)")
    # Evaluated over the DevTools protocol: the pages' CSP forbids injecting a script tag.
    page.evaluate("(source) => { (0, eval)(source); }", AXE.read_text())
    result = page.evaluate("async () => JSON.stringify(await axe.run(document))")
    violations = json.loads(result)["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
