"""`screen()`: patterns first, then the classifier for what patterns miss."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

from mindline.risk import patterns
from mindline.risk.normalize import normalize
from mindline.risk.patterns import Hit
from mindline.risk.types import Evidence, Flag, RiskAssessment, RiskLevel

SUPPORTED_LOCALES: tuple[str, ...] = patterns.LANGUAGES
RULES_VERSION = (
    "rules-1.4"  # 1.4: plan cues near ideation per language, attempts, goodbyes, closings
)
# Long text is screened in overlapping windows; the worst window wins.
WINDOW = 2000
OVERLAP = 200
MAX_CHARS = 2_000_000
LEVEL_SCORE = {
    RiskLevel.NONE: 0.05,
    RiskLevel.LOW: 0.3,
    RiskLevel.MODERATE: 0.5,
    RiskLevel.HIGH: 0.75,
    RiskLevel.IMMINENT: 0.95,
}


def model_version() -> str:
    """Version string of the engine: rules plus the classifier artifact, if any."""
    from mindline.risk import classifier

    return _version(classifier.load_model())


def _version(model: Any) -> str:
    """rules[+clf][+emb, or +emb-absent when the encoder or its head is not installed]."""
    from mindline.risk import embedding

    if model is None:
        return RULES_VERSION
    head = embedding.load_head()
    return f"{RULES_VERSION}+{model.version}+{head.version if head else 'emb-absent'}"


def _readability(text: str) -> tuple[bool, bool]:
    """(unreadable, unsupported_script) for a chunk of text."""
    letters = [c for c in text if c.isalpha()]  # not "²", "½" or "Ⅻ": numbers, not words
    if not letters:
        return True, False
    bad = sum(1 for c in text if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cn"))
    if bad > 0.2 * len(text):
        return True, False
    latin = sum(1 for c in letters if ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF)
    return False, latin < 0.5 * len(letters)


def _windows(text: str) -> list[tuple[int, str]]:
    if len(text) <= WINDOW + OVERLAP:
        return [(0, text)]
    out = []
    step = WINDOW - OVERLAP
    for start in range(0, len(text), step):
        end = start + WINDOW
        # Snap both edges to whitespace so no window holds half a word ("shops" -> "sh").
        if start:
            space = text.find(" ", start, start + OVERLAP // 2)
            start = space + 1 if space >= 0 else start
        if end < len(text):
            space = text.rfind(" ", end - OVERLAP // 2, end)
            end = space if space > start else end
        out.append((start, text[start:end]))
        if start + WINDOW >= len(text) or end >= len(text):
            break
    return out


def _context_texts(context: Sequence[Any] | None) -> list[str]:
    out: list[str] = []
    for item in context or ():
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            value = item.get("text") or item.get("content") or ""
            if isinstance(value, str):
                out.append(value)
    return out[-5:]


_LIFE_QUESTION = re.compile(
    r"suicid|selbstmord|end(?:ing)? (?:my|your) life|kill(?:ing)? (?:my|your)self|take (?:my|your) "
    r"(?:own )?life|leben (?:zu )?nehmen|quitarte la vida|quitarme la vida|propria vida|"
    r"toglierti la vita|mettre fin|ending it|end it all|me tuer|te tuer|matarte|te matar"
)
_YOU_TO_I = [
    (r"\bare you\b", "i am"),
    (r"\bhave you\b", "i have"),
    (r"\bdo you\b", "i"),
    (r"\bdid you\b", "i"),
    (r"\bwere you\b", "i was"),
    (r"\bwill you\b", "i will"),
    (r"\byourself\b", "myself"),
    (r"\byour\b", "my"),
    (r"\byou\b", "i"),
]


_MEANS_QUESTION = re.compile(
    r"\b(?:pills|tablets|meds|medication|rope|gun|knife|blade|razor|means|plan|planned|note|"
    r"letter|date|method|way to do it)\b"
)
_NOW_QUESTION = re.compile(
    r"\b(?:right now|now|with i|on i|near i|tonight|today|in front of i|in the house|at home)\b"
)


def _affirmed_question(question: str) -> tuple[RiskLevel, tuple[str, ...], str]:
    """Level and categories a 'yes' would mean, by screening the question as a statement."""
    norm = normalize(question)
    text = norm.text.rstrip(" ?")
    for pattern, repl in _YOU_TO_I:
        text = re.sub(pattern, repl, text)
    hits = [h for h in patterns.find_hits(normalize(text)) if h.about in ("self", "fiction")]
    if hits:
        best = max(hits, key=lambda h: h.level.rank)
        return best.level, tuple(best.rule.categories), best.reason
    if _MEANS_QUESTION.search(text):
        # "Do you have the pills with you?" is asked only once risk has come up.
        if _NOW_QUESTION.search(text):
            return RiskLevel.IMMINENT, ("suicidal_ideation",), "means at hand"
        return RiskLevel.HIGH, ("suicidal_ideation",), "plan or means"
    if re.search(
        r"\b(?:suicid\w*|kill|die|dying|dead|hurt|harm|end (?:it|my life)|not wake)", text
    ):
        return RiskLevel.MODERATE, ("suicidal_ideation",), "risk question"
    return RiskLevel.NONE, (), ""


def _screen_context(
    text: str, context: Sequence[Any] | None
) -> tuple[RiskLevel, tuple[str, ...], str] | None:
    prev = _context_texts(context)
    if not prev:
        return None
    lex = patterns.lexicon()
    answer = normalize(text).text.strip()
    if len(answer) > 60 or not lex.answer_yes.search(answer) or lex.answer_no.search(answer):
        return None
    question = prev[-1]
    if "?" not in question:
        return None
    level, cats, reason = _affirmed_question(question)
    if level is RiskLevel.NONE:
        return None
    return level, cats, f"affirms question: {reason}"


def _pattern_pass(
    text: str,
) -> tuple[RiskLevel, list[Hit], set[str], list[tuple[int, int, Hit]], str]:
    """Level from the writer's own statements, the flags, and evidence spans (original offsets)."""
    norm = normalize(text)
    hits = patterns.find_hits(norm)
    flags: set[str] = set()
    spans: list[tuple[int, int, Hit]] = []
    level = RiskLevel.NONE
    self_hits = []
    for h in hits:
        if h.about == "none":
            flags.add("_suppressed")
            continue
        if h.about == "other":
            flags.add(Flag.THIRD_PARTY.value)
        elif h.about == "fiction":
            flags.add(Flag.QUOTED_OR_FICTIONAL.value)
        if h.about == "reader":
            continue
        a, b = norm.original_span(h.start, h.end)
        spans.append((a, b, h))
        counts = h.about == "self" or (h.about == "fiction" and not h.rule.fiction_ok)
        if counts:
            self_hits.append(h)
            if h.level.rank > level.rank:
                level = h.level
    if not self_hits:
        # Risk as a topic with no rule match: someone else's crisis, or a story or the news.
        flags |= patterns.topic_flags(norm.text)
    # Someone else's crisis: the writer needs helper guidance, not a crisis reply.
    if not self_hits and Flag.THIRD_PARTY.value in flags:
        level = RiskLevel.LOW
    # A question to the reader ("have you had thoughts of suicide?") is not a disclosure.
    if any(h.about == "reader" for h in hits) and not self_hits:
        flags.add("_suppressed")
    return level, self_hits, flags, spans, norm.text


# Help-seeking the classifiers over-read (their training data pairs these words with risk):
# definitional questions about therapy ideas, asking for a safety or coping plan, and
# questions about stopping or changing medication. With no risk word in the message and no
# pattern hit, the classifiers may say at most "low"; explicit statements still count.
_DEFINITION = re.compile(
    r"^(?:what(?: is| are|s|'s| does .{1,30} mean)|can you explain|explain|"
    r"what do you mean by|tell me (?:what|about))\b"
)
_PLAN_REQUEST = re.compile(
    r"\b(?:make|build|write|do|fill in|start|update|work on|go through|set up)\b.{0,25}\b"
    r"(?:safety|coping|crisis|relapse prevention|self care|wellbeing) plan\b"
)
_MEDICATION_QUESTION = re.compile(
    r"\b(?:should|can|could|do) i (?:stop|come off|quit|change|reduce|lower|skip|miss)\b.{0,30}"
    r"\b(?:antidepressants?|meds|medication|medicine|tablets|pills|dose|sertraline|prozac|"
    r"fluoxetine|citalopram|escitalopram|venlafaxine|mirtazapine)\b"
)
_RISK_WORDS = re.compile(
    r"suicid|kill|\bdie\b|dying|dead|death|overdose|\bod\b|lethal|hang|noose|\bcut|harm|"
    r"end it|end my|painful|how many|how much|at once|all (?:of )?my|drown|jump|bridge|gun|"
    r"rope|poison|bleed|the point|ways? to|\d"
)


# Recovery and present safety ("i am safe now", "i was suicidal last year but i am ok now"):
# the classifiers read the risk words, not the tense. With no pattern hit in the writer's
# words they may say at most "low" -- unless a contrast, a doubt or a present urge follows
# ("i am ok now but ...", "i say i am fine", "safe for now", "still want to").
_RECOVERY = re.compile(
    r"\bi (?:am|feel|am feeling) (?:\w+ )?(?:safe|safer|ok|okay|alright|all right|better|fine|"
    r"good|stable|well|in a (?:better|good|safe) place)(?: now| again| these days| today| at home)"
    r"|\bi am (?:safe|home and safe|at home and safe|safe at home|"
    r"safe and (?:at home|sound|well))\b"
    r"|\bi am doing (?:much |so |a lot )?(?:better|ok|okay|well|fine) (?:now|again|these days)\b"
    r"|\b(?:all good|feeling (?:much |a lot )?(?:better|safer)) (?:now|again)\b"
    r"|\bthe (?:urges?|thoughts|feelings?|crisis) (?:has|have|had) (?:passed|gone|eased|settled)\b"
    r"|\bi have been (?:\w+ )?(?:safe|clean|ok|okay|well|stable) (?:for|since)\b"
)
_NOT_RECOVERED = re.compile(
    r"\b(?:but|though|although|except|however|until|unless)\b|\bnot (?:really|actually|sure|"
    r"safe|ok|okay|fine|better)\b|\bpretend|\blying\b|\blie\b|\b(?:say|said|tell|told) "
    r"(?:\w+ )?(?:i am|i was|that i)\b|\bfor (?:now|tonight|today|the moment)\b|\bstill "
    r"(?:want|think|have|feel|plan|wish)|\bright now\b|\btonight\b|\?"
)


# Taking one's medication as prescribed, or a single ordinary dose for an ordinary ache, is
# daily check-in talk; the classifiers read "took ... tablets" as an attempt. With no
# pattern hit they may say at most "low", unless an amount, a hurry or finality is there.
_ORDINARY_DOSE = re.compile(
    r"\b(?:took|taken|take|taking|had|swallowed|remembered) (?:my |the |a |one |two |1 |2 |"
    r"a couple of |both )?(?:\w+ ){0,2}?(?:meds|medication|medicine|tablets?|pills?|paracetamol|"
    r"ibuprofen|aspirin|antidepressants?|inhaler|vitamins|dose|them|it)\b[^.?!]{0,40}?\b"
    r"(?:this (?:morning|evening|afternoon)|today|tonight|with (?:breakfast|lunch|dinner|food|"
    r"water|a meal)|as prescribed|like the (?:doctor|gp|nurse|pharmacist) said|on time|late|"
    r"at (?:lunch|breakfast|dinner|bedtime|\d+(?: ?[ap]m)?)|for (?:my|the|a) (?:headache|back|"
    r"period|cramps|cold|flu|migraine|pain|tooth|toothache|fever|hay ?fever|allergies|knee))\b"
)
_DOSE_RISK = re.compile(
    r"\b(?:all|whole|every|lot|lots|loads|bunch|handful|extra|too many|too much|more than|"
    r"double|at once|overdose|sorry|goodbye|too late|kill|die|dying|end it|suicid\w*|dead|enough|"
    r"stockpil\w*|sav(?:e|ed|ing) (?:up|them))\b|\b[1-9]\d+\b"
)


def _ordinary_dose(norm_text: str) -> bool:
    return bool(_ORDINARY_DOSE.search(norm_text)) and not _DOSE_RISK.search(norm_text)


def _recovered(norm_text: str) -> bool:
    """The message states present safety or recovery, and nothing undercuts it."""
    found = _RECOVERY.search(norm_text)
    if found is None:
        return False
    # A contrast after "i was suicidal ... but i am ok now" is the recovery itself; a
    # contrast after the recovery ("i am ok now but ...") undercuts it.
    return not _NOT_RECOVERED.search(norm_text[found.start() :])


def _help_seeking(norm_text: str) -> bool:
    text = norm_text.strip()
    if _RISK_WORDS.search(text):
        return False
    return bool(
        _DEFINITION.search(text) or _PLAN_REQUEST.search(text) or _MEDICATION_QUESTION.search(text)
    )


def _base(locale: str | None) -> str:
    return (locale or "en").split("-")[0].split("_")[0].lower()


def _classifier_cap(
    self_hits: list[Hit], chunk_flags: set[str], norm_text: str
) -> RiskLevel | None:
    """The most a classifier may say when the patterns found nothing in the writer's words."""
    if self_hits:
        return None
    cap = None
    # Negated, idiomatic, quoted or asked of the reader: the words are there, the risk is
    # not. Someone else's crisis: helper guidance (low).
    if chunk_flags & {"_suppressed", Flag.QUOTED_OR_FICTIONAL.value} or (
        patterns.is_question(norm_text) and re.search(r"\byou", norm_text)
    ):
        cap = RiskLevel.NONE
    if Flag.THIRD_PARTY.value in chunk_flags:
        cap = RiskLevel.LOW
    # A few words ("stop", "bye", "on the train") carry too little for a bag of n-grams
    # to call risk; short risk statements are the patterns' job.
    if len(norm_text.split()) <= 3 and (cap is None or cap.rank > 1):
        cap = RiskLevel.LOW
    if cap is None and not chunk_flags and _help_seeking(norm_text):
        cap = RiskLevel.LOW
    if cap is None and (_recovered(norm_text) or _ordinary_dose(norm_text)):
        cap = RiskLevel.LOW
    return cap


def screen(text: str, locale: str = "en", context: Sequence[Any] | None = None) -> RiskAssessment:
    """Screen one message: level, categories, score, evidence and flags."""
    from mindline.risk import classifier, embedding

    if not isinstance(text, str):
        text = "" if text is None else str(text)
    flags: set[str] = set()
    model = classifier.load_model()
    head = embedding.load_head() if model is not None else None
    version = _version(model)
    if not text.strip():
        return RiskAssessment(RiskLevel.NONE, (), 0.0, (), version, (Flag.EMPTY.value,))
    if len(text) > MAX_CHARS:
        flags.add(Flag.TRUNCATED.value)
        text = text[:MAX_CHARS]
    base = _base(locale)
    if base not in SUPPORTED_LOCALES:
        flags.add(Flag.LANGUAGE_UNSUPPORTED.value)

    best_level = RiskLevel.NONE
    best_score = 0.0
    categories: list[str] = []
    evidence: list[Evidence] = []
    any_readable = False
    for offset, chunk in _windows(text):
        unreadable, foreign_script = _readability(chunk)
        if unreadable:
            continue
        any_readable = True
        if foreign_script:
            flags.add(Flag.LANGUAGE_UNSUPPORTED.value)
        level, self_hits, chunk_flags, spans, norm_text = _pattern_pass(chunk)
        flags |= chunk_flags - {"_suppressed"}
        score = LEVEL_SCORE[level] if self_hits else 0.0
        cats = [c for h in self_hits for c in h.rule.categories]
        if model is not None:
            pred = classifier.predict(model, norm_text)
            cap = _classifier_cap(self_hits, chunk_flags, norm_text)
            if head is not None and cap is None:
                p_lin = np.asarray(pred.probs)
                if embedding.needs_encoder(
                    level.rank,
                    bool(self_hits),
                    float(p_lin[2:].sum()),
                    len(norm_text.split()),
                    head.gate,
                    base == "en",
                ):
                    pred = _blend(head, p_lin, norm_text, model, floor=pred.level)
            clf_level = pred.level
            if cap is not None and clf_level.rank > cap.rank:
                clf_level = cap
            if clf_level.rank > level.rank:
                level = clf_level
                cats.extend(pred.categories)
                spans.append((0, len(chunk), _classifier_hit(clf_level)))
            score = max(score, min(pred.score, LEVEL_SCORE[clf_level] + 0.2))
        if level.rank > best_level.rank or (level is best_level and score > best_score):
            best_level, best_score = level, score
            categories = cats
            evidence = [
                Evidence(offset + a, offset + b, text[offset + a : offset + b], h.reason)
                for a, b, h in spans
                if h.about in ("self", "fiction", "other") or h.rule.id == "classifier"
            ]
            if offset == 0 and len(evidence) > 8:
                evidence = evidence[:8]

    affirmed = _screen_context(text, context)
    if affirmed is not None and affirmed[0].rank > best_level.rank:
        best_level = affirmed[0]
        categories = list(affirmed[1])
        best_score = LEVEL_SCORE[best_level]
        evidence = [Evidence(0, len(text), text, affirmed[2])]
        flags.add(Flag.CONTEXT.value)

    if not any_readable:
        flags.add(Flag.UNREADABLE.value)
    # Never a silent none for text the engine could not read.
    if (
        Flag.UNREADABLE.value in flags or Flag.LANGUAGE_UNSUPPORTED.value in flags
    ) and best_level is RiskLevel.NONE:
        best_level = RiskLevel.LOW
        best_score = max(best_score, 0.25)
    if best_level is RiskLevel.NONE:
        categories = []
        best_score = min(best_score, 0.2)
    cats_out = tuple(dict.fromkeys(c for c in categories if c))
    unique = {(e.start, e.end): e for e in sorted(evidence, key=lambda e: (e.start, e.end))}
    evidence = list(unique.values())
    return RiskAssessment(
        level=best_level,
        categories=cats_out,
        score=float(round(best_score, 4)),
        evidence=tuple(evidence),
        model_version=version,
        flags=tuple(sorted(flags)),
    )


def _classifier_hit(level: RiskLevel) -> Hit:
    rule = patterns.Rule(
        id="classifier",
        regex=re.compile(""),
        level=level,
        categories=(),
        reason="classifier: risk language in the whole message",
        negatable=False,
        who="any",
        fiction_ok=True,
    )
    return Hit(rule, 0, 0, level, rule.reason, "self")


def _blend(
    head: Any, p_lin: np.ndarray, norm_text: str, model: Any, floor: RiskLevel = RiskLevel.NONE
) -> Any:
    """The cascade's second stage: embedding head blended with the linear classifier.

    The blend decides moderate and above; distress ("low") the linear layer saw stays low
    (the blend's thresholds are tuned for alarms, and distress feeds monitoring)."""
    from mindline.risk import classifier, embedding
    from mindline.risk.calibrate import level_from_probs, score_from_probs
    from mindline.risk.types import CATEGORIES

    p_emb, c_emb = head.probs(embedding.embed([norm_text]))
    _, c_lin = model.one(norm_text)
    p = head.mix * p_emb[0] + (1 - head.mix) * p_lin
    c = head.mix * c_emb[0] + (1 - head.mix) * c_lin
    level = level_from_probs(p, head.thresholds)
    if level is RiskLevel.NONE and floor.rank >= RiskLevel.LOW.rank:
        level = RiskLevel.LOW
    chosen = [CATEGORIES[i] for i in np.flatnonzero(c >= 0.5)]
    if not chosen and level.rank >= RiskLevel.MODERATE.rank:
        chosen = [CATEGORIES[int(np.argmax(c))]]
    return classifier.Prediction(
        level=level,
        score=score_from_probs(p, head.thresholds),
        probs=tuple(float(v) for v in p),
        categories=tuple(chosen),
    )


def screen_many(
    items: Sequence[tuple[str, str, Sequence[Any] | None]],
) -> list[RiskAssessment]:
    """Screen (text, locale, context) items; the cascade's encoder runs once, batched, over
    every window the cheap layers are unsure of."""
    from mindline.risk import classifier, embedding

    model = classifier.load_model()
    head = embedding.load_head() if model is not None else None
    if model is not None and head is not None:
        todo: list[str] = []
        for text, locale, _ in items:
            if not isinstance(text, str) or not text.strip():
                continue
            for _, chunk in _windows(text[:MAX_CHARS]):
                if _readability(chunk)[0]:
                    continue
                level, self_hits, chunk_flags, _, norm_text = _pattern_pass(chunk)
                if _classifier_cap(self_hits, chunk_flags, norm_text) is not None:
                    continue
                p_lin = np.asarray(classifier.predict(model, norm_text).probs)
                if embedding.needs_encoder(
                    level.rank,
                    bool(self_hits),
                    float(p_lin[2:].sum()),
                    len(norm_text.split()),
                    head.gate,
                    _base(locale) == "en",
                ):
                    todo.append(norm_text)
        if todo:
            embedding.embed(todo)
    return [screen(text, locale=locale, context=context) for text, locale, context in items]
