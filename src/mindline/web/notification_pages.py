"""The patient's notification settings page: /settings/notifications."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from mindline.core.errors import InvalidInput
from mindline.db.deps import AppSettings, DbSession
from mindline.monitoring import preferences
from mindline.web.pages import render
from mindline.web.patient_pages import Me, PatientActor

router = APIRouter(prefix="/settings/notifications", include_in_schema=False)
TIMEZONES = (
    "Europe/London",
    "Europe/Dublin",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
    "America/Mexico_City",
    "Australia/Sydney",
    "Pacific/Auckland",
    "UTC",
)


def _page(
    request: Request, settings: Any, form: dict[str, Any], errors: dict[str, str], saved: bool
) -> Response:
    zones = list(TIMEZONES)
    if form.get("timezone") and form["timezone"] not in zones:
        zones.insert(0, str(form["timezone"]))
    return render(
        request,
        "patient/notifications.html",
        {
            "form": form,
            "errors": errors,
            "saved": saved,
            "timezones": zones,
            "email_available": bool(settings.smtp_host),
        },
        status_code=422 if errors else 200,
    )


@router.get("")
def notifications_page(
    request: Request, patient: Me, session: DbSession, settings: AppSettings, saved: bool = False
) -> Response:
    """Which reminders reach me, how, and when (my local time)."""
    prefs = preferences.get(session=session, patient_id=patient.id)
    return _page(request, settings, vars(prefs), {}, saved)


@router.post("")
async def notifications_submit(
    request: Request, patient: Me, actor: PatientActor, session: DbSession, settings: AppSettings
) -> Response:
    """Save, or show the form again with what was typed and each problem beside its field."""
    raw = await request.form()
    form: dict[str, Any] = {k: str(raw.get(k, "")) for k in preferences.Prefs.__dataclass_fields__}
    try:
        prefs = preferences.validate(form, settings)
    except InvalidInput as exc:
        shown = {**form, **{f: form[f] in ("true", "on", "1") for f in preferences.BOOL_FIELDS}}
        return _page(request, settings, shown, exc.fields, False)
    preferences.save(session=session, actor=actor, patient_id=patient.id, prefs=prefs)
    return RedirectResponse("/settings/notifications?saved=true", status_code=303)
