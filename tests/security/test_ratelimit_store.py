"""The counter stores: database (SQLite and PostgreSQL) and Redis, shared across processes."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from prometheus_client import CollectorRegistry
from pydantic import ValidationError
from sqlalchemy import func, select

from conftest import make_settings
from mindline.config import Settings
from mindline.core import clock
from mindline.db.session import session_factory
from mindline.ratelimit import Limiter, Rate, TooManyRequests
from mindline.ratelimit.models import RateCounter

from .conftest import REDIS_URL

# Mid-window, so a test never straddles a window boundary.
NOON = datetime(2026, 3, 2, 12, 0, 10, tzinfo=UTC)
FIVE_A_MINUTE = Rate(5, 60, "minute")


def _counts(limiter: Limiter, session: Any, n: int, subject: str = "alice") -> list[int]:
    return [limiter.hit(session, "test", subject, FIVE_A_MINUTE).count for _ in range(n)]


def test_the_database_counts_per_subject_and_refuses_over_the_limit(
    settings: Settings, session: Any
) -> None:
    clock.freeze(NOON)
    limiter = Limiter(settings)
    decisions = [limiter.hit(session, "test", "alice", FIVE_A_MINUTE) for _ in range(6)]
    assert [d.count for d in decisions] == [1, 2, 3, 4, 5, 6]
    assert [d.allowed for d in decisions] == [True] * 5 + [False]
    assert decisions[-1].retry_after == 50  # 12:00:10 -> the window ends at 12:01:00
    assert limiter.hit(session, "test", "dave", FIVE_A_MINUTE).count == 1


def test_a_new_window_starts_from_one_and_expired_rows_are_dropped(
    settings: Settings, session: Any
) -> None:
    clock.freeze(NOON)
    limiter = Limiter(settings)
    assert _counts(limiter, session, 3) == [1, 2, 3]
    clock.freeze(NOON + timedelta(seconds=60))
    assert _counts(limiter, session, 1) == [1]
    # The first hit of the new window swept the old window's row.
    assert session.scalar(select(func.count()).select_from(RateCounter)) == 1


def test_one_request_counts_several_limits_at_once(settings: Settings, session: Any) -> None:
    """A chat message counts per account and per address in one statement and one commit;
    each limit keeps its own count and window."""
    clock.freeze(NOON)
    limiter = Limiter(settings)
    hourly = Rate(100, 3600, "hour")
    limiter.hit(session, "chat:ip", "203.0.113.9", FIVE_A_MINUTE)
    both = [("chat:account", "alice", hourly), ("chat:ip", "203.0.113.9", FIVE_A_MINUTE)]
    first, second = limiter.hit_many(session, both)
    assert (first.count, second.count) == (1, 2)
    assert (first.retry_after, second.retry_after) == (3590, 50)
    session.rollback()  # the counts were committed before the caller's work
    assert [d.count for d in limiter.hit_many(session, list(reversed(both)))] == [3, 2]


def test_no_address_or_email_is_stored_in_the_counter_table(
    settings: Settings, session: Any
) -> None:
    limiter = Limiter(settings)
    limiter.hit(session, "login:account", "email:alice@example.org", FIVE_A_MINUTE)
    limiter.hit(session, "login:ip", "203.0.113.9", FIVE_A_MINUTE)
    keys = session.scalars(select(RateCounter.key)).all()
    assert len(keys) == 2
    assert not any("alice" in k or "203.0.113" in k for k in keys)


def test_a_count_survives_the_callers_rollback(settings: Settings, session: Any) -> None:
    limiter = Limiter(settings)
    limiter.hit(session, "test", "alice", FIVE_A_MINUTE)
    session.rollback()  # a failed login rolls its request back
    assert limiter.hit(session, "test", "alice", FIVE_A_MINUTE).count == 2


def test_two_limiters_share_counts_through_the_database(settings: Settings) -> None:
    """Two app instances (two processes) over one database see each other's hits."""
    sessions = session_factory(settings)
    one, two = Limiter(settings), Limiter(settings)
    with sessions() as a, sessions() as b:
        assert _counts(one, a, 2) == [1, 2]
        assert _counts(two, b, 2) == [3, 4]


def test_concurrent_hits_are_each_counted_once(settings: Settings) -> None:
    sessions = session_factory(settings)
    seen: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        limiter = Limiter(settings)
        with sessions() as session:
            for _ in range(10):
                count = limiter.hit(session, "test", "alice", Rate(1000, 3600, "hour")).count
                with lock:
                    seen.append(count)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == list(range(1, 61))


def test_check_names_the_limit_that_was_exceeded(settings: Settings, session: Any) -> None:
    limited = settings.model_copy(update={"rate_login_account": "2/minute"})
    limiter = Limiter(limited)
    limiter.check(session, "login", account="email:a@example.org", ip="198.51.100.1")
    limiter.check(session, "login", account="email:a@example.org", ip="198.51.100.2")
    with pytest.raises(TooManyRequests) as refused:
        limiter.check(session, "login", account="email:a@example.org", ip="198.51.100.3")
    assert refused.value.fields == {"limit": "MINDLINE_RATE_LOGIN_ACCOUNT"}
    assert "at most 2 a minute" in refused.value.message
    assert refused.value.status_code == 429 and refused.value.retry_after >= 1


@pytest.mark.parametrize("bad", ["10", "ten/minute", "0/minute", "5/fortnight", "-1/hour"])
def test_a_bad_rate_setting_names_the_field_and_the_form(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValidationError) as error:
        make_settings(tmp_path, "sqlite://", rate_chat_ip=bad)
    text = str(error.value)
    assert "rate_chat_ip" in text and "COUNT/UNIT" in text and "minute" in text


def test_a_bad_trusted_proxy_names_the_entry(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as error:
        make_settings(tmp_path, "sqlite://", trusted_proxies="10.0.0.0/8, proxy.example")
    assert "trusted_proxies" in str(error.value) and "'proxy.example'" in str(error.value)


# --- Redis -------------------------------------------------------------------------------


def test_redis_counts_atomically_with_an_expiry_and_no_table_rows(
    settings: Settings, session: Any, redis_prefix: str
) -> None:
    on_redis = settings.model_copy(update={"redis_url": REDIS_URL})
    limiter = Limiter(on_redis, redis_prefix=redis_prefix)
    decisions = [limiter.hit(session, "test", "alice", FIVE_A_MINUTE) for _ in range(6)]
    assert [d.count for d in decisions] == [1, 2, 3, 4, 5, 6]
    assert decisions[-1].allowed is False
    client = redis.Redis.from_url(REDIS_URL)
    (key,) = list(client.scan_iter(match=redis_prefix + "*"))
    assert int(client.get(key) or 0) == 6
    assert 0 < client.ttl(key) <= 61
    assert session.scalar(select(func.count()).select_from(RateCounter)) == 0


def test_two_limiters_share_counts_through_redis(
    settings: Settings, session: Any, redis_prefix: str
) -> None:
    on_redis = settings.model_copy(update={"redis_url": REDIS_URL})
    one = Limiter(on_redis, redis_prefix=redis_prefix)
    two = Limiter(on_redis, redis_prefix=redis_prefix)
    assert _counts(one, session, 2) == [1, 2]
    assert _counts(two, session, 3) == [3, 4, 5]


def test_concurrent_hits_on_redis_are_each_counted_once(
    settings: Settings, redis_prefix: str
) -> None:
    on_redis = settings.model_copy(update={"redis_url": REDIS_URL})
    seen: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        limiter = Limiter(on_redis, redis_prefix=redis_prefix)
        for _ in range(25):
            count = limiter.hit(None, "test", "alice", Rate(1000, 3600, "hour")).count  # type: ignore[arg-type]
            with lock:
                seen.append(count)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == list(range(1, 101))


def test_redis_down_falls_back_to_the_database_logs_once_and_counts_it(
    settings: Settings,
    session: Any,
    dead_redis_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    registry = CollectorRegistry()
    down = settings.model_copy(update={"redis_url": dead_redis_url})
    limiter = Limiter(down, registry=registry, retry_seconds=0)
    with caplog.at_level(logging.WARNING, logger="mindline.ratelimit"):
        decisions = [limiter.hit(session, "test", "alice", FIVE_A_MINUTE) for _ in range(6)]
    assert [d.count for d in decisions] == [1, 2, 3, 4, 5, 6]
    assert decisions[-1].allowed is False  # still limited while Redis is away
    assert session.scalar(select(func.sum(RateCounter.count))) == 6
    warnings = [r for r in caplog.records if "Redis unreachable" in r.getMessage()]
    assert len(warnings) == 1
    assert registry.get_sample_value("mindline_ratelimit_fallback_total") == 6


def test_redis_back_after_an_outage_counts_in_redis_again(
    settings: Settings, session: Any, redis_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    on_redis = settings.model_copy(update={"redis_url": REDIS_URL})
    registry = CollectorRegistry()
    limiter = Limiter(on_redis, registry=registry, redis_prefix=redis_prefix, retry_seconds=0)
    real = limiter.backend.script  # type: ignore[attr-defined]

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise redis.ConnectionError("refused")

    # A mock only for the fault we must not cause for real: stopping the shared Redis.
    limiter.backend.script = refuse  # type: ignore[attr-defined]
    assert _counts(limiter, session, 1) == [1]
    limiter.backend.script = real  # type: ignore[attr-defined]
    with caplog.at_level(logging.WARNING, logger="mindline.ratelimit"):
        assert _counts(limiter, session, 1) == [1]  # Redis had not seen the first hit
    assert any("Redis answers again" in r.getMessage() for r in caplog.records)
    assert registry.get_sample_value("mindline_ratelimit_fallback_total") == 1
