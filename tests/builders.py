"""Builders and personas for tests (Alice the patient, Bob on her care team, Charlie not)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from mindline.accounts import service as accounts_service
from mindline.accounts.enums import Role
from mindline.accounts.models import User
from mindline.care import service as care_service
from mindline.care.enums import TeamRole
from mindline.care.models import Patient

PASSWORD = "correct horse battery"


def make_user(session: Session, role: Role = Role.clinician, **overrides: object) -> User:
    n = overrides.pop("n", None) or id(overrides)
    values: dict[str, object] = {
        "email": f"{role.value}{n}@example.org",
        "display_name": f"Test {role.value.title()}",
        "role": role,
        "password": PASSWORD,
    }
    values.update(overrides)
    return accounts_service.create(session=session, **values)  # type: ignore[arg-type]


def make_patient(session: Session, **overrides: object) -> Patient:
    values: dict[str, object] = {
        "email": f"patient{id(overrides)}@example.org",
        "display_name": "Test Patient",
        "country": "GB",
        "password": PASSWORD,
    }
    values.update(overrides)
    return care_service.create(session=session, **values)  # type: ignore[arg-type]


@dataclass
class Personas:
    alice: Patient  # the patient
    dave: Patient  # another patient, nobody's business here
    bob: User  # Alice's primary clinician
    charlie: User  # a clinician with no access to Alice
    erin: User  # an administrator


def make_personas(session: Session) -> Personas:
    bob = make_user(session, email="bob@example.org", display_name="Bob")
    charlie = make_user(session, email="charlie@example.org", display_name="Charlie")
    erin = make_user(session, Role.admin, email="erin@example.org", display_name="Erin")
    alice = make_patient(
        session, email="alice@example.org", display_name="Alice", primary_clinician_id=bob.id
    )
    dave = make_patient(
        session, email="dave@example.org", display_name="Dave", primary_clinician_id=charlie.id
    )
    care_service.set_team_member(
        session=session, patient=dave, clinician_id=charlie.id, team_role=TeamRole.primary
    )
    session.commit()
    return Personas(alice=alice, dave=dave, bob=bob, charlie=charlie, erin=erin)


def login(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Sign in through the API; returns the CSRF token and sets it as a default header."""
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    token: str = response.json()["csrf_token"]
    client.headers["X-CSRF-Token"] = token
    return token


def make_conversation(session: Session, patient: Patient, text: str = "hello") -> tuple[int, int]:
    """A companion conversation with one screened message; returns (conversation, message) ids."""
    from mindline.companion import service as companion_service
    from mindline.companion.models import CompanionMessage

    conversation = companion_service.start(session=session, patient=patient)
    message = CompanionMessage(
        conversation_id=conversation.id,
        patient_id=patient.id,
        role="patient",
        text=text,
        risk_level="none",
    )
    session.add(message)
    session.commit()
    return conversation.id, message.id
