"""Build src/mindline/risk/data/calibration.jsonl from the hand-written calib_fresh_*.txt sources.

The fresh calibration set was hand-written 2026-12-05 blind to the engine (no pattern rules,
engine code, tests or other data sets read; the screen never run on it), in the way patients and
ordinary people write in a chat or journal app. It is used only to choose classifier
thresholds: never trained on, and never a source for writing rules.
Run:  .venv/bin/python scripts/risk_data/build_calibration.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import ROOT, build_hand_written

if __name__ == "__main__":
    build_hand_written("calib_fresh_*.txt", ROOT / "src/mindline/risk/data/calibration.jsonl", "c")
