"""The CI dependency audit fails on a finding and never passes silently when it audited nothing.

pip-audit's advisory service is not reachable from the test machines, so these feed the
judging step saved pip-audit JSON reports (the shape `pip-audit -f json` writes).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_deps.py"
VULN = {"id": "PYSEC-2099-1", "fix_versions": ["2.0"], "aliases": ["CVE-2099-0001"]}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("audit_deps", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _report(*deps: dict[str, Any]) -> dict[str, Any]:
    return {"dependencies": list(deps), "fixes": []}


CLEAN = {"name": "fastapi", "version": "1.0", "vulns": []}
FOUND = {"name": "oldlib", "version": "1.0", "vulns": [VULN]}
SKIPPED = {"name": "torch", "skip_reason": "Dependency not found on PyPI"}


def test_a_finding_fails_and_names_the_advisory_and_the_fix(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _script().judge(_report(CLEAN, FOUND), strict=False) == 1
    out = capsys.readouterr().out
    assert "VULNERABLE oldlib 1.0: PYSEC-2099-1 (fixed in: 2.0)" in out


def test_a_clean_report_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().judge(_report(CLEAN), strict=True) == 0
    assert "1 packages audited, 0 not audited, 0 findings" in capsys.readouterr().out


def test_unaudited_packages_warn_and_fail_only_when_strict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    script = _script()
    assert script.judge(_report(CLEAN, SKIPPED), strict=False) == 0
    assert "WARNING: packages not audited" in capsys.readouterr().out
    assert script.judge(_report(CLEAN, SKIPPED), strict=True) == 1


def test_an_ignored_advisory_by_id_or_alias_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    monkeypatch.setattr(script, "IGNORED", {"CVE-2099-0001": "test: does not apply"})
    assert script.judge(_report(FOUND), strict=False) == 0


def test_the_command_line_judges_a_saved_report(tmp_path: Path) -> None:
    saved = tmp_path / "audit.json"
    saved.write_text(json.dumps(_report(FOUND)))
    assert _script().main(["--report", str(saved)]) == 1
