"""Load an alert from the path and authorise it through its patient, in one step."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from mindline import authz
from mindline.accounts.deps import CurrentActor
from mindline.alerts import service
from mindline.alerts.errors import AlertNotFound
from mindline.alerts.models import Alert
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.deps import patient_guard
from mindline.care.models import Patient
from mindline.core.errors import Forbidden
from mindline.core.schemas import PathId
from mindline.db.deps import DbSession


def alert_guard(alert_id: PathId, actor: CurrentActor, session: DbSession) -> Alert:
    """The alert in the path if the caller is on its patient's care team, else 404."""
    alert = service.get(session=session, alert_id=alert_id)
    patient = care_service.get(session=session, patient_id=alert.patient_id) if alert else None
    if alert is None or patient is None or not authz.can_act_on_alert(session, actor, patient):
        if alert is not None:
            audit_service.record(
                session,
                action="permission_denied",
                actor_id=actor.user_id,
                actor_role=actor.role.value,
                target_type="alert",
                target_id=alert_id,
                outcome="denied",
                detail={"policy": "alert:care_team"},
            )
            session.commit()
        raise AlertNotFound()
    return alert


alert_guard.__policy__ = "alert:care_team"  # type: ignore[attr-defined]


def inbox_guard(actor: CurrentActor) -> authz.Actor:
    if not authz.can_use_alert_inbox(actor):
        raise Forbidden("Only clinicians have an alert inbox.")
    return actor


inbox_guard.__policy__ = "alerts:inbox"  # type: ignore[attr-defined]


def routes_guard(actor: CurrentActor) -> authz.Actor:
    if not authz.can_manage_alert_routes(actor):
        raise Forbidden("Only administrators manage alert routes.")
    return actor


routes_guard.__policy__ = "alerts:routes"  # type: ignore[attr-defined]


CareTeamAlert = Annotated[Alert, Depends(alert_guard)]
PatientAlerts = Annotated[Patient, Depends(patient_guard("alerts", authz.can_view_alerts))]
PatientAlertRaiser = Annotated[
    Patient, Depends(patient_guard("alert_raise", authz.can_act_on_alert))
]
AlertClinician = Annotated[authz.Actor, Depends(inbox_guard)]
RouteAdmin = Annotated[authz.Actor, Depends(routes_guard)]
