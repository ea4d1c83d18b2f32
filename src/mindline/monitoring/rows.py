"""Insert-or-skip on a unique constraint, the same on SQLite and PostgreSQL.

Used instead of a SAVEPOINT around a plain INSERT: with pysqlite's default transaction
handling a SAVEPOINT can be the outermost statement, and releasing it would commit early.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_or_skip(
    session: Session, table: Table, values: dict[str, Any], conflict: list[str]
) -> int | None:
    """Insert a row and return its id, or None if the unique columns already exist."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=conflict)
        .returning(table.c.id)
    )
    found: int | None = session.execute(stmt).scalar_one_or_none()
    return found
