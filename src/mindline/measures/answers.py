"""Turn raw answers (ints, strings, None; a list or a mapping) into checked item values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mindline.measures.definitions import Instrument, Item
from mindline.measures.errors import InvalidAnswers

# A checked answer: an option score (ordinal items), "yes"/"no"/"declined" (yes/no items),
# or None when the item was not answered.
Value = int | str | None
RawAnswers = Sequence[object] | Mapping[str, object]

YES_NO_WORDS = {"yes": "yes", "1": "yes", "no": "no", "0": "no", "declined": "declined"}
BLANKS = {"", "-"}


def normalise(instrument: Instrument, answers: RawAnswers) -> dict[str, Value]:
    """Check every answer against its item and return {item id: value} in item order."""
    if isinstance(answers, Mapping):
        raw = _from_mapping(instrument, answers)
    elif isinstance(answers, Sequence) and not isinstance(answers, str | bytes):
        raw = _from_sequence(instrument, answers)
    else:
        raise InvalidAnswers(
            f"{instrument.id}: answers must be a list or a mapping of item id to answer",
            fields={"answers": "a list or a mapping"},
        )
    values = {item.id: _value(instrument, item, raw.get(item.id)) for item in instrument.items}
    for item in instrument.items:
        # Items without a missing-answer rule must be answered (no silent zeros).
        if values[item.id] is None and item.missing == "error" and item.asked_if is None:
            choices = allowed(instrument, item)
            raise InvalidAnswers(
                f"{instrument.id} item {item.id} is required; allowed values: {choices}",
                fields={item.id: f"required; allowed values: {choices}"},
            )
    return values


def allowed(instrument: Instrument, item: Item) -> str:
    """Describe the allowed answers of one item, for error messages."""
    if instrument.kind == "yes_no":
        return "yes, no, declined (or 1, 0)"
    return ", ".join(str(option.score) for option in instrument.options_for(item))


def _from_sequence(instrument: Instrument, answers: Sequence[object]) -> dict[str, object]:
    items = instrument.items
    # Trailing items that are asked only conditionally may be left off the list.
    required = len(items)
    while required and items[required - 1].asked_if is not None:
        required -= 1
    if not required <= len(answers) <= len(items):
        count = str(len(items)) if required == len(items) else f"{required} to {len(items)}"
        ids = f"items {items[0].id} to {items[-1].id}"
        raise InvalidAnswers(
            f"{instrument.id} needs {count} answers ({ids}), got {len(answers)}",
            fields={"answers": f"{count} answers expected, got {len(answers)}"},
        )
    return {item.id: answer for item, answer in zip(items, answers, strict=False)}


def _from_mapping(instrument: Instrument, answers: Mapping[str, object]) -> dict[str, object]:
    ids = [item.id for item in instrument.items]
    unknown = [str(key) for key in answers if str(key) not in ids]
    if unknown:
        raise InvalidAnswers(
            f"{instrument.id} has no item {unknown[0]!r}; item ids: {', '.join(ids)}",
            fields={unknown[0]: f"unknown item; item ids: {', '.join(ids)}"},
        )
    return {str(key): value for key, value in answers.items()}


def _value(instrument: Instrument, item: Item, answer: object) -> Value:
    if answer is None or (isinstance(answer, str) and answer.strip() in BLANKS):
        return None
    if instrument.kind == "yes_no":
        return _yes_no(instrument, item, answer)
    return _ordinal(instrument, item, answer)


def _yes_no(instrument: Instrument, item: Item, answer: object) -> str:
    word = str(int(answer)) if isinstance(answer, bool | int) else str(answer).strip().lower()
    if word in YES_NO_WORDS:
        return YES_NO_WORDS[word]
    raise _bad(instrument, item, answer, "is not a valid answer")


def _ordinal(instrument: Instrument, item: Item, answer: object) -> int:
    # bool is an int subclass; True as a PHQ score is almost certainly a bug upstream.
    if isinstance(answer, bool) or not isinstance(answer, int | str):
        raise _bad(instrument, item, answer, "is not a whole number")
    text = str(answer).strip()
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if not (text.isdecimal() or (text.startswith("-") and text[1:].isdecimal())):
        raise _bad(instrument, item, answer, "is not a whole number")
    value = int(text)
    if value not in {option.score for option in instrument.options_for(item)}:
        raise _bad(instrument, item, value, "is out of range")
    return value


def _bad(instrument: Instrument, item: Item, answer: object, problem: str) -> InvalidAnswers:
    choices = allowed(instrument, item)
    return InvalidAnswers(
        f"{instrument.id} item {item.id}: {answer!r} {problem}; allowed values: {choices}",
        fields={item.id: f"{problem}; allowed values: {choices}"},
    )
