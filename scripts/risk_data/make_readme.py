"""Regenerate src/mindline/risk/data/README.md from README.template.md + validate.py counts."""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
out = subprocess.run([sys.executable, str(HERE / "validate.py"), "--markdown"],
                     capture_output=True, text=True)
if out.returncode:
    sys.exit("validate.py failed:\n" + out.stdout + out.stderr)
body = out.stdout.strip().splitlines()
neardup = "; ".join(line for line in body if line.startswith("near-duplicate check"))
counts = "\n".join(line for line in body if not line.startswith("near-duplicate check"))
n = lambda p: sum(1 for _ in (ROOT / p).open(encoding="utf-8"))  # noqa: E731
tpl = (HERE / "README.template.md").read_text(encoding="utf-8")
tpl = (tpl.replace("TRAIN_N", str(n("src/mindline/risk/data/authored.jsonl")))
          .replace("REG_N", str(n("tests/risk/regression.jsonl")))
          .replace("REG2_N", str(n("tests/risk/regression_v2.jsonl")))
          .replace("REG3_N", str(n("tests/risk/regression_v3.jsonl")))
          .replace("CAL_N", str(n("src/mindline/risk/data/calibration.jsonl")))
          .replace("NEARDUP_RESULT", neardup + "."))
(ROOT / "src/mindline/risk/data/README.md").write_text(tpl + counts.replace("#### ", "### ") + "\n",
                                                       encoding="utf-8")
print("README written")
