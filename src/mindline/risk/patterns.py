"""The curated pattern layer: explicit statements, plans, means, goodbyes, method-seeking.

Rules live in data/patterns.yaml. Each match is checked for idiom, negation,
who it is about (the writer, someone else, the reader) and whether it is quoted
or fictional, and may be upgraded by a plan, means or timeline cue.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple, cast, overload

import yaml

from mindline.risk.literals import (
    MultiPrefilter,
    Prefilter,
    cache_dir,
    keep_recent,
    quick_reject,
    read_checked,
    trigrams,
    write_checked,
)
from mindline.risk.normalize import Normalized
from mindline.risk.types import RiskLevel

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "de", "pt", "it")
_CLAUSE_END = re.compile(r"[.;!?\n:]|,|\bbut\b|\bthough\b|\bhowever\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_BLOCKERS = re.compile(
    r"\b(?:i|he|she|they|we|you|and|because|why|if|that|when|what|how|who|but|or|so)\b"
)
_REPORTED = re.compile(
    r"\b(?:says|said|sings|sang|goes|went|wrote|writes|reads|line|lyric|lyrics|quote|quotes|called|titled|like)\b"
)
_WORD = re.compile(r"\w+")
_THIRD_WORDS = re.compile(r"\b(?:himself|herself|themselves|his|their)\b")
# A hit that starts with the writer ("i want to die", "ich will sterben") is theirs even
# beside a clinician's or student's cue.
_FIRST_PERSON = re.compile(
    r"(?:i|my|ich|mein\w*|je|j|moi|mon|ma|mes|me|m|yo|mi|mis|eu|meu|minha|io|mio|mia)\b"
)
_SUBJECT = re.compile(r"\b(?:i|yo|je|j|ich|eu|io)\b")
# rules-1.15 (who): someone else in English chat words that `others` lacks: "shes", "hes",
# "theyre" without the apostrophe; and a person's possessive ("my mums", "my dad's").
_OTHER_EN = re.compile(r"\b(?:hes|shes|theyre)\b")
_POSSESSOR_EN = re.compile(
    r"\b(?:my|our|his|her|their) (?:\w+ )?(?:friend|mate|bestie|bf|gf|boyfriend|girlfriend|"
    r"partner|husband|wife|sister|brother|sis|bro|mum|mom|mam|dad|father|mother|son|daughter|"
    r"kid|child|cousin|uncle|aunt|auntie|nephew|niece|grandma|gran|nan|grandad|grandpa|"
    r"flatmate|roommate|housemate|classmate|coworker|colleague|neighbou?r|twin|ex)(?:s|'s| s) ?$"
)
# A hit that starts with a verb: a possessive right before it is a plural subject ("my kids
# would be ..."), not an owner ("my mums suicide note").
_NOT_OWNED = re.compile(
    r"(?:would|will|are|were|is|was|have|had|has|can|could|should|might|want|wants|wish|think|"
    r"say|said|do|did|does|never|always|just|keep|keeps|hate|hates|need|needs|tell|told|"
    r"say|says|better|be)\b"
)
# Having or keeping something, not doing it ("my dad has a gun in the house"): a means in
# another's hands is still within the writer's reach.
_HAVING = re.compile(
    r"\b(?:has|have|has got|keeps|kept|owns|stores|hides|hid|leaves|left|bought|buys|got|gets|"
    r"there (?:is|are))\b(?! (?:already )?(?:taken|swallowed|took|been|done|tried))"
)
# rules-1.15 (who): the writer's own wish or act inside a span a someone-else rule matched.
_OWN_IN_OTHER = re.compile(
    r"\bi (?:(?:really|just|also|honestly|still|kind of|kinda|sometimes|often|too) )*(?:want|wanna|"
    r"wish|feel like|am going to|am gonna|tried|keep thinking|think about|am thinking|am "
    r"suicidal|do not want to (?:live|be alive|be here)|would rather)\b"
)
# "ich denke an Selbstmord als Thema für mein Referat": named as a topic right after the hit.
_AS_TOPIC = re.compile(
    r"\s*(?:as (?:a|the|my|our) (?:topic|subject)|als thema|comme (?:sujet|theme)|como (?:tema|"
    r"assunto)|come (?:tema|argomento))\b"
)
_MADE_ME = re.compile(r"\b(?:made|makes|making|make) me$")
_MYSELF = re.compile(r"\bmy ?self\b")
# rules-1.27: an assignment does not need the writer's own body or pills ("for a chem
# assignment how many paracetamol would be fatal for someone my weight", "... the lethal dose
# of my antidepressants", read none): the question is the writer's.
_OWN_MEANS = re.compile(
    r"\b(?:someone|a person|somebody|people) (?:of )?my (?:weight|size|age|height|build)\b|"
    r"\b(?:dose|doses|amount|overdose) of my (?:meds|medication|pills|tablets|antidepressants|"
    r"prescription|sleeping pills|painkillers|insulin)\b|\bi weigh\b|\bat my weight\b"
)
# Reported speech ("a client said i want to die"): the words are someone else's.
_SPEECH = re.compile(
    r"\b(?:says?|said|tells?|told|asks?|asked|writes?|wrote|dice|dijo|dit|disait|sagt|sagte|"
    r"diz|disse|diceva)\b"
)


class Rule:
    """One pattern and what a match means.

    `regex` is compiled on first use: compiling every rule and idiom took 0.7 s of each
    process's start-up, and a process runs only the rules its messages could match
    (literals.py).
    Two threads compiling the same rule at once both get an equal pattern."""

    __slots__ = (
        "_quick",
        "_regex",
        "categories",
        "ctx",
        "fiction_ok",
        "id",
        "level",
        "moment",
        "negatable",
        "reason",
        "who",
    )

    def __init__(
        self,
        id: str,
        regex: re.Pattern[str] | str,
        level: RiskLevel,
        categories: tuple[str, ...],
        reason: str,
        negatable: bool,
        who: str,
        fiction_ok: bool,
        ctx: str = "",
        moment: bool = True,
    ) -> None:
        self.id = id
        self._regex = regex
        # The rule's words without its leading guard (literals.quick_reject): False until
        # first asked for, then the compiled pattern, or None when there is no such thing.
        self._quick: re.Pattern[str] | bool | None = False
        self.level = level
        self.categories = categories
        self.reason = reason
        self.negatable = negatable
        self.who = who
        self.fiction_ok = fiction_ok
        # rules-1.12 (ctx): what the conversation before must show for the rule to count
        # ("risk", "place", "pills"; answers.after_risk). Empty: an ordinary rule, read on its
        # own words.
        self.ctx = ctx
        # rules-1.50: False for an intrusive thought of harm, which a time or a person asleep
        # nearby does not make an act under way (_r17_now).
        self.moment = moment

    @property
    def regex(self) -> re.Pattern[str]:
        if isinstance(self._regex, str):
            self._regex = re.compile(self._regex)
        return self._regex

    @property
    def quick(self) -> re.Pattern[str] | None:
        """A pattern that finds something in every text the rule matches (None: no cheaper
        one): where it finds nothing the rule is not run (its own regex is not even
        compiled). Two threads asking at once both get an equal pattern."""
        quick = self._quick
        if quick is False:
            source = self.source
            rest = quick_reject(source.pattern) if source.flags == re.UNICODE else None
            try:
                quick = re.compile(rest) if rest is not None else None
            except re.error:
                quick = None
            self._quick = quick
        return quick  # type: ignore[return-value]

    def could_match(self, text: str) -> bool:
        """False when the rule cannot match the text (its quick check finds nothing)."""
        quick = self.quick
        return quick is None or quick.search(text) is not None

    @property
    def source(self) -> _Source:
        """The pattern's text and flags, without compiling it (what literals.py reads)."""
        if isinstance(self._regex, str):
            return _Source(self._regex, re.UNICODE)
        return _Source(self._regex.pattern, self._regex.flags)

    def __repr__(self) -> str:
        return f"Rule(id={self.id!r}, level={self.level.value!r})"


class _Source(NamedTuple):
    # A str pattern without inline flags compiles with exactly re.UNICODE (patterns.yaml
    # has none), so literals.py sees what it would see on the compiled pattern.
    pattern: str
    flags: int


class LazyPatterns(Sequence[re.Pattern[str]]):
    """Patterns compiled on first use (idioms: most are never needed by a process)."""

    def __init__(self, sources: list[str]) -> None:
        self._sources = sources
        self._compiled: list[re.Pattern[str] | None] = [None] * len(sources)

    def __len__(self) -> int:
        return len(self._sources)

    @overload
    def __getitem__(self, i: int) -> re.Pattern[str]: ...

    @overload
    def __getitem__(self, i: slice) -> list[re.Pattern[str]]: ...

    def __getitem__(self, i: int | slice) -> re.Pattern[str] | list[re.Pattern[str]]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        pattern = self._compiled[i]
        if pattern is None:
            pattern = self._compiled[i] = re.compile(self._sources[i])
        return pattern

    def sources(self) -> list[_Source]:
        return [_Source(s, re.UNICODE) for s in self._sources]


def pattern_texts(patterns: Sequence[re.Pattern[str]]) -> list[str]:
    """The patterns' texts, without compiling lazy ones."""
    return [s.pattern for s in _sources(patterns)]


def _sources(patterns: Sequence[re.Pattern[str]]) -> list[_Source]:
    if isinstance(patterns, LazyPatterns):
        return patterns.sources()
    return [_Source(p.pattern, p.flags) for p in patterns]


@dataclass(frozen=True)
class Language:
    """The rules and cue patterns of one language."""

    code: str
    rules: tuple[Rule, ...]
    negation: re.Pattern[str]
    idioms: Sequence[re.Pattern[str]]
    upgrades: dict[str, re.Pattern[str]]
    fiction: re.Pattern[str] | None
    professional: re.Pattern[str] | None
    others: re.Pattern[str] | None
    self_: re.Pattern[str] | None
    you: re.Pattern[str] | None
    topic: re.Pattern[str] | None = None
    third_subject: re.Pattern[str] | None = None
    first_subject: re.Pattern[str] | None = None
    relate: re.Pattern[str] | None = None
    media: re.Pattern[str] | None = None
    # Words that start a new clause or subject after a negation cue (default: English).
    blockers: re.Pattern[str] | None = None
    # Tempering cues (past, past_before, relapse, now, future, recent, resisted, hypothetical).
    temper: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # Which rules and idioms could match a text at all (literals.py): the rest are skipped.
    rule_filter: Prefilter | None = None
    idiom_filter: Prefilter | None = None
    # Rules read only with the conversation before them (`ctx:`): find_hits never runs them.
    context_rules: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A rule match on the normalised text, after the context checks."""

    rule: Rule
    start: int
    end: int
    level: RiskLevel
    reason: str
    about: str  # "self", "other", "fiction", "reader", "none" (negated or idiom)


@dataclass(frozen=True)
class Lexicon:
    """All languages plus the short-answer patterns used with context."""

    languages: dict[str, Language]
    answer_yes: re.Pattern[str]
    answer_no: re.Pattern[str]
    question: re.Pattern[str]
    closing_formula: re.Pattern[str] | None = None
    closing_anchor: re.Pattern[str] | None = None
    # Every language's rule and idiom prefilters in one (literals.MultiPrefilter): groups
    # 2k and 2k+1 are the rules and idioms of the k-th language in `languages`.
    selector: MultiPrefilter | None = None


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _opt(section: dict[str, Any], key: str, macros: dict[str, str]) -> re.Pattern[str] | None:
    value = section.get(key)
    return re.compile(_expand(value, macros)) if value else None


def _load_yaml(raw: str) -> Any:
    """The parsed patterns.yaml. libyaml's parser where PyYAML was built with it: 0.03 s
    instead of 0.47 s at start-up; and what it parsed is kept between processes (marshal,
    keyed by the file's text: another 0.08 s of each start-up). Any problem with the kept
    copy means parsing again."""
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]
    path = cache_dir() / f"patterns-{digest}-{sys.version_info[0]}.{sys.version_info[1]}.marshal"
    try:
        return marshal.loads(read_checked(path))
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        write_checked(path, marshal.dumps(data))
        keep_recent(path.parent, "patterns-*.marshal")
    except (OSError, ValueError):
        pass  # unwritable, or a value marshal does not take: parse every time
    return data


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile data/patterns.yaml once per process."""
    raw = resources.files("mindline.risk").joinpath("data/patterns.yaml").read_text("utf-8")
    data = _load_yaml(raw)
    macros: dict[str, str] = data.get("macros", {})
    languages: dict[str, Language] = {}
    for code in LANGUAGES:
        section = data[code]
        rules = tuple(
            Rule(
                id=r["id"],
                regex=_expand(r["re"], macros),
                level=RiskLevel(r["level"]),
                categories=tuple(r.get("cats", [])),
                reason=r["reason"],
                negatable=bool(r.get("neg", True)),
                who=r.get("who", "self"),
                fiction_ok=bool(r.get("fiction_ok", True)),
                ctx=str(r.get("ctx", "")),
                moment=bool(r.get("moment", True)),
            )
            for r in section["rules"]
        )
        # Evidence and tests name rules by id: two rules with one id would blur both.
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"patterns.yaml: rule id {rule.id!r} is used twice in {code}")
            seen.add(rule.id)
        idioms = LazyPatterns([_expand(i, macros) for i in section.get("idioms", [])])
        languages[code] = Language(
            code=code,
            rules=tuple(r for r in rules if not r.ctx),
            context_rules=tuple(r for r in rules if r.ctx),
            negation=re.compile(section["negation"]),
            idioms=idioms,
            upgrades={
                k: re.compile(_expand(v, macros)) for k, v in section.get("upgrades", {}).items()
            },
            fiction=_opt(section, "fiction", macros),
            professional=_opt(section, "professional", macros),
            others=_opt(section, "others", macros),
            self_=_opt(section, "self", macros),
            you=_opt(section, "you", macros),
            topic=_opt(section, "topic", macros),
            third_subject=_opt(section, "third_subject", macros),
            first_subject=_opt(section, "first_subject", macros),
            relate=_opt(section, "relate", macros),
            media=_opt(section, "media", macros),
            blockers=_opt(section, "blockers", macros),
            temper={
                k: re.compile(_expand(v, macros)) for k, v in section.get("temper", {}).items()
            },
        )
    # Which rules and idioms could match a text (literals.py), for every language at once.
    # (Their text and flags: literals.py reads nothing else, and nothing is compiled here.)
    groups = [
        group
        for lang in languages.values()
        for group in ([r.source for r in lang.rules], _sources(lang.idioms))
    ]
    built = Prefilter.build_all(cast(list[list[re.Pattern[str]]], groups))
    filters = iter(built)
    for code, lang in languages.items():
        languages[code] = replace(lang, rule_filter=next(filters), idiom_filter=next(filters))
    answers = data["answers"]
    closings = data.get("closings") or {}
    anchor = closings.get("anchor")
    formula = closings.get("formula")
    return Lexicon(
        languages=languages,
        answer_yes=re.compile(answers["affirm"]),
        answer_no=re.compile(answers["deny"]),
        question=re.compile(data["questions"]),
        closing_formula=(
            re.compile(formula.replace("{ANCHOR}", anchor)) if formula and anchor else None
        ),
        closing_anchor=re.compile(anchor) if anchor else None,
        selector=MultiPrefilter.of(built),
    )


def compile_all() -> None:
    """Compile every rule and idiom now: a web process does it while it warms up, so that no
    chat message waits for a rule's first compile."""
    for lang in lexicon().languages.values():
        for rule in (*lang.rules, *lang.context_rules):
            _ = rule.regex
        list(lang.idioms)


_SEGMENTS = re.compile(r"[.,!;?:\n]+|\band\b|\s[-~]+\s")


# Leaving without saying when one is back ("i have to go", "got to go now"): an ordinary end
# of a chat, or a farewell after talk of risk; like thanks "for everything", its conversation
# decides (plain_signoff). rules-1.6: alone, "i have to go" had screened high.
_LEAVING = re.compile(
    r"(?:(?:ok(?:ay)?|so|well|anyway|right|sorry|and) )*(?:i (?:have|need|must) to go|i have "
    r"got to go|got to go|i must go|i (?:should|better) go|i am going to go|i am going now|i am "
    r"off)(?: now| then)*"
)
_THANKS_ALL = re.compile(
    r"(?:(?:ok(?:ay)?|so|well|anyway|right|and) )*(?:(?:thank you|thanks|thank u|ty|cheers)"
    r"(?: so much| a lot| again)? for (?:everything|all (?:your|the|of your) help|all of it|all "
    r"you have done|all you did)|gracias por todo|merci pour tout|danke fur alles|"
    r"obrigad[oa] por tudo|grazie (?:di|per) tutto)(?: (?:everyone|everybody|all|guys|x+))*"
)


# Each message asks twice (find_hits and the screen's sign-off check): keep the last answers.
@lru_cache(maxsize=1024)
def ordinary_closing(text: str) -> bool:
    """True when the normalised message is only the formulas of an ordinary end of a chat
    ("goodnight, see you tomorrow", "thanks for the chat, bye"), at least one of them an
    anchor: future contact, a goodnight wish, or thanks for the chat itself."""
    lex = lexicon()
    if lex.closing_formula is None or lex.closing_anchor is None or len(text) > 200:
        return False
    segments = [seg.strip() for seg in _SEGMENTS.split(text)]
    segments = [seg for seg in segments if seg]
    # Thanks "for everything" counts as a formula only next to an anchor ("thanks for
    # everything, see you tomorrow"); without one it is a plain sign-off (below).
    if not segments or not all(
        lex.closing_formula.fullmatch(seg) or _THANKS_ALL.fullmatch(seg) for seg in segments
    ):
        return False
    return any(lex.closing_anchor.search(seg) for seg in segments)


@lru_cache(maxsize=1024)
def plain_signoff(text: str) -> bool:
    """True when the normalised message is only end-of-chat formulas, thanks "for
    everything" or leaving ("i have to go") among them, with no anchor ("thanks for
    everything, bye"): a sign-off that may be an ordinary end of a chat or a farewell. Its
    conversation decides (screen)."""
    lex = lexicon()
    if lex.closing_formula is None or len(text) > 120 or ordinary_closing(text):
        return False
    segments = [seg.strip() for seg in _SEGMENTS.split(text)]
    segments = [seg for seg in segments if seg]
    if not segments:
        return False
    thanks = [bool(_THANKS_ALL.fullmatch(seg)) for seg in segments]
    leaving = any(_LEAVING.fullmatch(seg) for seg in segments)
    return (any(thanks) or leaving) and all(
        t or lex.closing_formula.fullmatch(seg) or _LEAVING.fullmatch(seg)
        for t, seg in zip(thanks, segments, strict=True)
    )


# How far back a clause or sentence start is looked for. Chat sentences are far shorter; the
# bound keeps a long window with hundreds of hits linear instead of quadratic.
_LOOKBACK = 400


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` begins (after a comma, "but", a full stop ...)."""
    return _clause_start(text, pos)


def _clause_start(text: str, pos: int) -> int:
    start = max(0, pos - _LOOKBACK)
    for m in _CLAUSE_END.finditer(text, start, pos):
        start = m.end()
    return start


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(0, start - _LOOKBACK)
    for m in _SENTENCE_END.finditer(text, a, start):
        a = m.end()
    m2 = _SENTENCE_END.search(text, end)
    return a, (m2.start() if m2 else len(text))


# rules-1.28: a denial inside a frame that takes it back ("id be lying if i said i didnt want
# to kill myself", "cant say i dont think about it") affirms what follows.
_DENIAL_TAKEN_BACK = re.compile(
    r"\b(?:(?:i would|id|i d|i will) be lying if i (?:said|say|told (?:you|u))|(?:i )?(?:cannot|"
    r"can not|could not) (?:honestly |truthfully )?(?:say|tell you|pretend|claim)|(?:i am )?not "
    r"(?:going to|gonna) (?:pretend|lie and say)) (?:that )?i (?:\w+ )?(?:do not|did not|never|am "
    r"not|have not|no longer|would not|will not)\b"
)


def _negated(lang: Language, text: str, start: int, end: int, before: int = 4) -> bool:
    """A negation cue just before or at the start of the match, no new subject in between."""
    taken_back = _DENIAL_TAKEN_BACK.search(text, max(0, start - 90), min(end, start + 30))
    if taken_back is not None and taken_back.end() >= start - 12:
        return False
    clause = text[_clause_start(text, start) : start]
    words = _WORD.findall(clause)[-before:] + _WORD.findall(text[start:end])[:3]
    window = " ".join(words)
    cues = list(lang.negation.finditer(window))
    if not cues:
        return False
    after = window[cues[-1].end() :]
    return not (lang.blockers or _BLOCKERS).search(after)


def _denied(lang: Language, text: str, m: re.Match[str]) -> bool:
    """Is the match negated? Where the rule has an `act` group, only a cue right before
    the act or in its first words counts. rules-1.19: a rule anchored at the message start
    ("^(?!exclusions).*?pienso en morirme") matches from the first word, so "no puedo
    mas, pienso en morirme" read the "no" of the first clause as denying the thought."""
    if "act" in m.re.groupindex and m.start("act") >= 0:
        return _negated(lang, text, *m.span("act"), before=2)
    return _negated(lang, text, *evidence_span(m))


def _inside_quotes(text: str, start: int) -> bool:
    return text.count('"', 0, start) % 2 == 1 and '"' in text[start:]


# rules-1.35: first-person words in single quotes after someone else's "said", "posted" or
# "keeps posting" ("my best mate said 'gonna unalive myself' in the group chat", "my best
# friend posted 'i wanna disappear' on her private story") are that person's; rules-1.42: also
# after "texted me" ("she texted me 'i dont want to be here anymore'"); rules-1.59: also "a girl
# from my ivf group just texted me '...'" (a few more words between, and girl, guy, someone).
_REPORTED_BY_OTHER = re.compile(
    # rules-1.65: a workmate named without an article ("barman i work with just posted ...")
    r"\b(?:(?:(?:my|a|our|her|his|the) )?(?:\w+ ){0,2}?(?:friends?|mates?|bestie|bff|sister|"
    r"brother|cousin|classmate|roommate|flatmate|housemate|boyfriend|girlfriend|bf|gf|son|daughter|kid|"
    r"student|colleague|coworker|partner|husband|wife|niece|nephew|mum|mom|dad|duo|teammate|"
    r"squad|guildmate|girl|guy|lad|boy|woman|man|member|pal|barman|barmaid|bartender|chef|"
    r"waiter|waitress|porter|workmate)|someone|somebody|he|she|they)"
    r"(?: \w+){0,5}? (?:said|says|posted|posts|wrote|writes|texted|texts|commented|typed|put|"
    r"captioned|messaged|keeps? (?:posting|saying|typing|sending|writing)|kept (?:posting|saying))"
    r"(?: me| us| to me| to us)?(?: stuff like| things like)?(?: (?:on|in) (?:\w+ ){0,3}?)?\W*$"
)


# rules-1.63: the reported words may open on their subject ("keeps saying stuff like he wont be
# around much longer").
_REPORTED_LIKE = re.compile(
    r"\b(?:posted|posts|said|says|texted|texts|wrote|writes|messaged|put|saying|sent)"
    r" (?:something|stuff|things) like\W*(?:(?:he|she|they)(?: is| are)?\W+)?$"
)
_I_SAID = re.compile(r"\bi (?:\w+ ){0,3}?(?:posted|said|texted|wrote|messaged|put|sent)\b")


def _reported_like(text: str, start: int) -> bool:
    """rules-1.59: "my best mate ... posted something like wont be a problem much longer":
    someone else's words reported without quotes; the writer's own ("i posted something like
    ...") stay theirs."""
    if not _REPORTED_LIKE.search(text, max(0, start - 30), start):
        return False
    said = text.rfind(" like", 0, start)
    return not _I_SAID.search(text, max(0, said - 60), said)


# rules-1.67: "my friend told me her dad hits her": a friend's own account, passed on by the
# writer; the told clause opens on the friend's "her", "his" or "they", with no "me" after it.
_TOLD_BY_OTHER = re.compile(
    r"\b(?:my|a|our) (?:\w+ )?(?:friend|mate|bestie|bff|classmate|cousin|colleague|coworker|"
    r"neighbou?r|girlfriend|boyfriend|pupil|student)s? (?:\w+ ){0,2}?(?:told me|tells me|told us|"
    r"said|says|admitted|confided in me)(?: that)? (?:her|his|their|she|he|they)\b"
)


def _told_by_other(lang: Language, text: str, start: int, end: int) -> bool:
    """The hit lies in what a friend told the writer about the friend's own life (no word of
    the writer's, `lang.self_`, after the told clause)."""
    m = _TOLD_BY_OTHER.search(text, max(0, start - 60), end)
    if m is None or m.end() <= start:
        return False
    return lang.self_ is None or not lang.self_.search(text, m.end(), end)


def _quoted_by_other(text: str, start: int, end: int) -> bool:
    """The span lies inside single quotes that someone else's words open."""
    q = text.rfind("\x27", 0, start)
    if q < 0 or (q > 0 and text[q - 1].isalnum()) or "\x27" not in text[end:]:
        return False  # no opening quote (an apostrophe is not one) or no closing quote
    return bool(_REPORTED_BY_OTHER.search(text, max(0, q - 80), q))


def _who(lang: Language, text: str, start: int, end: int, possessive: bool = True) -> str:
    """Whose experience a match describes: 'self', 'other' or 'reader'. With `possessive`,
    a person's possessive right before counts as theirs ("my mums suicide note")."""
    if lang.code == "en" and _quoted_by_other(text, start, end):
        return "other"
    matched = text[start:end]
    if re.match(r"(?:i|me|my)\b", matched) or re.search(r"\bmy ?self\b", matched):
        return "self"
    if re.search(r"\b(?:himself|herself|themselves|his life|her life|their life)\b", matched):
        return "other"
    if re.search(r"\b(?:yourself|your life)\b", matched):
        return "reader"
    if lang.code == "en" and re.search(
        r"\b(?:without me|if i|when i|once i|me gone|miss me|rid of me|than with me)\b", matched
    ):
        # rules-1.15 (who): "my kids would be better off without me": the writer is in the
        # words themselves, whoever the clause starts with; rules-1.43: also "better off with
        # the death benefit than with me around".
        return "self"
    prefix = text[_clause_start(text, start) : start]
    best: tuple[int, int, str] = (-1, 0, "self")
    # rules-1.15 (who): in English also the people `third_subject` names ("my gf", "my
    # flatmate", "my nan"), "shes"/"hes" typed without the apostrophe, and a possessor right
    # before the words ("my mums suicide note"): "my gf says shes going to jump" is hers.
    extra: tuple[re.Pattern[str] | None, ...] = ()
    if lang.code == "en":
        owner = possessive and not _NOT_OWNED.match(matched)
        extra = (_OTHER_EN, lang.third_subject, _POSSESSOR_EN if owner else None)
    for kind, pattern in (
        ("self", lang.self_),
        ("other", lang.others),
        ("reader", lang.you),
        *(("other", x) for x in extra),
    ):
        if pattern is None:
            continue
        for m in pattern.finditer(prefix):
            key = (m.end(), m.end() - m.start(), kind)
            if key[:2] > best[:2]:
                best = key
    if best[0] >= 0:
        if best[2] == "reader" and lang.code == "en" and _POV.match(text):
            # rules-1.35: "pov: ur 13 and u wanna sewerslide": a "pov" meme's "you" is the
            # writer.
            return "self"
        return best[2]
    if re.match(r"(?:wants|needs|says|is|has|tries|keeps)\b", matched):
        return "other"
    return "self"


# rules-1.35: a "pov" meme speaks of the writer as "you".
_POV = re.compile(r"\W*pov\b")
# rules-1.35: a clinician's frame disowned ("how much midazolam would it take ... not for a
# patient", "plan is tonight ... pt is me"): the question or the plan is the writer's.
_NOT_PRO = re.compile(
    r"\bnot (?:for|about) (?:a |my |the )?(?:patients?|clients?|work|a case|an essay|an "
    r"assignment|a friend)\b|\b(?:pt|patient|client) is me\b|\basking for (?:me|myself)\b"
    # rules-1.45: the writer as the one in care ("thats on my warning signs list", "crisis
    # line lady asked if i was safe tonight").
    r"|\bmy (?:warning signs|safety plan|crisis plan|care plan|relapse signature)\b"
    r"|\basked (?:me )?if i (?:was|am|felt|feel) safe\b"
    # rules-1.69: a worker hiding it from their own clients ("... that wouldnt look on purpose?
    # dont want my clients gossiping about it in the chair").
    r"|\b(?:do not|dont) want (?:my |the )?(?:clients|patients|customers|regulars) (?:to )?"
    r"(?:gossip\w*|know|find out|see|talk\w*|hear)\b"
)
# rules-1.35: the writer's own body ("fresh cuts under my sleeves") or own thought ("had a
# thought on a job today about putting a pillow over a patient's face", the clause's own
# start) beside a clinician's frame.
_OWN_BODY = re.compile(r"\bmy (?:arms?|wrists?|legs?|thighs?|skin|sleeves?|body|stomach|hips?)\b")
_OWN_THOUGHT = re.compile(
    r"\W*(?:i )?(?:had|have|having|get|getting|keep having|got) (?:a |this |these |an )?"
    r"(?:sudden )?(?:thought|thoughts|image|images|urge|urges)\b"
)


def _own_voice(text: str, start: int, end: int) -> bool:
    """The writer speaks of themselves beside a clinician's or student's cue: "myself" in the
    hit, a subject "i" (ich, je, yo, eu, io) among the three words before it, or "made me"
    ("an essay on suicide because i want to kill myself", "my essay made me want to cut
    again"); not reported speech, and not "a client shows me ..."."""
    prefix = text[_clause_start(text, start) : start]
    if _SPEECH.search(prefix) or _AS_TOPIC.match(text, end):
        return False
    if _DROPPED_SUBJECT.match(text) or _MY_LAST.search(text, start, end):
        return True
    if not prefix.strip(" ,.;:!?-") and _DROPPED_VERB.match(text, start):
        return True
    if _OWN_MEANS.search(text) or _OWN_BODY.search(text, start, end):
        return True
    if _OWN_THOUGHT.match(prefix):
        return True
    last = " ".join(_WORD.findall(prefix)[-3:])
    if _MYSELF.search(text, start, end) or _SUBJECT.search(last) or _MADE_ME.search(last):
        return True
    # rules-1.66: the writer's own "i" inside the hit, no one else the subject before it
    # ("... when patients pass. do not really care if one night i do not wake up").
    return bool(_SUBJECT.search(text, start, end)) and not _THIRD_SUBJECT.search(prefix)


# rules-1.59: a message that opens on the writer's own doing with "i" dropped ("fainted lifting
# a patient tuesday. havent eaten properly in weeks", "keep getting these thoughts of letting go
# of the trolley with the patient on it"): a paramedic's or nurse's own words, not a case.
_DROPPED_SUBJECT = re.compile(
    r"\W*(?:keep (?:getting|having)|kept (?:getting|having)|fainted|passed out|blacked out|"
    r"(?:have not|not) (?:eaten|slept)|been (?:barely|hardly|not) (?:eating|sleeping)|"
    r"(?:really |honestly |lowkey |just |literally )?want to (?:die|kill myself|be dead|end it)|"
    # rules-1.66: "cut again last night after a client refused to pay"
    r"cut (?:myself )?again)\b"
)
# rules-1.69: a hit that opens its clause on the writer's own act, "i" dropped ("drank and took
# the pills from my back pain script after the last client", "... sat in the car outside her
# house with my dads shotgun"); a case has its subject before the verb ("client took ...").
_DROPPED_VERB = re.compile(
    r"(?:drank|drunk|took|taken|swallowed|downed|necked|sat|sitting|parked|stood|standing|"
    # rules-1.70: "started having a few minutes on the nitrous after the last patient"
    r"waiting|started)\b"
)
# rules-1.60: "thank you for listening ... tell the volunteer ... this is my last message": the
# writer's own goodbye, whatever helper they thank.
_MY_LAST = re.compile(r"\bmy (?:last|final) (?:message|text|words|night|day|goodbye)\b")


# rules-1.32: the writer as the one harmed ("i am a gp, i know the signs ... he shoved me into
# the radiator"): a clinician's frame does not make it a patient's story; rules-1.46: nor a
# student's diary ("got a b on my essay ... hes kicking my bedroom door").
# rules-1.66: someone else as the subject of the clause before a hit.
_THIRD_SUBJECT = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|someone|somebody|(?:my|a|the|our|this) (?:\w+ )?"
    r"(?:client|patient|student|resident|friend|mate|colleague|son|daughter|sister|brother|"
    r"mum|mom|dad|partner|husband|wife|kid|child))\b"
)
_ME = re.compile(r"\b(?:me|my|mine)\b")  # rules-1.66: "he knows which car is mine"


# rules-1.28: a carer's frame: the question is about someone in their care.
_CARER_FRAME = re.compile(
    r"\b(?:clients?|patients?|service users?|how (?:should|do|can) i (?:ask|respond|talk|support|"
    r"help)|how to (?:ask|respond|support|help))\b"
)


def _study_method(rule: Rule, text: str) -> bool:
    """rules-1.28: a lethality or method question keeps its level in a student's frame ("for a
    bio assignment how much paracetamol would be fatal"): the label guide reads method-seeking
    "even disguised as trivia", and the training rows label "for a physics assignment: what
    height does a fall become fatal" high. A carer's frame ("my patient asked ...") still
    makes it a professional's question, unless the patient is a character the writer is
    writing (rules-1.43: "writing a story where a cancer patient uses her morphine ... how much
    would the character need")."""
    if "method_seeking" not in rule.categories:
        return False
    return not _CARER_FRAME.search(text) or _STORY_CHARACTER.search(text) is not None


# rules-1.43: a story's character, not someone in the writer's care.
_STORY_CHARACTER = re.compile(
    r"\b(?:writing a (?:story|novel|book|script|scene|short story)|(?:the|my) (?:character|"
    r"protagonist))\b"
)


# rules-1.37: the writer says the poem, song, story, riddle or role-play is about them ("the
# story about 'a girl' in the bath with a blade is me", "thats not a character btw", "no
# actually this isn't roleplay, i'm here now", "which i am"): its risk words are the writer's,
# wherever in the message the claim stands.
_OWN_STORY = re.compile(
    r"\b(?:(?:is|it s|it\x27s|its|that s|that\x27s|thats|she s|she\x27s|he s|he\x27s) "
    r"(?:basically |literally |actually |really |obviously )?me\b(?=\W*(?:[.!,;]|$|btw|lol|"
    r"haha|obviously|honestly|fr|and|but|i\b))|it kind of is\b|"
    r"(?:pretty |very |totally )?autobiographical\b|"
    r"not a character\b|(?:is not|isn\x27t|not) (?:a )?role ?play\b|which i am\b|because i do\b|"
    r"answer\W+me\b|asking (?:about|for) me\b|(?:she|he) is me\b|using myself as the example\b|"
    r"happened (?:to me|twice|again)\b|been doing (?:exactly )?that\b)"
)


def _own_story(lang: Language, text: str) -> bool:
    """A story, song or role-play frame that the writer says is about them."""
    return lang.code == "en" and _own_story_en(text)


@lru_cache(maxsize=512)
def _own_story_en(text: str) -> bool:
    # Asked for every hit of a message (whose words, then the fiction frame): searched once.
    fiction = lexicon().languages["en"].fiction
    return (
        fiction is not None
        and fiction.search(text) is not None
        and _OWN_STORY.search(text) is not None
    )


def _fictional(lang: Language, text: str, start: int, end: int, about: str) -> bool:
    if _inside_quotes(text, start):
        return not (lang.code == "en" and _own_thought_quoted(text, start))
    if lang.fiction is None:
        return False
    if about == "other" and _fiction_cue(lang, text):
        return True
    a, _ = _sentence_bounds(text, start, end)
    before = text[a:start]
    if lang.code == "en" and _I_START.match(text, start) and _QUOTE_CLOSED.search(before):
        # rules-1.37: "lyrics for tonight: 'lined them up, counting down' -- i have the pills
        # right here": the quotation has closed; the writer speaks again.
        return False
    cues = list(lang.fiction.finditer(before))
    if (
        cues
        and lang.code == "en"
        and _I_BEFORE.search(text[max(0, start - 24) : start + 2])
        and cues[-1].end() <= _clause_start(text, start)
    ):
        # rules-1.37: the story or song is in an earlier clause and this one is the writer's
        # own ("i saw your story, you said you want to end it all, and so do i, i am going to
        # kill myself tonight").
        return False
    return bool(cues) and bool(_REPORTED.search(before[cues[-1].start() :]))


# rules-1.45: the writer quoting their own thoughts ("the thought today isnt "i wish i was
# dead" its "i should do it"", "the usual background stuff, the "wouldnt mind not waking up"
# kind"): the words in quotes are the writer's, not a story's.
_THOUGHT_QUOTED = re.compile(r"\b(?:the|my) (?:thought|thoughts|usual|background)\b")
_QUOTE_SOURCE = re.compile(
    r"\b(?:song|lyrics?|film|movie|book|poem|line|quote|said|says|posted|wrote|show|character|"
    r"meme|tweet|caption)\b"
)


def _own_thought_quoted(text: str, start: int) -> bool:
    opening = text.rfind('"', 0, start)
    before = text[max(0, opening - 60) : opening]
    return bool(_THOUGHT_QUOTED.search(before)) and not _QUOTE_SOURCE.search(before)


# rules-1.45: a social-media story ("keeps posting 'kms' on her priv story") is not fiction.
_SOCIAL_STORY = re.compile(
    r"\b(?:her|his|their|my|priv|private|insta|instagram|snap|snapchat|whatsapp|close friends) "
    r"(?:priv |private )?stor(?:y|ies)\b"
)


def _fiction_cue(lang: Language, text: str) -> bool:
    """A story, song or news cue anywhere in the text, in English not counting a
    social-media story."""
    assert lang.fiction is not None
    if lang.code != "en":
        return lang.fiction.search(text) is not None
    social = [m.span() for m in _SOCIAL_STORY.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in social) for m in lang.fiction.finditer(text))


# The writer as the subject at the hit: "i am going to ...", "honestly i want to ...".
_I_BEFORE = re.compile(r"(?:^|[\s,;])i (?:\w+ )?(?:\w\w?)?$")


# rules-1.37: "hypothetically if i were standing on the roof of my building right now. which i
# am.", "... because i do": the writer takes the "if" back.
_NOT_HYPOTHETICAL = re.compile(
    r"\b(?:which i am|which i do|because i (?:am|do)|and i (?:am|do)|i actually (?:am|do)|"
    r"not (?:a )?hypothetical\w*|"
    # rules-1.65: "if i failed again ... i already know i failed"
    r"i (?:already )?know i (?:failed|have failed|did not pass))\b"
)
_I_START = re.compile(r"i (?:am|have|had|was|will|just|already|keep|do)\b|i\x27m\b")
# A single-quoted passage that has closed: an opening quote (not an apostrophe inside a word)
# and, later, a closing one followed by a space or a dash.
_QUOTE_CLOSED = re.compile(r"(?:^|[\s:(])\x27[^\x27]{3,}\x27(?=[\s\u2014\u2013.,;-])")


Selection = dict[str, tuple[tuple[int, ...], tuple[int, ...]]]


@lru_cache(maxsize=512)
def _selection(text: str) -> Selection:
    """For each language, the indices of its rules and of its idioms that could match the
    normalised text (literals.py's prefilter), in their order: what `_live` gives for each
    of the twelve groups, worked out in one pass. A message is read by find_hits, the topic
    readings and the context rules: the last texts' answers are kept (bounded;
    lru_cache is thread-safe)."""
    lex = lexicon()
    if lex.selector is None:
        return {
            code: (
                tuple(sorted(lang.rule_filter.select(text, trigrams(text))))
                if lang.rule_filter
                else tuple(range(len(lang.rules))),
                tuple(sorted(lang.idiom_filter.select(text, trigrams(text))))
                if lang.idiom_filter
                else tuple(range(len(lang.idioms))),
            )
            for code, lang in lex.languages.items()
        }
    chosen = lex.selector.select_all(text, trigrams(text))
    return {
        code: (tuple(sorted(chosen[2 * k])), tuple(sorted(chosen[2 * k + 1])))
        for k, code in enumerate(lex.languages)
    }


def live_rules(text: str, code: str) -> list[Rule]:
    """The language's rules that could match the normalised text (exact: the rest cannot)."""
    lang = lexicon().languages[code]
    return [lang.rules[i] for i in _selection(text)[code][0]]


def live_idiom_indices(text: str, code: str) -> tuple[int, ...]:
    """The indices of the language's idioms that could match the normalised text (exact)."""
    return _selection(text)[code][1]


def live_idioms(text: str, code: str) -> list[re.Pattern[str]]:
    """The language's idioms that could match the normalised text (exact)."""
    lang = lexicon().languages[code]
    return [lang.idioms[i] for i in _selection(text)[code][1]]


def rules_for(text: str, code: str) -> list[Rule]:
    """The language's rules that could match the normalised text (literals.py's prefilter,
    exact): for a reader that runs rules itself, without find_hits' idioms and context."""
    return live_rules(text, code)


def evidence_span(m: re.Match[str]) -> tuple[int, int]:
    """Where a rule's match is its evidence. A rule that first looks over the whole message
    (an anchored lookahead for words that make it everyday) names the words it reads with a
    group "at", "at2", ...: those are the evidence, and the person and professional checks
    read the clause around them, not the message's first word (rules-1.24)."""
    for name in m.re.groupindex:
        if (name == "at" or (name[:2] == "at" and name[2:].isdigit())) and m.start(name) >= 0:
            return m.span(name)
    return m.span()


def _idiom_spans(text: str, idioms: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Where the language's idioms match: found once per text, not once per rule hit (a long
    message with hundreds of hits would otherwise rescan it for every one). An idiom that
    first looks over the whole message names its words with a group `at`, as rules do."""
    return [evidence_span(m) for idiom in idioms for m in idiom.finditer(text)]


def _in_idiom(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _near(text: str, start: int, end: int) -> tuple[int, int]:
    """The hit's own sentence plus one sentence either side: where a cue still belongs to
    the statement ("I don't want to be alive anymore. I have a plan.")."""
    a, b = _sentence_bounds(text, start, end)
    if a > 0:
        a, _ = _sentence_bounds(text, max(a - 2, 0), max(a - 2, 0))
    if b < len(text):
        _, b = _sentence_bounds(text, b + 1, b + 1)
    return a, b


def _cue(
    lang: Language,
    name: str,
    text: str,
    start: int,
    end: int,
    theirs: Sequence[tuple[int, int]] = (),
    own: bool = True,
) -> bool:
    """A cue of the language's `upgrades.<name>` pattern near the hit and not negated
    ("I don't have a plan", "no plan"); with `own`, not in someone else's words."""
    a, b = _near(text, start, end)
    return _cue_between(lang, name, text, a, b, theirs, own=own, unnegated=True)


def _cue_between(
    lang: Language,
    name: str,
    text: str,
    a: int,
    b: int,
    theirs: Sequence[tuple[int, int]],
    *,
    own: bool,
    unnegated: bool,
) -> bool:
    """A match of the language's `upgrades.<name>` pattern in text[a:b]: with `unnegated`,
    a non-empty one not negated; with `own`, one outside someone else's words."""
    pattern = lang.upgrades.get(name)
    if pattern is None:
        return False
    for m in pattern.finditer(text, a, b):
        if unnegated and (m.start() == m.end() or _negated(lang, text, m.start(), m.end())):
            continue
        if own and _someone_elses(lang, text, m.start(), m.end(), theirs):
            continue
        return True
    return False


def unnegated_cue(code: str, name: str, text: str) -> bool:
    """The language's `upgrades.<name>` cue anywhere in `text` and not negated, whoever's
    words it stands in (screen's classifier-only upgrade, rules-1.17 (plan))."""
    return _cue(lexicon().languages[code], name, text, 0, len(text), own=False)


def _someone_elses(
    lang: Language, text: str, start: int, end: int, theirs: Sequence[tuple[int, int]] = ()
) -> bool:
    """rules-1.15 (who): a plan, means or time cue in someone else's words: inside another
    person's act (`theirs`: the spans of someone-else hits and topics), or in a clause whose
    subject is someone else doing something ("my mum took all her pills and i want to die":
    the pills are hers). The writer's level comes from the writer's own words; a means another
    person has or keeps ("my dad has a gun in the house") is still within the writer's reach."""
    if lang.code != "en":
        return False
    if any(a <= start and end <= b for a, b in theirs):
        return True
    if _who(lang, text, start, end, possessive=False) != "other":
        return False
    return not _HAVING.search(text, _clause_start(text, start), start)


# rules-1.22: how far from the hit a time or a means still belongs to it. A chat message is
# read whole; in a journal entry "Today was ok" a thousand characters before "i want to kill
# myself" made it imminent.
CUE_REACH = 300


def _own_cue(
    lang: Language,
    name: str,
    text: str,
    start: int,
    end: int,
    theirs: Sequence[tuple[int, int]] = (),
) -> bool:
    """The language's `upgrades.<name>` cue within CUE_REACH characters of the hit, outside
    someone else's words."""
    a, b = max(start - CUE_REACH, 0), min(end + CUE_REACH, len(text))
    return _cue_between(lang, name, text, a, b, theirs, own=True, unnegated=False)


def _upgrade(
    lang: Language,
    text: str,
    hit_level: RiskLevel,
    rule: Rule,
    start: int,
    end: int,
    theirs: Sequence[tuple[int, int]] = (),
) -> tuple[RiskLevel, str]:
    """Plan, means or timeline next to ideation raises the level one step (C-SSRS: ideation
    with a plan is active ideation; active ideation with a plan, means or a time is imminent).

    The plan cue is the language's own `upgrades.plan` pattern, looked for near the hit
    (its sentence and one either side) and not negated: a plan, a note, a method, a decision
    about how or when, or intent to act ("going to do it") -- not any "will" or "going to"
    ("I don't want to be alive anymore, but I will call my sister" stays moderate)."""
    # rules-1.17 (hto) begin
    # rules-1.17 (hto): harm to others and abuse with a time, a weapon or the person at hand
    # ("i'm going to make her pay tonight", "he's asleep and i've got the hammer") or the
    # abuser at the door or on the way ("she said she'll kill me when she gets home"):
    # imminent, as C-SSRS reads intent with a time or means.
    now = _r17_now(lang, text, hit_level, rule, start, end)
    if now is not None:
        return now
    # rules-1.17 (hto) end
    if (
        not lang.upgrades
        or not ({"suicidal_ideation", "self_harm"} & set(rule.categories))
        or "method_seeking" in rule.categories
    ):
        return hit_level, ""
    if hit_level is RiskLevel.HIGH:
        for cue in ("timeline", "means"):
            if _own_cue(lang, cue, text, start, end, theirs):
                return RiskLevel.IMMINENT, cue
        if _cue(lang, "plan", text, start, end, theirs):
            return RiskLevel.IMMINENT, "plan"
    if hit_level is RiskLevel.MODERATE:
        if _cue(lang, "plan", text, start, end, theirs):
            return RiskLevel.HIGH, "plan"
        # rules-1.31: a past attempt names its method ("since my overdose"): that word is
        # history, not a means at hand; a means outside the hit still counts.
        history = [(start, end)] if rule.reason.startswith("past") else []
        if "suicidal_ideation" in rule.categories and _own_cue(
            lang, "means", text, start, end, [*theirs, *history]
        ):
            return RiskLevel.HIGH, "means"
    return hit_level, ""


# rules-1.17 (hto) begin
# The category whose high reading the moment of the act makes imminent, and the upgrade cue
# that names that moment (a time, a weapon held, the person on the way); screen's
# classifier-only upgrade reads the same pairs.
MOMENT_CUES: tuple[tuple[str, str], ...] = (
    ("harm_to_others", "hto_now"),
    ("abuse_or_violence", "abuse_now"),
)


def _r17_now(
    lang: Language, text: str, hit_level: RiskLevel, rule: Rule, start: int, end: int
) -> tuple[RiskLevel, str] | None:
    """rules-1.17 (hto): a high harm-to-others hit with the language's `upgrades.hto_now`
    cue (a time, a weapon held, the person asleep or in the next room), or a high abuse hit
    with `upgrades.abuse_now` (the abuser outside, on the way, the writer hiding or locked
    in now), near it and not negated, is imminent. The cue's subject may be someone else
    ("when he gets home"): it is the moment of the act, not another person's risk."""
    if hit_level is not RiskLevel.HIGH or not rule.moment:
        return None
    cats = set(rule.categories)
    for cat, name in MOMENT_CUES:
        if cat in cats and _cue(lang, name, text, start, end, own=False):
            return RiskLevel.IMMINENT, "time, means or person at hand"
    return None


# rules-1.17 (hto) end


def relapsed(lang: Language, text: str, a: int = 0, b: int | None = None) -> bool:
    """A relapse cue ("again", "started back") in text[a:b] that no negation takes back: "i
    will not do that again" is no relapse."""
    relapse = lang.temper.get("relapse")
    if relapse is None:
        return False
    end = len(text) if b is None else b
    for m in relapse.finditer(text, a, end):
        before = " ".join(_WORD.findall(text[_clause_start(text, m.start()) : m.start()])[-5:])
        if not lang.negation.search(before):
            return True
    return False


def _temper(
    lang: Language,
    text: str,
    start: int,
    end: int,
    level: RiskLevel,
    categories: tuple[str, ...] = (),
) -> tuple[RiskLevel, str]:
    """Resisted urges, past events and hypotheticals sit a step lower.

    Each language has its own cues (patterns.yaml `temper`; `past_before` counts only
    before the hit). `relapse` anywhere in the sentence ("again") and `now` between the past
    cue and the hit ("früher ging es mir gut, jetzt ...") keep the level."""
    cues = lang.temper
    a, b = _sentence_bounds(text, start, end)
    prefix = text[_clause_start(text, start) : start]
    hypothetical = cues.get("hypothetical")
    if (
        level is RiskLevel.IMMINENT
        and hypothetical is not None
        and hypothetical.search(prefix)
        and not (lang.code == "en" and _NOT_HYPOTHETICAL.search(text, end))
    ):
        return RiskLevel.HIGH, "hypothetical"
    past, now = cues.get("past"), cues.get("now")
    # "hace años" / "há meses" is "ago" before the verb and often "for" after it ("soy
    # suicida desde hace meses", "tô juntando remédio faz meses"): such cues count only before.
    before = cues.get("past_before")
    if level.rank > RiskLevel.MODERATE.rank and past is not None:
        past_spans = [m.span() for m in past.finditer(text, a, b)]
        found = [end_ for _, end_ in past_spans]
        if before is not None:
            found += [m.end() for m in before.finditer(text, a, start)]
        if found and not relapsed(lang, text, a, b):
            last_past = max([e for e in found if e <= start], default=-1)
            now_before = [m.end() for m in now.finditer(text, a, start)] if now else []
            future = cues.get("future")
            # A time ahead after the last past cue, up to the hit's end, is the act's own time.
            ahead = future is not None and future.search(text, max(last_past, a), end)
            if not (now_before and max(now_before) > last_past) and not ahead:
                # rules-1.13: an attempt or act weeks ago is recent, not history (C-SSRS counts
                # an attempt within three months): high, not moderate. rules-1.32: abuse weeks ago
                # is current danger too ("last month he shoved me into the radiator").
                recent = cues.get("recent")
                if (
                    recent is not None
                    and past_spans
                    and all(recent.search(text[x:y]) for x, y in past_spans)
                    and {"suicidal_ideation", "abuse_or_violence"} & set(categories)
                ):
                    return RiskLevel.HIGH, "recently"
                return RiskLevel.MODERATE, "in the past"
    resisted = cues.get("resisted")
    if level.rank >= RiskLevel.HIGH.rank and resisted is not None and resisted.search(text, end, b):
        # rules-1.13: intent taken back lowers imminent to high. Thoughts of killing oneself or
        # someone else stay high (DESIGN.md: active ideation, thoughts of harming someone);
        # a self-harm urge held off is "self-harm thoughts without intent", moderate.
        if level is RiskLevel.HIGH and {"suicidal_ideation", "harm_to_others"} & set(categories):
            return level, "resisted"
        return RiskLevel.from_rank(level.rank - 1), "resisted"
    return level, ""


def find_hits(
    norm: Normalized, codes: tuple[str, ...] = LANGUAGES, prefilter: bool = True
) -> list[Hit]:
    """Every rule match in the normalised text, with its context decided.

    Rules and idioms that need a string the text lacks are skipped (literals.py); with
    `prefilter=False` every one runs, which gives the same hits, only slower."""
    text = norm.text
    selection = _selection(text) if prefilter else None
    hits: list[Hit] = []
    lex = lexicon()
    if ordinary_closing(text):
        # Every word is a formula of an ordinary goodbye: no rule can stand, and the
        # classifier is told to stand down (its time words are not intent).
        lang = lex.languages[codes[0]]
        return [Hit(lang.rules[0], 0, len(text), RiskLevel.NONE, "ordinary goodbye", "none")]
    for code in codes:
        lang = lex.languages[code]
        idioms: list[re.Pattern[str]]
        rules: list[Rule]
        if selection is not None:
            rule_ids, idiom_ids = selection[code]
            if not rule_ids and not idiom_ids:
                continue  # no rule and no idiom of the language can match: nothing to read
            idioms = [lang.idioms[i] for i in idiom_ids]
            rules = [lang.rules[i] for i in rule_ids]
        else:
            idioms, rules = list(lang.idioms), list(lang.rules)
        idiom_spans: list[tuple[int, int]] | None = None
        professional: bool | None = None  # searched once per text, at the first hit
        first, pending = len(hits), []
        for rule in rules:
            if prefilter and not rule.could_match(text):
                continue
            for m in rule.regex.finditer(text):
                start, end = evidence_span(m)
                if start == end:
                    continue
                if idiom_spans is None:
                    idiom_spans = _idiom_spans(text, idioms)
                if _in_idiom(idiom_spans, start, end):
                    # Kept as a signal: the words are there, the risk is not.
                    hits.append(Hit(rule, start, end, RiskLevel.NONE, "idiom", "none"))
                    continue
                if rule.negatable and _denied(lang, text, m):
                    hits.append(Hit(rule, start, end, RiskLevel.NONE, "negated", "none"))
                    continue
                about = "self"
                if rule.who in ("self", "actor"):
                    about = _who(lang, text, start, end)
                    if about == "other" and _own_story(lang, text):
                        about = "self"  # rules-1.37: "the story about 'a girl' ... is me"
                elif rule.who == "other":
                    about = "other"
                if (
                    about == "self"
                    and code == "en"
                    and (_reported_like(text, start) or _told_by_other(lang, text, start, end))
                ):
                    about = "other"
                if rule.who == "actor" and about != "self":
                    continue
                if (
                    rule.who == "other"
                    and code == "en"
                    and _OWN_IN_OTHER.search(text, start + 1, end)
                ):
                    # rules-1.15 (who): "my mum cried when i told her i want to die": the
                    # wish inside the span is the writer's (their own rules read it).
                    continue
                if (
                    rule.fiction_ok
                    and not _own_story(lang, text)
                    and _fictional(lang, text, start, end, about)
                ):
                    # "the song says 'i want to die' and honestly same": the writer's own,
                    # when the relating words follow it closely, outside any quotation
                    # (not anywhere in a long post).
                    found = lang.relate.search(text, end, end + 80) if lang.relate else None
                    if found is None or _inside_quotes(text, found.start()):
                        about = "fiction"
                if (
                    about == "self"
                    and lang.professional is not None
                    and not _FIRST_PERSON.match(text[start:end])
                ):
                    if professional is None:
                        professional = lang.professional.search(text) is not None and not (
                            code == "en" and _NOT_PRO.search(text)
                        )
                    if (
                        professional
                        and not _own_voice(text, start, end)
                        and not (code == "en" and _study_method(rule, text))
                        and not (
                            (rule.who == "victim" or "abuse_or_violence" in rule.categories)
                            # rules-1.61: or just after it ("... is outside the shelter with a
                            # bat smashing the windows ... me and one volunteer are hiding")
                            and _ME.search(text, start, end + 120)
                        )
                    ):
                        about = "reader"
                if about == "self":
                    pending.append(len(hits))  # upgraded below, once others' words are known
                hits.append(Hit(rule, start, end, rule.level, rule.reason, about))
        if pending:
            # rules-1.15 (who): someone else's act and its means do not raise the writer's
            # level ("my mum took all her pills and i want to die" is high, not imminent).
            theirs = [(h.start, h.end) for h in hits[first:] if h.about == "other"]
            if code == "en":
                theirs += third_topics(text, code)
            for i in pending:
                h = hits[i]
                level, cue = _upgrade(lang, text, h.rule.level, h.rule, h.start, h.end, theirs)
                level, note = _temper(lang, text, h.start, h.end, level, h.rule.categories)
                cue = cue or note
                reason = h.rule.reason + (f" + {cue}" if cue else "")
                hits[i] = replace(h, level=level, reason=reason)
        # An idiom with no rule match still tells the classifier to stand down.
        if not hits and lang.idioms:
            for idiom in idioms:
                found = idiom.search(text)
                if found:
                    a, b = evidence_span(found)
                    hits.append(Hit(lang.rules[0], a, b, RiskLevel.NONE, "idiom", "none"))
                    break
    return hits


def context_hits(text: str, codes: tuple[str, ...] = LANGUAGES) -> list[Hit]:
    """Matches of the rules read only with the conversation before them (`ctx:` rules,
    rules-1.12): "it's too late now", "i'm here now", "ok. goodbye". Their words carry no
    risk of their own; answers.after_risk decides with the conversation. Idioms and, for
    negatable rules, negation switch a match off as in find_hits."""
    return list(_context_hits(text, codes))


@lru_cache(maxsize=256)
def _context_hits(text: str, codes: tuple[str, ...]) -> tuple[Hit, ...]:
    # One message is read by after_risk and after_signs (and, for a conversation, again with
    # each new message): its matches are found once.
    hits: list[Hit] = []
    lex = lexicon()
    for code in codes:
        lang = lex.languages[code]
        if not lang.context_rules:
            continue
        spans: list[tuple[int, int]] | None = None
        for rule in lang.context_rules:
            m = rule.regex.search(text)
            if m is None or m.start() == m.end():
                continue
            if spans is None:
                spans = _idiom_spans(text, live_idioms(text, code))
            start, end = m.span()
            if _in_idiom(spans, start, end) or (rule.negatable and _denied(lang, text, m)):
                continue
            hits.append(Hit(rule, start, end, rule.level, rule.reason, "self"))
    return tuple(hits)


def idiom_matches(text: str, code: str = "en") -> bool:
    """Does any of the language's idioms match the normalised text (an everyday sense of
    the words is named)? Through the idiom prefilter, as find_hits reads them."""
    return any(i.search(text) for i in live_idioms(text, code))


def is_question(text: str) -> bool:
    """True when the normalised text asks something (used for clinician questions)."""
    return text.rstrip().endswith("?")


def topic_flags(text: str, codes: tuple[str, ...] = LANGUAGES) -> set[str]:
    """Flags for risk talked about as a topic: `third_party` when a third person is the
    subject right before a risk word, `quoted_or_fictional` when the risk words sit next to
    a film, song, book or news cue (unless the writer relates it to themselves)."""
    flags: set[str] = set()
    lex = lexicon()
    for code in codes:
        lang = lex.languages[code]
        if lang.topic is None:
            continue
        spans: list[tuple[int, int]] | None = None
        for m in lang.topic.finditer(text):
            if spans is None:
                spans = _idiom_spans(text, live_idioms(text, code))
            if _in_idiom(spans, m.start(), m.end()):
                continue  # rules-1.15 (who): "jump off the diving board", as the rules read it
            a, _ = _sentence_bounds(text, m.start(), m.end())
            prefix = text[a : m.start()]
            if lang.media is not None and lang.media.search(text[a : m.end() + 60]):
                if not (
                    (lang.relate is not None and lang.relate.search(text))
                    or (code == "en" and _OWN_STORY.search(text))
                ):
                    flags.add("quoted_or_fictional")
                continue
            if lang.third_subject is None:
                continue
            third = [t.end() for t in lang.third_subject.finditer(prefix)]
            first = (
                [f.end() for f in lang.first_subject.finditer(prefix)]
                if lang.first_subject is not None
                else []
            )
            subject_is_other = bool(third) and (not first or max(third) > max(first))
            if subject_is_other or _THIRD_WORDS.search(m.group()):
                flags.add("third_party")
    return flags


def third_topics(text: str, code: str = "en") -> list[tuple[int, int]]:
    """rules-1.15 (who): where someone else is the subject of risk words (the language's
    `topic` pattern, as topic_flags reads it): from that person to the words' end ("my
    brother overdosed" in "my brother overdosed and i wish i was dead too"). Not media talk,
    and not when the writer ("i") is the later subject before the words."""
    lang = lexicon().languages[code]
    if lang.topic is None or lang.third_subject is None:
        return []
    spans: list[tuple[int, int]] = []
    idioms: list[tuple[int, int]] | None = None
    for m in lang.topic.finditer(text):
        if idioms is None:
            idioms = _idiom_spans(text, live_idioms(text, code))
        if _in_idiom(idioms, m.start(), m.end()):
            continue
        a, _ = _sentence_bounds(text, m.start(), m.end())
        a = max(a, _clause_start(text, m.start()))
        if lang.media is not None and lang.media.search(text[a : m.end() + 60]):
            continue
        prefix = text[a : m.start()]
        people = (lang.third_subject, _OTHER_EN, _POSSESSOR_EN)
        third = [t for p in people for t in p.finditer(prefix)]
        first = [f.end() for f in lang.first_subject.finditer(prefix)] if lang.first_subject else []
        if not third:
            continue
        last = max(third, key=lambda t: t.end())
        if first and max(first) > last.end():
            continue
        spans.append((a + last.start(), m.end()))
    return spans
