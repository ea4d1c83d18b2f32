"""Retention: each kind goes only once past its cutoff; rows on both sides of every cutoff."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from typer.testing import CliRunner

from builders import Personas, make_conversation
from mindline.accounts.models import ApiToken, OneTimeToken, UserSession
from mindline.alerts.models import AlertDelivery, DeliveryAttempt
from mindline.audit.models import AuditEvent
from mindline.cli import app as cli_app
from mindline.companion.models import CompanionMessage, Conversation
from mindline.config import set_settings
from mindline.core import clock
from mindline.monitoring.models import Notice
from mindline.privacy import jobs, retention

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=clock.now().tzinfo)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def _token() -> str:
    return secrets.token_hex(16)


def seed(session: Any, p: Personas) -> None:
    """Each pair: the first is past its cutoff (goes), the second is not (stays)."""
    uid = p.bob.id
    session.add_all(
        [
            UserSession(
                id=_token(),
                user_id=uid,
                created_at=ago(40),
                last_seen_at=ago(40),
                expires_at=ago(31),
            ),
            UserSession(
                id=_token(),
                user_id=uid,
                created_at=ago(40),
                last_seen_at=ago(40),
                expires_at=ago(29),
            ),
            UserSession(
                id=_token(), user_id=uid, expires_at=NOW + timedelta(hours=1), revoked_at=ago(31)
            ),
            UserSession(id=_token(), user_id=uid, expires_at=NOW + timedelta(hours=1)),
            ApiToken(user_id=uid, name="a", token_hash=_token(), prefix="mlt_", revoked_at=ago(31)),
            ApiToken(user_id=uid, name="b", token_hash=_token(), prefix="mlt_", revoked_at=ago(29)),
            ApiToken(user_id=uid, name="c", token_hash=_token(), prefix="mlt_"),
            OneTimeToken(purpose="invite", user_id=uid, token_hash=_token(), expires_at=ago(31)),
            OneTimeToken(purpose="reset", user_id=uid, token_hash=_token(), expires_at=ago(29)),
            OneTimeToken(
                purpose="reset", user_id=uid, token_hash=_token(), expires_at=NOW, used_at=ago(31)
            ),
            Notice(patient_id=p.alice.id, kind="due", title="t", dedupe_key="a", read_at=ago(181)),
            Notice(patient_id=p.alice.id, kind="due", title="t", dedupe_key="b", read_at=ago(179)),
            Notice(
                patient_id=p.alice.id, kind="due", title="t", dedupe_key="c", created_at=ago(400)
            ),
        ]
    )
    for n, (status, finished) in enumerate(
        [("sent", 91), ("sent", 89), ("failed", 91), ("pending", 91)]
    ):
        delivery = AlertDelivery(
            channel="email",
            purpose="alert",
            recipient="x@example.org",
            idempotency_key=f"k{n}",
            status=status,
        )
        session.add(delivery)
        session.flush()
        session.add(
            DeliveryAttempt(
                delivery_id=delivery.id,
                number=1,
                worker="w",
                started_at=ago(finished),
                finished_at=ago(finished),
                ok=status == "sent",
            )
        )
    make_conversation(session, p.dave, "dave's words")
    make_conversation(session, p.alice, "alice's words")
    p.dave.deleted_at = ago(366)  # a former patient past the cutoff
    p.alice.deleted_at = ago(364)  # a former patient not yet
    session.commit()


EXPECTED = {
    "sessions": 2,
    "api_tokens": 1,
    "one_time_tokens": 2,
    "delivery_attempts": 2,
    "notices": 1,
    "former_patient_messages": 1,
    "former_patient_conversations": 1,
    "erased_patients_archived": 0,
}


def _count(session: Any, model: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model)))


def test_purge_removes_exactly_what_is_past_each_cutoff(
    session: Any, personas: Personas, settings: Any
) -> None:
    seed(session, personas)
    before = {m: _count(session, m) for m in (UserSession, ApiToken, OneTimeToken, Notice)}
    counts = retention.purge(session=session, settings=settings, now=NOW)
    session.commit()
    assert counts == EXPECTED
    assert _count(session, Notice) == before[Notice] - 1
    assert _count(session, UserSession) == before[UserSession] - 2
    kept_attempts = session.scalars(select(DeliveryAttempt.finished_at)).all()
    assert len(kept_attempts) == 2
    assert session.scalars(select(CompanionMessage.patient_id).distinct()).all() == [
        personas.alice.id
    ]
    assert session.scalars(select(Conversation.patient_id)).all() == [personas.alice.id]
    # A second run finds nothing more.
    assert set(retention.purge(session=session, settings=settings, now=NOW).values()) == {0}


def test_zero_days_keeps_a_kind_for_ever(session: Any, personas: Personas, settings: Any) -> None:
    seed(session, personas)
    keep = settings.model_copy(
        update={
            "retention_sessions_days": 0,
            "retention_tokens_days": 0,
            "retention_delivery_attempts_days": 0,
            "retention_notices_days": 0,
            "retention_former_patient_chats_days": 0,
        }
    )
    assert set(retention.purge(session=session, settings=keep, now=NOW).values()) == {0}


def test_the_worker_job_purges_once_a_day_and_audits_the_counts(
    session: Any, personas: Personas, settings: Any
) -> None:
    seed(session, personas)
    clock.freeze(NOW)
    assert jobs.retention_step(settings) is False
    assert jobs.retention_step(settings) is False
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.action == retention.PURGE_ACTION)
    ).all()
    assert len(events) == 1
    assert events[0].detail["counts"] == EXPECTED
    assert not retention.due(session, NOW + timedelta(hours=23))
    assert retention.due(session, NOW + timedelta(days=1, minutes=1))


def test_cli_dry_run_prints_counts_and_changes_nothing(
    session: Any, personas: Personas, settings: Any
) -> None:
    seed(session, personas)
    set_settings(settings)
    clock.freeze(NOW)
    try:
        runner = CliRunner()
        before = _count(session, Notice)
        dry = runner.invoke(cli_app, ["privacy", "purge", "--dry-run"])
        assert dry.exit_code == 0, dry.output
        assert "would remove 1 notices" in dry.output
        session.expire_all()
        assert _count(session, Notice) == before
        real = runner.invoke(cli_app, ["privacy", "purge"])
        assert "removed 1 notices" in real.output
        session.expire_all()
        assert _count(session, Notice) == before - 1
    finally:
        set_settings(None)


def test_the_purge_is_a_registered_worker_job() -> None:
    from mindline import worker

    worker.import_jobs()
    assert worker.registered()["privacy.retention"] is jobs.retention_step
