from __future__ import annotations

from datetime import datetime

from pydantic import EmailStr, Field

from mindline.accounts.enums import Role
from mindline.core.schemas import Input, Output


class LoginIn(Input):
    email: str = Field(max_length=254)
    password: str = Field(max_length=256)


class LoginOut(Output):
    user_id: int
    role: Role
    mfa_required: bool
    mfa_setup_required: bool
    csrf_token: str


class CodeIn(Input):
    code: str = Field(min_length=6, max_length=8, pattern=r"^\d{6,8}$")


class MfaSetupOut(Output):
    otpauth_uri: str
    secret: str


class UserRead(Output):
    id: int
    email: str
    display_name: str
    role: Role
    is_lead: bool
    is_active: bool
    mfa_enabled: bool
    created_at: datetime


class MeRead(UserRead):
    patient_id: int | None = None


class UserCreate(Input):
    email: EmailStr
    display_name: str = Field(min_length=1, max_length=120)
    role: Role
    password: str | None = Field(None, min_length=10, max_length=256)
    is_lead: bool = False
    country: str = Field("GB", min_length=2, max_length=2)
    language: str = Field("en", min_length=2, max_length=8)


class UserUpdate(Input):
    display_name: str | None = Field(None, min_length=1, max_length=120)
    is_active: bool | None = None
    is_lead: bool | None = None


class TokenCreate(Input):
    name: str = Field(min_length=1, max_length=80)


class TokenRead(Output):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenCreated(TokenRead):
    token: str


class PasswordResetIn(Input):
    token: str = Field(min_length=10, max_length=200)
    password: str = Field(min_length=10, max_length=256)
