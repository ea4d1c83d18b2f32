from __future__ import annotations

from datetime import date, datetime

from pydantic import EmailStr, Field

from mindline.care.enums import ConsentKind, TeamRole
from mindline.core.schemas import Input, Output, RowId


class PatientRead(Output):
    id: int
    user_id: int
    display_name: str
    email: str
    country: str
    language: str
    birth_date: date | None
    created_at: datetime


class PatientUpdate(Input):
    country: str | None = Field(None, min_length=2, max_length=2)
    language: str | None = Field(None, min_length=2, max_length=8)


class TeamMemberIn(Input):
    clinician_id: RowId
    team_role: TeamRole


class TeamMemberRead(Output):
    clinician_id: int
    team_role: TeamRole
    added_at: datetime


class InvitationCreate(Input):
    email: EmailStr
    display_name: str = Field(min_length=1, max_length=120)
    country: str = Field("GB", min_length=2, max_length=2)
    language: str = Field("en", min_length=2, max_length=8)


class InvitationCreated(Output):
    patient_id: int
    link: str
    expires_in_days: int


class InvitationAccept(Input):
    token: str = Field(min_length=10, max_length=200)
    password: str = Field(min_length=10, max_length=256)
    consent_companion: bool
    consent_share_with_care_team: bool
    consent_research: bool = False


class ConsentIn(Input):
    kind: ConsentKind
    granted: bool


class ConsentRead(Output):
    kind: ConsentKind
    granted: bool
    text_version: str
    recorded_at: datetime


class NoteIn(Input):
    body: str = Field(min_length=1, max_length=20_000)


class NoteRead(Output):
    id: int
    author_id: int
    body: str
    created_at: datetime
