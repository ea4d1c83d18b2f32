"""FHIR R4 export validates; import round-trips; a broken bundle imports nothing."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import func, select
from tests.monitoring.helpers import PHQ9_ITEM9
from typer.testing import CliRunner

from builders import Personas
from mindline import cli, config
from mindline.audit.models import AuditEvent
from mindline.core import clock
from mindline.monitoring import demo_data, fhir_io, responses
from mindline.monitoring.models import QuestionnaireResponse

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def runner(settings: Any, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setattr(config, "_settings", settings)
    return CliRunner()


@pytest.fixture
def demo_alice(session: Any, personas: Personas) -> int:
    """Alice with six months of demo history (the recovering trajectory) and an item-9 PHQ-9."""
    clock.freeze(NOW)
    demo_data.seed_history(
        session=session, patient_ids=[personas.alice.id], seed=7, today=NOW.date()
    )
    responses.submit(
        session=session, patient_id=personas.alice.id, instrument="phq9", answers=PHQ9_ITEM9
    )
    session.commit()
    return personas.alice.id


def _responses(session: Any, patient_id: int) -> list[tuple[Any, ...]]:
    rows = session.scalars(
        select(QuestionnaireResponse)
        .where(QuestionnaireResponse.patient_id == patient_id)
        .order_by(QuestionnaireResponse.authored_at, QuestionnaireResponse.id)
    )
    return [(r.instrument, r.answers, r.total, r.authored_at) for r in rows]


def test_the_export_of_a_demo_patient_validates_as_fhir_r4(
    runner: CliRunner, session: Any, demo_alice: int, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.json"
    result = runner.invoke(
        cli.app, ["export", "fhir", "--patient", str(demo_alice), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    bundle = json.loads(out.read_text())
    Bundle.model_validate(bundle)
    assert fhir_io.check_bundle(bundle) == []
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    count = session.scalar(select(func.count()).select_from(QuestionnaireResponse))
    assert kinds.count("Patient") == 1
    assert kinds.count("Questionnaire") == 2
    assert kinds.count("QuestionnaireResponse") == kinds.count("Observation") == count
    flag = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Flag")
    assert flag["status"] == "active"
    codes = {
        c["code"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
        for c in e["resource"]["code"]["coding"]
    }
    assert codes == {"44261-6", "70274-6"}  # PHQ-9 and GAD-7 totals (LOINC)
    audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "export_fhir")).one()
    assert audit.patient_id == demo_alice


def test_our_own_checks_catch_what_the_models_let_through(session: Any, demo_alice: int) -> None:
    bundle = fhir_io.export_bundle(session=session, patient_id=demo_alice, base_url="http://x")
    obs = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    )
    obs["status"] = "done"  # STANDARDS.md §1.2: the models accept this
    obs["code"]["coding"][0]["code"] = "12345-6"
    problems = fhir_io.check_bundle(bundle)
    assert any("status must be final" in p for p in problems)
    assert any("code must be LOINC" in p for p in problems)


def test_an_exported_bundle_imports_into_another_patient_unchanged(
    runner: CliRunner, session: Any, personas: Personas, tmp_path: Path
) -> None:
    clock.freeze(NOW)
    demo_data.seed_history(
        session=session, patient_ids=[personas.alice.id], seed=7, today=NOW.date()
    )
    session.commit()
    out = tmp_path / "bundle.json"
    runner.invoke(
        cli.app, ["export", "fhir", "--patient", str(personas.alice.id), "--out", str(out)]
    )
    args = ["import", "fhir", str(out), "--patient", str(personas.dave.id)]
    first = runner.invoke(cli.app, args)
    assert first.exit_code == 0, first.output
    session.expire_all()
    assert _responses(session, personas.dave.id) == _responses(session, personas.alice.id)
    again = runner.invoke(cli.app, args)  # the same bundle twice stores nothing twice
    assert json.loads(again.output)["imported"] == 0
    assert len(_responses(session, personas.dave.id)) == len(_responses(session, personas.alice.id))


def test_a_bundle_with_any_broken_response_imports_nothing_and_reports_each(
    runner: CliRunner, session: Any, personas: Personas, tmp_path: Path
) -> None:
    clock.freeze(NOW)
    demo_data.seed_history(
        session=session, patient_ids=[personas.alice.id], seed=7, today=NOW.date()
    )
    session.commit()
    bundle = fhir_io.export_bundle(
        session=session, patient_id=personas.alice.id, base_url="http://x"
    )
    broken = copy.deepcopy(bundle)
    qrs = [
        e["resource"]
        for e in broken["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    qrs[0]["item"][0]["answer"][0]["valueCoding"]["code"] = "LA9999-9"  # not an LL358-3 answer
    qrs[1]["item"] = qrs[1]["item"][:3]  # too few answers
    del qrs[2]["authored"]
    qrs[3]["status"] = "in-progress"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken))
    before = session.scalar(select(func.count()).select_from(QuestionnaireResponse))
    result = runner.invoke(
        cli.app, ["import", "fhir", str(path), "--patient", str(personas.dave.id)]
    )
    assert result.exit_code == 2
    report = json.loads(result.output)
    assert report["imported"] == 0
    names = [f"QuestionnaireResponse/{qr['id']}" for qr in qrs[:4]]
    assert set(report["errors"]) == set(names)
    assert "LA9999-9" in report["errors"][names[0]]
    assert "authored" in report["errors"][names[2]]
    assert "status" in report["errors"][names[3]]
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(QuestionnaireResponse)) == before
    assert _responses(session, personas.dave.id) == []


def test_import_refuses_unknown_patients_and_unreadable_files(
    runner: CliRunner, session: Any, personas: Personas, tmp_path: Path
) -> None:
    clock.freeze(NOW)
    responses.submit(
        session=session, patient_id=personas.alice.id, instrument="gad7", answers=[1] * 7
    )
    session.commit()
    bundle = fhir_io.export_bundle(
        session=session, patient_id=personas.alice.id, base_url="http://x"
    )
    qr = next(
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    )
    qr["subject"]["reference"] = "Patient/patient-999999"
    path = tmp_path / "qr.json"
    path.write_text(json.dumps(qr))
    result = runner.invoke(cli.app, ["import", "fhir", str(path)])
    assert result.exit_code == 2
    assert "not a Mindline patient" in result.output
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    assert runner.invoke(cli.app, ["import", "fhir", str(junk)]).exit_code == 2
    assert runner.invoke(cli.app, ["export", "fhir", "--patient", "999999"]).exit_code == 2
