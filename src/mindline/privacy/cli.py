"""`mindline privacy erase` and `mindline privacy purge`."""

from __future__ import annotations

from typing import Annotated

import typer

from mindline.config import Settings

app = typer.Typer(help="Erasure and retention (docs/privacy.md).", no_args_is_help=True)


def _ready() -> Settings:
    from mindline import crypto
    from mindline.config import get_settings
    from mindline.db import migrate

    settings = get_settings()
    crypto.install_keyring(crypto.keyring_from_settings(settings))
    migrate.upgrade(settings)
    return settings


@app.command("erase")
def erase(
    patient: Annotated[int, typer.Option(help="Patient id.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase a patient's account (what they wrote and their personal data); audited."""
    from mindline.care.errors import PatientNotFound
    from mindline.db.session import session_scope
    from mindline.privacy import erasure

    settings = _ready()
    if not yes and not typer.confirm(
        f"Erase patient {patient}? Their free text and personal data are removed for good."
    ):
        typer.echo("nothing erased")
        raise typer.Exit(1)
    try:
        with session_scope(settings) as session:
            done = erasure.erase(
                session=session, patient_id=patient, actor_id=None, actor_role="cli"
            )
    except PatientNotFound:
        typer.echo(f"error: no patient {patient} (or already erased)", err=True)
        raise typer.Exit(2) from None
    kept = done.counts["open_alerts_kept"]
    typer.echo(
        f"erased patient {patient} as {done.pseudonym!r}: "
        + ", ".join(f"{k}={v}" for k, v in done.counts.items())
        + ("" if done.archived else f"; kept live until the care team resolves {kept} open alerts")
    )


@app.command("purge")
def purge(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would go; change nothing.")
    ] = False,
) -> None:
    """Remove data past its retention period and print how many rows of each kind went."""
    from mindline.db.session import session_factory
    from mindline.privacy import retention

    settings = _ready()
    session = session_factory(settings)()
    try:
        counts = retention.purge(session=session, settings=settings)
        if dry_run:
            session.rollback()
        else:
            session.commit()
    finally:
        session.close()
    verb = "would remove" if dry_run else "removed"
    for kind, n in counts.items():
        typer.echo(f"{verb} {n} {kind}")
