"""`mindline companion` commands: try the companion in a throwaway session."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mindline.companion import fallback_screen
from mindline.companion.engine import reply
from mindline.companion.schemas import ConversationState, PatientProfile, Turn
from mindline.companion.screening import Screener, default_screen

if TYPE_CHECKING:
    from mindline.companion.llm.turn import LLMMode

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


def _one(text: str, profile: PatientProfile, screen: Screener, llm: LLMMode | None = None) -> Turn:
    return reply(ConversationState(), text, profile=profile, screen=screen, llm=llm)


def _llm(base_url: str | None, model: str, api_key: str, timeout: float) -> LLMMode | None:
    """The model mode for --llm-base-url (redacted unless the host is inside the network)."""
    if not base_url:
        return None
    from mindline.companion.llm import LLMConfig
    from mindline.companion.llm.factory import mode_for

    return mode_for(
        LLMConfig(base_url=base_url, model=model, api_key=api_key, first_token_timeout=timeout)
    )


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
    llm_base_url: Annotated[
        str | None,
        typer.Option(
            help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1: open conversation "
            "is generated (after the risk screen; every reply passes the output rails)."
        ),
    ] = None,
    llm_model: Annotated[str, typer.Option(help="Model name for --llm-base-url.")] = "",
    llm_api_key: Annotated[
        str, typer.Option(envvar="MINDLINE_LLM_API_KEY", help="Bearer key for the server.")
    ] = "",
    llm_timeout: Annotated[
        float, typer.Option(help="Seconds to wait for the first token before the script answers.")
    ] = 3.0,
) -> None:
    """Reply to one message (or each line of --input) in a throwaway session.

    Example: mindline companion try --country GB "I can't sleep and I'm worried about work"
    """
    screener = _screener(screen)
    llm = _llm(llm_base_url, llm_model, llm_api_key, llm_timeout)
    if input_path is not None:
        _batch(input_path, output_path, country, locale, screener, llm)
        return
    if message is None:
        raise typer.BadParameter("give a MESSAGE or --input FILE")
    profile = PatientProfile(name=name, country=country, locale=locale)
    turn = _one(message, profile, screener, llm)
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
    input_path: Path,
    output_path: Path | None,
    country: str,
    locale: str,
    screen: Screener,
    llm: LLMMode | None = None,
) -> None:
    """One throwaway session per line; a bad line gives an error line and the run continues."""
    out = output_path.open("w", encoding="utf-8") if output_path else sys.stdout
    try:
        with input_path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                row = _batch_line(line, number, country, locale, screen, llm)
                out.write(json.dumps(row) + "\n")
    finally:
        if output_path:
            out.close()


def _batch_line(
    line: str, number: int, country: str, locale: str, screen: Screener, llm: LLMMode | None
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
        turn = _one(text, profile, screen, llm)
    except Exception as exc:  # one bad row must not end the run
        return {"id": row_id, "line": number, "error": f"{type(exc).__name__}: {exc}"}
    return {"id": row_id, **_summary(turn)}
