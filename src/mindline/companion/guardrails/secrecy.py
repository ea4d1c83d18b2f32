"""Blocks promises of secrecy the service cannot keep (risk is always escalated)."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

RAIL = PatternRail(
    name="no_secrecy_promise",
    reason="promises confidentiality",
    replacement_key=Say.RAIL_SECRECY,
    patterns=compile_all(
        r"\b(this|that|it|everything|anything|what you say|what you tell me)( will)? "
        r"(stays?|remains?|is|'s) (just |strictly )?between (us|you and me|the two of us)\b",
        r"\b(just|strictly) between (us|you and me|the two of us)\b",
        r"\bi (won'?t|will not|will never|would never|promise not to|never) (tell|share|report|"
        r"pass|inform|repeat)\b",
        r"\b(no one|nobody|no-one)( else)? (will|would|can|could|needs to) (ever )?(know|find out|"
        r"see|read)\b",
        r"\b(completely|totally|100%|fully|strictly|entirely) (confidential|private|secret|"
        r"anonymous)\b",
        r"\byour secrets? (is|are) safe\b",
        r"\bi(?:'ll| will) keep (it|this|that|your secrets?) (a )?(secret|to myself|private)\b",
        r"\boff the record\b",
    ),
)
