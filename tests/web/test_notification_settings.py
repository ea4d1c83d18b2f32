"""Patients' notification settings: API, page, and the reminder job honouring them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from builders import Personas, login
from mindline.audit.models import AuditEvent
from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.monitoring import preferences, schedules
from mindline.monitoring.models import CheckIn, Notice
from mindline.monitoring.preferences import NotificationPreference, Prefs
from web.conftest import csrf

API = "/api/v1/me/notification-settings"
# 06:00 UTC on 21 April 2026 is 07:00 in London (BST).
EARLY = datetime(2026, 4, 21, 6, 0, tzinfo=UTC)
LATER = datetime(2026, 4, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def alice(app: Any, personas: Personas) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver") as client:
        login(client, "alice@example.org")
        yield client


def _notices(session: Any, patient_id: int, kind: str) -> list[Notice]:
    session.expire_all()
    return list(
        session.scalars(select(Notice).where(Notice.patient_id == patient_id, Notice.kind == kind))
    )


def test_defaults_then_a_change_is_saved_and_audited(
    alice: TestClient, personas: Personas, session: Any
) -> None:
    assert alice.get(API).json() == {
        "questionnaire_reminders": True,
        "checkin_reminders": False,
        "in_app": True,
        "email": False,
        "reminder_hour": 0,
        "quiet_start": None,
        "quiet_end": None,
        "timezone": "Europe/London",
        "email_available": False,
    }
    changed = alice.put(
        API, json={"checkin_reminders": True, "quiet_start": 22, "quiet_end": 7, "reminder_hour": 9}
    )
    assert changed.status_code == 200, changed.text
    again = alice.get(API).json()
    assert (again["checkin_reminders"], again["quiet_start"], again["quiet_end"]) == (True, 22, 7)
    assert again["questionnaire_reminders"] is True  # left out, so kept
    session.expire_all()
    event = session.scalars(
        select(AuditEvent).where(AuditEvent.action == "notification_settings_updated")
    ).one()
    assert event.patient_id == personas.alice.id


def test_bad_settings_are_named_and_nothing_is_saved(alice: TestClient, session: Any) -> None:
    response = alice.put(
        API,
        json={
            "reminder_hour": 25,
            "quiet_start": 22,
            "timezone": "Mars/Olympus",
            "email": True,
            "in_app": "maybe",
            "colour": "blue",
        },
    )
    assert response.status_code == 422
    assert set(response.json()["error"]["fields"]) == {"colour"}
    response = alice.put(
        API,
        json={
            "reminder_hour": 25,
            "quiet_start": 22,
            "timezone": "Mars/Olympus",
            "email": True,
            "in_app": "maybe",
        },
    )
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"reminder_hour", "quiet_end", "timezone", "email", "in_app"}
    assert "0 to 23" in fields["reminder_hour"] and "not set up" in fields["email"]
    session.expire_all()
    assert session.scalar(select(NotificationPreference)) is None


def test_email_is_allowed_once_smtp_is_configured(settings: Any) -> None:
    with_smtp = settings.model_copy(update={"smtp_host": "mail.example.org"})
    assert preferences.validate({"email": True, "reminder_hour": 8}, with_smtp).email is True
    with pytest.raises(InvalidInput):
        preferences.validate({"email": True, "reminder_hour": 8}, settings)


def test_quiet_hours_wrap_past_midnight() -> None:
    assert [h for h in range(24) if preferences.in_quiet_hours(h, 22, 7)] == [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        22,
        23,
    ]
    assert [h for h in range(24) if preferences.in_quiet_hours(h, 13, 15)] == [13, 14]
    assert not any(preferences.in_quiet_hours(h, None, None) for h in range(24))


def _save(session: Any, patient_id: int, actor: Any, **changes: Any) -> None:
    preferences.save(session=session, actor=actor, patient_id=patient_id, prefs=Prefs(**changes))
    session.commit()


def _actor(personas: Personas) -> Any:
    from mindline.accounts.enums import Role
    from mindline.authz import Actor

    return Actor(
        user_id=personas.alice.user_id,
        role=Role.patient,
        is_lead=False,
        patient_id=personas.alice.id,
        session_id=None,
    )


def test_turned_off_questionnaire_reminders_are_not_created(
    session: Any, personas: Personas
) -> None:
    clock.freeze(LATER)
    for patient in (personas.alice, personas.dave):
        schedules.ensure_defaults(session=session, patient_id=patient.id)
    _save(session, personas.alice.id, _actor(personas), questionnaire_reminders=False)
    schedules.remind_due(session=session)
    session.commit()
    assert _notices(session, personas.alice.id, "questionnaire_due") == []
    assert len(_notices(session, personas.dave.id, "questionnaire_due")) == 4  # defaults: on


def test_in_app_off_means_no_notices_even_when_reminders_are_on(
    session: Any, personas: Personas
) -> None:
    clock.freeze(LATER)
    schedules.ensure_defaults(session=session, patient_id=personas.alice.id)
    _save(session, personas.alice.id, _actor(personas), in_app=False, checkin_reminders=True)
    schedules.remind_due(session=session)
    preferences.remind_checkins(session=session, now=LATER)
    session.commit()
    assert _notices(session, personas.alice.id, "questionnaire_due") == []
    assert _notices(session, personas.alice.id, "checkin_due") == []


def test_reminders_wait_for_the_reminder_hour_and_quiet_hours(
    session: Any, personas: Personas
) -> None:
    clock.freeze(EARLY)  # 07:00 in London
    schedules.ensure_defaults(session=session, patient_id=personas.alice.id)
    _save(session, personas.alice.id, _actor(personas), reminder_hour=9)
    schedules.remind_due(session=session)
    session.commit()
    assert _notices(session, personas.alice.id, "questionnaire_due") == []
    _save(session, personas.alice.id, _actor(personas), quiet_start=10, quiet_end=12)
    clock.freeze(LATER)  # 11:00 in London: quiet
    schedules.remind_due(session=session)
    session.commit()
    assert _notices(session, personas.alice.id, "questionnaire_due") == []
    _save(session, personas.alice.id, _actor(personas), reminder_hour=9)
    schedules.remind_due(session=session)
    session.commit()
    assert len(_notices(session, personas.alice.id, "questionnaire_due")) == 4


def test_daily_checkin_reminders_only_for_those_who_asked_and_have_not_checked_in(
    session: Any, personas: Personas
) -> None:
    _save(session, personas.alice.id, _actor(personas), checkin_reminders=True)
    assert preferences.remind_checkins(session=session, now=LATER) == 1
    assert preferences.remind_checkins(session=session, now=LATER) == 0  # once a day
    session.commit()
    (notice,) = _notices(session, personas.alice.id, "checkin_due")
    assert notice.link == "/checkin"
    assert _notices(session, personas.dave.id, "checkin_due") == []  # never opted in
    session.add(
        CheckIn(
            patient_id=personas.alice.id,
            local_on=date(2026, 4, 22),
            mood=5,
            anxiety=5,
            sleep_quality=5,
        )
    )
    session.commit()
    next_day = datetime(2026, 4, 22, 10, 0, tzinfo=UTC)
    assert preferences.remind_checkins(session=session, now=next_day) == 0  # already checked in


def test_the_page_keeps_what_was_typed_on_error_and_saves_on_success(
    personas: Personas, session: Any, browser_client: Any
) -> None:
    alice = browser_client("alice@example.org")
    assert 'href="/settings/notifications"' in alice.get("/settings").text
    page = alice.get("/settings/notifications")
    assert page.status_code == 200 and "Notification settings" in page.text
    typed = {
        "csrf_token": csrf(page.text),
        "checkin_reminders": "true",
        "in_app": "true",
        "reminder_hour": "8",
        "quiet_start": "21",
        "quiet_end": "",
        "timezone": "Europe/Madrid",
    }
    bad = alice.post("/settings/notifications", data=typed)
    assert bad.status_code == 422
    assert 'id="quiet_end-error"' in bad.text
    assert '<option value="21" selected>' in bad.text
    assert '<option value="Europe/Madrid" selected>' in bad.text
    session.expire_all()
    assert session.scalar(select(NotificationPreference)) is None
    saved = alice.post("/settings/notifications", data={**typed, "quiet_end": "7"})
    assert saved.status_code == 303
    session.expire_all()
    row = session.get(NotificationPreference, personas.alice.id)
    assert (row.checkin_reminders, row.questionnaire_reminders) == (True, False)
    assert (row.reminder_hour, row.quiet_start, row.quiet_end) == (8, 21, 7)
    assert row.timezone == "Europe/Madrid"


def test_email_reminders_reach_a_real_smtp_server_once_and_name_nothing_clinical(
    settings: Any, session: Any, personas: Personas
) -> None:
    import socket

    from alerts.receivers import SmtpReceiver
    from mindline.monitoring import jobs

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    smtp = SmtpReceiver(port)
    smtp.start()
    try:
        mail = settings.model_copy(
            update={"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_starttls": False}
        )
        clock.freeze(LATER)
        schedules.ensure_defaults(session=session, patient_id=personas.alice.id)
        _save(session, personas.alice.id, _actor(personas), in_app=False, email=True)
        session.commit()
        jobs.reminders_step(mail)
        jobs.reminders_step(mail)  # a second run sends nothing new
        assert len(smtp.messages) == 1
        (msg,) = smtp.messages
        assert msg["To"] == "alice@example.org"
        body = msg.get_content()
        assert "/settings/notifications" in body
        for clinical in ("PHQ", "GAD", "questionnaire", "mood", "Alice"):
            assert clinical not in body and clinical not in msg["Subject"]
        notices = _notices(session, personas.alice.id, "questionnaire_due")
        assert len(notices) == 4 and all(n.read_at is not None for n in notices)  # no nag
        assert _notices(session, personas.dave.id, "questionnaire_due") == []  # not his run
    finally:
        smtp.stop()
