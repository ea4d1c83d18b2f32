"""Chart data for the progress and timeline pages, and the words for their text alternatives."""

from __future__ import annotations

from typing import Any

from mindline.measures import get_instrument
from mindline.monitoring import outcomes

SCORED = ("phq9", "gad7")


def _change_note(measure: str, first: int, total: int) -> str:
    change = total - first
    if abs(change) < outcomes.RELIABLE_CHANGE[measure]:
        return ""
    # Lower scores are better on both measures.
    return "reliable improvement" if change < 0 else "reliable deterioration"


def score_series(measure: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One measure's totals with its severity bands and reliable-change markers."""
    instrument = get_instrument(measure)
    scored = [r for r in rows if r["total"] is not None]
    first = scored[0]["total"] if scored else 0
    bands = instrument.bands[instrument.default_band_scheme or ""]
    return {
        "id": measure,
        "name": instrument.name,
        "max": instrument.total_range[1] if instrument.total_range else None,
        "threshold": outcomes.RELIABLE_CHANGE[measure],
        "bands": [{"min": b.min, "max": b.max, "label": b.label} for b in bands],
        "points": [
            {
                "date": r["authored_at"].date().isoformat(),
                "total": r["total"],
                "band": instrument.band(r["total"]).label,
                "change": _change_note(measure, first, r["total"]) if i else "",
            }
            for i, r in enumerate(scored)
        ],
    }


def chart_data(report: dict[str, Any]) -> dict[str, Any]:
    """Everything charts.js draws, from monitoring.trends.report()."""
    days = [
        {
            "date": c["local_on"].isoformat(),
            "mood": c["mood"],
            "anxiety": c["anxiety"],
            "sleep": c["sleep_quality"],
            "hours": c["hours_slept"],
        }
        for c in report["checkins"]
    ]
    scores = report["scores"]
    return {
        "checkins": days,
        "scores": [score_series(m, scores.get(m, [])) for m in SCORED],
        "mood_7d_mean": report.get("mood_7d_mean"),
    }


def checkin_summary(days: list[dict[str, Any]]) -> str:
    """One sentence for screen readers and anyone who cannot see the chart."""
    if not days:
        return "No check-ins yet."
    last = days[-1]
    mood = [d["mood"] for d in days]
    count = f"{len(days)} check-in{'s' if len(days) != 1 else ''}"
    return (
        f"{count} from {days[0]['date']} to {last['date']}. "
        f"Mood ranged from {min(mood)} to {max(mood)}; the latest was {last['mood']} out of 10, "
        f"with sleep {last['sleep']} out of 10."
    )


def score_summary(series: dict[str, Any]) -> str:
    """One sentence describing a questionnaire's scores over time."""
    points = series["points"]
    if not points:
        return f"No {series['name']} results yet."
    last = points[-1]
    text = (
        f"{len(points)} {series['name']} result{'s' if len(points) != 1 else ''}; "
        f"the latest, on {last['date']}, was {last['total']} out of {series['max']} "
        f"({last['band']})."
    )
    if len(points) > 1:
        text += f" The first was {points[0]['total']}."
    if last["change"]:
        text += f" That is a {last['change']} since the first."
    return text
