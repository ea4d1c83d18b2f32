"""Prompts are files in ``prompts/``, keyed by an enum; code fills their slots."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources


class Prompt(StrEnum):
    """Every prompt the companion sends; the value is the file name without ``.md``."""

    SYSTEM = "system"
    CONNECTION_TEST = "connection_test"


@cache
def template(prompt: Prompt) -> str:
    """The prompt file's text (read once)."""
    folder = resources.files("mindline.companion.llm").joinpath("prompts")
    return folder.joinpath(f"{prompt.value}.md").read_text("utf-8").strip()


def render(prompt: Prompt, **slots: str) -> str:
    """Fill ``{slot}`` placeholders; unknown braces are left alone."""
    text = template(prompt)
    for key, value in slots.items():
        text = text.replace("{" + key + "}", value)
    return text
