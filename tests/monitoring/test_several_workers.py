"""Several `mindline worker` processes: periodic scans don't do the same work twice."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import event, func, select, text

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


def test_a_second_scan_that_picked_the_same_patients_skips_them(settings: Settings) -> None:
    """SQLite has no row locks: both workers read the same unscanned patients. The second
    one's mark waits for the first one's commit, then finds it (it used to fail the job on
    the unique patient_id). On PostgreSQL the second one's SELECT skips the locked rows."""
    with session_scope(settings) as session:
        ids = [make_patient(session, email=f"p{n}@example.org").id for n in range(4)]
    picked = threading.Event()
    errors: list[BaseException] = []

    def second_worker() -> None:
        try:
            with session_scope(settings) as second:
                event.listen(second, "do_orm_execute", lambda _state: picked.set())
                jobs.scan_batch(session=second)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    with session_scope(settings) as first:
        jobs.scan_batch(session=first)  # marks all four; SQLite's write lock held until commit
        thread = threading.Thread(target=second_worker)
        thread.start()
        assert picked.wait(10), "the second worker never queried"
        time.sleep(0.3)  # let it reach its first mark, which waits for this commit
    thread.join(20)
    assert not thread.is_alive()
    assert errors == []
    with session_scope(settings) as session:
        marks = list(session.scalars(select(PatientScan)))
    assert sorted(m.patient_id for m in marks) == ids


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
