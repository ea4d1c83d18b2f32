"""The caseload triage, the alert inbox (htmx and no-JS) and the timeline's evidence marks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from builders import Personas, make_patient
from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind, Severity
from mindline.alerts.models import Alert
from mindline.care import service as care_service
from mindline.care.enums import TeamRole
from mindline.companion.models import CompanionMessage, Conversation
from mindline.web.highlight import highlight


def _alert(session: Any, settings: Any, patient_id: int, severity: Severity) -> Alert:
    alert = alerts_service.raise_alert(
        session=session,
        patient_id=patient_id,
        kind=AlertKind.manual,
        severity=severity,
        evidence=[],
        source_type="test",
        source_id=0,
        settings=settings,
    )
    session.commit()
    return alert


def _second_patient(session: Any, personas: Personas, name: str) -> Any:
    patient = make_patient(session, email=f"{name.lower()}@example.org", display_name=name)
    care_service.set_team_member(
        session=session, patient=patient, clinician_id=personas.bob.id, team_role=TeamRole.primary
    )
    session.commit()
    return patient


def test_the_caseload_puts_the_most_severe_open_alert_first(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any, settings: Any
) -> None:
    zed = _second_patient(session, personas, "Zed")
    _alert(session, settings, personas.alice.id, Severity.routine)
    _alert(session, settings, zed.id, Severity.urgent)
    page = browser_client("bob@example.org").get("/home").text
    assert page.index(">Zed<") < page.index(">Alice<")
    assert "Dave" not in page


def test_the_caseload_filters_by_name_and_by_alerts(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any, settings: Any
) -> None:
    _second_patient(session, personas, "Zed")
    _alert(session, settings, personas.alice.id, Severity.high)
    bob = browser_client("bob@example.org")
    by_name = bob.get("/home", params={"q": "ze"}).text
    assert ">Zed<" in by_name and ">Alice<" not in by_name
    with_alerts = bob.get("/home", params={"alerts": "high"}).text
    assert ">Alice<" in with_alerts and ">Zed<" not in with_alerts
    assert ">Zed<" in bob.get("/home", params={"risk": ""}).text


def test_acknowledging_with_htmx_returns_the_updated_card(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any, settings: Any
) -> None:
    alert = _alert(session, settings, personas.alice.id, Severity.high)
    bob = browser_client("bob@example.org")
    response = bob.post(
        f"/alerts/{alert.id}/acknowledge",
        data={"csrf_token": bob.csrf},  # type: ignore[attr-defined]
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith("<article")
    assert "<html" not in response.text
    assert "Acknowledged." in response.text and ">acknowledged<" in response.text


def test_without_javascript_the_actions_redirect_back_to_the_inbox(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any, settings: Any
) -> None:
    alert = _alert(session, settings, personas.alice.id, Severity.high)
    bob = browser_client("bob@example.org")
    csrf = bob.csrf  # type: ignore[attr-defined]
    ack = bob.post(f"/alerts/{alert.id}/acknowledge", data={"csrf_token": csrf})
    assert (ack.status_code, ack.headers["location"]) == (303, f"/alerts#alert-{alert.id}")
    missing = bob.post(f"/alerts/{alert.id}/resolve", data={"csrf_token": csrf, "note": "x"})
    assert missing.status_code == 422
    assert "Choose an outcome before resolving." in missing.text
    done = bob.post(
        f"/alerts/{alert.id}/resolve",
        data={"csrf_token": csrf, "outcome": "false_positive", "note": "spoke to her"},
    )
    assert done.status_code == 303
    session.expire_all()
    stored = session.get(Alert, alert.id)
    assert (stored.status, stored.outcome) == ("resolved", "false_positive")
    assert stored.resolution_note == "spoke to her"
    assert f"alert-{alert.id}" not in bob.get("/alerts").text
    assert f"alert-{alert.id}" in bob.get("/alerts", params={"show": "resolved"}).text


def test_another_teams_clinician_cannot_act_on_the_alert(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any, settings: Any
) -> None:
    alert = _alert(session, settings, personas.alice.id, Severity.high)
    charlie = browser_client("charlie@example.org")
    response = charlie.post(
        f"/alerts/{alert.id}/acknowledge",
        data={"csrf_token": charlie.csrf},  # type: ignore[attr-defined]
    )
    assert response.status_code == 404
    assert f"alert-{alert.id}" not in charlie.get("/alerts").text


def test_evidence_is_marked_and_the_message_text_is_escaped(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    text = "<script>alert(1)</script> I want to end it all & more"
    start = text.index("I want")
    conversation = Conversation(patient_id=personas.alice.id, state={})
    session.add(conversation)
    session.flush()
    session.add(
        CompanionMessage(
            conversation_id=conversation.id,
            patient_id=personas.alice.id,
            role="patient",
            text=text,
            risk_level="high",
            evidence=[
                {"start": start, "end": start + 16, "text": "I want to end it", "reason": "x"}
            ],
        )
    )
    session.commit()
    page = browser_client("bob@example.org").get(f"/patients/{personas.alice.id}/timeline").text
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; <mark>I want to end it</mark> all &amp; more" in page
    )
    assert "<script>alert(1)" not in page


def test_highlight_merges_overlaps_clamps_and_escapes() -> None:
    spans = [{"start": 2, "end": 5}, {"start": 4, "end": 7}, {"start": 50, "end": 60}]
    assert str(highlight("a<bcdef>g", spans)) == "a&lt;<mark>bcdef</mark>&gt;g"
    assert str(highlight("<b>", [])) == "&lt;b&gt;"
    assert str(highlight("abc", [{"start": 2, "end": 1}])) == "abc"


def test_the_timeline_shows_scores_check_ins_and_usage(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    from mindline.monitoring import checkins, responses

    responses.submit(
        session=session, patient_id=personas.alice.id, instrument="phq9", answers=[2] * 9
    )
    checkins.submit(
        session=session,
        patient_id=personas.alice.id,
        locale="en",
        values=checkins.CheckInValues(mood=4, anxiety=6, sleep_quality=5, journal="private"),
    )
    session.commit()
    page = browser_client("bob@example.org").get(f"/patients/{personas.alice.id}/timeline").text
    assert "PHQ9" in page and "safety answer positive" in page
    assert 'id="chart-data"' in page and 'id="checkin-table"' in page
    assert "private" not in page  # Alice has not agreed to share her notes
    assert "Usage over the last seven days" in page
