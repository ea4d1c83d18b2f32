"""The one policy module: every access decision in Mindline is made here.

Routes declare their rule with a guard from ``mindline.web.deps`` that calls these
functions; the authorization matrix test fails for any route without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mindline.accounts.enums import Role
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.care.models import Patient


@dataclass(frozen=True)
class Actor:
    user_id: int
    role: Role
    is_lead: bool
    patient_id: int | None
    session_id: str | None
    via_token: bool = False

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.clinician, Role.admin)


def _is_self(actor: Actor, patient: Patient) -> bool:
    return actor.role is Role.patient and actor.patient_id == patient.id


def _on_team(session: Session, actor: Actor, patient: Patient) -> bool:
    return actor.role is Role.clinician and care_service.is_on_team(
        session=session, patient_id=patient.id, clinician_id=actor.user_id
    )


def can_view_patient_record(session: Session, actor: Actor, patient: Patient) -> bool:
    """Administrative fields (name, country, care team): self, care team, administrators."""
    return actor.role is Role.admin or _is_self(actor, patient) or _on_team(session, actor, patient)


def can_read_clinical(session: Session, actor: Actor, patient: Patient) -> bool:
    """Clinical data and free text: the patient and their care team; never administrators."""
    return _is_self(actor, patient) or _on_team(session, actor, patient)


def is_patient_self(session: Session, actor: Actor, patient: Patient) -> bool:
    """Decisions only the patient makes (consent)."""
    return _is_self(actor, patient)


def can_write_clinical_note(session: Session, actor: Actor, patient: Patient) -> bool:
    return _on_team(session, actor, patient)


def can_manage_measurement(session: Session, actor: Actor, patient: Patient) -> bool:
    """Questionnaire schedules and monitoring events: the care team only."""
    return _on_team(session, actor, patient)


def is_on_care_team(session: Session, actor: Actor, patient: Patient) -> bool:
    """Care-team decisions (closing a companion crisis): the care team only."""
    return _on_team(session, actor, patient)


def can_read_companion_transcript(session: Session, actor: Actor, patient: Patient) -> bool:
    """Full companion transcripts: the patient, and their care team only with sharing consent."""
    if _is_self(actor, patient):
        return True
    return _on_team(session, actor, patient) and care_service.has_consent(
        session=session, patient_id=patient.id, kind=ConsentKind.share_with_care_team
    )


def can_manage_care_team(actor: Actor) -> bool:
    return actor.role is Role.admin


def can_invite_patients(actor: Actor) -> bool:
    return actor.role in (Role.clinician, Role.admin)


def can_manage_users(actor: Actor) -> bool:
    return actor.role is Role.admin


def can_view_audit_log(actor: Actor) -> bool:
    return actor.role is Role.admin


def can_view_caseload(actor: Actor) -> bool:
    return actor.role is Role.clinician


def can_view_alerts(session: Session, actor: Actor, patient: Patient) -> bool:
    """Alerts carry clinical evidence: the care team only (not the patient, not admins)."""
    return _on_team(session, actor, patient)


def can_act_on_alert(session: Session, actor: Actor, patient: Patient) -> bool:
    """Acknowledge, resolve or raise an alert: the patient's care team."""
    return _on_team(session, actor, patient)


def can_use_alert_inbox(actor: Actor) -> bool:
    return actor.role is Role.clinician


def can_manage_alert_routes(actor: Actor) -> bool:
    """Escalation routes and on-call targets: administrators."""
    return actor.role is Role.admin


def can_view_service_reports(actor: Actor) -> bool:
    """Service outcomes, what helps whom and model oversight (aggregates only): leads, admins."""
    return actor.role is Role.admin or (actor.role is Role.clinician and actor.is_lead)
