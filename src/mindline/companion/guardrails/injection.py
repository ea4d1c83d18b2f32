"""Input rail: prompt-injection and jailbreak markers in the patient's own text.

Runs before any language-model call. A message that tries to rewrite the companion's
rules gets the scripted "I can't change how I work" reply and never reaches the model.
"""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

RAIL = PatternRail(
    name="input_injection",
    reason="prompt injection or jailbreak attempt",
    replacement_key=Say.CANNOT_OVERRIDE,
    patterns=compile_all(
        r"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|"
        r"guidelines|prompt|programming|restrictions|guardrails|filters|training|policies)\b",
        r"\b(system|developer|hidden|initial|original) (prompt|message|instructions?)\b",
        r"\b(reveal|show|print|repeat|tell me|output) (me )?(your|the) (prompt|instructions|"
        r"rules|system)\b",
        r"\b(jailbreak|jailbroken|dan mode|developer mode|god mode|unfiltered mode|"
        r"do anything now|no restrictions|without (any )?(rules|restrictions|filters))\b",
        r"\b(you are|you're) (now|no longer)\b",
        r"\bfrom now on,? (you|act|respond|answer)\b",
        r"\b(pretend|act|behave|roleplay|role-play) (that )?(as|like|to be|you are|you're)\b",
        r"\bnew (instructions|rules|persona)\b",
        r"\bstay in character\b",
        r"(<\|(im_start|im_end|system|endoftext)\|>|\[/?INST\]|<</?SYS>>|^\s*(system|assistant)\s*:|"
        r"###\s*(instruction|system|response))",
        r"\bhypothetically\b.{0,60}\b(how|method|way|amount|dose)\b",
        r"\b(for|in) (a|my) (story|novel|game|script|research)\b.{0,80}\b(how|method|way|"
        r"amount|dose|lethal)\b",
    ),
)
