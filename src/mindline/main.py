"""The application factory."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from mindline import crypto
from mindline.accounts.deps import Public
from mindline.accounts.router import auth_router, users_router
from mindline.accounts.security import same
from mindline.alerts.router import alerts_router, patient_alerts_router, routes_router
from mindline.audit.router import router as audit_router
from mindline.care.router import caseload_router, invitations_router, patients_router
from mindline.companion import crisis_lines, crisis_overrides
from mindline.companion.admin_router import router as llm_admin_router
from mindline.companion.crisis_admin_router import router as crisis_admin_router
from mindline.companion.router import router as companion_router
from mindline.config import Settings
from mindline.core.errors import Forbidden, Locked, MindlineError
from mindline.db import migrate
from mindline.db.session import POOL_CONNECTIONS, get_engine, session_factory
from mindline.insights.router import insights_router, suggestions_router
from mindline.monitoring.preferences_router import router as notification_settings_router
from mindline.monitoring.router import instruments_router, monitoring_router, notices_router
from mindline.privacy.router import privacy_router
from mindline.ratelimit import Limiter
from mindline.ratelimit.client import TrustedProxies
from mindline.risk import embedding
from mindline.web import metrics
from mindline.web.headers import SecurityHeaders
from mindline.web.inflight import InFlightLimit

log = logging.getLogger(__name__)
API_PREFIX = "/api/v1"
# Every API router, in one place so the authorization matrix test can walk them all.
API_ROUTERS = (
    auth_router,
    users_router,
    patients_router,
    invitations_router,
    caseload_router,
    audit_router,
    instruments_router,
    monitoring_router,
    notices_router,
    alerts_router,
    patient_alerts_router,
    routes_router,
    companion_router,
    llm_admin_router,
    crisis_admin_router,
    notification_settings_router,
    suggestions_router,
    insights_router,
    privacy_router,
)
READY = {"type": "object", "properties": {"status": {"type": "string"}}, "required": ["status"]}
ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "required": ["code", "message", "fields"],
        }
    },
}


class BodySizeLimit:
    """Refuse request bodies over the limit with 413, before they are read into memory."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await _too_large(self.max_bytes)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _BodyTooLarge()
            return message

        try:
            await self.app(scope, limited, send)
        except _BodyTooLarge:
            await _too_large(self.max_bytes)(scope, receive, send)


class _BodyTooLarge(HTTPException):
    # An HTTPException, so FastAPI's body parser re-raises it instead of answering 400.
    def __init__(self) -> None:
        super().__init__(413, "The request body is too large.")


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse(
        {
            "error": {
                "code": "body_too_large",
                "message": f"The request body is over {limit} bytes.",
                "fields": {},
            }
        },
        status_code=413,
    )


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(API_PREFIX) and "text/html" in request.headers.get(
        "accept", ""
    )


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) or "body"


def _connection_lost(exc: DBAPIError) -> bool:
    # SQLite's OperationalError also means bugs such as a missing table: those stay 500.
    server = not type(exc.orig).__module__.startswith("sqlite3")
    return exc.connection_invalidated or (
        server and isinstance(exc, OperationalError | InterfaceError)
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(MindlineError)
    async def domain_error(request: Request, exc: MindlineError) -> Response:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, Locked) else None
        if _wants_html(request):
            from mindline.web.pages import error_page

            page = error_page(request, exc)
            page.headers.update(headers or {})
            return page
        return JSONResponse(exc.to_dict(), status_code=exc.status_code, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 413:
            return _too_large(request.app.state.settings.max_body_bytes)
        codes = {404: "not_found", 405: "method_not_allowed"}
        body = {
            "error": {
                "code": codes.get(exc.status_code, "http_error"),
                "message": str(exc.detail),
                "fields": {},
            }
        }
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    async def database_busy(request: Request, exc: DBAPIError) -> Response:
        # SQLite under heavy write load, or a lost server connection (a PostgreSQL restart or
        # failover; the request is not acknowledged): tell the client to retry, not fail.
        if "database is locked" in str(exc.orig):
            log.warning("database busy: answered 503")
            code, message = "busy", "Mindline is busy. Try again in a moment."
        elif _connection_lost(exc):
            log.warning("database unreachable: answered 503 (%s)", type(exc.orig).__name__)
            code, message = "unavailable", "Mindline cannot reach its database. Try again soon."
        else:
            raise exc
        body = {"error": {"code": code, "message": message, "fields": {}}}
        return JSONResponse(body, status_code=503, headers={"Retry-After": "1"})

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        fields: dict[str, str] = {}
        for err in exc.errors():
            name = _field_name(tuple(err.get("loc", ())))
            msg = str(err.get("msg", "invalid"))
            if err.get("type") == "extra_forbidden":
                msg = "unknown field; remove it"
            fields.setdefault(name, msg)
        return JSONResponse(
            {
                "error": {
                    "code": "invalid_input",
                    "message": "Some fields are not valid.",
                    "fields": fields,
                }
            },
            status_code=422,
        )


def create_app(settings: Settings) -> FastAPI:
    """Build the web application for these settings (migrations are applied by the caller)."""
    crypto.install_keyring(crypto.keyring_from_settings(settings))
    crisis_lines.use_overrides(crisis_overrides.loader_for(settings))
    app = FastAPI(
        title="Mindline",
        version="0.1.0",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        responses={
            "4XX": {
                "description": "Error",
                "content": {"application/json": {"schema": ERROR_SCHEMA}},
            }
        },
    )
    app.state.settings = settings
    app.state.sessionmaker = session_factory(settings)
    install_error_handlers(app)

    api = APIRouter(prefix=API_PREFIX)
    for router in API_ROUTERS:
        api.include_router(router)
    app.include_router(api)

    @app.get("/healthz", dependencies=[Public], tags=["health"])
    def healthz() -> dict[str, str]:
        """The process is up."""
        return {"status": "ok"}

    @app.get(
        "/readyz",
        dependencies=[Public],
        tags=["health"],
        response_model=None,
        responses={
            200: {"description": "Ready", "content": {"application/json": {"schema": READY}}},
            503: {"description": "Not ready", "content": {"application/json": {"schema": READY}}},
        },
    )
    def readyz() -> Response:
        """The database answers, every migration is applied and alerts are getting out."""
        try:
            with get_engine(settings).connect() as conn:
                conn.execute(text("SELECT 1"))
            if not migrate.is_at_head(settings):
                return JSONResponse({"status": "migrations pending"}, status_code=503)
            if embedding.warming_up():
                return JSONResponse({"status": "risk encoder loading"}, status_code=503)
            with app.state.sessionmaker() as session:
                behind = metrics.too_far_behind(
                    session,
                    max_backlog=settings.ready_max_outbox,
                    max_urgent_age=timedelta(seconds=settings.ready_max_urgent_seconds),
                )
            if behind:
                return JSONResponse({"status": f"alerts delayed: {behind}"}, status_code=503)
        except Exception as exc:  # readiness must answer, whatever the failure
            log.warning("readiness check failed: %s", type(exc).__name__)
            return JSONResponse({"status": "database unreachable"}, status_code=503)
        return JSONResponse({"status": "ready"})

    app.state.metrics = metrics.Metrics(app.state.sessionmaker)
    app.state.limiter = Limiter(settings, registry=app.state.metrics.registry)

    @app.get("/metrics", dependencies=[Public], include_in_schema=False)
    def prometheus(request: Request) -> Response:
        """Prometheus metrics: a bearer token when configured, else loopback clients only."""
        token = settings.metrics_token.get_secret_value() if settings.metrics_token else ""
        sent = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        host = request.client.host if request.client else ""
        allowed = same(sent, token) if token else host in ("127.0.0.1", "::1")
        if not allowed:
            raise Forbidden("Metrics are for the monitoring system; see MINDLINE_METRICS_TOKEN.")
        return Response(app.state.metrics.render(), media_type=metrics.CONTENT_TYPE)

    from mindline.web.routers import page_routers

    for pages in page_routers():
        app.include_router(pages)
    static = Path(__file__).parent / "web" / "static"
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/robots.txt", dependencies=[Public], include_in_schema=False)
    def robots() -> PlainTextResponse:
        return PlainTextResponse("User-agent: *\nDisallow: /\n")

    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(metrics.MetricsMiddleware, metrics=app.state.metrics)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(InFlightLimit, limit=POOL_CONNECTIONS)
    # Outermost, so every layer sees the client address and scheme the proxy reported.
    app.add_middleware(TrustedProxies, trusted=settings.trusted_proxies)
    return app
