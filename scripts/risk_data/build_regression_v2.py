"""Build tests/risk/regression_v2.jsonl from the hand-written heldout_v2_*.txt sources.

Written for issue 4 before any engine change, as a fresh held-out set (the v1 set was looked
at during earlier tuning). Never trained or tuned on; run scripts/risk_data/validate.py after.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import ROOT, build_hand_written

if __name__ == "__main__":
    build_hand_written("heldout_v2_*.txt", ROOT / "tests/risk/regression_v2.jsonl", "v")
