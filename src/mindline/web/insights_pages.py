"""Insights pages: a patient's suggestions (care team), the care plan (patient), and the
lead's outcomes, what-helps-whom and model-oversight pages (aggregates, charts with tables)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from mindline.accounts import service as accounts_service
from mindline.accounts.deps import CurrentActor, role_guard
from mindline.accounts.enums import Role
from mindline.authz import Actor
from mindline.care.deps import PatientCareTeam
from mindline.core import clock
from mindline.core.errors import InvalidInput, InvalidState, NotFound
from mindline.db.deps import DbSession
from mindline.insights import cohort, outcomes_report, oversight, population, rules, service
from mindline.insights.deps import ReportReader
from mindline.insights.stats import SUPPRESSED, parse_period
from mindline.web.pages import render

router = APIRouter(include_in_schema=False)
PatientOnly = Annotated[Actor, Depends(role_guard(Role.patient))]
TITLES = {
    "outcomes": "Service outcomes",
    "helps": "What helps whom",
    "oversight": "Model oversight",
}


def _suggestions_page(request: Request, session: DbSession, patient: Any, **extra: str) -> Response:
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    return render(
        request,
        "insights/suggestions.html",
        {
            "patient": patient,
            "name": user.display_name,
            "suggestions": service.list_for_patient(session=session, patient_id=patient.id),
            "effects": [e for e in service.effects(session=session, patient_id=patient.id)],
            "preferences": sorted(rules.PREFERENCES),
            **extra,
        },
    )


@router.get("/patients/{patient_id}/suggestions")
def suggestions_page(request: Request, patient: PatientCareTeam, session: DbSession) -> Response:
    """Suggested next steps with approve and decline, and the person's n-of-1 results."""
    return _suggestions_page(request, session, patient)


def _back(patient_id: int, message: str) -> Response:
    return RedirectResponse(f"/patients/{patient_id}/suggestions?done={message}", status_code=303)


@router.post("/patients/{patient_id}/suggestions/generate")
async def suggestions_generate(
    request: Request, patient: PatientCareTeam, actor: CurrentActor, session: DbSession
) -> Response:
    form = await request.form()
    chosen = [str(p) for p in form.getlist("preferences")]
    try:
        made = service.generate(
            session=session, patient_id=patient.id, preferences=chosen, actor_id=actor.user_id
        )
    except InvalidInput as exc:
        return _suggestions_page(request, session, patient, error=exc.message)
    return _back(patient.id, f"{len(made)} new")


@router.post("/patients/{patient_id}/suggestions/{suggestion_id}/approve")
def suggestion_approve(
    request: Request,
    patient: PatientCareTeam,
    suggestion_id: int,
    actor: CurrentActor,
    session: DbSession,
) -> Response:
    row = service.get_or_raise(session=session, patient_id=patient.id, suggestion_id=suggestion_id)
    try:
        service.approve(session=session, suggestion=row, actor_id=actor.user_id)
    except InvalidState as exc:
        return _suggestions_page(request, session, patient, error=exc.message)
    return _back(patient.id, "approved")


@router.post("/patients/{patient_id}/suggestions/{suggestion_id}/decline")
def suggestion_decline(
    request: Request,
    patient: PatientCareTeam,
    suggestion_id: int,
    actor: CurrentActor,
    session: DbSession,
    reason: str = Form(""),
) -> Response:
    row = service.get_or_raise(session=session, patient_id=patient.id, suggestion_id=suggestion_id)
    try:
        service.decline(session=session, suggestion=row, actor_id=actor.user_id, reason=reason)
    except (InvalidInput, InvalidState) as exc:
        return _suggestions_page(request, session, patient, error=exc.message)
    return _back(patient.id, "declined")


@router.get("/care-plan")
def care_plan_page(request: Request, actor: PatientOnly, session: DbSession) -> Response:
    """The patient's approved next steps, in their wording."""
    if actor.patient_id is None:
        raise NotFound("No care plan.")
    items = service.care_plan(session=session, patient_id=actor.patient_id)
    return render(request, "insights/care_plan.html", {"items": items})


def _lead_page(
    request: Request, session: DbSession, section: str, period: str | None, service_tag: str | None
) -> Response:
    # matplotlib loads on the first report page, not when the app starts.
    from mindline.insights import charts
    from mindline.insights.report import fmt as report_fmt
    from mindline.insights.report import pct as report_pct

    ctx: dict[str, Any] = {
        "title": TITLES[section],
        "section": section,
        "period_text": period or "",
        "service": service_tag,
        "suppressed": SUPPRESSED,
        "fmt": report_fmt,
        "pct": report_pct,
    }
    try:
        chosen = parse_period(period, today=clock.now().date())
        ids = population.patient_ids(session, service=service_tag) if service_tag else None
    except InvalidInput as exc:
        chosen = parse_period(None, today=clock.now().date())
        service_tag, ids, ctx["error"] = None, None, exc.message
    found = SimpleNamespace(period=chosen, service=service_tag, charts={})
    if section == "outcomes":
        found.outcomes = outcomes_report.service_outcomes(session, chosen, service=service_tag)
        found.charts["outcomes"] = charts.to_base64(
            charts.rates_chart(found.outcomes.rates, "Outcomes")
        )
    elif section == "helps":
        found.cohort = cohort.what_helps(session, chosen, ids)
        found.charts["helps"] = charts.to_base64(
            charts.associations_chart(found.cohort.next_day, "Next-day mood, within person")
        )
    else:
        w = oversight.model_oversight(session, chosen, service=service_tag)
        found.oversight = w
        found.charts["precision"] = charts.to_base64(
            charts.rates_chart([w.precision, *w.by_severity], "Alert precision")
        )
        found.charts["levels"] = charts.to_base64(charts.levels_chart(w))
    return render(request, "insights/lead.html", {**ctx, "report": found})


@router.get("/insights/outcomes")
def outcomes_page(
    request: Request,
    actor: ReportReader,
    session: DbSession,
    period: str | None = None,
    service: str | None = None,
) -> Response:
    """Referred, engaged, finished and the NHS TT outcome rates, with a chart and tables."""
    return _lead_page(request, session, "outcomes", period, service or None)


@router.get("/insights/what-helps")
def what_helps_page(
    request: Request,
    actor: ReportReader,
    session: DbSession,
    period: str | None = None,
    service: str | None = None,
) -> Response:
    """Associations and profiles across people."""
    return _lead_page(request, session, "helps", period, service or None)


@router.get("/insights/oversight")
def oversight_page(
    request: Request,
    actor: ReportReader,
    session: DbSession,
    period: str | None = None,
    service: str | None = None,
) -> Response:
    """Alert precision, risk-level drift and acknowledgement times."""
    return _lead_page(request, session, "oversight", period, service or None)
