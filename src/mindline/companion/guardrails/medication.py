"""Blocks dosing and any advice to start, stop or change medication."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

_MEDS = (
    r"(dose|doses|dosage|medication|medications|medicine|medicines|meds|pills?|tablets?|"
    r"capsules?|antidepressants?|prescription|ssris?|snris?|benzos?|sleeping pills|"
    r"sertraline|fluoxetine|citalopram|escitalopram|mirtazapine|venlafaxine|lithium|"
    r"quetiapine|diazepam|lorazepam|\[DRUG\])"
)

RAIL = PatternRail(
    name="no_dosing",
    reason="dosing or medication change",
    replacement_key=Say.RAIL_MEDICATION,
    allow_negated=True,
    patterns=compile_all(
        r"\b\d+(\.\d+)?\s?(mg|milligrams?|mcg|micrograms?|ml|g)\b",
        r"\[N\]\s?(mg|ml|g|tablets?|pills?|capsules?)\b",
        r"\b(take|taking|try|trying|increase|increasing|decrease|decreasing|double|halve|stop|"
        r"stopping|skip|skipping|reduce|reducing|lower|raise|up|change|changing|switch|"
        r"come off|coming off|wean off|taper|quit)\b(\s+\S+){0,3}\s+" + _MEDS + r"\b",
        r"\b(double|extra|higher|lower|bigger|smaller|half) " + _MEDS + r"\b",
    ),
)
