"""Several `mindline worker` processes: periodic scans don't do the same work twice."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from builders import make_patient
from mindline.accounts.models import User
from mindline.config import Settings
from mindline.db.locks import try_singleton
from mindline.db.session import session_scope
from mindline.monitoring import jobs
from mindline.monitoring.models import PatientScan


def _postgres_only(settings: Settings) -> None:
    if not settings.database_url.startswith("postgresql"):
        pytest.skip("row locks and advisory locks are PostgreSQL's; SQLite has one writer")


def test_two_scans_at_once_claim_different_patients(settings: Settings) -> None:
    _postgres_only(settings)
    with session_scope(settings) as session:
        ids = [make_patient(session, email=f"p{n}@example.org").id for n in range(4)]
    with session_scope(settings) as first, session_scope(settings) as second:
        jobs.scan_batch(session=first, limit=2)  # holds its two patients until commit
        second.execute(text("SET LOCAL lock_timeout = '5s'"))  # waiting would fail, not hang
        jobs.scan_batch(session=second, limit=10)  # must skip them, not wait or repeat
        claimed_first = {row.patient_id for row in first.scalars(select(PatientScan))}
        claimed_second = set(second.scalars(select(PatientScan.patient_id)))
    assert claimed_first == set(ids[:2])
    assert claimed_second.isdisjoint(claimed_first)
    with session_scope(settings) as session:
        scanned = session.scalar(select(func.count()).select_from(PatientScan))
    assert scanned == len(ids)


def test_a_singleton_job_runs_in_one_transaction_at_a_time(settings: Settings) -> None:
    _postgres_only(settings)
    with session_scope(settings) as first:
        assert try_singleton(first, "companion.usage")
        with session_scope(settings) as second:
            assert not try_singleton(second, "companion.usage")
            assert try_singleton(second, "another.job")
    with session_scope(settings) as later:
        assert try_singleton(later, "companion.usage")  # released at commit


def test_the_scan_leaves_out_erased_and_disabled_accounts(settings: Settings) -> None:
    with session_scope(settings) as session:
        kept = make_patient(session, email="kept@example.org")
        gone = make_patient(session, email="gone@example.org")
        user = session.get(User, gone.user_id)
        assert user is not None
        user.is_active = False
        kept_id = kept.id
    with session_scope(settings) as session:
        jobs.scan_batch(session=session)
    with session_scope(settings) as session:
        assert set(session.scalars(select(PatientScan.patient_id))) == {kept_id}
