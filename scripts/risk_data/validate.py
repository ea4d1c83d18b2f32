"""Validate the Mindline risk data files and check regression/training separation.

Checks: valid JSON per line, required keys, allowed level/category/flag/tag/locale values,
unique ids with the right prefix, no exact duplicate texts within a file; prints counts per
level, locale, category, tag and flag; near-duplicate check between every pair of authored
sets (training, dev, fresh calibration, regression v1, v2 and v3), after the engine's own
normalisation (normalised Levenshtein ratio and word-set Jaccard). Exit status 1 on any error or any
near-duplicate above the thresholds. Held-out texts are never printed.

    .venv/bin/python scripts/risk_data/validate.py [--markdown]
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).parent))
from dsl import CATEGORIES, FLAGS, LEVELS, LOCALES, TAGS

from mindline.risk.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent.parent
TRAIN = ROOT / "src/mindline/risk/data/authored.jsonl"
REG = ROOT / "tests/risk/regression.jsonl"
DEV = ROOT / "src/mindline/risk/data/dev.jsonl"
CAL = ROOT / "src/mindline/risk/data/calibration.jsonl"
REG2 = ROOT / "tests/risk/regression_v2.jsonl"
REG3 = ROOT / "tests/risk/regression_v3.jsonl"
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
        if not re.fullmatch(prefix + r"-\d{4,}", r["id"]) or r["id"] in ids:
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
        ctx = r.get("context")
        if "context" in r and not (isinstance(ctx, list) and all(isinstance(c, str) for c in ctx)):
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
    """Compare after the engine's own normalisation (slang, leetspeak, repeated letters)."""
    t = normalize(t).text
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


def _grams(t):
    return {t[i:i + 3] for i in range(max(len(t) - 2, 1))}


def _binary(sets, vocab):
    rows, cols = [], []
    for i, s in enumerate(sets):
        for g in s:
            rows.append(i)
            cols.append(vocab.setdefault(g, len(vocab)))
    return rows, cols


def _overlap(a_sets, b_sets):
    """Counts of shared elements for every (a, b) pair, as a dense int matrix."""
    vocab: dict = {}
    ra, ca = _binary(a_sets, vocab)
    rb, cb = _binary(b_sets, vocab)
    ma = sparse.csr_matrix((np.ones(len(ra)), (ra, ca)), shape=(len(a_sets), len(vocab)))
    mb = sparse.csr_matrix((np.ones(len(rb)), (rb, cb)), shape=(len(b_sets), len(vocab)))
    return (ma @ mb.T).toarray()


def near_dups(train, reg):
    """Rows of reg that are near-duplicates of some row of train.

    A pair is a hit when the normalised Levenshtein ratio or the word-set Jaccard is above
    its threshold. Levenshtein runs only on pairs that share enough character trigrams: an
    edit destroys at most three trigrams of a string, so a pair within distance d shares at
    least |trigrams(a)| - 3d of them (the filter never drops a true hit).
    """
    ta = [norm(r["text"]) for r in reg]
    tb = [norm(r["text"]) for r in train]
    wa, wb = [set(t.split()) for t in ta], [set(t.split()) for t in tb]
    ga, gb = [_grams(t) for t in ta], [_grams(t) for t in tb]
    shared_w = _overlap(wa, wb)
    shared_g = _overlap(ga, gb)
    hits, worst = [], []
    for i, r in enumerate(reg):
        a, aw = ta[i], wa[i]
        best = (0.0, None)
        for j in np.nonzero(shared_g[i] > 0)[0]:
            b = tb[j]
            union = len(aw) + len(wb[j]) - shared_w[i, j]
            jac = shared_w[i, j] / (union or 1)
            L = max(len(a), len(b)) or 1
            maxd = int(L * (1 - LEV_MAX))
            ratio = 0.0
            if shared_g[i, j] >= len(ga[i]) - 3 * maxd:
                d = lev(a, b, maxd)
                ratio = 1 - d / L if d <= maxd else 0.0
            score = max(ratio, jac)
            if score > best[0]:
                best = (score, train[j])
            if (ratio > LEV_MAX or jac > JAC_MAX) and len(aw) > 1:
                hits.append((r["id"], r["text"], train[j]["id"], train[j]["text"],
                             round(ratio, 2), round(float(jac), 2)))
        worst.append((best[0], r["id"], r["text"], best[1]["text"] if best[1] else ""))
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
        for loc in LOCALES:
            cells = " | ".join(str(lvlo[(loc, v)]) for v in LEVELS)
            print(f"| {loc} | {cells} | {lo[loc]} |")
        print("| **all** | " + " | ".join(f"**{lv[v]}**" for v in LEVELS) + f" | **{len(rows)}** |")
        print("\nCategories: " + ", ".join(f"`{c}` {ca[c]}" for c in CATEGORIES))
        print("\nFlags: " + ", ".join(f"`{f}` {fl[f]}" for f in FLAGS))
        by_count = sorted(tg.items(), key=lambda x: -x[1])
        print("\nTags: " + ", ".join(f"`{t}` {n}" for t, n in by_count))
        return
    print(f"== {name}: {len(rows)} rows, {ctx} with context")
    print("  levels :", {v: lv[v] for v in LEVELS})
    print("  locales:", dict(lo))
    print("  cats   :", dict(ca))
    print("  flags  :", dict(fl))
    print("  tags   :", dict(sorted(tg.items(), key=lambda x: -x[1])))
    for loc in LOCALES:
        print(f"  {loc}:", {v: lvlo[(loc, v)] for v in LEVELS})


# (label, path, id prefix, held out). Held-out sets never have their texts printed in a
# cross-set hit: only the editable side (training or dev) is shown.
SETS = (
    ("authored.jsonl (training)", TRAIN, "a", False),
    ("dev.jsonl (calibration and iteration, never trained on)", DEV, "d", False),
    ("calibration.jsonl (fresh calibration, written blind, never trained on)", CAL, "c", False),
    ("regression.jsonl (v1, seen during earlier tuning)", REG, "r", True),
    ("regression_v2.jsonl (held out)", REG2, "v", True),
    ("regression_v3.jsonl (held out, written blind)", REG3, "w", True),
)


def main():
    md = "--markdown" in sys.argv
    loaded, errors = [], []
    for name, path, prefix, held in SETS:
        if not path.exists():
            continue
        rows, errs = load(path, prefix)
        errors += errs
        loaded.append((name, rows, held))
        report(name, rows, md)
    for e in errors:
        print("ERROR", e)
    n_hits = 0
    for i, (name_a, rows_a, held_a) in enumerate(loaded):
        for name_b, rows_b, held_b in loaded[i + 1:]:
            hits, worst = near_dups(rows_a, rows_b)
            n_hits += len(hits)
            print(f"\nnear-duplicate check: {len(rows_b)} {name_b.split()[0]} x "
                  f"{len(rows_a)} {name_a.split()[0]} (normalised; Levenshtein ratio > "
                  f"{LEV_MAX} or word Jaccard > {JAC_MAX}): {len(hits)} hits")
            for h in hits:
                a_txt = "" if held_a else f" {h[3]!r}"
                b_txt = "" if held_b else f" {h[1]!r}"
                print(f"  NEAR-DUP {h[2]}{a_txt} ~ {h[0]}{b_txt} (lev {h[4]}, jaccard {h[5]})")
            if not md and (held_a or held_b):
                print("  closest pairs (id, score): " + ", ".join(
                    f"{w[1]} {w[0]:.2f}" for w in worst[:5]))
    sys.exit(1 if (errors or n_hits) else 0)


if __name__ == "__main__":
    main()
