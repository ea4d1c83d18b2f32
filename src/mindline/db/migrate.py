"""Alembic, driven from code: no alembic.ini to find."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from mindline.config import Settings
from mindline.db.session import get_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(settings: Settings) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", settings.sqlalchemy_url.replace("%", "%%"))
    cfg.attributes["engine"] = get_engine(settings)
    return cfg


def upgrade(settings: Settings, revision: str = "heads") -> None:
    """Apply pending migrations (every branch: domains may add independent branches)."""
    command.upgrade(alembic_config(settings), revision)


def head_revisions(settings: Settings) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(settings)).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def is_at_head(settings: Settings) -> bool:
    """True when the database is reachable and every migration is applied."""
    return current_revisions(get_engine(settings)) == head_revisions(settings)
