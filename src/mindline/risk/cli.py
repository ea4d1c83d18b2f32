"""`mindline risk` commands."""

import typer

app = typer.Typer(help="risk commands", no_args_is_help=True)
