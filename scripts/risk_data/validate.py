"""Validate the Mindline risk data files and check regression/training separation.

Checks: valid JSON per line, required keys, allowed level/category/flag/tag/locale values,
unique ids with the right prefix, no exact duplicate texts within a file; prints counts per
level, locale, category, tag and flag; near-duplicate check between regression and training
(normalised Levenshtein ratio and word-set Jaccard). Exit status 1 on any error or any
near-duplicate above the thresholds.

    .venv/bin/python scripts/risk_data/validate.py [--markdown]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from dsl import CATEGORIES, FLAGS, LEVELS, LOCALES, TAGS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
TRAIN = ROOT / "src/mindline/risk/data/authored.jsonl"
REG = ROOT / "tests/risk/regression.jsonl"
DEV = ROOT / "src/mindline/risk/data/dev.jsonl"
LEV_MAX = 0.80   # max allowed similarity ratio 1 - dist/maxlen
JAC_MAX = 0.80   # max allowed word-set Jaccard (templated twins)
KEYS = {"id", "text", "level", "categories", "locale", "tags", "flags"}


def load(path, prefix):
    rows, errs = [], []
    ids, texts = set(), set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{path.name}:{n}: invalid json {e}")
            continue
        miss = KEYS - r.keys()
        extra = r.keys() - KEYS - {"context"}
        if miss or extra:
            errs.append(f"{path.name}:{n}: keys missing {miss} extra {extra}")
            continue
        if not re.fullmatch(prefix + r"-\d{4}", r["id"]) or r["id"] in ids:
            errs.append(f"{path.name}:{n}: bad or duplicate id {r['id']}")
        ids.add(r["id"])
        if r["level"] not in LEVELS:
            errs.append(f"{path.name}:{n}: level {r['level']}")
        if r["locale"] not in LOCALES:
            errs.append(f"{path.name}:{n}: locale {r['locale']}")
        for c in r["categories"]:
            if c not in CATEGORIES:
                errs.append(f"{path.name}:{n}: category {c}")
        for f in r["flags"]:
            if f not in FLAGS:
                errs.append(f"{path.name}:{n}: flag {f}")
        for t in r["tags"]:
            if t not in TAGS:
                errs.append(f"{path.name}:{n}: tag {t}")
        if "context" in r and not (isinstance(r["context"], list) and all(isinstance(c, str) for c in r["context"])):
            errs.append(f"{path.name}:{n}: context must be a list of strings")
        key = (r["text"].strip().lower(), tuple(r.get("context", [])))
        if key in texts:
            errs.append(f"{path.name}:{n}: duplicate text {r['text']!r}")
        texts.add(key)
        if "third_party" in r["flags"] and r["level"] not in ("none", "low"):
            errs.append(f"{path.name}:{n}: third_party rows are labelled for the writer (none/low)")
        rows.append(r)
    return rows, errs


def norm(t):
    t = t.lower()
    t = re.sub(r"[^\w\s]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def lev(a, b, maxd):
    """Levenshtein distance, or maxd+1 if it exceeds maxd (banded)."""
    if abs(len(a) - len(b)) > maxd:
        return maxd + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        lo = max(1, i - maxd)
        hi = min(len(b), i + maxd)
        if lo > 1:
            cur[lo - 1] = maxd + 1
        best = cur[0] if lo == 1 else maxd + 1
        for j in range(lo, hi + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != b[j - 1]))
            best = min(best, cur[j])
        for j in range(hi + 1, len(b) + 1):
            cur[j] = maxd + 1
        if best > maxd:
            return maxd + 1
        prev = cur
    return prev[len(b)]


def near_dups(train, reg):
    tn = [(norm(r["text"]), set(norm(r["text"]).split()), r) for r in train]
    hits = []
    worst = []
    for r in reg:
        a = norm(r["text"])
        aw = set(a.split())
        best = (0.0, 0.0, None)
        for b, bw, tr in tn:
            L = max(len(a), len(b)) or 1
            maxd = int(L * (1 - LEV_MAX))
            d = lev(a, b, maxd)
            ratio = 1 - d / L if d <= maxd else 0.0
            jac = len(aw & bw) / (len(aw | bw) or 1)
            if ratio > best[0] or (ratio == best[0] and jac > best[1]):
                best = (max(ratio, best[0]), jac, tr)
            if jac > best[1]:
                best = (best[0], jac, tr)
            if (ratio > LEV_MAX or jac > JAC_MAX) and len(aw) > 1:
                hits.append((r["id"], r["text"], tr["id"], tr["text"], round(ratio, 2), round(jac, 2)))
        worst.append((max(best[0], best[1]), r["id"], r["text"], best[2]["text"] if best[2] else ""))
    worst.sort(reverse=True)
    return hits, worst


def counts(rows):
    lv = collections.Counter(r["level"] for r in rows)
    lo = collections.Counter(r["locale"] for r in rows)
    ca = collections.Counter(c for r in rows for c in r["categories"])
    tg = collections.Counter(t for r in rows for t in r["tags"])
    fl = collections.Counter(f for r in rows for f in r["flags"])
    lvlo = collections.Counter((r["locale"], r["level"]) for r in rows)
    ctx = sum(1 for r in rows if r.get("context"))
    return lv, lo, ca, tg, fl, lvlo, ctx


def report(name, rows, md=False):
    lv, lo, ca, tg, fl, lvlo, ctx = counts(rows)
    if md:
        print(f"\n#### {name} ({len(rows)} rows, {ctx} with context)\n")
        print("| locale | " + " | ".join(LEVELS) + " | total |")
        print("| --- |" + " ---: |" * (len(LEVELS) + 1))
        for l in LOCALES:
            print(f"| {l} | " + " | ".join(str(lvlo[(l, v)]) for v in LEVELS) + f" | {lo[l]} |")
        print("| **all** | " + " | ".join(f"**{lv[v]}**" for v in LEVELS) + f" | **{len(rows)}** |")
        print("\nCategories: " + ", ".join(f"`{c}` {ca[c]}" for c in CATEGORIES))
        print("\nFlags: " + ", ".join(f"`{f}` {fl[f]}" for f in FLAGS))
        print("\nTags: " + ", ".join(f"`{t}` {n}" for t, n in sorted(tg.items(), key=lambda x: -x[1])))
        return
    print(f"== {name}: {len(rows)} rows, {ctx} with context")
    print("  levels :", {v: lv[v] for v in LEVELS})
    print("  locales:", dict(lo))
    print("  cats   :", dict(ca))
    print("  flags  :", dict(fl))
    print("  tags   :", dict(sorted(tg.items(), key=lambda x: -x[1])))
    for l in LOCALES:
        print(f"  {l}:", {v: lvlo[(l, v)] for v in LEVELS})


def main():
    md = "--markdown" in sys.argv
    train, e1 = load(TRAIN, "a")
    reg, e2 = load(REG, "r")
    for e in e1 + e2:
        print("ERROR", e)
    report("authored.jsonl (training)", train, md)
    report("regression.jsonl", reg, md)
    hits, worst = near_dups(train, reg)
    print(f"\nnear-duplicate check: {len(reg)} regression x {len(train)} training texts; "
          f"thresholds Levenshtein ratio > {LEV_MAX} or word Jaccard > {JAC_MAX}: {len(hits)} hits")
    for h in hits:
        # The training side only: fix the training line, never look at the held-out text.
        print(f"  NEAR-DUP training {h[2]} {h[3]!r} ~ regression {h[0]} (lev {h[4]}, jaccard {h[5]})")
    if not md:
        # Ids and scores only: regression texts are not printed, so checking a new line
        # never shows the held-out wording.
        print("closest pairs (regression id, score):")
        for w in worst[:8]:
            print(f"  {w[0]:.2f} {w[1]}")
    dev_hits: list = []
    if DEV.exists():
        dev, e3 = load(DEV, "d")
        for e in e3:
            print("ERROR", e)
        e2 = e2 + e3
        report("dev.jsonl (calibration and iteration, never trained on)", dev, md)
        for other_name, other in (("regression", reg), ("training", train)):
            # near_dups(a, b) compares every row of b with every row of a.
            found, _ = near_dups(other, dev)
            print(f"\ndev near-duplicate check: {len(dev)} dev x {len(other)} {other_name} texts; "
                  f"same thresholds: {len(found)} hits")
            for h in found:
                # Only the dev side is shown: fix the dev line, never look at the other text.
                print(f"  NEAR-DUP dev {h[0]} {h[1]!r} ~ {other_name} {h[2]} "
                      f"(lev {h[4]}, jaccard {h[5]})")
            dev_hits += found
    sys.exit(1 if (e1 or e2 or hits or dev_hits) else 0)


if __name__ == "__main__":
    main()
