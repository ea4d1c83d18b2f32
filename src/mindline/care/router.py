"""/api/v1/patients, /api/v1/invitations, /api/v1/caseload."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, status
from sqlalchemy.orm import Session

from mindline import authz
from mindline.accounts import service as accounts_service
from mindline.accounts.deps import AdminActor, ClinicianActor, CurrentActor, Public, StaffActor
from mindline.accounts.enums import Role
from mindline.audit import service as audit_service
from mindline.care import service
from mindline.care.deps import PatientNoteWriter, PatientRecord, PatientSelf
from mindline.care.enums import ConsentKind
from mindline.care.models import Patient
from mindline.care.schemas import (
    ConsentIn,
    ConsentRead,
    InvitationAccept,
    InvitationCreate,
    InvitationCreated,
    NoteIn,
    NoteRead,
    PatientRead,
    PatientUpdate,
    TeamMemberIn,
    TeamMemberRead,
)
from mindline.core.schemas import PathId
from mindline.db.deps import AppSettings, DbSession

patients_router = APIRouter(prefix="/patients", tags=["patients"])
invitations_router = APIRouter(prefix="/invitations", tags=["invitations"])
caseload_router = APIRouter(prefix="/caseload", tags=["caseload"])


def to_read(session: Session, patient: Patient) -> PatientRead:
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    return PatientRead(
        id=patient.id,
        user_id=user.id,
        display_name=user.display_name,
        email=user.email,
        country=patient.country,
        language=patient.language,
        birth_date=patient.birth_date,
        created_at=patient.created_at,
    )


def _audit(
    session: Session, actor: authz.Actor, action: str, patient: Patient, **kw: object
) -> None:
    audit_service.record_by(session, actor, action, patient_id=patient.id, detail=kw)


@patients_router.get("", response_model=list[PatientRead])
def list_patients(actor: StaffActor, session: DbSession) -> list[PatientRead]:
    """Clinicians: their caseload; administrators: every patient (administrative fields)."""
    if actor.role is Role.admin:
        pairs = [(p, u) for p, u in service.list_all(session=session)]
    else:
        pairs = [
            (p, u) for p, u, _ in service.caseload(session=session, clinician_id=actor.user_id)
        ]
    return [
        PatientRead(
            id=p.id,
            user_id=u.id,
            display_name=u.display_name,
            email=u.email,
            country=p.country,
            language=p.language,
            birth_date=p.birth_date,
            created_at=p.created_at,
        )
        for p, u in pairs
    ]


@patients_router.get("/{patient_id}", response_model=PatientRead)
def read_patient(patient: PatientRecord, actor: CurrentActor, session: DbSession) -> PatientRead:
    """One patient the caller may see."""
    return to_read(session, patient)


@patients_router.patch("/{patient_id}", response_model=PatientRead)
def update_patient(
    body: PatientUpdate, patient: PatientRecord, actor: CurrentActor, session: DbSession
) -> PatientRead:
    """Change country or language (the patient, their care team or an administrator)."""
    service.update(session=session, patient=patient, country=body.country, language=body.language)
    _audit(session, actor, "patient_updated", patient, fields=sorted(body.model_fields_set))
    return to_read(session, patient)


@patients_router.get("/{patient_id}/care-team", response_model=list[TeamMemberRead])
def read_team(patient: PatientRecord, session: DbSession) -> list[TeamMemberRead]:
    """The patient's primary and backup clinicians."""
    return [
        TeamMemberRead.model_validate(m)
        for m in service.team(session=session, patient_id=patient.id)
    ]


@patients_router.put("/{patient_id}/care-team", response_model=list[TeamMemberRead])
def set_team_member(
    patient_id: PathId, body: TeamMemberIn, actor: AdminActor, session: DbSession
) -> list[TeamMemberRead]:
    """Assign a clinician as primary or backup (administrators)."""
    patient = service.get_or_raise(session=session, patient_id=patient_id)
    service.set_team_member(
        session=session, patient=patient, clinician_id=body.clinician_id, team_role=body.team_role
    )
    _audit(
        session,
        actor,
        "care_team_changed",
        patient,
        clinician_id=body.clinician_id,
        team_role=body.team_role.value,
    )
    return [
        TeamMemberRead.model_validate(m)
        for m in service.team(session=session, patient_id=patient.id)
    ]


@patients_router.delete(
    "/{patient_id}/care-team/{clinician_id}", status_code=status.HTTP_204_NO_CONTENT
)
def remove_team_member(
    patient_id: PathId, clinician_id: PathId, actor: AdminActor, session: DbSession
) -> None:
    """Remove a clinician from a care team (administrators)."""
    patient = service.get_or_raise(session=session, patient_id=patient_id)
    service.remove_team_member(session=session, patient=patient, clinician_id=clinician_id)
    _audit(session, actor, "care_team_changed", patient, removed=clinician_id)


@patients_router.get("/{patient_id}/consents", response_model=list[ConsentRead])
def read_consents(patient: PatientRecord, session: DbSession) -> list[ConsentRead]:
    """Consent decisions in force."""
    return [
        ConsentRead.model_validate(c)
        for c in service.consents(session=session, patient_id=patient.id).values()
    ]


@patients_router.post(
    "/{patient_id}/consents", response_model=ConsentRead, status_code=status.HTTP_201_CREATED
)
def record_consent(
    body: ConsentIn, patient: PatientSelf, actor: CurrentActor, session: DbSession
) -> ConsentRead:
    """Grant or withdraw a consent (only the patient themself)."""
    row = service.record_consent(
        session=session,
        patient=patient,
        kind=body.kind,
        granted=body.granted,
        recorded_by_id=actor.user_id,
    )
    _audit(session, actor, "consent_recorded", patient, kind=body.kind.value, granted=body.granted)
    return ConsentRead.model_validate(row)


@patients_router.get("/{patient_id}/notes", response_model=list[NoteRead])
def read_notes(
    patient: PatientNoteWriter, actor: CurrentActor, session: DbSession
) -> list[NoteRead]:
    """Clinical notes (the care team)."""
    _audit(session, actor, "notes_read", patient)
    return [
        NoteRead.model_validate(n) for n in service.notes(session=session, patient_id=patient.id)
    ]


@patients_router.post(
    "/{patient_id}/notes", response_model=NoteRead, status_code=status.HTTP_201_CREATED
)
def add_note(
    body: NoteIn, patient: PatientNoteWriter, actor: CurrentActor, session: DbSession
) -> NoteRead:
    """Add a clinical note (the care team); stored encrypted."""
    note = service.add_note(
        session=session, patient=patient, author_id=actor.user_id, body=body.body
    )
    _audit(session, actor, "note_added", patient, note_id=note.id)
    return NoteRead.model_validate(note)


@invitations_router.post("", response_model=InvitationCreated, status_code=status.HTTP_201_CREATED)
def invite_patient(
    body: InvitationCreate, actor: StaffActor, session: DbSession, settings: AppSettings
) -> InvitationCreated:
    """Invite a patient by e-mail address; returns the single-use link to pass on."""
    inviter = accounts_service.get_or_raise(session=session, user_id=actor.user_id)
    invitation = service.invite(
        session=session,
        inviter=inviter,
        email=body.email,
        display_name=body.display_name,
        country=body.country,
        language=body.language,
        valid_for=timedelta(days=settings.invitation_days),
    )
    _audit(session, actor, "patient_invited", invitation.patient)
    return InvitationCreated(
        patient_id=invitation.patient.id,
        link=f"{settings.base_url.rstrip('/')}/invite/{invitation.token}",
        expires_in_days=settings.invitation_days,
    )


@invitations_router.post("/accept", response_model=PatientRead, dependencies=[Public])
def accept_invitation(body: InvitationAccept, session: DbSession) -> PatientRead:
    """Accept an invitation: set a password and record consent."""
    patient = service.accept_invitation(
        session=session,
        token=body.token,
        password=body.password,
        consents={
            ConsentKind.companion: body.consent_companion,
            ConsentKind.share_with_care_team: body.consent_share_with_care_team,
            ConsentKind.research: body.consent_research,
        },
    )
    audit_service.record(
        session,
        action="invitation_accepted",
        actor_id=patient.user_id,
        actor_role="patient",
        patient_id=patient.id,
        target_type="patient",
        target_id=patient.id,
    )
    return to_read(session, patient)


@caseload_router.get("", response_model=list[PatientRead])
def caseload(actor: ClinicianActor, session: DbSession) -> list[PatientRead]:
    """Your caseload (clinicians)."""
    return list_patients(actor, session)
