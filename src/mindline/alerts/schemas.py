from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from pydantic import EmailStr, Field, TypeAdapter, ValidationInfo, field_validator

from mindline.alerts.enums import (
    AlertKind,
    AlertStatus,
    Channel,
    DeliveryStatus,
    Outcome,
    RouteScope,
    Severity,
)
from mindline.core.schemas import Input, Output

_email = TypeAdapter(EmailStr)


class EvidenceRead(Output):
    source_type: str
    source_id: str
    spans: list[dict[str, Any]]
    seen_at: datetime


class EventRead(Output):
    action: str
    level: int
    actor_id: int | None
    at: datetime
    detail: dict[str, Any]


class AlertRead(Output):
    id: int
    patient_id: int
    kind: AlertKind
    severity: Severity
    status: AlertStatus
    source_type: str
    source_id: str
    count: int
    created_at: datetime
    last_seen_at: datetime
    assigned_clinician_id: int | None
    escalation_level: int
    acknowledged_at: datetime | None
    acknowledged_by_id: int | None
    resolved_at: datetime | None
    resolved_by_id: int | None
    outcome: Outcome | None


class AlertDetail(AlertRead):
    resolution_note: str | None = None
    evidence: list[EvidenceRead] = []
    events: list[EventRead] = []


class AttemptRead(Output):
    number: int
    worker: str
    started_at: datetime
    finished_at: datetime
    ok: bool
    permanent: bool
    status_code: int | None
    error: str


class DeliveryRead(Output):
    id: int
    channel: Channel
    purpose: str
    level: int
    recipient_user_id: int | None
    route_id: int | None
    idempotency_key: str
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str
    history: list[AttemptRead] = []


class InboxItemRead(Output):
    id: int
    alert_id: int | None
    created_at: datetime
    read_at: datetime | None


class ResolveIn(Input):
    outcome: Outcome
    note: str = Field("", max_length=5000)


class ManualAlertIn(Input):
    severity: Severity


class RouteIn(Input):
    """An on-call target (last escalation step) or a copy of every matching alert."""

    name: str = Field(min_length=1, max_length=100)
    scope: RouteScope
    channel: Channel
    target: str = Field(min_length=1, max_length=500)
    severities: list[Severity] = Field(default_factory=list)
    secret: str | None = Field(None, min_length=16, max_length=200)
    enabled: bool = True

    @field_validator("channel")
    @classmethod
    def _not_inapp(cls, value: Channel) -> Channel:
        if value is Channel.inapp:
            raise ValueError("routes are email or webhook; the in-app inbox is always on")
        return value

    @field_validator("target")
    @classmethod
    def _check_target(cls, value: str, info: ValidationInfo) -> str:
        channel = info.data.get("channel")
        if channel is Channel.email:
            try:
                _email.validate_python(value)
            except ValueError as exc:
                raise ValueError("not a valid e-mail address") from exc
        elif channel is Channel.webhook and (problem := webhook_url_problem(value)):
            raise ValueError(problem)
        return value


def webhook_url_problem(url: str) -> str | None:
    """Why a webhook URL is unusable, or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "a webhook URL must start with https:// (or http://)"
    if not parts.hostname:
        return "a webhook URL needs a host name"
    if parts.username or parts.password:
        return "put no credentials in a webhook URL; Mindline signs requests instead"
    return None


class RouteRead(Output):
    id: int
    name: str
    scope: RouteScope
    channel: Channel
    target: str
    severities: list[Severity]
    enabled: bool
    created_at: datetime


class RouteCreated(RouteRead):
    secret: str | None = None
