"""Patients, care teams, invitations, consent and notes. Services flush; callers commit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mindline.accounts import service as accounts_service
from mindline.accounts.enums import Role
from mindline.accounts.models import User
from mindline.care.enums import ConsentKind, TeamRole
from mindline.care.errors import PatientNotFound
from mindline.care.models import CareTeamMember, ClinicalNote, Consent, Patient
from mindline.core import clock
from mindline.core.errors import InvalidInput

MAX_NOTE_CHARS = 20_000


def get(*, session: Session, patient_id: int) -> Patient | None:
    """Return a patient by id, archived patients excluded."""
    patient = session.get(Patient, patient_id)
    return None if patient is None or patient.is_deleted else patient


def get_or_raise(*, session: Session, patient_id: int) -> Patient:
    if patient := get(session=session, patient_id=patient_id):
        return patient
    raise PatientNotFound()


def get_by_user(*, session: Session, user_id: int) -> Patient | None:
    return session.scalar(
        select(Patient).where(Patient.user_id == user_id, Patient.deleted_at.is_(None))
    )


def _check_country(country: str) -> str:
    country = country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise InvalidInput(
            "Country must be a two-letter ISO code.", fields={"country": "e.g. GB, US, IE"}
        )
    return country


def create(
    *,
    session: Session,
    email: str,
    display_name: str,
    country: str = "GB",
    language: str = "en",
    birth_date: date | None = None,
    password: str | None = None,
    primary_clinician_id: int | None = None,
) -> Patient:
    """Create a patient account (and care-team primary, if given)."""
    country = _check_country(country)
    user = accounts_service.create(
        session=session,
        email=email,
        display_name=display_name,
        role=Role.patient,
        password=password,
    )
    patient = Patient(user_id=user.id, country=country, language=language, birth_date=birth_date)
    session.add(patient)
    session.flush()
    if primary_clinician_id is not None:
        set_team_member(
            session=session,
            patient=patient,
            clinician_id=primary_clinician_id,
            team_role=TeamRole.primary,
        )
    return patient


def update(
    *, session: Session, patient: Patient, country: str | None = None, language: str | None = None
) -> Patient:
    if country is not None:
        patient.country = _check_country(country)
    if language is not None:
        patient.language = language
    session.flush()
    return patient


# --- care teams -------------------------------------------------------------------------


def team(*, session: Session, patient_id: int) -> Sequence[CareTeamMember]:
    return session.scalars(
        select(CareTeamMember)
        .where(CareTeamMember.patient_id == patient_id)
        .order_by(CareTeamMember.team_role.desc(), CareTeamMember.id)
    ).all()


def is_on_team(*, session: Session, patient_id: int, clinician_id: int) -> bool:
    return (
        session.scalar(
            select(CareTeamMember.id).where(
                CareTeamMember.patient_id == patient_id,
                CareTeamMember.clinician_id == clinician_id,
            )
        )
        is not None
    )


def set_team_member(
    *, session: Session, patient: Patient, clinician_id: int, team_role: TeamRole
) -> CareTeamMember:
    """Add or change a member; a new primary demotes the old one to backup."""
    clinician = accounts_service.get(session=session, user_id=clinician_id)
    if clinician is None or clinician.role != Role.clinician:
        raise InvalidInput(
            "That user is not a clinician.", fields={"clinician_id": "id of an active clinician"}
        )
    if team_role is TeamRole.primary:
        for other in team(session=session, patient_id=patient.id):
            if other.team_role == TeamRole.primary and other.clinician_id != clinician_id:
                other.team_role = TeamRole.backup
    member = session.scalar(
        select(CareTeamMember).where(
            CareTeamMember.patient_id == patient.id, CareTeamMember.clinician_id == clinician_id
        )
    )
    if member is None:
        member = CareTeamMember(
            patient_id=patient.id, clinician_id=clinician_id, team_role=team_role.value
        )
        session.add(member)
    else:
        member.team_role = team_role.value
    session.flush()
    return member


def remove_team_member(*, session: Session, patient: Patient, clinician_id: int) -> None:
    session.execute(
        delete(CareTeamMember).where(
            CareTeamMember.patient_id == patient.id, CareTeamMember.clinician_id == clinician_id
        )
    )
    session.flush()


def caseload(*, session: Session, clinician_id: int) -> Sequence[tuple[Patient, User, str]]:
    """Patients on a clinician's care teams, with their user row and the team role."""
    rows = session.execute(
        select(Patient, User, CareTeamMember.team_role)
        .join(CareTeamMember, CareTeamMember.patient_id == Patient.id)
        .join(User, User.id == Patient.user_id)
        .where(CareTeamMember.clinician_id == clinician_id, Patient.deleted_at.is_(None))
        .order_by(User.display_name)
    ).all()
    return [(p, u, r) for p, u, r in rows]


def list_all(*, session: Session) -> Sequence[tuple[Patient, User]]:
    rows = session.execute(
        select(Patient, User)
        .join(User, User.id == Patient.user_id)
        .where(Patient.deleted_at.is_(None))
        .order_by(User.display_name)
    ).all()
    return [(p, u) for p, u in rows]


# --- invitations ------------------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    patient: Patient
    token: str


def invite(
    *,
    session: Session,
    inviter: User,
    email: str,
    display_name: str,
    country: str,
    language: str,
    valid_for: timedelta,
) -> Invitation:
    """Create a patient without a password, with the inviter as primary clinician."""
    patient = create(
        session=session,
        email=email,
        display_name=display_name,
        country=country,
        language=language,
        primary_clinician_id=inviter.id if inviter.role == Role.clinician else None,
    )
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    token = accounts_service.issue_one_time_token(
        session=session, user=user, purpose="invite", valid_for=valid_for, created_by_id=inviter.id
    )
    return Invitation(patient=patient, token=token)


def reissue_invitation(
    *, session: Session, inviter: User, patient: Patient, valid_for: timedelta
) -> str:
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    if user.password_hash is not None:
        raise InvalidInput("This patient has already accepted an invitation.")
    return accounts_service.issue_one_time_token(
        session=session, user=user, purpose="invite", valid_for=valid_for, created_by_id=inviter.id
    )


def accept_invitation(
    *, session: Session, token: str, password: str, consents: dict[ConsentKind, bool]
) -> Patient:
    """Set the password and record consent; the token is used up only if all of it succeeds."""
    user = accounts_service.consume_one_time_token(session=session, token=token, purpose="invite")
    accounts_service.set_password(session=session, user=user, password=password)
    patient = get_by_user(session=session, user_id=user.id)
    if patient is None:
        raise PatientNotFound()
    for kind, granted in consents.items():
        record_consent(
            session=session, patient=patient, kind=kind, granted=granted, recorded_by_id=user.id
        )
    return patient


# --- consent ----------------------------------------------------------------------------


def record_consent(
    *, session: Session, patient: Patient, kind: ConsentKind, granted: bool, recorded_by_id: int
) -> Consent:
    row = Consent(
        patient_id=patient.id, kind=kind.value, granted=granted, recorded_by_id=recorded_by_id
    )
    session.add(row)
    session.flush()
    return row


def consents(*, session: Session, patient_id: int) -> dict[str, Consent]:
    """The decision in force per kind (the latest)."""
    rows = session.scalars(
        select(Consent).where(Consent.patient_id == patient_id).order_by(Consent.id)
    ).all()
    return {row.kind: row for row in rows}


def has_consent(*, session: Session, patient_id: int, kind: ConsentKind) -> bool:
    row = consents(session=session, patient_id=patient_id).get(kind.value)
    return bool(row and row.granted)


# --- notes ------------------------------------------------------------------------------


def add_note(*, session: Session, patient: Patient, author_id: int, body: str) -> ClinicalNote:
    body = body.strip()
    if not body or len(body) > MAX_NOTE_CHARS:
        raise InvalidInput(
            "A note needs some text.", fields={"body": f"1 to {MAX_NOTE_CHARS} characters"}
        )
    note = ClinicalNote(patient_id=patient.id, author_id=author_id, body=body)
    session.add(note)
    session.flush()
    return note


def notes(*, session: Session, patient_id: int) -> Sequence[ClinicalNote]:
    return session.scalars(
        select(ClinicalNote)
        .where(ClinicalNote.patient_id == patient_id, ClinicalNote.deleted_at.is_(None))
        .order_by(ClinicalNote.created_at.desc())
    ).all()


def archive(*, session: Session, patient: Patient) -> None:
    patient.deleted_at = clock.now()
    session.flush()
