"""Build tests/risk/regression_v3.jsonl from the hand-written heldout_v3_*.txt sources.

Written for issue 4 on 2026-12-05 as a fresh, blind held-out set: the v1 and v2 sets were written
by the same people who wrote the engine's rules, so they overstate how well new wording is
caught. The v3 rows were written without looking at the engine, its rules or its training data.
Never trained or tuned on; run scripts/risk_data/validate.py after.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import ROOT, build_hand_written

if __name__ == "__main__":
    build_hand_written("heldout_v3_*.txt", ROOT / "tests/risk/regression_v3.jsonl", "w")
