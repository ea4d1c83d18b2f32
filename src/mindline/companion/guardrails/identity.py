"""Blocks any claim to be a human or a professional."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

_ROLES = (
    r"(human|human being|person|man|woman|therapist|psychologist|psychiatrist|doctor|"
    r"counsel+or|nurse|clinician|social worker|real person)"
)

RAIL = PatternRail(
    name="no_human_claim",
    reason="claims to be human",
    replacement_key=Say.RAIL_IDENTITY,
    patterns=compile_all(
        r"\bi(?:'m| am)( also| really| actually| definitely)? (a |an )?(real |actual |living )?"
        + _ROLES
        + r"\b",
        r"\bi(?:'m| am) (not|no) (a |an )?(ai|a\.i\.|bot|robot|machine|computer|program|"
        r"chatbot|language model|llm)\b",
        r"\bas a (human|person|therapist|psychologist|psychiatrist|doctor|counsel+or|clinician)\b",
        r"\bi(?:'m| am) real\b",
        r"\bspeaking as your (therapist|doctor|counsel+or|clinician)\b",
    ),
)
