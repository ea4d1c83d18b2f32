"""Patient pages for privacy rights: download my data (FHIR) and delete my account.

The delete flow is a plain form (no JavaScript): a page that says what goes and what stays,
the password, then a signed-out confirmation that still shows the crisis lines.
"""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from mindline.accounts.deps import SESSION_COOKIE, Public
from mindline.companion.crisis_lines import for_country
from mindline.core.errors import InvalidInput
from mindline.db.deps import AppSettings, DbSession
from mindline.privacy import erasure
from mindline.privacy.router import ExportFormat, export_response
from mindline.web.pages import render
from mindline.web.patient_pages import Me, _audit

router = APIRouter(include_in_schema=False)


@router.get("/settings/export.fhir.json")
def settings_export_fhir(patient: Me, session: DbSession, settings: AppSettings) -> Response:
    """Download what Mindline holds about you as a FHIR R4 Bundle."""
    response = export_response(session, settings, patient.id, ExportFormat.fhir)
    _audit(session, patient, "patient_export", format="fhir")
    return response


def _delete_page(
    request: Request, errors: dict[str, str] | None = None, status_code: int = 200
) -> Response:
    return render(
        request, "patient/delete_account.html", {"errors": errors or {}}, status_code=status_code
    )


@router.get("/settings/delete")
def delete_page(request: Request, patient: Me) -> Response:
    """What deleting your account removes and keeps; asks for your password."""
    return _delete_page(request)


@router.post("/settings/delete")
def delete_submit(
    request: Request,
    patient: Me,
    session: DbSession,
    password: str = Form(""),
    confirm: str = Form(""),
) -> Response:
    """Erase the account, sign out and show the confirmation."""
    errors: dict[str, str] = {}
    if confirm != "yes":
        errors["confirm"] = "Tick the box to confirm that you want to delete your account."
    try:
        erasure.check_password(session=session, patient=patient, password=password)
    except InvalidInput as exc:
        errors["password"] = exc.message
    if errors:
        return _delete_page(request, errors, status_code=422)
    country = patient.country
    erasure.erase(
        session=session, patient_id=patient.id, actor_id=patient.user_id, actor_role="patient"
    )
    response = RedirectResponse(f"/account-deleted?country={country}", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/account-deleted", dependencies=[Public])
def deleted_page(request: Request, country: str = "") -> Response:
    """Confirmation after deleting an account, with the crisis lines for the country."""
    return render(
        request,
        "patient/account_deleted.html",
        {"resources": for_country(country.strip().upper()[:2] or None)},
    )
