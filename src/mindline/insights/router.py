"""/api/v1/patients/{id}/suggestions (care team), /care-plan (the patient), /insights (leads)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, status
from fastapi.encoders import jsonable_encoder
from fastapi.responses import PlainTextResponse

from mindline.accounts.deps import CurrentActor
from mindline.audit import service as audit_service
from mindline.care.deps import PatientCareTeam, PatientSelf
from mindline.core import clock
from mindline.core.schemas import PathId, QueryId
from mindline.db.deps import DbSession
from mindline.insights import cohort, outcomes_report, oversight, population, service, stats
from mindline.insights.deps import ReportReader
from mindline.insights.schemas import (
    CarePlanItem,
    DeclineIn,
    EffectRead,
    GenerateIn,
    SuggestionRead,
)

suggestions_router = APIRouter(prefix="/patients", tags=["insights"])


@suggestions_router.get("/{patient_id}/suggestions", response_model=list[SuggestionRead])
def read_suggestions(
    patient: PatientCareTeam, session: DbSession, status: str | None = None
) -> list[SuggestionRead]:
    """The person's suggestions, newest first (care team only)."""
    rows = service.list_for_patient(session=session, patient_id=patient.id, status=status)
    return [SuggestionRead.model_validate(r) for r in rows]


@suggestions_router.post(
    "/{patient_id}/suggestions/generate",
    response_model=list[SuggestionRead],
    status_code=status.HTTP_201_CREATED,
)
def generate_suggestions(
    patient: PatientCareTeam, actor: CurrentActor, session: DbSession, body: GenerateIn
) -> list[SuggestionRead]:
    """Run the rules now; returns only new proposals (a still-proposed kind is not repeated)."""
    rows = service.generate(
        session=session, patient_id=patient.id, preferences=body.preferences, actor_id=actor.user_id
    )
    return [SuggestionRead.model_validate(r) for r in rows]


@suggestions_router.post(
    "/{patient_id}/suggestions/{suggestion_id}/approve", response_model=SuggestionRead
)
def approve_suggestion(
    patient: PatientCareTeam, suggestion_id: PathId, actor: CurrentActor, session: DbSession
) -> SuggestionRead:
    """Approve a proposal; the patient then sees its patient wording (never clinician-only)."""
    row = service.get_or_raise(session=session, patient_id=patient.id, suggestion_id=suggestion_id)
    return SuggestionRead.model_validate(
        service.approve(session=session, suggestion=row, actor_id=actor.user_id)
    )


@suggestions_router.post(
    "/{patient_id}/suggestions/{suggestion_id}/decline", response_model=SuggestionRead
)
def decline_suggestion(
    patient: PatientCareTeam,
    suggestion_id: PathId,
    body: DeclineIn,
    actor: CurrentActor,
    session: DbSession,
) -> SuggestionRead:
    """Decline a proposal with a reason."""
    row = service.get_or_raise(session=session, patient_id=patient.id, suggestion_id=suggestion_id)
    return SuggestionRead.model_validate(
        service.decline(session=session, suggestion=row, actor_id=actor.user_id, reason=body.reason)
    )


@suggestions_router.get("/{patient_id}/what-helps", response_model=list[EffectRead])
def read_what_helps(patient: PatientCareTeam, session: DbSession) -> list[EffectRead]:
    """n-of-1: next-day mood and sleep after each activity or exercise, or 'not enough data'."""
    return [
        EffectRead.model_validate(e.as_dict())
        for e in service.effects(session=session, patient_id=patient.id)
    ]


@suggestions_router.get("/{patient_id}/care-plan", response_model=list[CarePlanItem])
def read_care_plan(
    patient: PatientSelf, actor: CurrentActor, session: DbSession
) -> list[CarePlanItem]:
    """The patient's approved next steps, in their wording."""
    rows = service.care_plan(session=session, patient_id=patient.id)
    audit_service.record(
        session,
        action="care_plan_read",
        actor_id=actor.user_id,
        actor_role=actor.role.value,
        target_type="patient",
        target_id=patient.id,
        patient_id=patient.id,
    )
    return [
        CarePlanItem(id=r.id, text=r.patient_text or "", approved_at=r.decided_at) for r in rows
    ]


insights_router = APIRouter(prefix="/insights", tags=["insights"])


def _period(period: str | None) -> stats.Period:
    return stats.parse_period(period, today=clock.now().date())


def _plain(value: Any) -> Any:
    return jsonable_encoder(asdict(value))


@insights_router.get("/outcomes")
def read_outcomes(
    actor: ReportReader,
    session: DbSession,
    period: str | None = None,
    service: str | None = None,
    clinician_id: QueryId = None,
) -> dict[str, Any]:
    """Service outcomes for a period (leads and administrators; aggregates only)."""
    found = outcomes_report.service_outcomes(
        session, _period(period), service=service, clinician_id=clinician_id
    )
    return {**_plain(found), "counts": found.counts(), "period": found.period.label}


@insights_router.get("/oversight")
def read_oversight(
    actor: ReportReader, session: DbSession, period: str | None = None, service: str | None = None
) -> dict[str, Any]:
    """Alert precision, risk-level drift and acknowledgement times."""
    found = oversight.model_oversight(session, _period(period), service=service)
    return {**_plain(found), "period": found.period.label}


@insights_router.get("/what-helps")
def read_cohort(
    actor: ReportReader, session: DbSession, period: str | None = None, service: str | None = None
) -> dict[str, Any]:
    """Associations with next-day mood and questionnaire change, and profiles."""
    chosen = _period(period)
    ids = population.patient_ids(session, service=service) if service else None
    found = cohort.what_helps(session, chosen, ids)
    return {**_plain(found), "period": chosen.label}


class CsvResponse(PlainTextResponse):
    media_type = "text/csv"  # so the OpenAPI document says what the body is


@insights_router.get("/report.csv", response_class=CsvResponse)
def export_csv(
    actor: ReportReader, session: DbSession, period: str | None = None, service: str | None = None
) -> CsvResponse:
    """The whole report as aggregate CSV."""
    from mindline.insights import report  # matplotlib loads only when a report is made

    built = report.build(session, _period(period), service=service, with_charts=False)
    audit_service.record(
        session,
        action="insights_exported",
        actor_id=actor.user_id,
        actor_role=actor.role.value,
        target_type="insights_report",
        detail={"period": built.period.label, "service": service or ""},
    )
    return CsvResponse(report.to_csv(built))
