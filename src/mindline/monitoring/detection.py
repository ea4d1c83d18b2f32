"""Deterioration and disengagement against the person's own baseline (INSTRUMENTS.md §11).

Run after each check-in (the streak and baseline rules) and daily by the scan job (all
rules). Each episode yields one event: dedupe keys name the rule and the episode's day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.monitoring import events, schedules, trends
from mindline.monitoring.enums import EventKind, Severity

LOOKBACK_DAYS = 35


def check_checkins(*, session: Session, patient_id: int, today: date) -> list[str]:
    """Apply the check-in rules as of `today`; returns the rules that fired."""
    rows = trends.checkins_since(
        session=session, patient_id=patient_id, since=today - timedelta(days=LOOKBACK_DAYS)
    )
    rows = [r for r in rows if r.local_on <= today]
    mood = [(r.local_on, float(r.mood)) for r in rows]
    anxiety = [(r.local_on, float(r.anxiety)) for r in rows]
    fired: list[str] = []
    if (start := trends.low_mood_streak(mood, today)) is not None:
        ids = [r.id for r in rows if r.local_on >= start]
        if _emit(
            session,
            patient_id,
            EventKind.baseline_deterioration,
            Severity.moderate,
            {"rule": "low_mood_3_days", "from": start.isoformat(), "checkin_ids": ids},
            f"low_mood:{start.isoformat()}",
        ):
            fired.append("low_mood_3_days")
    drop = trends.baseline_drop(mood, today)
    if drop is not None and not events.recent_exists(
        session=session,
        patient_id=patient_id,
        kind=EventKind.baseline_deterioration,
        rule="mood_drop_vs_baseline",
        within=timedelta(days=trends.RECENT_DAYS),
    ):
        recent_mean, baseline_mean = drop
        if _emit(
            session,
            patient_id,
            EventKind.baseline_deterioration,
            Severity.moderate,
            {
                "rule": "mood_drop_vs_baseline",
                "as_of": today.isoformat(),
                "mean_7d": round(recent_mean, 2),
                "baseline_14d": round(baseline_mean, 2),
            },
            f"mood_drop:{today.isoformat()}",
        ):
            fired.append("mood_drop_vs_baseline")
    if fired:
        # §11: these heuristics prompt a PHQ-9.
        schedules.prompt_now(
            session=session, patient_id=patient_id, instrument="phq9", reason="low_mood"
        )
    if trends.high_anxiety_streak(anxiety, today) is not None:
        # §11: anxiety >= 8 on 3 consecutive days prompts a GAD-7 (no event: not a red flag).
        schedules.prompt_now(
            session=session, patient_id=patient_id, instrument="gad7", reason="high_anxiety"
        )
    return fired


def check_disengagement(*, session: Session, patient_id: int, today: date) -> bool:
    """Emit a disengagement event when silent for days after a low week; True if emitted."""
    rows = trends.checkins_since(
        session=session, patient_id=patient_id, since=today - timedelta(days=LOOKBACK_DAYS)
    )
    found = trends.disengaged([(r.local_on, float(r.mood)) for r in rows], today)
    if found is None:
        return False
    last, week_mean = found
    last_id = next(r.id for r in rows if r.local_on == last)
    return _emit(
        session,
        patient_id,
        EventKind.disengagement,
        Severity.low,
        {
            "rule": "silent_after_low_week",
            "last_checkin_id": last_id,
            "last_checkin_on": last.isoformat(),
            "silent_days": (today - last).days,
            "low_week_mean": round(week_mean, 2),
        },
        f"disengagement:{last.isoformat()}",
    )


def scan_patient(*, session: Session, patient_id: int) -> list[str]:
    """Every periodic rule for one patient as of now (UTC day)."""
    today = clock.now().date()
    fired = check_checkins(session=session, patient_id=patient_id, today=today)
    if check_disengagement(session=session, patient_id=patient_id, today=today):
        fired.append("silent_after_low_week")
    return fired


def _emit(
    session: Session,
    patient_id: int,
    kind: EventKind,
    severity: Severity,
    evidence: dict[str, object],
    key: str,
) -> bool:
    event = events.emit(
        session=session,
        patient_id=patient_id,
        kind=kind,
        severity=severity,
        source_type="checkin",
        source_id=None,
        evidence=evidence,
        dedupe_key=key,
    )
    return event is not None
