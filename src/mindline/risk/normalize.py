"""Text normalisation that remembers where every character came from.

Patterns run on the normalised text; evidence spans are mapped back to the
original text through `Normalized.original_span`, so offsets survive case
folding, accent stripping, leetspeak, repeated letters and slang expansion.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters people put inside words to dodge filters; dropped entirely.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201e": '"',
}
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_TOKEN = re.compile(r"[\w@$*'!]+")
_SPELLED = re.compile(r"\b(?:[a-z][.\-_]){3,}[a-z]\b")
# rules-1.24: letters and marks only; a run of digits is a number ("2000 calories", "1000 days"),
# which used to fold to "20" and "10".
_RUN = re.compile(r"(\D)\1{2,}")
# "s u i c i d a l": letters spaced out, joined only when they spell one of these words
# (rules-1.9), so "a b c" or "i u" stay as they are.
_SPACED = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
_SPACED_WORDS = frozenset(
    {"suicide", "suicidal", "kill", "killmyself", "kms", "die", "dead", "unalive", "selfharm"}
)
_WILDCARD_TARGETS = (
    "kill",
    "killing",
    "suicide",
    "suicidal",
    "die",
    "dead",
    "death",
    "myself",
    "self",
    "cut",
    "cutting",
    "hang",
    "overdose",
)

# Slang, misspellings and contractions -> canonical words the patterns expect.
SLANG: dict[str, str] = {
    "kms": "kill myself",
    "kmsl": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unaliving": "killing",
    "unalived": "killed",
    "sewerslide": "suicide",
    "suicied": "suicide",
    "suicde": "suicide",
    "sucide": "suicide",
    "suiside": "suicide",
    "suicid": "suicide",
    "suacide": "suicide",
    "sucidal": "suicidal",
    "suicdal": "suicidal",
    "suisidal": "suicidal",
    # rules-1.9 (coded and indirect)
    "suicidial": "suicidal",
    "suicidel": "suicidal",
    "suicidle": "suicidal",
    "sucidial": "suicidal",
    "suicidual": "suicidal",
    "sh'd": "self harmed",
    "sh'ed": "self harmed",
    "sh'ing": "self harming",
    "wnt": "want",
    "wana": "want to",
    "wnna": "want to",
    "ctb": "kill myself",
    "selfharm": "self harm",
    "sh": "self harm",
    "od": "overdose",
    "oding": "overdosing",
    "od'ing": "overdosing",
    "myslef": "myself",
    "mysefl": "myself",
    "myselfe": "myself",
    "mself": "myself",
    "slef": "self",
    "kil": "kill",
    "kilk": "kill",
    "klil": "kill",
    "ded": "dead",
    "wiv": "with",
    "outsid": "outside",
    "pils": "pills",
    # rules-1.49: the brand name of oral morphine, as hospice patients and carers write it.
    "oramorph": "morphine",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "im": "i am",
    "i'm": "i am",
    "iam": "i am",
    "ive": "i have",
    "i've": "i have",
    "i'd": "i would",
    "i'll": "i will",
    # Other people's contractions, so "he said he'd kill me if i leave" reads as a threat.
    "he'd": "he would",
    "she'd": "she would",
    "they'd": "they would",
    "theyd": "they would",  # rules-1.28: no word of its own, unlike "hed" (heed) or "shed"
    "he'll": "he will",
    "she'll": "she will",
    "they'll": "they will",
    "we'll": "we will",
    "you'll": "you will",
    "you'd": "you would",
    "dont": "do not",
    "don't": "do not",
    "doesnt": "does not",
    "doesn't": "does not",
    "didnt": "did not",
    "didn't": "did not",
    "cant": "cannot",
    "can't": "cannot",
    "wont": "will not",
    "won't": "will not",
    "wouldnt": "would not",
    "wouldn't": "would not",
    "isnt": "is not",
    "isn't": "is not",
    "aint": "is not",
    "ain't": "is not",
    "havent": "have not",
    "haven't": "have not",
    "hasnt": "has not",
    "hasn't": "has not",
    "wasnt": "was not",
    "wasn't": "was not",
    "shouldnt": "should not",
    "shouldn't": "should not",
    "couldnt": "could not",
    "couldn't": "could not",
    "it's": "it is",
    # rules-1.9: "everyone's better off": the "is" of a pronoun ("everyone's bags" reads
    # "everyone is bags", which no rule wants). "it'll" stays: the rules read "it\W?ll", and
    # "it will all be over ..." moves the classifiers on everyday twins ("..., the storm
    # should pass").
    "everyone's": "everyone is",
    "everybody's": "everybody is",
    "everything's": "everything is",
    "nothing's": "nothing is",
    "nobody's": "nobody is",
    "there's": "there is",
    "theres": "there is",
    "aren't": "are not",
    "arent": "are not",
    "weren't": "were not",
    "werent": "were not",
    "dnt": "do not",
    "that's": "that is",
    "what's": "what is",
    "he's": "he is",
    "she's": "she is",
    "they're": "they are",
    "you're": "you are",
    "youre": "you are",
    "u": "you",
    "ur": "your",
    "r": "are",
    "rn": "right now",
    "tn": "tonight",
    "tonite": "tonight",
    "2nite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2morrow": "tomorrow",
    "cuz": "because",
    "bc": "because",
    "pls": "please",
    "plz": "please",
    "idk": "i do not know",
    "idc": "i do not care",
    # Dropped final g ("thinkin bout endin it all"): only verbs, so "begin" or "cousin" stay.
    "thinkin": "thinking",
    "endin": "ending",
    "killin": "killing",
    "dyin": "dying",
    "cuttin": "cutting",
    "hurtin": "hurting",
    "feelin": "feeling",
    "tryin": "trying",
    "goin": "going",
    "doin": "doing",
    "takin": "taking",
    "plannin": "planning",
    "livin": "living",
    "wantin": "wanting",
    "sayin": "saying",
    "gettin": "getting",
    "keepin": "keeping",
    "nothin": "nothing",
    "somethin": "something",
    "bout": "about",
    "abt": "about",
    "tho": "though",
    # rules-1.13 (imm): how a bad night is typed ("tookall my pillz", "the rope is redy",
    # "goodbye every1", "ily all. sorry. bye", "this is my last msg"). Leet has already made
    # "every1" "everyi". "overdoes" is a real word and stays; so do "sry", "msg" and "imma"
    # (the classifiers rate "sorry im late", "message me when you get home" and "i am going
    # to head out" high) and "em" and "pilz" (Portuguese "in", German "mushroom").
    "pillz": "pills",
    "tooked": "took",
    "swallowd": "swallowed",
    "swalowed": "swallowed",
    "overdoesed": "overdosed",
    "overdoesd": "overdosed",
    "overdossed": "overdosed",
    "overdozed": "overdosed",
    "overdosd": "overdosed",
    "od'd": "overdosed",
    "oded": "overdosed",
    "od'ed": "overdosed",
    "redy": "ready",
    "tyed": "tied",
    "botle": "bottle",
    "bottel": "bottle",
    "everyi": "everyone",
    "evryi": "everyone",
    "evryone": "everyone",
    "evrything": "everything",
    "evrythin": "everything",
    "everythin": "everything",
    "evry": "every",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "ily": "i love you",
    "ilysm": "i love you so much",
    "ilu": "i love you",
    "bleedin": "bleeding",
    "givin": "giving",
    "kickin": "kicking",
    "2moro": "tomorrow",
    "2morow": "tomorrow",
    "tnite": "tonight",
    "2night": "tonight",
    "nite": "night",
    "2day": "today",
    "want2die": "want to die",
    "wanttodie": "want to die",
}

# Words whose double letters are real, so "killlll" collapses to "kill", not "kil". "shh" is
# here so that a drawn-out "shhhhh" (hush) does not become "sh", slang for self-harm.
_DOUBLES = {
    "shh",
    "kill",
    "killing",
    "killed",
    "will",
    "still",
    "all",
    "tell",
    "feel",
    "sleep",
    "need",
    "bleed",
    "bleeding",
    "too",
    "soon",
    "goodbye",
    "good",
    "see",
    "sorry",
    "off",
    "better",
    "pills",
    "full",
    "hell",
    "seen",
    "keep",
    "free",
    "alll",
    "really",
    "ill",
    "fall",
    "falling",
    "wall",
    "worry",
    "loo",
    "cell",
    "carry",
    "jeez",
    "yess",
    "noo",
}


# Risk words people misspell in a hurry: one adjacent swap, one dropped letter or one doubled
# letter maps back ("wnat" -> "want", "mysellf" -> "myself"). Real words are excluded.
_FUZZY_TARGETS = (
    "myself",
    "suicide",
    "suicidal",
    "kill",
    "killing",
    "want",
    "overdose",
    "yourself",
    "hurt",
    "cutting",
    "tonight",
    "goodbye",
    "anymore",
    "everyone",
)
_FUZZY_REAL_WORDS = {
    "kills",
    "wants",
    "wan",
    "ant",
    "wat",
    "hut",
    "cuttings",
    "ill",
    "kil",
    "overdoes",
    "suicida",
    "ourself",
}


def _fuzzy_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in _FUZZY_TARGETS:
        variants = set()
        for i in range(len(word)):
            variants.add(word[:i] + word[i + 1 :])
            variants.add(word[:i] + word[i] + word[i:])
            if i + 1 < len(word):
                variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for v in variants:
            if len(v) >= 4 and v != word and v not in _FUZZY_REAL_WORDS:
                table.setdefault(v, word)
    for word in _FUZZY_TARGETS:
        table.pop(word, None)
    return table


FUZZY: dict[str, str] = _fuzzy_table()


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, per character, the original [start, end) it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if not self.text:
            return (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        last = min(max(end - 1, start), len(self.text) - 1)
        return (self.starts[start], self.ends[last])


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    if ch in _QUOTES:
        return _QUOTES[ch]
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Zl", "Zp", "Zs", "Co", "Cs", "Cn"):
        return " " if ch.isspace() or cat in ("Cc", "Zs", "Zl", "Zp") else ""
    folded = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _collapse_runs(token: str) -> str:
    if not _RUN.search(token):
        return token
    two = _RUN.sub(r"\1\1", token)
    one = _RUN.sub(r"\1", token)
    if two in _DOUBLES or two in SLANG:
        return two
    return one


def _wildcard(token: str) -> str:
    if "*" not in token.strip("*"):
        return token
    pattern = re.compile("^" + re.escape(token).replace(r"\*", "[a-z]{1,3}") + "$")
    for target in _WILDCARD_TARGETS:
        if pattern.match(target):
            return target
    return token


# A number with a unit or an ordinal ("4am", "10pm", "1st", "5k", "3rd") is a number, not
# leetspeak: "i lie awake until 4am" must not read "until aam".
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:[.,:]\d+)?(?:am|pm|a|p|st|nd|rd|th|s|k|km|mi|m|h|hr|hrs|min|mins|mg|ml|g|kg|lb|lbs|"
    r"x|yo|yrs?|ish)"
)


def _deleet(token: str) -> str:
    if not any(c.isalpha() for c in token) or not any(c in _LEET for c in token):
        return token
    if _NUMBER_WITH_UNIT.fullmatch(token):
        return token
    chars = list(token)
    for i, c in enumerate(chars):
        if c not in _LEET:
            continue
        # Only inside a word: "su1c1d3" yes, "24/7" or a trailing "!" no.
        left = i > 0 and (chars[i - 1].isalpha() or chars[i - 1] in _LEET)
        right = i + 1 < len(chars) and (chars[i + 1].isalpha() or chars[i + 1] in _LEET)
        if (c == "!" and not (left and right)) or not (left or right):
            continue
        chars[i] = _LEET[c]
    return "".join(chars)


# "i want 2 die": "2" is "to" between one of these verbs and a verb, not "two" ("i want 2
# pills", "need 2 hours").
_BEFORE_TO = {"want", "need", "going", "trying", "have", "got", "ready", "about", "decided", "try"}
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _two_means_to(prev: str, folded: str, end: int) -> bool:
    if prev not in _BEFORE_TO:
        return False
    following = _NEXT_WORD.match(folded, end)
    return following is not None and not following.group(1).endswith("s")


# "ctb" is slang for suicide ("catch the bus"), except when the bus goes somewhere: "ctb home",
# "ctb to work", "ctb from school" (rules-1.9).
_CTB_BUS = re.compile(
    r"\s+(?:home|into (?:town|the city|work)|downtown|uptown|back (?:home|to (?:work|school|"
    r"uni|college|town))|to (?:work|school|uni|college|class|town|the (?:city|station|shops|"
    r"airport|beach|office|gym|match|game|park|mall|hospital)|my (?:job|class|office|mum s|mom s|"
    r"dads?|nans?|grans?|friends?|mates?)\b)|from (?:work|school|uni|college|town|the station)|"
    r"stop|station|driver|pass|fare|ticket|tickets|timetable|route)\b"
)


# rules-1.28: "unalive" is the verb "kill" before its object ("unalive myself") and the noun
# "suicide" before a noun ("unalive time in about an hour" read as the idiom "kill time").
_UNALIVE_NOUN = re.compile(
    r"\s+(?:time|hours?|o ?clock|thoughts?|plans?|mode|era|vibes|attempt|note|letter|"
    r"list|day|night|date|tonight|soon)\b"
)


# A pure function of the token (the slang tables are fixed): chat repeats its words.
@lru_cache(maxsize=16384)
def canonical_token(token: str, slang: bool = True) -> str:
    """The canonical spelling of one folded token (leet, runs, wildcards, slang)."""
    core = token.strip("'!")
    lead = len(token) - len(token.lstrip("'!"))
    new = _collapse_runs(_wildcard(_deleet(core)))
    if slang:
        new = SLANG.get(new, new)
        new = FUZZY.get(new, new)
    if new == core:
        return token
    return token[:lead] + new + token[lead + len(core) :]


# rules-1.14 (deim): English slang words that are ordinary words of a locale and stay as they
# are in its text: German "im" ("in dem": "im auto", "im bad") is not "i am".
_NOT_SLANG: dict[str, frozenset[str]] = {"de": frozenset({"im"})}


def _keep_words(locale: str | None) -> frozenset[str]:
    base = (locale or "en").split("-")[0].split("_")[0].lower()
    return _NOT_SLANG.get(base, frozenset())


@lru_cache(maxsize=4096)
def _cached(text: str, slang: bool, words: frozenset[str]) -> Normalized:
    return _normalize(text, slang, words)


def normalize(text: str, *, slang: bool = True, locale: str | None = None) -> Normalized:
    """Normalise text for matching; `slang` expands English slang and contractions, except
    the words that are ordinary in `locale` (German "im").

    Short texts are cached because chat repeats itself ("yes", "ok", "thanks").
    """
    words = _keep_words(locale)
    if len(text) <= 256:
        return _cached(text, slang, words)
    return _normalize(text, slang, words)


def _kept(
    keep: list[bool], chars: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """The characters (and their origins in the original text) whose `keep` is True."""
    return (
        [c for c, k in zip(chars, keep, strict=True) if k],
        [s for s, k in zip(starts, keep, strict=True) if k],
        [e for e, k in zip(ends, keep, strict=True) if k],
    )


# What _fold_char gives each ASCII character: one character each, so an ASCII text folds
# with str.translate and every character keeps its own position.
_ASCII_FOLD = {i: _fold_char(chr(i)) for i in range(128)}
_ASCII_ONE_TO_ONE = all(len(v) == 1 for v in _ASCII_FOLD.values())


def _normalize(text: str, slang: bool, words: frozenset[str] = frozenset()) -> Normalized:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    if _ASCII_ONE_TO_ONE and text.isascii():
        folded = text.translate(_ASCII_FOLD)
        chars = list(folded)
        starts = list(range(len(text)))
        ends = list(range(1, len(text) + 1))
    else:
        for i, ch in enumerate(text):
            for out in _fold_char(ch):
                chars.append(out)
                starts.append(i)
                ends.append(i + 1)
        folded = "".join(chars)

    # "s.u.i.c.i.d.e" -> "suicide", keeping each letter's origin.
    if "." in folded or "-" in folded or "_" in folded:
        keep = [True] * len(folded)
        for m in _SPELLED.finditer(folded):
            for j in range(m.start() + 1, m.end(), 2):
                keep[j] = False
        if not all(keep):
            chars, starts, ends = _kept(keep, chars, starts, ends)
            folded = "".join(chars)

    # "s u i c i d a l" -> "suicidal", only for the words in _SPACED_WORDS.
    if " " in folded:
        keep = [True] * len(folded)
        for m in _SPACED.finditer(folded):
            if m.group().replace(" ", "") in _SPACED_WORDS:
                for j in range(m.start() + 1, m.end(), 2):
                    keep[j] = False
        if not all(keep):
            chars, starts, ends = _kept(keep, chars, starts, ends)
            folded = "".join(chars)

    out_chars: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    pos = 0
    prev = ""
    for m in _TOKEN.finditer(folded):
        a, b = m.span()
        out_chars.extend(folded[pos:a])
        out_starts.extend(starts[pos:a])
        out_ends.extend(ends[pos:a])
        token = m.group()
        new = token if token.strip("'!") in words else canonical_token(token, slang)
        if token == "2" and slang and _two_means_to(prev, folded, b):
            new = "to"
        elif token == "ctb" and slang and _CTB_BUS.match(folded, b):
            new = token
        elif token == "unalive" and slang and _UNALIVE_NOUN.match(folded, b):
            new = "suicide"
        prev = new
        if new == token:
            out_chars.extend(token)
            out_starts.extend(starts[a:b])
            out_ends.extend(ends[a:b])
        elif len(new) == len(token):
            out_chars.extend(new)
            out_starts.extend(starts[a:b])
            out_ends.extend(ends[a:b])
        else:
            # Length changed: every new character points at the whole token.
            out_chars.extend(new)
            out_starts.extend([starts[a]] * len(new))
            out_ends.extend([ends[b - 1]] * len(new))
        pos = b
    out_chars.extend(folded[pos:])
    out_starts.extend(starts[pos:])
    out_ends.extend(ends[pos:])
    return Normalized(text, "".join(out_chars), tuple(out_starts), tuple(out_ends))
