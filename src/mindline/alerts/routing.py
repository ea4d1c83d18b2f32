"""Who is told at each step: primary clinician, then backups, then the service's on-call."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.accounts import service as accounts_service
from mindline.alerts.enums import (
    LEVEL_BACKUP,
    LEVEL_ON_CALL,
    LEVEL_PRIMARY,
    Channel,
    RouteScope,
    Severity,
)
from mindline.alerts.models import AlertRoute
from mindline.care import service as care_service
from mindline.care.enums import TeamRole
from mindline.config import Settings


@dataclass(frozen=True)
class Target:
    channel: Channel
    recipient: str
    user_id: int | None = None
    route_id: int | None = None


def _clinician_targets(
    session: Session, settings: Settings, clinician_ids: Sequence[int]
) -> list[Target]:
    targets: list[Target] = []
    for clinician_id in clinician_ids:
        user = accounts_service.get(session=session, user_id=clinician_id)
        if user is None or not user.is_active or user.is_deleted:
            continue
        targets.append(Target(Channel.inapp, str(user.id), user_id=user.id))
        if settings.smtp_host:
            targets.append(Target(Channel.email, user.email, user_id=user.id))
    return targets


def routes(session: Session, *, scope: RouteScope, severity: Severity) -> list[AlertRoute]:
    """Enabled routes of a scope that take this severity (an empty list takes all)."""
    rows = session.scalars(
        select(AlertRoute)
        .where(AlertRoute.scope == scope.value, AlertRoute.enabled.is_(True))
        .order_by(AlertRoute.id)
    ).all()
    return [r for r in rows if not r.severities or severity.value in r.severities]


def _route_targets(routes_: Sequence[AlertRoute]) -> list[Target]:
    return [Target(Channel(r.channel), r.target, route_id=r.id) for r in routes_]


def team_ids(session: Session, patient_id: int) -> tuple[list[int], list[int]]:
    """(primary ids, backup ids) of the patient's care team."""
    members = care_service.team(session=session, patient_id=patient_id)
    primary = [m.clinician_id for m in members if m.team_role == TeamRole.primary]
    backup = [m.clinician_id for m in members if m.team_role == TeamRole.backup]
    return primary, backup


def targets_for_level(
    session: Session, settings: Settings, *, patient_id: int, severity: Severity, level: int
) -> list[Target]:
    """Everyone told when an alert reaches a level (copies only at the first)."""
    primary, backup = team_ids(session, patient_id)
    if level == LEVEL_PRIMARY:
        copies = _route_targets(routes(session, scope=RouteScope.copy, severity=severity))
        return _clinician_targets(session, settings, primary) + copies
    if level == LEVEL_BACKUP:
        return _clinician_targets(session, settings, backup)
    if level == LEVEL_ON_CALL:
        return _route_targets(routes(session, scope=RouteScope.on_call, severity=severity))
    return []


def escalation_delay(settings: Settings, severity: Severity) -> timedelta | None:
    """How long an unacknowledged alert waits before the next step; None: it does not."""
    if severity is Severity.urgent:
        return timedelta(minutes=settings.alert_escalation_urgent_minutes)
    if severity is Severity.high:
        return timedelta(minutes=settings.alert_escalation_high_minutes)
    return None


def parse_quiet_hours(spec: str) -> tuple[time, time] | None:
    """Parse ``HH:MM-HH:MM``; raise ValueError naming the problem."""
    if not spec.strip():
        return None
    try:
        start_s, end_s = spec.strip().split("-")
        return time.fromisoformat(start_s.strip()), time.fromisoformat(end_s.strip())
    except ValueError as exc:
        raise ValueError(f"expected HH:MM-HH:MM, got {spec!r}") from exc


def quiet_until(settings: Settings, at: datetime) -> datetime | None:
    """The end of quiet hours if ``at`` falls inside them (routine mail only)."""
    window = parse_quiet_hours(settings.alert_quiet_hours)
    if window is None:
        return None
    start, end = window
    now_t = at.time().replace(tzinfo=None)
    inside = start <= now_t < end if start < end else (now_t >= start or now_t < end)
    if not inside:
        return None
    end_at = at.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    return end_at if end_at > at else end_at + timedelta(days=1)


# --- administration ---------------------------------------------------------------------


def list_routes(session: Session) -> Sequence[AlertRoute]:
    return session.scalars(select(AlertRoute).order_by(AlertRoute.id)).all()


def create_route(
    session: Session,
    *,
    name: str,
    scope: RouteScope,
    channel: Channel,
    target: str,
    severities: Sequence[Severity],
    secret: str | None,
    enabled: bool = True,
) -> AlertRoute:
    """Add a route; webhooks get a generated signing secret when none is given."""
    if channel is Channel.webhook and not secret:
        secret = secrets.token_urlsafe(32)
    route = AlertRoute(
        name=name,
        scope=scope.value,
        channel=channel.value,
        target=target,
        severities=[Severity(s).value for s in severities],
        secret=secret if channel is Channel.webhook else None,
        enabled=enabled,
    )
    session.add(route)
    session.flush()
    return route


def delete_route(session: Session, *, route_id: int) -> bool:
    route = session.get(AlertRoute, route_id)
    if route is None:
        return False
    session.delete(route)
    session.flush()
    return True
