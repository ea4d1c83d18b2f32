"""The audit log is append-only and a change anywhere is found by verify."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from mindline.audit import service as audit_service


def _write(session, n: int) -> None:
    for i in range(n):
        audit_service.record(session, action="note_added", actor_id=i, detail={"i": i})
    session.commit()


def _drop_guards(session) -> None:
    """What an attacker with the database owner's rights could do."""
    if session.bind.dialect.name == "postgresql":
        session.execute(text("DROP TRIGGER audit_event_no_change ON audit_event"))
    else:
        session.execute(text("DROP TRIGGER audit_event_no_update"))
        session.execute(text("DROP TRIGGER audit_event_no_delete"))
    session.commit()


def test_an_untouched_chain_verifies(session) -> None:
    _write(session, 12)
    result = audit_service.verify(session)
    assert result.ok and result.checked == 12


def test_the_database_refuses_updates_and_deletes_of_audit_rows(session) -> None:
    _write(session, 2)
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="append-only"):
            session.execute(text(statement))
        session.rollback()


def test_verify_names_the_first_changed_event(session) -> None:
    _write(session, 10)
    _drop_guards(session)
    session.execute(text("UPDATE audit_event SET actor_id = 999 WHERE seq = 4"))
    session.commit()
    result = audit_service.verify(session)
    assert result.broken_seq == 4
    assert "changed" in result.reason


def test_verify_finds_a_deleted_event(session) -> None:
    _write(session, 10)
    _drop_guards(session)
    session.execute(text("DELETE FROM audit_event WHERE seq = 7"))
    session.commit()
    assert audit_service.verify(session).broken_seq == 7


def test_verify_finds_events_cut_off_the_end(session) -> None:
    _write(session, 10)
    _drop_guards(session)
    session.execute(text("DELETE FROM audit_event WHERE seq > 8"))
    session.commit()
    result = audit_service.verify(session)
    assert result.broken_seq == 9 and "removed" in result.reason


def test_the_cli_exits_1_and_names_the_broken_link(session, settings, monkeypatch) -> None:
    from mindline import cli, config

    _write(session, 5)
    runner = CliRunner()
    monkeypatch.setattr(config, "_settings", settings)
    ok = runner.invoke(cli.app, ["audit", "verify"])
    assert ok.exit_code == 0 and "intact: 5 events" in ok.output
    _drop_guards(session)
    session.execute(text("UPDATE audit_event SET detail = '{}' WHERE seq = 3"))
    session.commit()
    broken = runner.invoke(cli.app, ["audit", "verify"])
    assert broken.exit_code == 1
    assert "BROKEN at event 3" in broken.output
