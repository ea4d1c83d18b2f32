"""Restore drill: prove a backup and its key file give back a working Mindline database.

Restores the backup into a NEW database (PostgreSQL: a fresh database named
mindline_drill_<random>; SQLite: a copy in a temporary folder), then checks, in order:
  1. the dump's SHA-256 matches the manifest;
  2. `mindline db upgrade` is a no-op (the schema is the backup's and the code's);
  3. `mindline audit verify` finds the hash chain intact;
  4. a sample of every encrypted column decrypts with the restored key file;
  5. every table has the row count the manifest recorded at backup time.
Exit 0 when all pass; exit 1 naming the first mismatch; exit 2 for unusable arguments.
The drill database is dropped at the end unless --keep is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Text, create_engine, func, inspect, make_url, select, text, type_coerce

sys.path.insert(0, str(Path(__file__).parent))
from backup import sha256
from pgtools import libpq_args, pg_tool

BIN = Path(sys.executable).parent


class Drill:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.folder: Path = args.backup
        self.manifest: dict[str, Any] = json.loads((self.folder / "manifest.json").read_text())
        self.tmp = Path(tempfile.mkdtemp(prefix="mindline-drill-"))
        self.db_name = ""
        self.url = ""
        self.results: list[tuple[str, bool, str]] = []

    # --- restore ------------------------------------------------------------------------
    def restore(self) -> None:
        dump = self.folder / self.manifest["dump"]
        if self.manifest["kind"] == "sqlite":
            copy = self.tmp / "restored.sqlite3"
            shutil.copyfile(dump, copy)
            self.url = f"sqlite:///{copy}"
            return
        admin = create_engine(self.args.pg_url, isolation_level="AUTOCOMMIT")
        self.db_name = f"mindline_drill_{uuid.uuid4().hex[:10]}"
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.db_name}"'))
        finally:
            admin.dispose()
        self.url = (
            make_url(self.args.pg_url)
            .set(database=self.db_name)
            .render_as_string(hide_password=False)
        )
        args, env = libpq_args(self.url)
        done = subprocess.run(
            [
                pg_tool("pg_restore", self.args.pg_bin),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                *args,
                str(dump),
            ],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise RuntimeError(f"pg_restore failed: {done.stderr.strip()[:500]}")

    def cleanup(self) -> None:
        if self.db_name and not self.args.keep:
            admin = create_engine(self.args.pg_url, isolation_level="AUTOCOMMIT")
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)'))
            finally:
                admin.dispose()
        if not self.args.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # --- checks -------------------------------------------------------------------------
    def record(self, name: str, ok: bool, detail: str) -> None:
        self.results.append((name, ok, detail))

    def mindline(self, *command: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
        env.update(
            {
                "MINDLINE_DATABASE_URL": self.url,
                "MINDLINE_ENCRYPTION_KEY_FILE": str(self.args.keys),
                "MINDLINE_DATA_DIR": str(self.tmp / "data"),
                "MINDLINE_ENVIRONMENT": "local",
            }
        )
        return subprocess.run(
            [str(BIN / "mindline"), *command], env=env, capture_output=True, text=True
        )

    def revisions(self) -> list[str]:
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return sorted(
                    conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
                )
        finally:
            engine.dispose()

    def check_upgrade(self) -> None:
        before = self.revisions()
        done = self.mindline("db", "upgrade")
        after = self.revisions()
        if done.returncode:
            self.record(
                "db upgrade", False, f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
            )
        elif before != after:
            self.record(
                "db upgrade",
                False,
                f"not a no-op: backup at {','.join(before)}, upgraded to {','.join(after)}",
            )
        else:
            self.record("db upgrade", True, f"no-op at {','.join(after)}")

    def check_audit(self) -> None:
        done = self.mindline("audit", "verify")
        out = (done.stdout + done.stderr).strip().splitlines()
        self.record(
            "audit verify", done.returncode == 0, out[-1] if out else f"exit {done.returncode}"
        )

    def check_decrypt(self) -> None:
        from mindline.crypto import Keyring
        from mindline.rotation import encrypted_columns

        try:
            keyring = Keyring.parse(self.args.keys.read_text())
        except ValueError as exc:
            self.record("decrypt", False, f"key file {self.args.keys}: {exc}")
            return
        engine = create_engine(self.url)
        checked = 0
        columns = 0
        try:
            with engine.connect() as conn:
                for table, column in encrypted_columns():
                    columns += 1
                    (pk,) = table.primary_key.columns
                    raw = type_coerce(column, Text)
                    rows = conn.execute(
                        select(pk, raw)
                        .where(raw.is_not(None))
                        .order_by(func.random())
                        .limit(self.args.sample)
                    ).all()
                    for row_id, stored in rows:
                        try:
                            keyring.decrypt(stored)
                        except Exception as exc:  # InvalidTag, unknown key id, bad format
                            reason = str(exc) or type(exc).__name__
                            self.record(
                                "decrypt",
                                False,
                                f"{table.name}.{column.name} id {row_id}: cannot decrypt with "
                                f"the key file ({reason})",
                            )
                            return
                        checked += 1
        finally:
            engine.dispose()
        self.record("decrypt", True, f"{checked} values in {columns} encrypted columns")

    def check_counts(self) -> None:
        expected: dict[str, int] = self.manifest["tables"]
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                present = set(inspect(conn).get_table_names())
                for name, want in sorted(expected.items()):
                    if name not in present:
                        self.record("row counts", False, f"table {name} missing after restore")
                        return
                    got = int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
                    if got != want:
                        self.record(
                            "row counts",
                            False,
                            f"table {name}: {got} rows restored, {want} in the source",
                        )
                        return
        finally:
            engine.dispose()
        total = sum(expected.values())
        self.record("row counts", True, f"{len(expected)} tables, {total} rows match the source")

    def run(self) -> int:
        dump = self.folder / self.manifest["dump"]
        if sha256(dump) != self.manifest["sha256"]:
            self.record("checksum", False, f"{dump.name} does not match the manifest's SHA-256")
        else:
            self.record("checksum", True, dump.name)
            self.restore()
            self.record("restore", True, self.db_name or self.url)
            self.check_upgrade()
            self.check_audit()
            self.check_decrypt()
            self.check_counts()
        for name, ok, detail in self.results:
            print(f"{'ok  ' if ok else 'FAIL'} {name:13} {detail}")
        failed = [r for r in self.results if not r[1]]
        if failed:
            name, _, detail = failed[0]
            print(f"restore drill FAILED at {name}: {detail}", file=sys.stderr)
            return 1
        print(f"restore drill passed: {self.folder.name}")
        return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("backup", type=Path, help="a backup folder written by scripts/backup")
    p.add_argument("--keys", type=Path, required=True, help="the key file saved with the backup")
    p.add_argument(
        "--pg-url",
        default=os.environ.get("MINDLINE_DRILL_PG_URL", ""),
        help="admin URL that may CREATE DATABASE (PostgreSQL backups; or MINDLINE_DRILL_PG_URL)",
    )
    p.add_argument("--pg-bin", help="folder with pg_restore (default: PATH, then PostgreSQL's)")
    p.add_argument("--sample", type=int, default=50, help="values decrypted per column (50)")
    p.add_argument("--keep", action="store_true", help="keep the restored database")
    args = p.parse_args(argv)
    if not (args.backup / "manifest.json").is_file():
        p.error(f"backup: {args.backup} has no manifest.json (not a scripts/backup folder)")
    if not args.keys.is_file():
        p.error(f"--keys: {args.keys} is not a file")
    if args.sample < 1:
        p.error("--sample must be at least 1")
    kind = json.loads((args.backup / "manifest.json").read_text()).get("kind")
    if kind == "postgresql" and not args.pg_url:
        p.error("--pg-url is required for a PostgreSQL backup (an admin URL for the new database)")
    return args


def main(argv: list[str] | None = None) -> int:
    drill = Drill(parse_args(argv))
    try:
        return drill.run()
    except (RuntimeError, OSError) as exc:
        print(f"restore drill FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        drill.cleanup()


if __name__ == "__main__":
    sys.exit(main())
