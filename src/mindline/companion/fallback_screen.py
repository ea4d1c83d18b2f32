"""A small, conservative pattern screen used only when ``mindline.risk`` is unavailable.

It favours recall over precision: a missed crisis is worse than an extra check-in.
It has the same shape as ``mindline.risk.screen`` so the engine treats both alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

MODEL_VERSION = "companion-fallback-1"

_LEVEL_SCORE = {"none": 0.0, "low": 0.2, "moderate": 0.5, "high": 0.8, "imminent": 0.95}
_ORDER = ["none", "low", "moderate", "high", "imminent"]

# Idioms are blanked out before matching so "dying to see it" never counts.
_IDIOMS = re.compile(
    r"(killing me|kill(?:ing)? for an?\b|kill(?:ing)? time|killed it|dying to \w+|"
    r"die of (?:embarrassment|laughter|boredom|shame)|died laughing|dead tired|"
    r"(?<!ways )(?<!way )to die for|"
    r"bored to death|scared to death|over my dead body|deadline|dead (?:battery|phone|end))",
    re.I,
)
_FICTION = re.compile(
    r"\b(story|novel|book|film|movie|game|poem|script|fiction|character|role-?play|"
    r"hypothetic\w*|school project|essay|lyrics|song|screenplay|pretend|imagine)\b",
    re.I,
)
_OTHER_PERSON = (
    r"(?:my|a|our) (?:friend|best friend|sister|brother|mum|mom|mother|dad|father|son|"
    r"daughter|partner|girlfriend|boyfriend|wife|husband|colleague|classmate|flatmate|"
    r"roommate|cousin|aunt|uncle|client|student|neighbour|neighbor)"
)
_THIRD_PARTY = re.compile(
    _OTHER_PERSON + r"\b.{0,60}?\b(?:suicid\w*|kill (?:her|him|them)sel(?:f|ves)|"
    r"end (?:her|his|their) (?:own )?life|hurt(?:ing)? (?:her|him|them)sel(?:f|ves)|"
    r"harm(?:ing)? (?:her|him|them)sel(?:f|ves)|self[- ]harm\w*|(?:wants|want) to die)",
    re.I,
)
_NEGATION = re.compile(
    r"\b(not|never|no longer|don't|dont|do not|won't|wont|wouldn't|isn't|aren't|no)\b", re.I
)

# (level, category, reason, pattern). Order does not matter; the highest level wins.
_RULES: list[tuple[str, str, str, re.Pattern[str]]] = [
    (
        "imminent",
        "suicidal_ideation",
        "plan, timeline or goodbye",
        re.compile(
            r"\b(i have a plan|i've made a plan|made my plan|planned (?:it|how)|"
            r"(?:tonight|today|right now|this weekend|tomorrow)\b.{0,40}\b(?:end it|"
            r"kill myself|end my life|die)|(?:end it|kill myself|end my life)\b.{0,40}\b"
            r"(?:tonight|today|right now|this weekend|tomorrow)|goodbye forever|"
            r"this is my last message|my last goodbye|wrote (?:a|my) (?:note|letter) for|"
            r"i(?:'ve| have) already (?:taken|done) (?:it|something)|everything is ready)",
            re.I,
        ),
    ),
    (
        "high",
        "method_seeking",
        "asks about means or lethality",
        re.compile(
            r"(\blethal\b|\bfatal\b|overdos\w*|painless(?:ly)?|\bleast painful\b|"
            r"how (?:many|much)\b.{0,40}\b(?:die|kill|dead|fatal|lethal)|"
            r"(?:quickest|easiest|surest|best|fastest|quietest) way to (?:die|end|kill)|"
            r"ways? to (?:die|kill (?:myself|yourself|oneself|a person)|end (?:it|my life))|"
            r"how (?:to|do i|do you|would i|would you|could i|can i|does someone|do people|"
            r"people|someone|one|a person)\b.{0,25}\b(?:kill|end|hurt|harm)\w* (?:myself|"
            r"yourself|oneself|themselves|themself|a person|someone|(?:my|your|their|his|her|"
            r"one'?s) (?:own )?li(?:fe|ves))|how long (?:does it|would it) take to die|"
            r"suicide method\w*|method\w* (?:of|for) suicide|what would kill)",
            re.I,
        ),
    ),
    (
        "high",
        "suicidal_ideation",
        "first-person suicidal language",
        re.compile(
            r"\b(kill myself|killing myself|end my (?:own )?life|ending my life|end it all|"
            r"take my (?:own )?life|suicid\w*|want to die|wanna die|want to be dead|"
            r"don'?t want to (?:be alive|live|be here|exist) ?(?:any ?more)?|"
            r"better off (?:dead|without me)|no reason to live|can'?t go on living|"
            r"going to end it)",
            re.I,
        ),
    ),
    (
        "high",
        "self_harm",
        "self-harm urge",
        re.compile(
            r"\b((?:want|going|need|about) to (?:hurt|harm) myself|self[- ]harm(?:ing)? "
            r"(?:again|tonight|now)|urge to (?:hurt|harm) myself)",
            re.I,
        ),
    ),
    (
        "high",
        "harm_to_others",
        "thoughts of harming someone",
        re.compile(
            r"\b((?:want|going|gonna|about) to (?:hurt|harm|kill) (?:him|her|them|someone|"
            r"somebody|people|my \w+)|thoughts? (?:of|about) (?:hurting|harming|killing) "
            r"(?:him|her|them|someone|people))",
            re.I,
        ),
    ),
    (
        "high",
        "abuse_or_violence",
        "in danger from someone",
        re.compile(
            r"\b((?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|dad|mum|mom|"
            r"father|mother)) (?:hits|hit|beats|beat|hurts|threatens|threatened|chokes) me|"
            r"i'?m not safe at home|i'?m in danger|afraid (?:he|she|they)'?(?:ll| will) hurt me)",
            re.I,
        ),
    ),
    (
        "moderate",
        "suicidal_ideation",
        "passive death wish",
        re.compile(
            r"\b(sleep and (?:never|not) wake up|wish i (?:was|were) dead|wish i (?:wasn'?t|"
            r"weren'?t) (?:here|alive|born)|wish i could disappear|wish i didn'?t exist|"
            r"(?:no|what'?s the) point (?:in |of )?living|tired of living|"
            r"don'?t care if i die)",
            re.I,
        ),
    ),
    (
        "moderate",
        "self_harm",
        "self-harm thoughts or history",
        re.compile(
            r"\b(thoughts? (?:of|about) (?:hurting|harming) myself|used to (?:self[- ]harm|"
            r"hurt myself)|self[- ]harm\w*|hurt myself|harm myself)",
            re.I,
        ),
    ),
    (
        "moderate",
        "substance",
        "risky substance use",
        re.compile(
            r"\b(drinking (?:every|all) (?:day|night)|blackout drunk|can'?t stop drinking)", re.I
        ),
    ),
    (
        "low",
        "distress",
        "distress or hopelessness",
        re.compile(
            r"\b(hopeless|worthless|can'?t cope|falling apart|depressed|miserable|"
            r"overwhelmed|can'?t take (?:it|this) any ?more|give up)",
            re.I,
        ),
    ),
]


@dataclass
class Span:
    """Evidence for one match."""

    start: int
    end: int
    text: str
    reason: str


@dataclass
class Assessment:
    """Same shape as ``mindline.risk.RiskAssessment``."""

    level: str
    categories: list[str] = field(default_factory=list)
    score: float = 0.0
    evidence: list[Span] = field(default_factory=list)
    model_version: str = MODEL_VERSION
    flags: list[str] = field(default_factory=list)


def _negated(text: str, start: int) -> bool:
    clause = re.split(r"[,.;!?]|\bbut\b", text[:start])[-1]
    return bool(_NEGATION.search(" ".join(clause.split()[-4:])))


def _max(a: str, b: str) -> str:
    return a if _ORDER.index(a) >= _ORDER.index(b) else b


def screen(text: str, locale: str = "en", context: Sequence[Any] | None = None) -> Assessment:
    """Screen one message with the fallback patterns (context is not used here)."""
    clean = _IDIOMS.sub(lambda m: " " * len(m.group(0)), text)
    fiction = bool(_FICTION.search(clean))
    flags: list[str] = []
    if not locale.lower().startswith("en"):
        flags.append("language_unsupported")
    level, categories, evidence = "none", [], []
    for rule_level, category, reason, pattern in _RULES:
        for match in pattern.finditer(clean):
            found = rule_level
            # Negated or fictional statements count as low, but method-seeking never drops.
            softened = _negated(clean, match.start()) or fiction
            if category != "method_seeking" and _ORDER.index(found) >= 2 and softened:
                found = "low"
            level = _max(level, found)
            if (found != "low" or category == "distress") and category not in categories:
                categories.append(category)
            evidence.append(Span(match.start(), match.end(), match.group(0), reason))
    third = _THIRD_PARTY.search(clean)
    if third and not _first_person(clean):
        # Like mindline.risk: someone else's crisis is low for the writer, flagged third_party.
        flags.append("third_party")
        level = _max(level, "low")
        evidence.append(Span(third.start(), third.end(), third.group(0), "someone else at risk"))
    if fiction:
        flags.append("quoted_or_fictional")
    return Assessment(
        level=level,
        categories=categories,
        score=_LEVEL_SCORE[level],
        evidence=evidence,
        flags=flags,
    )


_FIRST_PERSON = re.compile(
    r"\b(kill myself|end my life|i want to die|hurt myself|harm myself)\b", re.I
)


def _first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))
