"""The companion: content library, dialogue engine, crisis protocol and output guardrails."""

from mindline.companion.engine import clear_crisis, reply
from mindline.companion.schemas import (
    AlertRequest,
    ConversationState,
    PatientProfile,
    SafetyPlan,
    Turn,
)

__all__ = [
    "AlertRequest",
    "ConversationState",
    "PatientProfile",
    "SafetyPlan",
    "Turn",
    "clear_crisis",
    "reply",
]
