"""Service outcomes, oversight, periods, the report command and the lead pages."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from builders import Personas, login, make_user
from insights.simulate import make_cohort
from mindline.alerts.models import Alert
from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.insights import oversight, report, stats
from mindline.insights.outcomes_report import service_outcomes
from mindline.insights.stats import SUPPRESSED, Period, parse_period

TODAY = date(2026, 6, 15)
PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-06..2026-01", "ends before it starts"),
        ("2026-05..2026-09", "future"),
        ("2027-01..2027-02", "future"),
        ("2026-1..2026-2", "is not YYYY-MM..YYYY-MM"),
        ("2026-00..2026-02", "month outside"),
    ],
)
def test_bad_periods_are_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_period(text, today=TODAY)


def test_the_default_period_is_the_last_six_months() -> None:
    assert parse_period(None, today=TODAY).label == "2026-01..2026-06"
    assert parse_period(None, today=date(2026, 3, 2)).label == "2025-10..2026-03"


def test_wilson_interval_matches_a_hand_worked_value() -> None:
    # 8 of 10: Wilson 95% interval 0.490 to 0.943 (standard tables).
    p, lo, hi = stats.wilson(8, 10)
    assert p == 0.8 and round(lo, 3) == 0.490 and round(hi, 3) == 0.943


def test_psi_is_zero_for_the_same_distribution_and_large_for_a_shift() -> None:
    same = stats.psi({"none": 90, "low": 10}, {"none": 45, "low": 5})
    shifted = stats.psi({"none": 90, "low": 10}, {"none": 40, "low": 60})
    assert same is not None and same < 0.01
    assert shifted is not None and stats.psi_words(shifted).startswith("major")


def test_outcomes_count_people_and_use_the_monitoring_definitions(session: Any) -> None:
    clock.freeze(datetime(2026, 6, 15, tzinfo=UTC))
    make_cohort(session, people=30, days=120, start=date(2026, 1, 5), seed=3, service="north")
    found = service_outcomes(session, PERIOD, service="north")
    assert found.people == 30 and found.finished == 30 and found.engaged == 30
    assert found.counts()["finished"] == 30
    assert {r.label for r in found.rates} >= {"reliable improvement", "reliable deterioration"}
    change = found.changes[0]
    assert change.n == 30 and change.low is not None and change.high is not None


def test_unknown_services_and_small_groups(session: Any) -> None:
    make_cohort(session, people=6, days=40, start=date(2026, 2, 1), seed=4, service="tiny")
    with pytest.raises(InvalidInput, match="unknown service 'nowhere'"):
        service_outcomes(session, PERIOD, service="nowhere")
    found = service_outcomes(session, PERIOD, service="tiny")
    assert found.counts() == {
        "people": SUPPRESSED,
        "referred": SUPPRESSED,
        "engaged": SUPPRESSED,
        "finished": SUPPRESSED,
    }
    assert all(r.value is None for r in found.rates)


def test_precision_comes_from_clinicians_resolutions(session: Any, personas: Personas) -> None:
    from mindline.alerts import service as alerts_service
    from mindline.alerts.enums import AlertKind, Severity

    clock.freeze(datetime(2026, 3, 10, tzinfo=UTC))
    outcomes = ["true_positive"] * 12 + ["false_positive"] * 4 + ["not_clinically_relevant"] * 2
    for i, outcome in enumerate(outcomes):
        alert = alerts_service.raise_alert(
            session=session,
            patient_id=personas.alice.id,
            kind=AlertKind.manual,
            severity=Severity.high,
            evidence=[],
            source_type="test",
            source_id=i,
        )
        session.flush()
        session.execute(
            update(Alert)
            .where(Alert.id == alert.id)
            .values(
                status="resolved",
                outcome=outcome,
                acknowledged_at=alert.created_at + timedelta(minutes=10 + i),
            )
        )
    session.commit()
    found = oversight.model_oversight(session, PERIOD)
    assert found.precision.k == 12 and found.precision.n == 16
    assert found.precision.value == 0.75
    assert found.not_relevant == 2
    assert found.ack_minutes["high"]["n"] == 18
    assert found.ack_minutes["high"]["median"] == pytest.approx(18.5)


def test_report_command_writes_html_pdf_and_csv(
    session: Any, settings: Any, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from mindline.cli import app

    clock.freeze(datetime(2026, 6, 15, tzinfo=UTC))
    make_cohort(session, people=25, days=100, start=date(2026, 2, 1), seed=5)
    env = {
        "MINDLINE_DATABASE_URL": settings.database_url,
        "MINDLINE_SECRET_KEY": settings.secret_key.get_secret_value(),
        "MINDLINE_ENCRYPTION_KEYS": "test1:" + "A" * 43 + "=",
        "MINDLINE_DATA_DIR": str(tmp_path),
        "MINDLINE_ENVIRONMENT": "test",
    }
    runner = CliRunner()
    for fmt in ("html", "pdf", "csv"):
        out = tmp_path / f"report.{fmt}"
        result = runner.invoke(
            app,
            [
                "insights",
                "report",
                "--period",
                "2026-01..2026-06",
                "--format",
                fmt,
                "--out",
                str(out),
            ],
            env=env,
        )
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 500
    html = (tmp_path / "report.html").read_text()
    assert "data:image/png;base64," in html and "What helps whom" in html
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "report.csv").read_text().startswith("section,group,metric")
    bad = runner.invoke(
        app,
        ["insights", "report", "--period", "2026-06..2026-01", "--out", str(tmp_path / "x")],
        env=env,
    )
    assert bad.exit_code == 2 and "ends before it starts" in bad.output


def test_report_build_in_process_has_every_section(session: Any) -> None:
    make_cohort(session, people=20, days=60, start=date(2026, 3, 1), seed=6)
    built = report.build(session, PERIOD)
    assert set(built.charts) == {"outcomes", "precision", "helps", "levels"}
    assert "suppressed" in report.to_html(built) or SUPPRESSED in report.to_html(built)


def test_a_lead_sees_the_pages_and_a_plain_clinician_does_not(
    client: TestClient, session: Any, personas: Personas
) -> None:
    make_user(session, email="lead@example.org", is_lead=True)
    session.commit()
    login(client, "lead@example.org")
    for path in ("/insights/outcomes", "/insights/what-helps", "/insights/oversight"):
        page = client.get(path, headers={"accept": "text/html"})
        assert page.status_code == 200, page.text
        assert "<table" in page.text
    bad = client.get("/insights/outcomes?period=2026-06..2026-01", headers={"accept": "text/html"})
    assert "ends before it starts" in bad.text
    api = client.get("/api/v1/insights/outcomes?service=nowhere")
    assert api.status_code == 422 and "unknown service" in api.json()["error"]["message"]
    client.cookies.clear()
    client.headers.pop("X-CSRF-Token")
    login(client, "bob@example.org")
    assert client.get("/api/v1/insights/outcomes").status_code == 403
