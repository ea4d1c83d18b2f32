"""Blocks advice against therapy, clinicians or treatment."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

_CARE = (
    r"(a |an |your |any |the )?(therapist|therapists|therapy|counsel+ing|counsel+or|doctor|"
    r"doctors|gp|psychiatrist|psychologist|professional help|professionals?|treatment|"
    r"medication|meds|care team|clinician|appointments?|sessions?)"
)

RAIL = PatternRail(
    name="no_anti_professional",
    reason="advises against professional help",
    replacement_key=Say.RAIL_PROFESSIONAL,
    allow_negated=True,
    patterns=compile_all(
        r"\byou (don'?t|do not|no longer) need " + _CARE + r"\b",
        r"\b(therapy|therapists|counsel+ing|doctors|psychiatrists|medication|treatment|"
        r"professional help)( really)? (doesn'?t|don'?t|won'?t|never|can'?t) (help|work)\b",
        r"\b(skip|cancel|miss|stop going to|quit|drop|ditch|don'?t bother with) " + _CARE + r"\b",
        r"\binstead of (seeing |going to |talking to )?" + _CARE + r"\b",
        r"\bi can replace " + _CARE + r"\b",
        r"\b(better than|as good as) " + _CARE + r"\b",
    ),
)
