"""Small text helpers shared by the rule-based detectors."""

import re
import unicodedata


def normalise(text: str) -> str:
    """Lower-case, straighten quotes, drop punctuation except apostrophes, squash spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"[^\w\s'\-]", " ", text)
    return " ".join(text.split())


def word_count(text: str) -> int:
    """Number of words after normalising."""
    return len(normalise(text).split())


def has_phrase(norm: str, phrase: str) -> bool:
    """Whole-word phrase match on normalised text."""
    return re.search(r"(?<![\w'])" + re.escape(phrase) + r"(?![\w'])", norm) is not None
