"""Typed, JSON-serialisable values that go in and out of the dialogue engine."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from mindline.companion.enums import Intent, Mode, RiskLevel, Topic, Urgency
from mindline.core.schemas import Input, Output

MAX_MESSAGE_CHARS = 4000

SAFETY_PLAN_SECTIONS = (
    "warning_signs",
    "internal_coping",
    "distraction",
    "people_to_ask",
    "professionals",
    "safer_environment",
    "reasons_for_living",
)


class SafetyPlan(BaseModel):
    """A Stanley-Brown style safety plan in the person's own words."""

    warning_signs: list[str] = Field(default_factory=list)
    internal_coping: list[str] = Field(default_factory=list)
    distraction: list[str] = Field(default_factory=list)
    people_to_ask: list[str] = Field(default_factory=list)
    professionals: list[str] = Field(default_factory=list)
    safer_environment: list[str] = Field(default_factory=list)
    reasons_for_living: list[str] = Field(default_factory=list)

    def is_empty(self) -> bool:
        """Return True when no section has anything in it."""
        return not any(getattr(self, s) for s in SAFETY_PLAN_SECTIONS)


class PatientProfile(BaseModel):
    """What the caller knows about the person; read-only for the engine."""

    name: str | None = None
    # Only used to redact text sent to a language model outside the network; never shown.
    full_name: str | None = None
    email: str | None = None
    country: str = "GB"
    locale: str = "en"
    helpful_exercises: list[str] = Field(default_factory=list)
    # e.g. {"sleep": "down", "mood": "down", "anxiety": "up"} from monitoring.
    recent_checkin_trend: dict[str, str] = Field(default_factory=dict)
    safety_plan: SafetyPlan | None = None
    care_team_name: str = "your care team"
    minutes_used_today: float = 0.0
    soft_limit_minutes: float = Field(60.0, gt=0)


class ExerciseState(BaseModel):
    """Where the person is inside one exercise."""

    id: str
    step: int = 0
    answers: dict[str, str] = Field(default_factory=dict)


class CrisisState(BaseModel):
    """Crisis mode bookkeeping; present while crisis mode is open."""

    level: RiskLevel
    categories: list[str] = Field(default_factory=list)
    opened_turn: int = 0
    # Which question the last crisis reply asked, so a bare "yes"/"no" can be read:
    # "thoughts" (suicidal thoughts now?), "safe" (safe right now?), "check" (the check
    # question after "I'm safe"), or "other".
    asked: str = "thoughts"


class ConversationState(BaseModel):
    """Everything the engine needs between turns; the caller persists it."""

    turn: int = 0
    disclosed_ai: bool = False
    exercise: ExerciseState | None = None
    paused: ExerciseState | None = None
    crisis: CrisisState | None = None
    crisis_closed_by: str | None = None
    awaiting_safety_answer: bool = False
    pending_offer: str | None = None
    offered: list[str] = Field(default_factory=list)
    awaiting_feedback: str | None = None
    topics_seen: list[Topic] = Field(default_factory=list)
    trend_mentioned: bool = False
    reliance_nudged: bool = False
    last_reply: str = ""


class EvidenceSpan(BaseModel):
    """Where in the text the risk screen saw something, and why."""

    start: int
    end: int
    text: str
    reason: str = ""


class AlertRequest(BaseModel):
    """An alert the caller stores in the same transaction as the message."""

    level: RiskLevel
    category: str
    categories: list[str] = Field(default_factory=list)
    evidence: list[EvidenceSpan] = Field(default_factory=list)
    urgency: Urgency = Urgency.ROUTINE
    reason: str = ""
    model_version: str = ""


class ExerciseRef(BaseModel):
    """Which exercise and step a turn belongs to."""

    id: str
    step: int
    title: str = ""


class Turn(BaseModel):
    """The engine's answer to one patient message."""

    reply: str
    mode: Mode
    crisis: bool = False
    risk_level: RiskLevel = RiskLevel.NONE
    rails_fired: list[str] = Field(default_factory=list)
    exercise: ExerciseRef | None = None
    raise_alert: AlertRequest | None = None
    state: ConversationState
    intent: Intent = Intent.OTHER
    topics: list[Topic] = Field(default_factory=list)
    # Filled when the person builds their safety plan; the caller merges and stores it.
    safety_plan_update: dict[str, list[str]] | None = None
    # (exercise id, helped?) when the person says whether an exercise helped.
    exercise_feedback: tuple[str, bool] | None = None
    # Problems the caller should log and escalate (screen or rail failures).
    incidents: list[str] = Field(default_factory=list)


# --- API shapes -------------------------------------------------------------------------


class MessageIn(Input):
    """A patient message; whitespace is stripped before the length check."""

    text: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class ShareIn(Input):
    """Share a message with the care team (or take the share back)."""

    shared: bool = True


class ConversationRead(Output):
    id: int
    patient_id: int
    status: str
    in_crisis: bool
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    messages: int = 0


class MessageRead(Output):
    id: int
    conversation_id: int
    role: str
    text: str
    created_at: datetime
    risk_level: str | None
    risk_categories: list[str]
    mode: str | None
    rails_fired: list[str]
    exercise_id: str | None
    shared: bool
    flagged: bool


class CrisisLineRead(Output):
    name: str
    contact: str
    hours: str


class ReplyRead(BaseModel):
    """The answer to one patient message: both stored messages and the crisis resources."""

    message: MessageRead
    reply: MessageRead
    mode: str
    crisis: bool
    risk_level: str
    crisis_lines: list[CrisisLineRead] = Field(default_factory=list)
    emergency: str | None = None


class FlaggedMessage(BaseModel):
    """A moderate-or-higher message with its evidence marked as [[...]]."""

    id: int
    conversation_id: int
    created_at: datetime
    risk_level: str
    risk_categories: list[str]
    text: str
    highlighted: str
    evidence: list[EvidenceSpan]
    shared: bool


class DayUsageRead(BaseModel):
    day: date
    messages: int
    minutes: float
    late_night_messages: int
    over_limit: bool
    heavy: bool


class UsageRead(BaseModel):
    soft_limit_minutes: int
    heavy_days: int
    days: list[DayUsageRead]


class SummaryRead(BaseModel):
    """What the care team sees of recent conversations without the full transcript."""

    days: int
    conversations: int
    open_crises: list[int]
    patient_messages: int
    modes: dict[str, int]
    exercises: list[str]
    risk_levels: dict[str, int]
    flagged: list[FlaggedMessage]
    shared: list[MessageRead]
    transcript_shared: bool
    usage: UsageRead


class SafetyPlanRead(SafetyPlan):
    updated_at: datetime | None = None
