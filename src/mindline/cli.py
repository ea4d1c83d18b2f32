"""The `mindline` command."""

from __future__ import annotations

import json
import logging
import sys
from datetime import timedelta
from typing import Annotated

import typer

from mindline.config import Settings, get_settings

app = typer.Typer(
    help="Mindline: AI-assisted mental health support with clinicians in the loop.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema commands.", no_args_is_help=True)
users_app = typer.Typer(help="Create accounts and reset links.", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
keys_app = typer.Typer(help="Field-encryption keys.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")
app.add_typer(keys_app, name="keys")


def _mount_optional(name: str, module: str, attr: str = "app") -> None:
    """Mount a domain's commands (risk, measures, companion) when its package provides them."""
    import importlib

    try:
        sub = importlib.import_module(module)
    except ImportError as exc:  # a half-installed optional piece should not break the CLI
        logging.getLogger(__name__).debug("no %s commands: %s", name, exc)
        return
    app.add_typer(getattr(sub, attr), name=name)


_mount_optional("measures", "mindline.measures.cli")
_mount_optional("risk", "mindline.risk.cli")
_mount_optional("companion", "mindline.companion.cli")
_mount_optional("export", "mindline.monitoring.cli", "export_app")
_mount_optional("import", "mindline.monitoring.cli", "import_app")
_mount_optional("insights", "mindline.insights.cli")
_mount_optional("privacy", "mindline.privacy.cli")


def _settings() -> Settings:
    try:
        return get_settings()
    except Exception as exc:
        typer.echo(f"error: settings are not valid: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.callback()
def _main(
    ctx: typer.Context,
    log_format: Annotated[str, typer.Option(help="json (one object per line) or text.")] = "json",
    log_level: Annotated[
        str | None,
        typer.Option(help="debug, info, warning or error (default: info for serve and worker)."),
    ] = None,
) -> None:
    """Mindline: AI-assisted mental health support with clinicians in the loop."""
    from mindline.core.logging import configure_logging

    # One-shot commands print results on stdout; only warnings belong on stderr.
    default = "info" if ctx.invoked_subcommand in ("serve", "worker") else "warning"
    configure_logging(log_level or default, json_format=log_format != "text")


def _prepare(settings: Settings) -> None:
    from mindline import crypto
    from mindline.db import migrate

    crypto.install_keyring(crypto.keyring_from_settings(settings))
    migrate.upgrade(settings)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    workers: Annotated[int, typer.Option(help="Web worker processes.")] = 1,
    demo: Annotated[
        bool, typer.Option(help="Seed the demo clinic if the database is empty.")
    ] = False,
) -> None:
    """Apply pending migrations and serve the web app and API."""
    import uvicorn

    settings = _settings()
    _prepare(settings)
    if demo:
        from mindline import demo as demo_module

        demo_module.seed_if_empty(settings, echo=typer.echo, announce_existing=True)
    typer.echo(f"Mindline on http://{host or settings.host}:{port or settings.port}")
    uvicorn.run(
        "mindline.asgi:app",
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_level="info",
        log_config=None,  # keep Mindline's JSON logging for uvicorn too
        # Forwarded headers are read by mindline.ratelimit.client.TrustedProxies, which
        # believes only MINDLINE_TRUSTED_PROXIES (uvicorn would use its own list).
        proxy_headers=False,
        # uvicorn kills a worker that misses a 5 s health check; a process busy screening
        # text on a saturated machine can miss it, and the kill drops every request in
        # flight (seen in the load test: 12 restarts a minute). A hung process still goes.
        timeout_worker_healthcheck=30,
    )


@app.command()
def worker(
    once: Annotated[bool, typer.Option(help="Run pending jobs once and exit.")] = False,
) -> None:
    """Run background jobs (alert delivery, reminders, purges) until stopped."""
    from mindline import worker as worker_module

    settings = _settings()
    if once:
        _prepare(settings)
    else:
        _prepare_when_reachable(settings)
    worker_module.run(settings, once=once, idle_seconds=settings.worker_poll_seconds)


def _prepare_when_reachable(settings: Settings, max_wait: float = 10.0) -> None:
    """Prepare, retrying while the database does not answer: a worker started during a
    database restart (or before the database, by a process manager) waits instead of
    exiting, so alerts go out as soon as the database is back."""
    import time

    from sqlalchemy.exc import OperationalError

    delay = 1.0
    while True:
        try:
            _prepare(settings)
            return
        except OperationalError as exc:
            logging.getLogger("mindline.worker").warning(
                "database unreachable (%s); the worker tries again in %.0f s",
                str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__,
                delay,
            )
            time.sleep(delay)
            delay = min(delay * 2, max_wait)


@app.command()
def demo(
    reseed: Annotated[
        bool, typer.Option(help="Delete the demo clinic's rows and seed again.")
    ] = False,
) -> None:
    """Seed the synthetic demo clinic (3 clinicians, 1 admin, 40 patients) and print logins."""
    from mindline import demo as demo_module

    settings = _settings()
    _prepare(settings)
    if reseed:
        demo_module.reseed(settings, echo=typer.echo)
    else:
        demo_module.seed_if_empty(settings, echo=typer.echo, announce_existing=True)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "heads") -> None:
    """Apply migrations up to a revision (default: all)."""
    from mindline.db import migrate
    from mindline.db.session import get_engine

    settings = _settings()
    migrate.upgrade(settings, revision)
    typer.echo(f"database at {', '.join(sorted(migrate.current_revisions(get_engine(settings))))}")


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option(help="Login e-mail address.")],
    name: Annotated[str, typer.Option(help="Display name.")],
    role: Annotated[str, typer.Option(help="patient, clinician or admin.")],
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True, help="Password.")
    ],
    lead: Annotated[bool, typer.Option(help="Clinician with service-level reports.")] = False,
    country: Annotated[str, typer.Option(help="Patients: two-letter country code.")] = "GB",
) -> None:
    """Create an account."""
    from mindline.accounts import service as accounts_service
    from mindline.accounts.enums import Role
    from mindline.audit import service as audit_service
    from mindline.care import service as care_service
    from mindline.core.errors import MindlineError
    from mindline.db.session import session_scope

    settings = _settings()
    _prepare(settings)
    if role not in {r.value for r in Role}:
        typer.echo("error: --role must be patient, clinician or admin", err=True)
        raise typer.Exit(2)
    try:
        with session_scope(settings) as session:
            if role == Role.patient:
                patient = care_service.create(
                    session=session,
                    email=email,
                    display_name=name,
                    country=country,
                    password=password,
                )
                user_id = patient.user_id
            else:
                user_id = accounts_service.create(
                    session=session,
                    email=email,
                    display_name=name,
                    role=Role(role),
                    password=password,
                    is_lead=lead,
                ).id
            audit_service.record(
                session,
                action="user_created",
                actor_role="cli",
                target_type="user",
                target_id=user_id,
                detail={"role": role},
            )
    except MindlineError as exc:
        typer.echo(f"error: {exc.message} {exc.fields or ''}".rstrip(), err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"created {role} {email} (id {user_id})")


@users_app.command("reset-link")
def users_reset_link(
    email: Annotated[str, typer.Argument(help="The account's e-mail address.")],
) -> None:
    """Print a single-use password reset link (until e-mail delivery is configured)."""
    from mindline.accounts import service as accounts_service
    from mindline.audit import service as audit_service
    from mindline.db.session import session_scope

    settings = _settings()
    _prepare(settings)
    with session_scope(settings) as session:
        user = accounts_service.get_by_email(session=session, email=email)
        if user is None:
            typer.echo(f"error: no account with e-mail {email}", err=True)
            raise typer.Exit(2)
        token = accounts_service.issue_one_time_token(
            session=session,
            user=user,
            purpose="reset",
            valid_for=timedelta(minutes=settings.reset_token_minutes),
        )
        audit_service.record(
            session,
            action="reset_link_issued",
            actor_role="cli",
            target_type="user",
            target_id=user.id,
        )
    typer.echo(f"{settings.base_url.rstrip('/')}/reset/{token}")
    typer.echo(f"valid for {settings.reset_token_minutes} minutes, once", err=True)


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit chain; exit 1 and name the first broken link if it was tampered with."""
    from mindline.audit import service as audit_service
    from mindline.db.session import session_scope

    settings = _settings()
    _prepare(settings)
    with session_scope(settings) as session:
        result = audit_service.verify(session)
    if result.ok:
        typer.echo(f"audit chain intact: {result.checked} events")
        return
    typer.echo(
        f"audit chain BROKEN at event {result.broken_seq}: {result.reason} "
        f"({result.checked} events verified before it)",
        err=True,
    )
    raise typer.Exit(1)


@keys_app.command("generate")
def keys_generate() -> None:
    """Print a new random key in MINDLINE_ENCRYPTION_KEYS format (key_id:base64)."""
    from mindline import crypto

    typer.echo(crypto.generate_key())


@keys_app.command("rotate")
def keys_rotate(
    batch_size: Annotated[int, typer.Option(min=1, max=10000, help="Rows per transaction.")] = 500,
) -> None:
    """Re-encrypt every encrypted field with the first (active) key.

    Put the new key first in MINDLINE_ENCRYPTION_KEYS, keep the old ones after it, run this,
    then remove the old keys. Safe to interrupt: run it again and it resumes.
    """
    from mindline import crypto, rotation
    from mindline.db import migrate

    settings = _settings()
    keyring = crypto.keyring_from_settings(settings)
    crypto.install_keyring(keyring)
    migrate.upgrade(settings)
    from tqdm import tqdm

    total = rotation.count_pending(settings, keyring)
    with tqdm(total=total, unit="field", disable=not sys.stderr.isatty()) as bar:
        done = rotation.rotate(settings, keyring, batch_size=batch_size, progress=bar.update)
    typer.echo(json.dumps({"active_key": keyring.active_id, "re_encrypted": done}))
