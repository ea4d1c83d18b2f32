"""`mindline measures` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer

from mindline.core.errors import MindlineError
from mindline.measures.definitions import Instrument, get_instrument, list_instruments
from mindline.measures.scoring import score
from mindline.measures.wording import load_wording

app = typer.Typer(
    help="Score and inspect the validated questionnaires (PHQ-9, GAD-7, ASQ, ...).",
    no_args_is_help=True,
)

USAGE_ERROR = 2


def _fail(error: MindlineError) -> typer.Exit:
    typer.echo(f"error: {error.message}", err=True)
    return typer.Exit(USAGE_ERROR)


def _parse(answers: str) -> list[str | None]:
    # An empty field or "-" is an unanswered item (skipped by skip logic, or missing).
    return [part.strip() or None for part in answers.split(",")]


@app.command("score")
def score_command(
    instrument: Annotated[str, typer.Argument(help="Instrument id, e.g. phq9 (see `list`).")],
    answers: Annotated[
        str,
        typer.Option(
            "--answers",
            "-a",
            help="Comma-separated answers in item order, e.g. 1,2,0,3,1,0,2,1,0. "
            "Yes/no items take yes, no, declined (or 1, 0). Leave a field empty or use - "
            "for an unanswered item.",
        ),
    ],
    enable_cssrs: Annotated[
        bool,
        typer.Option(
            "--enable-cssrs",
            envvar="MINDLINE_ENABLE_CSSRS",
            help="Allow the C-SSRS screener (licensed clinics only).",
        ),
    ] = False,
    caseness_rule: Annotated[
        str | None, typer.Option(help="GAD-7 caseness: nhs_tt_8 (default) or original_10.")
    ] = None,
    variant: Annotated[str | None, typer.Option(help="AUDIT-C form: us (default) or uk.")] = None,
    sex: Annotated[
        str | None, typer.Option(help="AUDIT-C US cut-off: male (>=4) or female (>=3).")
    ] = None,
    band_scheme: Annotated[
        str | None,
        typer.Option(help="K10: andrews_slade or aihw. PCL-5: cutoff_31, cutoff_32, cutoff_33."),
    ] = None,
) -> None:
    """Score one questionnaire and print the result as JSON.

    Invalid answers print a message naming the item and its allowed values and exit with 2.
    """
    try:
        result = score(
            instrument,
            _parse(answers),
            enable_cssrs=enable_cssrs,
            caseness_rule=caseness_rule,
            variant=variant,
            sex=sex,
            band_scheme=band_scheme,
        )
    except MindlineError as error:
        raise _fail(error) from error
    typer.echo(result.model_dump_json(indent=2))


def _range(instrument: Instrument) -> str:
    if instrument.total_range is None:
        return "levels"
    return f"{instrument.total_range[0]}-{instrument.total_range[1]}"


@app.command("list")
def list_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List the instruments: id, name, number of items, score range and recall period."""
    rows = [
        {
            "id": instrument.id,
            "name": instrument.name,
            "items": len(instrument.items),
            "range": _range(instrument),
            "recall": instrument.recall,
            "requires": instrument.requires_setting,
        }
        for instrument in list_instruments()
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    typer.echo(f"{'id':<16}{'name':<18}{'items':>5}  {'range':<8}recall")
    for row in rows:
        note = f"  (needs {row['requires']})" if row["requires"] else ""
        typer.echo(
            f"{row['id']:<16}{row['name']:<18}{row['items']:>5}  {row['range']:<8}"
            f"{row['recall']}{note}"
        )


@app.command("show")
def show_command(
    instrument: Annotated[str, typer.Argument(help="Instrument id, e.g. gad7.")],
    wording: Annotated[
        Path | None, typer.Option(help="JSON wording file with official text or translations.")
    ] = None,
    locale: Annotated[str, typer.Option(help="Locale to take from the wording file.")] = "en",
    output: Annotated[
        Literal["text", "json"], typer.Option(help="text or json (the full definition).")
    ] = "text",
) -> None:
    """Show an instrument's questions, answer options and scoring facts."""
    try:
        definition = get_instrument(instrument)
        if wording is not None:
            definition = load_wording(wording).apply(definition, locale)
    except MindlineError as error:
        raise _fail(error) from error
    if output == "json":
        typer.echo(definition.model_dump_json(indent=2))
        return
    typer.echo(f"{definition.name}: {definition.title} (recall: {definition.recall})")
    typer.echo(definition.stem)
    for item in definition.items:
        options = ", ".join(f"{o.score}={o.label}" for o in definition.options_for(item))
        typer.echo(f"  {item.id}. {item.text}  [{options}]")
