"""`mindline companion` commands: try the companion in a throwaway session."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from mindline.companion import fallback_screen
from mindline.companion.engine import reply
from mindline.companion.schemas import ConversationState, PatientProfile, Turn
from mindline.companion.screening import Screener, default_screen

app = typer.Typer(
    help="The AI companion. Nothing here is stored and no alerts are sent.",
    no_args_is_help=True,
)


@app.callback()
def main() -> None:
    """Try the companion: replies, crisis protocol and guardrails, with nothing stored."""


class ScreenChoice(StrEnum):
    """Which risk screen to use."""

    RISK = "risk"
    FALLBACK = "fallback"


def _screener(choice: ScreenChoice) -> Screener:
    return default_screen if choice == ScreenChoice.RISK else fallback_screen.screen


def _summary(turn: Turn) -> dict[str, Any]:
    return {
        "reply": turn.reply,
        "mode": turn.mode.value,
        "crisis": turn.crisis,
        "risk_level": turn.risk_level.value,
        "rails_fired": turn.rails_fired,
    }


def _one(text: str, profile: PatientProfile, screen: Screener) -> Turn:
    return reply(ConversationState(), text, profile=profile, screen=screen)


@app.command("try")
def try_(
    message: Annotated[str | None, typer.Argument(help="One patient message.")] = None,
    country: Annotated[
        str, typer.Option(help="ISO country code for crisis lines, e.g. GB, US, IE.")
    ] = "GB",
    locale: Annotated[str, typer.Option(help="Language of the messages.")] = "en",
    name: Annotated[str | None, typer.Option(help="Name to address the person by.")] = None,
    input_path: Annotated[
        Path | None,
        typer.Option(
            "--input",
            help='JSONL file, one {"id", "text", "country"?} per line; each is its own session.',
        ),
    ] = None,
    output_path: Annotated[
        Path | None,
        typer.Option(
            "--output",
            help='Where to write JSONL {"id","reply","mode","crisis","risk_level","rails_fired"}; '
            "stdout if omitted.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the turn as JSON.")] = False,
    screen: Annotated[
        ScreenChoice,
        typer.Option(help="Risk screen: mindline.risk (default) or the companion's fallback."),
    ] = ScreenChoice.RISK,
) -> None:
    """Reply to one message (or each line of --input) in a throwaway session.

    Example: mindline companion try --country GB "I can't sleep and I'm worried about work"
    """
    screener = _screener(screen)
    if input_path is not None:
        _batch(input_path, output_path, country, locale, screener)
        return
    if message is None:
        raise typer.BadParameter("give a MESSAGE or --input FILE")
    turn = _one(message, PatientProfile(name=name, country=country, locale=locale), screener)
    if as_json:
        typer.echo(json.dumps(_summary(turn), ensure_ascii=False))
        return
    typer.echo(turn.reply)
    typer.echo(
        f"\n[mode={turn.mode.value} crisis={turn.crisis} risk={turn.risk_level.value} "
        f"rails={','.join(turn.rails_fired) or '-'}]",
        err=True,
    )


def _batch(
    input_path: Path, output_path: Path | None, country: str, locale: str, screen: Screener
) -> None:
    """One throwaway session per line; a bad line gives an error line and the run continues."""
    out = output_path.open("w", encoding="utf-8") if output_path else sys.stdout
    try:
        with input_path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                out.write(json.dumps(_batch_line(line, number, country, locale, screen)) + "\n")
    finally:
        if output_path:
            out.close()


def _batch_line(
    line: str, number: int, country: str, locale: str, screen: Screener
) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"invalid JSON: {exc.msg}"}
    if not isinstance(row, dict):
        return {"id": None, "line": number, "error": "expected a JSON object"}
    row_id = row.get("id")
    text = row.get("text")
    if not isinstance(text, str):
        return {"id": row_id, "line": number, "error": "'text' must be a string"}
    profile = PatientProfile(
        country=str(row.get("country") or country), locale=str(row.get("locale") or locale)
    )
    try:
        turn = _one(text, profile, screen)
    except Exception as exc:  # one bad row must not end the run
        return {"id": row_id, "line": number, "error": f"{type(exc).__name__}: {exc}"}
    return {"id": row_id, **_summary(turn)}
