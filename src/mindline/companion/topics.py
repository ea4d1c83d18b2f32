"""Topic detection and topic-to-exercise matching.

Keywords are a transparent baseline; a trained emotion model can replace
``keyword_topics`` later through the ``TopicDetector`` seam.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from mindline.companion.enums import Topic
from mindline.companion.text import normalise


class TopicDetector(Protocol):
    """Anything that maps a message to topics, most relevant first."""

    def __call__(self, text: str) -> list[Topic]: ...


_KEYWORDS: dict[Topic, str] = {
    Topic.PANIC: r"panic|panicking|heart (is )?racing|can'?t breathe|hyperventilat\w*",
    Topic.GRIEF: r"died|passed away|grief|grieving|funeral|bereave\w*|lost my (mum|mom|dad|"
    r"mother|father|wife|husband|partner|friend|brother|sister|son|daughter|dog|cat|baby)|"
    r"miss (her|him|them) so",
    Topic.ANXIETY: r"anxious|anxiety|nervous|on edge|scared|afraid|fear\w*|tense|uneasy|"
    r"jittery|dread\w*|worried sick",
    Topic.RUMINATION: r"overthink\w*|can'?t stop thinking|going round|round and round|"
    r"ruminat\w*|replaying|dwell\w*|what if|worry|worries|worrying|racing thoughts|"
    r"can'?t switch off",
    Topic.SLEEP: r"sleep\w*|insomnia|awake at night|lying awake|nightmares?|can'?t nod off|"
    r"up all night|\d ?am\b",
    Topic.LOW_MOOD: r"(feel|feeling|felt|so|really|very|pretty|bit) (low|down|flat|blue)|"
    r"low mood|sad|sadness|depressed|empty|hopeless|numb|crying|cried|miserable|unhappy|"
    r"gloomy|joyless|no joy",
    Topic.STRESS: r"stress\w*|overwhelm\w*|pressure|too much on|deadlines|workload|"
    r"burn(t|ed)? ?out|swamped|snowed under",
    Topic.LONELINESS: r"lonely|loneliness|alone|isolated|no friends|no one to talk to|"
    r"nobody to talk to|left out",
    Topic.SELF_CRITICISM: r"useless|stupid|failure|hate myself|not good enough|my fault|"
    r"idiot|worthless|pathetic|ashamed|i'?m a mess|i always mess",
    Topic.ANGER: r"angry|furious|rage|irritated|annoyed|snapped|frustrat\w*|livid|fuming",
    Topic.PROBLEM: r"problem|decide|decision|what should i do|don'?t know what to do|"
    r"sort (it|this) out|bills|debt|money|landlord|eviction|rent|job interview",
    Topic.MOTIVATION: r"no motivation|unmotivated|can'?t get out of bed|can'?t be bothered|"
    r"no energy|procrastinat\w*|lazy|stuck|can'?t get going",
}
_PATTERNS = {t: re.compile(r"(?<![\w'])(" + p + r")(?![\w'])") for t, p in _KEYWORDS.items()}

# Human-friendly names for reflecting a topic back.
LABELS: dict[Topic, str] = {
    Topic.ANXIETY: "feeling anxious",
    Topic.PANIC: "panic",
    Topic.LOW_MOOD: "feeling low",
    Topic.RUMINATION: "thoughts going round and round",
    Topic.SLEEP: "your sleep",
    Topic.STRESS: "feeling stressed",
    Topic.GRIEF: "your loss",
    Topic.LONELINESS: "feeling lonely",
    Topic.SELF_CRITICISM: "being hard on yourself",
    Topic.ANGER: "feeling angry",
    Topic.PROBLEM: "a problem you're facing",
    Topic.MOTIVATION: "low motivation",
}

# Which exercises fit which topic, best first.
EXERCISES: dict[Topic, tuple[str, ...]] = {
    Topic.ANXIETY: ("paced_breathing", "grounding_54321", "worry_time"),
    Topic.PANIC: ("paced_breathing", "grounding_54321"),
    Topic.LOW_MOOD: ("behavioural_activation", "thought_record", "self_compassion_break"),
    Topic.RUMINATION: ("worry_time", "thought_record"),
    Topic.SLEEP: ("sleep_hygiene", "progressive_muscle_relaxation"),
    Topic.STRESS: ("problem_solving", "progressive_muscle_relaxation", "paced_breathing"),
    Topic.GRIEF: ("about_grief", "self_compassion_break"),
    Topic.LONELINESS: ("behavioural_activation", "values"),
    Topic.SELF_CRITICISM: ("self_compassion_break", "thought_record"),
    Topic.ANGER: ("paced_breathing", "grounding_54321"),
    Topic.PROBLEM: ("problem_solving",),
    Topic.MOTIVATION: ("behavioural_activation", "values"),
}


def keyword_topics(text: str) -> list[Topic]:
    """Topics mentioned in the text, in the order of the table above."""
    norm = normalise(text)
    # "not anxious" should not count; a crude clause-level check is enough for a baseline.
    found: list[Topic] = []
    for topic, pattern in _PATTERNS.items():
        match = pattern.search(norm)
        if match and not re.search(r"\b(not|no longer|never)\s+(\w+\s+)?$", norm[: match.start()]):
            found.append(topic)
    return found


def suggest(
    topics: Sequence[Topic], helpful: Sequence[str], exclude: Sequence[str] = ()
) -> tuple[str | None, bool]:
    """Pick an exercise for these topics; prefer one that helped before.

    Returns (item id, helped_before).
    """
    candidates = [e for t in topics for e in EXERCISES.get(t, ()) if e not in exclude]
    for item_id in candidates:
        if item_id in helpful:
            return item_id, True
    return (candidates[0], False) if candidates else (None, False)
