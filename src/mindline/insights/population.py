"""Who a service report is about: patients filtered by service tag and clinician."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.accounts.enums import Role
from mindline.accounts.models import User
from mindline.care.models import CareTeamMember, Patient
from mindline.core.errors import InvalidInput


def services(session: Session) -> set[str]:
    """Every service tag in use (Patient.tags is a comma-separated list)."""
    found: set[str] = set()
    for tags in session.scalars(select(Patient.tags).where(Patient.deleted_at.is_(None))):
        found.update(t.strip() for t in (tags or "").split(",") if t.strip())
    return found


def patient_ids(
    session: Session, *, service: str | None = None, clinician_id: int | None = None
) -> list[int]:
    """Patients in the report; unknown services or clinicians are an error, not an empty set."""
    stmt = select(Patient.id, Patient.tags).where(Patient.deleted_at.is_(None))
    if clinician_id is not None:
        user = session.get(User, clinician_id)
        if user is None or user.role != Role.clinician:
            raise InvalidInput(
                f"no clinician with id {clinician_id}", fields={"clinician_id": "unknown"}
            )
        stmt = stmt.join(CareTeamMember, CareTeamMember.patient_id == Patient.id).where(
            CareTeamMember.clinician_id == clinician_id
        )
    if service is not None:
        known = services(session)
        if service not in known:
            raise InvalidInput(
                f"unknown service {service!r}",
                fields={"service": "known: " + (", ".join(sorted(known)) or "none tagged yet")},
            )
    ids = []
    for pid, tags in session.execute(stmt.order_by(Patient.id)):
        if service is None or service in {t.strip() for t in (tags or "").split(",")}:
            ids.append(pid)
    return ids
