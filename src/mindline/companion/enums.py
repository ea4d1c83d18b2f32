"""Enumerations shared by the companion modules."""

from enum import StrEnum


class RiskLevel(StrEnum):
    """Risk levels used across Mindline, lowest first."""

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        """Position in the ordering none < low < moderate < high < imminent."""
        return list(RiskLevel).index(self)

    def at_least(self, other: "RiskLevel") -> bool:
        """Return True when this level is at or above ``other``."""
        return self.rank >= other.rank


class Mode(StrEnum):
    """What kind of reply a turn produced."""

    SCRIPTED = "scripted"
    EXERCISE = "exercise"
    CRISIS = "crisis"
    CHECK_IN = "check_in"
    THIRD_PARTY = "third_party"


class Intent(StrEnum):
    """What the person seems to want from this message."""

    GREET = "greet"
    GOODBYE = "goodbye"
    THANKS = "thanks"
    VENT = "vent"
    WANTS_EXERCISE = "wants_exercise"
    QUESTION = "question"
    ASKS_AI = "asks_ai"
    STOP = "stop"
    PAUSE = "pause"
    RESUME = "resume"
    YES = "yes"
    NO = "no"
    SAYS_SAFE = "says_safe"
    SAFETY_PLAN = "safety_plan"
    WHAT_CAN_YOU_DO = "what_can_you_do"
    RECALL = "recall"
    OVERRIDE = "override"
    CONFIDENTIALITY = "confidentiality"
    DIAGNOSIS = "diagnosis"
    MEDICATION = "medication"
    OTHER = "other"


class Topic(StrEnum):
    """What the person is dealing with, as far as simple rules can tell."""

    ANXIETY = "anxiety"
    PANIC = "panic"
    LOW_MOOD = "low_mood"
    RUMINATION = "rumination"
    SLEEP = "sleep"
    STRESS = "stress"
    GRIEF = "grief"
    LONELINESS = "loneliness"
    SELF_CRITICISM = "self_criticism"
    ANGER = "anger"
    PROBLEM = "problem"
    MOTIVATION = "motivation"


class Urgency(StrEnum):
    """How fast the care team should see an alert."""

    ROUTINE = "routine"
    URGENT = "urgent"
