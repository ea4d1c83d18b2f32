"""Back up Mindline's database, and its encryption keys to a separate place.

PostgreSQL: `pg_dump --format=custom` inside an exported REPEATABLE READ snapshot, so the
row counts in the manifest describe exactly the dumped data. SQLite (the embedded default):
the sqlite3 online backup API, counted in the same read transaction.

Settings come from the MINDLINE_* environment, as for `mindline serve`. The key file is
written to --keys-out, which must not be inside --out: keys never travel with the data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, inspect, make_url, text

sys.path.insert(0, str(Path(__file__).parent))
from pgtools import libpq_args, pg_tool


class BackupError(Exception):
    """A backup cannot be made; the message says why."""


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def key_text(settings: object) -> str:
    """The configured keys, one per line (validated)."""
    from mindline import crypto
    from mindline.config import Settings

    assert isinstance(settings, Settings)
    if settings.encryption_keys:
        spec = "\n".join(k.strip() for k in settings.encryption_keys.split(",") if k.strip())
    elif settings.encryption_key_file:
        spec = settings.encryption_key_file.read_text()
    else:
        local = settings.data_dir / "encryption.keys"
        if not local.exists():
            raise BackupError(f"no encryption keys configured and no {local}")
        spec = local.read_text()
    crypto.Keyring.parse(spec)
    return spec if spec.endswith("\n") else spec + "\n"


def write_private(path: Path, content: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(content)


def dump_postgres(url: str, target: Path, pg_bin: str | None) -> tuple[dict[str, int], list[str]]:
    engine = create_engine(url, isolation_level="REPEATABLE READ")
    try:
        with engine.connect() as conn:
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            tables = sorted(inspect(conn).get_table_names())
            counts = {
                t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                for t in tables
            }
            revisions = sorted(
                conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            )
            args, env = libpq_args(url)
            done = subprocess.run(
                [
                    pg_tool("pg_dump", pg_bin),
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    "--file",
                    str(target),
                    *args,
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            if done.returncode:
                raise BackupError(f"pg_dump failed: {done.stderr.strip()}")
    finally:
        engine.dispose()
    return counts, revisions


def dump_sqlite(path: Path, target: Path) -> tuple[dict[str, int], list[str]]:
    if not path.exists():
        raise BackupError(f"SQLite database {path} does not exist")
    src = sqlite3.connect(path)
    try:
        src.execute("BEGIN")  # one read snapshot for the counts and the copy
        tables = [
            r[0]
            for r in src.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        counts = {t: int(src.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
        revisions = sorted(r[0] for r in src.execute("SELECT version_num FROM alembic_version"))
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
        src.commit()
    finally:
        src.close()
    return counts, revisions


def inside(child: Path, parent: Path) -> bool:
    child, parent = child.resolve(), parent.resolve()
    return child == parent or parent in child.parents


def backup(out: Path, keys_out: Path, pg_bin: str | None = None) -> Path:
    """Write one backup folder under `out` and the key file under `keys_out`; returns the folder."""
    from mindline.config import Settings

    if inside(keys_out, out) or inside(out, keys_out):
        raise BackupError(
            "--keys-out must be outside --out (and --out outside --keys-out): "
            "keys never go in the same backup as the data"
        )
    settings = Settings()
    keys = key_text(settings)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = out / f"mindline-{stamp}"
    folder.mkdir(parents=True, mode=0o700)
    keys_out.mkdir(parents=True, exist_ok=True, mode=0o700)
    if settings.is_sqlite:
        kind, dump = "sqlite", folder / "database.sqlite3"
        counts, revisions = dump_sqlite(
            Path(make_url(settings.sqlalchemy_url).database or ""), dump
        )
    else:
        kind, dump = "postgresql", folder / "database.dump"
        counts, revisions = dump_postgres(settings.sqlalchemy_url, dump, pg_bin)
    key_file = keys_out / f"mindline-{stamp}.keys"
    write_private(key_file, keys)
    from mindline.crypto import Keyring

    manifest = {
        "format": 1,
        "kind": kind,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "dump": dump.name,
        "sha256": sha256(dump),
        "revisions": revisions,
        "tables": counts,
        "key_ids": list(Keyring.parse(keys).keys),
        "key_file_name": key_file.name,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--out", type=Path, required=True, help="folder for the database backup")
    p.add_argument("--keys-out", type=Path, required=True, help="folder for the key file")
    p.add_argument("--pg-bin", help="folder with pg_dump (default: PATH, then PostgreSQL's)")
    args = p.parse_args(argv)
    try:
        folder = backup(args.out, args.keys_out, args.pg_bin)
    except BackupError as exc:
        print(f"backup failed: {exc}", file=sys.stderr)
        return 2
    manifest = json.loads((folder / "manifest.json").read_text())
    rows = sum(manifest["tables"].values())
    print(f"backup {folder} ({manifest['kind']}, {len(manifest['tables'])} tables, {rows} rows)")
    print(f"keys   {args.keys_out / manifest['key_file_name']} (store apart from the backup)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
