"""speed26: the faster pattern pass changes no result.

A rule's quick check (its words without the leading guard: literals.quick_reject) finds
something wherever the rule matches; the one-pass prefilter of all languages selects what
each language's own prefilter selects; screen_many's memos give what screen() gives alone."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from mindline.risk import datasets, patterns
from mindline.risk.literals import quick_reject, trigrams
from mindline.risk.normalize import normalize

_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!not )(?![^.]*\bgame\b)\bi want to die\b", r"\bi want to die\b"),
        (r"(?![^?]*\b(?:film|lol)\b)(?:\btied (?:a|the) rope\b)", r"(?:\btied (?:a|the) rope\b)"),
        (r"(?=\w)(?!x)kill", None),  # a positive look-ahead stays: it may be the cheap part
        (r"(?![)\]]x\)(y))z", "z"),  # brackets and escapes inside the guard
        (r"^(?!.*\blol\b).*?hello", r"^.*?hello"),  # the anchor stays
        (r"(?!a)b|c", "b|c"),
        (r"\bkill\b", None),  # nothing to drop
        (r"^(?!x)", None),  # nothing left
        (r"(?!x)*y", None),  # what is left does not stand on its own
        (r"(?!unclosed", None),
    ],
)
def test_quick_reject_drops_the_leading_guard(pattern: str, expected: str | None) -> None:
    assert quick_reject(pattern) == expected


def _only_guards(prefix: str) -> bool:
    """The prefix parses to nothing but negative look-arounds: items that match no
    characters and only ever stop a match."""
    return all(op is _c.ASSERT_NOT for op, _ in _p.parse(prefix).data)


def test_every_shipped_quick_check_is_the_rule_without_its_guard() -> None:
    # The rule is its guard followed by the quick check's text, the guard only negative
    # look-arounds: a match of the rule (of its first alternative, where the pattern has
    # several) is a match of the rest at the same place; the other alternatives are in the
    # quick check unchanged.
    checked = 0
    for lang in patterns.lexicon().languages.values():
        for rule in (*lang.rules, *lang.context_rules):
            quick = rule.quick
            if quick is None:
                continue
            checked += 1
            pattern, rest = rule.source.pattern, quick.pattern
            if pattern.startswith("^"):  # the anchor stays in front
                assert rest.startswith("^"), rule.id
                pattern, rest = pattern[1:], rest[1:]
            assert pattern.endswith(rest), rule.id
            prefix = pattern[: len(pattern) - len(rest)]
            assert prefix and _only_guards(prefix), rule.id
    assert checked > 200  # the guarded rules are many: the check must be in use


@pytest.mark.parametrize(
    "text",
    [
        "i tied the belt to the door handle",
        "i tied the rope to the tree for the hammock",
        "i counted out all my pills tonight",
        "i am scared to go home because my dad is drunk",
        "lol my game character tied a rope to the beam",
    ],
)
def test_a_rule_the_quick_check_skips_could_not_have_matched(text: str) -> None:
    norm = normalize(text).text
    for lang in patterns.lexicon().languages.values():
        for rule in lang.rules:
            if not rule.could_match(norm):
                assert rule.regex.search(norm) is None, rule.id
    on = [
        (h.rule.id, h.start, h.end, h.level, h.about) for h in patterns.find_hits(normalize(text))
    ]
    off = [
        (h.rule.id, h.start, h.end, h.level, h.about)
        for h in patterns.find_hits(normalize(text), prefilter=False)
    ]
    assert on == off


def test_the_one_pass_prefilter_selects_what_each_language_selects() -> None:
    rows = datasets.read_jsonl(datasets.dev_path())
    texts = [normalize(e.text).text for e in rows[:150]] + ["", "ok", "ich will nicht mehr leben"]
    lex = patterns.lexicon()
    for text in texts:
        grams = trigrams(text)
        selection = patterns._selection(text)
        for code, lang in lex.languages.items():
            assert lang.rule_filter is not None and lang.idiom_filter is not None
            rules = tuple(sorted(lang.rule_filter.select(text, grams)))
            idioms = tuple(sorted(lang.idiom_filter.select(text, grams)))
            assert selection[code] == (rules, idioms), (code, text)


def test_a_language_with_nothing_live_adds_no_hits() -> None:
    # find_hits skips a language none of whose rules or idioms can match: reading every one
    # of them gives the same hits.
    text = normalize("had a great walk with the dog this morning, see you tomorrow").text
    selection = patterns._selection(text)
    assert any(rules == () and idioms == () for rules, idioms in selection.values())
    for code in patterns.LANGUAGES:
        hits = patterns.find_hits(normalize(text), codes=(code,), prefilter=False)
        if selection[code] == ((), ()):
            assert hits == []


def test_the_selection_cache_is_bounded() -> None:
    assert patterns._selection.cache_info().maxsize is not None


def test_screen_many_gives_what_screen_gives_alone() -> None:
    from mindline.risk.screen import screen, screen_many

    texts = [
        "honestly i don't see the point of anything anymore",
        "i want to die",
        "this traffic is killing me lol",
        "my sister said she wants to die, what do i do",
        "im so done w everything rn tbh",
        "had a great walk with the dog this morning!",
        "i keep thinking about hurting myself but i won't",
    ]
    items: list[tuple[str, str, Any]] = [(t, "en", None) for t in texts]
    items.append(("it's too late now", "en", ["i took all my pills"]))
    alone = [screen(t, locale=loc, context=ctx).to_dict() for t, loc, ctx in items]
    together = [r.to_dict() for r in screen_many(items + items)]
    assert together == alone + alone


def test_quick_checks_are_compiled_only_when_asked_for() -> None:
    rule = patterns.Rule(
        id="t.guarded",
        regex=r"(?![^?]*\bgame\b)\bkill\b",
        level=patterns.RiskLevel.HIGH,
        categories=(),
        reason="test",
        negatable=False,
        who="self",
        fiction_ok=True,
    )
    assert rule._quick is False
    assert rule.could_match("i will kill") and not rule.could_match("i will stay")
    assert isinstance(rule.quick, re.Pattern) and rule.quick.pattern == r"\bkill\b"
    # Where the quick check finds nothing, the rule's own pattern was never compiled.
    assert isinstance(rule._regex, str)


def test_the_kept_prefilter_index_is_the_index_built_afresh(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mindline.risk import literals

    monkeypatch.setenv("MINDLINE_CACHE_DIR", str(tmp_path))
    lex = patterns.lexicon()
    groups: Any = [
        group
        for lang in lex.languages.values()
        for group in ([r.source for r in lang.rules], patterns._sources(lang.idioms))
    ]
    first = literals.Prefilter.build_all(groups)  # built, and written
    assert list(tmp_path.glob("prefilter-*.json"))
    again = literals.Prefilter.build_all(groups)  # read back
    fresh = literals.Prefilter._build_all(literals.cached_required(groups))
    shipped = [f for lang in lex.languages.values() for f in (lang.rule_filter, lang.idiom_filter)]
    assert first == again == fresh == shipped
    for path in tmp_path.glob("prefilter-*.json"):
        path.write_text("[[1, 2]]")  # broken: built again
    assert literals.Prefilter.build_all(groups) == fresh


def test_the_kept_parse_of_patterns_yaml_is_what_yaml_parses(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import yaml

    monkeypatch.setenv("MINDLINE_CACHE_DIR", str(tmp_path))
    raw = "en:\n  negation: '\\b(?:not|never)\\b'\n  rules:\n  - {id: a, re: 'x', level: low}\n"
    parsed = yaml.safe_load(raw)
    first = patterns._load_yaml(raw)  # parsed, and written
    assert list(tmp_path.glob("patterns-*.marshal"))
    second = patterns._load_yaml(raw)  # read back
    assert json.dumps(first) == json.dumps(second) == json.dumps(parsed)  # order too
    for path in tmp_path.glob("patterns-*.marshal"):
        path.write_bytes(b"broken")
    assert patterns._load_yaml(raw) == parsed


def test_kept_files_of_other_checkouts_stay_up_to_a_few(tmp_path: Any) -> None:
    import os

    from mindline.risk import literals

    for i in range(6):
        path = tmp_path / f"prefilter-1-{i}.json"
        path.write_text("x")
        os.utime(path, (1000 + i, 1000 + i))
    literals.keep_recent(tmp_path, "prefilter-*.json", keep=4)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"prefilter-1-{i}.json" for i in range(2, 6)
    ]
