"""Short answers read with the question before them ("yes", "tonight", "last night", "twice").

The companion and clinicians ask screening questions ("have you had thoughts of killing
yourself?"); the answer carries the question's risk, not its own words'. Every function here is
pure pattern work on the conversation: no model is consulted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mindline.risk import answers_intl, patterns
from mindline.risk.normalize import normalize
from mindline.risk.types import RiskLevel


@lru_cache(maxsize=512)
def _earlier_hits(item: str) -> tuple[patterns.Hit, ...]:
    """The pattern hits of an earlier message. A conversation's messages are read again with
    every new one (and by several readers per message): each is scanned once."""
    return tuple(patterns.find_hits(normalize(item)))


def context_texts(context: Sequence[Any] | None) -> list[str]:
    out: list[str] = []
    for item in context or ():
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            value = item.get("text") or item.get("content") or ""
            if isinstance(value, str):
                out.append(value)
    return out[-5:]


# A question about ending one's life, in any supported language: "yes" to it is high. The
# second-person check keeps "have you been to a suicide prevention talk?" apart.
_LIFE_QUESTION = re.compile(
    r"suicid|selbstmord|suizid|end(?:ing)? (?:my|your|their) li(?:fe|ves)|kill(?:ing)? "
    r"(?:my|your|them)sel(?:f|ves)|tak(?:e|ing) (?:my|your|their) (?:own )?li(?:fe|ves)|"
    r"not (?:wanting|want) to (?:live|be alive|be here)|leben (?:zu )?nehmen|quitarte la vida|"
    r"quitarme la vida|propria vida|toglierti la vita|mettre fin a (?:tes|mes|ses|vos) jours|"
    r"mettre fin a (?:ta|ma|sa|votre) vie|ending it|end it all|me tuer|"
    r"te tuer|matarte|te matar|te suicidar|ti uccidere|umbringen"
)
_TO_READER = re.compile(
    r"\b(?:you|your|you're|youre|du|dir|dich|dein|deine|tu|te|toi|tes|ton|vous|ti|tuo|tua|"
    r"stai|estas|voce|vos|sie|usted|ihr|euch|has|hai|hast|tienes)\b|\w(?:arte|erte|irte|rti)\b"
)
# ... asked about the reader's own thoughts or wishes, not "been to a suicide prevention talk?".
_THINKING = re.compile(
    r"\b(?:think\w*|thought\w*|consider\w*|plan\w*|want\w*|wish\w*|feel\w*|urges?|pens\w*|"
    r"denk\w*|gedanken|gedacht|überleg\w*|uberleg\w*|envie|vontade|voglia|ganas|quer\w*|"
    r"vuoi|quieres|willst|veux|idee\w*|idea\w*|ideia\w*)\b"
)
# "Have you hurt yourself since we last talked?": a "yes" is the act done, not a thought.
_ACT_DONE_QUESTION = re.compile(
    r"\b(?:have|did|had) you (?:\w+ ){0,2}(?:hurt|harm(?:ed)?|cut|burn(?:ed|t)?|hit|injur\w*|"
    r"punch\w*|scratch\w*) yourself\b|\b(?:have|did) you (?:ever )?(?:tried|try|"
    r"attempted|attempt) (?:to )?(?:end|kill|take|suicide|hurt|harm)"
    # "have you self harmed since ...?", "did you cut again?": the act without "yourself",
    # only before a time word or the end, so "did you cut your hair?" stays a haircut.
    r"|\b(?:have|did|had) you (?:\w+ ){0,2}(?:self[ -]?harm(?:ed)?|sh(?:ed)?|cut|burn(?:ed|t)?)"
    r"(?= (?:again|recently|lately|since|at all|today|this|last|yet|before)\b|\W*$)"
)
# C-SSRS question 6 in its short forms ("have you made any preparations?"): a "yes" is a plan
# with its means, so imminent; asked about a lifetime ("ever"), high.
_PREPARATION_QUESTION = re.compile(
    r"\b(?:made|make|making|done|started|begun) (?:any )?(?:preparations?|arrangements)"
    r"(?: (?:to|for) (?:end|die|dying|kill|it|this|that|suicide)\b|\W*$)|\bprepar(?:ed|ing) "
    r"(?:anything|something|for (?:it|this|that))\W*$"
)
# "When did you last hurt yourself?", "how often do you have these thoughts?", "have you cut
# since we last spoke?": a question about when or how often. A recent time or any count in
# answer affirms it ("last night", "twice"); "years ago" is history, which the label guide
# puts at moderate (past self-harm or attempt).
_WHEN_LAST_QUESTION = re.compile(
    r"\bwhen (?:did|was|were|have|had)\b[^?]{0,40}\blast\b|\b(?:last|most recent) time\b|"
    r"\bhow long (?:ago|has it been|is it since|since)\b|"
    r"\bwhen (?:was|did|were) (?:that|this|it)\b|\bhow (?:often|many times|frequently)\b|"
    r"\bsince (?:we|i|you) (?:last )?(?:spoke|talked|met|saw|messaged|chatted)\b|"
    r"\bsince (?:our|the|your|my) last\b|\b(?:recently|lately|this (?:week|month)|in the "
    r"(?:last|past) (?:few |couple of )?(?:days?|weeks?|months?|year))\W*$"
)
# "Have you had thoughts of killing yourself?" answered "last night" or "twice": yes, and when.
_YES_NO_QUESTION = re.compile(r"(?:^|[.!?,;]\s)\W*(?:have|has|had|did|do|does|are|were|is) you\b")
# Back to what came before: "how often have you had these thoughts?", "how long ago was that?".
_BACK_REFERENCE = re.compile(r"\b(?:these|those|them|it|that|this|any of (?:these|those|them))\b")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:an?|one|two|three|four|five|six|few|a few|couple of|a couple of|several|\d+)"
_RECENT = (
    r"(?:today|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week|weekend|"
    rf"{_DAY})|yesterday(?: morning| afternoon| evening| night)?|(?:the )?day before yesterday|"
    rf"{_NUM} (?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?) ago|earlier(?: today| tonight)?|"
    # rules-1.23: "(right) now" too: "just now" lost its "just" to the fillers and read low.
    rf"just now|(?:right )?now|the other (?:day|night)|(?:on )?{_DAY}(?: night| morning| evening)?|"
    r"(?:at|over|on) the weekend|this weekend|a few days back)"
)
_COUNT = (
    rf"(?:once|twice|{_NUM} times?|a few|a couple|(?:every|each) (?:single )?(?:day|night|week|"
    r"morning|evening)|(?:most|some) (?:days|nights)|daily|nightly|weekly|all the time|"
    r"constantly|sometimes|often|a lot|loads|every other day|on and off|now and (?:then|again)|"
    # rules-1.13: the PHQ-9 answer options typed out ("nearly every day")
    r"(?:nearly|almost) every (?:day|night)|(?:more than|over) half (?:the|of the) days|half the "
    r"days|several days|a few days)"
    r"(?: (?:a|per|this|last|every) (?:day|night|week|weekend|month))?"
)
_LONG_AGO = (
    r"(?:(?:years|ages|months|a long time|a while|a long while|decades?|\d+ (?:years|months)|"
    r"(?:two|three|four|five|ten) (?:years|months)) ago|not (?:for|in) (?:years|ages|months|a "
    r"long time)|last year|(?:back )?when i was (?:a )?(?:kid|child|teen|teenager|younger|little|"
    r"at school|in school|at uni)|as a (?:kid|child|teen|teenager)|in (?:high )?school|at uni|"
    r"(?:back )?(?:in )?(?:19|20)\d\d)"
)
_FILLER = (
    r"(?:um+|erm+|uh+|hm+|yes|yeah|yep|ya|honestly|well|i think|probably|maybe|like|about|"
    r"around|tbh|to be honest|i guess|only|just|actually|ok|okay|so|i mean|and|no|nope|nah|"
    r"not really)"
)


_ANSWER_PARTS = re.compile(r"[^\w' ]+|\band\b|\bbut\b")
_FILLER_AT_EDGE = re.compile(rf"^{_FILLER}\b\s*|\s*\b{_FILLER}$")
_ANSWER_KINDS = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (("long ago", _LONG_AGO), ("recent", _RECENT), ("count", _COUNT))
)


def _when_answer(answer: str) -> str | None:
    """'recent', 'count' or 'long ago' when the answer is only a time or a count (fillers aside)."""
    kinds = []
    for part in _ANSWER_PARTS.split(answer):
        words = part.strip()
        while True:
            cut = _FILLER_AT_EDGE.sub("", words)
            if cut == words:
                break
            words = cut
        if not words:
            continue
        for kind, pattern in _ANSWER_KINDS:
            if pattern.fullmatch(words):
                kinds.append(kind)
                break
        else:
            return None
    if not kinds:
        return None
    return "long ago" if set(kinds) == {"long ago"} else next(k for k in kinds if k != "long ago")


# "Do you feel like hurting yourself right now?": a "yes" is intent now, not a thought.
_NOW = re.compile(r"\b(?:right now|now|tonight|at the moment|today)\b")


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
    r"letter|date|method|way to do it|(?:taken|took|take|swallowed|had) (?:anything|something|"
    r"any of them|some of them))\b"
)
# A means question that names an everyday purpose of its own ("do you have a knife for the
# bread?", "have you got a plan for the weekend?", "a note from school?") asks about that
# purpose, unless risk came up before it or the purpose is harm ("a plan to end your life?").
_EVERYDAY_PURPOSE = re.compile(
    r"\b(?:pills|tablets|meds|medication|rope|gun|knife|blade|razor|means|plan|planned|note|"
    r"letter|date|method)\b[^?]{0,30}?\b(?:for|from|to) (?:the |a |an |my |some |our |this |"
    r"that |your |his |her |their )?(?!(?:it|this|that|them|do|end|hurt|harm|kill|die|take|use|"
    r"overdose|cut|hang|jump|act)\b)\w+"
)
_CLINICAL_MEANS = re.compile(
    r"\b(?:pills|tablets|meds|medication|rope|gun|blade|razor|means|method|way to do it|"
    r"(?:taken|took|take|swallowed|had) (?:anything|something|any of them|some of them))\b"
)
_HARM_PURPOSE = re.compile(
    r"\b(?:hurt|harm|kill|end (?:it|my|your|things)|die|dying|suicid\w*|overdos\w*|do it|"
    r"use (?:it|them) on|act on)"
)
# "Have you taken them?" means the pills only once risk came up before the question.
_TAKEN_THEM = re.compile(r"\b(?:taken|took|take|swallowed) (?:them|those|these|it)\b")
_NOW_QUESTION = re.compile(
    r"\b(?:right now|now|with i|on i|near i|tonight|today|in front of i|in the house|at home)\b"
)
# A routine check on one's own medication ("did you take your meds this morning?") is daily
# check-in talk: a "yes" to it is not means at hand, unless risk came up before it.
_ROUTINE_MEDS = re.compile(
    r"\bmy (?:usual |morning |evening |night ?time |bedtime |daily |regular |new )?"
    r"(?:meds|medication|medicine|tablets|pills|antidepressants|dose|prescription|inhaler)\b"
)
_RISKY_AMOUNT = re.compile(
    r"\b(?:all|extra|too many|too much|how many|how much|more than|any|some|whole|overdose|"
    r"anything|stockpil\w*|saved|saving|at once)\b"
)
# "When are you planning to do it?": a question about acting on thoughts of suicide. "It" is
# the act only when risk came up before the question, or the question stands alone.
_ACT_QUESTION = re.compile(
    r"\b(?:do it|doing it|do this|go through with it|act(?:ing)? on (?:it|them|these thoughts|"
    r"those thoughts|the thoughts|that|this|those|these)|end it|end things|try again|make an "
    r"attempt|attempt)\b"
)
# "Are you safe right now?": a "no" or "already did" to it is a crisis, a "yes" is not.
_SAFETY_QUESTION = re.compile(
    r"\b(?:are you|do you feel|will you (?:be|stay)|can you (?:stay|keep yourself)|you) "
    r"(?:safe|safe right now|safe tonight|in danger|going to be safe)\b|\bis (?:anyone|someone) "
    r"with you\b"
    # rules-1.13 (ctx8): "Can you promise me you'll stay safe tonight?"
    r"|\bpromise (?:me )?(?:that )?(?:you will|you ll|to) (?:stay|keep|be) (?:yourself )?safe\b"
)
# rules-1.13 (ctx8): a step of a safety plan asked after talk of risk: a crisis line, someone
# to be with, the means put away. A refusal or "no one" answers it.
_SAFETY_PLAN = re.compile(
    r"\bpromise\b|\bcall (?:988|999|911|112|111|116 123|a crisis line|the crisis line|"
    r"samaritans|someone|a helpline|the helpline|your \w+)\b|\b(?:crisis line|helpline|"
    r"hotline)\b|\bsomeone (?:who can be |to be |to stay )?with you\b|\banyone (?:with you|"
    r"you can (?:call|text|ring)|who can (?:come|be with you))\b|\b(?:put|move|give|lock|hand) "
    r"(?:away )?(?:the |them |it |those |your )?(?:pills|tablets|meds|knife|knives|blades?|rope|"
    r"gun|them|it)\b[^?]{0,40}\b(?:away|out of reach|to someone|somewhere)\b|\bout of reach\b|"
    r"\bsafety plan\b"
    # rules-1.14 (conv): the companion's own steps in crisis mode (replies.yaml).
    r"|\bsomeone near you who could be with you\b|\bwhich step could you (?:try|start with)\b|"
    r"\bthe most helpful step is talking to a person\b|\bplease (?:call or text|contact) one of "
    r"these\b"
    # rules-1.21: the safety plan's question reads "which step could you start with?" since
    # clf-2 (the old wording stays: conversations stored before it carry it).
)
# rules-1.14 (conv): the companion's crisis-protocol and check-in replies (replies.yaml), by
# their fixed words. A caller may pass only that reply as context (the companion passed no
# more before rules-1.14; tests/risk/test_conv_24.py screens both ways), so the reply itself
# shows the writer's risk came up: "Is there someone near you who could be with you?" is
# asked only in crisis mode. The crisis-line list in these replies ("if you might act on
# these thoughts: call 999") is not a question to the writer: _asked drops it.
_COMPANION_CRISIS = re.compile(
    r"\bare you thinking about suicide right now\b|\byour safety matters most right now\b|"
    r"\breaching a person is the most important thing right now\b|\bcan i check one thing\b|"
    r"\bis there someone near you who could be with you\b|\bi am glad you are feeling safer\b|"
    r"\bi will give you some space\W+if things get harder\b|\bwhich step could you (?:try right "
    r"now|start with)\b|\byou do not have a safety plan saved yet\b|"
    r"\bslow things down together while you reach someone\b|"
    r"\bso i would like to ask you directly\b|\bthank you for answering honestly\b"
)
# ... and the openings of the harm-to-others and danger protocols.
_COMPANION_OPENED = {
    "grievance": re.compile(r"\bare you having thoughts of hurting someone right now\b"),
    "abuse": re.compile(r"\bare you safe where you are right now\b"),
}
# ... of which these come after the writer said they are safe or have no such thoughts.
_COMPANION_SETTLING = re.compile(
    r"\bi am glad you are feeling safer\b|\bthank you for answering honestly\b"
)
# ... and its everyday questions (offers, feedback, check-ins): after the writer's risk, "it's
# too late" answers "Would you like to try paced breathing?" with that risk.
_COMPANION_ASKS = re.compile(
    r"\bwould you like to (?:try|go back to|tell me|do)\b|\bdid that help\W+even a little\b|"
    r"\bwhat would (?:help|you like to do)(?: you most)? (?:right )?now\b|\bwhat is on your "
    r"mind\b|\bwant to look at that together\b|\bwould something calming help\b|"
    r"\b(?:can|could) you tell me a bit more\b|\bwhat is been weighing on you\b|\bwhat is "
    r"that been like for you\b|\bis there anything else on your mind\b|\btell me as much or "
    r"as little as you like\b|\bsay whatever is on your mind\b"
)
_RESOURCE_LINE = re.compile(r"(?m)^[ \t]*\u2022.*$")
# rules-1.15 (ctx): the companion's guidance for someone worried about another person
# (replies.yaml third_party, third_party_urgent). Its words of suicide and danger are about
# that person: a short reply after it ("it's too late", "10 mins", "on my way") is too.
# The urgent form of that guidance: what follows it ("it's too late") stays urgent.
_URGENT_GUIDANCE = re.compile(r"\bif someone\W?s life may be in danger right now\b")
_COMPANION_THIRD_PARTY = re.compile(
    rf"\bit sounds like you are worried about someone else\b|{_URGENT_GUIDANCE.pattern}"
)
# rules-1.15 (ctx): its everyday replies that name medicines, risk or crisis lines while asking
# something ordinary (no_medication, no_diagnosis, confidentiality, ai_intro, the rails): only
# their questions are asked.
_COMPANION_EVERYDAY = re.compile(
    r"\bquestions about medication are best answered by\b|\bi cannot give advice about "
    r"medicines\b|\bi cannot diagnose\b|\bi cannot promise to keep things secret\b|\bi am "
    r"mindline\W?s ai companion\b|\bi am an ai companion, not a person\b|\bi cannot change how i "
    r"work\b|\bi cannot help with that in the way it was asked\b|\bit is one [^.?!]{0,40} can "
    r"answer best\b|\bi can only reply in english for now\b"
)
# rules-1.15 (ctx): a question about someone coming to be with the writer, or when they will
# ("Is there someone near you who could be with you?", "when will your sister get there?"):
# a time or an arrival in answer is when help comes, not a plan. Not "when is he back?",
# asked about the person who hurts them (_WHERE_IS_HE).
_WHO_COMES = re.compile(
    r"\bsomeone near you who could be with you\b|\b(?:is|are) (?:there )?(?:anyone|anybody|"
    r"someone|somebody|any friends|any family)\b[^?]{0,40}\b(?:come|be with you|stay with you|"
    r"with you tonight|keep you company)\b|\bwhen (?:will|is|does|do|can|are|would) (?:your "
    r"\w+|someone|anyone|somebody|the (?:crisis team|ambulance|paramedics|police|doctor|nurse))"
    r"\b[^?]{0,40}\b(?:get there|get to you|get to yours|arrive|be there|be with you|be home|"
    r"get home|get back|be back|come|coming|here)\b|\bhow long (?:until|till|before|will it "
    r"be before) (?:your \w+|someone|anyone|the (?:crisis team|ambulance|paramedics))\b|\bwho "
    r"(?:could|can|would|might) you (?:ask|call|text|ring|reach)\b|\bwho (?:is|could be|can be) "
    r"with you\b|\bcan (?:someone|anyone|somebody|your \w+) come\b"
)
# ... the ctx rules that read a bare time as a time for it.
_TIME_RULES = (".time_bare", ".minutes")
# rules-1.15 (ctx): a time or an arrival given alone: "10 mins", "she's on her way", "mum will
# be here at 6", "my sister, 15 mins".
_ARRIVAL_WHEN = (
    r"(?:(?:in|within|about|around|like|at|by|after|for|maybe) )*(?:(?:a few |a couple of )?"
    r"(?:\d+|five|ten|fifteen|twenty|thirty|forty|an?|one|two|half an?) (?:mins?|minutes|hours?|"
    r"hrs?)(?: away)?|\d+(?: ?[ap]m| o ?clock)?|soon|shortly|later|tonight|after work|this "
    r"evening|any minute(?: now)?)"
)
_ARRIVAL_COMES = (
    r"(?:(?:is|are|will|ll|s|will be|ll be|should be) )?(?:on (?:his|her|their|the) way(?: over|"
    r" round| here| back)?|coming(?: over| round| back| home| here)?|(?:be )?here|(?:be )?home|"
    r"(?:be )?back|(?:gets?|getting|get) (?:in|back|home|here)|arriv\w*)"
)
_ARRIVAL = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|ok|okay|um+|erm+|so|and|i think|probably|hopefully)\W+)*"
    r"(?!(?:i|im|i m|i am|me)\b)(?:(?:my |our )?\w+\W+)?(?:(?:(?:my |our |the )?\w+(?: \w+)? )?"
    rf"{_ARRIVAL_COMES}(?: {_ARRIVAL_WHEN})?|(?:(?:he|she|they|it) (?:is |s |are )?)?"
    rf"{_ARRIVAL_WHEN})(?:\W+(?:i think|probably|hopefully|i hope|thank god|x+|tbh|ish))*\W*$"
)
# ... said of the person who hurts them ("he's coming back in 10 mins"), or a time alone.
_HE_COMES = re.compile(
    r"^\W*(?:(?:yes|yeah|no|nope|and|ok|okay|um+|erm+|so|not really)\W+)*(?:(he|she|they)\b|"
    rf"{_ARRIVAL_WHEN}\W*$)"
)
# rules-1.15 (ctx): no one until later ("not till tomorrow", "no one til the morning"): alone
# now, in a crisis, as "no one" is.
_NOT_UNTIL_LATER = re.compile(
    r"^\W*(?:(?:no|nope|nah|not really|um+|erm+|well|honestly)\W+)*(?:(?:no ?one|nobody|not|"
    r"no one is|nobody is|no one will be|nobody will be|not (?:un)?til|not till|not before)\W+)?"
    r"(?:(?:till|til|until|before|in) )?(?:tomorrow(?: morning| night| evening)?|the morning|"
    r"(?:next |the )?(?:week|weekend)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"a few days|later this week|the day after)(?:\W+(?:probably|i think|maybe))*\W*$"
    # rules-1.16 (ans): "not until later", "nobody till later on": put off, as "not till
    # tomorrow" (a bare "later" says when help comes, like "tonight" or "soon").
    r"|^\W*(?:(?:no|nope|nah|not really|um+|erm+|well|honestly)\W+)*(?:no ?one|nobody|not)"
    r" (?:un)?till? later(?: on| today| tonight)?(?:\W+(?:probably|i think|maybe))*\W*$"
)
# rules-1.15 (ctx): "on my way" after the writer named where they would go to do it.
_ON_MY_WAY = re.compile(
    r"^\W*(?:(?:yes|yeah|ok|okay|already|just|so|and)\W+)*(?:i am |im |i m )?(?:on my way(?: "
    r"there| now)?|nearly there|almost there|heading there(?: now)?|leaving now)(?:\W+(?:now|"
    r"already|sorry|bye))*\W*$"
)
_GOING_PLACE = re.compile(
    r"\b(?:going|heading|driving|walking|go|get) (?:to|up|down|out)\b|\b(?:roof|rooftop|bridge|"
    r"ledge|tracks|railway|platform|cliffs?|car ?park|multi ?storey|river|lake|sea|woods|forest)\b"
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_MEDS_ASKED = re.compile(r"\b(?:pills|tablets|meds|medication|medicine|dose|prescription)\b")


def _asked(message: str) -> str:
    """The message without the crisis-line list the companion appends to its replies."""
    return _RESOURCE_LINE.sub("", message)


def _third_party_reply(message: str) -> bool:
    """rules-1.15 (ctx): the companion's guidance for someone worried about another person."""
    return bool(_COMPANION_THIRD_PARTY.search(normalize(message).text))


def _of_writer(message: str) -> str | None:
    """rules-1.15 (ctx): what an earlier message says of or asks the writer: nothing for the
    companion's third-party guidance, only the questions of its everyday replies, and never
    its crisis-line list."""
    text = normalize(message).text
    if _COMPANION_THIRD_PARTY.search(text):
        return None
    if _COMPANION_EVERYDAY.search(text):
        return _the_question(message)
    return _asked(message)  # not the crisis-line list ("if you might act on these thoughts")


def _third_party_last(prev: list[str], s: _Shapes | None = None) -> bool:
    """rules-1.15 (ctx): the companion's last reply was guidance about someone else, with no
    risk of the writer's own before it: a short reply is about that person."""
    return _third_party_reply(prev[-1]) and not _danger_before(prev[:-1], s)


# rules-1.15 (ctx): the writer's own part in it ("i took them too", "me as well").
_ME_TOO = re.compile(r"\b(?:too|as well|also|so do i|so am i|me|myself|mine)\b(?! late)")


def _about_them(answer: str) -> bool:
    return not _ME_TOO.search(answer)


# rules-1.15 (ctx): "same", "me too", "i think about it too" after telling of someone else's
# risk: the writer says it of themselves.
_SAME_HERE = re.compile(
    r"^\W*(?:(?:honestly|tbh|ngl|yeah|yes|um+|erm+|and|but|well|lol|if i am honest)\W+)*(?:same"
    r"(?: here| tbh)?|me too|me as well|me also|so do i|so am i|so have i|i do too|i do as well|"
    r"i am too|i have too|i did too|i do the same|i feel the same(?: way)?(?: too)?|i feel like "
    r"that too|i (?:think|thought) about it too|i have (?:thought about|been thinking about) it "
    r"(?:too|myself|as well)|i want to too|i want to as well|i am the same|"
    # rules-1.16 (fix): "i already took mine" after someone else's overdose: theirs too.
    r"(?:i )?(?:have )?(?:already |just )*(?:took|taken|swallowed|had) mine(?: too| as well| "
    r"already)*)(?:\W+(?:honestly|tbh|ngl|tho|though|lol|really|if i am honest|to be honest))*"
    r"\W*$"
)


def _same_as_them(answer: str, prev: list[str]) -> RiskLevel | None:
    """rules-1.15 (ctx): the level of the other person's risk the writer told, for "me too"."""
    if not _SAME_HERE.search(answer):
        return None
    levels = [
        h.rule.level
        for m in prev[:-1]
        if _of_writer(m) is not None and not _crisis_reply(m)
        for h in _earlier_hits(m)
        if h.about == "other"
    ]
    best = max(levels, key=lambda lv: lv.rank, default=RiskLevel.NONE)
    return best if best.rank >= RiskLevel.MODERATE.rank else None


def _who_comes(question: str, prev: list[str]) -> bool:
    """rules-1.15 (ctx): the question asks who will be with the writer or when they come, and
    no one hurting the writer came up (then "when is he back?" is danger)."""
    return bool(_WHO_COMES.search(normalize(_the_question(question)).text)) and not _hurt_before(
        prev, *_CTX_OTHERS["abuse"]
    )


def _the_question(message: str) -> str:
    """The message's questions (all of it when it asks none), without the crisis-line list:
    "we can also build a safety plan together" beside "are you thinking about suicide right
    now?" is an offer, not the step asked."""
    parts = _SENTENCES.split(_asked(message).strip())
    asked = [p for p in parts if "?" in p]
    return " ".join(asked or parts)


@lru_cache(maxsize=256)
def _crisis_reply(message: str, open_only: bool = False) -> bool:
    """rules-1.14 (conv): the message is one of the companion's crisis or check-in replies
    (open_only: not one sent after the writer said they are safe)."""
    text = normalize(message).text
    if open_only and _COMPANION_SETTLING.search(text):
        return False
    return bool(_COMPANION_CRISIS.search(text))


def _crisis_before(prev: list[str], s: _Shapes) -> bool:
    """rules-1.14 (conv): a crisis or check-in reply of the companion earlier in the
    conversation, not settled since ("i'm safe now, i called my sister")."""
    last = max((i for i, m in enumerate(prev) if _crisis_reply(m)), default=-1)
    return _unsettled_since(prev, last, s)


def _companion_opened(message: str, kind: str) -> bool:
    """rules-1.14 (conv): the companion opened the protocol for this kind of risk."""
    pattern = _COMPANION_OPENED.get(kind)
    return pattern is not None and bool(pattern.search(normalize(message).text))


# rules-1.14 (conv): "are you safe right now?" -- "i don't know", "not for long": not safe.
_UNSURE_SAFE = re.compile(
    r"^\W*(?:(?:um+|erm+|honestly|i mean|well|no|yes|yeah|i am|i m|im)\W+)*(?:i (?:do not|dont|"
    r"don t) know|idk|dunno|not sure|i am not sure|i m not sure|maybe|maybe not|kind of|sort of|"
    r"kinda|not for (?:long|much longer)|still no|not yet|hard to say|i (?:cannot|can not) "
    r"(?:say|tell|promise)|depends|probably not|i do not think so|i doubt it)(?:\W+(?:tbh|"
    r"honestly|really|anymore|now|right now|tonight|sorry|to be honest))*\W*$"
)
# rules-1.14 (conv): "are you thinking about suicide right now?" -- "still", "same as before":
# yes, as much as before.
_STILL_YES = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|honestly|um+|erm+|i mean)\W+)*(?:still|still yes|yes still|still do|"
    r"i still do|still am|i still am|still there|still the same|the same|same|same as before|"
    r"(?:even |getting )?worse|more than ever|more and more|non ?stop|all day|all night)(?:\W+"
    r"(?:yes|yeah|now|really|tbh|honestly|though|i think|tonight|today))*\W*$"
)
# "Are you in danger?" is the other way round: "no" is safe, "yes" is danger.
_DANGER_NOW = re.compile(r"\b(?:are you|you) in danger\b")
# "No, I'm safe": the words of the answer settle it, whatever its first word.
_SAFE_ANSWER = re.compile(
    r"\bi (?:am|will be|feel|will stay|am staying)(?: (?:totally|completely|perfectly|quite|"
    r"pretty|actually|honestly|really))? (?:safe|ok|okay|fine|alright|all right)\b"
)
# "I'm safe, but not for long", "I'm ok I think": not a settled yes.
_HEDGED_SAFE = re.compile(r"\b(?:but|not|think|guess|maybe|probably|for now|unless|until)\b")
_WHEN_QUESTION = re.compile(r"\b(?:when|what time|what day|how soon|how long until)\b")
# A question about the timing of something unnamed ("have you thought about when?", "have you
# picked a date?"): asked only about acting, so a time in answer is a timeline.
_TIMING_QUESTION = re.compile(
    r"\b(?:thought about when|decided when|(?:picked|chosen|chose|set|decided on) (?:a|the) "
    r"(?:time|day|date))(?: yet| already)?\W*$"
)
# Clinicians' words for acting on suicidal thoughts: asked only about that, whatever came before.
_ACT_ON_THOUGHTS = re.compile(
    r"\b(?:act(?:ing)? on (?:these|those|the|your|any of these|any of those) (?:thoughts|"
    r"feelings|urges)|act(?:ing)? on (?:this|it|them)\W*$|go(?:ing)? through with it)"
)
# Questions about someone hurting or threatening the writer (being in danger from someone).
_DANGER_QUESTION = re.compile(
    r"\b(?:anyone|someone|somebody|he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|"
    r"ex|dad|mum|mom|father|mother|parents?|carer|family))\b[^?]{0,40}\b(?:hurt|hurts|hit|hits|"
    r"hurting|hitting|threaten\w*|scare|scares|frighten\w*|afraid|unsafe|force\w*|control\w*|abus\w*)\b"
)
# Short answers that report something already done, or give a time.
_DONE_ANSWER = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|ya|i|well|too late|sorry|ok)\W+)*(?:i (?:have |already |just )*)?"
    r"(?:already |just )*(?:did|done|did it|done it|have|took|taken|swallowed|took them|taken "
    r"them|took it|taken it|took some|taken some|took all|taken all|swallowed them|it is done|"
    r"(?:it is|its) (?:already )?done)\b(?: (?:them|it|some|all|all of them|the lot|everything|"
    r"already|earlier|just now|an hour ago|before|before i messaged|before i wrote|too late))*"
    r"\W*$"
)
_TIME_ANSWER = re.compile(
    r"^\W*(?:(?:probably|maybe|i think|soon|i was thinking|thinking|planning on|hopefully|"
    r"honestly)\W+)*(?:tonight|today|tomorrow(?: night| morning| evening)?|this (?:evening|"
    r"afternoon|weekend|week|morning)|later|later today|soon|very soon|now|right now|(?:on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)(?: night| morning|"
    r" evening)?|in (?:an|a few|one|two|a couple of) (?:hours?|minutes?|days?)|at (?:midnight|"
    r"dawn|\d+(?: ?[ap]m)?)|next (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|after (?:everyone|they|the kids|my \w+|work|"
    r"school|this)\b[^?]{0,30}|when (?:everyone|they|my \w+|the house)\b[^?]{0,30}|once "
    r"(?:everyone|they|my \w+)\b[^?]{0,30})(?:\W+(?:probably|maybe|i think|i guess|i reckon|"
    r"hopefully|i suppose))?\W*$"
)


_HEDGED = re.compile(
    r"\b(?:but|though|although|except|sometimes|a bit|a little|maybe|not sure|kind of|sort of|"
    r"kinda|used to|still|lately|often|every|anymore|any more|again|want|wish|thinking|think "
    r"about|die|dead|kill|hurt|harm|end|pills|tablets)\b"
)


# Words of risk that keep a routine medication question from counting as routine; screen.py
# uses them for its help-seeking caps too.
# Word-bounded (rules-1.12): "algun" is not a gun, "skill" not a kill, "change" not a hang,
# "deadline" not dead, "pharmacy" not harm, "europe" not a rope, "always to" not "ways to".
RISK_WORDS = re.compile(
    r"suicid|\b(?:kill|\w*killer)|\bdie\b|\bdying\b|\bdead(?:ly)?\b|\bdeaths?\b|\boverdos|\bod\b|"
    r"\blethal|\bhang(?:s|ed|ing)?\b|\bnoose|\bcut|(?:\b|self)harm|\bend it\b|\bend my\b|"
    r"\bpainful|\bhow many\b|\bhow much\b|\bat once\b|\ball (?:of )?my\b|\bdrown|\bjump|"
    r"\bbridges?\b|(?:\b|shot|hand)guns?\b|\bropes?\b|\bpoison|\bbleed|\bthe point\b|"
    r"\bways? to\b|\d"
)


# An answer that says the medication was taken as usual: a routine dose, not an attempt.
_ROUTINE_ANSWER = re.compile(
    r"\b(?:with (?:my )?(?:breakfast|lunch|dinner|tea|food|a meal|water)|as (?:normal|usual|"
    r"prescribed|always)|like (?:always|normal|usual|every day|the doctor said)|(?:my|the) "
    r"(?:usual|normal|daily|regular|prescribed)(?: dose)?\b|on time|every (?:morning|night|day))"
)
_MORE_THAN_ROUTINE = re.compile(
    r"\b(?:the rest|the lot|everything|more|whole|box|boxes|packet|packets|bottle|double|"
    r"but|then|after|and some|on top)\b"
)
_PARTS = re.compile(r"[.,!;]+")
_TAKING = re.compile(r"\b(?:take|took|taken|swallow\w*|overdos\w*)\b")
_BARE_YES = re.compile(r"(?:yes|yeah|yep|yup|ya|yea|ok|okay|sorry|well|honestly|i mean)")
_HARM = re.compile(r"\b(?:hurt|harm|kill|end|die|cut|suicid\w*|act)")
_RISK_QUESTION = re.compile(
    r"\b(?:suicid\w*|kill|die|dying|dead|(?:hurt|hurting|harm|harming|cut|cutting) "
    r"(?:myself|me)|self[- ]?harm\w*|end (?:it|my life)|not wake)"
)


@dataclass(frozen=True)
class _Shapes:
    """The question shapes and answer words for one locale: the English pattern, joined with
    the locale's own words (answers_intl) when it has any."""

    safety: re.Pattern[str]
    danger_now: re.Pattern[str]
    safe_answer: re.Pattern[str]
    hedged_safe: re.Pattern[str]
    yes: re.Pattern[str]
    no: re.Pattern[str]
    hedged: re.Pattern[str]
    done: re.Pattern[str]
    bare_yes: re.Pattern[str]
    when_question: re.Pattern[str]
    when_last: re.Pattern[str]
    time_answer: re.Pattern[str]
    act: re.Pattern[str]
    means: re.Pattern[str]
    taking: re.Pattern[str]
    taken_them: re.Pattern[str]
    now_question: re.Pattern[str]
    routine_meds: re.Pattern[str]
    risky_amount: re.Pattern[str]
    routine_answer: re.Pattern[str]
    act_done: re.Pattern[str]
    risk_question: re.Pattern[str]
    now: re.Pattern[str]
    harm: re.Pattern[str]
    life: re.Pattern[str]
    # rules-1.13 (ctxintl): after_risk's readings of the conversation, per locale.
    open_question: re.Pattern[str]
    means_or_how: re.Pattern[str]
    how_bad: re.Pattern[str]
    plan_word: re.Pattern[str]
    settled: re.Pattern[str]
    everyday_reason: re.Pattern[str]
    local: bool = False


def _english() -> dict[str, re.Pattern[str]]:
    lex = patterns.lexicon()
    return {
        "safety": _SAFETY_QUESTION,
        "danger_now": _DANGER_NOW,
        "safe_answer": _SAFE_ANSWER,
        "hedged_safe": _HEDGED_SAFE,
        "yes": lex.answer_yes,
        "no": lex.answer_no,
        "hedged": _HEDGED,
        "done": _DONE_ANSWER,
        "bare_yes": _BARE_YES,
        "when_question": _WHEN_QUESTION,
        "when_last": _WHEN_LAST_QUESTION,
        "time_answer": _TIME_ANSWER,
        "act": _ACT_QUESTION,
        "means": _MEANS_QUESTION,
        "taking": _TAKING,
        "taken_them": _TAKEN_THEM,
        "now_question": _NOW_QUESTION,
        "routine_meds": _ROUTINE_MEDS,
        "risky_amount": _RISKY_AMOUNT,
        "routine_answer": _ROUTINE_ANSWER,
        "act_done": _ACT_DONE_QUESTION,
        "risk_question": _RISK_QUESTION,
        "now": _NOW,
        "harm": _HARM,
        "life": _LIFE_QUESTION,
        "open_question": _OPEN_QUESTION,
        "means_or_how": _MEANS_OR_HOW,
        "how_bad": _HOW_BAD,
        "plan_word": _PLAN_WORD,
        "settled": _SETTLED,
        "everyday_reason": _EVERYDAY_REASON,
    }


@lru_cache(maxsize=16)
def _shapes(locale: str | None) -> _Shapes:
    """English alone for "en", no locale or one without words of its own; otherwise English
    or the locale's words (a Spanish chat still quotes "ok", a clinician may ask in English)."""
    base = (locale or "en").split("-")[0].split("_")[0].lower()
    local = answers_intl.WORDS.get(base, {})
    replaces = answers_intl.REPLACES.get(base, frozenset())
    joined = {
        name: re.compile(local[name] if name in replaces else f"(?:{p.pattern})|(?:{local[name]})")
        if name in local
        else p
        for name, p in _english().items()
    }
    return _Shapes(**joined, local=bool(local))


def _done(answer: str, s: _Shapes | None = None) -> bool:
    """Every part of the answer says it is already done ("already did. took them")."""
    s = s or _shapes(None)
    parts = [p for p in _PARTS.split(answer) if p.strip()]
    parts = [p for p in parts if not s.bare_yes.fullmatch(p.strip())]
    return bool(parts) and all(s.done.search(p) for p in parts)


# rules-1.15 (ctx): "doesn't matter, already took them": done, beside giving up on help.
_RESIGNED_PART = re.compile(
    r"^\W*(?:(?:it )?(?:does not|doesnt|doesn t|dont|don t|do not) matter(?: now| anymore)?|"
    r"(?:it is |its )?too late(?: now)?|sorry|no one|nobody|no|whatever|(?:it is |its )?pointless)"
    r"\W*$"
)


def _done_resigned(answer: str, s: _Shapes) -> bool:
    """rules-1.15 (ctx): a part says it is done and every other part gives up on help."""
    parts = [p for p in _PARTS.split(answer) if p.strip()]
    done = [p for p in parts if _done(p, s)]
    return bool(done) and all(p in done or _RESIGNED_PART.search(p) for p in parts)


def _affirmed_question(
    question: str, risk_before: bool | None = None, s: _Shapes | None = None
) -> tuple[RiskLevel, tuple[str, ...], str]:
    """Level and categories a 'yes' would mean (see _question_level), raised for a question
    about an act already done or about wanting to act right now."""
    s = s or _shapes(None)
    level, cats, reason = _question_level(question, risk_before, s)
    asked = normalize(question).text
    if s.act_done.search(asked):
        cats = cats or ("self_harm",)
        return _at_least_high(level), cats, "affirms an act already done"
    if level is RiskLevel.MODERATE and s.now.search(asked) and s.harm.search(asked):
        return RiskLevel.HIGH, cats, f"{reason}, now"
    if (
        level.rank < RiskLevel.HIGH.rank
        and s.life.search(asked)
        and _TO_READER.search(asked)
        and _THINKING.search(asked)
    ):
        return RiskLevel.HIGH, ("suicidal_ideation",), "thoughts of ending their life"
    return level, cats, reason


def _at_least_high(level: RiskLevel) -> RiskLevel:
    return level if level.rank >= RiskLevel.HIGH.rank else RiskLevel.HIGH


def _question_level(
    question: str, risk_before: bool | None = None, s: _Shapes | None = None
) -> tuple[RiskLevel, tuple[str, ...], str]:
    """Level and categories a 'yes' would mean, by screening the question as a statement.

    risk_before: did risk come up before the question (None: the question came alone)."""
    s = s or _shapes(None)
    norm = normalize(question)
    text = norm.text.rstrip(" ?")
    for pattern, repl in _YOU_TO_I:
        text = re.sub(pattern, repl, text)
    hits = [h for h in patterns.find_hits(normalize(text)) if h.about in ("self", "fiction")]
    if hits:
        best = max(hits, key=lambda h: h.level.rank)
        return best.level, tuple(best.rule.categories), best.reason
    if _DANGER_QUESTION.search(text):
        return RiskLevel.HIGH, ("abuse_or_violence",), "in danger from someone"
    # rules-1.12: "do you have a knife for the bread?" -- "yes" was high. A means question
    # naming an everyday purpose counts only after risk or with harm as its purpose; after an
    # ordinary conversation, a knife, a note, a letter, a date or a plan needs one of those
    # too (pills, a rope, a method or "taken anything" are asked only about risk).
    means = s.means.search(text) and (
        risk_before
        or _HARM_PURPOSE.search(text)
        or (
            not _EVERYDAY_PURPOSE.search(text)
            and (risk_before is None or _CLINICAL_MEANS.search(text))
        )
    )
    if means or (risk_before and s.taken_them.search(text)):
        if (
            s.routine_meds.search(text)
            and not s.risky_amount.search(text)
            and not RISK_WORDS.search(text)
        ):
            return RiskLevel.NONE, (), ""
        # "Do you have the pills with you?" is asked only once risk has come up.
        if s.now_question.search(text):
            return RiskLevel.IMMINENT, ("suicidal_ideation",), "means at hand"
        return RiskLevel.HIGH, ("suicidal_ideation",), "plan or means"
    if risk_before is not False and _PREPARATION_QUESTION.search(text):
        level = RiskLevel.HIGH if re.search(r"\bever\b", text) else RiskLevel.IMMINENT
        return level, ("suicidal_ideation",), "preparations made"
    if risk_before is not False and s.act.search(text):
        return RiskLevel.HIGH, ("suicidal_ideation",), "intent to act"
    if s.risk_question.search(text):
        return RiskLevel.MODERATE, ("suicidal_ideation",), "risk question"
    return RiskLevel.NONE, (), ""


def _earlier_level(
    prev: list[str], questions: bool = True, s: _Shapes | None = None
) -> tuple[RiskLevel, tuple[str, ...], str]:
    """The highest risk before the question: the patterns' hits about the writer or asked of
    them (a hit not about the writer carries its rule's level, patterns.find_hits) and, with
    `questions`, what a "yes" to an earlier question would mean -- what "these thoughts" in
    the question refers to."""
    best: tuple[RiskLevel, tuple[str, ...], str] = (RiskLevel.NONE, (), "")
    for full in prev[:-1]:
        item = _of_writer(full)  # rules-1.15 (ctx)
        if item is None:
            continue
        for h in _earlier_hits(item):
            if h.about in ("self", "reader") and h.level.rank > best[0].rank:
                best = (h.level, tuple(h.rule.categories), h.reason)
        if questions and "?" in item:
            asked = _question_level(item, s=s)
            if asked[0].rank > best[0].rank:
                best = asked
    return best


def _risk_before(prev: list[str]) -> bool | None:
    """Did the conversation before the question show risk? None when the question came alone."""
    if len(prev) < 2:
        return None
    return _earlier_level(prev, questions=False)[0].rank >= RiskLevel.MODERATE.rank


_Reading = tuple[RiskLevel | None, tuple[str, ...], str, RiskLevel | None]


def _safety_answer(answer: str, qtext: str, s: _Shapes) -> _Reading | None:
    """An answer to "are you safe right now?": a "no" or "already did" is a crisis, a "yes"
    is not; "are you in danger?" is the other way round."""
    denied = bool(s.no.search(answer))
    if _done(answer, s):
        why = "answers a safety question: already done, an attempt under way"
        return RiskLevel.IMMINENT, ("suicidal_ideation",), why, None
    if s.safe_answer.search(answer) and not s.hedged_safe.search(answer):
        return None, (), "", RiskLevel.LOW
    if _UNSURE_SAFE.search(answer):
        why = "answers a safety question: not sure they are safe"
        return RiskLevel.HIGH, ("suicidal_ideation",), why, None
    if s.danger_now.search(qtext):
        if s.yes.search(answer) and not denied:
            why = "answers that they are in danger"
            return RiskLevel.HIGH, ("suicidal_ideation",), why, None
        return (None, (), "", RiskLevel.LOW) if denied and not s.hedged.search(answer) else None
    if denied:
        return RiskLevel.HIGH, ("suicidal_ideation",), "answers a safety question: not safe", None
    return None


def read_answer(
    text: str, context: Sequence[Any] | None, locale: str | None = None
) -> _Reading | None:
    """A short answer read with the question just before it.

    Returns (level the answer means or None, categories, reason, classifier cap or None):
    "yes" to "are you thinking of ending your life?" is high; "tonight" to "when are you
    planning to do it?" and "I've already taken them" to "have you taken any pills?" are
    imminent; "no" to a risk question, or any short answer to an everyday question ("did you
    take your meds this morning?" -- "yes, already taken them"), lets the classifiers say at
    most low: the words of an answer carry no risk of their own. `locale` adds that
    language's question shapes and answer words (answers_intl) to the English ones."""
    prev = context_texts(context)
    if not prev:
        return None
    s = _shapes(locale)
    answer = normalize(text, locale=locale).text.strip()  # rules-1.14 (deim): German "im"
    same = _same_as_them(answer, prev) if _third_party_reply(prev[-1]) else None
    if same is not None:
        # rules-1.15 (ctx): "honestly same" after the guidance for someone worried about a
        # friend who wants to die: the writer's own risk, as the friend's.
        why = "says the other person's risk is theirs too"
        return same, ("suicidal_ideation",), why, None
    if len(answer.split()) <= 12 and _third_party_last(prev, s) and _about_them(answer):
        # rules-1.15 (ctx): "yeah", "idk", "on my way to hers" after the guidance for someone
        # worried about another person answer about that person.
        return None, (), "", RiskLevel.LOW
    # rules-1.14 (conv): not the crisis-line list; rules-1.15 (ctx): of an everyday reply of
    # the companion's, only its question.
    question = _of_writer(prev[-1]) or _asked(prev[-1])
    named_risk = False
    last = re.split(r"(?<=[.!?])\s+", question.strip())
    if len(last) > 1 and _CHECKIN_ONLY.match(normalize(last[-1]).text):
        # rules-1.12 (ctx): "... about wanting to end your life. How are you doing today?"
        # asks how they are, not whether they want to: the risk named is what came before.
        question = last[-1]
        preamble = " ".join(last[:-1])
        prev = [*prev[:-1], preamble, question]
        named_risk = _question_level(preamble)[0].rank >= RiskLevel.MODERATE.rank
    if "?" not in question or len(answer.split()) > 12:
        return None
    qtext = normalize(question, locale=locale).text
    if _ARRIVAL.search(answer):
        # rules-1.15 (ctx): a time or an arrival. Of the person who hurts them, asked where he
        # is or whether they are safe, it is danger coming; to who will be with them, help.
        he = _HE_COMES.search(answer)
        if (
            he
            and (
                _WHERE_IS_HE.search(qtext)
                or s.safety.search(qtext)
                or (_WHO_COMES.search(qtext) and he.group(1))
            )
            and _hurt_before(prev, *_CTX_OTHERS["abuse"])
        ):
            why = "the person who hurts them is coming"
            return RiskLevel.HIGH, ("abuse_or_violence",), why, None
        if _who_comes(question, prev):
            return None, (), "", RiskLevel.LOW
    if (
        _NOT_UNTIL_LATER.search(answer)
        and (
            _who_comes(question, prev)
            # rules-1.16 (ans): "are you safe right now?" -- "not till tomorrow": not safe
            # until then (not "are you in danger?", where it puts the danger off).
            or (s.safety.search(qtext) and not s.danger_now.search(qtext))
        )
        and (_crisis_reply(prev[-1], open_only=True) or _danger_before(prev, s))
    ):
        # rules-1.15 (ctx): "not till tomorrow" to who could be with them: no one now.
        why = "answers that no one can be with them until later, in a crisis conversation"
        if not _who_comes(question, prev):
            why = "answers that they are not safe until later, in a crisis conversation"
        if _imminent_before(prev, (locale or "en").split("-")[0].split("_")[0].lower()):
            # rules-1.16 (ans): alone, or not safe, until after the time the writer gave for
            # it ("i'm going to do it tonight" -- "not till tomorrow"): it stays imminent, as
            # "nobody, everyone's asleep" does (after_risk). It puts off safety, not the act.
            return RiskLevel.IMMINENT, ("suicidal_ideation",), f"{why}, after a plan for now", None
        return RiskLevel.HIGH, ("suicidal_ideation",), why, None
    if (
        _ON_MY_WAY.search(answer)
        and not _who_comes(question, prev)
        and (_crisis_reply(prev[-1], open_only=True) or _danger_before(prev, s))
        and any(_GOING_PLACE.search(normalize(_asked(m)).text) for m in prev[:-1])
    ):
        # rules-1.15 (ctx): "on my way" after "i'm going to the bridge tonight".
        why = "on the way to the place named, after talk of risk"
        return RiskLevel.IMMINENT, ("suicidal_ideation",), why, None
    if s.safety.search(qtext):
        return _safety_answer(answer, qtext, s)
    denied = bool(s.no.search(answer))
    done = _done(answer, s)
    hedged = bool(s.hedged.search(answer))
    risk_before = True if named_risk else _risk_before(prev)
    level, cats, reason = _affirmed_question(question, risk_before, s)
    act = bool(s.act.search(qtext)) or bool(s.means.search(qtext))
    if (risk_before is not False and _TIMING_QUESTION.search(qtext)) or _ACT_ON_THOUGHTS.search(
        qtext
    ):
        act = True
        risk_before = True
    # "When did you last take your medication?" -- "this morning" is not a plan.
    timed = bool(s.time_answer.search(answer)) and not s.when_last.search(qtext)
    if (
        (s.when_question.search(qtext) or _TIMING_QUESTION.search(qtext))
        and timed
        and ((act and risk_before is not False) or risk_before is True)
    ):
        # "When?" after talk of suicide, answered with a time: a timeline.
        return RiskLevel.IMMINENT, cats or ("suicidal_ideation",), "answers when: a timeline", None
    if (
        s.local
        and act
        and timed
        and level.rank >= RiskLevel.HIGH.rank
        # Not "¿tienes un plan para el sábado?": a plan for ending one's life.
        and (risk_before or s.life.search(qtext) or s.risk_question.search(qtext))
    ):
        # "¿Tienes un plan?" -- "sí, esta noche": a plan with its time.
        why = "answers a plan or means question with a time: a timeline"
        return RiskLevel.IMMINENT, cats or ("suicidal_ideation",), why, None
    if _WHEN_LAST_QUESTION.search(qtext) or _YES_NO_QUESTION.search(qtext):
        if level is RiskLevel.NONE and _BACK_REFERENCE.search(qtext):
            level, cats, reason = _earlier_level(prev, s=s)
        kind = _when_answer(answer)
        if kind == "long ago" and level.rank >= RiskLevel.MODERATE.rank:
            why = f"answers when: long ago, history of {reason}"
            return RiskLevel.MODERATE, cats, why, RiskLevel.MODERATE
        if kind is not None and level.rank >= RiskLevel.MODERATE.rank:
            return (
                level,
                cats,
                f"answers {'how often' if kind == 'count' else 'when'}: {reason}",
                None,
            )
    if (done or _done_resigned(answer, s)) and (
        level is RiskLevel.NONE and _crisis_reply(prev[-1], open_only=True)
    ):
        # rules-1.14 (conv): "i already took them" to "Is there someone near you who could be
        # with you?": the companion asks it only in crisis mode, so it is an attempt.
        why = "answers that it is already done, in a crisis conversation"
        return RiskLevel.IMMINENT, ("suicidal_ideation",), why, None
    if level is RiskLevel.NONE:
        # An everyday question: a bare answer to it ("yes", "already did", "tonight") is
        # everyday too. Anything more is read on its own words.
        first = _PARTS.split(answer, maxsplit=1)[0]
        bare = (
            denied
            or s.yes.search(answer)
            or done
            or _done(first, s)
            or s.time_answer.search(answer)
        )
        if bare and not hedged and len(answer.split()) <= 8:
            return None, (), "", RiskLevel.LOW
        return None
    if denied:
        # "no" to a risk question -- unless it goes on ("no, but ...", "not lately").
        return (None, (), "", RiskLevel.LOW) if not hedged else None
    routine = s.routine_answer.search(answer) and not (
        s.risky_amount.search(answer) or _MORE_THAN_ROUTINE.search(answer)
    )
    # rules-1.14 (conv): "every day" to a question about thoughts is how often, not a dose.
    # (The question itself: "It took courage." before it asks nothing about taking.)
    asked = normalize(_the_question(question)).text
    routine = routine and bool(s.taking.search(asked) or _MEDS_ASKED.search(asked))
    if routine and (done or s.yes.search(answer) or s.taking.search(answer)):
        # "Took them with breakfast as normal" to "have you taken anything today?".
        return None, (), "", RiskLevel.LOW
    if done:
        if act or s.taking.search(qtext):
            return (
                RiskLevel.IMMINENT,
                cats or ("suicidal_ideation",),
                "answers that it is already done: an attempt under way",
                None,
            )
        at_least_high = level if level.rank >= RiskLevel.HIGH.rank else RiskLevel.HIGH
        return at_least_high, cats, f"answers that it is already done: {reason}", None
    if s.safe_answer.search(answer) and not s.hedged_safe.search(answer):
        # rules-1.14 (conv): "i'm ok now" to "are you thinking about suicide right now?" is
        # not the "i am" of a yes.
        return None, (), "", RiskLevel.LOW
    if s.yes.search(answer) or _STILL_YES.search(answer):
        if risk_before and s.taken_them.search(qtext) and level.rank >= RiskLevel.HIGH.rank:
            # "Have you taken them?" after talk of pills kept for it: "yes" is the act done.
            why = "affirms having taken them: an attempt under way"
            return RiskLevel.IMMINENT, cats or ("suicidal_ideation",), why, None
        return level, cats, f"affirms question: {reason}", None
    return None


def context_risk(prev: list[str]) -> bool:
    """Any earlier message with risk for the writer, or a safety question asked of them."""
    for item in prev:
        if _SAFETY_QUESTION.search(normalize(item).text):
            return True
        for h in _earlier_hits(item):
            if h.about == "self" and h.level.rank >= RiskLevel.MODERATE.rank:
                return True
            if h.about == "reader" and h.rule.level.rank >= RiskLevel.MODERATE.rank:
                return True
    return False


def signoff(text: str, context: Sequence[Any] | None) -> tuple[RiskLevel | None, RiskLevel | None]:
    """(level, classifier cap) for a sign-off such as "thanks for everything, bye".

    After risk talk it is a goodbye message (imminent). After an ordinary conversation it is
    the end of a chat (the classifiers may say at most low). Alone, with nothing to read it
    by, the classifiers may say at most moderate: a check-in, not a crisis reply, for words
    that carry no finality of their own."""
    if not patterns.plain_signoff(normalize(text).text):
        return None, None
    prev = context_texts(context)
    if not prev:
        return None, RiskLevel.MODERATE
    if context_risk(prev):
        return RiskLevel.IMMINENT, None
    return None, RiskLevel.LOW


# rules-1.12 (ctx): short messages that carry the conversation's risk ("it's too late now",
# "i'm here now", "ok. goodbye"): the patterns' `ctx:` rules (patterns.context_hits), read here.
_CONTEXT_CATS = frozenset({"suicidal_ideation", "self_harm", "method_seeking"})
# Pills or drink before "the bottle's empty" or "i feel so sleepy".
_PILLS_BEFORE = re.compile(
    r"\b(?:pills?|tablets?|meds|medication|medicine|painkillers?|paracetamol|tylenol|ibuprofen|"
    r"aspirin|insulin|antidepressants?|sleeping pills|overdos\w*|od|took|taken|take them|"
    r"swallow\w*|drink|drinking|drank|drunk|bottle|vodka|whisky|whiskey|wine|alcohol|poison|"
    r"bleach|stash|stockpil\w*|saving|saved)\b"
)
# A place, a means or "where are you?" before "i'm here now" or "i'm in the garage".
_PLACE_BEFORE = re.compile(
    r"\bwhere (?:are|r) (?:you|u)\b|\b(?:going|heading|driving|walking|on my way|off|getting) "
    r"(?:to|up|down|out) (?:the|a|my)\b|\b(?:roof|rooftop|bridge|ledge|edge|tracks|train|"
    r"station|platform|cliffs?|car ?park|river|lake|sea|beach|woods|forest|garage|car|exhaust|"
    r"rope|noose|pills|tablets|gun|knife|blade|razor|bath|place|spot)\b"
)
# Open check-ins a short message may answer with its risk ("what's going on?" -- "it's too
# late"): not an everyday question ("did you finish your homework?" -- "it's done").
_OPEN_QUESTION = re.compile(
    r"\b(?:how (?:are|r) (?:you|u)|how are things|how is (?:it|everything) going|how have you "
    r"been|how do you feel|what is (?:going on|happening|wrong|done|too late|it)|whats (?:going "
    r"on|happening|wrong)|what (?:happened|did you do|have you done|do you mean|now|are you "
    r"doing)|mean by that|are you (?:ok|okay|alright|all right|there|still there|with me|home|"
    r"still with me)|talk to me|(?:you|u) there|still there|hello|where (?:are|r) (?:you|u))\b"
)
# "How are you doing today?" closing a clinician's check-in about earlier risk: asked open,
# not yes or no; the risk named before it is what came before the question.
_CHECKIN_ONLY = re.compile(
    r"^\W*(?:and |so )?(?:how (?:are|r) (?:you|u)(?: (?:doing|feeling|getting on|holding up|"
    r"managing|finding things))?|how have you been(?: (?:doing|feeling|getting on))?|how are "
    r"things|how is (?:it|everything) going|how do you feel)(?: (?:today|tonight|now|this "
    r"(?:morning|evening|week)|since(?: then| we (?:last )?(?:spoke|talked))?|at the moment))*"
    r"\W*$"
)
_SETTLED = re.compile(
    r"\b(?:i (?:am|feel) (?:safe|okay|ok|alright|better|calmer) now|the (?:urges?|thoughts?|"
    r"feelings?) (?:has |have )?(?:passed|gone|eased)|i (?:will|am going to) (?:call|ring|text) "
    r"(?:the crisis line|my \w+|someone|988|samaritans|111|999|911)|i called (?:the crisis "
    r"line|my \w+|someone|988|samaritans))\b"
)
# What an ordinary chat says to explain being on a roof or at a bridge ("the gutter's
# blocked, going up the ladder" -- "i'm on the roof").
_EVERYDAY_REASON = re.compile(
    r"\b(?:fix\w*|repair\w*|gutters?|ladder|tiles?|slates?|aerial|antenna|satellite dish|"
    r"solar|chimney|leak\w*|roofer|builders?|rooftop bar|party|bar|drinks|view|sunset|sunrise|"
    r"fireworks|stars|photos?|pictures?|selfies?|barbecue|bbq|picnic|walk\w*|run|running|"
    r"jog\w*|hik\w*|cycl\w*|bike|commute|train|bus|ferry|delayed|late|meet\w*|pick(?:ing)? "
    r"(?:you|me|him|her|them|us) up|dog|tour|trip|holiday|concert|festival|fishing|swim\w*|"
    r"boat|tools?|drill|tidy\w*|clear\w* out|decorat\w*|paint\w*|work|shift|lunch|coffee|"
    r"shopping|sightseeing|wedding|football|cat|kite|drone|ball|frisbee|washing|laundry|"
    r"skylight|loft|builder)\b"
)


@dataclass(frozen=True)
class ContextReading:
    """A short message read with the conversation before it: the level it means (None: as
    its own words say), the classifiers' cap, and a ceiling on the whole message (an
    ordinary chat explains "i'm on the roof")."""

    level: RiskLevel | None
    categories: tuple[str, ...] = ()
    reason: str = ""
    cap: RiskLevel | None = None
    ceiling: RiskLevel | None = None
    # rules-1.15 (ctx): `third_party` when the words answer the companion's guidance about
    # someone else in danger (screen() adds it to the result's flags).
    flags: tuple[str, ...] = ()


def _danger_before(prev: list[str], s: _Shapes | None = None) -> bool:
    """The writer's talk of suicide or self-harm (not in the past) or a safety or risk
    question in the conversation, not settled after it ("i'm safe now, the urge passed")."""
    s = s or _shapes(None)
    last = -1
    for i, full in enumerate(prev):
        of_writer = _of_writer(full)
        if of_writer is None:
            continue  # rules-1.15 (ctx): guidance about someone else
        item = of_writer
        norm = normalize(item)
        if s.safety.search(norm.text):
            last = i
            continue
        for h in _earlier_hits(item):
            level = h.level if h.about == "self" else h.rule.level
            if (
                h.about in ("self", "reader")
                and level.rank >= RiskLevel.MODERATE.rank
                and _CONTEXT_CATS & set(h.rule.categories)
                and "in the past" not in h.reason
                and not (h.about == "self" and _history(item))
            ):
                last = i
        if last != i and "?" in item:
            # rules-1.13 (ctxintl): in the other languages, "¿tienes un plan?" after "my knee
            # hurts" is not a risk question (English keeps its reading of the bare question).
            before = _risk_before(prev[: i + 1]) if s.local else None
            level, cats, _ = _question_level(item, before)
            if level.rank >= RiskLevel.MODERATE.rank and _CONTEXT_CATS & set(cats):
                last = i
    return _unsettled_since(prev, last, s)


def _open_to_it(question: str, s: _Shapes | None = None) -> bool:
    """The last message lets a short message carry the risk before it: a statement, a safety
    or risk question, or an open check-in -- not an everyday question it answers."""
    s = s or _shapes(None)
    if "?" not in question:
        return True
    text = normalize(question).text
    if any(
        q.search(text)
        for q in (
            s.safety,
            s.open_question,
            s.means_or_how,
            s.how_bad,
            _WHERE_IS_HE,
            _ATE,
            _SAFETY_PLAN,
        )
    ):
        return True
    return _question_level(question, s=s)[0].rank >= RiskLevel.MODERATE.rank


# rules-1.13 (ctx5): asked how bad it is or what happened: the wound or the act answers.
_HOW_BAD = re.compile(
    r"\bhow (?:bad|deep|serious|much blood|many|long)\b|\bis it (?:bad|deep|bleeding|still "
    r"bleeding)\b|\bare you (?:hurt|bleeding|injured)\b|\bdo you need (?:stitches|a doctor|"
    r"medical|an ambulance)\b|\bwhat happened\b|\btell me (?:more|what happened)\b"
    # rules-1.13 (ctxsub): how much or what was taken, and what the voices say.
    r"|\bhow much (?:did|have|had) you (?:take|taken|had|drink|drunk|swallow\w*)\b|\bwhat "
    r"(?:did|have) you (?:take|taken|swallow\w*|had|drink|drunk)\b|\bwhen did you (?:take|"
    r"swallow) (?:them|it|those|these)\b|\bwhat (?:else )?(?:is|are|does|do) (?:it|they|he|she|"
    r"the voices?|the voice) (?:\w+ )?(?:telling|saying|say|tell|want\w*|ordering)\b|\b(?:have|"
    r"did) you (?:taken|had|swallowed|take|swallow) (?:any|some|them|it|anything|more)\b|"
    r"^\W*(?:when|how many|how much)\W*$|\bwhat (?:are|will) you (?:going to )?do\b"
)
# rules-1.13 (ctx6): asked where the person who hurts them is, or when they are back.
_WHERE_IS_HE = re.compile(
    r"\bwhere (?:is|are) (?:he|she|they|him|her|them)\b|\b(?:is|are) (?:he|she|they) (?:still )?"
    r"(?:there|home|in the house|with you|nearby|around|back)\b|\bwhen (?:is|are|will) (?:he|she|"
    r"they) (?:be )?(?:back|home|coming)\b"
)
# rules-1.13 (ctx7): asked what or when they last ate.
_ATE = re.compile(
    r"\b(?:how much|what) (?:have you|did you) (?:eaten|eat|had)\b|\bwhen did you (?:last )?"
    r"(?:eat|have (?:a )?(?:meal|something))\b|\bhave you (?:eaten|had anything to eat|had a "
    r"meal)\b"
)
_PLAN_WORD = re.compile(r"\bplan(?:s|ned|ning)?\b")
# rules-1.13 (ctx4): a question after the writer's risk about what they would use or how
# ("Do you have anything at home you could use?"): a method or means answers it.
_MEANS_OR_HOW = re.compile(
    r"\b(?:anything|something|what) (?:at home |in the house |around you |nearby )?(?:that )?"
    r"(?:you could|you would|you might|you can|you d|to) use\b|\baccess to (?:anything|any|"
    r"something|a |the |pills|medication|weapons?|a gun|firearms?)|\bhow (?:would|will|might|do) "
    r"you (?:do it|plan|think)|\bthought about how\b|\bhow you (?:would|will|might|plan)\b|"
    r"\bwhat would you use\b"
)


def _unsettled_since(prev: list[str], last: int, s: _Shapes | None = None) -> bool:
    """Risk at prev[last] (-1: none) that no later message settles ("i called my sister")."""
    settled = (s or _shapes(None)).settled
    return last >= 0 and not any(settled.search(normalize(m).text) for m in prev[last + 1 :])


def _attempt_before(prev: list[str], s: _Shapes | None = None) -> bool:
    """rules-1.13 (ctx3): the writer's own imminent risk earlier (an attempt under way, a plan
    for tonight, means at hand), not settled after it ("i called my sister")."""
    last = -1
    for i, item in enumerate(prev):
        if any(h.about == "self" and h.level is RiskLevel.IMMINENT for h in _earlier_hits(item)):
            last = i
    return _unsettled_since(prev, last, s)


@lru_cache(maxsize=512)
def _history(item: str) -> bool:
    """An earlier message told as history ("i used to self harm years ago"), with no relapse
    cue: a moderate hit carries no "in the past" note (the temper lowers only high and up)."""
    en = patterns.lexicon().languages["en"]
    past = en.temper.get("past")
    text = normalize(item).text
    return past is not None and bool(past.search(text)) and not patterns.relapsed(en, text)


def _self_harm_before(prev: list[str], s: _Shapes | None = None) -> bool:
    """rules-1.13 (ctx5): the writer's own self-harm, now, earlier in the conversation ("i cut
    myself again tonight"), not in the past and not settled after it."""
    last = -1
    for i, item in enumerate(prev):
        if _history(item):
            continue  # "i used to self harm years ago": history, not tonight
        for h in _earlier_hits(item):
            if (
                h.about == "self"
                and "self_harm" in h.rule.categories
                and h.level.rank >= RiskLevel.MODERATE.rank
                and "in the past" not in h.reason
            ):
                last = i
    return _unsettled_since(prev, last, s)


# rules-1.13 (ctx2): "do it" in a question whose risk is only that pronoun.
_DO_IT = re.compile(
    r"\b(?:(?:do|doing|done|did|act on|go through with) (?:it|that|this)|(?:taken|take|took|"
    r"had|tried) (?:anything|something) for (?:it|that|this))\b"
)


def _everyday_it(prev: list[str]) -> bool:
    """The last question's risk is only "it", and what came before names no risk: "i need to
    repaint the kitchen" -- "When are you planning to do it?" asks about the kitchen, and "i
    think i've got the flu" -- "Have you taken anything for it?" about the flu."""
    question = normalize(prev[-1]).text
    return (
        "?" in question
        and bool(_DO_IT.search(question))
        and not _SAFETY_QUESTION.search(question)
        and not _LIFE_QUESTION.search(question)
        and _risk_before(prev) is False
    )


# rules-1.13 (danger): a grievance against someone, or being hurt by someone, earlier in the
# conversation: "i know where he parks" then leaks intent, "he's outside" is danger now.
_GRIEVANCE_BEFORE = re.compile(
    r"\bi (?:really |so |fucking |just )?(?:hate|despise) (?:him|her|them|my \w+)\b|\b(?:he|she|"
    r"they|my \w+) (?:\w+ ){0,3}?(?:ruined|destroyed|wrecked) (?:my|everything)\b|\b(?:humiliated|"
    r"mocked|mocking|bullied|bullying|betrayed|cheated on|fired|sacked|assaulted|attacked|raped|"
    r"abused|hurt|beat up|shoved|punched|robbed|lied about|reported|framed|threatened|laughed at|"
    r"disrespected|stabbed me in the back|evicting|evicted) (?:me|my|us)\b|\b(?:he|she|they) "
    r"(?:is|are) (?:laughing|mocking|bragging) (?:about it|at me)\b|\bdid this to (?:me|us|my)\b|"
    r"\b(?:the police|nobody|no one) did nothing\b|\bgot away with it\b|\bi want revenge\b"
)
_ABUSE_BEFORE = re.compile(
    r"\b(?:hits|hit|beats|beat|hurts|hurt|chokes|choked|strangled|kicked|punched|slapped|"
    r"threatened|threatens) (?:me|us)\b|\b(?:scared|afraid|terrified|frightened) of (?:him|her|"
    r"my (?:ex|husband|partner|boyfriend|girlfriend|dad|stepdad|wife))\b|\b(?:restraining|"
    r"non molestation|protection) order\b|\b(?:abusive|violent) (?:ex|husband|partner|boyfriend|"
    r"relationship|dad|stepdad)\b"
)


def _hurt_before(prev: list[str], cat: str, cue: re.Pattern[str]) -> bool:
    """An earlier message with a pattern hit of the category (not negated, not fiction) or
    the cue (a grievance, being hurt)."""
    for item in prev:
        if cue.search(normalize(item).text):
            return True
        for h in _earlier_hits(item):
            if (
                h.about not in ("none", "fiction")
                and cat in h.rule.categories
                and h.level.rank >= RiskLevel.MODERATE.rank
            ):
                return True
    return False


# rules-1.13 (ctx7): restricting, purging or bingeing talked of before "how much have you
# eaten?" -- "nothing for 4 days".
_EATING_BEFORE = re.compile(
    r"\b(?:restrict\w*|purg\w*|binge\w*|starv\w*|not eating|stopped eating|skipping meals|"
    r"(?:feel|am|look) (?:so |really |too )?fat|counting calories|anorexi\w*|bulimi\w*|"
    r"eating disorder)\b"
)
# rules-1.13 (ctxsub): pills taken in a way that is an overdose, without words of suicide: with
# drink, a handful, all at once, "to make it stop" ("i've had a whole bottle of vodka and
# some of my pills"). "How much did you take?" -- "all of them i think" is then an attempt.
_TOOK = r"(?:took|taken|take|taking|swallowed|swallowing|necked|necking|downed|had|popped|popping)"
_PILLS = (
    r"(?:pills|tablets|meds|medication|painkillers|paracetamol|ibuprofen|co[ -]?codamol|codeine|"
    r"sleeping pills|antidepressants|sertraline|citalopram|fluoxetine|mirtazapine|zopiclone|"
    r"diazepam|valium|xanax|benzos|tramadol|insulin|quetiapine|lithium)"
)
_DRINK = r"(?:vodka|wine|whisky|whiskey|gin|rum|beer|cider|booze|alcohol|drinking|drank|drunk)"
# ... not a glass of wine with the evening tablets.
_SMALL = r"(?:a |one |small |half a )(?:glass|sip) of "
_OVERDOSE_BEFORE = re.compile(
    rf"\bi (?:have |just |already )*(?:overdosed|taken an overdose|had an overdose|od(?:ed|d)?)\b|"
    rf"\b{_TOOK} (?:\w+ ){{0,2}}?(?:a load of|loads of|lots of|a lot of|a bunch of|a handful of|"
    rf"handfuls of|too many|way too many|all (?:of )?(?:my|the|them)|the whole|a whole|every) "
    rf"(?:\w+ ){{0,2}}{_PILLS}\b|"
    rf"\b{_PILLS}\b(?![^.?!]{{0,60}}\b{_SMALL})[^.?!]{{0,60}}\b{_DRINK}\b|"
    rf"(?<!glass of )(?<!sip of )\b{_DRINK}\b[^.?!]{{0,60}}\b{_PILLS}\b|"
    rf"\b{_TOOK} (?:\w+ ){{0,3}}{_PILLS} (?:all )?at once\b|"
    rf"\b{_PILLS}\b[^.?!]{{0,60}}\b(?:want (?:it|everything|it all) to (?:stop|end)|(?:make|"
    rf"making) (?:it|everything) stop|(?:never|not) wake up|i (?:feel|am feeling) (?:weird|sick|"
    rf"dizzy|sleepy|strange|funny))\b"
)
_PILLS_TAKEN = re.compile(
    rf"\b(?:{_PILLS}|pills?|tablets?|overdos\w*|took|taken|swallow\w*|necked|popped)\b"
)


def _pills_taken_before(before: str) -> bool:
    """rules-1.13 (ctxsub): pills or taking them named before, after talk of suicide: "how
    much did you take?" -- "all of them" is an overdose; drink alone ("i've been drinking and
    i want to die" -- "how much have you had?" -- "loads") is not."""
    return bool(_PILLS_TAKEN.search(before))


# rules-1.13 (ctxsub): hearing voices, or being watched and followed, earlier: "What is it
# telling you?" -- "to jump" is a command hallucination, "Are you safe?" -- "not if they get
# in" danger as the writer lives it. A voice actor, a narrator or a sat nav is not this.
_VOICES_BEFORE = re.compile(
    r"\bhear(?:ing|d)? (?:the |a |that |his |her |their |these |those |them )?(?:\w+ )?"
    r"(?:again )?(?:\w+ )?voices?\b(?! (?:note|notes|message|messages|mail|memo|actors?|over|"
    r"acting|assistant|command|search|chat|call|calls|clip)\b)(?![^.?!]{0,30}\b(?:outside|"
    r"downstairs|upstairs|next door|in the (?:hall\w*|street|corridor|garden|next room|other "
    r"room|kitchen|lobby|stairwell)|through the (?:door|window|floor|ceiling|walls?)|on the "
    r"(?:radio|tv|telly|phone|podcast|stairs)|from (?:the|next)\b|of (?:the|my) (?:kids|neighbou?"
    r"rs|family|friends))\b)|\bvoices? in my head\b|\bthe voices? (?:is |are )?(?:back|again|in my"
    r" head|keeps?|won t|will not|tells?|told|telling|says?|said|saying|came back|come back|"
    r"started|starting|get(?:ting)? louder|louder|want\w*)\b|\bthe voices\W*$|\bvoices (?:keep|"
    r"are|have been) (?:telling|saying|talking)|\b(?:they are|they re|someone is|"
    r"somebody is|people are|he is|she is) (?:\w+ )?(?:watching|following|spying on|listening "
    r"to|recording|tracking|poisoning|after|out to get) me\b|\bcameras? in my (?:flat|house|room|"
    r"walls|home)\b|\bme through the (?:walls|vents|tv|telly)\b|\b(?:a )?chip in my (?:head|"
    r"brain|arm|neck)\b|\bwant me dead\b|\bpumping gas\b"
)

# rules-1.16 (fix): the writer's own "took mine" (patterns.yaml en.r16fix.took_mine).
_TOOK_MINE = frozenset({"en.r16fix.took_mine"})
# rules-1.16 (fix): no one there, or the step of having someone with them refused.
_NO_ONE_THERE = frozenset(
    {"en.r14conv.no_one_there", "en.ctx8.refused", "en.ctx8.refused_no", "en.r14conv.plan_refused"}
    # rules-1.16 (ans): the same in es, fr, de, pt and it ("nadie, están todos dormidos").
    | {
        f"{code}.r16ans.{rule}"
        for code in ("es", "fr", "de", "pt", "it")
        for rule in ("no_one_there", "no_one")
    }
)


def _imminent_before(prev: list[str], locale: str) -> bool:
    """rules-1.16 (fix): one of the writer's own earlier messages, read with the conversation
    before it, is imminent, and nothing settled it since ("i'm safe now, the urge passed").
    Not the companion's replies (its crisis-line list names acts)."""
    from mindline.risk.screen import screen  # screen imports this module

    found = False
    for i, message in enumerate(prev[:-1]):
        text = normalize(message).text
        if _RESOURCE_LINE.search(message) or _crisis_reply(message) or _of_writer(message) is None:
            continue
        if found and _SETTLED.search(text):
            found = False
        elif not found and screen(message, locale, context=prev[:i]).level is RiskLevel.IMMINENT:
            found = True
    return found


_CTX_OTHERS = {
    "grievance": ("harm_to_others", _GRIEVANCE_BEFORE),
    "abuse": ("abuse_or_violence", _ABUSE_BEFORE),
    # rules-1.13 (ctxsub): no rule carries "overdose": the cue alone counts.
    "overdose": ("overdose", _OVERDOSE_BEFORE),
    "voices": ("psychosis", _VOICES_BEFORE),
    "eating": ("eating_disorder", _EATING_BEFORE),
}


# rules-1.23: "honestly no", "probably not", "i don't think so" are "not safe" to a safety
# question and the safe answer to "are you having thoughts of ending your life?" (they read
# high after it). Only the bare no: "not safe", "not ok" keep their reading.
_SAFE_WORDS = re.compile(r"\b(?:safe|ok|okay|alright|all right|fine)\b")


def _no_to_thoughts(best: patterns.Hit, answer: str, asked: str, s: _Shapes) -> bool:
    """A bare no matched as "not safe", answering a question about suicidal thoughts that is
    not also a safety question."""
    return (
        best.rule.id.endswith(".not_safe")
        and not _SAFE_WORDS.search(answer)
        and bool(_LIFE_QUESTION.search(asked) or s.risk_question.search(asked))
        and not s.safety.search(asked)
    )


def after_risk(
    text: str, context: Sequence[Any] | None, locale: str | None = "en"
) -> ContextReading | None:
    """rules-1.12 (ctx): a short message the patterns' `ctx:` rules match, read with the
    conversation before it. After the writer's talk of suicide or self-harm, or a safety
    question, it carries that risk ("it's too late now" is an attempt under way, "ok.
    goodbye" a goodbye, "i've made up my mind" a decision); after an ordinary chat it is
    ordinary (the classifiers may say at most low, and a roof or bridge the chat explains
    stays low). Alone it is read on its own words. rules-1.13 (ctxintl): `locale` adds that
    language's `ctx:` rules and conversation words (answers_intl) to the English ones."""
    prev = context_texts(context)
    if not prev:
        return None  # alone, or a batch line: nothing to read with
    norm = normalize(text, locale=locale).text.strip()  # rules-1.14 (deim): German "im"
    if len(norm.split()) > 16:
        return None
    base = (locale or "en").split("-")[0].split("_")[0].lower()
    s = _shapes(base)
    codes = ("en", base) if base != "en" and base in patterns.LANGUAGES else ("en",)
    hits = patterns.context_hits(norm, codes)
    if not hits:
        return None
    if _third_party_reply(prev[-1]) and any(h.rule.id in _TOOK_MINE for h in hits):
        # rules-1.16 (fix): "i already took mine" after the guidance for someone worried about
        # another person: the writer took theirs too (urgent guidance: an act under way).
        urgent = bool(_URGENT_GUIDANCE.search(normalize(prev[-1]).text))
        level = RiskLevel.IMMINENT if urgent else RiskLevel.HIGH
        why = "took theirs too (after talk of someone else's danger)"
        return ContextReading(level, ("suicidal_ideation",), why)
    if _third_party_last(prev, s) and _about_them(norm):
        # rules-1.15 (ctx): "it's too late", "10 mins", "she already did" after the guidance
        # for someone worried about another person: that person's danger, not the writer's.
        urgent = bool(_URGENT_GUIDANCE.search(normalize(prev[-1]).text))
        flags = ("third_party", "third_party_urgent") if urgent else ("third_party",)
        return ContextReading(None, cap=RiskLevel.LOW, flags=flags)
    if _who_comes(prev[-1], prev):
        # rules-1.15 (ctx): "10 mins" to "Is there someone near you who could be with you?"
        # says when help comes, not a time for it.
        hits = [h for h in hits if not h.rule.id.endswith(_TIME_RULES)]
        if not hits:
            return ContextReading(None, cap=RiskLevel.LOW)
    # rules-1.13 (danger): leakage after a grievance, danger now after talk of being hurt.
    others = [h for h in hits if h.rule.ctx in _CTX_OTHERS]
    if others and _open_to_it(prev[-1], s):
        found = [
            h
            for h in others
            if _hurt_before(prev, *_CTX_OTHERS[h.rule.ctx])
            or _companion_opened(prev[-1], h.rule.ctx)  # rules-1.14 (conv)
        ]
        if found:
            best = max(found, key=lambda h: h.level.rank)
            return ContextReading(best.level, best.rule.categories, best.reason)
    # rules-1.14 (conv): the companion's own crisis reply last shows risk came up, and any
    # short message may answer it.
    crisis = _crisis_reply(prev[-1])
    if (crisis or _danger_before(prev, s)) and not _everyday_it(prev):
        last = normalize(prev[-1]).text
        asks = bool(_COMPANION_ASKS.search(last))
        if not (crisis or asks or _open_to_it(prev[-1], s)):
            return None
        before = " ".join([*(normalize(m).text for m in prev[:-1]), last])
        asked = normalize(_the_question(prev[-1])).text
        # What each `ctx:` kind needs the conversation to show; only the kinds the message's
        # hits name are read (each reader scans the whole conversation).
        needs: dict[str, Callable[[], bool]] = {
            "risk": lambda: True,
            "place": lambda: bool(_PLACE_BEFORE.search(before)),
            "pills": lambda: bool(_PILLS_BEFORE.search(before)),
            "attempt": lambda: _attempt_before(prev, s),
            "selfharm": lambda: _self_harm_before(prev, s),
            "overdose": lambda: _pills_taken_before(before),  # rules-1.13 (ctxsub)
            # rules-1.13 (ctx8): a safety-plan step asked after the writer's own talk of risk.
            # rules-1.14 (conv): the step or a safety question in the companion's own words,
            # not its crisis-line list; after its crisis reply, or the writer's risk.
            "safetyplan": lambda: (
                bool(_SAFETY_PLAN.search(asked) or s.safety.search(asked))
                and (crisis or _risk_before(prev) is True)
            ),
            # rules-1.14 (conv): a crisis, not only a passive wish: the companion's crisis
            # reply, a safety question, or the writer's own talk of risk at high or above.
            "crisis": lambda: (
                crisis
                or _crisis_before(prev, s)
                or any(s.safety.search(normalize(m).text) for m in prev)
                or _earlier_level([*prev, ""], questions=False, s=s)[0].rank >= RiskLevel.HIGH.rank
            ),
            "how": lambda: (
                "?" not in last or bool(s.means_or_how.search(last) or s.plan_word.search(last))
            ),
        }
        kinds = {h.rule.ctx for h in hits}
        met = {kind for kind in kinds if kind in needs and needs[kind]()}
        found = [h for h in hits if h.rule.ctx in met]
        if not found:
            return None
        best = max(found, key=lambda h: h.level.rank)
        if _no_to_thoughts(best, norm, asked, s):
            return ContextReading(None, cap=RiskLevel.LOW)
        if (
            best.rule.id in _NO_ONE_THERE
            and best.level.rank < RiskLevel.IMMINENT.rank
            and _who_comes(prev[-1], prev)
            and _imminent_before(prev, base)
        ):
            # rules-1.16 (fix): no one to be with them, after the writer's own imminent risk
            # ("i'm going to the bridge tonight" -- "nobody, everyone's asleep"): it stays.
            why = f"{best.reason}, after a plan or an act for now"
            return ContextReading(RiskLevel.IMMINENT, best.rule.categories, why)
        return ContextReading(best.level, best.rule.categories, best.reason)
    if context_risk(prev):
        return None
    # Only a place: "tell my mom i'm sorry" keeps its own words' level.
    place = any(
        h.rule.id in ("en.ctx.at_place", "en.ctx.here") or h.rule.id.endswith("r13ctxintl.at_place")
        for h in hits
    )
    everyday = place and any(s.everyday_reason.search(normalize(m).text) for m in prev)
    ceiling = RiskLevel.LOW if everyday else None
    return ContextReading(None, cap=RiskLevel.LOW, ceiling=ceiling)


# rules-1.13 (ctxseq): warning signs the writer told earlier in the conversation, each
# ordinary enough alone ("sorted my will today", "i've been looking at the train times", "i'm
# so tired of everything"), that a short final reply ("so nobody has to deal with it after")
# shows the risk of.
_SIGNS_BEFORE = re.compile(
    r"\b(?:i )?(?:have |have been |am |been |just |finally |already )*(?:giving|gave|given) "
    r"(?:away )?"
    r"(?:all |most |some |a lot )?(?:of )?my (?:\w+ )?(?:things|stuff|belongings|possessions|"
    r"clothes|books|games|records|jewellery|jewelry|guitar|console|xbox|playstation|ps\d|"
    r"collection|savings|money|pets?|dog|cat)\b(?: away\b| to\b)?|\b(?:sorted|made|wrote|"
    r"written|done|"
    r"did|updated|finished|signed|doing|writing|making|sorting) (?:out )?my (?:will|funeral|"
    r"affairs)\b|\b(?:wrote|written|writing|finished|left) (?:letters|notes|cards) (?:to|for) "
    r"(?:everyone|everybody|all of them|my \w+)\b|\bwish(?:ing|ed)? "
    r"i (?:would not|could not|did not|do not|will not|wouldnt|didnt) wake up\b|"
    r"\b(?:looking|looked|checking|checked) (?:at |up )?(?:the )?(?:train times|train "
    r"timetables?|times of the (?:last )?trains?|bridges?|how high|the height of)\b"
    r"(?! (?:for|to|from|into|back|home|so)\b)|"
    r"\b(?:tired|sick|exhausted) of (?:everything|it all|all of it|living|life|being alive|"
    r"fighting|being here|trying)\b|\bi (?:cannot|can not) (?:do this|do it|go on|keep going|"
    r"cope|carry on|take it)(?: anymore| any more| much longer)\b|\bi (?:just )?want (?:it|"
    r"everything|it all) to (?:stop|end|be over)\b|\b(?:such a |a |just a )burden\b|\bbetter "
    r"off without me\b|\b(?:tying up|tie up) (?:\w+ )?loose ends\b|\b(?:affairs|everything) in "
    r"order\b|\bcancel(?:led|ed|ling|ing)? (?:all )?my (?:plans|appointments|subscriptions|"
    r"sessions|therapy)\b|\b(?:nothing matters|there is no point|what is the point)\b|"
    r"\bsaying (?:my )?goodbyes?\b|\bsaid (?:my )?goodbyes?\b"
)
# ... unless the same message gives the everyday reason ("we just had a baby so i sorted my
# will", "tired of everything at work", "giving my old clothes to the charity shop, we're moving").
_SIGN_EXPLAINED = re.compile(
    r"\b(?:baby|babies|pregnan\w*|mortgage|house|flat|married|wedding|engaged|retir\w*|"
    r"solicitor|lawyer|accountant|moving|move|moved|relocat\w*|emigrat\w*|declutter\w*|"
    r"charity|clear\w* out|spring clean\w*|downsiz\w*|holidays?|trip|travel\w*|work|job|boss|"
    r"office|exams?|revision|uni|school|college|homework|shift|commute|funeral|nan|gran|"
    r"grandad|grandpa|grandma|grandfather|grandmother|game|match|team)\b"
)
# Follow-up questions the companion asks about what the writer said ("why?", "how come?",
# "what kind of letters?", "going somewhere?"): the reply answers for that.
_FOLLOW_UP = re.compile(
    r"\b(?:why|how come|what (?:kind|sort|type) of|what made you|what for|for what|who for|"
    r"what (?:is|was) (?:it|that|this|the occasion) for|where to|going somewhere|off "
    r"somewhere|where (?:are|r) (?:you|u) (?:going|off to|headed|heading)|what do you mean|"
    r"how do you mean|how so|mean by that|what would help|what (?:is|has been) making you|"
    r"what (?:is|has been|is been) (?:happening|going on)|going through your (?:mind|head)|"
    r"how have things been|how (?:is|has) (?:it|everything) been|"
    r"what do you need|what (?:can|could) i do|"
    r"what brought (?:that|this) on|tell me more|say more|what is (?:going on|happening|up)|"
    r"whats (?:going on|happening|up)|how (?:are|r) (?:you|u)|how have you been|how are "
    r"things|is (?:anything|something) helping|what happened)\b"
)


def after_signs(text: str, context: Sequence[Any] | None) -> ContextReading | None:
    """rules-1.13 (ctxseq): a short reply the `ctx: signs` rules match, read with the
    conversation before it. After the writer's talk of risk or warning signs told earlier,
    and a statement, a check-in or a follow-up question ("why?", "what kind of letters?"), it
    carries the risk ("won't need it where i'm going", "the kind you leave"); otherwise None
    (after_risk already keeps it ordinary after an ordinary chat)."""
    prev = context_texts(context)
    if not prev:
        return None
    norm = normalize(text).text.strip()
    if len(norm.split()) > 20:
        return None
    hits = [h for h in patterns.context_hits(norm, ("en",)) if h.rule.ctx == "signs"]
    if not hits:
        return None
    last = normalize(prev[-1]).text
    if "?" in last and not (_FOLLOW_UP.search(last) or _open_to_it(prev[-1])):
        return None
    signs = [
        i
        for i, m in enumerate(prev)
        if _SIGNS_BEFORE.search(normalize(m).text) and not _SIGN_EXPLAINED.search(normalize(m).text)
    ]
    settled = bool(signs) and any(_SETTLED.search(normalize(m).text) for m in prev[signs[-1] + 1 :])
    if not (_danger_before(prev) or (signs and not settled)):
        return None
    best = max(hits, key=lambda h: h.level.rank)
    return ContextReading(best.level, best.rule.categories, best.reason)


# rules-1.17 (fix) rules begin
# rules-1.17 (fix): the act put off, not given up: "not till tomorrow", "no, friday", "not
# yet" to "Are you going to act on it tonight?" or "Are you in danger right now?" after the
# writer's own plan ("i'm going to do it tonight"). A plan with a later time is still a plan:
# the conversation's risk stands, high at least (a "no" read alone gave none or low).
_LATER = (
    r"(?:tomorrow(?: night| morning| evening| afternoon)?|the morning|(?:the |this |next )?"
    r"week ?end|next week|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: night| morning| evening)?|(?:in )?a (?:few|couple of) days|later(?: on| this week)?|"
    r"soon|eventually|another (?:day|night|time)|some other (?:day|night|time)|the day after|"
    r"after (?:the |my |this )?(?:funeral|exams?|christmas|birthday|weekend|holidays?|kids|"
    r"everyone)\b[\w ]{0,20})"
)
_NOT_NOW = (
    r"not (?:yet|just yet|tonight|today|now|right now|at the moment|this (?:evening|time|"
    r"week)|for now)"
)
_PUT_OFF_HEDGE = r"(?:(?:maybe|probably|prob|i think|i guess|i reckon|but|more like|just) )*"
_PUT_OFF_FILLER = r"(?:(?:um+|erm+|well|honestly|tbh|ok|okay|so|i mean)\W+)*"
_PUT_OFF_NO = r"(?:no|nope|nah|not really)\W+"
_DEFERRED = re.compile(
    rf"^\W*{_PUT_OFF_FILLER}(?:(?:{_PUT_OFF_NO})?(?:{_NOT_NOW}(?:\W+{_PUT_OFF_HEDGE}{_LATER})?|"
    rf"not (?:un)?till? {_LATER}|not before {_LATER})|{_PUT_OFF_NO}{_PUT_OFF_FILLER}"
    rf"{_PUT_OFF_HEDGE}{_LATER}|(?:maybe|probably|prob|i think|more like) {_LATER})"
    r"(?:\W+(?:no|nope|nah|probably|maybe|i think|i guess|tbh|honestly|though|tho|anyway|x+))*"
    r"\W*$"
)


def deferred_act(
    text: str, context: Sequence[Any] | None, locale: str | None = "en"
) -> _Reading | None:
    """rules-1.17 (fix): an answer that puts the act off to a later time ("not till
    tomorrow", "no, friday", "not yet") to a question about acting on it now or being in
    danger now, after the writer's own risk: high, or imminent where the writer's own message
    before was imminent. After an ordinary chat ("i'm going to the gym tonight") or an
    ordinary question ("are you coming tonight?"), None."""
    prev = context_texts(context)
    if not prev:
        return None
    answer = normalize(text, locale=locale).text.strip()
    if len(answer.split()) > 12 or not _DEFERRED.search(answer):
        return None
    base = (locale or "en").split("-")[0].split("_")[0].lower()
    s = _shapes(base)
    question = _the_question(prev[-1])
    qtext = normalize(question).text
    if "?" not in question or _third_party_reply(prev[-1]):
        return None
    asked_now = bool(
        _ACT_ON_THOUGHTS.search(qtext)
        or (s.act.search(qtext) and s.now.search(qtext))
        or s.danger_now.search(qtext)
        or s.safety.search(qtext)
    )
    if not asked_now or not (
        _danger_before(prev[:-1], s) or _crisis_reply(prev[-1], open_only=True)
    ):
        return None
    why = "puts the act off to a later time, after their own plan: the risk stands"
    if _imminent_before(prev, base):
        return RiskLevel.IMMINENT, ("suicidal_ideation",), why, None
    return RiskLevel.HIGH, ("suicidal_ideation",), why, None


# rules-1.17 (fix) rules end
