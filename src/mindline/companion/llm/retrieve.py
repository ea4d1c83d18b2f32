"""Finds the content-library items that fit a message: TF-IDF over the content files.

The library is small (tens of items), so a plain in-memory index built once is enough.
Detected topics add weight, so "I can't switch off at night" finds sleep hygiene even
when the words barely overlap.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mindline.companion import content
from mindline.companion.enums import Topic

_WORD = re.compile(r"[a-z][a-z']+")
_STOP = frozenset(
    [
        "the",
        "and",
        "you",
        "your",
        "for",
        "that",
        "this",
        "with",
        "are",
        "was",
        "but",
        "not",
        "have",
        "has",
        "had",
        "can",
        "what",
        "when",
        "how",
        "it's",
        "its",
        "into",
        "from",
        "they",
        "them",
        "then",
        "than",
        "there",
        "their",
        "about",
        "just",
        "like",
        "some",
        "more",
        "very",
        "let's",
        "lets",
        "all",
        "any",
        "our",
        "out",
        "one",
        "two",
        "get",
        "got",
        "let",
        "yes",
        "now",
        "here",
        "too",
        "also",
    ]
)
TOPIC_WEIGHT = 0.2
EXCERPT_CHARS = 700


@dataclass(frozen=True)
class Hit:
    """One content item that fits, with the text the model may draw on."""

    item_id: str
    title: str
    score: float
    excerpt: str


_SUFFIX = re.compile(r"(fulness|fully|ful|ness|ings?|ed|ly|es|s)$")


def _stem(word: str) -> str:
    # Crude on purpose: "stressful", "stressed" and "stress" should meet.
    stem = _SUFFIX.sub("", word)
    return stem if len(stem) >= 3 else word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]


def _document(item: content.Item) -> str:
    steps = " ".join(s.text for s in item.steps)
    return " ".join([item.title, item.summary, " ".join(item.keywords), steps, item.closing])


@dataclass(frozen=True)
class _Index:
    ids: tuple[str, ...]
    vectors: tuple[dict[str, float], ...]
    idf: dict[str, float]


@lru_cache(maxsize=1)
def _index() -> _Index:
    items = content.library()
    docs = {item_id: Counter(_words(_document(item))) for item_id, item in items.items()}
    df: Counter[str] = Counter()
    for counts in docs.values():
        df.update(counts.keys())
    n = len(docs)
    idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
    ids = tuple(sorted(docs))
    return _Index(ids=ids, vectors=tuple(_unit(docs[i], idf) for i in ids), idf=idf)


def _unit(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    weights = {w: (1 + math.log(c)) * idf.get(w, 0.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}


def search(text: str, topics: Sequence[Topic] = (), limit: int = 2) -> list[Hit]:
    """The best-fitting items, best first; empty when nothing fits at all."""
    index = _index()
    query = _unit(Counter(_words(text)), index.idf)
    items = content.library()
    scored: list[tuple[float, str]] = []
    for item_id, vector in zip(index.ids, index.vectors, strict=True):
        score = sum(weight * vector.get(word, 0.0) for word, weight in query.items())
        score += TOPIC_WEIGHT * len(set(items[item_id].topics) & set(topics)) / max(1, len(topics))
        if score > 0:
            scored.append((score, item_id))
    scored.sort(reverse=True)
    return [_hit(items[i], s) for s, i in scored[:limit]]


def _hit(item: content.Item, score: float) -> Hit:
    body = " ".join(_plain(s.text) for s in item.steps)
    excerpt = f"{item.title} ({item.kind.value}, about {item.minutes} min): {item.summary} {body}"
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    return Hit(item_id=item.id, title=item.title, score=score, excerpt=excerpt)


def _plain(text: str) -> str:
    # Drop placeholders such as {name} or {answer:see}: the model sees the exercise, not slots.
    return re.sub(r",?\s*\{\w+(:\w+)?\}", "", text).strip()


def grounding(text: str, topics: Sequence[Topic] = ()) -> str:
    """The content extract for the system prompt."""
    hits = search(text, topics)
    if not hits:
        return "(nothing specific; listen, and offer to suggest an exercise)"
    return "\n".join(f"- {hit.excerpt}" for hit in hits)
