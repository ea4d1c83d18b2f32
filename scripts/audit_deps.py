"""Audit the installed environment with pip-audit; CI fails on any known vulnerability.

pip-audit asks PyPI's JSON API for advisories. Where that API is not reachable (a mirror
that serves only the simple index), every package comes back "could not be audited" and
pip-audit alone would report "No known vulnerabilities found": this script says so loudly
instead, and fails too when MINDLINE_AUDIT_STRICT=1.

    .venv/bin/python scripts/audit_deps.py            # run pip-audit, then judge its report
    .venv/bin/python scripts/audit_deps.py --report F # judge a saved `pip-audit -f json` report
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# Advisories that do not apply, each with the reason. Add only with a reason a reviewer can check.
IGNORED: dict[str, str] = {}


def judge(report: dict[str, Any], *, strict: bool) -> int:
    """Print findings and unaudited packages; return the exit status."""
    deps = report.get("dependencies", [])
    found = [
        (d["name"], d.get("version", "?"), v)
        for d in deps
        for v in d.get("vulns", [])
        if v["id"] not in IGNORED and not set(v.get("aliases", [])) & IGNORED.keys()
    ]
    skipped = [d["name"] for d in deps if d.get("skip_reason")]
    for name, version, vuln in found:
        fixes = ", ".join(vuln.get("fix_versions", [])) or "no fixed release"
        print(f"VULNERABLE {name} {version}: {vuln['id']} (fixed in: {fixes})")
    audited = len(deps) - len(skipped)
    print(
        f"pip-audit: {audited} packages audited, {len(skipped)} not audited, {len(found)} findings"
    )
    if skipped:
        print(
            "WARNING: packages not audited (is PyPI's JSON API reachable?): "
            + ", ".join(sorted(skipped)[:10])
            + (" …" if len(skipped) > 10 else "")
        )
    if found:
        return 1
    if skipped and strict:
        print("MINDLINE_AUDIT_STRICT=1: unaudited packages fail the audit")
        return 1
    return 0


def main(argv: list[str]) -> int:
    strict = os.environ.get("MINDLINE_AUDIT_STRICT") == "1"
    if argv[:1] == ["--report"] and len(argv) == 2:
        return judge(json.loads(Path(argv[1]).read_text()), strict=strict)
    if argv:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "audit.json"
        ignores = [arg for vuln in IGNORED for arg in ("--ignore-vuln", vuln)]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip_audit",
                "--local",
                "--skip-editable",
                "--progress-spinner",
                "off",
                "-f",
                "json",
                "-o",
                str(out),
                *ignores,
            ],
            check=False,
        )
        if not out.exists():
            print(f"pip-audit failed (exit {done.returncode}) without a report")
            return 1
        status = judge(json.loads(out.read_text()), strict=strict)
        # pip-audit exits 1 on findings; anything else non-zero is its own failure.
        return status or (1 if done.returncode not in (0, 1) else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
