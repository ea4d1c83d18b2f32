"""scripts/backup and scripts/restore-drill on a seeded database (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from builders import Personas, make_conversation
from conftest import PG_ADMIN_URL, TEST_KEY
from mindline.audit import service as audit_service
from mindline.config import Settings

ROOT = Path(__file__).resolve().parents[2]
OTHER_KEY = "test1:" + "B" * 43 + "="  # same key id as TEST_KEY, different key


def _env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
    env.update(
        {
            "MINDLINE_ENVIRONMENT": "test",
            "MINDLINE_DATABASE_URL": settings.sqlalchemy_url,
            "MINDLINE_DATA_DIR": str(settings.data_dir),
            "MINDLINE_ENCRYPTION_KEYS": TEST_KEY,
        }
    )
    return env


def _run(
    script: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ROOT / "scripts" / script), *args],
        env=env or dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def seeded(settings: Settings, session, personas: Personas) -> Settings:  # type: ignore[no-untyped-def]
    for text_ in ("I slept badly again", "work is hard this week"):
        make_conversation(session, personas.alice, text_)
    audit_service.record(session, action="test_event", actor_role="cli", detail={"n": 1})
    session.commit()
    return settings


@pytest.fixture
def backup(seeded: Settings, tmp_path: Path) -> tuple[Path, Path]:
    done = _run(
        "backup",
        "--out",
        str(tmp_path / "backups"),
        "--keys-out",
        str(tmp_path / "keys"),
        env=_env(seeded),
    )
    assert done.returncode == 0, done.stderr
    (folder,) = (tmp_path / "backups").iterdir()
    (key_file,) = (tmp_path / "keys").iterdir()
    return folder, key_file


def _drill(folder: Path, key_file: Path) -> subprocess.CompletedProcess[str]:
    extra = ["--pg-url", PG_ADMIN_URL] if PG_ADMIN_URL else []
    return _run("restore-drill", str(folder), "--keys", str(key_file), *extra)


def _drill_database_gone(stdout: str) -> None:
    found = re.search(r"restore\s+(mindline_drill_\w+)", stdout)
    if not PG_ADMIN_URL:
        return
    assert found, stdout
    admin = create_engine(PG_ADMIN_URL)
    try:
        with admin.connect() as conn:
            n = conn.execute(
                text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": found.group(1)}
            ).scalar_one()
    finally:
        admin.dispose()
    assert n == 0


def test_backup_keeps_keys_apart_and_the_drill_passes(
    backup: tuple[Path, Path], seeded: Settings
) -> None:
    folder, key_file = backup
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["kind"] == ("postgresql" if PG_ADMIN_URL else "sqlite")
    assert manifest["tables"]["companion_message"] == 2
    assert manifest["key_ids"] == ["test1"]
    assert key_file.read_text().strip() == TEST_KEY
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert not any(
        TEST_KEY.split(":")[1] in p.read_bytes().decode("latin-1") for p in folder.iterdir()
    )

    done = _drill(folder, key_file)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "restore drill passed" in done.stdout
    assert re.search(r"ok\s+audit verify\s+audit chain intact", done.stdout), done.stdout
    decrypted = re.search(r"ok\s+decrypt\s+(\d+) values", done.stdout)
    assert decrypted and int(decrypted.group(1)) >= 2, done.stdout
    assert re.search(r"ok\s+db upgrade\s+no-op", done.stdout), done.stdout
    _drill_database_gone(done.stdout)


def test_drill_fails_with_the_wrong_key_file(backup: tuple[Path, Path], tmp_path: Path) -> None:
    folder, _ = backup
    wrong = tmp_path / "wrong.keys"
    wrong.write_text(OTHER_KEY + "\n")
    done = _drill(folder, wrong)
    assert done.returncode == 1, done.stdout
    assert "restore drill FAILED at decrypt" in done.stderr
    assert re.search(r"companion_message\.text id \d+: cannot decrypt", done.stderr), done.stderr
    _drill_database_gone(done.stdout)


def test_drill_names_the_first_table_whose_count_differs(backup: tuple[Path, Path]) -> None:
    folder, key_file = backup
    manifest_path = folder / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["tables"]["companion_message"] = 3
    manifest_path.write_text(json.dumps(manifest))
    done = _drill(folder, key_file)
    assert done.returncode == 1
    assert "FAILED at row counts: table companion_message: 2 rows restored, 3 in the source" in (
        done.stderr
    )


def test_drill_refuses_a_changed_dump(backup: tuple[Path, Path]) -> None:
    folder, key_file = backup
    dump = folder / json.loads((folder / "manifest.json").read_text())["dump"]
    with open(dump, "ab") as fh:
        fh.write(b"x")
    done = _drill(folder, key_file)
    assert done.returncode == 1
    assert "FAILED at checksum" in done.stderr


def test_backup_refuses_keys_inside_the_backup(seeded: Settings, tmp_path: Path) -> None:
    out = tmp_path / "backups"
    done = _run("backup", "--out", str(out), "--keys-out", str(out / "k"), env=_env(seeded))
    assert done.returncode == 2
    assert "--keys-out must be outside --out" in done.stderr
    assert not out.exists() or not any(out.iterdir())
