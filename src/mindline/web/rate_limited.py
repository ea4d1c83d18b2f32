"""The friendly page for a form sent over a rate limit (429 with Retry-After)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from mindline.care.models import Patient
from mindline.companion.crisis_lines import for_country
from mindline.core.errors import Locked
from mindline.web.pages import render


def page(request: Request, exc: Locked, patient: Patient | None = None) -> Response:
    """Say what happened and when to retry; a patient also sees the crisis lines."""
    resources = for_country(patient.country) if patient is not None else None
    response = render(
        request,
        "rate_limited.html",
        {"error": exc, "resources": resources},
        status_code=429,
    )
    response.headers["Retry-After"] = str(exc.retry_after)
    return response
