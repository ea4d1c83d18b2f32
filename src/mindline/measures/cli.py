"""`mindline measures` commands."""

import typer

app = typer.Typer(help="measures commands", no_args_is_help=True)
