"""The literal prefilter: a rule is skipped only when it cannot match.

Soundness is checked three ways: hand-worked patterns, strings Hypothesis generates to
match every shipped rule and idiom, and find_hits with and without the prefilter on every
authored and dev row.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mindline.risk import datasets, literals
from mindline.risk.literals import Prefilter, required, trigrams
from mindline.risk.normalize import normalize
from mindline.risk.patterns import find_hits, lexicon


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # One fixed string: the whole of it.
        (r"\bi want to die\b", {"i want to die"}),
        # Small alternations multiply out with their neighbours.
        (r"\bi (?:want|wanna) to die\b", {"i want to die", "i wanna to die"}),
        # An optional suffix: "die" is in "dies", so "die" alone is enough.
        (r"di[ea]s?", {"die", "dia"}),
        # Every branch must bring one of its own strings.
        (r"(?:cutting myself|burning my arm)", {"cutting myself", "burning my arm"}),
        # A repeated prefix adds nothing; the literal after it is still needed.
        (r"\bi (?:have |just )*(?:took|taken) all", {"took all", "taken all"}),
        # Look-arounds are zero-width: they add no characters to the match.
        (r"\bend it(?! with)", {"end it"}),
        # Optional parts multiply out: 3 x 2 x 2 spellings.
        (
            r"kill(?:ing|ed)? ?my ?self",
            {
                f"kill{a}{b}my{c}self"
                for a in ("", "ing", "ed")
                for b in (" ", "")
                for c in (" ", "")
            },
        ),
        # Past 16 combinations the run is cut; "self" (one string) beats six longer ones.
        (r"kill(?:ing|ed)? ?my ?(?:own )?self", {"self"}),
        # A case-insensitive group could be anything; the literal after it still counts.
        (r"(?i:die) now", {" now"}),
    ],
)
def test_required_strings_of_hand_worked_patterns(pattern: str, expected: set[str]) -> None:
    assert required(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)i want to die",  # case-insensitive: a literal test would miss "I Want"
        r"(?:a|b)c",  # two characters filter nothing
        r"\bx\w+",  # a class: anything
        r"(?:want to die)?",  # may match the empty string
        r"(\w+) \1",  # a back-reference
        r"want|\w+",  # one branch needs nothing
    ],
)
def test_patterns_with_no_useful_requirement(pattern: str) -> None:
    assert required(re.compile(pattern)) is None


def test_prefilter_wakes_by_trigram_keeps_by_string_and_always_runs_unfilterable_patterns() -> None:
    patterns = [re.compile(r"\bkill myself\b"), re.compile(r"\w+"), re.compile(r"jump off")]
    pre = Prefilter.build(patterns)
    for text, chosen in [
        ("i want to kill myself", {0, 1}),
        ("a quiet day", {1}),
        ("i might jump off", {1, 2}),
        # "jump" wakes "jump off" by its trigram "jum", but the string itself is not there.
        ("i might jump on it, off we go", {1}),
    ]:
        assert pre.select(text, trigrams(text)) == chosen, text


def _all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for code, lang in lexicon().languages.items():
        out += [(rule.id, rule.regex) for rule in lang.rules]
        out += [(f"{code}.idiom[{i}]", idiom) for i, idiom in enumerate(lang.idioms)]
    return out


PATTERNS = _all_patterns()


@settings(
    max_examples=600,
    deadline=timedelta(seconds=20),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(st.data())
def test_every_generated_match_of_a_shipped_pattern_holds_one_of_its_strings(
    data: st.DataObject,
) -> None:
    name, pattern = data.draw(st.sampled_from(PATTERNS), label="pattern")
    need = required(pattern)
    if need is None:
        return  # always run: nothing to check
    text = data.draw(st.from_regex(pattern, fullmatch=True), label="match")
    assert any(s in text for s in need), (name, text, sorted(need))


def test_most_shipped_rules_are_filterable() -> None:
    # The point of the prefilter: if most rules needed nothing, it would save nothing.
    unfilterable = [name for name, pattern in PATTERNS if required(pattern) is None]
    assert len(unfilterable) <= len(PATTERNS) // 20, unfilterable


def test_find_hits_is_the_same_with_and_without_the_prefilter_on_authored_and_dev_rows() -> None:
    def key(norm_text: str, on: bool) -> list[tuple[object, ...]]:
        hits = find_hits(normalize(norm_text), prefilter=on)
        return [(h.rule.id, h.start, h.end, h.level, h.reason, h.about) for h in hits]

    rows = datasets.read_jsonl(datasets.authored_path()) + datasets.read_jsonl(datasets.dev_path())
    texts = [e.text for e in rows] + [c for e in rows for c in e.context if isinstance(c, str)]
    # Every fourth text: without the prefilter every rule runs on every text (~20 ms each),
    # and all 14,000 took five minutes of CI. Generated matches of every rule are checked
    # above; this is the check on real wording.
    texts = texts[::4]
    assert len(texts) > 3000
    differ = [t for t in texts if key(t, True) != key(t, False)]
    assert differ == []
    # And the prefilter does skip work: on a typical row most rules are not run.
    total = sum(len(lang.rules) for lang in lexicon().languages.values())
    text = normalize("had a great walk with the dog this morning").text
    live = sum(
        len(lang.rule_filter.select(text, trigrams(text)))
        for lang in lexicon().languages.values()
        if lang.rule_filter is not None
    )
    assert live < total // 4


def _groups() -> list[list[re.Pattern[str]]]:
    return [[re.compile(r"\bkill myself\b"), re.compile(r"\w+")], [re.compile(r"jump off")]]


def test_required_strings_are_cached_between_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINDLINE_CACHE_DIR", str(tmp_path))
    first = literals.cached_required(_groups())
    assert first == [[frozenset({"kill myself"}), None], [frozenset({"jump off"})]]
    assert len(list(tmp_path.glob("literals-*.json"))) == 1

    def fail(pattern: re.Pattern[str]) -> None:
        raise AssertionError("computed again despite the cache")

    monkeypatch.setattr(literals, "required", fail)
    assert literals.cached_required(_groups()) == first


def test_a_broken_or_unwritable_cache_means_computing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINDLINE_CACHE_DIR", str(tmp_path))
    expected = literals.cached_required(_groups())
    (cache,) = tmp_path.glob("literals-*.json")
    cache.write_text("{not json")
    assert literals.cached_required(_groups()) == expected
    # A cache directory that cannot be created (its parent is a file): still the same answer.
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("MINDLINE_CACHE_DIR", str(blocker / "cache"))
    assert literals.cached_required(_groups()) == expected


def test_a_new_version_of_the_patterns_replaces_the_old_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINDLINE_CACHE_DIR", str(tmp_path))
    literals.cached_required(_groups())
    literals.cached_required([[re.compile(r"hang myself")]])
    assert len(list(tmp_path.glob("literals-*.json"))) == 1
