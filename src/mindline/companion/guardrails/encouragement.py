"""Blocks telling someone to harm themselves or presenting suicide as a solution."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

RAIL = PatternRail(
    name="no_harm_encouragement",
    reason="encourages harm or frames suicide as a solution",
    replacement_key=Say.RAIL_FALLBACK,
    allow_negated=True,
    patterns=compile_all(
        r"\b(kill|hurt|harm|cut|starve) yourself\b",
        r"\b(end|take) your (own )?life\b",
        r"\bsuicide (is|was|would be|could be|seems like) (a |an |the )?(solution|answer|"
        r"way out|option|relief|release|escape|understandable|brave|peaceful)\b",
        r"\b(you'?d|you would|everyone would|they'?d|they would) be better off "
        r"(dead|without you)\b",
        r"\bno one would (miss|notice) you\b",
        r"\b(committed|successful|failed) (suicide|attempt)\b",
    ),
)
