"""Account logic. Services flush; the caller commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindline.accounts import security
from mindline.accounts.enums import Role
from mindline.accounts.errors import EmailTaken, InvalidCredentials, TokenInvalid, UserNotFound
from mindline.accounts.models import ApiToken, LoginThrottle, OneTimeToken, User, UserSession
from mindline.config import Settings
from mindline.core import clock
from mindline.core.errors import InvalidInput, Locked


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get(*, session: Session, user_id: int) -> User | None:
    """Return a user by id, archived users excluded."""
    user = session.get(User, user_id)
    return None if user is None or user.is_deleted else user


def get_or_raise(*, session: Session, user_id: int) -> User:
    if user := get(session=session, user_id=user_id):
        return user
    raise UserNotFound()


def get_by_email(*, session: Session, email: str) -> User | None:
    return session.scalar(
        select(User).where(User.email == normalise_email(email), User.deleted_at.is_(None))
    )


def list_users(*, session: Session, role: str | None = None) -> Sequence[User]:
    query = select(User).where(User.deleted_at.is_(None)).order_by(User.id)
    if role:
        query = query.where(User.role == role)
    return session.scalars(query).all()


def create(
    *,
    session: Session,
    email: str,
    display_name: str,
    role: Role,
    password: str | None = None,
    is_lead: bool = False,
) -> User:
    """Create a user; without a password the account waits for an invitation to be accepted."""
    email = normalise_email(email)
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise EmailTaken(email)
    if password is not None and (problem := security.password_problem(password)):
        raise InvalidInput("The password is too weak.", fields={"password": problem})
    user = User(
        email=email,
        display_name=display_name.strip(),
        role=role.value,
        is_lead=is_lead and role is Role.clinician,
        password_hash=security.hash_password(password) if password else None,
    )
    session.add(user)
    session.flush()
    return user


def set_password(*, session: Session, user: User, password: str) -> None:
    if problem := security.password_problem(password):
        raise InvalidInput("The password is too weak.", fields={"password": problem})
    user.password_hash = security.hash_password(password)
    revoke_all_sessions(session=session, user_id=user.id)
    session.flush()


# --- login, lockout -------------------------------------------------------------------


def _throttle(session: Session, email: str) -> LoginThrottle:
    row = session.get(LoginThrottle, email)
    if row is None:
        row = LoginThrottle(email=email, failures=0, lockouts=0)
        session.add(row)
    return row


def authenticate(*, session: Session, settings: Settings, email: str, password: str) -> User:
    """Check a password with per-address lockout; raises InvalidCredentials or Locked.

    The throttle row is keyed by the address typed, known or not, so the answers and their
    timing do not reveal which addresses have accounts.
    """
    email = normalise_email(email)
    now = clock.now()
    throttle = _throttle(session, email)
    if throttle.locked_until is not None and throttle.locked_until > now:
        wait = int((throttle.locked_until - now).total_seconds()) + 1
        raise Locked(f"Too many failed attempts. Try again in {wait} seconds.", retry_after=wait)
    user = get_by_email(session=session, email=email)
    ok = security.verify_password(password, user.password_hash if user else None)
    if not ok or user is None or not user.is_active:
        throttle.failures = (throttle.failures or 0) + 1
        if throttle.failures >= settings.login_max_failures:
            throttle.lockouts = (throttle.lockouts or 0) + 1
            throttle.failures = 0
            # Backoff doubles with each lockout, capped at a day.
            seconds = min(settings.login_lockout_seconds * 2 ** (throttle.lockouts - 1), 86400)
            throttle.locked_until = now + timedelta(seconds=seconds)
        session.flush()
        raise InvalidCredentials()
    throttle.failures = 0
    throttle.lockouts = 0
    throttle.locked_until = None
    user.last_login_at = now
    session.flush()
    return user


def is_locked(*, session: Session, email: str) -> bool:
    row = session.get(LoginThrottle, normalise_email(email))
    return bool(row and row.locked_until and row.locked_until > clock.now())


# --- sessions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NewSession:
    token: str
    row: UserSession


def start_session(
    *, session: Session, settings: Settings, user: User, mfa_verified: bool, user_agent: str = ""
) -> NewSession:
    token = security.new_token()
    row = UserSession(
        id=security.token_hash(token),
        user_id=user.id,
        expires_at=clock.now() + timedelta(hours=settings.session_absolute_hours),
        mfa_verified=mfa_verified,
        user_agent=user_agent[:200],
    )
    session.add(row)
    session.flush()
    return NewSession(token=token, row=row)


def resolve_session(
    *, session: Session, settings: Settings, token: str
) -> tuple[UserSession, User] | None:
    """The live session for a cookie token, touched; None if unknown, revoked or expired."""
    row = session.get(UserSession, security.token_hash(token))
    now = clock.now()
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        return None
    if row.last_seen_at + timedelta(minutes=settings.session_idle_minutes) <= now:
        row.revoked_at = now
        return None
    user = get(session=session, user_id=row.user_id)
    if user is None or not user.is_active:
        return None
    # Touch at most once a minute to keep writes off the hot path.
    if (now - row.last_seen_at).total_seconds() > 60:
        row.last_seen_at = now
    return row, user


def revoke_session(*, session: Session, session_id: str) -> None:
    session.execute(
        update(UserSession)
        .where(UserSession.id == session_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=clock.now())
    )


def mark_mfa_verified(*, session: Session, session_id: str) -> None:
    session.execute(
        update(UserSession).where(UserSession.id == session_id).values(mfa_verified=True)
    )


def revoke_all_sessions(*, session: Session, user_id: int) -> int:
    result = session.execute(
        update(UserSession)
        .where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=clock.now())
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- API tokens -------------------------------------------------------------------------

API_TOKEN_PREFIX = "mlt_"


def create_api_token(*, session: Session, user: User, name: str) -> tuple[str, ApiToken]:
    """A new token; the plain value is returned once and never stored."""
    token = security.new_token(API_TOKEN_PREFIX)
    row = ApiToken(
        user_id=user.id, name=name, token_hash=security.token_hash(token), prefix=token[:10]
    )
    session.add(row)
    session.flush()
    return token, row


TOKEN_USE_RESOLUTION = timedelta(minutes=1)


def resolve_api_token(*, session: Session, token: str) -> tuple[ApiToken, User] | None:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == security.token_hash(token)))
    if row is None or row.revoked_at is not None:
        return None
    user = get(session=session, user_id=row.user_id)
    if user is None or not user.is_active:
        return None
    now = clock.now()
    # To the minute is enough for "last used", and a write on every request made each
    # API call an UPDATE (and a row lock that a user's parallel requests queued on).
    if row.last_used_at is None or now - row.last_used_at >= TOKEN_USE_RESOLUTION:
        row.last_used_at = now
    return row, user


def list_api_tokens(*, session: Session, user_id: int) -> Sequence[ApiToken]:
    return session.scalars(
        select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id)
    ).all()


def revoke_api_token(*, session: Session, user_id: int, token_id: int) -> bool:
    row = session.get(ApiToken, token_id)
    if row is None or row.user_id != user_id:
        return False
    if row.revoked_at is None:
        row.revoked_at = clock.now()
    return True


# --- one-time tokens (invitations, password resets) -------------------------------------


def issue_one_time_token(
    *,
    session: Session,
    user: User,
    purpose: str,
    valid_for: timedelta,
    created_by_id: int | None = None,
) -> str:
    """A single-use token; earlier unused tokens of the same purpose stop working."""
    now = clock.now()
    session.execute(
        update(OneTimeToken)
        .where(
            OneTimeToken.user_id == user.id,
            OneTimeToken.purpose == purpose,
            OneTimeToken.used_at.is_(None),
        )
        .values(used_at=now)
    )
    token = security.new_token()
    session.add(
        OneTimeToken(
            purpose=purpose,
            user_id=user.id,
            token_hash=security.token_hash(token),
            expires_at=now + valid_for,
            created_by_id=created_by_id,
        )
    )
    session.flush()
    return token


def peek_one_time_token(*, session: Session, token: str, purpose: str) -> User:
    """The user a valid token belongs to, without using it up."""
    row = session.scalar(
        select(OneTimeToken).where(OneTimeToken.token_hash == security.token_hash(token))
    )
    if (
        row is None
        or row.purpose != purpose
        or row.used_at is not None
        or row.expires_at <= clock.now()
    ):
        raise TokenInvalid("invitation" if purpose == "invite" else "password reset")
    user = get(session=session, user_id=row.user_id)
    if user is None:
        raise TokenInvalid("invitation" if purpose == "invite" else "password reset")
    return user


def consume_one_time_token(*, session: Session, token: str, purpose: str) -> User:
    """Use a token up; a conditional update makes a double submit fail cleanly."""
    user = peek_one_time_token(session=session, token=token, purpose=purpose)
    used = session.execute(
        update(OneTimeToken)
        .where(
            OneTimeToken.token_hash == security.token_hash(token), OneTimeToken.used_at.is_(None)
        )
        .values(used_at=clock.now())
    )
    if getattr(used, "rowcount", 0) != 1:
        raise TokenInvalid("invitation" if purpose == "invite" else "password reset")
    return user


# --- MFA --------------------------------------------------------------------------------


def begin_mfa_setup(*, session: Session, user: User) -> str:
    """Store a fresh, not yet enabled TOTP secret and return its otpauth URI."""
    if user.mfa_enabled:
        raise InvalidInput("Multi-factor authentication is already on.")
    user.totp_secret = security.new_totp_secret()
    session.flush()
    return security.totp_uri(user.totp_secret, user.email)


def enable_mfa(*, session: Session, user: User, code: str) -> None:
    if not user.totp_secret or not security.verify_totp(user.totp_secret, code):
        raise InvalidInput(
            "That code did not match. Check the time on your phone and try the newest code.",
            fields={"code": "6 digits from your authenticator app"},
        )
    user.mfa_enabled = True
    session.flush()


def check_mfa(*, user: User, code: str) -> bool:
    return bool(
        user.mfa_enabled and user.totp_secret and security.verify_totp(user.totp_secret, code)
    )


def is_staff(user: User) -> bool:
    return user.role in (Role.clinician, Role.admin)


def needs_mfa_setup(*, settings: Settings, user: User) -> bool:
    return settings.require_staff_mfa and is_staff(user) and not user.mfa_enabled
