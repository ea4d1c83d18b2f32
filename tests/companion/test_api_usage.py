"""Reliance safeguards: daily usage, the nudge, weekly usage for clinicians, usage alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from builders import Personas, make_conversation, make_patient
from companion.conftest import Chat, alerts_for
from mindline.companion import jobs, usage
from mindline.companion.models import CompanionMessage, UsageAlert
from mindline.core import clock

NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_active_minutes_cap_idle_gaps() -> None:
    times = [NOON, NOON + timedelta(minutes=2), NOON + timedelta(minutes=4)]
    times.append(NOON + timedelta(minutes=30))  # after a long pause: one minute
    assert usage.active_minutes(times) == 6.0
    assert usage.active_minutes([]) == 0.0


def test_clinicians_see_weekly_usage_counted_from_message_times(
    signed_in: Any, personas: Personas
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    for minutes in (0, 2, 4, 30):
        clock.freeze(NOON + timedelta(minutes=minutes))
        chat.send("hi")
    clock.freeze(NOON + timedelta(hours=1))
    bob = signed_in("bob@example.org")
    week = bob.get(f"/api/v1/patients/{personas.alice.id}/companion/usage").json()
    assert week["soft_limit_minutes"] == 60 and len(week["days"]) == 7
    today = week["days"][-1]
    assert today == {
        "day": "2026-11-20",
        "messages": 4,
        "minutes": 6.0,
        "late_night_messages": 0,
        "over_limit": False,
        "heavy": False,
    }
    assert sum(d["messages"] for d in week["days"][:-1]) == 0


def test_late_night_is_judged_in_the_patients_local_time(
    signed_in: Any, session: Any, personas: Personas
) -> None:
    us = make_patient(session, email="uma@example.org", display_name="Uma", country="US")
    session.commit()
    chat = Chat(signed_in("uma@example.org"), us.id)
    clock.freeze(datetime(2026, 11, 20, 3, 0, tzinfo=UTC))  # 22:00 in New York
    chat.send("hi")
    clock.freeze(datetime(2026, 11, 20, 6, 30, tzinfo=UTC))  # 01:30 in New York
    chat.send("hi")
    days = usage.week(session=session, patient_id=us.id, country="US", soft_limit=60)
    by_day = {str(d.day): (d.messages, d.late_night_messages) for d in days}
    assert by_day["2026-11-19"] == (1, 0) and by_day["2026-11-20"] == (1, 1)


def test_past_the_soft_limit_the_companion_nudges_once(
    app: Any, signed_in: Any, personas: Personas
) -> None:
    app.state.settings.companion_soft_limit_minutes = 5
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    replies = []
    for n in range(5):
        clock.freeze(NOON + timedelta(minutes=2 * n))
        replies.append(chat.say("hi"))
    nudged = [n for n, text in enumerate(replies) if "take a break" in text]
    # Minutes before each message: 0, 1, 3, 5 -> the fourth message is past the limit.
    assert nudged == [3]


def _messages(session: Any, patient: Any, times: list[datetime]) -> None:
    conversation_id, _ = make_conversation(session, patient)
    for at in times:
        session.add(
            CompanionMessage(
                conversation_id=conversation_id,
                patient_id=patient.id,
                role="patient",
                text="hi",
                risk_level="none",
                created_at=at,
            )
        )
    session.commit()


def test_late_night_use_on_three_days_raises_one_routine_alert_a_week(
    settings: Any, session: Any, personas: Personas
) -> None:
    now = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    nights = [now.replace(hour=2) - timedelta(days=d) for d in (0, 2, 4)]
    _messages(session, personas.alice, nights)
    _messages(session, personas.dave, nights[:2])  # two nights: not sustained
    assert jobs.check_usage(session=session, settings=settings, now=now) == 1
    session.commit()
    (alert,) = alerts_for(session, personas.alice.id)
    assert (alert.kind, alert.severity) == ("usage_pattern", "routine")
    assert alerts_for(session, personas.dave.id) == []
    # Another heavy night the next day: still within the week, so no second alert.
    _messages(session, personas.alice, [now.replace(hour=3) + timedelta(days=1)])
    later = now + timedelta(days=1)
    assert jobs.check_usage(session=session, settings=settings, now=later) == 0
    assert jobs.check_usage(session=session, settings=settings, now=now + timedelta(days=8)) == 0
    rows = session.scalars(select(UsageAlert)).all()
    assert [r.patient_id for r in rows] == [personas.alice.id]


def test_the_worker_step_is_registered_and_runs(settings: Any, session: Any) -> None:
    from mindline import worker

    worker.import_jobs()
    assert "companion.usage" in worker.registered()
    jobs._last_scan = None
    assert jobs.usage_patterns(settings) is False
