"""Patient pages: home, check-in, questionnaires, chat, progress and settings.

Every form works without JavaScript (POST, then a redirect); scripts in static/ only add to
them. The pages call the same services as the API.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from mindline import ratelimit
from mindline.accounts import service as accounts_service
from mindline.accounts.deps import role_guard
from mindline.accounts.enums import Role
from mindline.audit import service as audit_service
from mindline.authz import Actor
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.care.errors import PatientNotFound
from mindline.care.models import Patient
from mindline.companion import content
from mindline.companion import service as companion_service
from mindline.companion.crisis_lines import directory, for_country
from mindline.companion.errors import ConversationBusy, ConversationClosed, RateLimited
from mindline.companion.schemas import MAX_MESSAGE_CHARS
from mindline.core.errors import InvalidInput, Locked, NotFound
from mindline.db.deps import AppSettings, DbSession
from mindline.insights import service as insights_service
from mindline.measures import Instrument, get_instrument, list_instruments
from mindline.measures.errors import InstrumentDisabled, InvalidAnswers
from mindline.monitoring import checkins, responses, schedules, trends
from mindline.monitoring.enums import ResponseSource
from mindline.monitoring.errors import IdempotencyConflict
from mindline.web import charts, checkin_form, patient_data, questionnaire_flow, rate_limited
from mindline.web.i18n import LANGUAGES
from mindline.web.pages import render

router = APIRouter(include_in_schema=False)
PatientActor = Annotated[Actor, Depends(role_guard(Role.patient))]
# Risk levels at which the check-in thanks page shows a gentle panel with crisis lines.
GENTLE_PANEL_LEVELS = ("moderate", "high", "imminent")
PLAIN_RESULT = {
    "asq_negative": "Thank you. Your answers don't suggest you need urgent support right now.",
}


def signed_in_patient(actor: PatientActor, session: DbSession) -> Patient:
    """The signed-in patient's own record."""
    patient = (
        care_service.get(session=session, patient_id=actor.patient_id)
        if actor.patient_id is not None
        else None
    )
    if patient is None:
        raise PatientNotFound()
    return patient


Me = Annotated[Patient, Depends(signed_in_patient)]


def _audit(session: DbSession, patient: Patient, action: str, **detail: object) -> None:
    audit_service.record(
        session,
        action=action,
        actor_id=patient.user_id,
        actor_role=Role.patient.value,
        target_type="patient",
        target_id=patient.id,
        patient_id=patient.id,
        detail=dict(detail),
    )


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _enabled(instrument: Instrument, settings: AppSettings) -> bool:
    return instrument.requires_setting != "enable_cssrs" or settings.enable_cssrs


# --- home -----------------------------------------------------------------------------------


def home_page(request: Request, session: DbSession, patient: Patient) -> Response:
    """The patient's home: today's check-in, due questionnaires, chat, care plan, care team."""
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    team = care_service.team(session=session, patient_id=patient.id)
    clinicians = [
        (accounts_service.get(session=session, user_id=m.clinician_id), m.team_role) for m in team
    ]
    return render(
        request,
        "patient/home.html",
        {
            "user": user,
            "patient": patient,
            "checkin": patient_data.todays_checkin(session, patient.id),
            "due": schedules.due(session=session, patient_id=patient.id),
            "conversation": patient_data.open_conversation(session, patient.id),
            "care_plan": insights_service.care_plan(session=session, patient_id=patient.id),
            "clinicians": [(c, role) for c, role in clinicians if c],
        },
    )


# --- check-in -------------------------------------------------------------------------------


def _tags(settings: AppSettings) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (
        checkins.tags_from(settings.checkin_activity_tags, checkins.ACTIVITY_TAGS),
        checkins.tags_from(settings.checkin_trigger_tags, checkins.TRIGGER_TAGS),
    )


def _checkin_page(
    request: Request,
    settings: AppSettings,
    raw: dict[str, Any],
    errors: dict[str, str],
    *,
    editing: bool,
    status_code: int = 200,
) -> Response:
    activities, triggers = _tags(settings)
    return render(
        request,
        "patient/checkin.html",
        {
            "form": raw,
            "errors": errors,
            "editing": editing,
            "scales": checkin_form.SCALES,
            "activities": [(t, checkin_form.label(t)) for t in activities],
            "triggers": [(t, checkin_form.label(t)) for t in triggers],
            "max_journal": checkins.MAX_JOURNAL_CHARS,
        },
        status_code=status_code,
    )


@router.get("/checkin")
def checkin_page(
    request: Request, patient: Me, session: DbSession, settings: AppSettings
) -> Response:
    """Today's check-in form, filled in if the patient already checked in today."""
    today = patient_data.todays_checkin(session, patient.id)
    return _checkin_page(request, settings, checkin_form.from_row(today), {}, editing=bool(today))


@router.post("/checkin")
async def checkin_submit(
    request: Request, patient: Me, session: DbSession, settings: AppSettings
) -> Response:
    """Save today's check-in; on a mistake show the form again with what was typed."""
    try:
        ratelimit.enforce(request, session, "submit", account=f"patient:{patient.id}")
    except ratelimit.TooManyRequests as exc:
        return rate_limited.page(request, exc, patient)
    form = await request.form()
    parsed = checkin_form.parse(form, form.getlist)
    activities, triggers = _tags(settings)
    if parsed.values is not None:
        try:
            saved = checkins.submit(
                session=session,
                patient_id=patient.id,
                locale=patient.language,
                local_on=parsed.local_on,
                values=parsed.values,
                activity_tags=activities,
                trigger_tags=triggers,
            )
        except InvalidInput as exc:
            session.rollback()
            parsed.errors = checkin_form.plain_errors(exc.fields)
        else:
            action = "checkin_created" if saved.created else "checkin_updated"
            _audit(session, patient, action, checkin_id=saved.checkin.id)
            return _see(f"/checkin/saved?day={saved.checkin.local_on.isoformat()}")
    return _checkin_page(
        request, settings, parsed.raw, parsed.errors, editing=False, status_code=422
    )


@router.get("/checkin/saved")
def checkin_saved(
    request: Request, patient: Me, session: DbSession, day: str | None = None
) -> Response:
    """Thanks, and a gentle panel with crisis lines if the journal suggested risk."""
    recent = checkins.list_for_patient(session=session, patient_id=patient.id, days=2)
    row = next((c for c in recent if c.local_on.isoformat() == day), recent[0] if recent else None)
    show_panel = row is not None and row.risk_level in GENTLE_PANEL_LEVELS
    return render(
        request,
        "patient/checkin_saved.html",
        {
            "checkin": row,
            "show_panel": show_panel,
            "urgent": row is not None and row.risk_level in ("high", "imminent"),
            "resources": for_country(patient.country),
        },
    )


# --- questionnaires -------------------------------------------------------------------------


@router.get("/questionnaires")
def questionnaires_page(
    request: Request, patient: Me, session: DbSession, settings: AppSettings
) -> Response:
    """Questionnaires due now, and the others the patient may fill in."""
    due = schedules.due(session=session, patient_id=patient.id)
    due_ids = {d.instrument for d in due}
    others = [
        i
        for i in list_instruments()
        if i.id in schedules.DEFAULTS and i.id not in due_ids and _enabled(i, settings)
    ]
    return render(request, "patient/questionnaires.html", {"due": due, "others": others})


def _instrument(instrument_id: str, settings: AppSettings) -> Instrument:
    try:
        instrument = get_instrument(instrument_id)
    except InvalidAnswers as exc:
        raise NotFound("There is no such questionnaire.") from exc
    if not _enabled(instrument, settings):
        raise NotFound("There is no such questionnaire.")
    return instrument


def _step_page(
    request: Request, patient: Patient, flow: questionnaire_flow.Flow, status_code: int = 200
) -> Response:
    return render(
        request,
        "patient/questionnaire_step.html",
        {
            "flow": flow,
            "crisis": flow.safety_positive(),
            "resources": for_country(patient.country),
        },
        status_code=status_code,
    )


@router.get("/questionnaires/{instrument_id}")
def questionnaire_start(
    request: Request, instrument_id: str, patient: Me, settings: AppSettings
) -> Response:
    """The first question, with a fresh idempotency key for this filling-in."""
    flow = questionnaire_flow.new(_instrument(instrument_id, settings))
    return _step_page(request, patient, flow)


@router.post("/questionnaires/{instrument_id}")
async def questionnaire_step(
    request: Request,
    instrument_id: str,
    patient: Me,
    session: DbSession,
    settings: AppSettings,
) -> Response:
    """Move between questions (answers travel in hidden fields); store on the last screen."""
    instrument = _instrument(instrument_id, settings)
    flow, go = questionnaire_flow.from_form(instrument, await request.form())
    if go != "submit":
        if positive := flow.first_positive_safety_item():
            # The care team hears of it now, even if the form is never sent.
            responses.record_safety_answer(
                session=session,
                patient_id=patient.id,
                instrument=instrument.id,
                item_id=positive,
                form_key=flow.key,
            )
        flow = questionnaire_flow.advance(flow, go)
        return _step_page(request, patient, flow, 422 if flow.error else 200)
    gap = questionnaire_flow.missing(flow)
    if gap is not None:
        flow.step, flow.error = gap, "Please answer this question before sending."
        return _step_page(request, patient, flow, 422)
    try:
        ratelimit.enforce(request, session, "submit", account=f"patient:{patient.id}")
    except ratelimit.TooManyRequests as exc:
        return rate_limited.page(request, exc, patient)
    try:
        saved = responses.submit(
            session=session,
            patient_id=patient.id,
            instrument=instrument.id,
            answers=flow.submission(),
            idempotency_key=flow.key,
            submitted_by_id=patient.user_id,
            source=ResponseSource.api,
            enable_cssrs=settings.enable_cssrs,
        )
    except (InvalidAnswers, IdempotencyConflict, InstrumentDisabled) as exc:
        session.rollback()
        flow.step, flow.error = flow.total_steps, exc.message
        return _step_page(request, patient, flow, 422)
    if saved.created:
        _audit(
            session,
            patient,
            "response_submitted",
            response_id=saved.response.id,
            instrument=instrument.id,
        )
    return _see(f"/questionnaires/results/{saved.response.id}")


@router.get("/questionnaires/results/{response_id}")
def questionnaire_result(
    request: Request, response_id: int, patient: Me, session: DbSession
) -> Response:
    """The result in plain words; the crisis panel first when a safety answer was positive."""
    row = patient_data.own_response(session, patient.id, response_id)
    if row is None:
        raise NotFound("There is no such result.")
    instrument = get_instrument(row.instrument)
    band = instrument.band(row.total) if row.total is not None and instrument.bands else None
    return render(
        request,
        "patient/questionnaire_result.html",
        {
            "response": row,
            "instrument": instrument,
            "band": band,
            "crisis": "safety_workflow" in (row.flags or []),
            "plain": PLAIN_RESULT.get(f"{row.instrument}_{row.severity}"),
            "resources": for_country(patient.country),
        },
    )


# --- chat -----------------------------------------------------------------------------------


def _chat_page(
    request: Request,
    session: DbSession,
    patient: Patient,
    *,
    text: str = "",
    error: str = "",
    refusal: str = "",
    status_code: int = 200,
) -> Response:
    conversation = patient_data.open_conversation(session, patient.id)
    messages = (
        companion_service.history(session=session, conversation_id=conversation.id)
        if conversation
        else []
    )
    library = content.library()
    return render(
        request,
        "patient/chat.html",
        {
            "companion_on": _companion_on(session, patient),
            "refusal": refusal,
            "patient": patient,
            "conversation": conversation,
            "messages": messages,
            "exercises": {m.id: library.get(m.exercise_id or "") for m in messages},
            "resources": for_country(patient.country),
            "text": text,
            "error": error,
            "max_chars": MAX_MESSAGE_CHARS,
        },
        status_code=status_code,
    )


def _companion_on(session: DbSession, patient: Patient) -> bool:
    return care_service.has_consent(
        session=session, patient_id=patient.id, kind=ConsentKind.companion
    )


@router.get("/chat")
def chat_page(request: Request, patient: Me, session: DbSession) -> Response:
    """The current conversation with the companion."""
    return _chat_page(request, session, patient)


@router.post("/chat")
def chat_send(
    request: Request,
    patient: Me,
    session: DbSession,
    settings: AppSettings,
    text: str = Form(""),
    new: str = Form(""),
) -> Response:
    """Send a message (or start a new conversation) and show the reply."""
    conversation = patient_data.open_conversation(session, patient.id)
    if new:
        if conversation is not None:
            companion_service.close(session=session, conversation=conversation)
        companion_service.start(session=session, patient=patient)
        return _see("/chat")
    text = text.strip()
    if not text:
        return _chat_page(
            request, session, patient, error="Write a message first.", status_code=422
        )
    if len(text) > MAX_MESSAGE_CHARS:
        error = f"Please keep a message under {MAX_MESSAGE_CHARS:,} characters."
        return _chat_page(request, session, patient, text=text, error=error, status_code=422)
    try:
        ratelimit.enforce(request, session, "chat", account=f"patient:{patient.id}")
    except ratelimit.TooManyRequests as exc:
        return _chat_limited(request, session, settings, patient, text, exc)
    if not _companion_on(session, patient):
        # Safety overrides consent: the text is still screened (and may raise an alert).
        refusal = companion_service.screen_without_consent(
            session=session, settings=settings, patient=patient, text=text
        )
        return _chat_page(request, session, patient, refusal=refusal.message, status_code=403)
    if conversation is None:
        conversation = companion_service.start(session=session, patient=patient)
    try:
        exchange = companion_service.send(
            session=session,
            settings=settings,
            patient=patient,
            conversation_id=conversation.id,
            text=text,
        )
    except RateLimited as exc:
        session.rollback()
        return _chat_limited(request, session, settings, patient, text, exc)
    except (ConversationBusy, ConversationClosed) as exc:
        session.rollback()
        return _chat_page(request, session, patient, text=text, error=exc.message, status_code=429)
    return _see(f"/chat#m{exchange.reply.id}")


def _chat_limited(
    request: Request,
    session: DbSession,
    settings: AppSettings,
    patient: Patient,
    text: str,
    exc: Locked,
) -> Response:
    # Over a limit, yet screened like any message; the page shows the crisis lines.
    refusal = companion_service.screen_rate_limited(
        session=session, settings=settings, patient=patient, text=text, retry_after=exc.retry_after
    )
    page = _chat_page(
        request, session, patient, text=text, refusal=refusal.message, status_code=429
    )
    page.headers["Retry-After"] = str(exc.retry_after)
    return page


@router.post("/chat/messages/{message_id}/share")
def chat_share(
    message_id: int, patient: Me, session: DbSession, shared: str = Form("true")
) -> Response:
    """Share one of my messages with my clinician (or stop sharing it)."""
    companion_service.share(
        session=session, patient_id=patient.id, message_id=message_id, shared=shared == "true"
    )
    return _see(f"/chat#m{message_id}")


# --- progress -------------------------------------------------------------------------------


@router.get("/progress")
def progress_page(request: Request, patient: Me, session: DbSession) -> Response:
    """Mood and sleep over time, PHQ-9 and GAD-7 with bands, each with a text alternative."""
    data = charts.chart_data(trends.report(session=session, patient_id=patient.id, days=365))
    return render(
        request,
        "patient/progress.html",
        {
            "data": data,
            "checkin_summary": charts.checkin_summary(data["checkins"]),
            "score_summaries": {s["id"]: charts.score_summary(s) for s in data["scores"]},
        },
    )


# --- settings -------------------------------------------------------------------------------


def _settings_page(
    request: Request,
    session: DbSession,
    patient: Patient,
    *,
    errors: dict[str, str] | None = None,
    saved: bool = False,
    status_code: int = 200,
) -> Response:
    countries = sorted((code, entry.name) for code, entry in directory().countries.items())
    return render(
        request,
        "patient/settings.html",
        {
            "patient": patient,
            "countries": countries,
            "languages": LANGUAGES,
            "errors": errors or {},
            "saved": saved,
            "consents": {
                kind: row.granted
                for kind, row in care_service.consents(
                    session=session, patient_id=patient.id
                ).items()
            },
        },
        status_code=status_code,
    )


@router.get("/settings")
def settings_page(
    request: Request, patient: Me, session: DbSession, saved: bool = False
) -> Response:
    """Language, country (which crisis lines you see), notifications, your data."""
    return _settings_page(request, session, patient, saved=saved)


@router.post("/settings")
def settings_submit(
    request: Request,
    patient: Me,
    session: DbSession,
    country: str = Form(""),
    language: str = Form("en"),
) -> Response:
    """Save country and language."""
    if language not in LANGUAGES:
        errors = {"language": "Choose a language from the list."}
        return _settings_page(request, session, patient, errors=errors, status_code=422)
    try:
        care_service.update(session=session, patient=patient, country=country, language=language)
    except InvalidInput:
        session.rollback()
        errors = {"country": "Choose your country from the list."}
        return _settings_page(request, session, patient, errors=errors, status_code=422)
    _audit(session, patient, "profile_updated", fields="country,language")
    return _see("/settings?saved=true")


CONSENT_NEXT = ("/settings?saved=true", "/chat")


@router.post("/settings/consents")
async def settings_consents(request: Request, patient: Me, session: DbSession) -> Response:
    """Record what the patient agrees to; each change is a new consent row (history kept)."""
    form = await request.form()
    current = care_service.consents(session=session, patient_id=patient.id)
    for kind in ConsentKind:
        # Only kinds this form showed; an unticked box is a "no" for those.
        if kind.value not in form and kind.value + "_shown" not in form:
            continue
        wanted = form.get(kind.value) == "true"
        if kind.value not in current or current[kind.value].granted != wanted:
            care_service.record_consent(
                session=session,
                patient=patient,
                kind=kind,
                granted=wanted,
                recorded_by_id=patient.user_id,
            )
            _audit(session, patient, "consent_recorded", kind=kind.value, granted=wanted)
    target = str(form.get("next", ""))
    return _see(target if target in CONSENT_NEXT else CONSENT_NEXT[0])


@router.get("/settings/export.json")
def settings_export(patient: Me, session: DbSession) -> Response:
    """Download what Mindline holds that you wrote or answered, as JSON."""
    data = patient_data.export(session, patient.id)
    _audit(session, patient, "patient_export")
    return Response(
        json.dumps(data, default=str, indent=2),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="mindline-my-data.json"',
            "Cache-Control": "no-store",
        },
    )
