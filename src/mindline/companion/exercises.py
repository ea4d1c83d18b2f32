"""Running a content flow step by step; all progress lives in ExerciseState."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mindline.companion import content
from mindline.companion.schemas import ExerciseRef, ExerciseState


@dataclass(frozen=True)
class StepOutput:
    """What the flow says next, and where it now stands."""

    text: str
    state: ExerciseState | None
    finished: bool = False
    saved_section: tuple[str, list[str]] | None = None


def ref(state: ExerciseState) -> ExerciseRef:
    """The public reference to an exercise position."""
    return ExerciseRef(id=state.id, step=state.step, title=content.get(state.id).title)


def _render(item: content.Item, index: int, state: ExerciseState, extra: dict[str, str]) -> str:
    return content.render(
        item.steps[index].text,
        name=extra.get("name", ""),
        answers=state.answers,
        extra=extra,
    )


def start(item_id: str, extra: dict[str, str]) -> StepOutput:
    """Begin a flow at its first step."""
    state = ExerciseState(id=item_id)
    return StepOutput(_render(content.get(item_id), 0, state, extra), state)


def current(state: ExerciseState, extra: dict[str, str]) -> str:
    """Repeat the step the person is on (after a pause or an interruption)."""
    return _render(content.get(state.id), state.step, state, extra)


def split_items(answer: str) -> list[str]:
    """Split a free-text answer into list items for a safety-plan section."""
    parts = re.split(r"\s*(?:[,;\n]|\band\b|\bor\b)\s*", answer)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def advance(state: ExerciseState, answer: str, extra: dict[str, str]) -> StepOutput:
    """Record the answer to the current step and move to the next one."""
    item = content.get(state.id)
    step = item.steps[state.step]
    new = state.model_copy(deep=True)
    saved: tuple[str, list[str]] | None = None
    if step.save_as:
        new.answers[step.save_as] = answer.strip()[:500]
    if step.section:
        saved = (step.section, split_items(answer)[:10])
    new.step += 1
    if new.step >= len(item.steps):
        closing = content.render(
            item.closing, name=extra.get("name", ""), answers=new.answers, extra=extra
        )
        return StepOutput(closing, None, finished=True, saved_section=saved)
    return StepOutput(_render(item, new.step, new, extra), new, saved_section=saved)
