"""Erase a patient's account: free text and personal data go, scores and the audit chain stay.

One transaction (the caller commits): sign-in is disabled and every session and token goes,
everything the patient wrote is removed, and the name, e-mail and date of birth are replaced
by a pseudonym. Numbers (check-in and questionnaire scores, risk levels), alerts and the
audit log stay for the service's de-identified statistics and the care record; see
docs/privacy.md for the list and the reasons.

Open alerts are not closed: the care team keeps them, sees "patient_erased" in each one's
history, and acknowledges and resolves them as usual. The patient row is archived at once
when nothing is open, otherwise by the retention purge once the team has resolved them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from mindline.accounts import security
from mindline.accounts.models import ApiToken, LoginThrottle, OneTimeToken, User, UserSession
from mindline.alerts.models import Alert, AlertEvent
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.care.errors import PatientNotFound
from mindline.care.models import Patient
from mindline.companion.models import CompanionMessage, Conversation, SafetyPlanRecord
from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.monitoring.models import CheckIn, Notice

ERASED_ACTION = "patient_erased"
ERASED_DOMAIN = "erased.invalid"


@dataclass
class Erased:
    patient_id: int
    pseudonym: str
    archived: bool
    counts: dict[str, int] = field(default_factory=dict)


def pseudonym(patient_id: int) -> str:
    return f"Erased patient {patient_id}"


def check_password(*, session: Session, patient: Patient, password: str) -> None:
    """The patient re-enters their password before erasing; a wrong one names the field."""
    user = session.get(User, patient.user_id)
    if not password:
        raise InvalidInput(
            "Enter your password to confirm.", fields={"password": "your current password"}
        )
    if user is None or not security.verify_password(password, user.password_hash):
        raise InvalidInput(
            "That password is not right.", fields={"password": "your current password"}
        )


def _rows(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _open_alerts(session: Session, patient_id: int) -> list[Alert]:
    return list(
        session.scalars(
            select(Alert).where(Alert.patient_id == patient_id, Alert.status != "resolved")
        )
    )


def erase(*, session: Session, patient_id: int, actor_id: int | None, actor_role: str) -> Erased:
    """Erase one patient (flushes; the caller commits). Raises PatientNotFound if unknown."""
    patient = session.get(Patient, patient_id)
    if patient is None or patient.deleted_at is not None:
        raise PatientNotFound()
    user = session.get(User, patient.user_id)
    if user is None:
        raise PatientNotFound()
    if user.email.endswith("@" + ERASED_DOMAIN):
        raise PatientNotFound()
    now = clock.now()
    counts: dict[str, int] = {}
    # Access first: nothing can sign in or act as this person from here on.
    # Rows are revoked, not deleted: this request may be holding one of them.
    counts["sessions"] = _rows(
        session.execute(
            update(UserSession)
            .where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
            .values(revoked_at=now),
            execution_options={"synchronize_session": "fetch"},
        )
    )
    session.execute(
        update(UserSession).where(UserSession.user_id == user.id).values(user_agent=""),
        execution_options={"synchronize_session": "fetch"},
    )
    counts["api_tokens"] = _rows(
        session.execute(
            update(ApiToken)
            .where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
            .values(revoked_at=now),
            execution_options={"synchronize_session": "fetch"},
        )
    )
    counts["one_time_tokens"] = _rows(
        session.execute(delete(OneTimeToken).where(OneTimeToken.user_id == user.id))
    )
    session.execute(delete(LoginThrottle).where(LoginThrottle.email == user.email))
    # Free text the patient wrote, and what was built from it.
    counts["journals"] = _rows(
        session.execute(
            update(CheckIn)
            .where(
                CheckIn.patient_id == patient_id,
                (CheckIn.journal.is_not(None)) | (CheckIn.activity_note.is_not(None)),
            )
            .values(journal=None, activity_note=None)
        )
    )
    counts["messages"] = _rows(
        session.execute(
            update(CompanionMessage)
            .where(CompanionMessage.patient_id == patient_id)
            .values(text="", shared_at=None)
        )
    )
    conversations = session.scalars(
        select(Conversation).where(Conversation.patient_id == patient_id)
    ).all()
    for conversation in conversations:
        # The engine's state can hold words from the chat (topics, plan drafts).
        conversation.state = {}
        if conversation.status != "closed":
            conversation.status = "closed"
            conversation.closed_at = now
    counts["conversations"] = len(conversations)
    counts["safety_plans"] = _rows(
        session.execute(delete(SafetyPlanRecord).where(SafetyPlanRecord.patient_id == patient_id))
    )
    counts["notices"] = _rows(
        session.execute(delete(Notice).where(Notice.patient_id == patient_id))
    )
    # Personal data: replaced, so foreign keys and de-identified counts still hold.
    name = pseudonym(patient_id)
    user.email = f"erased-{user.id}@{ERASED_DOMAIN}"
    user.display_name = name
    user.password_hash = None
    user.totp_secret = None
    user.mfa_enabled = False
    user.is_active = False
    user.last_login_at = None
    patient.birth_date = None
    # Consent to everything is withdrawn, so no feature or research use picks the data up.
    for kind in ConsentKind:
        care_service.record_consent(
            session=session,
            patient=patient,
            kind=kind,
            granted=False,
            recorded_by_id=actor_id if actor_id is not None else user.id,
        )
    open_alerts = _open_alerts(session, patient_id)
    for alert in open_alerts:
        session.add(
            AlertEvent(
                alert_id=alert.id,
                action=ERASED_ACTION,
                level=alert.escalation_level,
                actor_id=actor_id,
                at=now,
            )
        )
    counts["open_alerts_kept"] = len(open_alerts)
    archived = not open_alerts
    if archived:
        patient.deleted_at = now
    session.flush()
    audit_service.record(
        session,
        action=ERASED_ACTION,
        actor_id=actor_id,
        actor_role=actor_role,
        target_type="patient",
        target_id=patient_id,
        patient_id=patient_id,
        detail={"counts": dict(counts), "archived": archived},
    )
    return Erased(patient_id=patient_id, pseudonym=name, archived=archived, counts=counts)


def erased_awaiting_archive(session: Session) -> list[int]:
    """Erased patients still live because alerts were open, whose alerts are now resolved."""
    open_alerts = (
        select(func.count())
        .where(Alert.patient_id == Patient.id, Alert.status != "resolved")
        .scalar_subquery()
    )
    return list(
        session.scalars(
            select(Patient.id)
            .join(User, User.id == Patient.user_id)
            .where(
                Patient.deleted_at.is_(None),
                User.email.like(f"erased-%@{ERASED_DOMAIN}"),
                open_alerts == 0,
            )
        )
    )
