"""Fixed-window rate limits per account and per client address, in Redis or the database."""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from fastapi import Request
from prometheus_client import CollectorRegistry, Counter
from sqlalchemy.orm import Session

from mindline.config import RATE_UNITS, Settings
from mindline.core import clock
from mindline.core.errors import Locked
from mindline.ratelimit.backends import Backend, DatabaseBackend, RedisBackend, Window

Kind = Literal["login", "chat", "submit"]
Per = Literal["account", "ip"]
_WHAT = {"login": "sign-in attempts", "chat": "messages", "submit": "submissions"}
_WHOSE = {"account": "for this account", "ip": "from this network address"}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int
    unit: str

    @classmethod
    def parse(cls, spec: str) -> Rate:
        """'10/minute' (config.py has already checked the form)."""
        count, _, unit = spec.partition("/")
        return cls(int(count), RATE_UNITS[unit], unit)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    count: int
    retry_after: int  # whole seconds until the window ends


class TooManyRequests(Locked):
    """429 naming the limit (its setting) and when to try again."""

    code = "rate_limited"

    def __init__(self, *, kind: Kind, per: Per, rate: Rate, retry_after: int) -> None:
        super().__init__(
            f"Too many {_WHAT[kind]} {_WHOSE[per]}: at most {rate.count} a {rate.unit}. "
            f"Try again in {retry_after} seconds.",
            retry_after=retry_after,
        )
        self.setting = f"MINDLINE_RATE_{kind.upper()}_{per.upper()}"
        self.fields = {"limit": self.setting}


class Limiter:
    """Counts hits in shared storage; one per app (``app.state.limiter``)."""

    def __init__(
        self,
        settings: Settings,
        *,
        registry: CollectorRegistry | None = None,
        redis_prefix: str | None = None,
        retry_seconds: float = 5.0,
    ) -> None:
        self.settings = settings
        self.fallbacks = Counter(
            "mindline_ratelimit_fallback",
            "Rate-limit hits counted in the database because Redis did not answer",
            registry=registry,
        )
        self.backend: Backend = DatabaseBackend()
        if settings.redis_url:
            self.backend = RedisBackend(
                settings.redis_url,
                # Each installation sharing a Redis has its own MINDLINE_REDIS_PREFIX.
                prefix=redis_prefix or f"{settings.redis_prefix}:ratelimit:",
                fallback=DatabaseBackend(),
                fallbacks=self.fallbacks,
                retry_seconds=retry_seconds,
            )
        self._salt = settings.secret_key.get_secret_value().encode()

    def hit(self, session: Session, name: str, subject: str, rate: Rate) -> Decision:
        """Count one request by ``subject`` against ``rate`` in the current window."""
        (decision,) = self.hit_many(session, [(name, subject, rate)])
        return decision

    def hit_many(self, session: Session, hits: Sequence[tuple[str, str, Rate]]) -> list[Decision]:
        """Count one request against several (name, subject, rate) limits in one round trip."""
        epoch = clock.now().timestamp()
        windows, waits = [], []
        for name, subject, rate in hits:
            window = int(epoch // rate.seconds)
            ends = (window + 1) * rate.seconds
            # Keyed HMAC: neither Redis nor the table holds an address or an e-mail.
            digest = hmac.new(self._salt, subject.encode(), hashlib.sha256).hexdigest()[:32]
            wait = max(1, math.ceil(ends - epoch))
            windows.append(
                Window(
                    f"{name}:{digest}:{window}",
                    expires_at=datetime.fromtimestamp(ends, UTC),
                    ttl=wait + 1,
                )
            )
            waits.append(wait)
        counts = self.backend.incr(session, windows)
        return [
            Decision(allowed=count <= rate.count, count=count, retry_after=wait)
            for (_, _, rate), count, wait in zip(hits, counts, waits, strict=True)
        ]

    def check(self, session: Session, kind: Kind, *, account: str, ip: str) -> None:
        """Count the request per account and per address; raise TooManyRequests if over."""
        pers: tuple[tuple[Per, str], ...] = (("account", account), ("ip", ip))
        rates = [Rate.parse(getattr(self.settings, f"rate_{kind}_{per}")) for per, _ in pers]
        decisions = self.hit_many(
            session,
            [
                (f"{kind}:{per}", subject or "-", rate)
                for (per, subject), rate in zip(pers, rates, strict=True)
            ],
        )
        refusal: TooManyRequests | None = None
        for (per, _), rate, decision in zip(pers, rates, decisions, strict=True):
            if not decision.allowed and (
                refusal is None or decision.retry_after > refusal.retry_after
            ):
                refusal = TooManyRequests(
                    kind=kind, per=per, rate=rate, retry_after=decision.retry_after
                )
        if refusal is not None:
            raise refusal


def client_ip(request: Request) -> str:
    """The client's address (TrustedProxies has already applied X-Forwarded-For)."""
    return request.client.host if request.client else ""


def enforce(request: Request, session: Session, kind: Kind, *, account: str) -> None:
    """Apply the app's limits for ``kind`` to this request; call before writing anything."""
    limiter: Limiter = request.app.state.limiter
    limiter.check(session, kind, account=account, ip=client_ip(request))
