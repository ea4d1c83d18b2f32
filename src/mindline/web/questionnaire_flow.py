"""One question per screen without JavaScript: the answers so far travel in hidden fields.

Nothing is stored until the last screen is submitted; the idempotency key is made when the
first screen is shown, so submitting twice stores one response.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mindline.measures import Instrument, Item, Option

Answer = int | str
POSITIVE_WORDS = ("yes", "declined")


@dataclass
class Flow:
    """Where the patient is in one questionnaire."""

    instrument: Instrument
    key: str
    answers: dict[str, Answer] = field(default_factory=dict)
    step: int = 0  # index into asked(); len(asked()) is the review screen
    error: str = ""

    def asked(self) -> list[Item]:
        """Items shown, skipping conditional ones whose condition is not met (ASQ item 5)."""
        items = [i for i in self.instrument.items if i.asked_if is None]
        conditional = [i for i in self.instrument.items if i.asked_if is not None]
        if conditional and any(_positive(self, i) for i in items if i.safety):
            items += conditional
        return items

    @property
    def total_steps(self) -> int:
        return len(self.asked())

    @property
    def reviewing(self) -> bool:
        return self.step >= self.total_steps

    @property
    def item(self) -> Item | None:
        return None if self.reviewing else self.asked()[self.step]

    def options(self, item: Item) -> list[Option]:
        return self.instrument.options_for(item)

    def label_for(self, item: Item) -> str:
        """The chosen answer's label, for the review screen."""
        value = self.answers.get(item.id)
        if value == "declined":
            return "I'd rather not say"
        for option in self.options(item):
            if value in (option.score, option.code):
                return option.label
        return "Not answered"

    def safety_positive(self) -> bool:
        """INSTRUMENTS.md §1 item 9 rule (and the ASQ): any answered safety item above none."""
        return any(_positive(self, item) for item in self.instrument.items if item.safety)

    def first_positive_safety_item(self) -> str | None:
        """The id of the first answered safety item above none, if any."""
        for item in self.instrument.items:
            if item.safety and _positive(self, item):
                return item.id
        return None

    def submission(self) -> dict[str, Answer]:
        """Answers to every asked item, as the scoring service takes them."""
        return {i.id: self.answers[i.id] for i in self.asked() if i.id in self.answers}


def _positive(flow: Flow, item: Item) -> bool:
    value = flow.answers.get(item.id)
    if isinstance(value, int):
        return value > 0
    return value in POSITIVE_WORDS


def new(instrument: Instrument) -> Flow:
    """A fresh flow at the first question with a new idempotency key."""
    return Flow(instrument=instrument, key=secrets.token_urlsafe(16))


def _answer(instrument: Instrument, item: Item, text: str) -> Answer | None:
    text = text.strip()
    if instrument.kind == "yes_no":
        return text if text in ("yes", "no", "declined") else None
    if text.isdigit() and int(text) in {o.score for o in instrument.options_for(item)}:
        return int(text)
    return None


def from_form(instrument: Instrument, form: Mapping[str, Any]) -> tuple[Flow, str]:
    """Rebuild the flow from a posted step; returns it and the button pressed."""
    key = str(form.get("key", ""))[:80] or secrets.token_urlsafe(16)
    flow = Flow(instrument=instrument, key=key)
    for item in instrument.items:
        value = _answer(instrument, item, str(form.get(f"a_{item.id}", "")))
        if value is not None:
            flow.answers[item.id] = value
    step = str(form.get("step", "0"))
    flow.step = int(step) if step.isdigit() else 0
    current = flow.item
    if current is not None:
        chosen = _answer(instrument, current, str(form.get("answer", "")))
        if chosen is not None:
            flow.answers[current.id] = chosen
    flow.step = min(flow.step, flow.total_steps)
    return flow, str(form.get("go", "next"))


def advance(flow: Flow, go: str) -> Flow:
    """Move according to the button: next, back, edit:<step>; 'submit' is the caller's."""
    if go == "back":
        flow.step = max(0, flow.step - 1)
    elif go.startswith("edit:") and go[5:].isdigit():
        flow.step = min(int(go[5:]), flow.total_steps)
    elif go == "next":
        current = flow.item
        if current is not None and current.id not in flow.answers:
            flow.error = "Choose one answer to go on."
        else:
            flow.step = min(flow.step + 1, flow.total_steps)
    return flow


def missing(flow: Flow) -> int | None:
    """The first asked step without an answer, or None when all are answered."""
    for index, item in enumerate(flow.asked()):
        if item.id not in flow.answers:
            return index
    return None
