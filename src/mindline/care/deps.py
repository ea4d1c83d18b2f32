"""Load a patient from the path and authorise access in one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends
from sqlalchemy.orm import Session

from mindline import authz
from mindline.accounts.deps import CurrentActor
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.errors import PatientNotFound
from mindline.care.models import Patient
from mindline.core.schemas import PathId
from mindline.db.deps import DbSession

Check = Callable[[Session, authz.Actor, Patient], bool]


def patient_guard(policy: str, check: Check) -> Callable[..., Patient]:
    """A dependency returning the patient in the path if the check allows, else 404."""

    def guard(patient_id: PathId, actor: CurrentActor, session: DbSession) -> Patient:
        patient = care_service.get(session=session, patient_id=patient_id)
        if patient is None or not check(session, actor, patient):
            if patient is not None:
                audit_service.record(
                    session,
                    action="permission_denied",
                    actor_id=actor.user_id,
                    actor_role=actor.role.value,
                    target_type="patient",
                    target_id=patient_id,
                    outcome="denied",
                    detail={"policy": policy},
                )
                session.commit()
            raise PatientNotFound()
        return patient

    guard.__policy__ = "patient:" + policy  # type: ignore[attr-defined]
    return guard


PatientRecord = Annotated[Patient, Depends(patient_guard("record", authz.can_view_patient_record))]
PatientClinical = Annotated[Patient, Depends(patient_guard("clinical", authz.can_read_clinical))]
PatientSelf = Annotated[Patient, Depends(patient_guard("self", authz.is_patient_self))]
PatientNoteWriter = Annotated[
    Patient, Depends(patient_guard("note_write", authz.can_write_clinical_note))
]
PatientCareTeam = Annotated[Patient, Depends(patient_guard("care_team", authz.is_on_care_team))]
PatientTranscript = Annotated[
    Patient, Depends(patient_guard("companion_transcript", authz.can_read_companion_transcript))
]
