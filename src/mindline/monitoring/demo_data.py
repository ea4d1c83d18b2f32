"""Six months of synthetic check-ins and questionnaires for the demo clinic (bulk inserts).

Each demo patient follows one of five trajectories so the caseload shows every signal:
recovering, stable, slowly worsening, sudden deterioration, disengaging. Synthetic only.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mindline import risk
from mindline.measures import get_instrument, score
from mindline.monitoring import checkins, detection, responses, schedules
from mindline.monitoring.models import CheckIn, QuestionnaireResponse

DAYS = 182
FORTNIGHT = 14
TRAJECTORIES = ("recovering", "stable", "worsening", "sudden", "disengaging")
JOURNALS = (
    "Quiet day. Cooked a proper dinner.",
    "Work was busy but fine. Early night.",
    "Met a friend for coffee, felt good to get out.",
    "Tired today. Stayed in and watched a film.",
    "Went for a long walk by the river.",
    "Did the breathing exercise before bed.",
    "Bit of a flat day, nothing much happened.",
)
# (mood at start, mood at end, PHQ-9 start, PHQ-9 end, GAD-7 start, GAD-7 end)
SHAPES: dict[str, tuple[float, float, int, int, int, int]] = {
    "recovering": (3.0, 7.5, 17, 5, 13, 4),
    "stable": (6.0, 6.0, 7, 7, 6, 6),
    "worsening": (7.0, 4.0, 6, 14, 5, 11),
    "sudden": (6.5, 6.5, 6, 6, 5, 5),
    "disengaging": (5.5, 3.0, 9, 13, 8, 11),
}


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _mood_at(kind: str, day: int) -> float:
    start, end, *_ = SHAPES[kind]
    if kind == "sudden" and day >= DAYS - 12:
        return 1.5  # a sharp drop in the last twelve days
    return start + (end - start) * day / (DAYS - 1)


def _total_at(kind: str, day: int, first: int, last: int) -> int:
    if kind == "sudden" and day >= DAYS - 14:
        return 19
    return round(first + (last - first) * day / (DAYS - 1))


def spread(rng: random.Random, total: int, items: int, top: int = 3) -> list[int]:
    """Item answers 0..top summing to `total` (capped at items * top)."""
    answers = [0] * items
    for _ in range(min(total, items * top)):
        choices = [i for i in range(items) if answers[i] < top]
        answers[rng.choice(choices)] += 1
    return answers


def _checkin_rows(
    rng: random.Random, patient_id: int, kind: str, start: date, screen: Callable[[str], Any]
) -> list[dict[str, Any]]:
    rows = []
    last_day = DAYS - 9 if kind == "disengaging" else DAYS  # silent for the last 8 days
    for day in range(last_day):
        if rng.random() > 0.85:
            continue  # nobody checks in every day
        mood = _clamp(_mood_at(kind, day) + rng.gauss(0, 1.1), 0, 10)
        journal = rng.choice(JOURNALS) if rng.random() < 0.08 else None
        level, categories, evidence, version = screen(journal) if journal else ("none", [], [], "")
        low = mood <= 4
        stamp = datetime.combine(start + timedelta(days=day), time(20, 30), tzinfo=UTC)
        rows.append(
            {
                "patient_id": patient_id,
                "local_on": start + timedelta(days=day),
                "mood": mood,
                "anxiety": _clamp(9 - mood + rng.gauss(0, 1.3), 0, 10),
                "sleep_quality": _clamp(mood + rng.gauss(0, 1.5), 0, 10),
                "hours_slept": round(min(11.0, max(3.0, rng.gauss(7.2 if not low else 6.0, 1))), 1),
                "activities": rng.sample(checkins.ACTIVITY_TAGS, rng.randint(0 if low else 1, 3)),
                "activity_note": None,
                "triggers": rng.sample(checkins.TRIGGER_TAGS, rng.randint(1, 2) if low else 0),
                "journal": journal,
                "risk_level": level,
                "risk_categories": categories,
                "risk_evidence": evidence,
                "risk_model_version": version,
                "history": [],
                "created_at": stamp,
                "updated_at": stamp,
                "deleted_at": None,
            }
        )
    return rows


def _response_rows(
    rng: random.Random, patient_id: int, kind: str, start: date
) -> list[dict[str, Any]]:
    _, _, p_first, p_last, g_first, g_last = SHAPES[kind]
    rows = []
    last_day = DAYS - 40 if kind == "disengaging" else DAYS
    for day in range(0, last_day, FORTNIGHT):
        when = datetime.combine(start + timedelta(days=day), time(9, 15), tzinfo=UTC)
        for instrument, first, last in (("phq9", p_first, p_last), ("gad7", g_first, g_last)):
            target = _total_at(kind, day, first, last) + rng.randint(-1, 1)
            items = len(get_instrument(instrument).items)
            if instrument == "phq9":
                item9 = 1 if kind == "sudden" and day >= DAYS - 14 else 0
                answers = [*spread(rng, max(0, target - item9), 8), item9]
            else:
                answers = spread(rng, max(0, target), items)
            result = score(instrument, answers)
            rows.append(
                {
                    "patient_id": patient_id,
                    "instrument": instrument,
                    "answers": answers,
                    "total": result.total,
                    "severity": result.severity,
                    "flags": list(result.flags),
                    "algorithm_version": result.algorithm_version,
                    "result": result.model_dump(mode="json"),
                    "source": "demo",
                    "idempotency_key": None,
                    "submitted_by_id": None,
                    "authored_at": when,
                    "created_at": when,
                    "deleted_at": None,
                }
            )
    return rows


def seed_history(*, session: Session, patient_ids: list[int], seed: int, today: date) -> None:
    """Generate ~6 months of data ending today for each patient (index picks the trajectory)."""
    start = today - timedelta(days=DAYS - 1)
    cache: dict[str, tuple[str, list[str], list[Any], str]] = {}

    def screen(text: str) -> tuple[str, list[str], list[Any], str]:
        if text not in cache:
            found = risk.screen(text, locale="en")
            spans = [
                {"field": "journal", "start": e.start, "end": e.end, "reason": e.reason}
                for e in found.evidence
            ]
            cache[text] = (found.level.value, list(found.categories), spans, found.model_version)
        return cache[text]

    checkin_rows: list[dict[str, Any]] = []
    response_rows: list[dict[str, Any]] = []
    for index, patient_id in enumerate(patient_ids):
        rng = random.Random(f"{seed}-{index}")
        kind = TRAJECTORIES[index % len(TRAJECTORIES)]
        checkin_rows += _checkin_rows(rng, patient_id, kind, start, screen)
        response_rows += _response_rows(rng, patient_id, kind, start)
    session.execute(insert(CheckIn), checkin_rows)
    session.execute(insert(QuestionnaireResponse), response_rows)
    for patient_id in patient_ids:
        _settle(session, patient_id)


def _settle(session: Session, patient_id: int) -> None:
    """Schedules follow the latest responses; the latest ones and the check-ins emit events."""
    schedules.ensure_defaults(session=session, patient_id=patient_id)
    for instrument in ("phq9", "gad7"):
        latest = session.scalar(
            select(QuestionnaireResponse)
            .where(
                QuestionnaireResponse.patient_id == patient_id,
                QuestionnaireResponse.instrument == instrument,
            )
            .order_by(QuestionnaireResponse.authored_at.desc())
            .limit(1)
        )
        if latest is None:
            continue
        schedules.completed(
            session=session, patient_id=patient_id, instrument=instrument, at=latest.authored_at
        )
        responses.emit_events(session=session, response=latest, result=responses.recompute(latest))
    detection.scan_patient(session=session, patient_id=patient_id)
