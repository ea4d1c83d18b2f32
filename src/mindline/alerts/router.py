"""/api/v1/alerts, /api/v1/patients/{id}/alerts and /api/v1/alert-routes."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Query, Response, status
from sqlalchemy.orm import Session

from mindline import authz
from mindline.alerts import routing, service
from mindline.alerts.channels import email as email_channel
from mindline.alerts.deps import (
    AlertClinician,
    CareTeamAlert,
    PatientAlertRaiser,
    PatientAlerts,
    RouteAdmin,
)
from mindline.alerts.enums import AlertKind, AlertStatus, Channel, Severity
from mindline.alerts.errors import RouteInvalid
from mindline.alerts.models import Alert
from mindline.alerts.schemas import (
    AlertDetail,
    AlertRead,
    AttemptRead,
    DeliveryRead,
    EventRead,
    EvidenceRead,
    InboxItemRead,
    ManualAlertIn,
    ResolveIn,
    RouteCreated,
    RouteIn,
    RouteRead,
)
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.core.schemas import PathId
from mindline.db.deps import AppSettings, DbSession

# Ten years: a longer span overflows date arithmetic.
MAX_MINUTES = 10 * 366 * 24 * 60

alerts_router = APIRouter(prefix="/alerts", tags=["alerts"])
patient_alerts_router = APIRouter(prefix="/patients", tags=["alerts"])
routes_router = APIRouter(prefix="/alert-routes", tags=["alerts"])


def _audit(session: Session, actor: authz.Actor, action: str, alert: Alert, **kw: object) -> None:
    audit_service.record(
        session,
        action=action,
        actor_id=actor.user_id,
        actor_role=actor.role.value,
        target_type="alert",
        target_id=alert.id,
        patient_id=alert.patient_id,
        detail=dict(kw),
    )


def _detail(session: Session, alert: Alert) -> AlertDetail:
    out = AlertDetail.model_validate(alert)
    out.evidence = [
        EvidenceRead.model_validate(e) for e in service.evidence(session=session, alert_id=alert.id)
    ]
    out.events = [
        EventRead.model_validate(e) for e in service.events(session=session, alert_id=alert.id)
    ]
    return out


@alerts_router.get("", response_model=list[AlertRead])
def list_alerts(
    actor: AlertClinician,
    session: DbSession,
    status_: AlertStatus | None = Query(None, alias="status"),
    severity: Severity | None = None,
    kind: AlertKind | None = None,
    patient_id: int | None = None,
    older_than_minutes: int | None = Query(None, ge=0, le=MAX_MINUTES),
    newer_than_minutes: int | None = Query(None, ge=0, le=MAX_MINUTES),
    limit: int = Query(100, ge=1, le=500),
) -> list[AlertRead]:
    """Alerts for the caller's caseload, most severe first, filtered."""
    ids = [p.id for p, _, _ in care_service.caseload(session=session, clinician_id=actor.user_id)]
    if patient_id is not None:
        ids = [i for i in ids if i == patient_id]
    alerts = service.list_alerts(
        session=session,
        patient_ids=ids,
        status=status_,
        severity=severity,
        kind=kind,
        older_than=timedelta(minutes=older_than_minutes) if older_than_minutes else None,
        newer_than=timedelta(minutes=newer_than_minutes) if newer_than_minutes else None,
        limit=limit,
    )
    return [AlertRead.model_validate(a) for a in alerts]


@alerts_router.get("/inbox", response_model=list[InboxItemRead])
def read_inbox(actor: AlertClinician, session: DbSession) -> list[InboxItemRead]:
    """The caller's in-app alert inbox, newest first."""
    return [
        InboxItemRead.model_validate(i)
        for i in service.inbox(session=session, user_id=actor.user_id)
    ]


@alerts_router.get("/{alert_id}", response_model=AlertDetail)
def read_alert(
    alert: CareTeamAlert, actor: AlertClinician, session: DbSession, settings: AppSettings
) -> AlertDetail:
    """One alert with its evidence (offsets, reasons) and history."""
    if settings.audit_read_events:
        _audit(session, actor, "alert_viewed", alert)
    return _detail(session, alert)


@alerts_router.post("/{alert_id}/acknowledge", response_model=AlertDetail)
def acknowledge(alert: CareTeamAlert, actor: AlertClinician, session: DbSession) -> AlertDetail:
    """Say you have seen it: escalation stops. A second acknowledgement answers 409."""
    service.acknowledge(session=session, alert=alert, user_id=actor.user_id)
    _audit(session, actor, "alert_acknowledged", alert)
    session.commit()  # see raise_manual_alert
    return _detail(session, alert)


@alerts_router.post("/{alert_id}/resolve", response_model=AlertDetail)
def resolve(
    body: ResolveIn, alert: CareTeamAlert, actor: AlertClinician, session: DbSession
) -> AlertDetail:
    """Close the alert with an outcome and an optional note (stored encrypted)."""
    service.resolve(
        session=session, alert=alert, user_id=actor.user_id, outcome=body.outcome, note=body.note
    )
    _audit(session, actor, "alert_resolved", alert, outcome=body.outcome.value)
    session.commit()  # see raise_manual_alert
    return _detail(session, alert)


@alerts_router.get("/{alert_id}/deliveries", response_model=list[DeliveryRead])
def read_deliveries(alert: CareTeamAlert, session: DbSession) -> list[DeliveryRead]:
    """Every delivery of the alert and every attempt to send it."""
    out = []
    for row, attempts in service.deliveries(session=session, alert_id=alert.id):
        item = DeliveryRead.model_validate(row)
        item.history = [AttemptRead.model_validate(a) for a in attempts]
        out.append(item)
    return out


@patient_alerts_router.get("/{patient_id}/alerts", response_model=list[AlertRead])
def patient_alerts(
    patient: PatientAlerts,
    session: DbSession,
    status_: AlertStatus | None = Query(None, alias="status"),
) -> list[AlertRead]:
    """A patient's alerts for their timeline (the care team)."""
    alerts = service.list_alerts(
        session=session, patient_ids=[patient.id], status=status_, limit=500
    )
    return [AlertRead.model_validate(a) for a in sorted(alerts, key=lambda a: -a.id)]


@patient_alerts_router.post(
    "/{patient_id}/alerts", response_model=AlertRead, status_code=status.HTTP_201_CREATED
)
def raise_manual_alert(
    body: ManualAlertIn,
    patient: PatientAlertRaiser,
    actor: AlertClinician,
    session: DbSession,
    settings: AppSettings,
) -> AlertRead:
    """A clinician raises an alert by hand; it is routed and escalated like any other."""
    alert = service.raise_alert(
        session=session,
        patient_id=patient.id,
        kind=AlertKind.manual,
        severity=body.severity,
        evidence=[],
        source_type="clinician",
        source_id=actor.user_id,
        dedupe_window=timedelta(0),
        settings=settings,
    )
    _audit(session, actor, "alert_raised", alert, severity=body.severity.value)
    # Commit here, in the thread that holds the write locks: the request's own teardown
    # needs a free threadpool thread, and under load they can all be waiting for these locks.
    session.commit()
    return AlertRead.model_validate(alert)


@routes_router.get("", response_model=list[RouteRead])
def list_routes(actor: RouteAdmin, session: DbSession) -> list[RouteRead]:
    """Escalation routes and on-call targets."""
    return [RouteRead.model_validate(r) for r in routing.list_routes(session)]


@routes_router.post("", response_model=RouteCreated, status_code=status.HTTP_201_CREATED)
def create_route(
    body: RouteIn, actor: RouteAdmin, session: DbSession, settings: AppSettings
) -> RouteCreated:
    """Add a route; e-mail routes need a reachable SMTP server. A webhook's secret shows once."""
    if body.channel is Channel.email and (problem := email_channel.check_reachable(settings)):
        raise RouteInvalid(
            "E-mail routes need a working SMTP server.", fields={"smtp_host": problem}
        )
    route = routing.create_route(
        session,
        name=body.name,
        scope=body.scope,
        channel=body.channel,
        target=body.target,
        severities=body.severities,
        secret=body.secret,
        enabled=body.enabled,
    )
    audit_service.record(
        session,
        action="alert_route_created",
        actor_id=actor.user_id,
        actor_role=actor.role.value,
        target_type="alert_route",
        target_id=route.id,
        detail={"scope": route.scope, "channel": route.channel},
    )
    out = RouteCreated.model_validate(route)
    out.secret = route.secret
    return out


@routes_router.delete("/{route_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_route(route_id: PathId, actor: RouteAdmin, session: DbSession) -> Response:
    """Remove a route (idempotent: removing a missing route also answers 204)."""
    if routing.delete_route(session, route_id=route_id):
        audit_service.record(
            session,
            action="alert_route_deleted",
            actor_id=actor.user_id,
            actor_role=actor.role.value,
            target_type="alert_route",
            target_id=route_id,
        )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
