"""Blocks any description of methods, means, quantities or lethality.

The patterns look for the shape of method talk (lethality words, "how to", quantities
"enough to die") rather than listing methods, so this file holds no method detail.
"""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

RAIL = PatternRail(
    name="no_method_details",
    reason="method, means or lethality",
    replacement_key=Say.RAIL_FALLBACK,
    patterns=compile_all(
        r"\b(lethal|fatal|deadly|toxic)\s+(dose|doses|amount|amounts|quantity|level|levels|"
        r"combination|method|methods|way|ways|height|heights)\b",
        r"\boverdos\w*",
        r"\bpainless(ly)?\b",
        r"\b(most|least|more|less) (painful|effective|reliable|lethal|certain|deadly) "
        r"(way|ways|method|methods|means)\b",
        r"\b(quickest|easiest|surest|fastest|best|quietest|simplest) (way|ways|method|methods) "
        r"to (die|end|kill)\b",
        r"\b(how|ways?|steps?) to (kill|end|hurt|harm) (yourself|your life|oneself|themselves|"
        r"myself|someone|a person)\b",
        r"\b(enough|amount|how many|how much)\b.{0,30}\b(to die|to kill|to be fatal|"
        r"to end (it|your life))\b",
        r"\b(suicide|self[- ]harm) (method|methods|technique|techniques|means)\b",
        r"\b(methods?|means|ways?) (of|for) (suicide|self[- ]harm|ending (your|a) life)\b",
        r"\[(METHOD|MEANS|LOCATION)\]",
    ),
)
