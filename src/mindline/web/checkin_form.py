"""The daily check-in form: read the posted fields, and say what is wrong in plain words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mindline.monitoring import checkins

SCALES = (
    ("mood", "How is your mood today?", "0 = the worst it could be", "10 = the best it could be"),
    ("anxiety", "How anxious do you feel today?", "0 = not at all", "10 = extremely"),
    ("sleep_quality", "How well did you sleep last night?", "0 = very badly", "10 = very well"),
)
PLAIN = {
    "mood": "Choose a number from 0 to 10 for your mood.",
    "anxiety": "Choose a number from 0 to 10 for how anxious you feel.",
    "sleep_quality": "Choose a number from 0 to 10 for how well you slept.",
    "hours_slept": "Write the hours you slept as a number from 0 to 24, like 7 or 7.5.",
    "activities": "Choose activities from the list.",
    "triggers": "Choose things from the list.",
    "journal": f"Please keep your note under {checkins.MAX_JOURNAL_CHARS:,} characters.",
    "activity_note": f"Please keep this under {checkins.MAX_NOTE_CHARS} characters.",
    "local_on": "The date was not today's. Reload the page and try again.",
}


@dataclass
class CheckInForm:
    """What was typed (to show again) and what is wrong with it."""

    raw: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    values: checkins.CheckInValues | None = None
    local_on: date | None = None


def label(tag: str) -> str:
    """A tag as words: "self_care" -> "Self care"."""
    return tag.replace("_", " ").capitalize()


def from_row(row: Any) -> dict[str, Any]:
    """Today's stored check-in as form values, so the patient can change it."""
    if row is None:
        return {"activities": [], "triggers": []}
    return {
        "mood": str(row.mood),
        "anxiety": str(row.anxiety),
        "sleep_quality": str(row.sleep_quality),
        "hours_slept": "" if row.hours_slept is None else f"{row.hours_slept:g}",
        "activities": list(row.activities or []),
        "triggers": list(row.triggers or []),
        "journal": row.journal or "",
    }


def _score(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and 0 <= int(text) <= 10 else None


def _hours(text: str) -> tuple[float | None, bool]:
    text = text.strip().replace(",", ".")
    if not text:
        return None, True
    try:
        hours = float(text)
    except ValueError:
        return None, False
    return hours, 0 <= hours <= 24 and round(hours, 1) == hours


def parse(form: Mapping[str, Any], getlist: Any) -> CheckInForm:
    """Read the posted form; errors name each bad field in plain words."""
    raw: dict[str, Any] = {
        name: str(form.get(name, ""))
        for name in ("mood", "anxiety", "sleep_quality", "hours_slept", "journal", "local_on")
    }
    raw["activities"] = [str(v) for v in getlist("activities")]
    raw["triggers"] = [str(v) for v in getlist("triggers")]
    result = CheckInForm(raw=raw)
    scores = {name: _score(raw[name]) for name, *_ in SCALES}
    for name, value in scores.items():
        if value is None:
            result.errors[name] = PLAIN[name]
    hours, hours_ok = _hours(raw["hours_slept"])
    if not hours_ok:
        result.errors["hours_slept"] = PLAIN["hours_slept"]
    try:
        result.local_on = date.fromisoformat(raw["local_on"]) if raw["local_on"] else None
    except ValueError:
        result.errors["local_on"] = PLAIN["local_on"]
    if result.errors:
        return result
    journal = raw["journal"].strip()
    result.values = checkins.CheckInValues(
        mood=scores["mood"] or 0,
        anxiety=scores["anxiety"] or 0,
        sleep_quality=scores["sleep_quality"] or 0,
        hours_slept=hours,
        activities=tuple(raw["activities"]),
        triggers=tuple(raw["triggers"]),
        journal=journal or None,
    )
    return result


def plain_errors(fields: Mapping[str, str], known: Sequence[str] = tuple(PLAIN)) -> dict[str, str]:
    """The service's field errors in the form's words."""
    return {name: PLAIN.get(name, "Please check this answer.") for name in fields if name in known}
