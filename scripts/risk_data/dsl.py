"""Tiny line format used to hand-author Mindline risk data.

A block header sets defaults for the lines that follow it:

    @ level=high cats=suicidal_ideation tags=indirect,passive flags= locale=en

Item lines are the message text, optionally followed by
    ``<<< previous message ;; an earlier message``   (context, most recent last)
    ``{+tag1,tag2}``                                  (extra tags)
    ``{level=moderate}`` / ``{cats=a,b}`` / ``{flags=x}`` (per-line overrides)
Blank lines and lines starting with ``#`` are ignored.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

LEVELS = ("none", "low", "moderate", "high", "imminent")
CATEGORIES = (
    "suicidal_ideation", "self_harm", "harm_to_others", "abuse_or_violence",
    "method_seeking", "psychosis", "substance", "eating_disorder",
)
FLAGS = ("third_party", "quoted_or_fictional")
LOCALES = ("en", "es", "fr", "de", "pt", "it")
TAGS = (
    "everyday", "greeting", "question_about_exercise", "distress", "hard_negative", "idiom",
    "film", "book", "news", "lyrics", "tv", "clinician_question", "student_question",
    "benign_twin", "gaming", "negation", "indirect", "passive", "active", "goodbye",
    "misspelling", "slang", "third_party", "quoted", "method_seeking", "plan", "timeline",
    "means", "context_dependent", "abuse", "psychosis", "substance", "eating_disorder",
    "self_harm", "harm_to_others", "past_recovered", "attempt_in_progress", "relapse",
    "emoji", "anger", "hopelessness", "sleep", "work", "relationships", "grief",
    "intrusive_thought", "disguised", "masking", "journal",
)

_MOD = re.compile(r"\{([^{}]*)\}\s*$")


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split(",") if x.strip()]


def parse(src: str, where: str = "") -> list[dict]:
    defaults = {"level": None, "cats": [], "tags": [], "flags": [], "locale": "en"}
    out: list[dict] = []
    for n, raw in enumerate(src.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            defaults = {"level": None, "cats": [], "tags": [], "flags": [], "locale": defaults["locale"]}
            for part in line[1:].split():
                k, _, v = part.partition("=")
                defaults[k] = v if k in ("level", "locale") else _split(v)
            continue
        item = {"level": defaults["level"], "cats": list(defaults["cats"]),
                "tags": list(defaults["tags"]), "flags": list(defaults["flags"]),
                "locale": defaults["locale"]}
        while True:
            m = _MOD.search(line)
            if not m:
                break
            for part in m.group(1).split():
                if part.startswith("+"):
                    item["tags"] += _split(part[1:])
                else:
                    k, _, v = part.partition("=")
                    item[k] = v if k in ("level", "locale") else _split(v)
            line = line[: m.start()].rstrip()
        ctx = None
        if "<<<" in line:
            line, _, c = line.partition("<<<")
            ctx = [x.strip() for x in c.split(";;") if x.strip()]
            line = line.rstrip()
        rec = {"text": line, "level": item["level"], "categories": item["cats"],
               "locale": item["locale"], "tags": sorted(set(item["tags"]), key=item["tags"].index),
               "flags": item["flags"]}
        if ctx:
            rec["context"] = ctx
            if "context_dependent" not in rec["tags"]:
                rec["tags"].append("context_dependent")
        if "third_party" in rec["flags"] and "third_party" not in rec["tags"]:
            rec["tags"].append("third_party")
        rec["_src"] = f"{where}:{n}"
        out.append(rec)
    return out


def check(rec: dict) -> list[str]:
    errs = []
    if rec.get("level") not in LEVELS:
        errs.append(f"bad level {rec.get('level')!r}")
    for c in rec.get("categories", []):
        if c not in CATEGORIES:
            errs.append(f"bad category {c!r}")
    for f in rec.get("flags", []):
        if f not in FLAGS:
            errs.append(f"bad flag {f!r}")
    for t in rec.get("tags", []):
        if t not in TAGS:
            errs.append(f"bad tag {t!r}")
    if rec.get("locale") not in LOCALES:
        errs.append(f"bad locale {rec.get('locale')!r}")
    if not rec.get("text", "").strip():
        errs.append("empty text")
    if "|" in rec.get("text", ""):
        errs.append("pipe in text")
    return errs


HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def build_hand_written(source_glob: str, out: Path, id_prefix: str) -> None:
    """Parse hand-written sources, refuse duplicates and bad labels, write the JSONL set."""
    rows, errors, seen = [], [], set()
    for p in sorted(HERE.glob(source_glob)):
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
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            o = {"id": f"{id_prefix}-{i:04d}", "text": r["text"], "level": r["level"],
                 "categories": r["categories"], "locale": r["locale"], "tags": r["tags"],
                 "flags": r["flags"]}
            if r.get("context"):
                o["context"] = r["context"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out.relative_to(ROOT)}")

