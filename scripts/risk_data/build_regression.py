"""Build tests/risk/regression.jsonl from the hand-written regression_*.txt sources.

Every line of the regression set is hand-written (no templates, no rewrites) and must not be
a near-duplicate of a training line: run scripts/risk_data/validate.py afterwards.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import check, parse  # noqa: E402

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
OUT = ROOT / "tests/risk/regression.jsonl"


def main():
    rows, errors, seen = [], [], set()
    for p in sorted(HERE.glob("regression_*.txt")):
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
            o = {"id": f"r-{i:04d}", "text": r["text"], "level": r["level"],
                 "categories": r["categories"], "locale": r["locale"], "tags": r["tags"],
                 "flags": r["flags"]}
            if r.get("context"):
                o["context"] = r["context"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
