"""Removes personal data from text bound for a language model outside the network.

The patient's own name and e-mail come from their profile; everything else is found by
pattern: e-mail addresses, phone numbers, dates (of birth or otherwise), street
addresses and postcodes. Each is replaced by a bracketed tag such as [NAME]. It errs on
the side of removing too much: a lost date costs little, a leaked one cannot be undone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_MONTHS = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)"
)
_STREET = (
    r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct|place|pl|way|crescent|"
    r"terrace|boulevard|blvd|square|sq|gardens|grove|hill|park|row|walk|mews)"
)

# Order matters: e-mail before phone (digits in addresses), dates before phones.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.I)),
    ("URL", re.compile(r"\bhttps?://\S+", re.I)),
    (
        "DATE",
        re.compile(
            r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})\b"
            r"|\b\d{4}-\d{2}-\d{2}\b"
            rf"|\b\d{{1,2}}(st|nd|rd|th)?( of)? {_MONTHS}( \d{{4}})?\b"
            rf"|\b{_MONTHS} \d{{1,2}}(st|nd|rd|th)?(,? \d{{4}})?\b",
            re.I,
        ),
    ),
    (
        "ID",
        re.compile(r"\b(nhs|ssn|social security|passport)( number| no\.?)?:? ?[\d\s-]{6,}\b", re.I),
    ),
    ("PHONE", re.compile(r"(?<![\w])\+?\d[\d\s().-]{7,}\d\b")),
    (
        "ADDRESS",
        re.compile(rf"\b\d{{1,5}}[a-z]?,? ([a-z'-]+ ){{1,3}}{_STREET}\b\.?", re.I),
    ),
    # UK postcodes and US ZIP+4; a bare five-digit number is left alone.
    ("POSTCODE", re.compile(r"\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b|\b\d{5}-\d{4}\b", re.I)),
)
_INTRO_NAME = re.compile(
    r"\b((?i:my name is|i'?m called|call me|name'?s))\s+([A-Z][a-z'-]+)(\s+[A-Z][a-z'-]+)?"
)


@dataclass(frozen=True)
class Redactor:
    """Redacts the known identifiers of one patient plus anything the patterns find."""

    known: tuple[str, ...] = ()

    @classmethod
    def for_person(cls, names: Iterable[str | None], emails: Iterable[str | None]) -> Redactor:
        """Names are split into words so "Alice Smith" also removes "Smith" alone."""
        found: set[str] = set()
        for name in names:
            for word in re.split(r"\s+", (name or "").strip()):
                if len(word) >= 2:
                    found.add(word)
        found.update(e.strip() for e in emails if e and e.strip())
        # Longest first, so an e-mail containing a name goes as a whole.
        return cls(known=tuple(sorted(found, key=len, reverse=True)))

    def redact(self, text: str) -> str:
        """The text with every identifier replaced by its tag."""
        # E-mail addresses first, whole, so a known name inside one cannot split it.
        for tag, pattern in PATTERNS[:2]:
            text = pattern.sub(f"[{tag}]", text)
        for value in self.known:
            tag = "[EMAIL]" if "@" in value else "[NAME]"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", tag, text, flags=re.I)
        for tag, pattern in PATTERNS[2:]:
            text = pattern.sub(f"[{tag}]", text)
        return _INTRO_NAME.sub(lambda m: f"{m.group(1)} [NAME]", text)


def restore_name(text: str, name: str) -> str:
    """Put the person's first name back where the model echoed the [NAME] tag."""
    if name:
        return text.replace("[NAME]", name)
    return re.sub(r",?\s*\[NAME\]", "", text)
