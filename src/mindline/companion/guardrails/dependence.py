"""Blocks encouragement of reliance on the companion instead of people."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

RAIL = PatternRail(
    name="no_dependence",
    reason="encourages dependence",
    replacement_key=Say.RAIL_DEPENDENCE,
    patterns=compile_all(
        r"\bi(?:'m| am) all you need\b",
        r"\ball you need is me\b",
        r"\byou (only|just) need me\b",
        r"\bi(?:'ll| will) always be (here|there) for you\b",
        r"\bi(?:'m| am) always (here|there) for you\b",
        r"\bi(?:'ll| will) never leave you\b",
        r"\byou don'?t need (anyone|anybody|other people|anyone else|friends|your friends|"
        r"your family|people|them)\b",
        r"\bi(?:'m| am) the only one (who|that) (understands|gets|cares|listens)\b",
        r"\bonly i (really )?(understand|get|care about) you\b",
        r"\bno one (else )?(understands|gets) you like i do\b",
        r"\b(talk|come) to me instead of\b",
        r"\b(you can|just) rely (only )?on me\b",
        r"\bspend (more|all) (of )?your time (talking )?(with|to) me\b",
    ),
)
