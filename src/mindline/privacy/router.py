"""/api/v1/patients/{id}/export and /erasure: a patient's own privacy rights."""

from __future__ import annotations

import json
from enum import StrEnum

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from mindline.accounts.deps import SESSION_COOKIE, CurrentActor
from mindline.audit import service as audit_service
from mindline.care.deps import PatientSelf
from mindline.db.deps import AppSettings, DbSession
from mindline.privacy import erasure, export

privacy_router = APIRouter(prefix="/patients", tags=["privacy"])


class ExportFormat(StrEnum):
    json = "json"
    fhir = "fhir"


class ErasureIn(BaseModel):
    password: str = Field(description="the patient's current password, re-entered")


class ErasureRead(BaseModel):
    patient_id: int
    erased: bool
    archived: bool
    open_alerts_kept: int


def export_response(
    session: DbSession, settings: AppSettings, patient_id: int, fmt: ExportFormat
) -> Response:
    """The download itself; the JSON and the page share it."""
    if fmt is ExportFormat.fhir:
        data = export.export_fhir(session, patient_id, base_url=settings.base_url)
        problems = export.check_fhir(data)
        if problems:
            raise RuntimeError("exported FHIR Bundle is not valid: " + "; ".join(problems[:3]))
        name, media = "mindline-my-data.fhir.json", "application/fhir+json"
    else:
        data = export.export_json(session, patient_id)
        name, media = "mindline-my-data.json", "application/json"
    return Response(
        json.dumps(data, default=str, indent=2),
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store",
        },
    )


@privacy_router.get("/{patient_id}/export", response_class=Response)
def export_my_data(
    patient: PatientSelf,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
    format: ExportFormat = ExportFormat.json,
) -> Response:
    """Everything Mindline holds about you, as JSON or a FHIR R4 Bundle (only you)."""
    response = export_response(session, settings, patient.id, format)
    audit_service.record_by(
        session, actor, "patient_export", patient_id=patient.id, detail={"format": format.value}
    )
    return response


@privacy_router.post("/{patient_id}/erasure", response_model=ErasureRead)
def erase_my_account(
    body: ErasureIn,
    response: Response,
    patient: PatientSelf,
    actor: CurrentActor,
    session: DbSession,
) -> ErasureRead:
    """Erase your account: sign-in ends, what you wrote and your personal details are removed."""
    erasure.check_password(session=session, patient=patient, password=body.password)
    done = erasure.erase(
        session=session, patient_id=patient.id, actor_id=actor.user_id, actor_role="patient"
    )
    response.delete_cookie(SESSION_COOKIE, path="/")
    return ErasureRead(
        patient_id=done.patient_id,
        erased=True,
        archived=done.archived,
        open_alerts_kept=done.counts["open_alerts_kept"],
    )
