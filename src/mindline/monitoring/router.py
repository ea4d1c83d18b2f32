"""/api/v1/instruments, /api/v1/patients/{id}/… (questionnaires, check-ins, trends,
schedules, events) and /api/v1/me/notices."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response, status
from sqlalchemy.orm import Session

from mindline import authz, ratelimit
from mindline.accounts.deps import CurrentActor, SignedIn
from mindline.accounts.enums import Role
from mindline.audit import service as audit_service
from mindline.care import service as care_service
from mindline.care.deps import PatientClinical, PatientSelf
from mindline.care.enums import ConsentKind
from mindline.care.models import Patient
from mindline.core.errors import InvalidInput
from mindline.db.deps import AppSettings, DbSession
from mindline.measures import get_instrument, list_instruments
from mindline.monitoring import checkins, events, notices, responses, schedules, trends
from mindline.monitoring.deps import PatientCareTeam
from mindline.monitoring.models import CheckIn, QuestionnaireResponse
from mindline.monitoring.schemas import (
    CheckInIn,
    CheckInRead,
    CheckInTags,
    DueRead,
    EventRead,
    InstrumentRead,
    ItemRead,
    NoticeRead,
    NoticesRead,
    OptionRead,
    ResponseIn,
    ResponseRead,
    ScheduleRead,
    ScheduleUpdate,
    TrendRead,
)

instruments_router = APIRouter(prefix="/instruments", tags=["questionnaires"])
monitoring_router = APIRouter(prefix="/patients", tags=["monitoring"])
notices_router = APIRouter(prefix="/me/notices", tags=["notices"])
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=80)]


def _audit(
    session: Session,
    settings: Any,
    actor: authz.Actor,
    action: str,
    patient: Patient,
    *,
    read: bool = False,
    **ids: object,
) -> None:
    if read and not settings.audit_read_events:
        return
    audit_service.record_by(session, actor, action, patient_id=patient.id, detail=ids)


@instruments_router.get("", response_model=list[InstrumentRead])
def read_instruments(actor: SignedIn, settings: AppSettings) -> list[InstrumentRead]:
    """Questionnaires this clinic uses, with items and response options."""
    return [
        InstrumentRead(
            id=i.id,
            name=i.name,
            title=i.title,
            version=i.version,
            purpose=i.purpose,
            recall=i.recall,
            kind=i.kind,
            total_range=i.total_range,
            items=[
                ItemRead(
                    id=item.id,
                    text=item.text,
                    options=[OptionRead.model_validate(o) for o in i.options_for(item)],
                )
                for item in i.items
            ],
        )
        for i in list_instruments()
        if i.requires_setting != "enable_cssrs" or settings.enable_cssrs
    ]


# --- questionnaires -------------------------------------------------------------------------


@monitoring_router.get("/{patient_id}/questionnaires/due", response_model=list[DueRead])
def read_due(patient: PatientClinical, session: DbSession) -> list[DueRead]:
    """Questionnaires due now for the patient, overdue ones marked."""
    return [
        DueRead.model_validate(d) for d in schedules.due(session=session, patient_id=patient.id)
    ]


def _response_read(row: QuestionnaireResponse) -> ResponseRead:
    read = ResponseRead.model_validate(row)
    read.show_crisis_resources = "safety_workflow" in row.flags
    return read


@monitoring_router.post(
    "/{patient_id}/responses",
    response_model=ResponseRead,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "A retry: the first result, nothing stored again"}},
)
def submit_response(
    body: ResponseIn,
    request: Request,
    patient: PatientSelf,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
    response: Response,
    idempotency_key: IdempotencyKey = None,
) -> ResponseRead:
    """Submit a completed questionnaire (the patient). Send an Idempotency-Key to retry safely."""
    ratelimit.enforce(request, session, "submit", account=f"patient:{patient.id}")
    if body.patient_id is not None and body.patient_id != patient.id:
        raise InvalidInput(
            "These answers are for another patient.",
            fields={"patient_id": f"must be {patient.id} (the patient in the path) or omitted"},
        )
    if idempotency_key and body.idempotency_key and idempotency_key != body.idempotency_key:
        raise InvalidInput(
            "The Idempotency-Key header and the idempotency_key field differ.",
            fields={"idempotency_key": "send one key, or the same key in both places"},
        )
    saved = responses.submit(
        session=session,
        patient_id=patient.id,
        instrument=body.instrument,
        answers=body.answers,
        idempotency_key=idempotency_key or body.idempotency_key,
        submitted_by_id=actor.user_id,
        enable_cssrs=settings.enable_cssrs,
    )
    if saved.created:
        _audit(
            session,
            settings,
            actor,
            "response_submitted",
            patient,
            response_id=saved.response.id,
            instrument=body.instrument,
        )
    else:
        response.status_code = status.HTTP_200_OK
    return _response_read(saved.response)


@monitoring_router.get("/{patient_id}/responses", response_model=list[ResponseRead])
def read_responses(
    patient: PatientClinical,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
    instrument: str | None = None,
) -> list[ResponseRead]:
    """The patient's questionnaire responses, oldest first (the patient and the care team)."""
    if instrument is not None:
        get_instrument(instrument)  # an unknown id is a 422 listing the valid ones
    rows = responses.list_for_patient(session=session, patient_id=patient.id, instrument=instrument)
    _audit(session, settings, actor, "responses_read", patient, read=True, count=len(rows))
    return [_response_read(r) for r in rows]


# --- check-ins ------------------------------------------------------------------------------


def _tags(settings: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (
        checkins.tags_from(settings.checkin_activity_tags, checkins.ACTIVITY_TAGS),
        checkins.tags_from(settings.checkin_trigger_tags, checkins.TRIGGER_TAGS),
    )


def _checkin_read(row: CheckIn, *, as_clinician: bool, share_text: bool) -> CheckInRead:
    read = CheckInRead.model_validate(row)
    read.show_crisis_resources = row.risk_level in ("high", "imminent")
    if not as_clinician:
        read.risk_level = read.risk_categories = read.risk_evidence = None
    elif not share_text:
        read.journal = None
        read.activity_note = None
    return read


@monitoring_router.get("/{patient_id}/checkins/tags", response_model=CheckInTags)
def read_checkin_tags(patient: PatientClinical, settings: AppSettings) -> CheckInTags:
    """The activity and trigger tags a check-in may use."""
    activities, triggers = _tags(settings)
    return CheckInTags(activities=list(activities), triggers=list(triggers))


@monitoring_router.post(
    "/{patient_id}/checkins",
    response_model=CheckInRead,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"description": "Today's check-in already existed and was updated"}},
)
def submit_checkin(
    body: CheckInIn,
    request: Request,
    patient: PatientSelf,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
    response: Response,
) -> CheckInRead:
    """Record today's check-in (the patient); a second one the same local day updates it."""
    ratelimit.enforce(request, session, "submit", account=f"patient:{patient.id}")
    activities, triggers = _tags(settings)
    saved = checkins.submit(
        session=session,
        patient_id=patient.id,
        locale=patient.language,
        local_on=body.local_on,
        values=checkins.CheckInValues(
            mood=body.mood,
            anxiety=body.anxiety,
            sleep_quality=body.sleep_quality,
            hours_slept=body.hours_slept,
            activities=tuple(body.activities),
            activity_note=body.activity_note,
            triggers=tuple(body.triggers),
            journal=body.journal,
        ),
        activity_tags=activities,
        trigger_tags=triggers,
    )
    action = "checkin_created" if saved.created else "checkin_updated"
    _audit(session, settings, actor, action, patient, checkin_id=saved.checkin.id)
    if not saved.created:
        response.status_code = status.HTTP_200_OK
    return _checkin_read(saved.checkin, as_clinician=False, share_text=True)


@monitoring_router.get("/{patient_id}/checkins", response_model=list[CheckInRead])
def read_checkins(
    patient: PatientClinical,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
    days: int = 180,
) -> list[CheckInRead]:
    """Check-ins, newest first. Clinicians see free text only with the patient's consent."""
    if not 1 <= days <= 3660:
        raise InvalidInput("days is out of range", fields={"days": "1 to 3660"})
    rows = checkins.list_for_patient(session=session, patient_id=patient.id, days=days)
    clinician = actor.role is Role.clinician
    share = not clinician or care_service.has_consent(
        session=session, patient_id=patient.id, kind=ConsentKind.share_with_care_team
    )
    _audit(session, settings, actor, "checkins_read", patient, read=True, count=len(rows))
    return [_checkin_read(r, as_clinician=clinician, share_text=share) for r in rows]


# --- trends, schedules, events --------------------------------------------------------------


@monitoring_router.get("/{patient_id}/trends", response_model=TrendRead)
def read_trends(
    patient: PatientClinical,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
    days: int = 180,
) -> TrendRead:
    """Scores, check-ins, rolling mood, reliable change and outcome categories."""
    if not 1 <= days <= 3660:
        raise InvalidInput("days is out of range", fields={"days": "1 to 3660"})
    data = trends.report(session=session, patient_id=patient.id, days=days)
    _audit(session, settings, actor, "trends_read", patient, read=True)
    return TrendRead.model_validate(data)


@monitoring_router.get("/{patient_id}/schedules", response_model=list[ScheduleRead])
def read_schedules(patient: PatientClinical, session: DbSession) -> list[ScheduleRead]:
    """Questionnaire schedules (defaults are created on first use)."""
    return [
        ScheduleRead.model_validate(s)
        for s in schedules.list_for_patient(session=session, patient_id=patient.id)
    ]


@monitoring_router.put("/{patient_id}/schedules", response_model=list[ScheduleRead])
def update_schedule(
    body: ScheduleUpdate,
    patient: PatientCareTeam,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> list[ScheduleRead]:
    """Change one instrument's schedule (the care team)."""
    row = schedules.update(
        session=session,
        patient_id=patient.id,
        instrument=body.instrument,
        interval_days=body.interval_days,
        active=body.active,
        due_at=body.due_at,
        actor_id=actor.user_id,
        enable_cssrs=settings.enable_cssrs,
    )
    _audit(
        session,
        settings,
        actor,
        "schedule_changed",
        patient,
        schedule_id=row.id,
        instrument=row.instrument,
    )
    return read_schedules(patient, session)


@monitoring_router.get("/{patient_id}/events", response_model=list[EventRead])
def read_events(
    patient: PatientCareTeam, actor: CurrentActor, session: DbSession, settings: AppSettings
) -> list[EventRead]:
    """Monitoring events, newest first (the care team)."""
    rows = events.list_for_patient(session=session, patient_id=patient.id)
    _audit(session, settings, actor, "monitoring_events_read", patient, read=True)
    return [EventRead.model_validate(e) for e in rows]


# --- notices --------------------------------------------------------------------------------


@notices_router.get("", response_model=list[NoticeRead])
def read_notices(actor: SignedIn, session: DbSession) -> list[NoticeRead]:
    """Your in-app notices (patients; empty for staff)."""
    if actor.patient_id is None:
        return []
    rows = notices.list_for_patient(session=session, patient_id=actor.patient_id)
    return [NoticeRead.model_validate(n) for n in rows]


@notices_router.post("/read", response_model=list[NoticeRead])
def mark_notices_read(body: NoticesRead, actor: SignedIn, session: DbSession) -> list[NoticeRead]:
    """Mark notices read (the given ids, or all)."""
    if actor.patient_id is None:
        return []
    notices.mark_read(session=session, patient_id=actor.patient_id, ids=body.ids)
    return read_notices(actor, session)
