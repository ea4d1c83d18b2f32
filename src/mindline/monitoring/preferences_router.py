"""/api/v1/me/notification-settings: what reminders reach the signed-in patient, and when."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends

from mindline.accounts.deps import role_guard
from mindline.accounts.enums import Role
from mindline.authz import Actor
from mindline.core.errors import InvalidInput, NotFound
from mindline.db.deps import AppSettings, DbSession
from mindline.monitoring import preferences

router = APIRouter(prefix="/me/notification-settings", tags=["notices"])
PatientActor = Annotated[Actor, Depends(role_guard(Role.patient))]


def _patient_id(actor: Actor) -> int:
    if actor.patient_id is None:
        raise NotFound("No such patient.")
    return actor.patient_id


def _read(prefs: preferences.Prefs, settings: Any) -> dict[str, Any]:
    return {**vars(prefs), "email_available": bool(settings.smtp_host)}


@router.get("")
def get_settings(actor: PatientActor, session: DbSession, settings: AppSettings) -> dict[str, Any]:
    """Reminder kinds on or off, channels, the daily hour and quiet hours (local time)."""
    return _read(preferences.get(session=session, patient_id=_patient_id(actor)), settings)


@router.put("")
def put_settings(
    actor: PatientActor,
    session: DbSession,
    settings: AppSettings,
    body: Annotated[dict[str, Any], Body()],
) -> dict[str, Any]:
    """Change any settings (others keep their value); a bad field is named, nothing is saved."""
    patient_id = _patient_id(actor)
    known = set(preferences.Prefs.__dataclass_fields__)
    unknown = sorted(set(body) - known - {"email_available"})
    if unknown:
        allowed = ", ".join(sorted(known))
        raise InvalidInput(
            "Unknown settings.", fields={k: f"Not a setting; use {allowed}." for k in unknown}
        )
    current = vars(preferences.get(session=session, patient_id=patient_id))
    prefs = preferences.validate({**current, **body}, settings)
    preferences.save(session=session, actor=actor, patient_id=patient_id, prefs=prefs)
    return _read(prefs, settings)
