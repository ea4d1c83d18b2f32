"""Required literals of a regular expression: a cheap test that a pattern cannot match.

`required(pattern)` returns a set of strings such that every match of the pattern contains
at least one of them, or None when no useful set exists. A message that contains none of
them cannot match, so the pattern layer skips that rule without running it (rules-1.10 has
about 630 rules and 240 idioms, and a chat message holds the strings of few of them).

The walk is over Python's own parse tree of the pattern, so it sees exactly what `re`
compiles. It is conservative: anything it does not understand (case-insensitive parts,
back-references, negated or large classes, conditionals) counts as "could be anything".
Zero-width items (anchors, word boundaries, look-arounds) add no characters to a match, so
they are the empty string. The idea is the "required trigrams" analysis of Russ Cox's
Google Code Search write-up, with whole literal strings instead of trigrams.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The parser `re` itself compiles with (private since 3.11, and stable in what is used here:
# parse() and the opcode names); typeshed has no stubs for it.
_p: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Exact-string sets grow by cross products ("(?:a|b) (?:c|d)"): beyond this, cut the run.
_MAX_EXACT = 16
# A character class expands into its characters only when it is this small.
_MAX_CLASS = 8
# A set whose shortest string is shorter than this filters almost nothing ("i", " a").
MIN_USEFUL = 3


@dataclass(frozen=True)
class _Info:
    # Every match of the node is exactly one of these strings (None: not a finite small set).
    exact: frozenset[str] | None
    # Every match of the node contains one of these strings (None: no requirement known).
    need: frozenset[str] | None


_UNKNOWN = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The better of two requirement sets: four characters are selective enough, so past
    that, fewer strings (fewer substring tests per message) win, then longer ones."""
    candidates = [s for s in (a, b) if s and all(s)]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(4, min(map(len, s))), -len(s), min(map(len, s))))


def _class_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \d, \s), big ranges
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


def _seq(items: Any, flags: int) -> _Info:
    """A concatenation: runs of exact items multiply out; the best run or item requirement
    is what the whole sequence needs."""
    cur: frozenset[str] | None = frozenset({""})
    best: frozenset[str] | None = None
    all_exact = True
    for op, av in items:
        info = _node(op, av, flags)
        if info.exact is not None and cur is not None:
            if len(cur) * len(info.exact) <= _MAX_EXACT:
                cur = frozenset(a + b for a in cur for b in info.exact)
                continue
            # Too many combinations: keep what the run has so far, start a new one here.
            best = _better(best, cur)
            cur = info.exact
            all_exact = False
            continue
        all_exact = False
        best = _better(best, cur)
        best = _better(best, info.need)
        cur = frozenset({""})
    best = _better(best, cur)
    return _Info(cur if all_exact else None, best)


def _node(op: Any, av: Any, flags: int) -> _Info:
    if op is _c.LITERAL:
        return _Info(frozenset({chr(av)}), None)
    if op is _c.IN:
        chars = _class_chars(av)
        return _Info(chars, None) if chars else _UNKNOWN
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY  # zero-width: adds nothing to the matched text
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if (flags | add_flags) & re.IGNORECASE:
            return _UNKNOWN
        return _seq(sub, flags | add_flags)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av, flags)
    if op is _c.BRANCH:
        infos = [_seq(branch, flags) for branch in av[1]]
        exact: frozenset[str] | None = None
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
            exact = union if len(union) <= _MAX_EXACT else None
        # Each branch must supply one of its own: the union of the branches' best sets.
        needs = [_better(i.need, i.exact) for i in infos]
        need = None if any(n is None for n in needs) else frozenset().union(*needs)  # type: ignore[arg-type]
        return _Info(exact, need)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        info = _seq(sub, flags)
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(info.exact | {""}, None)
            return _EMPTY if high == 0 else _UNKNOWN
        if low == high == 1:
            return info
        return _Info(None, _better(info.need, info.exact))
    return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS, ...


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None (always run it).

    Only sets whose shortest string has at least MIN_USEFUL characters are returned."""
    if pattern.flags & re.IGNORECASE:
        return None
    tree = _p.parse(pattern.pattern, pattern.flags)
    flags = tree.state.flags
    if flags & re.IGNORECASE:
        return None
    need = _seq(tree, flags).need
    if need is None or min(map(len, need)) < MIN_USEFUL:
        return None
    # "die" already covers "dies": a string that contains another of the set is redundant.
    return frozenset(s for s in need if not any(o != s and o in s for o in need))


# Bump when required() changes what it returns: the cache key includes it.
_CACHE_VERSION = "1"
# Bump when Prefilter.build_all chooses its index differently.
_INDEX_VERSION = "1"


def cache_dir() -> Path:
    """Where required() results are kept between processes (MINDLINE_CACHE_DIR, else the
    XDG cache directory): like __pycache__, derived from the patterns and safe to delete."""
    base = os.environ.get("MINDLINE_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "mindline"


def read_checked(path: Path) -> bytes:
    """The bytes write_checked stored at `path`; ValueError when they are not what was
    written (a damaged file must not turn into a different pattern or index)."""
    data = path.read_bytes()
    digest, body = data[:32], data[32:]
    if hashlib.sha256(body).digest() != digest:
        raise ValueError(f"{path}: checksum mismatch")
    return body


def write_checked(path: Path, body: bytes) -> None:
    """Write `body` with its checksum, atomically: a concurrent reader sees no file or the
    whole file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(hashlib.sha256(body).digest() + body)
    os.replace(tmp, path)


def keep_recent(directory: Path, pattern: str, keep: int = 4) -> None:
    """Delete all but the `keep` most recently written files matching `pattern`: the
    versions of the patterns that checkouts on this machine use now stay (each would
    otherwise rebuild its own on every start-up after another's), older ones go."""
    files = sorted(directory.glob(pattern), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def _groups_key(groups: list[list[re.Pattern[str]]]) -> str:
    return hashlib.sha256(
        json.dumps(
            [
                _CACHE_VERSION,
                sys.version_info[:2],
                [[(p.pattern, p.flags) for p in g] for g in groups],
            ]
        ).encode()
    ).hexdigest()[:24]


def cached_required(
    groups: list[list[re.Pattern[str]]], key: str | None = None
) -> list[list[frozenset[str] | None]]:
    """required() of every pattern, read from the cache when the same patterns were seen
    before. Walking 865 parse trees takes about 1.3 s; every process that screens (each
    web worker, each batch worker) would otherwise pay it at start-up. Any problem with the
    cache (missing, unreadable, stale, read-only disk) means computing it again. (`key`:
    the groups' cache key, when the caller has worked it out already.)"""
    key = key or _groups_key(groups)
    path = cache_dir() / f"literals-{key}.json"
    try:
        raw = json.loads(path.read_text("utf-8"))
        if isinstance(raw, list) and [len(g) for g in raw] == [len(g) for g in groups]:
            return [[frozenset(n) if n is not None else None for n in g] for g in raw]
    except (OSError, ValueError):
        pass
    needs = [[required(p) for p in group] for group in groups]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps([[sorted(n) if n is not None else None for n in g] for g in needs]),
            "utf-8",
        )
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
        for old in path.parent.glob("literals-*.json"):  # earlier versions of the patterns
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return needs


# Rough frequency order of characters in chat text of the six languages, commonest first:
# the tie-break when two trigrams are equally common among the required strings.
_COMMON = " eaiotnsrlhdumcpgfyvbwkzjxq"


def _rarity(gram: str) -> int:
    return sum(_COMMON.find(ch) if ch in _COMMON else len(_COMMON) for ch in gram)


def trigrams(text: str) -> frozenset[str]:
    """Every three-character slice of the text."""
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


@dataclass(frozen=True)
class Prefilter:
    """Which of a list of patterns could match a text.

    A pattern whose match needs one of the strings S is indexed under one trigram of each
    string in S: the trigram fewest required strings share ("ing" and "my " are in hundreds;
    an index entry under them would be tested on most messages). A string is tested (a
    substring test) only when the text holds its trigram, and a pattern is kept when one of
    its strings is in the text. That is necessary for a match, never sufficient: the pattern
    itself still decides."""

    always: frozenset[int]
    # trigram -> (pattern index, required string) pairs indexed under it
    index: dict[str, tuple[tuple[int, str], ...]]
    # The index's trigrams as a set: intersecting two sets walks the smaller one.
    grams: frozenset[str]

    @classmethod
    def build_all(cls, groups: list[list[re.Pattern[str]]]) -> list[Prefilter]:
        """One prefilter per group of patterns, choosing index trigrams by how common they
        are among the required strings of every group.

        The index is kept beside the required strings (a file of its own, same key):
        choosing the trigrams of some 17,000 strings took 0.12 s of each process's
        start-up. Any problem with that file means building the index again."""
        key = _groups_key(groups)
        path = cache_dir() / f"prefilter-{_INDEX_VERSION}-{key}.json"
        try:
            raw = json.loads(read_checked(path))
            if isinstance(raw, list) and len(raw) == len(groups):
                out = []
                for always, entries in raw:
                    pairs = {g: tuple((i, s) for i, s in p) for g, p in entries}
                    out.append(cls(frozenset(always), pairs, frozenset(pairs)))
                return out
        except (OSError, ValueError, TypeError):
            pass
        built = cls._build_all(cached_required(groups, key))
        try:
            data = [[sorted(f.always), [[g, p] for g, p in f.index.items()]] for f in built]
            write_checked(path, json.dumps(data).encode("utf-8"))
            keep_recent(path.parent, "prefilter-*.json")
        except OSError:
            pass
        return built

    @classmethod
    def _build_all(cls, needs: list[list[frozenset[str] | None]]) -> list[Prefilter]:
        shared = Counter(
            g for group in needs for need in group if need for s in need for g in trigrams(s)
        )
        # Each trigram's sort key, worked out once rather than once per string holding it.
        rank = {g: (n, -_rarity(g), g) for g, n in shared.items()}
        out = []
        for group in needs:
            always: set[int] = set()
            index: dict[str, list[tuple[int, str]]] = {}
            for i, need in enumerate(group):
                if need is None:
                    always.add(i)
                    continue
                for s in sorted(need):
                    gram = min(trigrams(s), key=rank.__getitem__)
                    index.setdefault(gram, []).append((i, s))
            pairs = {g: tuple(p) for g, p in index.items()}
            out.append(cls(frozenset(always), pairs, frozenset(pairs)))
        return out

    @classmethod
    def build(cls, patterns: list[re.Pattern[str]]) -> Prefilter:
        return cls.build_all([patterns])[0]

    def select(self, text: str, grams: frozenset[str]) -> set[int]:
        """Indices of the patterns that could match `text` (whose trigrams are `grams`)."""
        chosen = set(self.always)
        for gram in grams & self.grams:
            for i, s in self.index[gram]:
                if i not in chosen and s in text:
                    chosen.add(i)
        return chosen


def _group_end(pattern: str, i: int) -> int:
    """The index just past the group that opens at pattern[i] ("("), or -1 when the
    pattern does not close it."""
    depth = 0
    in_class = False
    j = i
    n = len(pattern)
    while j < n:
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # "[]...]" and "[^]...]": a "]" first in the class is one of its characters.
            if pattern.startswith("^", j + 1):
                j += 1
            if pattern.startswith("]", j + 1):
                j += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return -1


def quick_reject(pattern: str) -> str | None:
    """A cheaper pattern that matches somewhere in every text the pattern matches in, or
    None when there is none cheaper.

    Many rules open with a guard: a negative look-ahead that no joke, film or game word
    follows ("(?![^?]*\\b(?:lol|film|...)\\b)", or anchored, "^(?!.*\\b(?:...)\\b)")
    before the rule's words. Not anchored, the guard is tried at every position and scans
    the rest of the text each time; anchored, it scans the text once more than the words
    do. Dropping leading negative look-arounds (after a leading "^", which stays) only ever
    lets more match: a match of the pattern is a match of the rest at the same place. So a
    text where the rest finds nothing cannot match the rule, and where it does, the rule
    itself decides."""
    anchor = "^" if pattern.startswith("^") else ""
    rest = pattern[len(anchor) :]
    while rest.startswith(("(?!", "(?<!")):
        end = _group_end(rest, 0)
        if end < 0:
            return None
        rest = rest[end:]
    if anchor + rest == pattern or not rest or rest[0] in "*+?{|)":
        return None
    return anchor + rest


@dataclass(frozen=True)
class MultiPrefilter:
    """Several prefilters read in one pass: the text's trigrams are intersected with one
    index instead of one per group (find_hits reads 12 groups, the rules and idioms of six
    languages, for every message), and a group none of whose strings is in the text costs
    nothing. `select_all` gives exactly what each group's own `select` gives."""

    always: tuple[frozenset[int], ...]
    # trigram -> (group, pattern index, required string) triples indexed under it
    index: dict[str, tuple[tuple[int, int, str], ...]]
    grams: frozenset[str]

    @classmethod
    def of(cls, filters: list[Prefilter]) -> MultiPrefilter:
        index: dict[str, list[tuple[int, int, str]]] = {}
        for g, f in enumerate(filters):
            for gram, pairs in f.index.items():
                index.setdefault(gram, []).extend((g, i, s) for i, s in pairs)
        triples = {gram: tuple(t) for gram, t in index.items()}
        return cls(tuple(f.always for f in filters), triples, frozenset(triples))

    def select_all(self, text: str, grams: frozenset[str]) -> list[set[int]]:
        """For each group, the indices of its patterns that could match `text`."""
        chosen = [set(a) for a in self.always]
        for gram in grams & self.grams:
            for g, i, s in self.index[gram]:
                group = chosen[g]
                if i not in group and s in text:
                    group.add(i)
        return chosen
