"""Route guards for insights (the decisions live in mindline.authz)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from mindline import authz
from mindline.accounts.deps import CurrentActor
from mindline.core.errors import Forbidden


def service_reports(actor: CurrentActor) -> authz.Actor:
    """Practice leads and administrators; aggregate reports only."""
    if not authz.can_view_service_reports(actor):
        raise Forbidden("Service reports are for practice leads and administrators.")
    return actor


service_reports.__policy__ = "service_reports"  # type: ignore[attr-defined]
ReportReader = Annotated[authz.Actor, Depends(service_reports)]
