"""Key rotation: re-encrypt every encrypted column, in committed batches.

Each batch picks rows whose value is not yet under the active key, so an interrupted run
loses nothing and a second run resumes where the first stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import Column, Table, Text, func, select, type_coerce, update

from mindline.audit import service as audit_service
from mindline.config import Settings
from mindline.crypto import PREFIX, EncryptedText, Keyring
from mindline.db.base import Base
from mindline.db.models import import_all
from mindline.db.session import session_scope


def encrypted_columns() -> Iterator[tuple[Table, Column[str]]]:
    """Every (table, column) stored with EncryptedText."""
    import_all()
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText):
                yield table, column


def _pending(table: Table, column: Column[str], keyring: Keyring):  # type: ignore[no-untyped-def]
    raw = type_coerce(column, Text)
    return raw.is_not(None) & ~raw.startswith(f"{PREFIX}:{keyring.active_id}:")


def count_pending(settings: Settings, keyring: Keyring) -> int:
    total = 0
    with session_scope(settings) as session:
        for table, column in encrypted_columns():
            total += (
                session.scalar(
                    select(func.count()).select_from(table).where(_pending(table, column, keyring))
                )
                or 0
            )
    return total


def rotate(
    settings: Settings,
    keyring: Keyring,
    *,
    batch_size: int = 500,
    progress: Callable[[int], object] = lambda n: None,
    max_batches: int | None = None,
) -> int:
    """Re-encrypt pending values under the active key; returns how many were rewritten."""
    done = 0
    batches = 0
    for table, column in encrypted_columns():
        (pk,) = table.primary_key.columns
        raw = type_coerce(column, Text)
        while max_batches is None or batches < max_batches:
            with session_scope(settings) as session:
                rows = session.execute(
                    select(pk, raw)
                    .where(_pending(table, column, keyring))
                    .order_by(pk)
                    .limit(batch_size)
                ).all()
                if not rows:
                    break
                for row_id, stored in rows:
                    fresh = keyring.encrypt(keyring.decrypt(stored))
                    session.execute(
                        update(table)
                        .where(pk == row_id, raw == stored)
                        .values({column.name: type_coerce(fresh, Text)})
                    )
                audit_service.record(
                    session,
                    action="keys_rotated_batch",
                    actor_role="cli",
                    target_type=table.name,
                    detail={"rows": len(rows), "key": keyring.active_id},
                )
            done += len(rows)
            batches += 1
            progress(len(rows))
    return done
