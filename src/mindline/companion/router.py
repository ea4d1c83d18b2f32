"""/api/v1/patients/{patient_id}/conversations and /companion: the companion API."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Coroutine, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from mindline import authz, ratelimit
from mindline.accounts.deps import CurrentActor
from mindline.accounts.enums import Role
from mindline.audit import service as audit_service
from mindline.care.deps import PatientCareTeam, PatientClinical, PatientSelf, PatientTranscript
from mindline.care.models import Patient
from mindline.companion import service
from mindline.companion.crisis_lines import for_country
from mindline.companion.errors import RateLimited
from mindline.companion.models import Conversation
from mindline.companion.schemas import (
    ConversationRead,
    CrisisLineRead,
    MessageIn,
    MessageRead,
    ReplyRead,
    SafetyPlanRead,
    ShareIn,
    SummaryRead,
    UsageRead,
)
from mindline.core.errors import Locked
from mindline.core.schemas import PathId
from mindline.db.deps import AppSettings, DbSession


class Utf8Route(APIRoute):
    """Name the body when it is not UTF-8 (FastAPI would answer a bare 400)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            if request.method in ("POST", "PUT", "PATCH"):
                try:
                    (await request.body()).decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise RequestValidationError(
                        [
                            {
                                "type": "json_invalid",
                                "loc": ("body",),
                                "msg": f"not valid UTF-8 at byte {exc.start}",
                                "input": None,
                            }
                        ]
                    ) from exc
            return await handler(request)

        return checked


router = APIRouter(prefix="/patients/{patient_id}", tags=["companion"], route_class=Utf8Route)
EVENT_STREAM = "text/event-stream"
# Sentence-sized pieces: the reply is already decided, streaming only paces its display.
_PIECES = re.compile(r"[^\n.!?]*(?:[.!?]+|\n+|$)")


def _conversation_read(conversation: Conversation, messages: int) -> ConversationRead:
    read = ConversationRead.model_validate(conversation)
    read.messages = messages
    return read


def _audit_read(
    session: Session, settings: AppSettings, actor: authz.Actor, patient: Patient, what: str
) -> None:
    """Staff reads of companion data are audited (ids only)."""
    if actor.role is Role.patient or not settings.audit_read_events:
        return
    audit_service.record(
        session,
        action="companion_read",
        actor_id=actor.user_id,
        actor_role=actor.role.value,
        target_type="patient",
        target_id=patient.id,
        patient_id=patient.id,
        detail={"what": what},
    )


@router.post("/conversations", response_model=ConversationRead, status_code=status.HTTP_201_CREATED)
def start_conversation(patient: PatientSelf, session: DbSession) -> ConversationRead:
    """Start a new conversation with the companion (the patient only)."""
    return _conversation_read(service.start(session=session, patient=patient), 0)


@router.get("/conversations", response_model=list[ConversationRead])
def list_conversations(patient: PatientClinical, session: DbSession) -> list[ConversationRead]:
    """The patient's conversations with message counts (no text)."""
    return [
        _conversation_read(c, n)
        for c, n in service.list_for_patient(session=session, patient_id=patient.id)
    ]


@router.get("/conversations/{conversation_id}", response_model=ConversationRead)
def read_conversation(
    conversation_id: PathId, patient: PatientClinical, session: DbSession
) -> ConversationRead:
    """One conversation's status (no text)."""
    conversation = service.get_or_raise(
        session=session, patient_id=patient.id, conversation_id=conversation_id
    )
    count = service.message_count(session=session, conversation_id=conversation.id)
    return _conversation_read(conversation, count)


@router.post("/conversations/{conversation_id}/close", response_model=ConversationRead)
def close_conversation(
    conversation_id: PathId, patient: PatientSelf, session: DbSession
) -> ConversationRead:
    """End a conversation; later messages to it get 409."""
    conversation = service.get_or_raise(
        session=session, patient_id=patient.id, conversation_id=conversation_id
    )
    service.close(session=session, conversation=conversation)
    count = service.message_count(session=session, conversation_id=conversation.id)
    return _conversation_read(conversation, count)


@router.post(
    "/conversations/{conversation_id}/messages",
    response_model=ReplyRead,
    responses={
        200: {"content": {EVENT_STREAM: {}}},
        403: {"description": "The companion is off (no consent); crisis lines included"},
        429: {"description": "Over a rate limit (Retry-After); crisis lines included"},
    },
)
def send_message(
    conversation_id: PathId,
    body: MessageIn,
    request: Request,
    patient: PatientSelf,
    session: DbSession,
    settings: AppSettings,
    stream: Annotated[bool, Query(description="answer as server-sent events")] = False,
) -> ReplyRead | StreamingResponse | JSONResponse:
    """Send a message and get the companion's reply (JSON, or SSE with ?stream=true).

    The message, reply, state and any alert are committed before the first byte is sent.
    In language-model mode the whole generated reply has passed the output rails before
    it is stored, so the stream below only ever carries checked text.
    Without companion consent: 403 with the crisis lines, and the text is still screened.
    Over a rate limit: 429 with the crisis lines, and the text is still screened.
    """
    try:
        ratelimit.enforce(request, session, "chat", account=f"patient:{patient.id}")
    except ratelimit.TooManyRequests as exc:
        return _limited(session, settings, patient, body.text, exc, exc.setting)
    if not service.companion_enabled(session=session, patient_id=patient.id):
        return _refuse(session, settings, patient, body.text)
    try:
        exchange = service.send(
            session=session,
            settings=settings,
            patient=patient,
            conversation_id=conversation_id,
            text=body.text,
        )
    except RateLimited as exc:
        session.rollback()
        return _limited(
            session, settings, patient, body.text, exc, "MINDLINE_COMPANION_MESSAGES_PER_MINUTE"
        )
    result = ReplyRead(
        message=service.to_read(exchange.message),
        reply=service.to_read(exchange.reply),
        mode=exchange.turn.mode.value,
        crisis=exchange.turn.crisis,
        risk_level=exchange.turn.risk_level.value,
    )
    if exchange.turn.crisis:
        resources = for_country(patient.country)
        result.crisis_lines = [CrisisLineRead.model_validate(line) for line in resources.lines]
        result.emergency = resources.emergency
    if stream or EVENT_STREAM in request.headers.get("accept", ""):
        # The request's session commits when this handler returns, before streaming.
        return StreamingResponse(
            _events(result),
            media_type=EVENT_STREAM,
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )
    return result


def _refuse(session: Session, settings: AppSettings, patient: Patient, text: str) -> JSONResponse:
    # Returned, not raised, so the request's session commits any alert it raised.
    refusal = service.screen_without_consent(
        session=session, settings=settings, patient=patient, text=text
    )
    lines = [CrisisLineRead.model_validate(line).model_dump() for line in refusal.resources.lines]
    return JSONResponse(
        {
            "error": {"code": "companion_off", "message": refusal.message, "fields": {}},
            "crisis_lines": lines,
            "emergency": refusal.resources.emergency,
        },
        status_code=status.HTTP_403_FORBIDDEN,
    )


def _limited(
    session: Session, settings: AppSettings, patient: Patient, text: str, exc: Locked, limit: str
) -> JSONResponse:
    # A person in crisis who types fast must never be left with nothing: crisis lines, and
    # the text is screened (an alert commits with the request).
    refusal = service.screen_rate_limited(
        session=session, settings=settings, patient=patient, text=text, retry_after=exc.retry_after
    )
    lines = [CrisisLineRead.model_validate(line).model_dump() for line in refusal.resources.lines]
    return JSONResponse(
        {
            "error": {
                "code": "rate_limited",
                "message": refusal.message,
                "fields": {"limit": limit},
            },
            "crisis_lines": lines,
            "emergency": refusal.resources.emergency,
        },
        status_code=status.HTTP_429_TOO_MANY_REQUESTS,
        headers={"Retry-After": str(exc.retry_after)},
    )


def _sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, default=str)}\n\n"


def _events(result: ReplyRead) -> Iterator[str]:
    """meta (ids, mode, risk), one delta per sentence, then done with the whole reply."""
    yield _sse(
        "meta",
        {
            "message_id": result.message.id,
            "reply_id": result.reply.id,
            "mode": result.mode,
            "crisis": result.crisis,
            "risk_level": result.risk_level,
        },
    )
    for piece in _PIECES.findall(result.reply.text):
        if piece:
            yield _sse("delta", {"text": piece})
    yield _sse("done", result.model_dump(mode="json"))


@router.get("/conversations/{conversation_id}/messages", response_model=list[MessageRead])
def read_messages(
    conversation_id: PathId,
    patient: PatientTranscript,
    actor: CurrentActor,
    session: DbSession,
    settings: AppSettings,
) -> list[MessageRead]:
    """The full transcript: the patient, or the care team when the patient shares it."""
    conversation = service.get_or_raise(
        session=session, patient_id=patient.id, conversation_id=conversation_id
    )
    _audit_read(session, settings, actor, patient, "transcript")
    return [
        service.to_read(m)
        for m in service.history(session=session, conversation_id=conversation.id)
    ]


@router.post("/conversations/{conversation_id}/clear-crisis", response_model=ConversationRead)
def clear_crisis(
    conversation_id: PathId, patient: PatientCareTeam, actor: CurrentActor, session: DbSession
) -> ConversationRead:
    """A care-team clinician closes crisis mode after speaking with the patient (audited)."""
    conversation = service.get_or_raise(
        session=session, patient_id=patient.id, conversation_id=conversation_id, for_update=True
    )
    service.clear_crisis(session=session, conversation=conversation, clinician_id=actor.user_id)
    count = service.message_count(session=session, conversation_id=conversation.id)
    return _conversation_read(conversation, count)


@router.post("/companion/messages/{message_id}/share", response_model=MessageRead)
def share_message(
    message_id: PathId, body: ShareIn, patient: PatientSelf, session: DbSession
) -> MessageRead:
    """ "Share with my clinician": the care team sees this message in the summary."""
    message = service.share(
        session=session, patient_id=patient.id, message_id=message_id, shared=body.shared
    )
    return service.to_read(message)


@router.get("/companion/summary", response_model=SummaryRead)
def read_summary(
    patient: PatientClinical, actor: CurrentActor, session: DbSession, settings: AppSettings
) -> SummaryRead:
    """Recent conversations in short: counts, modes, exercises, risk, flagged and shared."""
    _audit_read(session, settings, actor, patient, "summary")
    return service.summary(session=session, settings=settings, patient=patient)


@router.get("/companion/usage", response_model=UsageRead)
def read_usage(patient: PatientClinical, session: DbSession, settings: AppSettings) -> UsageRead:
    """The last seven days of companion use (messages, minutes, late-night messages)."""
    return service.usage_read(session=session, settings=settings, patient=patient)


@router.get("/companion/safety-plan", response_model=SafetyPlanRead)
def read_safety_plan(
    patient: PatientClinical, actor: CurrentActor, session: DbSession, settings: AppSettings
) -> SafetyPlanRead:
    """The safety plan the patient built with the companion (empty if none yet)."""
    row = service.safety_plan_row(session=session, patient_id=patient.id)
    _audit_read(session, settings, actor, patient, "safety_plan")
    if row is None:
        return SafetyPlanRead()
    plan = SafetyPlanRead.model_validate_json(row.plan)
    plan.updated_at = row.updated_at
    return plan
