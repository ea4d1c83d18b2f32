"""`mindline risk` commands: screen, train, evaluate."""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import typer

app = typer.Typer(
    help="Text risk screening: screen messages, train the classifier, evaluate it.",
    no_args_is_help=True,
)


BATCH = 256  # lines per encoder batch in `screen --input`


def _parse_line(line: bytes, number: int) -> dict[str, Any]:
    """The row to screen, or an error result."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return {"id": None, "line": number, "error": "line is not valid UTF-8"}
    try:
        row = json.loads(text)
    except ValueError as exc:
        return {"id": None, "line": number, "error": f"invalid JSON: {exc}"}
    if not isinstance(row, dict):
        return {"id": None, "line": number, "error": "line is not a JSON object"}
    if "text" not in row or not isinstance(row["text"], str):
        return {"id": row.get("id"), "line": number, "error": "missing or non-string 'text'"}
    return row


def _screen_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Screen parsed rows together (the cascade batches its encoder over them)."""
    from mindline.risk.screen import screen_many

    todo = [r for r in rows if "error" not in r]
    items = []
    for row in todo:
        locale = row.get("locale") if isinstance(row.get("locale"), str) else "en"
        context = row.get("context") if isinstance(row.get("context"), list) else None
        items.append((row["text"], locale or "en", context))
    results = iter(screen_many(items))
    return [r if "error" in r else {"id": r.get("id"), **next(results).to_dict()} for r in rows]


def _screen_chunk(lines: list[tuple[int, bytes]]) -> tuple[list[str], int]:
    """Parse and screen numbered raw lines; (JSON output lines, how many are errors).
    Runs in a worker process under --jobs (raw bytes in, text out: little to pickle)."""
    out = _screen_rows([_parse_line(raw, number) for number, raw in lines])
    return [json.dumps(r, ensure_ascii=False) + "\n" for r in out], sum("error" in r for r in out)


def usable_cores() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _chunks(src: IO[bytes]) -> Iterator[list[tuple[int, bytes]]]:
    """Non-blank input lines, numbered from 1, BATCH at a time."""
    chunk: list[tuple[int, bytes]] = []
    for number, raw in enumerate(src, start=1):
        if not raw.strip():
            continue
        chunk.append((number, raw.rstrip(b"\r\n")))
        if len(chunk) >= BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _worker_init() -> None:
    # Each worker is one process on one core: no tokenizer threads (the encoder already runs
    # on one thread unless MINDLINE_RISK_ENCODER_THREADS says otherwise).
    os.environ["TOKENIZERS_PARALLELISM"] = "false"


def screen_stream(
    src: IO[bytes], dst: IO[str], *, progress: bool = False, jobs: int = 1
) -> tuple[int, int]:
    """Screen JSONL in batches of BATCH lines (bounded memory); returns (lines, errors).

    With jobs > 1 and more than one batch of input, batches are screened by `jobs` worker
    processes and written in input order; at most 2 * jobs batches are in flight, so memory
    stays bounded on any input length."""
    count = errors = 0
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(desc="screen", unit=" msgs")

    def write(lines: list[str], bad: int) -> None:
        nonlocal count, errors
        dst.writelines(lines)
        count += len(lines)
        errors += bad
        if bar is not None:
            bar.update(len(lines))

    chunks = _chunks(src)
    head = list(itertools.islice(chunks, 2))
    stream = itertools.chain(head, chunks)
    try:
        if jobs > 1 and len(head) > 1:
            _screen_parallel(stream, jobs, write)
        else:
            # One job, or one batch (workers would only add their start-up): in process.
            for chunk in stream:
                write(*_screen_chunk(chunk))
    finally:
        if bar is not None:
            bar.close()
    return count, errors


def _screen_parallel(
    chunks: Iterator[list[tuple[int, bytes]]],
    jobs: int,
    write: Callable[[list[str], int], None],
) -> None:
    """Screen chunks in `jobs` fresh ("spawn") worker processes, writing results in order."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init) as pool:
        pending: deque[Future[tuple[list[str], int]]] = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(_screen_chunk, chunk))
                if len(pending) >= 2 * jobs:
                    write(*pending.popleft().result())
            while pending:
                write(*pending.popleft().result())
        except BaseException:
            for future in pending:
                future.cancel()
            raise


@app.command("screen")
def screen_command(
    text: str = typer.Argument(None, help="One message to screen (omit when using --input)."),
    input: Path = typer.Option(
        None, "--input", "-i", help="JSONL file, one {'id','text'[,'locale','context']} a line."
    ),
    output: Path = typer.Option(
        None, "--output", "-o", help="Where to write results as JSONL (default: stdout)."
    ),
    locale: str = typer.Option("en", help="Locale of TEXT, e.g. en, es, fr, de, pt, it."),
    jobs: int = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        help="Worker processes for --input (default: the usable cores). Output keeps the "
        "input order; an input of one batch (256 lines) is screened in process.",
    ),
) -> None:
    """Screen one message, or a JSONL file per the DESIGN.md batch contract.

    Each output line is {"id","level","categories","score","evidence","model_version","flags"};
    a line that cannot be read gives {"id","line","error"} and the run goes on.
    """
    if input is None:
        if text is None:
            raise typer.BadParameter("give a TEXT or --input FILE")
        from mindline.risk.screen import screen

        typer.echo(json.dumps(screen(text, locale=locale).to_dict(), ensure_ascii=False))
        return
    if not input.exists():
        typer.echo(f"input file not found: {input}", err=True)
        raise typer.Exit(2)
    progress = sys.stderr.isatty()
    workers = usable_cores() if jobs is None else jobs
    with input.open("rb") as src:
        if output is None:
            count, errors = screen_stream(src, sys.stdout, progress=progress, jobs=workers)
        else:
            with output.open("w", encoding="utf-8") as dst:
                count, errors = screen_stream(src, dst, progress=progress, jobs=workers)
    typer.echo(f"screened {count} lines, {errors} with errors", err=True)


@app.command("train")
def train_command(
    seed: int = typer.Option(13, help="Seed for the validation split and the models."),
    out_dir: Path = typer.Option(
        None, help="Where to write the artifact (default: inside the package)."
    ),
    no_public: bool = typer.Option(
        False, "--no-public", help="Train on authored data only (skip GoEmotions and SAD)."
    ),
    no_compare: bool = typer.Option(
        False, "--no-compare", help="Skip the comparison model family (faster)."
    ),
    card: Path = typer.Option(
        Path("docs/risk/MODEL_CARD.md"), help="Where to write the model card."
    ),
    no_encoder: bool = typer.Option(
        False, "--no-encoder", help="Keep the sentence-encoder head as it is (faster)."
    ),
    no_finetune: bool = typer.Option(
        False,
        "--no-finetune",
        help="Fit the encoder heads on the plain encoder only: skip fine-tuning its adapters "
        "(torch; about 15 minutes on 2 idle cores).",
    ),
) -> None:
    """Train the classifier on licence-compatible data, calibrate, write artifact + card;
    then refit the sentence-encoder head of the cascade on the new linear layer."""
    from mindline.risk import classifier, embedding
    from mindline.risk.model_card import write_model_card
    from mindline.risk.train import train

    if out_dir is not None:
        # The encoder head is fitted on the linear layer just trained: it must read that one
        # from out_dir, not the package's (as it did before 2026-12-03).
        os.environ[classifier.MODEL_ENV] = str(out_dir)
        classifier.load_model.cache_clear()
        embedding.reset()
    result = train(
        seed=seed, out_dir=out_dir, public=not no_public, compare=not no_compare, log=typer.echo
    )
    # Not embedding.available(): that asks for a head in the model directory, and a fresh
    # --out-dir has none yet, so the refit was skipped without a word (2026-12-06).
    if not no_encoder and not embedding.packages_installed():
        typer.echo("the encoder packages are not installed: encoder head kept as it is")
    elif not no_encoder:
        from mindline.risk import finetune
        from mindline.risk.train_embed import train_embedding

        tune = not no_finetune and finetune.available()
        if not no_finetune and not tune:
            typer.echo("torch/transformers not installed: encoder not fine-tuned (.[dev] has them)")
        emb = train_embedding(seed=seed, out_dir=out_dir, log=typer.echo, tune=tune)
        typer.echo(f"encoder head: {emb['version']} (mix {emb['mix']}, gate {emb['gate']})")
    write_model_card(card, result)
    typer.echo(f"model card: {card}")


@app.command("evaluate")
def evaluate_command(
    dataset: str = typer.Option(
        None,
        help="validation, dev, calibration, regression, regression_v2, regression_v3, everyday "
        "(false alarms on GoEmotions "
        "test comments with no distress emotion), dreaddit, depseverity, sdcnl or cssrs "
        "(default: all).",
    ),
    out_dir: Path = typer.Option(
        Path("docs/risk"), help="Where to write the calibration and PR plots (PNG)."
    ),
    seed: int = typer.Option(13, help="Seed of the validation split (must match training)."),
    limit: int = typer.Option(None, help="Screen only the first N rows of a public set."),
    no_reference: bool = typer.Option(
        False, "--no-reference", help="Skip the throw-away in-domain reference models."
    ),
    json_out: Path = typer.Option(None, help="Also write the numbers as JSON here."),
) -> None:
    """Per-level recall/precision, confusion matrix, false alarms, public balanced accuracy."""
    from mindline.risk.evaluate import run

    reports = run(
        dataset,
        out_dir,
        seed=seed,
        limit=limit,
        reference=not no_reference,
        progress=sys.stderr.isatty(),
        echo=typer.echo,
    )
    if json_out:
        clean = {
            k: {a: b for a, b in v.items() if not a.startswith("_")} for k, v in reports.items()
        }
        json_out.write_text(json.dumps(clean, indent=2) + "\n", encoding="utf-8")
