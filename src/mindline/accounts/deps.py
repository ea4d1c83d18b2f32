"""Who is calling: cookie sessions and API tokens, CSRF, MFA gating, and route guards.

Every guard carries a ``__policy__`` label; the authorization matrix test walks all routes
and fails for any route that has none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request

from mindline.accounts import security
from mindline.accounts import service as accounts_service
from mindline.accounts.enums import Role
from mindline.authz import Actor
from mindline.care import service as care_service
from mindline.core.errors import Forbidden, NotAuthenticated
from mindline.db.deps import AppSettings, DbSession

SESSION_COOKIE = "mindline_session"
CSRF_COOKIE = "mindline_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
MFA_PATHS = ("/api/v1/auth/mfa", "/login/mfa", "/account/mfa", "/logout", "/api/v1/auth/logout")


def csrf_token_for(secret: str, cookie_value: str) -> str:
    return security.sign(secret, "csrf:" + cookie_value)


async def check_csrf(request: Request, settings: AppSettings) -> None:
    """Unsafe requests authenticated by cookie must echo the CSRF token (header or form)."""
    if request.method in SAFE_METHODS:
        return
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD, "")
        sent = value if isinstance(value, str) else ""
    expected = csrf_token_for(settings.secret_key.get_secret_value(), cookie) if cookie else ""
    if not expected or not sent or not security.same(sent, expected):
        raise Forbidden(
            "The form expired or came from another site. Reload the page and try again."
        )


def _actor_from_request(
    request: Request, session: DbSession, settings: AppSettings
) -> Actor | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        found = accounts_service.resolve_api_token(session=session, token=auth[7:].strip())
        if found is None:
            raise NotAuthenticated("The API token is not valid or was revoked.")
        _, user = found
        patient = care_service.get_by_user(session=session, user_id=user.id)
        _keep_loaded(request, user, patient)
        return Actor(
            user_id=user.id,
            role=Role(user.role),
            is_lead=user.is_lead,
            patient_id=patient.id if patient else None,
            session_id=None,
            via_token=True,
        )
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    resolved = accounts_service.resolve_session(session=session, settings=settings, token=token)
    if resolved is None:
        return None
    row, user = resolved
    path = request.url.path
    if user.mfa_enabled and not row.mfa_verified and not path.startswith(MFA_PATHS):
        raise NotAuthenticated("Enter the code from your authenticator app to finish signing in.")
    if accounts_service.needs_mfa_setup(settings=settings, user=user) and not path.startswith(
        MFA_PATHS
    ):
        raise Forbidden("Set up multi-factor authentication before continuing.")
    patient = care_service.get_by_user(session=session, user_id=user.id)
    _keep_loaded(request, row, user, patient)
    return Actor(
        user_id=user.id,
        role=Role(user.role),
        is_lead=user.is_lead,
        patient_id=patient.id if patient else None,
        session_id=row.id,
    )


def _keep_loaded(request: Request, *rows: object) -> None:
    """Hold the caller's rows for the request. The session's identity map holds rows weakly:
    once the Actor (ids only) is built they would be collected, and the handler's
    `session.get(Patient, id)` or `session.get(User, id)` would SELECT them again."""
    request.state.actor_rows = rows


def optional_actor(request: Request, session: DbSession, settings: AppSettings) -> Actor | None:
    """The caller, or None when not signed in."""
    if hasattr(request.state, "actor"):
        cached: Actor | None = request.state.actor
        return cached
    actor = _actor_from_request(request, session, settings)
    request.state.actor = actor
    return actor


OptionalActor = Annotated[Actor | None, Depends(optional_actor)]


async def current_actor(request: Request, actor: OptionalActor, settings: AppSettings) -> Actor:
    """The signed-in caller; cookie callers pass the CSRF check on unsafe methods."""
    if actor is None:
        raise NotAuthenticated("Sign in to continue.")
    if not actor.via_token:
        await check_csrf(request, settings)
    return actor


CurrentActor = Annotated[Actor, Depends(current_actor)]


def _labelled(policy: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    fn.__policy__ = policy  # type: ignore[attr-defined]
    return fn


def public() -> None:
    """Guard for routes anyone may call (health, login, crisis resources)."""


public.__policy__ = "public"  # type: ignore[attr-defined]


def signed_in(actor: CurrentActor) -> Actor:
    return actor


signed_in.__policy__ = "signed_in"  # type: ignore[attr-defined]


def role_guard(*roles: Role) -> Callable[..., Actor]:
    """A guard that admits only the given roles."""

    def guard(actor: CurrentActor) -> Actor:
        if actor.role not in roles:
            raise Forbidden("Your role does not allow this.")
        return actor

    return _labelled("role:" + ",".join(sorted(r.value for r in roles)), guard)


Public = Depends(public)
SignedIn = Annotated[Actor, Depends(signed_in)]
AdminActor = Annotated[Actor, Depends(role_guard(Role.admin))]
StaffActor = Annotated[Actor, Depends(role_guard(Role.clinician, Role.admin))]
ClinicianActor = Annotated[Actor, Depends(role_guard(Role.clinician))]
