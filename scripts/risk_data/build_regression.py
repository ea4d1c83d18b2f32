"""Build tests/risk/regression.jsonl from the hand-written regression_*.txt sources.

Every line of the regression set is hand-written (no templates, no rewrites) and must not be
a near-duplicate of a training line: run scripts/risk_data/validate.py afterwards.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import ROOT, build_hand_written  # noqa: E402

if __name__ == "__main__":
    build_hand_written("regression_*.txt", ROOT / "tests/risk/regression.jsonl", "r")
