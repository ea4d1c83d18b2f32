"""`mindline insights report`: the service report as HTML, PDF or CSV."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Service outcomes, what helps whom and model oversight.", no_args_is_help=True
)


class Format(StrEnum):
    html = "html"
    pdf = "pdf"
    csv = "csv"


@app.command("report")
def report_command(
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    fmt: Annotated[Format, typer.Option("--format", help="html, pdf or csv.")] = Format.html,
    period: Annotated[
        str | None, typer.Option(help="Whole months, e.g. 2026-01..2026-06 (default: last six).")
    ] = None,
    service: Annotated[
        str | None, typer.Option(help="Only patients tagged with this service.")
    ] = None,
    clinician: Annotated[int | None, typer.Option(help="Only this clinician's care teams.")] = None,
) -> None:
    """Write the aggregate service report (cells under 10 people suppressed)."""
    from tqdm import tqdm

    from mindline import crypto
    from mindline.config import get_settings
    from mindline.core import clock
    from mindline.core.errors import MindlineError
    from mindline.db import migrate
    from mindline.db.session import session_scope
    from mindline.insights import report, stats

    settings = get_settings()
    crypto.install_keyring(crypto.keyring_from_settings(settings))
    migrate.upgrade(settings)
    try:
        chosen = stats.parse_period(period, today=clock.now().date())
        with (
            tqdm(total=len(report.STEPS), unit="step", disable=not sys.stderr.isatty()) as bar,
            session_scope(settings) as session,
        ):

            def step(name: str) -> None:
                bar.set_description(name)
                bar.update()

            built = report.build(
                session, chosen, service=service, clinician_id=clinician, progress=step
            )
    except MindlineError as exc:
        typer.echo(f"error: {exc.message} {exc.fields or ''}".rstrip(), err=True)
        raise typer.Exit(2) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt is Format.html:
        out.write_text(report.to_html(built), encoding="utf-8")
    elif fmt is Format.csv:
        out.write_text(report.to_csv(built), encoding="utf-8")
    else:
        report.write_pdf(built, out)
    typer.echo(f"wrote {fmt.value} report for {chosen.label} to {out}")
