"""Health checks, settings, the CLI and the demo clinic."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select
from typer.testing import CliRunner

from conftest import make_settings
from mindline import cli, config
from mindline.accounts.models import User
from mindline.care.models import CareTeamMember, Patient
from mindline.config import Settings
from mindline.main import create_app


def test_health_and_readiness_answer(client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_readiness_fails_while_migrations_are_pending(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = make_settings(tmp_path, f"sqlite:///{tmp_path / 'empty.db'}")
    with TestClient(create_app(settings)) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "migrations pending"}


def test_readiness_fails_when_the_database_is_unreachable(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    settings = make_settings(tmp_path, "postgresql+psycopg://nobody@127.0.0.1:1/none")
    with TestClient(create_app(settings)) as client:
        assert client.get("/readyz").status_code == 503


def test_the_openapi_document_lists_the_api_with_the_error_shape(client) -> None:
    doc = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/patients/{patient_id}" in doc["paths"]
    assert "4XX" in doc["paths"]["/api/v1/auth/login"]["post"]["responses"]


def test_unknown_routes_use_the_error_shape(client) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_production_refuses_placeholder_secrets(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="MINDLINE_SECRET_KEY"):
        Settings(_env_file=None, environment="production", data_dir=tmp_path)  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="MINDLINE_ENCRYPTION_KEYS"):
        Settings(
            _env_file=None,
            environment="production",
            data_dir=tmp_path,  # type: ignore[call-arg]
            secret_key="x" * 40,
        )


def test_settings_come_from_mindline_environment_variables(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MINDLINE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MINDLINE_REQUIRE_STAFF_MFA", "true")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.require_staff_mfa is True
    assert s.sqlalchemy_url == f"sqlite:///{tmp_path / 'mindline.db'}"


def test_local_installs_get_a_generated_private_key_file(tmp_path: Path) -> None:
    from mindline import crypto

    s = make_settings(tmp_path, "sqlite://", encryption_keys="")
    ring = crypto.keyring_from_settings(s)
    key_file = tmp_path / "encryption.keys"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert crypto.keyring_from_settings(s).keys == ring.keys


@pytest.fixture
def runner(settings, monkeypatch) -> CliRunner:
    monkeypatch.setattr(config, "_settings", settings)
    return CliRunner()


def test_every_command_explains_itself(runner: CliRunner) -> None:
    for args in (
        ["--help"],
        ["serve", "--help"],
        ["worker", "--help"],
        ["demo", "--help"],
        ["db", "upgrade", "--help"],
        ["users", "create", "--help"],
        ["audit", "verify", "--help"],
        ["keys", "rotate", "--help"],
    ):
        result = runner.invoke(cli.app, args)
        assert result.exit_code == 0, args
        assert "Usage" in result.output


def test_users_create_makes_an_account_that_can_sign_in(runner: CliRunner, session) -> None:
    result = runner.invoke(
        cli.app,
        [
            "users",
            "create",
            "--email",
            "Zoe@Example.org",
            "--name",
            "Zoe",
            "--role",
            "clinician",
            "--password",
            "a long password",
        ],
    )
    assert result.exit_code == 0, result.output
    user = session.scalar(select(User).where(User.email == "zoe@example.org"))
    assert user is not None and user.role == "clinician"
    again = runner.invoke(
        cli.app,
        [
            "users",
            "create",
            "--email",
            "zoe@example.org",
            "--name",
            "Zoe",
            "--role",
            "clinician",
            "--password",
            "a long password",
        ],
    )
    assert again.exit_code == 2 and "already exists" in again.output


def test_users_create_rejects_an_unknown_role(runner: CliRunner) -> None:
    result = runner.invoke(
        cli.app,
        [
            "users",
            "create",
            "--email",
            "a@example.org",
            "--name",
            "A",
            "--role",
            "wizard",
            "--password",
            "a long password",
        ],
    )
    assert result.exit_code == 2 and "--role must be" in result.output


def test_reset_link_prints_a_working_single_use_link(runner: CliRunner, client, personas) -> None:
    result = runner.invoke(cli.app, ["users", "reset-link", "bob@example.org"])
    assert result.exit_code == 0
    token = result.stdout.strip().rsplit("/", 1)[1]
    body = {"token": token, "password": "another long password"}
    assert client.post("/api/v1/auth/password-reset", json=body).status_code == 204


def test_the_demo_clinic_has_three_clinicians_one_admin_and_forty_patients(
    runner: CliRunner, session
) -> None:
    result = runner.invoke(cli.app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "maya.okafor@demo.mindline.invalid" in result.output
    roles = dict(session.execute(select(User.role, func.count()).group_by(User.role)).all())
    assert roles == {"admin": 1, "clinician": 3, "patient": 40}
    countries = {p.country for p in session.scalars(select(Patient))}
    assert {"GB", "US", "IE"} <= countries
    assert (
        session.scalar(
            select(func.count())
            .select_from(CareTeamMember)
            .where(CareTeamMember.team_role == "primary")
        )
        == 40
    )


def test_the_demo_is_deterministic(runner: CliRunner, session) -> None:
    runner.invoke(cli.app, ["demo"])
    first = sorted(session.scalars(select(User.display_name)).all())
    result = runner.invoke(cli.app, ["demo", "--reseed"])
    assert result.exit_code == 0, result.output
    session.expire_all()
    assert sorted(session.scalars(select(User.display_name)).all()) == first


def test_a_second_demo_run_prints_the_logins_again(runner: CliRunner, session) -> None:
    runner.invoke(cli.app, ["demo"])
    again = runner.invoke(cli.app, ["demo"])
    assert again.exit_code == 0, again.output
    assert "already here" in again.output
    assert "admin@demo.mindline.invalid" in again.output and "mindline-demo" in again.output
    assert session.scalar(select(func.count()).select_from(User)) == 44  # nothing added


def test_demo_on_a_database_with_real_accounts_prints_no_demo_logins(
    runner: CliRunner, personas, session
) -> None:
    before = session.scalar(select(func.count()).select_from(User))
    result = runner.invoke(cli.app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "was not seeded" in result.output
    assert "mindline-demo" not in result.output
    assert session.scalar(select(func.count()).select_from(User)) == before


def test_reseed_refuses_a_database_with_real_accounts(runner: CliRunner, personas) -> None:
    result = runner.invoke(cli.app, ["demo", "--reseed"])
    assert result.exit_code != 0
    assert "non-demo accounts" in str(result.exception) + result.output


def test_keys_rotate_reports_what_it_did(runner: CliRunner, settings, monkeypatch) -> None:
    from mindline import crypto

    new = crypto.generate_key("k9")
    monkeypatch.setattr(
        config,
        "_settings",
        settings.model_copy(update={"encryption_keys": new + "," + settings.encryption_keys}),
    )
    result = runner.invoke(cli.app, ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert '"active_key": "k9"' in result.output


def test_a_locked_sqlite_database_answers_503_with_retry_after(app, settings) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy.exc import OperationalError

    @app.get("/api/v1/_busy_probe")
    def busy() -> None:
        raise OperationalError("UPDATE x", {}, Exception("database is locked"))

    with TestClient(app) as client:
        response = client.get("/api/v1/_busy_probe")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert response.json()["error"]["code"] == "busy"
