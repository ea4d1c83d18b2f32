"""Server-rendered pages: sign-in, home per role, invitations, password reset, crisis."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from mindline import ratelimit
from mindline.accounts import security
from mindline.accounts import service as accounts_service
from mindline.accounts.deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    OptionalActor,
    Public,
    SignedIn,
    check_csrf,
    csrf_token_for,
)
from mindline.accounts.enums import Role
from mindline.accounts.errors import InvalidCredentials, TokenInvalid
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.core.errors import InvalidInput, Locked, MindlineError
from mindline.db.deps import AppSettings, DbSession
from mindline.web import i18n

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.add_extension("jinja2.ext.i18n")
templates.env.install_null_translations()  # type: ignore[attr-defined]  # render() passes the real ones
router = APIRouter(include_in_schema=False)


def _csrf_for(request: Request, response_cookie: dict[str, str]) -> str:
    settings = request.app.state.settings
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie:
        cookie = security.new_token()
        response_cookie["value"] = cookie
    return csrf_token_for(settings.secret_key.get_secret_value(), cookie)


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """Render a page with a CSRF token (setting the CSRF cookie on first visit)."""
    new_cookie: dict[str, str] = {}
    ctx = {
        "request": request,
        "csrf_token": _csrf_for(request, new_cookie),
        **i18n.context_for(request, context or {}),
        **(context or {}),
    }
    ctx.setdefault("actor", getattr(request.state, "actor", None))
    response = templates.TemplateResponse(request, template, ctx, status_code=status_code)
    if new_cookie:
        response.set_cookie(
            CSRF_COOKIE,
            new_cookie["value"],
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/",
        )
    return response


def error_page(request: Request, exc: MindlineError) -> Response:
    if exc.status_code == 401:
        return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
    return render(request, "error.html", {"error": exc}, status_code=exc.status_code)


def _safe_next(target: str | None) -> str:
    # Only local paths, so the login form cannot be used as an open redirect.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return "/"


@router.get("/", dependencies=[Public])
def index(actor: OptionalActor) -> Response:
    return RedirectResponse("/home" if actor else "/login", status_code=303)


@router.get("/login", dependencies=[Public])
def login_page(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "email": ""})


@router.post("/login", dependencies=[Public])
async def login_submit(
    request: Request,
    session: DbSession,
    settings: AppSettings,
    email: str = Form(""),
    password: str = Form(""),
    next: str = Form("/"),
) -> Response:
    await check_csrf(request, settings)
    from mindline.accounts.router import login_subject

    try:
        ratelimit.enforce(request, session, "login", account=login_subject(email))
    except ratelimit.TooManyRequests as exc:
        page = render(
            request,
            "login.html",
            {"next": _safe_next(next), "email": email, "form_error": exc.message},
            status_code=429,
        )
        page.headers["Retry-After"] = str(exc.retry_after)
        return page
    try:
        user = accounts_service.authenticate(
            session=session, settings=settings, email=email, password=password
        )
    except (InvalidCredentials, Locked) as exc:
        audit_service.record(
            session,
            action="login_failed",
            outcome="denied",
            ip=request.client.host if request.client else "",
        )
        session.commit()
        return render(
            request,
            "login.html",
            {"next": _safe_next(next), "email": email, "form_error": exc.message},
            status_code=429 if isinstance(exc, Locked) else 400,
        )
    new = accounts_service.start_session(
        session=session,
        settings=settings,
        user=user,
        mfa_verified=not user.mfa_enabled,
        user_agent=request.headers.get("user-agent", ""),
    )
    audit_service.record(session, action="login", actor_id=user.id, actor_role=user.role)
    if user.mfa_enabled:
        target = f"/login/mfa?next={quote(_safe_next(next))}"
    elif accounts_service.needs_mfa_setup(settings=settings, user=user):
        target = "/account/mfa"
    else:
        target = _safe_next(next)
    response = RedirectResponse(target, status_code=303)
    from mindline.accounts.router import set_login_cookies

    set_login_cookies(response, request, settings, new.token)
    return response


@router.get("/login/mfa")
def mfa_page(request: Request, actor: SignedIn, next: str | None = None) -> Response:
    return render(request, "mfa.html", {"next": _safe_next(next)})


@router.post("/login/mfa")
def mfa_submit(
    request: Request,
    actor: SignedIn,
    session: DbSession,
    code: str = Form(""),
    next: str = Form("/"),
) -> Response:
    user = accounts_service.get_or_raise(session=session, user_id=actor.user_id)
    if not accounts_service.check_mfa(user=user, code=code):
        audit_service.record(
            session, action="mfa_failed", actor_id=user.id, actor_role=user.role, outcome="denied"
        )
        return render(
            request,
            "mfa.html",
            {
                "next": _safe_next(next),
                "form_error": "That code did not match. Try the newest code.",
            },
            400,
        )
    if actor.session_id:
        accounts_service.mark_mfa_verified(session=session, session_id=actor.session_id)
    audit_service.record(session, action="mfa_verified", actor_id=user.id, actor_role=user.role)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.get("/account/mfa")
def mfa_setup_page(request: Request, actor: SignedIn, session: DbSession) -> Response:
    user = accounts_service.get_or_raise(session=session, user_id=actor.user_id)
    if user.mfa_enabled:
        return render(request, "mfa_setup.html", {"enabled": True})
    uri = accounts_service.begin_mfa_setup(session=session, user=user)
    return render(
        request, "mfa_setup.html", {"enabled": False, "uri": uri, "secret": user.totp_secret}
    )


@router.post("/account/mfa")
def mfa_setup_submit(
    request: Request, actor: SignedIn, session: DbSession, code: str = Form("")
) -> Response:
    user = accounts_service.get_or_raise(session=session, user_id=actor.user_id)
    try:
        accounts_service.enable_mfa(session=session, user=user, code=code)
    except InvalidInput as exc:
        return render(
            request,
            "mfa_setup.html",
            {"enabled": False, "secret": user.totp_secret, "uri": "", "form_error": exc.message},
            400,
        )
    if actor.session_id:
        accounts_service.mark_mfa_verified(session=session, session_id=actor.session_id)
    audit_service.record(session, action="mfa_enabled", actor_id=user.id, actor_role=user.role)
    return RedirectResponse("/home", status_code=303)


@router.post("/logout")
def logout(actor: SignedIn, session: DbSession) -> Response:
    if actor.session_id:
        accounts_service.revoke_session(session=session, session_id=actor.session_id)
    audit_service.record(session, action="logout", actor_id=actor.user_id, actor_role=actor.role)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/home")
def home(request: Request, actor: SignedIn, session: DbSession) -> Response:
    # Patients and clinicians get their own pages' home (imported here: they import render).
    from mindline.web import clinician_pages, patient_pages

    user = accounts_service.get_or_raise(session=session, user_id=actor.user_id)
    if actor.role is Role.patient and actor.patient_id is not None:
        patient = care_service.get_or_raise(session=session, patient_id=actor.patient_id)
        return patient_pages.home_page(request, session, patient)
    if actor.role is Role.clinician:
        return clinician_pages.caseload_page(request, session, actor, request.query_params)
    users = accounts_service.list_users(session=session)
    return render(request, "home_admin.html", {"user": user, "users": users})


@router.get("/invite/{token}", dependencies=[Public])
def invite_page(request: Request, token: str, session: DbSession) -> Response:
    user = accounts_service.peek_one_time_token(session=session, token=token, purpose="invite")
    return render(request, "invite.html", {"token": token, "name": user.display_name})


@router.post("/invite/{token}", dependencies=[Public])
async def invite_submit(
    request: Request,
    token: str,
    session: DbSession,
    settings: AppSettings,
    password: str = Form(""),
    consent_companion: bool = Form(False),
    consent_share_with_care_team: bool = Form(False),
    consent_research: bool = Form(False),
) -> Response:
    await check_csrf(request, settings)
    user = accounts_service.peek_one_time_token(session=session, token=token, purpose="invite")
    try:
        patient = care_service.accept_invitation(
            session=session,
            token=token,
            password=password,
            consents={
                ConsentKind.companion: consent_companion,
                ConsentKind.share_with_care_team: consent_share_with_care_team,
                ConsentKind.research: consent_research,
            },
        )
    except InvalidInput as exc:
        session.rollback()
        return render(
            request,
            "invite.html",
            {
                "token": token,
                "name": user.display_name,
                "field_errors": exc.fields,
                "form_error": exc.message,
            },
            422,
        )
    audit_service.record(
        session,
        action="invitation_accepted",
        actor_id=patient.user_id,
        actor_role="patient",
        patient_id=patient.id,
    )
    return RedirectResponse("/login?next=/home", status_code=303)


@router.get("/reset/{token}", dependencies=[Public])
def reset_page(request: Request, token: str, session: DbSession) -> Response:
    accounts_service.peek_one_time_token(session=session, token=token, purpose="reset")
    return render(request, "reset.html", {"token": token})


@router.post("/reset/{token}", dependencies=[Public])
async def reset_submit(
    request: Request,
    token: str,
    session: DbSession,
    settings: AppSettings,
    password: str = Form(""),
) -> Response:
    await check_csrf(request, settings)
    try:
        user = accounts_service.consume_one_time_token(
            session=session, token=token, purpose="reset"
        )
        accounts_service.set_password(session=session, user=user, password=password)
    except InvalidInput as exc:
        session.rollback()
        return render(
            request,
            "reset.html",
            {"token": token, "field_errors": exc.fields, "form_error": exc.message},
            422,
        )
    except TokenInvalid:
        raise
    audit_service.record(session, action="password_reset", actor_id=user.id, actor_role=user.role)
    return RedirectResponse("/login", status_code=303)


@router.get("/crisis", dependencies=[Public])
def crisis(
    request: Request, actor: OptionalActor, session: DbSession, country: str | None = None
) -> Response:
    """Crisis lines and the emergency number, for anyone, signed in or not."""
    from mindline.companion.crisis_lines import for_country

    if country is None and actor is not None and actor.patient_id is not None:
        patient = care_service.get(session=session, patient_id=actor.patient_id)
        country = patient.country if patient else None
    resources = for_country(country)
    return render(
        request, "crisis.html", {"resources": resources, "country": (country or "").upper()}
    )
