"""perf24: the speed-ups of the batch command change no result.

Rules and idioms compile on first use and the prefilter is built from their text (what
literals.py reads must be what the compiled pattern says); ASCII text folds through
str.translate (the same characters and positions as the per-character fold)."""

from __future__ import annotations

import re

import pytest

from mindline.risk import normalize as norm_module
from mindline.risk import patterns
from mindline.risk.literals import Prefilter


def test_every_rule_and_idiom_source_is_what_its_compiled_pattern_says() -> None:
    for lang in patterns.lexicon().languages.values():
        for rule in (*lang.rules, *lang.context_rules):
            source = rule.source
            compiled = re.compile(source.pattern)
            assert (source.pattern, source.flags) == (compiled.pattern, compiled.flags), rule.id
            assert rule.regex.pattern == source.pattern
        sources = patterns._sources(lang.idioms)
        assert [(s.pattern, s.flags) for s in sources] == [
            (p.pattern, p.flags) for p in lang.idioms
        ]


def test_the_prefilter_from_sources_is_the_prefilter_from_compiled_patterns() -> None:
    languages = patterns.lexicon().languages.values()
    groups = [
        group for lang in languages for group in ([r.regex for r in lang.rules], list(lang.idioms))
    ]
    shipped = [f for lang in languages for f in (lang.rule_filter, lang.idiom_filter)]
    assert Prefilter.build_all(groups) == shipped


def test_compile_all_leaves_the_hits_as_they_were() -> None:
    text = norm_module.normalize("i want to die, i have the pills saved up for tonight").text
    before = [
        (h.rule.id, h.start, h.end, h.level, h.about)
        for h in patterns.find_hits(norm_module.normalize(text))
    ]
    patterns.compile_all()
    after = [
        (h.rule.id, h.start, h.end, h.level, h.about)
        for h in patterns.find_hits(norm_module.normalize(text))
    ]
    assert before == after and before


@pytest.mark.parametrize(
    "text",
    [
        "I WANT TO DIE",
        "tabs\tand\r\nnewlines and \x07 bell \x7f",
        "`backtick` and 'quotes' and \"double\"",
        "s.u.i.c.i.d.e and s u i c i d a l",
        "i w4nt 2 d13 rn tbh, ctb home",
        "soooo tiiiired, k*ll mys*lf",
        "",
        " ",
    ],
)
def test_the_ascii_fold_is_the_per_character_fold(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = norm_module._normalize(text, True)
    monkeypatch.setattr(norm_module, "_ASCII_ONE_TO_ONE", False)
    slow = norm_module._normalize(text, True)
    assert fast == slow
