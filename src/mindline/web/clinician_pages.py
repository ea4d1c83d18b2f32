"""Clinician pages: the triaged caseload, the alert inbox and a patient's timeline.

Alert actions answer htmx requests with the updated alert card and everything else with a
redirect, so the inbox works the same without JavaScript.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from mindline.accounts import service as accounts_service
from mindline.accounts.deps import CurrentActor
from mindline.alerts import service as alerts_service
from mindline.alerts.deps import AlertClinician, CareTeamAlert
from mindline.alerts.enums import AlertStatus, Outcome
from mindline.alerts.errors import AlertAlreadyHandled
from mindline.alerts.models import Alert
from mindline.audit import service as audit_service
from mindline.authz import Actor
from mindline.care import service as care_service
from mindline.care.deps import PatientCareTeam
from mindline.care.enums import ConsentKind
from mindline.companion import service as companion_service
from mindline.core.errors import InvalidInput
from mindline.db.deps import AppSettings, DbSession
from mindline.monitoring import checkins, responses, trends
from mindline.web import caseload, charts
from mindline.web.highlight import highlight
from mindline.web.pages import render

router = APIRouter(include_in_schema=False)
KIND_WORDS = {
    "risk_message": "Chat message suggesting risk",
    "risk_journal": "Check-in journal suggesting risk",
    "phq9_item9": "PHQ-9 item 9 answered above zero",
    "asq_positive": "Positive ASQ suicide screen",
    "cssrs_positive": "Positive C-SSRS screen",
    "reliable_deterioration": "Reliable deterioration in scores",
    "baseline_deterioration": "Mood well below the usual",
    "disengagement": "Stopped checking in after a low week",
    "usage_pattern": "Unusual companion use",
    "manual": "Raised by a clinician",
}
OUTCOME_WORDS = {
    Outcome.true_positive.value: "True positive — a real concern",
    Outcome.false_positive.value: "False positive — no concern",
    Outcome.not_clinically_relevant.value: "Not clinically relevant",
}


@dataclass
class AlertView:
    """An alert with what the card shows beside it."""

    alert: Alert
    patient_name: str
    message: str = ""
    error: str = ""


# --- caseload -------------------------------------------------------------------------------


def caseload_page(
    request: Request, session: DbSession, actor: Actor, params: Mapping[str, str]
) -> Response:
    """The clinician's home: every patient on their teams, most urgent first, filtered."""
    filters = {
        "q": params.get("q", "")[:100],
        "risk": params.get("risk", ""),
        "alerts": params.get("alerts", ""),
        "overdue": params.get("overdue", "") == "1",
    }
    everyone = caseload.rows(session, actor.user_id)
    shown = caseload.filtered(everyone, **filters)  # type: ignore[arg-type]
    return render(
        request,
        "clinician/caseload.html",
        {"rows": shown, "total": len(everyone), "filters": filters},
    )


# --- alert inbox ----------------------------------------------------------------------------


def _names(session: DbSession, clinician_id: int) -> dict[int, str]:
    return {
        p.id: u.display_name
        for p, u, _ in care_service.caseload(session=session, clinician_id=clinician_id)
    }


def _inbox(
    request: Request,
    session: DbSession,
    actor: Actor,
    show: str,
    errors: dict[int, str] | None = None,
    status_code: int = 200,
) -> Response:
    names = _names(session, actor.user_id)
    found = alerts_service.list_alerts(
        session=session,
        patient_ids=list(names),
        status=AlertStatus.resolved if show == "resolved" else None,
        limit=200,
    )
    if show != "resolved":
        found = [a for a in found if a.status != AlertStatus.resolved.value]
    errors = errors or {}
    views = [AlertView(a, names.get(a.patient_id, ""), error=errors.get(a.id, "")) for a in found]
    return render(
        request,
        "clinician/alerts.html",
        {"views": views, "show": show, "kinds": KIND_WORDS, "outcomes": OUTCOME_WORDS},
        status_code=status_code,
    )


@router.get("/alerts")
def alerts_page(
    request: Request, actor: AlertClinician, session: DbSession, show: str = "open"
) -> Response:
    """Alerts for the caller's caseload, most severe and newest first."""
    return _inbox(request, session, actor, "resolved" if show == "resolved" else "open")


def _card(request: Request, session: DbSession, alert: Alert, **extra: str) -> Response:
    patient = care_service.get_or_raise(session=session, patient_id=alert.patient_id)
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    return render(
        request,
        "clinician/_alert.html",
        {
            "view": AlertView(alert, user.display_name, **extra),
            "kinds": KIND_WORDS,
            "outcomes": OUTCOME_WORDS,
        },
    )


def _after_action(
    request: Request,
    session: DbSession,
    actor: Actor,
    alert: Alert,
    *,
    message: str = "",
    error: str = "",
) -> Response:
    if request.headers.get("hx-request") == "true":
        return _card(request, session, alert, message=message, error=error)
    if error:
        return _inbox(request, session, actor, "open", {alert.id: error}, status_code=422)
    return RedirectResponse(f"/alerts#alert-{alert.id}", status_code=303)


def _audit(session: DbSession, actor: Actor, action: str, alert: Alert, **detail: object) -> None:
    audit_service.record(
        session,
        action=action,
        actor_id=actor.user_id,
        actor_role=actor.role.value,
        target_type="alert",
        target_id=alert.id,
        patient_id=alert.patient_id,
        detail=dict(detail),
    )


@router.post("/alerts/{alert_id}/acknowledge")
def alert_acknowledge(
    request: Request, alert: CareTeamAlert, actor: AlertClinician, session: DbSession
) -> Response:
    """Say you have seen the alert: escalation stops."""
    try:
        alerts_service.acknowledge(session=session, alert=alert, user_id=actor.user_id)
    except AlertAlreadyHandled as exc:
        return _after_action(request, session, actor, alert, error=exc.message)
    _audit(session, actor, "alert_acknowledged", alert)
    return _after_action(request, session, actor, alert, message="Acknowledged.")


@router.post("/alerts/{alert_id}/resolve")
def alert_resolve(
    request: Request,
    alert: CareTeamAlert,
    actor: AlertClinician,
    session: DbSession,
    outcome: str = Form(""),
    note: str = Form(""),
) -> Response:
    """Close the alert with its outcome and an optional note."""
    if outcome not in OUTCOME_WORDS:
        error = "Choose an outcome before resolving."
        return _after_action(request, session, actor, alert, error=error)
    try:
        alerts_service.resolve(
            session=session, alert=alert, user_id=actor.user_id, outcome=Outcome(outcome), note=note
        )
    except (AlertAlreadyHandled, InvalidInput) as exc:
        session.rollback()
        session.refresh(alert)
        return _after_action(request, session, actor, alert, error=exc.message)
    _audit(session, actor, "alert_resolved", alert, outcome=outcome)
    return _after_action(request, session, actor, alert, message="Resolved.")


# --- patient timeline -----------------------------------------------------------------------


def _checkin_rows(session: DbSession, patient_id: int, share_text: bool) -> list[dict[str, Any]]:
    rows = []
    for c in checkins.list_for_patient(session=session, patient_id=patient_id, days=60):
        spans = [e for e in c.risk_evidence or [] if e.get("field") == "journal"]
        journal = highlight(c.journal, spans) if share_text and c.journal else None
        rows.append({"checkin": c, "journal": journal})
    return rows


@router.get("/patients/{patient_id}/timeline")
def patient_timeline(
    request: Request,
    patient: PatientCareTeam,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """Scores, check-ins, flagged messages with evidence, usage, alerts and chat summaries."""
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    share = care_service.has_consent(
        session=session, patient_id=patient.id, kind=ConsentKind.share_with_care_team
    )
    data = charts.chart_data(trends.report(session=session, patient_id=patient.id, days=365))
    summary = companion_service.summary(session=session, settings=settings, patient=patient)
    if settings.audit_read_events:
        audit_service.record(
            session,
            action="timeline_viewed",
            actor_id=actor.user_id,
            actor_role=actor.role.value,
            target_type="patient",
            target_id=patient.id,
            patient_id=patient.id,
        )
    return render(
        request,
        "clinician/timeline.html",
        {
            "patient": patient,
            "user": user,
            "share": share,
            "data": data,
            "checkin_summary": charts.checkin_summary(data["checkins"]),
            "score_summaries": {s["id"]: charts.score_summary(s) for s in data["scores"]},
            "checkins": _checkin_rows(session, patient.id, share),
            "responses": list(
                reversed(responses.list_for_patient(session=session, patient_id=patient.id))
            ),
            "summary": summary,
            "flagged": [(f, highlight(f.text, f.evidence)) for f in reversed(summary.flagged)],
            "alerts": alerts_service.list_alerts(
                session=session, patient_ids=[patient.id], limit=50
            ),
            "kinds": KIND_WORDS,
            "outcomes": OUTCOME_WORDS,
        },
    )
