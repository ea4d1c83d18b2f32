"""The scan job finds deterioration and silence (frozen clock); reminders post notices."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from tests.monitoring.helpers import signed_in

from builders import Personas
from mindline import worker
from mindline.core import clock
from mindline.monitoring import checkins, jobs, schedules
from mindline.monitoring.models import CheckIn, MonitoringEvent

NOW = datetime(2026, 4, 21, 6, 0, tzinfo=UTC)
TODAY = NOW.date()


def _history(session: Any, patient_id: int, moods: list[int], end: date) -> None:
    start = end - timedelta(days=len(moods) - 1)
    for i, mood in enumerate(moods):
        session.add(
            CheckIn(
                patient_id=patient_id,
                local_on=start + timedelta(days=i),
                mood=mood,
                anxiety=4,
                sleep_quality=5,
                history=[],
            )
        )
    session.commit()


def _events(session: Any, patient_id: int) -> list[MonitoringEvent]:
    return list(
        session.scalars(
            select(MonitoringEvent)
            .where(MonitoringEvent.patient_id == patient_id)
            .order_by(MonitoringEvent.id)
        )
    )


def test_the_scan_finds_a_drop_below_baseline_once(session: Any, personas: Personas) -> None:
    # 14 days of mood 7, then 7 days of mood 3 ending today: 7 - 3 = 4 >= 3.
    _history(session, personas.alice.id, [7] * 14 + [3] * 7, TODAY)
    clock.freeze(NOW)
    assert jobs.scan_batch(session=session) is False
    session.commit()
    found = _events(session, personas.alice.id)
    assert [(e.kind, e.evidence["rule"]) for e in found] == [
        ("baseline_deterioration", "mood_drop_vs_baseline")
    ]
    assert (found[0].evidence["mean_7d"], found[0].evidence["baseline_14d"]) == (3.0, 7.0)
    # The same day again: already scanned. The next day: the same episode, no new event.
    jobs.scan_batch(session=session)
    clock.freeze(NOW + timedelta(days=1))
    jobs.scan_batch(session=session)
    session.commit()
    assert len(_events(session, personas.alice.id)) == 1
    # §11: the heuristic prompts a PHQ-9.
    due = {
        d.instrument: d.reason for d in schedules.due(session=session, patient_id=personas.alice.id)
    }
    assert due["phq9"] in ("intake", "low_mood")


def test_the_scan_finds_silence_after_a_low_week(session: Any, personas: Personas) -> None:
    # Mood 3, 4, 3 ending 6 days ago (mean 3.33 <= 4), nothing since: silent 6 >= 5 days.
    last = TODAY - timedelta(days=6)
    _history(session, personas.alice.id, [3, 4, 3], last)
    clock.freeze(NOW)
    jobs.scan_batch(session=session)
    session.commit()
    found = _events(session, personas.alice.id)
    assert [e.kind for e in found] == ["disengagement"]
    assert found[0].evidence["last_checkin_on"] == last.isoformat()
    assert found[0].evidence["silent_days"] == 6
    assert found[0].severity == "low"


def test_three_low_days_are_caught_when_the_third_checkin_arrives(
    session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    _history(session, personas.alice.id, [6, 2, 1], TODAY - timedelta(days=1))
    checkins.submit(
        session=session,
        patient_id=personas.alice.id,
        locale="en",
        values=checkins.CheckInValues(mood=2, anxiety=5, sleep_quality=4),
        local_on=TODAY,
    )
    found = _events(session, personas.alice.id)
    assert [(e.kind, e.evidence["rule"]) for e in found] == [
        ("baseline_deterioration", "low_mood_3_days")
    ]
    assert found[0].evidence["from"] == (TODAY - timedelta(days=2)).isoformat()


def test_the_scan_is_bounded_and_says_when_more_work_waits(
    session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    assert jobs.scan_batch(session=session, limit=1) is True
    assert jobs.scan_batch(session=session, limit=1) is True
    assert jobs.scan_batch(session=session, limit=1) is False  # two patients in the personas


def test_the_worker_runs_the_monitoring_jobs() -> None:
    if hasattr(worker, "import_jobs"):
        worker.import_jobs()
    assert {"monitoring.scan", "monitoring.reminders"} <= set(worker.registered())


def test_due_questionnaires_post_one_notice_each_that_the_patient_lists(
    app: Any, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    schedules.ensure_defaults(session=session, patient_id=personas.alice.id)
    session.commit()
    assert schedules.remind_due(session=session) == 4  # intake: PHQ-9, GAD-7, WHO-5, ASQ
    assert schedules.remind_due(session=session) == 0
    session.commit()
    alice = signed_in(app, "alice@example.org")
    listed = alice.get("/api/v1/me/notices").json()
    assert len(listed) == 4
    assert all(n["kind"] == "questionnaire_due" and n["read_at"] is None for n in listed)
    read = alice.post("/api/v1/me/notices/read", json={"ids": [listed[0]["id"]]}).json()
    assert sum(1 for n in read if n["read_at"]) == 1
    bob = signed_in(app, "bob@example.org")
    assert bob.get("/api/v1/me/notices").json() == []
