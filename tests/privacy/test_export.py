"""A patient's export: everything held about them, as JSON and as a valid FHIR R4 Bundle."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from builders import Personas, login
from mindline.audit.models import AuditEvent
from mindline.privacy import export
from privacy.conftest import JOURNAL, MESSAGE, NOTE, PLAN_ITEM, Filled


def _get(client: TestClient, personas: Personas, fmt: str = "json") -> Any:
    login(client, "alice@example.org")
    response = client.get(f"/api/v1/patients/{personas.alice.id}/export?format={fmt}")
    assert response.status_code == 200, response.text
    assert "attachment" in response.headers["content-disposition"]
    return json.loads(response.text)


def test_json_export_holds_every_kind_of_data_and_no_clinician_notes(
    client: TestClient, personas: Personas, filled: Filled, session: Any
) -> None:
    data = _get(client, personas)
    assert data["account"]["email"] == "alice@example.org"
    assert data["account"]["display_name"] == "Alice"
    assert data["profile"]["birth_date"] == "1990-05-17"
    assert data["consents"] == {"companion": True, "share_with_care_team": True, "research": True}
    assert [m["name"] for m in data["care_team"]] == ["Bob"]
    assert data["checkins"][0]["journal"] == JOURNAL
    assert data["checkins"][0]["mood"] == 3
    assert data["questionnaires"][0]["total"] == 8
    assert data["conversations"][0]["messages"][0]["text"] == MESSAGE
    assert data["safety_plan"]["people_to_ask"] == [PLAN_ITEM]
    assert data["notices"][0]["title"] == "PHQ-9 is due"
    alert = data["alerts"][0]
    assert (alert["kind"], alert["status"]) == ("manual", "resolved")
    assert NOTE not in json.dumps(data)
    assert "Bob" not in json.dumps(data["alerts"])
    assert "login" in [e["action"] for e in data["audit_events"]]
    audited = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "patient_export", AuditEvent.patient_id == personas.alice.id
        )
    ).all()
    assert [e.detail for e in audited] == [{"format": "json"}]


def test_fhir_export_is_a_valid_bundle_with_checkins_as_survey_observations(
    client: TestClient, personas: Personas, filled: Filled
) -> None:
    bundle = _get(client, personas, "fhir")
    assert export.check_fhir(bundle) == []
    resources = [e["resource"] for e in bundle["entry"]]
    kinds = {r["resourceType"] for r in resources}
    assert {"Patient", "Questionnaire", "QuestionnaireResponse", "Observation", "Consent"} <= kinds
    checkin = next(r for r in resources if r["id"] == f"checkin-{filled.checkin_id}")
    assert checkin["category"][0]["coding"][0]["code"] == "survey"
    values = {c["code"]["coding"][0]["code"]: c.get("valueInteger") for c in checkin["component"]}
    assert values["mood"] == 3 and values["anxiety"] == 7 and values["sleep-quality"] == 4
    assert checkin["note"][0]["text"] == JOURNAL
    patient = next(r for r in resources if r["resourceType"] == "Patient")
    assert patient["birthDate"] == "1990-05-17"


def test_check_fhir_finds_a_broken_checkin_observation(
    session: Any, personas: Personas, filled: Filled, settings: Any
) -> None:
    bundle = export.export_fhir(session, personas.alice.id, base_url="http://x")
    checkin = next(e for e in bundle["entry"] if e["resource"]["id"].startswith("checkin-"))
    checkin["resource"]["subject"] = {"reference": "Patient/someone-else"}
    checkin["resource"]["status"] = "draft"
    problems = export.check_fhir(bundle)
    assert any("does not refer to the bundle's Patient" in p for p in problems)
    assert any("status must be final" in p for p in problems)


def test_an_unknown_format_is_refused_naming_the_field(
    client: TestClient, personas: Personas
) -> None:
    login(client, "alice@example.org")
    response = client.get(f"/api/v1/patients/{personas.alice.id}/export?format=xml")
    assert response.status_code == 422
    assert "format" in response.json()["error"]["fields"]


def test_the_care_team_cannot_download_a_patients_export(
    client: TestClient, personas: Personas
) -> None:
    login(client, "bob@example.org")
    assert client.get(f"/api/v1/patients/{personas.alice.id}/export").status_code == 404


def test_a_patient_with_nothing_stored_gets_a_valid_bundle(
    session: Any, personas: Personas
) -> None:
    bundle = export.export_fhir(session, personas.dave.id, base_url="http://x")
    assert export.check_fhir(bundle) == []
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient"]
    data = export.export_json(session, personas.dave.id)
    assert (data["checkins"], data["conversations"], data["alerts"]) == ([], [], [])
