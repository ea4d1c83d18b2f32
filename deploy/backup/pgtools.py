"""Finding the PostgreSQL client programs and passing them a SQLAlchemy URL."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import make_url


def pg_tool(name: str, pg_bin: str | None = None) -> str:
    """`name` from --pg-bin, else PATH, else the newest /usr/lib/postgresql/*/bin."""
    if pg_bin:
        return str(Path(pg_bin) / name)
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not candidates:
        raise FileNotFoundError(f"{name} not found; pass --pg-bin")
    return str(candidates[-1])


def libpq_args(url: str) -> tuple[list[str], dict[str, str]]:
    """--dbname with a libpq URL; the password goes in PGPASSWORD, never on the command line."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return ["--dbname", plain.render_as_string(hide_password=False)], env
