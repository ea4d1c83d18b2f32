"""/api/v1/auth and /api/v1/users."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from mindline import ratelimit
from mindline.accounts import service
from mindline.accounts.deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    AdminActor,
    Public,
    SignedIn,
    csrf_token_for,
)
from mindline.accounts.enums import Role
from mindline.accounts.errors import InvalidCredentials, UserNotFound
from mindline.accounts.models import User
from mindline.accounts.schemas import (
    CodeIn,
    LoginIn,
    LoginOut,
    MeRead,
    MfaSetupOut,
    PasswordResetIn,
    TokenCreate,
    TokenCreated,
    TokenRead,
    UserCreate,
    UserRead,
    UserUpdate,
)
from mindline.accounts.security import new_token
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.config import Settings
from mindline.core.errors import InvalidInput
from mindline.core.schemas import PathId
from mindline.db.deps import AppSettings, DbSession

auth_router = APIRouter(prefix="/auth", tags=["auth"])
users_router = APIRouter(prefix="/users", tags=["users"])


def set_login_cookies(response: Response, request: Request, settings: Settings, token: str) -> str:
    """Set the session cookie and a fresh CSRF cookie; return the CSRF token for forms."""
    secure = request.url.scheme == "https"
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, secure=secure, samesite="lax", path="/"
    )
    csrf_cookie = new_token()
    response.set_cookie(
        CSRF_COOKIE, csrf_cookie, httponly=True, secure=secure, samesite="lax", path="/"
    )
    return csrf_token_for(settings.secret_key.get_secret_value(), csrf_cookie)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def login_subject(email: str) -> str:
    """The account a sign-in attempt counts against: the address typed, known or not."""
    return "email:" + email.strip().lower()


@auth_router.post("/login", response_model=LoginOut, dependencies=[Public])
def login(
    body: LoginIn, request: Request, response: Response, session: DbSession, settings: AppSettings
) -> LoginOut:
    """Sign in with e-mail and password; sets the session cookie."""
    ratelimit.enforce(request, session, "login", account=login_subject(body.email))
    try:
        user = service.authenticate(
            session=session, settings=settings, email=body.email, password=body.password
        )
    except InvalidCredentials:
        audit_service.record(
            session,
            action="login_failed",
            ip=client_ip(request),
            outcome="denied",
            detail={"locked": service.is_locked(session=session, email=body.email)},
        )
        session.commit()
        raise
    new = service.start_session(
        session=session,
        settings=settings,
        user=user,
        mfa_verified=not user.mfa_enabled,
        user_agent=request.headers.get("user-agent", ""),
    )
    audit_service.record(
        session, action="login", actor_id=user.id, actor_role=user.role, ip=client_ip(request)
    )
    csrf = set_login_cookies(response, request, settings, new.token)
    return LoginOut(
        user_id=user.id,
        role=Role(user.role),
        mfa_required=user.mfa_enabled,
        mfa_setup_required=service.needs_mfa_setup(settings=settings, user=user),
        csrf_token=csrf,
    )


@auth_router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(actor: SignedIn, response: Response, session: DbSession) -> None:
    """End this session (server-side revocation)."""
    if actor.session_id:
        service.revoke_session(session=session, session_id=actor.session_id)
    audit_service.record_by(session, actor, "logout")
    response.delete_cookie(SESSION_COOKIE, path="/")


@auth_router.post("/logout-everywhere", status_code=status.HTTP_204_NO_CONTENT)
def logout_everywhere(actor: SignedIn, response: Response, session: DbSession) -> None:
    """Revoke every session of this account."""
    service.revoke_all_sessions(session=session, user_id=actor.user_id)
    audit_service.record_by(session, actor, "logout_everywhere")
    response.delete_cookie(SESSION_COOKIE, path="/")


@auth_router.get("/me", response_model=MeRead)
def me(actor: SignedIn, session: DbSession) -> MeRead:
    """The signed-in user (patients also get their patient id)."""
    user = service.get_or_raise(session=session, user_id=actor.user_id)
    return MeRead(**UserRead.model_validate(user).model_dump(), patient_id=actor.patient_id)


@auth_router.post("/mfa/verify", status_code=status.HTTP_204_NO_CONTENT)
def mfa_verify(body: CodeIn, request: Request, actor: SignedIn, session: DbSession) -> None:
    """Finish signing in with a TOTP code."""
    user = service.get_or_raise(session=session, user_id=actor.user_id)
    if not service.check_mfa(user=user, code=body.code):
        audit_service.record(
            session,
            action="mfa_failed",
            actor_id=user.id,
            actor_role=user.role,
            ip=client_ip(request),
            outcome="denied",
        )
        session.commit()
        raise InvalidInput("That code did not match.", fields={"code": "the newest 6-digit code"})
    if actor.session_id:
        service.mark_mfa_verified(session=session, session_id=actor.session_id)
    audit_service.record(session, action="mfa_verified", actor_id=user.id, actor_role=user.role)


@auth_router.post("/mfa/setup", response_model=MfaSetupOut)
def mfa_setup(actor: SignedIn, session: DbSession) -> MfaSetupOut:
    """Start TOTP enrolment: returns the secret and an otpauth:// URI for a QR code."""
    user = service.get_or_raise(session=session, user_id=actor.user_id)
    uri = service.begin_mfa_setup(session=session, user=user)
    return MfaSetupOut(otpauth_uri=uri, secret=user.totp_secret or "")


@auth_router.post("/mfa/enable", status_code=status.HTTP_204_NO_CONTENT)
def mfa_enable(body: CodeIn, actor: SignedIn, session: DbSession) -> None:
    """Confirm enrolment with a first code; this session counts as verified."""
    user = service.get_or_raise(session=session, user_id=actor.user_id)
    service.enable_mfa(session=session, user=user, code=body.code)
    if actor.session_id:
        service.mark_mfa_verified(session=session, session_id=actor.session_id)
    audit_service.record(session, action="mfa_enabled", actor_id=user.id, actor_role=user.role)


@auth_router.post("/password-reset", status_code=status.HTTP_204_NO_CONTENT, dependencies=[Public])
def password_reset(body: PasswordResetIn, session: DbSession) -> None:
    """Set a new password with a single-use reset token; all sessions are signed out."""
    user = service.consume_one_time_token(session=session, token=body.token, purpose="reset")
    service.set_password(session=session, user=user, password=body.password)
    audit_service.record(session, action="password_reset", actor_id=user.id, actor_role=user.role)


@auth_router.get("/tokens", response_model=list[TokenRead])
def list_tokens(actor: SignedIn, session: DbSession) -> list[TokenRead]:
    """Your API tokens (never their values)."""
    rows = service.list_api_tokens(session=session, user_id=actor.user_id)
    return [TokenRead.model_validate(r) for r in rows]


@auth_router.post("/tokens", response_model=TokenCreated, status_code=status.HTTP_201_CREATED)
def create_token(body: TokenCreate, actor: SignedIn, session: DbSession) -> TokenCreated:
    """Create an API token for an integration; its value is shown once."""
    user = service.get_or_raise(session=session, user_id=actor.user_id)
    token, row = service.create_api_token(session=session, user=user, name=body.name)
    audit_service.record(
        session,
        action="api_token_created",
        actor_id=user.id,
        actor_role=user.role,
        target_type="api_token",
        target_id=row.id,
    )
    return TokenCreated(**TokenRead.model_validate(row).model_dump(), token=token)


@auth_router.delete("/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_token(token_id: PathId, actor: SignedIn, session: DbSession) -> None:
    """Revoke one of your API tokens."""
    if not service.revoke_api_token(session=session, user_id=actor.user_id, token_id=token_id):
        raise UserNotFound()
    audit_service.record_by(
        session, actor, "api_token_revoked", target_type="api_token", target_id=token_id
    )


@users_router.get("", response_model=list[UserRead])
def list_users(actor: AdminActor, session: DbSession, role: Role | None = None) -> list[User]:
    """All accounts (administrators)."""
    return list(service.list_users(session=session, role=role.value if role else None))


@users_router.post("", response_model=UserRead, status_code=status.HTTP_201_CREATED)
def create_user(body: UserCreate, actor: AdminActor, session: DbSession) -> User:
    """Create a clinician, administrator or patient account (administrators)."""
    if body.role is Role.patient:
        patient = care_service.create(
            session=session,
            email=body.email,
            display_name=body.display_name,
            country=body.country,
            language=body.language,
            password=body.password,
        )
        user = service.get_or_raise(session=session, user_id=patient.user_id)
    else:
        user = service.create(
            session=session,
            email=body.email,
            display_name=body.display_name,
            role=body.role,
            password=body.password,
            is_lead=body.is_lead,
        )
    audit_service.record_by(
        session,
        actor,
        "user_created",
        target_type="user",
        target_id=user.id,
        detail={"role": user.role},
    )
    return user


@users_router.get("/{user_id}", response_model=UserRead)
def read_user(user_id: PathId, actor: AdminActor, session: DbSession) -> User:
    """One account (administrators)."""
    return service.get_or_raise(session=session, user_id=user_id)


@users_router.patch("/{user_id}", response_model=UserRead)
def update_user(user_id: PathId, body: UserUpdate, actor: AdminActor, session: DbSession) -> User:
    """Rename, deactivate or make a clinician a lead (administrators)."""
    user = service.get_or_raise(session=session, user_id=user_id)
    if body.display_name is not None:
        user.display_name = body.display_name
    if body.is_lead is not None:
        if body.is_lead and user.role != Role.clinician:
            raise InvalidInput(
                "Only clinicians can be leads.", fields={"is_lead": "clinicians only"}
            )
        user.is_lead = body.is_lead
    if body.is_active is not None:
        user.is_active = body.is_active
        if not body.is_active:
            service.revoke_all_sessions(session=session, user_id=user.id)
    audit_service.record_by(
        session,
        actor,
        "user_updated",
        target_type="user",
        target_id=user.id,
        detail={
            k: v for k, v in body.model_dump(exclude_unset=True).items() if k != "display_name"
        },
    )
    return user
