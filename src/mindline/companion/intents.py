"""Intent detection with simple, transparent rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mindline.companion import content
from mindline.companion.enums import Intent
from mindline.companion.text import has_phrase, normalise, word_count


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_OVERRIDE = _rx(
    r"\bignore (all |any |your |the |previous |prior |above |earlier )*(instructions|rules|"
    r"guidelines|prompt|programming|restrictions)",
    r"\bforget (all |any |your |the )*(rules|instructions|guidelines|training)",
    r"\b(pretend|act|behave) (that )?(you are|you're|to be|as|like) ",
    r"\byou are now\b|\bfrom now on you\b|\bnew instructions\b|\bsystem prompt\b",
    r"\bdeveloper mode\b|\bjailbreak|\bdan mode\b|\bno (rules|restrictions|filters|limits)\b",
    r"\b(drop|disable|turn off|bypass|override|remove) (the |your )?(rules|filters|safety|"
    r"guardrails|restrictions|disclaimer|disclosure)",
    r"\b(stop|don't|do not|never) (saying|say|tell me|telling me|mention|mentioning) "
    r"(that )?(you're|you are|it's|it is) (an ai|a bot|an assistant)",
    r"\byou are (a |an )?(human|real person|person|licensed|real therapist)\b|\brole system\b",
    r"\b(say|tell me|admit) (that )?(you're|you are) (a )?(human|real|person|real person)\b",
    r"\brole ?play as\b|\bstay in character\b|\bunfiltered\b",
)
_ASKS_AI = _rx(
    r"\bare you (a |an |actually |really |even )*(real|human|person|bot|robot|ai|machine|computer|"
    r"chatbot|chat bot|program|therapist|doctor|counsel+or|real person|live person|alive)\b",
    r"\b(am i|are we) (talking|chatting|speaking|texting) (to|with) (a |an )?(real|human|person|"
    r"bot|robot|ai|machine|computer|someone)",
    r"\bis (this|that) (a |an )?(real |actual )?(bot|ai|robot|real person|human|person|computer|"
    r"machine)\b",
    r"\byou'?re (just )?(a |an )?(bot|ai|robot|machine)\b",
    r"\bwho am i (talking|speaking) (to|with)\b|\bis (anyone|someone|there anyone) (there|real)\b",
    r"\bwhat are you\b",
)
_CONFIDENTIAL = _rx(
    r"\bkeep (a |this |it |my )?secret",
    r"\b(will|would|do) you tell (anyone|my|someone|the)",
    r"\bis (this|it|that) (private|confidential|secret)",
    r"\bdon't tell (anyone|my|the|them)\b",
    r"\bbetween (us|you and me)\b",
    r"\bwho (can|will) (see|read) (this|these|my messages)",
)
_DIAGNOSIS = _rx(
    r"\b(do|could|might) i (have|be suffering from) (depression|anxiety|bipolar|adhd|ocd|ptsd|"
    r"autism|bpd|an? \w+ disorder|a mental illness)",
    r"\bam i (depressed|bipolar|mentally ill|autistic|crazy|psychotic)\b",
    r"\bwhat'?s wrong with me\b|\bdiagnos(e|is)\b",
)
_MEDICATION = _rx(
    r"\b(medication|meds|dose|dosage|antidepressants?|prescription|tablets|pills|mg|ssris?|"
    r"sertraline|fluoxetine|citalopram|sleeping pills)\b",
)
_STOP = _rx(
    r"^(please )?(stop|quit|exit|cancel|enough|end|skip|leave it|never ?mind|not now|"
    r"not right now|no thanks|no thank you|i'?m done with (this|it))( it| this| that)?"
    r"( now)?( please| thanks| thank you)?$",
    r"^(can|could) we (stop|end|leave it|leave this|skip this)\b",
    r"^(let'?s|i want to|i'?d like to|i wanna) (stop|end|leave it|quit|skip)( this| it| that|"
    r" now| the exercise| here)*( please)?$",
    r"^i don'?t want to do (this|that|it)( any ?more| now)?$",
    r"^(this isn'?t|this is not) (helping|working)$",
)
_PAUSE = _rx(
    r"^(please )?(pause|hold on|wait|brb|be right back|later)( please)?$",
    r"^(can|could) we (pause|do (this|it|the rest) later|continue (this )?later|take a break)\b",
    r"^let'?s (pause|take a break|do (this|it|the rest) later|continue later)\b",
    r"^give me a (minute|moment|sec|second)$",
    r"^i'?ll (come back|finish)( to)?( this| it)?( later)?$",
)
_RESUME = _rx(
    r"^(please )?(carry on|continue|resume|go on|keep going|let'?s continue|let'?s carry on|"
    r"where were we|back to (it|the exercise))( please)?$",
    r"\bpick up where we left off\b|\bfinish the exercise\b",
    r"\bcarry on with\b|\bcontinue (the|with)\b",
)
_SAYS_SAFE = _rx(
    r"\bi'?m (safe|feeling safe|feeling safer|safer|ok now|okay now|alright now|fine now|"
    r"feeling better now|calmer now)\b",
    r"\bi am (safe|ok now|okay now|feeling safer)\b",
    r"\bi feel (safe|safer)\b",
    r"\bi (won'?t|will not|am not going to|'m not going to|m not going to) "
    r"(do anything|act on (it|them|those thoughts)|hurt myself)\b",
    r"\bthe (feeling|urge|thoughts?) (has|have) passed\b",
)
_NOT_SAFE = re.compile(r"\b(not|n't|never) (feel )?(safe|ok|okay|fine|alright)\b")
_YES = _rx(
    r"^(yes|yeah|yep|yup|ya|sure|ok|okay|alright|please|yes please|go on then|sounds good|"
    r"let'?s do it|let'?s try( it)?|why not|i'?d like that|ok let'?s try|sure thing|definitely|"
    r"i guess|i suppose|go ahead|i am|i do|a bit|a little|kind of|sort of|sometimes|maybe)"
    r"( please| thanks| then| ok| i am)?$",
    r"^yes\b",
)
_NO = _rx(
    r"^(no|nope|nah|not really|no thanks|no thank you|i'?d rather not|maybe later|not today|"
    r"not now|no i'?m not|no i am not|i'?m not|not at all|none|no thoughts|no not really|"
    r"no i don'?t|i don'?t)( thanks| thank you)?$",
    r"^no[, ]+(i'?m|i am|i have|i'?ve|i don'?t|not)\b(?!.*\bbut\b)",
)
_GREET = _rx(
    r"^(hi|hello|hey|hiya|heya|howdy|yo|good (morning|afternoon|evening)|morning|evening|"
    r"hi there|hello there|hey there)( mindline| there| again| you)?$",
)
_GOODBYE = _rx(
    r"^(bye|goodbye|bye bye|see you|see ya|see you later|good ?night|night|talk later|"
    r"talk soon|gotta go|got to go|i have to go|i need to go|i'?m off|that'?s all|"
    r"that'?s all for (now|today)|cya|ttyl)( now| then| for now| thanks| thank you)?$",
    r"^(ok |okay |thanks |thank you )?(bye|goodbye|good ?night)\b",
)
_WANTS_TO_VENT = _rx(
    r"\b(need|want|have|needed|wanted) to (vent|rant|offload|get (this|it|something|some "
    r"things|stuff) off my chest)\b",
    r"\b(can|could|may) i (just )?(vent|rant|offload)\b",
    r"\b(just )?(need|want) (someone|somebody|you|some one) to (listen|hear me out)\b",
    r"^(i'?m |i am )?(just )?(venting|ranting)\b",
)
_SENTENCE_END = re.compile(r"[.!?;\n]+")
_THANKS = _rx(
    r"^(thanks|thank you|ta|cheers|thx|ty)( so much| a lot| very much)?( that helped| that was "
    r"helpful| that helps)?$",
)
_CAPABILITIES = _rx(
    r"\bwhat can you do\b|\bhow can you help\b|\bwhat do you do\b|\bwhat are my options\b|"
    r"\bwhat exercises\b|^help$|^menu$|\bwhat can we do\b",
)
_RECALL = _rx(
    r"\bwhat (was|were) (i|we) (talking|saying|on) about\b",
    r"\b(go|get|come) back to (what|the thing|the stuff|where|what i said|the earlier)",
    r"\b(earlier|before) (thing|topic|stuff)\b|\bwhat i (said|mentioned) (earlier|before)\b",
    r"\bremember what i (said|told you)\b|\bwhere were we\b",
)
_SAFETY_PLAN = _rx(r"\b(safety|crisis) plan\b|\bmy plan\b")
_GENERIC_EXERCISE = _rx(
    r"\b(an? |some |another )?(exercise|technique|skill|coping strategy|coping strategies)\b",
    r"\b(something|anything) (to|that might|that could|that would) (help|calm|relax|ease)",
    r"\bwhat can i do (about|to)\b|\bhelp me (calm down|relax|cope|feel better)\b",
    r"\bhow (do|can) i (calm down|relax|cope|stop worrying|switch off)\b",
)
_REQUEST = _rx(
    r"\b(let'?s|can we|could we|can you|could you|try|do|want|start|show me|give me|guide|"
    r"teach me|how about|switch to|instead|i'?d like|i would like|help me with|"
    r"walk me through|go through|need|begin)\b",
)
_PSYCHOED = _rx(
    r"^(what|why|how|is|tell me|explain|can you explain)\b",
    r"\b(tell me about|explain|what is|what are|what'?s)\b",
)


@dataclass(frozen=True)
class Detected:
    """An intent and, when the person asked for one, the content item they asked for."""

    intent: Intent
    item_id: str | None = None


def requested_item(norm: str) -> str | None:
    """Return the content item explicitly asked for, if any."""
    short = len(norm.split()) <= 4
    asking = short or bool(_REQUEST.search(norm)) or bool(_PSYCHOED.search(norm))
    if not asking:
        return None
    best: tuple[int, str] | None = None
    for item in content.library().values():
        for keyword in item.keywords:
            if has_phrase(norm, keyword.lower()) and (best is None or len(keyword) > best[0]):
                best = (len(keyword), item.id)
    return best[1] if best else None


def says_safe(norm: str) -> bool:
    """True when the person says they are safe (and not 'not safe')."""
    return bool(_SAYS_SAFE.search(norm)) and not _NOT_SAFE.search(norm)


def is_yes(norm: str) -> bool:
    """A short affirmative answer."""
    return bool(_YES.search(norm))


def is_no(norm: str) -> bool:
    """A short negative answer."""
    return bool(_NO.search(norm))


def wants_to_vent(norm: str) -> bool:
    """The person asks to be heard ("I just need to vent"), not for a reflection or advice."""
    return bool(_WANTS_TO_VENT.search(norm))


def _ends_with_goodbye(text: str) -> bool:
    """A message whose last short sentence is a closing: "thanks, that helped. bye for now".
    (The risk screen has already read the whole message: a farewell after talk of risk never
    gets here.)"""
    sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]
    if len(sentences) < 2:
        return False
    last = normalise(sentences[-1])
    return len(last.split()) <= 5 and bool(_GOODBYE.search(last))


def detect(text: str) -> Detected:
    """Classify one message. Order matters: safety-relevant and meta intents first."""
    norm = normalise(text)
    if not norm:
        return Detected(Intent.OTHER)
    if _OVERRIDE.search(norm):
        return Detected(Intent.OVERRIDE)
    if _ASKS_AI.search(norm):
        return Detected(Intent.ASKS_AI)
    if _CONFIDENTIAL.search(norm):
        return Detected(Intent.CONFIDENTIALITY)
    if _DIAGNOSIS.search(norm):
        return Detected(Intent.DIAGNOSIS)
    if _MEDICATION.search(norm):
        return Detected(Intent.MEDICATION)
    if _STOP.search(norm):
        return Detected(Intent.STOP)
    if _PAUSE.search(norm):
        return Detected(Intent.PAUSE)
    if _RESUME.search(norm):
        return Detected(Intent.RESUME)
    if says_safe(norm):
        return Detected(Intent.SAYS_SAFE)
    if is_no(norm):
        return Detected(Intent.NO)
    if is_yes(norm):
        return Detected(Intent.YES)
    if _GOODBYE.search(norm) or _ends_with_goodbye(text):
        return Detected(Intent.GOODBYE)
    if _THANKS.search(norm):
        return Detected(Intent.THANKS)
    if _GREET.search(norm):
        return Detected(Intent.GREET)
    if _CAPABILITIES.search(norm):
        return Detected(Intent.WHAT_CAN_YOU_DO)
    if _RECALL.search(norm):
        return Detected(Intent.RECALL)
    item = requested_item(norm)
    if item == "safety_plan" or (item is None and _SAFETY_PLAN.search(norm)):
        return Detected(Intent.SAFETY_PLAN, "safety_plan")
    if item is not None:
        kind = content.get(item).kind
        intent = Intent.QUESTION if kind == content.Kind.PSYCHOEDUCATION else Intent.WANTS_EXERCISE
        return Detected(intent, item)
    if _GENERIC_EXERCISE.search(norm):
        return Detected(Intent.WANTS_EXERCISE)
    if word_count(text) >= 3 or text.strip().endswith("?"):
        return Detected(Intent.QUESTION if text.strip().endswith("?") else Intent.VENT)
    return Detected(Intent.OTHER)
