"""Build src/mindline/risk/data/dev.jsonl from the hand-written dev_*.txt sources.

The dev set is the engine's own iteration set: every line hand-written (no templates, no
rewrites), in different words from both the training seeds and the held-out regression set
(validate.py checks both). The training code uses it for calibration only, never as
training rows; the regression set stays the final test.
Run:  .venv/bin/python scripts/risk_data/build_dev.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import ROOT, build_hand_written  # noqa: E402

if __name__ == "__main__":
    build_hand_written("dev_*.txt", ROOT / "src/mindline/risk/data/dev.jsonl", "d")
