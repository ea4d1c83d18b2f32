"""Prometheus metrics at /metrics: request counts and latencies, and the safety backlog.

The backlog figures are read from the database at scrape time, so they are right whatever
number of web processes serve the app. Request counters are per process.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mindline.alerts.models import Alert, AlertDelivery
from mindline.core import clock

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def backlog(session: Session) -> dict[str, float]:
    """Outbox size, failed deliveries and the age of the oldest undelivered urgent alert."""
    pending = session.scalar(
        select(func.count()).select_from(AlertDelivery).where(AlertDelivery.status == "pending")
    )
    failed = session.scalar(
        select(func.count()).select_from(AlertDelivery).where(AlertDelivery.status == "failed")
    )
    oldest = session.scalar(
        select(func.min(Alert.created_at))
        .join(AlertDelivery, AlertDelivery.alert_id == Alert.id)
        .where(Alert.severity == "urgent", AlertDelivery.status == "pending")
    )
    age = (clock.now() - oldest).total_seconds() if oldest is not None else 0.0
    return {"pending": float(pending or 0), "failed": float(failed or 0), "urgent_age": age}


class DatabaseCollector(Collector):
    """Gauges computed from the database on each scrape."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def collect(self) -> Iterator[GaugeMetricFamily]:
        with self.sessions() as session:
            figures = backlog(session)
            open_alerts = session.execute(
                select(Alert.severity, func.count())
                .where(Alert.status != "resolved")
                .group_by(Alert.severity)
            ).all()
            age_by_severity = session.execute(
                select(Alert.severity, func.min(Alert.created_at))
                .where(Alert.status == "open")
                .group_by(Alert.severity)
            ).all()
        yield GaugeMetricFamily(
            "mindline_outbox_pending", "Alert deliveries not yet sent", value=figures["pending"]
        )
        yield GaugeMetricFamily(
            "mindline_delivery_failed", "Deliveries that failed for good", value=figures["failed"]
        )
        yield GaugeMetricFamily(
            "mindline_oldest_undelivered_urgent_seconds",
            "Age of the oldest urgent alert with a delivery still pending",
            value=figures["urgent_age"],
        )
        by_severity = GaugeMetricFamily(
            "mindline_alerts_unresolved", "Unresolved alerts", labels=["severity"]
        )
        for severity, count in open_alerts:
            by_severity.add_metric([severity], float(count))
        yield by_severity
        ages = GaugeMetricFamily(
            "mindline_oldest_open_alert_seconds",
            "Age of the oldest unacknowledged alert",
            labels=["severity"],
        )
        now = clock.now()
        for severity, created in age_by_severity:
            ages.add_metric([severity], (now - created).total_seconds())
        yield ages


class Metrics:
    """One registry per app, so several apps (tests) never clash."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "mindline_http_requests",
            "HTTP requests",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "mindline_http_request_seconds",
            "Time to answer",
            ["method", "route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.registry.register(DatabaseCollector(sessions))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts requests and their latency by route template (never by raw path: ids)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()
        status = {"code": 500}

        async def record_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            template = route_template(scope)
            method = scope.get("method", "")
            self.metrics.requests.labels(method, template, str(status["code"])).inc()
            self.metrics.latency.labels(method, template).observe(time.perf_counter() - began)


def route_template(scope: Scope) -> str:
    """The path with its parameters put back as {names}, so ids never become labels."""
    if scope.get("route") is None:
        return "unmatched"
    segments = str(scope.get("path", "")).split("/")
    params: dict[str, Any] = scope.get("path_params") or {}
    by_value = {str(value): name for name, value in params.items()}
    return "/".join("{" + by_value[seg] + "}" if seg in by_value else seg for seg in segments)


def too_far_behind(session: Session, *, max_backlog: int, max_urgent_age: timedelta) -> str:
    """Why readiness should fail because alerts are not getting out, or ''."""
    figures = backlog(session)
    if figures["pending"] > max_backlog:
        return f"outbox backlog {int(figures['pending'])} over {max_backlog}"
    if figures["urgent_age"] > max_urgent_age.total_seconds():
        return f"an urgent alert undelivered for {int(figures['urgent_age'])} s"
    return ""
