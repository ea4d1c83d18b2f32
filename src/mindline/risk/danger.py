"""rules-1.28 (scene): violence about to happen, told as a scene.

"my ex is outside the refuge with a petrol can shouting my name" and "kitchen knife in my
coat pocket and im outside his flat. dont bother talking me out of it" read low and high: each
part alone is ordinary (an ex outside, a knife in a pocket, a wait at a door), and the rules
name few scenes whole. `find` names the parts of the moment a message tells:

- the writer in danger now (danger from someone, imminent): a threat as it happens (a door
  broken in, "screaming hell kill me"); a weapon in someone's hands or hands on the writer
  beside someone near, another of them, or no way out; someone near and the writer shut in;
- the writer about to harm someone (harm to others, imminent): two of a weapon on the writer,
  a wait at the person's door, and resolve ("dont bother talking me out of it").

A film, a game, a party, a lift or a picnic explains such a scene, and then nothing is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

# Someone other than the writer, as a subject.
_AGENT = (
    r"(?:he|she|they|hes|shes|he s|she s|my ex|ex|the bloke|bloke|the guy|guy|the man|man|"
    r"the woman|stranger|someone|somebody|the fare|fare|passenger|customer|lodger|neighbou?r|"
    r"my son|son|my dad|dad|stepdad|my stepdad|husband|my husband|boyfriend|my boyfriend|"
    r"partner|my partner|the lad|lad|some guys?|a man|a guy|two men|men)"
)
_WEAPON = (
    r"(?:(?:big|kitchen|bread|carving|huge|sharp|long) )*(?:knife|knives|blade|gun|pistol|revolver|"
    r"handgun|rifle|shotgun|bat|"
    r"baseball bat|hammer|machete|axe|crowbar|tyre iron|screwdriver|broken bottle|petrol can|"
    r"can of petrol|petrol|belt|something (?:metal|shiny|sharp))"
)

_TO_ME: dict[str, re.Pattern[str]] = {
    "someone near": re.compile(
        rf"\b{_AGENT}\b[^.?!]{{0,30}}?\b(?:is |s |are |was )?(?:(?:still |now |again )*"
        r"(?:outside (?:the|my|our) (?:refuge|house|flat|front door|door|window|room|bedroom|"
        r"work|shelter|building|gate)|on (?:my|the|our) landing|at (?:my|the|our) (?:front |back "
        r"|bedroom )?(?:door|window)|in the (?:\w+ )?(?:car park|hallway|hall|stairwell|driveway|"
        r"drive)|(?:has |just )?followed me (?:in|home|off|into|to|up)|in the back|right behind "
        r"me|(?:has )?turned up (?:at|outside)|outside my (?:room|bedroom|door)|"
        r"at my (?:\w+ )?gate|"
        r"on the stairs|in the street|(?:parked|waiting|sat) (?:across from|opposite|outside)|"
        r"(?:has been|been) behind me|waited for me|(?:stood|standing) round my car|leaning on my "
        r"car|let (?:himself|herself) in))\b"
    ),
    "a weapon in their hands": re.compile(
        rf"\b{_AGENT}\b(?: is| s| has| had| just)?(?: got| grabbed| holding| waving| pointing| "
        rf"with| has)? (?:a |the |his |her |their |my )?{_WEAPON}\b|\bwith (?:a |the )?"
        rf"{_WEAPON} (?:shouting|screaming|yelling|banging|kicking|at (?:the|my) (?:door|window))|"
        rf"\b(?:at|outside|by) (?:my|the) (?:\w+ )?(?:door|gate|window) with (?:a |the |his |her )?"
        rf"{_WEAPON}\b"
    ),
    "hands on the writer": re.compile(
        r"\b(?:grabbed|grabbing|got hold of|has hold of|pulling|pulled|pinned|pinning|choking|"
        r"strangling|dragging|dragged|shoved|pushed|hit|hitting|punched|punching|kicked|kicking) "
        r"(?:me|my (?:hair|arm|arms|throat|neck|wrist|hood|coat|face|head))\b(?! (?:up|off|in on|"
        r"with (?:a|the) (?:pillow|ball|snowball)))|\b(?:will not|wont|won t|not) let(?:ting)? "
        r"me (?:go|leave|out|pull over|get out|past|off)\b|\bhas me (?:backed|pinned|cornered|"
        r"trapped|boxed)\b|\bboxed me in\b|\b(?:his|her) hand (?:on|round|around) my (?:collar|"
        r"throat|neck)\b|\bhad my (?:arm|wrist|hair|throat) so tight\b"
    ),
    "a threat now": re.compile(
        r"\b(?:shouting|screaming|yelling)\b[^.?!]{0,20}\b(?:he will|hell|"
        r"she will|shell|they will|going to|gonna|he is going to|she is going to) (?:kill|do|hurt|"
        r"get|stab|burn|end|finish) (?:me|us)\b|\bshouting my name\b|\b(?:the|my) door (?:will not|"
        r"wont|won t|is not going to) hold\b|\b(?:kicking|banging|smashing|trying to (?:break|"
        r"kick|get)) (?:down |in )?(?:the|my) (?:door|window|glass)\b|\b(?:kicking|smashing) "
        r"(?:the|my) (?:bedroom |front |bathroom )?door in\b|\b(?:trying|yanking|rattling) (?:the|"
        r"my) (?:bedroom |bathroom |car )?(?:door ?)?handle\b|\bframe is (?:cracking|splitting|"
        r"giving)\b|\bi have (?:five|ten|\d+) seconds to\b|\b(?:drag|pull) me out\b|\b(?:hitting|"
        r"smashing|banging) the (?:window|glass|door) with\b"
    ),
}
# Beside someone near: the writer shut in, hiding or cornered ("right now" alone is not enough:
# "hes in the car park right now" is a lift as often as a threat).
_SHUT_IN_WORDS = (
    r"\b(?:cannot|can not|cant) get (?:out|away|past)\b|\b(?:locked|hiding|hid|trapped|"
    r"barricaded) (?:in|under|myself in|in the)\b|\bengine running\b|\blocked (?:the|my) "
    r"(?:bathroom|door|car)\b|\b(?:i am|im) (?:hiding )?in the (?:airing cupboard|shed|garden "
    r"shed|loo|bathroom|toilet|wardrobe|shower room|milking parlour)\b|\bno other way out\b|"
    r"\bpolice (?:said|are coming|on the way)\b|\bunder the bed with me\b"
)
_SHUT_IN = re.compile(_SHUT_IN_WORDS)
# With one act: the writer shut in, or it is happening as they write.
_NO_WAY_OUT = re.compile(
    _SHUT_IN_WORDS + r"|\bright now\b|\brn\b|\bas we speak\b|\bon the phone to (?:the )?"
    r"(?:police|999|911)\b|\btyping this\b|\bhelp me\b|\b(?:is|are|s) still (?:here|there|in "
    r"the house)\b|\bdoors (?:are )?locked\b"
)

_BY_ME: dict[str, re.Pattern[str]] = {
    "a weapon on the writer": re.compile(
        rf"\b{_WEAPON}\b(?: is| s)? (?:in|inside|tucked in|down) my (?:coat|pocket|bag|jacket|"
        r"hoodie|car|waistband|belt|backpack|boot|sleeve)\b|\b(?:i have|i have got|i got|got|"
        rf"brought|bringing|took|taken) (?:a |the |my |dads |his )?{_WEAPON} (?:on me|with me|"
        r"in my)\b|\b(?:blade|knife) up my sleeve\b|\b(?:tyre iron|crowbar|bat|shotguns?|guns?|"
        r"rifles?|machete|knife)\b(?: is| s| are)? (?:under the seat|in the (?:truck|boot|car|van|"
        r"glovebox))\b|\b(?:i have|i ve|ive) (?:brought|got) the (?:knife|blade|gun|pillow|bat|"
        r"hammer)\b"
    ),
    "at the person's door": re.compile(
        r"\b(?:i am|sat|sitting|standing|parked|waiting|waited|stood)\b[^.?!]{0,30}?\b(?:outside "
        r"(?:his|her|their) (?:flat|house|door|place|work|office|school|gym)|outside the "
        r"(?:school gates|school|pub|club|gym|office|church)\b[^.?!]{0,20}\bwaiting for (?:him|"
        r"her|them|the \w+)|waiting for (?:him|her|them|the (?:teacher|guy|bloke|man|lad|coach|"
        r"landlord|boss|prick|creep|bastard)) (?:who|that|to (?:come|get|finish|leave|walk)))\b|"
        r"\b(?:walking|heading|going|driving) (?:over )?(?:there|over|round) (?:now|rn)\b|"
        r"\bon my way (?:to (?:his|her|their) (?:\w+ )?(?:flat|house|place|work)|over there) now\b|"
        r"\b(?:\d+|two|three|few) (?:streets|stops|doors|minutes) (?:away )?from (?:his|her|their) "
        r"(?:flat|house|place|work)\b|\b(?:on the bus|on the train|on my way) to (?:my exs|his|her|"
        r"their) (?:new )?(?:place|flat|house|work)\b|\b(?:two|three|four|five|\d+) more stops\b|"
        r"\bhalfway up (?:his|her|their) (?:track|drive|road|lane|street)\b|\b(?:i am|im) at the "
        r"school gates\b|\bwaiting in the (?:\w+ )?car park for (?:my|the|him|her)\b|\b(?:he is|"
        r"hes|she is|shes) asleep upstairs\b|\b(?:driving|heading|going|walking) (?:to|round to|"
        r"over to) the \w+ where (?:he|she|they|the \w+)\b|\bon (?:his|her|their) street\b"
    ),
    "resolve": re.compile(
        r"\bnot here for a chat\b|\b(?:do not|dont|don t) (?:bother )?(?:try(?:ing)? to )?"
        r"talk(?:ing)? me (?:out of it|down)\b|\b(?:he|she|they) (?:will|is going to|are going "
        r"to) regret\b|\bmake (?:him|her|them) pay\b|\bwhat (?:he|she|they) deserves?\b|\bthis "
        r"ends (?:tonight|today|now)\b|\bmy mind is made up\b|\bno going back\b|\bnot sorry\b|"
        r"\b(?:do not|dont|don t) bother (?:calling|ringing|texting)\b|\bnobody (?:checks|will "
        r"check|comes)\b|\bwalks? away from this\b|\bnot walking (?:back )?out\b"
    ),
}

# A scene an everyday story explains.
_EXPLAINED = re.compile(
    r"\b(?:film|movie|game|gaming|episode|series|show|book|novel|dream|dreamt|dreamed|nightmare|"
    r"story|play|rehearsal|lol|haha|lmao|picnic|camping|fishing|chef|cooking|kitchen shift|bbq|"
    r"barbecue|surprise|party|birthday|pick (?:him|her|them) up|picking (?:him|her|them) up|lift|"
    r"parcel|delivery|takeaway|trick or treat|halloween|paintball|airsoft|laser tag|range|"
    r"hunting|deer|rabbits|pigeons|whittling|carving|gardening|hedge|pizza|dinner|shopping|"
    r"forgot (?:his|her|their) keys|locked (?:himself|herself|themselves) out|"
    r"groceries|boxing|sparring|training|match|wrestl\w*|rugby|football|pick me up|picking me up|"
    r"collect me|collecting me|give me a lift)\b"
)
# At the door or kicking it, an animal or the post is the everyday reading ("the dog is trying
# to break the door down to get to the postman").
_ANIMAL_AT_DOOR = re.compile(r"\b(?:dog|dogs|cat|cats|puppy|kitten|postman|postie)\b")


@dataclass(frozen=True)
class Scene:
    category: str  # abuse_or_violence (the writer in danger) or harm_to_others
    kinds: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    rule_id: ClassVar[str] = "danger_scene"

    @property
    def reason(self) -> str:
        return "violence about to happen: " + ", ".join(self.kinds)


def _found(patterns: dict[str, re.Pattern[str]], text: str) -> dict[str, re.Match[str]]:
    return {k: m for k, p in patterns.items() if (m := p.search(text)) is not None}


def find(norm_text: str) -> Scene | None:
    """The scene of violence about to happen that the normalised message tells, if any."""
    to_me = _found(_TO_ME, norm_text)
    by_me = _found(_BY_ME, norm_text)
    if not to_me and not by_me:  # most messages
        return None
    if _EXPLAINED.search(norm_text):
        return None
    if _ANIMAL_AT_DOOR.search(norm_text):
        to_me = {}
    acts = [k for k in to_me if k != "someone near"]
    if to_me:
        # A threat as it happens (a door broken in) alone; an act beside someone near or
        # another act; an act, or someone near, with the writer shut in or no way out.
        enough = "a threat now" in to_me or (len(acts) >= 1 and len(to_me) >= 2)
        way_out = _SHUT_IN if not acts else _NO_WAY_OUT
        now = None if enough else way_out.search(norm_text)
        if enough or now is not None:
            found = dict(to_me)
            if now is not None:
                found["no way out"] = now
            spans = tuple(m.span() for m in found.values())
            return Scene("abuse_or_violence", tuple(found), spans)
    if len(by_me) >= 2:  # two of: a weapon on the writer, at the person's door, resolve
        return Scene("harm_to_others", tuple(by_me), tuple(m.span() for m in by_me.values()))
    return None
