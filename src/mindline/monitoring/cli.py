"""`mindline export fhir` and `mindline import fhir`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mindline.config import Settings

export_app = typer.Typer(help="Export data.", no_args_is_help=True)
import_app = typer.Typer(help="Import data.", no_args_is_help=True)


def _ready() -> Settings:
    from mindline import crypto
    from mindline.config import get_settings
    from mindline.db import migrate

    settings = get_settings()
    crypto.install_keyring(crypto.keyring_from_settings(settings))
    migrate.upgrade(settings)
    return settings


@export_app.command("fhir")
def export_fhir(
    patient: Annotated[int, typer.Option(help="Patient id.")],
    out: Annotated[Path | None, typer.Option(help="Write here instead of stdout.")] = None,
) -> None:
    """Write one patient's questionnaires as a FHIR R4 Bundle (validated before writing)."""
    from mindline.audit import service as audit_service
    from mindline.care import service as care_service
    from mindline.db.session import session_scope
    from mindline.monitoring import fhir_io

    settings = _ready()
    with session_scope(settings) as session:
        if care_service.get(session=session, patient_id=patient) is None:
            typer.echo(f"error: no patient {patient}", err=True)
            raise typer.Exit(2)
        bundle = fhir_io.export_bundle(
            session=session, patient_id=patient, base_url=settings.base_url
        )
        problems = fhir_io.check_bundle(bundle)
        if problems:
            for problem in problems:
                typer.echo(f"error: {problem}", err=True)
            raise typer.Exit(1)
        audit_service.record(
            session,
            action="export_fhir",
            actor_role="cli",
            target_type="patient",
            target_id=patient,
            patient_id=patient,
            detail={"resources": len(bundle["entry"])},
        )
    text = json.dumps(bundle, indent=2)
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text + "\n")
        typer.echo(f"wrote {len(bundle['entry'])} resources to {out}", err=True)


@import_app.command("fhir")
def import_fhir(
    file: Annotated[Path, typer.Argument(help="A Bundle or one QuestionnaireResponse (JSON).")],
    patient: Annotated[int | None, typer.Option(help="Import into this patient.")] = None,
) -> None:
    """Import PHQ-9 and GAD-7 QuestionnaireResponses; any bad resource means nothing stored."""
    from mindline.audit import service as audit_service
    from mindline.db.session import session_factory
    from mindline.monitoring import fhir_io

    try:
        bundle = json.loads(file.read_text())
    except (OSError, ValueError) as exc:
        typer.echo(f"error: cannot read {file}: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not isinstance(bundle, dict):
        typer.echo("error: expected a JSON object (a Bundle or a QuestionnaireResponse)", err=True)
        raise typer.Exit(2)
    settings = _ready()
    session = session_factory(settings)()
    try:
        report = fhir_io.import_bundle(session=session, bundle=bundle, patient_id=patient)
        if not report.ok:
            session.rollback()
            typer.echo(json.dumps({"imported": 0, "errors": report.errors}, indent=2))
            raise typer.Exit(2)
        audit_service.record(
            session,
            action="import_fhir",
            actor_role="cli",
            target_type="patient",
            target_id=patient or "",
            patient_id=patient,
            detail={"imported": report.imported, "already_present": report.already_present},
        )
        session.commit()
    finally:
        session.close()
    typer.echo(
        json.dumps(
            {"imported": len(report.imported), "already_present": len(report.already_present)}
        )
    )
