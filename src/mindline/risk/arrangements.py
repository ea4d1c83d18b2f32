"""rules-1.27 (arr): final arrangements told as a list of errands.

"note is in my coat pocket, dog goes to dan, funeral songs are saved in my notes app" and
"ok meds are all out on the desk, letters printed, door locked. 1am feels right" read low:
each errand alone is ordinary (a note on the fridge, a dog going to a friend's), and no rule
names them together. Several kinds of them in one message are affairs put in order, imminent
by the label guide. `find` names the kinds; a trip, a move, an operation or a pet-sitter
explains such a list, and then nothing is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

# Each kind alone is everyday; two strong kinds, or one strong and two weak, are not.
_STRONG: dict[str, re.Pattern[str]] = {
    "note": re.compile(
        r"\b(?:the |my )?(?:note|notes|letters?|envelopes?)\b(?: for \w+)?(?: is| are)? "
        r"(?:in|on|under|inside|printed|written|sealed|ready|done|left)\b|\bleft (?:a )?"
        r"(?:note|letters?) (?:for|on|in|under)\b"
        # rules-1.28: "came in to write something for the kids first"
        r"|\bwrite (?:something|a few words|a letter|a note) for (?:the kids|my kids|\w+) "
        r"(?:first|before)\b|\bwriting (?:the|my) note now\b"
        # rules-1.62: "wrote letters for mum and my therapist"
        r"|\b(?:wrote|written) (?:letters|notes|a letter|a note) for "
        r"(?:mum|mom|dad|the kids|my \w+)\b"
    ),
    "pet or things handed on": re.compile(
        r"\b(?:the |my )?(?:dog|dogs|cat|cats|pets?|hamster|rabbit|bunny|fish|parrot|budgie|"
        r"tortoise|snake|guinea pigs?)(?:'s| s|s)? (?:goes|go|is going|going|will go|should go) to "
        r"[a-z]+\b|"
        # rules-1.28: a pet dropped at someone's ("dropped the dog at my neighbours"); rules-1.62:
        # or left there ("left the dog with my neighbour")
        r"\b(?:dropped|dropping|left) (?:the |my )?(?:dog|dogs|cat|cats|pets?|rabbit|hamster) "
        r"(?:off )?(?:at|with) (?:my |the )?[a-z]+\b|"
        r"\brehomed (?:the|my) (?:\w+ )?(?:dog|dogs|cat|cats|pets?|hamster|rabbit|fish|parrot|"
        r"bird)\b|"
        r"\b(?:care|feeding) instructions\b|\b[a-z]+ (?:gets|can have|should have|will get) "
        r"(?:the|my) (?:dog|cat|hamster|rabbit|car|guitar|ps5|xbox|laptop|savings|ring|"
        r"record collection|bike)\b"
        # rules-1.28: games or accounts given to someone, days of pet food put out; rules-1.64:
        # a chair, tools or kit ("gave my racing chair to the club")
        r"|\b(?:gave|given|giving|give) (?:away )?(?:all )?my (?:\w+ ){0,2}?(?:games|accounts?|"
        r"clothes|books|records|guitar|bike|console|ps5|xbox|laptop|jewellery|jewelry|stuff|"
        r"things|collection|plants|(?:racing )?chair|wheelchair|tools|kit) (?:away )?to "
        r"(?:my |the )?(?:little |big )?\w+|"
        r"\b(?:put|left|filled) (?:out |up )?(?:\w+ ){0,2}(?:days?|weeks?) (?:of|worth of) "
        r"(?:cat|dog|pet|fish) food\b|\beverything (?:goes|will go|is going) to (?:my )?[a-z]+\b"
    ),
    "funeral": re.compile(
        r"\bfuneral (?:songs?|music|playlist|wishes|plans?|outfit|flowers|money|fund|costs|"
        r"cash)\b|\b(?:songs?|music|playlist|outfit) for (?:my|the) funeral\b"
        r"|\b(?:wrote|written|made|finished|signed) (?:my|a) (?:will|last will)\b"  # rules-1.28
    ),
    "passwords": re.compile(
        r"\b(?:my |the )?(?:pin|pin code|passcode|password|passwords|phone code|login|logins|"
        r"bank details)\b(?: for \w+)? (?:is|are)\b|"
        # rules-1.63: "the insurance papers are in the blue folder"
        r"\b(?:the |my )?(?:life )?(?:insurance|pension|will|policy|mortgage) (?:papers|documents|"
        r"details|policy) (?:is|are) in\b|"
        r"\b(?:passwords?|logins?|pin|passcodes?) "
        r"(?:emailed|sent|given|written down|left) (?:to|for|with)\b"
    ),
    "means laid out": re.compile(
        r"\b(?:the |my |all my |all the )?(?:meds|pills|tablets|painkillers|paracetamol)\b"
        r"(?: are)?(?: all)? (?:out|lined up|counted|counted out|laid out|in a pile|on the "
        r"(?:desk|table|bed|side))\b|\b(?:the rope|rope|it) is (?:already )?tied\b"
        r"|\beverything(?: is| s|s)? (?:set up|ready) (?:out )?in the (?:shed|garage|loft|attic|"
        r"barn|woods|car|bathroom)\b"  # rules-1.28
        r"|\bcounting (?:them|the (?:pills|tablets)|my \w+) out\b|\b(?:the )?(?:rope|noose|pills|"
        r"tablets) (?:is|are) in my (?:backpack|bag|car|boot|pocket|locker|rucksack)\b"
    ),
    "keys left": re.compile(
        r"\b(?:spare )?keys? (?:is |are )?(?:under|with|in) (?:the|a|my) (?:mat|plant pot|pot|"
        r"concierge|neighbou?rs?|letterbox)\b[^.?!]{0,30}\bfor (?:whoever|the police|the person|"
        r"anyone|the landlord|my landlord)\b|"
        r"\b(?:left|leaving) (?:the |my )?(?:\w+ )?door (?:unlocked|open) so (?:nobody|no one|"
        r"noone|they|the police|whoever) (?:has|have|needs?|need) to (?:break|kick|force)\b|"
        r"\bleft (?:my|the) (?:house |door |car )?keys? (?:and \w+ \w+ )?(?:with|for)\b"
    ),
    "message set to send": re.compile(
        r"\b(?:set up|scheduled|set|timed) (?:an? |my )?(?:email|message|post|text|tweet)s? to "
        r"(?:send|go out|post)\b"
    ),
    "money handed on": re.compile(
        r"\b(?:moved|transferred|sent|gave|left) (?:all )?(?:of )?my (?:savings|money)\b|"
        r"\bmy (?:savings|money) (?:go|goes|is going) to\b"
    ),
    "ties cut": re.compile(
        r"\b(?:resignation|notice)\b[^.?!]{0,20}\beffective (?:forever|for good)\b|"
        r"\bcancell?ed (?:all )?(?:my|the) (?:subscriptions|contracts?|phone contract|"
        r"appointments)\b"
        # rules-1.28: "let go of the tenancy", "handed in notice on the flat"
        r"|\b(?:let go of|gave up|ended|handed back) (?:the|my) (?:tenancy|lease|flat)\b"
        # rules-1.64: "handed back the loan equipment"
        r"|\bhanded back (?:the|my) (?:loan |loaned |hired |work )?(?:equipment|wheelchair|chair|"
        r"uniform|badge|laptop|phone)\b"
        r"|\b(?:socials|social media|accounts) (?:all )?deleted\b|\bdeleted (?:all )?(?:my )?"
        r"(?:socials|social media|accounts)\b"
    ),
    "read after": re.compile(
        r"\bif you(?: are)? read(?:ing)? this\b|\bwhen you (?:find|read) this\b|"
        # rules-1.63: "to my wife if you see this" (the wife named is the reader, not the owner)
        r"\b(?:to (?:my )?\w+,? )?if you (?:see|get|found|find) this\b|"
        r"\bnot (?:going to be|be) around (?:after|past|beyond) (?:tonight|today|tomorrow)\b"
        # rules-1.28: "wont be here for breakfast", "not planning to be here when the bowl
        # runs out", "after that i am gone"
        r"|\b(?:will not|not going to|not planning (?:to|on)|do not plan (?:to|on)) be(?:ing)? "
        r"(?:here|around) (?:for|when|by|to see|in the morning)\b(?: (?:the |my |his |her )?\w+)?"
        r"|\bafter (?:that|this|tonight) i am gone\b"
    ),
}
_WEAK: dict[str, re.Pattern[str]] = {
    "shut in": re.compile(
        r"\bdoor (?:is )?locked\b|\blocked (?:the|my) (?:bedroom |bathroom )?door\b|"
        r"\bphone (?:is )?(?:off|going off)\b|\bturning (?:my )?phone off\b"
    ),
    "a time": re.compile(
        r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\bat midnight\b|\btonight\b|\bwhen (?:the house|"
        r"everyone) is (?:asleep|quiet|dead quiet)\b"
        r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow(?: morning| "
        r"night)?|tonight) is (?:when|the day|the night)\b|\bonce (?:it is|its) dark\b|"
        r"\bwhen it gets dark\b|\b(?:ends|finishes|done) at \d{1,2}(?::\d\d)?\b"
    ),
    "all done": re.compile(
        r"\b(?:that is|thats|that s) everything (?:done|sorted)\b|\beverything(?: is| s)? "
        r"(?:done|sorted|in order|written down)\b|\bemptied the fridge\b"
        # rules-1.62: "nothing left to sort. tonight then"
        r"|\bnothing (?:left|else|more) to (?:sort|sort out|arrange|organise|organize)\b"
        r"|\ball squared away\b|\beverything(?: is| s|s)? (?:set up|in place)\b|\bi am done\W*$|"
        r"\b(?:that is|thats|then thats|then that is) me done\b|\blast thing on the list\b"
    ),
    "love told": re.compile(
        r"\bi love you (?:so much|all|both|forever|more than anything)\b|\btell (?:\w+ ){0,2}"
        r"(?:i love (?:her|him|them|you)|i am sorry|i appreciated (?:her|him|them))\b"
    ),
}
# A list of errands a trip, a move, an operation or a sitter explains.
_EXPLAINED = re.compile(
    r"\b(?:moving|move|moved house|holiday|trip|travel\w*|surgery|operation|hospital stay|"
    r"vacation|abroad|festival|camping|conference|deployment|honeymoon|house ?sit\w*|"
    r"pet ?sit\w*|sitter|babysit\w*|nanny|going away|while i am away|when i am back|until i "
    r"am back|back on|for the week|for the weekend|shopping list|on the fridge|wi ?fi|guests?|"
    r"airbnb|vet|groomer|kennels?|daycare|day care|walker|feed (?:him|her|them)|dinner|breakfast|"
    r"birthday|christmas|party|wedding|game|story|film|movie|novel|character|new job|new role|"
    r"isa|invest\w*|mortgage|deposit|"
    r"gym|be back|back (?:at|by|soon|later|tonight)|home (?:at|by|later))\b"  # rules-1.63
)
# Someone else's errands ("my sister left a note for mum, her cat goes to dan"): the words
# right before a kind name its owner.
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|his|her|their|my (?:sister|brother|mum|mom|dad|friend|nan|gran|"
    r"partner|wife|husband|son|daughter|boyfriend|girlfriend|flatmate|roommate|neighbou?r|"
    r"aunt|uncle|cousin|colleague|boss))\W*$"
)


@dataclass(frozen=True)
class Arrangements:
    kinds: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    rule_id: ClassVar[str] = "arrangements"
    category: ClassVar[str] = "suicidal_ideation"

    @property
    def reason(self) -> str:
        return "final arrangements listed: " + ", ".join(self.kinds)


def _own(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match the writer's own, not one whose owner is named just before it."""
    for m in pattern.finditer(text):
        if not _SOMEONE_ELSE.search(text[max(0, m.start() - 24) : m.start()]):
            return m
    return None


def find(norm_text: str) -> Arrangements | None:
    """The kinds of final arrangement the normalised message lists, when they are enough
    (two strong kinds, or one strong and two weak) and nothing everyday explains them."""
    strong = {k: _own(p, norm_text) for k, p in _STRONG.items()}
    n_strong = sum(m is not None for m in strong.values())
    if n_strong == 0:  # most messages: the weak kinds need not be looked for
        return None
    weak = {k: p.search(norm_text) for k, p in _WEAK.items()}
    n_weak = sum(m is not None for m in weak.values())
    if not (n_strong >= 2 or n_weak >= 2):
        return None
    found = {k: m for k, m in {**strong, **weak}.items() if m is not None}
    # rules-1.28: the words of the arrangements themselves explain nothing ("wont be here for
    # breakfast" is not a breakfast).
    rest = norm_text
    for m in found.values():
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    if _EXPLAINED.search(rest):
        return None
    return Arrangements(tuple(found), tuple(m.span() for m in found.values()))
