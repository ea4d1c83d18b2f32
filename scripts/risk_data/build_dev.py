"""Build src/mindline/risk/data/dev.jsonl from the hand-written dev_*.txt sources.

The dev set is the engine's own iteration set: every line hand-written (no templates, no
rewrites), in different words from both the training seeds and the held-out regression set
(validate.py checks both). The training code uses it for calibration only, never as
training rows; the regression set stays the final test.
Run:  .venv/bin/python scripts/risk_data/build_dev.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import check, parse  # noqa: E402

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
OUT = ROOT / "src/mindline/risk/data/dev.jsonl"


def main():
    rows, errors, seen = [], [], set()
    for p in sorted(HERE.glob("dev_*.txt")):
        for r in parse(p.read_text(encoding="utf-8"), p.name):
            key = (r["text"].lower(), tuple(r.get("context", [])))
            if key in seen:
                errors.append((r["_src"], r["text"], ["duplicate"]))
            seen.add(key)
            e = check(r)
            if e:
                errors.append((r["_src"], r["text"], e))
            rows.append(r)
    if errors:
        for e in errors:
            print("ERROR", *e, file=sys.stderr)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"d-{i:04d}", "text": r["text"], "level": r["level"],
                 "categories": r["categories"], "locale": r["locale"], "tags": r["tags"],
                 "flags": r["flags"]}
            if r.get("context"):
                o["context"] = r["context"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
