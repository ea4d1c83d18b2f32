"""Administrator pages: accounts, care teams, invitations, alert routes, crisis lines, audit log.

Administrators manage people and configuration; nothing here shows clinical free text.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from mindline.accounts import service as accounts_service
from mindline.accounts.deps import AdminActor
from mindline.accounts.enums import Role
from mindline.alerts import routing
from mindline.alerts.channels import email as email_channel
from mindline.alerts.enums import Channel
from mindline.alerts.schemas import RouteIn
from mindline.audit import service as audit_service
from mindline.authz import Actor
from mindline.care import service as care_service
from mindline.care.enums import TeamRole
from mindline.core import clock
from mindline.core.errors import MindlineError
from mindline.db.deps import AppSettings, DbSession
from mindline.web.pages import render

router = APIRouter(prefix="/admin", include_in_schema=False)


def _audit(session: Any, actor: Actor, action: str, **kw: Any) -> None:
    audit_service.record(
        session, action=action, actor_id=actor.user_id, actor_role=actor.role.value, **kw
    )


def _field_errors(exc: ValidationError) -> dict[str, str]:
    return {str(e["loc"][0]) if e["loc"] else "form": str(e["msg"]) for e in exc.errors()}


@router.get("")
def admin_home(actor: AdminActor) -> Response:
    return RedirectResponse("/admin/users", status_code=303)


# --- accounts -----------------------------------------------------------------------------


def _users_page(request: Request, session: Any, **extra: Any) -> Response:
    context = {"users": accounts_service.list_users(session=session), "form": {}, **extra}
    status = 422 if extra.get("field_errors") or extra.get("form_error") else 200
    return render(request, "admin/users.html", context, status_code=status)


@router.get("/users")
def users_page(request: Request, actor: AdminActor, session: DbSession) -> Response:
    return _users_page(request, session)


@router.post("/users")
def create_user(
    request: Request,
    actor: AdminActor,
    session: DbSession,
    settings: AppSettings,
    email: str = Form(""),
    display_name: str = Form(""),
    role: str = Form(""),
    is_lead: bool = Form(False),
    country: str = Form("GB"),
) -> Response:
    """Create an account without a password and show the one-time link that sets it."""
    form = {"email": email, "display_name": display_name, "role": role, "country": country}
    errors: dict[str, str] = {}
    if role not in {r.value for r in Role}:
        errors["role"] = "choose patient, clinician or administrator"
    if not display_name.strip():
        errors["display_name"] = "enter the name people will see"
    if "@" not in email:
        errors["email"] = "enter an e-mail address like name@example.org"
    if errors:
        return _users_page(request, session, form=form, field_errors=errors)
    try:
        if role == Role.patient:
            admin = accounts_service.get_or_raise(session=session, user_id=actor.user_id)
            invitation = care_service.invite(
                session=session,
                inviter=admin,
                email=email,
                display_name=display_name,
                country=country,
                language="en",
                valid_for=timedelta(days=settings.invitation_days),
            )
            user_id = invitation.patient.user_id
            link = f"{settings.base_url.rstrip('/')}/invite/{invitation.token}"
        else:
            user = accounts_service.create(
                session=session,
                email=email,
                display_name=display_name,
                role=Role(role),
                is_lead=is_lead,
            )
            user_id = user.id
            token = accounts_service.issue_one_time_token(
                session=session,
                user=user,
                purpose="reset",
                valid_for=timedelta(days=settings.invitation_days),
                created_by_id=actor.user_id,
            )
            link = f"{settings.base_url.rstrip('/')}/reset/{token}"
    except MindlineError as exc:
        session.rollback()
        return _users_page(
            request, session, form=form, field_errors=exc.fields, form_error=exc.message
        )
    _audit(
        session, actor, "user_created", target_type="user", target_id=user_id, detail={"role": role}
    )
    return _users_page(
        request,
        session,
        created={"email": email.strip().lower(), "link": link, "days": settings.invitation_days},
    )


# --- care teams ---------------------------------------------------------------------------


def _patients_page(request: Request, session: Any, **extra: Any) -> Response:
    clinicians = accounts_service.list_users(session=session, role=Role.clinician.value)
    names = {c.id: c.display_name for c in clinicians}
    rows = []
    for patient, user in care_service.list_all(session=session):
        team = care_service.team(session=session, patient_id=patient.id)
        rows.append(
            {
                "patient": patient,
                "user": user,
                "team": [
                    (names.get(m.clinician_id, f"#{m.clinician_id}"), m.team_role) for m in team
                ],
            }
        )
    status = 422 if extra.get("form_error") else 200
    return render(
        request,
        "admin/patients.html",
        {"rows": rows, "clinicians": clinicians, **extra},
        status_code=status,
    )


@router.get("/patients")
def patients_page(request: Request, actor: AdminActor, session: DbSession) -> Response:
    return _patients_page(request, session)


@router.post("/patients/{patient_id}/team")
def assign_clinician(
    request: Request,
    patient_id: int,
    actor: AdminActor,
    session: DbSession,
    clinician_id: int = Form(0),
    team_role: str = Form("backup"),
) -> Response:
    patient = care_service.get_or_raise(session=session, patient_id=patient_id)
    try:
        care_service.set_team_member(
            session=session,
            patient=patient,
            clinician_id=clinician_id,
            team_role=TeamRole(team_role),
        )
    except (MindlineError, ValueError) as exc:
        session.rollback()
        message = exc.message if isinstance(exc, MindlineError) else "choose primary or backup"
        return _patients_page(request, session, form_error=message, error_patient=patient_id)
    _audit(
        session,
        actor,
        "care_team_changed",
        target_type="patient",
        target_id=patient.id,
        patient_id=patient.id,
        detail={"clinician_id": clinician_id, "team_role": team_role},
    )
    return RedirectResponse(f"/admin/patients#patient-{patient_id}", status_code=303)


# --- alert routes -------------------------------------------------------------------------


def _routes_page(request: Request, session: Any, **extra: Any) -> Response:
    status = 422 if extra.get("field_errors") else 200
    return render(
        request,
        "admin/routes.html",
        {"routes": routing.list_routes(session), "form": {}, **extra},
        status_code=status,
    )


@router.get("/routes")
def routes_page(request: Request, actor: AdminActor, session: DbSession) -> Response:
    return _routes_page(request, session)


@router.post("/routes")
async def create_route(
    request: Request, actor: AdminActor, session: DbSession, settings: AppSettings
) -> Response:
    form = await request.form()
    values = {
        "name": str(form.get("name", "")),
        "scope": str(form.get("scope", "")),
        "channel": str(form.get("channel", "")),
        "target": str(form.get("target", "")),
        "severities": [str(s) for s in form.getlist("severities")],
    }
    try:
        body = RouteIn.model_validate(values)
    except ValidationError as exc:
        return _routes_page(request, session, form=values, field_errors=_field_errors(exc))
    if body.channel is Channel.email and (problem := email_channel.check_reachable(settings)):
        return _routes_page(
            request, session, form=values, field_errors={"channel": f"SMTP server: {problem}"}
        )
    route = routing.create_route(
        session,
        name=body.name,
        scope=body.scope,
        channel=body.channel,
        target=body.target,
        severities=body.severities,
        secret=None,
    )
    _audit(
        session,
        actor,
        "alert_route_created",
        target_type="alert_route",
        target_id=route.id,
        detail={"scope": route.scope, "channel": route.channel},
    )
    return _routes_page(request, session, created=route)


@router.post("/routes/{route_id}/delete")
def delete_route(route_id: int, actor: AdminActor, session: DbSession) -> Response:
    if routing.delete_route(session, route_id=route_id):
        _audit(session, actor, "alert_route_deleted", target_type="alert_route", target_id=route_id)
    return RedirectResponse("/admin/routes", status_code=303)


# --- language model --------------------------------------------------------------------------


def _llm_page(request: Request, settings: Any, result: Any = None) -> Response:
    from mindline.companion.llm.factory import config_from
    from mindline.companion.llm.network import inside_network, trusted_hosts

    config = config_from(settings)
    inside = bool(config) and inside_network(
        settings.llm_base_url, trusted_hosts(settings.llm_trusted_hosts)
    )
    return render(
        request,
        "admin/llm.html",
        {"settings": settings, "configured": bool(config), "inside": inside, "result": result},
    )


@router.get("/llm")
def llm_page(request: Request, actor: AdminActor, settings: AppSettings) -> Response:
    """Language-model settings (read from the environment) and a test-connection button."""
    return _llm_page(request, settings)


@router.post("/llm/test")
def llm_test(request: Request, actor: AdminActor, settings: AppSettings) -> Response:
    """Send a tiny fixed prompt (no patient data) and show ok, latency or the error."""
    from mindline.companion.llm.factory import check_connection

    return _llm_page(request, settings, check_connection(settings))


# --- audit (crisis lines are in crisis_admin_pages.py) ---------------------------------------


@router.get("/audit")
def audit_page(
    request: Request,
    actor: AdminActor,
    session: DbSession,
    action: str = "",
    actor_id: str = "",
    patient_id: str = "",
    since: str = "",
    before_seq: int | None = None,
) -> Response:
    """The audit log, newest first, with filters and paging."""
    errors: dict[str, str] = {}

    def _int(name: str, value: str) -> int | None:
        if not value.strip():
            return None
        if value.strip().isdigit():
            return int(value)
        errors[name] = "a number"
        return None

    since_at: datetime | None = None
    if since.strip():
        try:
            since_at = datetime.combine(
                date.fromisoformat(since.strip()), datetime.min.time(), tzinfo=clock.now().tzinfo
            )
        except ValueError:
            errors["since"] = "a date like 2026-11-25"
    actor_filter = _int("actor_id", actor_id)
    patient_filter = _int("patient_id", patient_id)
    events = (
        []
        if errors
        else audit_service.list_events(
            session=session,
            action=action.strip() or None,
            actor_id=actor_filter,
            patient_id=patient_filter,
            since=since_at,
            before_seq=before_seq,
            limit=50,
        )
    )
    _audit(session, actor, "audit_log_viewed")
    return render(
        request,
        "admin/audit.html",
        {
            "events": events,
            "field_errors": errors,
            "form": {
                "action": action,
                "actor_id": actor_id,
                "patient_id": patient_id,
                "since": since,
            },
            "next_before": events[-1].seq if len(events) == 50 else None,
        },
        status_code=422 if errors else 200,
    )
