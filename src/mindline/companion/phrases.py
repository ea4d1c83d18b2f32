"""Scripted replies, loaded from ``replies.yaml`` and keyed by an enum."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from importlib import resources

import yaml

from mindline.companion.errors import ContentError

FILE_NAME = "replies.yaml"


class Say(StrEnum):
    """Keys of the scripted replies; every key must exist in replies.yaml."""

    AI_INTRO = "ai_intro"
    AI_ANSWER = "ai_answer"
    CANNOT_OVERRIDE = "cannot_override"
    GREET = "greet"
    GOODBYE = "goodbye"
    THANKS = "thanks"
    WHAT_CAN_YOU_DO = "what_can_you_do"
    VENT_OPEN = "vent_open"
    VENT_INVITE = "vent_invite"
    REFLECT = "reflect"
    UNCLEAR = "unclear"
    OFFER = "offer"
    OFFER_AGAIN = "offer_again"
    OFFER_DECLINED = "offer_declined"
    TREND_SLEEP = "trend_sleep"
    TREND_MOOD = "trend_mood"
    TREND_ANXIETY = "trend_anxiety"
    EXERCISE_STOPPED = "exercise_stopped"
    EXERCISE_PAUSED = "exercise_paused"
    EXERCISE_SWITCH = "exercise_switch"
    RESUME = "resume"
    NOTHING_TO_RESUME = "nothing_to_resume"
    FEEDBACK_ASK = "feedback_ask"
    FEEDBACK_YES = "feedback_yes"
    FEEDBACK_NO = "feedback_no"
    RECALL = "recall"
    RECALL_NONE = "recall_none"
    NO_DIAGNOSIS = "no_diagnosis"
    NO_MEDICATION = "no_medication"
    CONFIDENTIALITY = "confidentiality"
    GENERAL_QUESTION = "general_question"
    RELIANCE_NUDGE = "reliance_nudge"
    RELIANCE_DEFAULT_SUPPORTS = "reliance_default_supports"
    LANGUAGE_NOTE = "language_note"
    CHECK_IN = "check_in"
    CHECK_IN_NO = "check_in_no"
    CRISIS_OPEN_SUICIDE = "crisis_open_suicide"
    CRISIS_OPEN_HARM_OTHERS = "crisis_open_harm_others"
    CRISIS_OPEN_DANGER = "crisis_open_danger"
    CRISIS_HOLD = "crisis_hold"
    CRISIS_CHECK = "crisis_check"
    CRISIS_NOT_YET = "crisis_not_yet"
    CRISIS_CLOSED = "crisis_closed"
    CRISIS_RESPECT_STOP = "crisis_respect_stop"
    CRISIS_SAFETY_PLAN = "crisis_safety_plan"
    CRISIS_NO_PLAN = "crisis_no_plan"
    CRISIS_BREATHING = "crisis_breathing"
    SAFETY_PLAN_OFFER_HAVE = "safety_plan_offer_have"
    SAFETY_PLAN_OFFER_NONE = "safety_plan_offer_none"
    THIRD_PARTY = "third_party"
    THIRD_PARTY_URGENT = "third_party_urgent"
    RAIL_FALLBACK = "rail_fallback"
    RAIL_IDENTITY = "rail_identity"
    RAIL_DEPENDENCE = "rail_dependence"
    RAIL_PROFESSIONAL = "rail_professional"
    RAIL_MEDICATION = "rail_medication"
    RAIL_DIAGNOSIS = "rail_diagnosis"
    RAIL_SECRECY = "rail_secrecy"
    TOPIC_ANXIETY = "topic_anxiety"
    TOPIC_PANIC = "topic_panic"
    TOPIC_LOW_MOOD = "topic_low_mood"
    TOPIC_RUMINATION = "topic_rumination"
    TOPIC_SLEEP = "topic_sleep"
    TOPIC_STRESS = "topic_stress"
    TOPIC_GRIEF = "topic_grief"
    TOPIC_LONELINESS = "topic_loneliness"
    TOPIC_SELF_CRITICISM = "topic_self_criticism"
    TOPIC_ANGER = "topic_anger"
    TOPIC_PROBLEM = "topic_problem"
    TOPIC_MOTIVATION = "topic_motivation"


_SLOT = re.compile(r"\{(\w+)\}")


def parse(data: object, source: str = FILE_NAME) -> dict[Say, list[str]]:
    """Validate the replies file: every key present, every value text or a list of text."""
    if not isinstance(data, dict):
        raise ContentError(source, "<root>", "expected a mapping")
    out: dict[Say, list[str]] = {}
    for key in Say:
        value = data.get(key.value)
        if value is None:
            raise ContentError(source, key.value, "missing")
        variants = value if isinstance(value, list) else [value]
        if not variants or not all(isinstance(v, str) and v.strip() for v in variants):
            raise ContentError(source, key.value, "must be text or a list of text")
        out[key] = [v.strip() for v in variants]
    return out


@lru_cache(maxsize=1)
def table() -> dict[Say, list[str]]:
    """Load the replies shipped with the package, once."""
    text = resources.files("mindline.companion").joinpath(FILE_NAME).read_text("utf-8")
    return parse(yaml.safe_load(text))


def _fill(slot: str, slots: dict[str, str]) -> str:
    value = slots.get(slot, "")
    return f"\n{value}\n" if "\n" in value or slot in _BLOCK_SLOTS else value


_BLOCK_SLOTS = {"crisis_lines", "plan"}


def say(key: Say, pick: int = 0, /, **slots: str) -> str:
    """Render one reply; unknown slots are left empty rather than crashing a turn."""
    variants = table()[key]
    text = variants[pick % len(variants)]
    if not slots.get("name"):
        text = re.sub(r",?\s*\{name\}", "", text)
    # Block slots such as the crisis-line list always sit on their own lines.
    text = _SLOT.sub(lambda m: _fill(m.group(1), slots), text)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    # A leading {care_team} slot would start a sentence in lower case.
    text = re.sub(r"(^|[.!?]\s+|\n)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return text.strip()
