"""The companion's own replies, as a patient sees them, for conversation tests of the screen."""

from __future__ import annotations

from mindline.companion.crisis_lines import defaults
from mindline.companion.phrases import Say, say


def reply(key: Say, pick: int = 0, country: str = "GB", **extra: str) -> str:
    """Reply `key` (variant `pick`) with the slots a patient in `country` would see filled."""
    res = defaults(country)
    slots = {
        "name": "Sam",
        "care_team": "your care team",
        "crisis_lines": res.as_text(),
        "emergency": res.emergency,
    }
    return say(key, pick, **slots, **extra)
