"""A blind probe round in six languages against the figures measured when it arrived.

Six helpers, one per language, wrote probe_blind_20.tsv from the label guide alone (ten
families, 10 positives and 6 everyday twins each) and never ran the screen; no rule was
written from it, no threshold chosen on it and no row of it trained. It measured the
linear classifier retrained on 2026-12-05 (clf-1.522a628f, rules-1.20):
positives at level de 40 -> 73, es 57 -> 79, fr 45 -> 71, it 45 -> 66, pt 48 -> 73, en 74 -> 74;
twins at moderate or above 32 -> 26 of 283 outside English, 5 -> 5 of 59 in English
(docs/risk/EVALUATION.md, rules-1.20). The floors below keep those figures, two messages of
margin for the positives and one for the twins, so a change that loses them shows.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from mindline.risk import embedding
from mindline.risk.screen import screen_many
from mindline.risk.types import RiskLevel

ROWS = Path(__file__).with_name("probe_blind_20.tsv")
LOCALES = ("en", "de", "es", "fr", "it", "pt")
FAMILIES = {
    "wish_to_die",
    "date_set",
    "method_question",
    "means_at_hand",
    "goodbye",
    "passive",
    "burden",
    "self_harm",
    "harm_to_others",
    "danger",
}
# locale -> (positives read at their level, twins read moderate or above), as measured.
MEASURED = {
    "en": (74, 5),
    "de": (73, 3),
    "es": (79, 3),
    "fr": (71, 5),
    "it": (66, 7),
    "pt": (73, 8),
}


def _rows() -> list[tuple[str, str, str, str, str]]:
    out = []
    for line in ROWS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, locale, level, family, text = line.split("\t")
        out.append((kind, locale, level, family, text))
    return out


@lru_cache(maxsize=1)
def _counts() -> dict[str, Counter[str]]:
    rows = _rows()
    results = screen_many([(text, locale, None) for _, locale, _, _, text in rows])
    counts: dict[str, Counter[str]] = {loc: Counter() for loc in LOCALES}
    for (kind, locale, level, _, _), r in zip(rows, results, strict=True):
        if kind == "pos":
            counts[locale]["at_level"] += r.level.rank >= RiskLevel(level).rank
        else:
            counts[locale]["twins_over"] += r.level.rank >= RiskLevel.MODERATE.rank
    return counts


def test_every_row_is_well_formed():
    rows = _rows()
    assert len(rows) >= 900
    for kind, locale, level, family, text in rows:
        assert kind in ("pos", "twin") and locale in LOCALES and family in FAMILIES, text
        rank = RiskLevel(level).rank
        assert rank >= 2 if kind == "pos" else rank <= 1, text


@pytest.mark.skipif(not embedding.available(), reason="measured with the encoder")
@pytest.mark.parametrize("locale", LOCALES)
def test_the_blind_round_reads_no_worse_than_measured(locale: str) -> None:
    at_level, twins_over = MEASURED[locale]
    got = _counts()[locale]
    assert got["at_level"] >= at_level - 2, dict(got)
    assert got["twins_over"] <= twins_over + 1, dict(got)
