"""Reflective listening: say back what the person said, in the second person."""

from __future__ import annotations

import re

_SWAPS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we": "you",
    "our": "your",
}
_FIRST_PERSON = re.compile(r"\b(i|i'm|im|i've|my|me)\b", re.I)
_OPENERS = re.compile(r"^(well|so|and|but|just|honestly|basically|like|um|uh|ok|okay)[, ]+", re.I)
MAX_WORDS = 14


def _swap(sentence: str) -> str:
    words = sentence.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower().replace("’", "'")
        if low == "was" and i > 0 and words[i - 1].lower() == "i":
            out.append("were")
        else:
            out.append(_SWAPS.get(low, word))
    return " ".join(out)


def reflection(text: str) -> str | None:
    """Return a short second-person reflection of the first first-person sentence, or None."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text.strip()):
        sentence = _OPENERS.sub("", sentence.strip()).rstrip(".!?… ")
        if not sentence or not _FIRST_PERSON.search(sentence):
            continue
        # Sentences about "you" (the companion) don't reflect well.
        if re.search(r"\b(you|your|you're)\b", sentence, re.I):
            continue
        words = sentence.split()
        if len(words) > MAX_WORDS:
            cut = re.split(r",|\bbut\b|\bbecause\b|\band\b", sentence, maxsplit=1)[0].strip()
            if 2 < len(cut.split()) <= MAX_WORDS:
                sentence = cut
            else:
                continue
        swapped = _swap(sentence)
        return swapped[0].lower() + swapped[1:] if swapped else None
    return None
