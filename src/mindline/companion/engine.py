"""The dialogue engine: one patient message in, one Turn out, no hidden state.

Every message is screened first. High or imminent risk goes to the deterministic
crisis protocol; moderate risk gets a direct check-in; everything else gets the
scripted companion. Every reply passes the output guardrails.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mindline.companion import content, crisis, exercises, topics
from mindline.companion.crisis_lines import Resources, for_country
from mindline.companion.enums import Intent, Mode, RiskLevel, Topic, Urgency
from mindline.companion.guardrails import DEFAULT_RAILS, Rail, RailContext, apply, check_all
from mindline.companion.intents import Detected, detect, is_no, is_yes, wants_to_vent
from mindline.companion.phrases import Say, say
from mindline.companion.reflect import reflection
from mindline.companion.schemas import (
    AlertRequest,
    ConversationState,
    EvidenceSpan,
    PatientProfile,
    Turn,
)
from mindline.companion.screening import Screened, Screener, assess, default_screen
from mindline.companion.text import normalise
from mindline.companion.topics import TopicDetector, keyword_topics

if TYPE_CHECKING:  # the model mode is optional; the scripted engine never imports httpx
    from mindline.companion.llm.turn import LLMMode

MAX_INPUT_CHARS = 4000
_URGENT_OTHER = re.compile(r"\b(right now|tonight|has taken|just took|about to|is going to)\b")
_BAD_TREND = {"down", "worse", "declining", "poor", "low"}
_RISING = {"up", "worse", "rising", "higher", "high"}


@dataclass
class _Draft:
    """A reply being assembled for one turn."""

    parts: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    mode: Mode = Mode.SCRIPTED
    alert: AlertRequest | None = None
    plan_update: dict[str, list[str]] | None = None
    feedback: tuple[str, bool] | None = None
    # Rails that fired before the final output check (input rails, the model's reply).
    rails: list[str] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)

    def text(self) -> str:
        """Body sentences run on; the AI disclosure and nudges sit in their own paragraphs."""
        return "\n\n".join([*self.before, " ".join(self.parts), *self.after]).strip()


def reply(
    state: ConversationState,
    text: str,
    *,
    profile: PatientProfile,
    screen: Screener = default_screen,
    topic_detector: TopicDetector = keyword_topics,
    rails: Sequence[Rail] = DEFAULT_RAILS,
    llm: LLMMode | None = None,
    earlier: Sequence[str] = (),
) -> Turn:
    """Answer one patient message; the caller persists ``Turn.state`` and any alert.

    ``earlier``: the conversation's earlier messages, the patient's and the companion's,
    oldest first (the caller keeps them; the state holds no patient text). The screen reads
    the last few, so "they're in my bag" after "i've saved up my pills" and the companion's
    question is read with both.

    With ``llm`` set, open conversation is answered by the model (after the risk screen
    and the input rails; its whole reply then passes the output rails); structured flows
    (exercises, offers, crisis, check-ins) stay scripted.
    """
    st = state.model_copy(deep=True)
    st.turn += 1
    text = text[:MAX_INPUT_CHARS]
    screened = assess(screen, text, profile.locale, screen_context(st, earlier))
    detected = detect(text)
    found = topic_detector(text)
    resources = for_country(profile.country)
    slots = _slots(profile, resources)
    asked_safety = st.awaiting_safety_answer
    screened = _read_answer_to_safety_question(st, text, screened)
    incidents = ["risk_screen_degraded"] if screened.degraded else []

    draft = _Draft()
    if st.crisis is not None:
        _crisis_turn(st, text, detected, screened, profile, slots, draft, reopen=False)
    elif screened.level.at_least(RiskLevel.HIGH) and not screened.has_flag("third_party"):
        _crisis_turn(st, text, detected, screened, profile, slots, draft, reopen=True)
    elif screened.level == RiskLevel.MODERATE:
        _check_in(st, screened, slots, draft)
    elif screened.has_flag("third_party"):
        # The screen rates someone else's crisis low for the writer; they need helper guidance.
        _third_party(st, text, screened, slots, draft)
    elif asked_safety and is_no(normalise(text)):
        draft.add(say(Say.CHECK_IN_NO, **slots))
    elif screened.has_flag("language_unsupported"):
        draft.add(say(Say.LANGUAGE_NOTE, **slots))
    else:
        _companion(st, text, detected, found, profile, slots, draft, screen, rails, llm)
        _remember_topics(st, found)

    in_crisis = st.crisis is not None
    if not st.disclosed_ai and draft.mode not in (Mode.CRISIS,):
        draft.before.append(say(Say.AI_INTRO, **slots))
    st.disclosed_ai = True
    if not in_crisis and draft.mode != Mode.CRISIS:
        _reliance_nudge(st, profile, slots, draft)

    ctx = _rail_context(draft.mode, screen, profile, slots, resources)
    guarded = apply(
        draft.text(),
        ctx,
        rails,
        fallback=crisis.minimal(slots) if in_crisis else None,
    )
    st.last_reply = guarded.text
    return Turn(
        reply=guarded.text,
        mode=draft.mode,
        crisis=in_crisis,
        risk_level=screened.level,
        rails_fired=[*draft.rails, *guarded.fired],
        exercise=exercises.ref(st.exercise) if st.exercise else None,
        raise_alert=draft.alert,
        state=st,
        intent=detected.intent,
        topics=found,
        safety_plan_update=draft.plan_update,
        exercise_feedback=draft.feedback,
        incidents=incidents + draft.incidents + guarded.errors,
    )


def clear_crisis(state: ConversationState, *, closed_by: str) -> ConversationState:
    """Close crisis mode on a clinician's decision (re-exported for callers)."""
    return crisis.clear_crisis(state, closed_by=closed_by)


def _slots(profile: PatientProfile, resources: Resources) -> dict[str, str]:
    return {
        "name": (profile.name or "").strip(),
        "care_team": profile.care_team_name,
        "crisis_lines": resources.as_text(),
        "emergency": resources.emergency,
    }


# How many earlier messages the risk screen reads (three exchanges): its conversation
# readers look at most this far back for the writer's own talk of risk.
CONTEXT_MESSAGES = 6


def screen_context(st: ConversationState, earlier: Sequence[str]) -> list[str] | None:
    """The messages before this one for the risk screen, oldest first, ending with the
    companion's last reply (so "yes" answers the question it asked)."""
    recent = [m for m in earlier if m][-CONTEXT_MESSAGES:]
    if st.last_reply and (not recent or recent[-1] != st.last_reply):
        recent = [*recent[-(CONTEXT_MESSAGES - 1) :], st.last_reply]
    return recent or None


def _rail_context(
    mode: Mode,
    screen: Screener,
    profile: PatientProfile,
    slots: dict[str, str],
    resources: Resources,
) -> RailContext:
    return RailContext(
        mode=mode,
        safety_context=mode in (Mode.CRISIS, Mode.CHECK_IN, Mode.THIRD_PARTY),
        screen=screen,
        locale=profile.locale,
        name=slots["name"],
        care_team=profile.care_team_name,
        crisis_lines=slots["crisis_lines"],
        emergency=resources.emergency,
        masked=(slots["crisis_lines"],),
    )


def _read_answer_to_safety_question(
    st: ConversationState, text: str, screened: Screened
) -> Screened:
    """A bare "yes" to "are you having thoughts of suicide?" is a disclosure."""
    if not st.awaiting_safety_answer:
        return screened
    st.awaiting_safety_answer = False
    norm = normalise(text)
    if is_yes(norm) and not is_no(norm) and not screened.level.at_least(RiskLevel.HIGH):
        span = EvidenceSpan(
            start=0, end=len(text), text=text, reason="yes to a direct question about suicide"
        )
        return Screened(
            level=RiskLevel.HIGH,
            categories=["suicidal_ideation"],
            score=max(screened.score, 0.8),
            evidence=[*screened.evidence, span],
            flags=screened.flags,
            model_version=screened.model_version,
            degraded=screened.degraded,
        )
    return screened


def _crisis_turn(
    st: ConversationState,
    text: str,
    detected: Detected,
    screened: Screened,
    profile: PatientProfile,
    slots: dict[str, str],
    draft: _Draft,
    *,
    reopen: bool,
) -> None:
    if reopen:
        result = crisis.open_crisis(st, screened, profile, slots)
    else:
        result = crisis.continue_crisis(st, text, detected, screened, profile, slots)
    draft.add(result.text)
    draft.alert = result.alert
    draft.mode = Mode.CRISIS if result.still_open else Mode.CHECK_IN


def _third_party(
    st: ConversationState, text: str, screened: Screened, slots: dict[str, str], draft: _Draft
) -> None:
    _pause_exercise(st)
    urgent = (
        screened.level == RiskLevel.IMMINENT
        or screened.has_flag("third_party_urgent")
        or bool(_URGENT_OTHER.search(normalise(text)))
    )
    draft.add(say(Say.THIRD_PARTY_URGENT if urgent else Say.THIRD_PARTY, **slots))
    draft.mode = Mode.THIRD_PARTY
    draft.alert = AlertRequest(
        level=screened.level,
        category="third_party",
        categories=screened.categories,
        evidence=screened.evidence,
        urgency=Urgency.ROUTINE,
        reason="patient is worried about someone else's safety",
        model_version=screened.model_version,
    )


def _check_in(
    st: ConversationState, screened: Screened, slots: dict[str, str], draft: _Draft
) -> None:
    _pause_exercise(st)
    st.pending_offer = None
    st.awaiting_safety_answer = True
    draft.add(say(Say.CHECK_IN, **slots))
    draft.mode = Mode.CHECK_IN
    draft.alert = AlertRequest(
        level=screened.level,
        category=screened.categories[0] if screened.categories else "distress",
        categories=screened.categories,
        evidence=screened.evidence,
        urgency=Urgency.ROUTINE,
        reason="moderate risk: check-in offered",
        model_version=screened.model_version,
    )


def _pause_exercise(st: ConversationState) -> None:
    if st.exercise is not None:
        st.paused = st.exercise
        st.exercise = None


def _remember_topics(st: ConversationState, found: list[Topic]) -> None:
    for topic in found:
        if topic not in st.topics_seen:
            st.topics_seen.append(topic)


def _extra(slots: dict[str, str]) -> dict[str, str]:
    return {"name": slots["name"], "crisis_lines": slots["crisis_lines"]}


def _start(st: ConversationState, item_id: str, slots: dict[str, str], draft: _Draft) -> None:
    if st.exercise is not None and st.exercise.id != item_id:
        old = content.get(st.exercise.id).title
        draft.add(say(Say.EXERCISE_SWITCH, old=old, title=content.get(item_id).title))
        st.paused = st.exercise
    out = exercises.start(item_id, _extra(slots))
    st.exercise = out.state
    st.pending_offer = None
    draft.add(out.text)
    draft.mode = Mode.EXERCISE


def _offer(
    st: ConversationState, item_id: str, helped: bool, slots: dict[str, str], draft: _Draft
) -> None:
    item = content.get(item_id)
    key = Say.OFFER_AGAIN if helped else Say.OFFER
    draft.add(say(key, title=item.title, summary=item.summary, minutes=str(item.minutes), **slots))
    st.pending_offer = item_id
    st.offered.append(item_id)


def _in_exercise(
    st: ConversationState, text: str, detected: Detected, slots: dict[str, str], draft: _Draft
) -> None:
    assert st.exercise is not None
    intent = detected.intent
    title = content.get(st.exercise.id).title
    draft.mode = Mode.EXERCISE
    if intent == Intent.STOP:
        st.exercise = None
        draft.add(say(Say.EXERCISE_STOPPED, **slots))
        draft.mode = Mode.SCRIPTED
    elif intent in (Intent.PAUSE, Intent.GOODBYE):
        st.paused, st.exercise = st.exercise, None
        draft.add(say(Say.EXERCISE_PAUSED, title=title, **slots))
        if intent == Intent.GOODBYE:
            draft.add(say(Say.GOODBYE, **slots))
        draft.mode = Mode.SCRIPTED
    elif detected.item_id and detected.item_id != st.exercise.id:
        _start(st, detected.item_id, slots, draft)
    elif intent in (Intent.ASKS_AI, Intent.OVERRIDE, Intent.CONFIDENTIALITY):
        key = {
            Intent.ASKS_AI: Say.AI_ANSWER,
            Intent.OVERRIDE: Say.CANNOT_OVERRIDE,
            Intent.CONFIDENTIALITY: Say.CONFIDENTIALITY,
        }[intent]
        draft.add(say(key, **slots))
        draft.add(exercises.current(st.exercise, _extra(slots)))
    else:
        item = content.get(st.exercise.id)
        out = exercises.advance(st.exercise, text, _extra(slots))
        st.exercise = out.state
        draft.add(out.text)
        if out.saved_section and out.saved_section[1]:
            draft.plan_update = {out.saved_section[0]: out.saved_section[1]}
        if out.finished:
            if item.kind == content.Kind.PSYCHOEDUCATION:
                draft.add(say(Say.THANKS, 1, **slots))
            else:
                draft.add(say(Say.FEEDBACK_ASK, **slots))
                st.awaiting_feedback = item.id


def _companion(
    st: ConversationState,
    text: str,
    detected: Detected,
    found: list[Topic],
    profile: PatientProfile,
    slots: dict[str, str],
    draft: _Draft,
    screen: Screener,
    rails: Sequence[Rail],
    llm: LLMMode | None = None,
) -> None:
    intent = detected.intent
    pick = st.turn
    if st.awaiting_feedback:
        done_id, st.awaiting_feedback = st.awaiting_feedback, None
        norm = normalise(text)
        helped = intent == Intent.YES or ("help" in norm and not is_no(norm))
        if helped or intent == Intent.NO:
            draft.feedback = (done_id, bool(helped))
            draft.add(say(Say.FEEDBACK_YES if helped else Say.FEEDBACK_NO, **slots))
            return
    if st.exercise is not None:
        _in_exercise(st, text, detected, slots, draft)
        return
    if st.pending_offer:
        offer, st.pending_offer = st.pending_offer, None
        if intent == Intent.YES:
            _start(st, offer, slots, draft)
            return
        if intent in (Intent.NO, Intent.STOP):
            draft.add(say(Say.OFFER_DECLINED, pick, **slots))
            return
    simple = {
        Intent.GOODBYE: Say.GOODBYE,
        Intent.THANKS: Say.THANKS,
        Intent.ASKS_AI: Say.AI_ANSWER,
        Intent.OVERRIDE: Say.CANNOT_OVERRIDE,
        Intent.CONFIDENTIALITY: Say.CONFIDENTIALITY,
        Intent.DIAGNOSIS: Say.NO_DIAGNOSIS,
        Intent.MEDICATION: Say.NO_MEDICATION,
        Intent.WHAT_CAN_YOU_DO: Say.WHAT_CAN_YOU_DO,
        Intent.STOP: Say.OFFER_DECLINED,
        Intent.PAUSE: Say.OFFER_DECLINED,
    }
    if intent == Intent.GREET:
        draft.add(say(Say.GREET, pick, **slots))
        _mention_trend(st, profile, slots, draft)
    elif intent in simple:
        if intent == Intent.ASKS_AI and not st.disclosed_ai:
            st.disclosed_ai = True  # the answer is the disclosure; don't say it twice
        draft.add(say(simple[intent], pick, **slots))
    elif intent == Intent.RESUME:
        if st.paused is None:
            draft.add(say(Say.NOTHING_TO_RESUME, **slots))
        else:
            st.exercise, st.paused = st.paused, None
            draft.add(say(Say.RESUME, title=content.get(st.exercise.id).title))
            draft.add(exercises.current(st.exercise, _extra(slots)))
            draft.mode = Mode.EXERCISE
    elif intent == Intent.RECALL:
        _recall(st, found, profile, slots, draft)
    elif detected.item_id:
        _start(st, detected.item_id, slots, draft)
    elif intent == Intent.WANTS_EXERCISE:
        recent = found or list(reversed(st.topics_seen))
        item_id, helped = topics.suggest(recent, profile.helpful_exercises)
        if item_id is None:
            draft.add(say(Say.WHAT_CAN_YOU_DO, **slots))
        else:
            _offer(st, item_id, helped, slots, draft)
    elif llm is not None and _generate(st, text, found, profile, slots, draft, screen, llm):
        if found or intent == Intent.VENT:
            _suggest(st, found, profile, slots, draft)
    elif found or intent == Intent.VENT:
        _listen(st, text, found, profile, slots, draft, screen, rails)
    elif intent == Intent.QUESTION:
        draft.add(say(Say.GENERAL_QUESTION, **slots))
    else:
        draft.add(say(Say.UNCLEAR, pick, **slots))


def _generate(
    st: ConversationState,
    text: str,
    found: list[Topic],
    profile: PatientProfile,
    slots: dict[str, str],
    draft: _Draft,
    screen: Screener,
    llm: LLMMode,
) -> bool:
    """Answer with the model; False (mode llm_fallback) when the script must answer."""
    ctx = RailContext(
        mode=Mode.LLM,
        screen=screen,
        locale=profile.locale,
        name=slots["name"],
        care_team=profile.care_team_name,
        crisis_lines=slots["crisis_lines"],
        emergency=slots["emergency"],
        masked=(slots["crisis_lines"],),
    )
    refused = llm.check_input(text, ctx)
    if refused is not None and refused.text:
        draft.add(refused.text)
        draft.rails += refused.rails_fired
        return True
    out = llm.generate(text, ctx=ctx, profile=profile, last_reply=st.last_reply, topics=found)
    draft.incidents += out.incidents
    draft.rails += out.rails_fired
    if out.text is None:
        draft.mode = Mode.LLM_FALLBACK
        return False
    draft.add(out.text)
    draft.mode = out.mode
    return True


def _listen(
    st: ConversationState,
    text: str,
    found: list[Topic],
    profile: PatientProfile,
    slots: dict[str, str],
    draft: _Draft,
    screen: Screener,
    rails: Sequence[Rail],
) -> None:
    """Reflect what the person said, acknowledge the topic, and offer something that fits."""
    pick = st.turn
    if wants_to_vent(normalise(text)):
        # Asked to be heard: an invitation to go on, not an echo of the request itself.
        draft.add(say(Say.VENT_INVITE, pick, **slots))
        return
    echoed = reflection(text)
    said = say(Say.REFLECT, pick, reflection=echoed, **slots) if echoed else ""
    # The echo quotes patient text, so check it before using it rather than after.
    if said:
        ctx = RailContext(screen=screen, locale=profile.locale, name=slots["name"])
        if check_all(said, ctx, rails).blocked:
            said = ""
    draft.add(said or say(Say.VENT_OPEN, pick, **slots))
    if found:
        draft.add(say(Say(f"topic_{found[0].value}")))
    _suggest(st, found, profile, slots, draft)


def _suggest(
    st: ConversationState,
    found: list[Topic],
    profile: PatientProfile,
    slots: dict[str, str],
    draft: _Draft,
) -> None:
    """Mention a worrying trend, or offer an exercise that fits the topics."""
    if _mention_trend(st, profile, slots, draft):
        return
    item_id, helped = topics.suggest(found, profile.helpful_exercises, exclude=st.offered)
    if item_id is not None:
        _offer(st, item_id, helped, slots, draft)


def _mention_trend(
    st: ConversationState, profile: PatientProfile, slots: dict[str, str], draft: _Draft
) -> bool:
    """Mention a worrying check-in trend once per conversation; True if one was mentioned."""
    if st.trend_mentioned:
        return False
    trend = {k.lower(): v.lower() for k, v in profile.recent_checkin_trend.items()}
    choice: tuple[Say, str | None] | None = None
    if trend.get("sleep") in _BAD_TREND:
        choice = (Say.TREND_SLEEP, "sleep_hygiene")
    elif trend.get("anxiety") in _RISING:
        choice = (Say.TREND_ANXIETY, "paced_breathing")
    elif trend.get("mood") in _BAD_TREND:
        choice = (Say.TREND_MOOD, None)
    if choice is None:
        return False
    st.trend_mentioned = True
    draft.add(say(choice[0], **slots))
    if choice[1]:
        st.pending_offer = choice[1]
        st.offered.append(choice[1])
    return True


def _recall(
    st: ConversationState,
    found: list[Topic],
    profile: PatientProfile,
    slots: dict[str, str],
    draft: _Draft,
) -> None:
    earlier = [t for t in st.topics_seen if t not in found]
    if not earlier:
        draft.add(say(Say.RECALL_NONE, **slots))
        return
    # "What I said earlier" most often means the first thing they raised.
    labels = [topics.LABELS[t] for t in earlier[:2]]
    draft.add(say(Say.RECALL, topics=" and ".join(labels), **slots))
    item_id, _ = topics.suggest(earlier[:1], profile.helpful_exercises)
    if item_id:
        st.pending_offer = item_id


def _reliance_nudge(
    st: ConversationState, profile: PatientProfile, slots: dict[str, str], draft: _Draft
) -> None:
    """Past the soft limit, suggest a break and name the person's own supports, once."""
    if st.reliance_nudged or profile.minutes_used_today < profile.soft_limit_minutes:
        return
    plan = profile.safety_plan
    people = (plan.people_to_ask + plan.distraction)[:2] if plan else []
    supports = " or ".join(people) if people else say(Say.RELIANCE_DEFAULT_SUPPORTS, **slots)
    draft.after.append(say(Say.RELIANCE_NUDGE, supports=supports, **slots))
    st.reliance_nudged = True
