"""Questionnaire responses: store raw answers and derived results, emit safety events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.measures import Score, get_instrument, score
from mindline.measures.answers import RawAnswers, normalise
from mindline.monitoring import events, outcomes, schedules
from mindline.monitoring.enums import EventKind, ResponseSource, Severity
from mindline.monitoring.errors import IdempotencyConflict
from mindline.monitoring.models import QuestionnaireResponse
from mindline.monitoring.rows import insert_or_skip

MAX_KEY_CHARS = 80


@dataclass(frozen=True)
class Submitted:
    response: QuestionnaireResponse
    created: bool


def check_key(key: str | None) -> str | None:
    """Return a usable idempotency key or raise InvalidInput."""
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > MAX_KEY_CHARS or not key.isprintable():
        raise InvalidInput(
            "The idempotency key is not valid.",
            fields={"idempotency_key": f"1 to {MAX_KEY_CHARS} printable characters"},
        )
    return key


def _by_key(session: Session, patient_id: int, key: str) -> QuestionnaireResponse | None:
    return session.scalar(
        select(QuestionnaireResponse).where(
            QuestionnaireResponse.patient_id == patient_id,
            QuestionnaireResponse.idempotency_key == key,
        )
    )


def _replay(row: QuestionnaireResponse, instrument: str, values: list[Any]) -> Submitted:
    if row.instrument != instrument or row.answers != values:
        raise IdempotencyConflict(
            "This idempotency key was already used for different answers.",
            fields={"idempotency_key": "use a new key for a new submission"},
        )
    return Submitted(response=row, created=False)


def submit(
    *,
    session: Session,
    patient_id: int,
    instrument: str,
    answers: RawAnswers,
    idempotency_key: str | None = None,
    submitted_by_id: int | None = None,
    source: ResponseSource = ResponseSource.api,
    authored_at: datetime | None = None,
    enable_cssrs: bool = False,
) -> Submitted:
    """Score and store a response; a retried key returns the first result and stores nothing."""
    key = check_key(idempotency_key)
    result = score(instrument, answers, enable_cssrs=enable_cssrs)  # InvalidAnswers -> 422
    definition = get_instrument(instrument)
    values = list(normalise(definition, answers).values())
    if key is not None and (existing := _by_key(session, patient_id, key)) is not None:
        return _replay(existing, instrument, values)
    now = clock.now()
    values_row = {
        "patient_id": patient_id,
        "instrument": instrument,
        "answers": values,
        "total": result.total,
        "severity": result.severity,
        "flags": list(result.flags),
        "algorithm_version": result.algorithm_version,
        "result": result.model_dump(mode="json"),
        "source": source.value,
        "idempotency_key": key,
        "submitted_by_id": submitted_by_id,
        "authored_at": authored_at or now,
        "created_at": now,
        "deleted_at": None,
    }
    # A concurrent retry can pass the pre-check; the unique constraint decides.
    table = QuestionnaireResponse.__table__
    new_id = insert_or_skip(session, table, values_row, ["patient_id", "idempotency_key"])  # type: ignore[arg-type]
    if new_id is None:
        assert key is not None
        winner = _by_key(session, patient_id, key)
        assert winner is not None
        return _replay(winner, instrument, values)
    row = session.get(QuestionnaireResponse, new_id)
    assert row is not None
    schedules.completed(
        session=session, patient_id=patient_id, instrument=instrument, at=row.authored_at
    )
    emit_events(session=session, response=row, result=result)
    return Submitted(response=row, created=True)


SAFETY_KINDS = {
    "phq9": EventKind.phq9_item9,
    "asq": EventKind.asq_positive,
    "cssrs_screener": EventKind.cssrs_positive,
}


def record_safety_answer(
    *, session: Session, patient_id: int, instrument: str, item_id: str, form_key: str
) -> bool:
    """A positive safety item answered in a form not yet sent: raise it now, once per form.

    INSTRUMENTS.md §1 item 9 rule, step 1: evaluate item 9 as soon as it is answered, even
    if the form is later abandoned. The full submission later joins the same open alert.
    """
    kind = SAFETY_KINDS.get(instrument)
    if kind is None:
        return False
    event = events.emit(
        session=session,
        patient_id=patient_id,
        kind=kind,
        severity=Severity.high,
        source_type="questionnaire_draft",
        source_id=None,
        evidence={"instrument": instrument, "item": item_id, "status": "answered_before_submit"},
        dedupe_key=f"draft:{instrument}:{form_key}"[:120],
    )
    return event is not None


def emit_events(*, session: Session, response: QuestionnaireResponse, result: Score) -> None:
    """Write the events a response causes, in the caller's (the response's) transaction."""
    base = {"response_id": response.id, "instrument": response.instrument}
    flags = set(result.flags)
    if response.instrument == "phq9" and "phq9_item9_positive" in flags:
        # INSTRUMENTS.md §0.3: a missing item 9 is unknown and routes like a positive.
        status = "unknown" if "phq9_item9_unknown" in flags else "positive"
        events.emit(
            session=session,
            patient_id=response.patient_id,
            kind=EventKind.phq9_item9,
            severity=Severity.high,
            source_type="questionnaire_response",
            source_id=response.id,
            evidence={**base, "item": "9", "value": response.answers[8], "status": status},
        )
        schedules.schedule_asq_now(session, response.patient_id, "phq9_item9")
    if response.instrument == "asq" and "asq_positive" in flags:
        acute = "asq_acute_positive" in flags
        events.emit(
            session=session,
            patient_id=response.patient_id,
            kind=EventKind.asq_positive,
            severity=Severity.urgent if acute else Severity.high,
            source_type="questionnaire_response",
            source_id=response.id,
            evidence={**base, "result": result.severity, "flags": sorted(flags)},
        )
    if response.instrument == "cssrs_screener" and "cssrs_positive" in flags:
        events.emit(
            session=session,
            patient_id=response.patient_id,
            kind=EventKind.cssrs_positive,
            severity=Severity.urgent if "cssrs_high_risk" in flags else Severity.high,
            source_type="questionnaire_response",
            source_id=response.id,
            evidence={**base, "result": result.severity, "flags": sorted(flags)},
        )
    if response.instrument in outcomes.RELIABLE_CHANGE and response.total is not None:
        _check_reliable_deterioration(session, response)


def _check_reliable_deterioration(session: Session, response: QuestionnaireResponse) -> None:
    first = session.scalar(
        select(QuestionnaireResponse)
        .where(
            QuestionnaireResponse.patient_id == response.patient_id,
            QuestionnaireResponse.instrument == response.instrument,
            QuestionnaireResponse.total.is_not(None),
            QuestionnaireResponse.deleted_at.is_(None),
            QuestionnaireResponse.id != response.id,
        )
        .order_by(QuestionnaireResponse.authored_at, QuestionnaireResponse.id)
        .limit(1)
    )
    if first is None or first.total is None or response.total is None:
        return
    if first.authored_at > response.authored_at:
        return  # an imported older response is not a change from the baseline
    change = outcomes.reliable_change(response.instrument, first.total, response.total)
    if change.reliable_deterioration:
        events.emit(
            session=session,
            patient_id=response.patient_id,
            kind=EventKind.reliable_deterioration,
            severity=Severity.moderate,
            source_type="questionnaire_response",
            source_id=response.id,
            evidence={
                "response_id": response.id,
                "first_response_id": first.id,
                "instrument": response.instrument,
                "first": first.total,
                "last": response.total,
                "change": change.change,
                "threshold": outcomes.RELIABLE_CHANGE[response.instrument],
            },
        )


def recompute(response: QuestionnaireResponse) -> Score:
    """Score a stored response again from its raw answers (derived data is recomputable)."""
    # It was scored once, so a licensed instrument was enabled when it was stored.
    return score(response.instrument, response.answers, enable_cssrs=True)


def refresh_derived(*, session: Session, response: QuestionnaireResponse) -> bool:
    """Rewrite the stored derived fields from the raw answers; True if anything changed."""
    result = recompute(response)
    fresh = result.model_dump(mode="json")
    if fresh == response.result:
        return False
    response.total = result.total
    response.severity = result.severity
    response.flags = list(result.flags)
    response.algorithm_version = result.algorithm_version
    response.result = fresh
    session.flush()
    return True


def list_for_patient(
    *, session: Session, patient_id: int, instrument: str | None = None
) -> Sequence[QuestionnaireResponse]:
    """A patient's responses, oldest first."""
    stmt = select(QuestionnaireResponse).where(
        QuestionnaireResponse.patient_id == patient_id,
        QuestionnaireResponse.deleted_at.is_(None),
    )
    if instrument is not None:
        stmt = stmt.where(QuestionnaireResponse.instrument == instrument)
    return session.scalars(
        stmt.order_by(QuestionnaireResponse.authored_at, QuestionnaireResponse.id)
    ).all()
