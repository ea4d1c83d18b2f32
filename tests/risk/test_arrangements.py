"""rules-1.27 (arr): arrangements.find on normalised text: which kinds, and when enough."""

from __future__ import annotations

import pytest

from mindline.risk import arrangements
from mindline.risk.normalize import normalize


def kinds(text: str) -> set[str] | None:
    found = arrangements.find(normalize(text).text)
    return None if found is None else set(found.kinds)


def test_two_strong_kinds_are_enough_and_are_named() -> None:
    assert kinds("the letters are in the drawer and the cat goes to jo") == {
        "note",
        "pet or things handed on",
    }


def test_one_strong_kind_needs_two_weak_ones() -> None:
    assert kinds("the letters are in the drawer") is None
    assert kinds("the letters are in the drawer, door locked") is None
    assert kinds("the letters are in the drawer, door locked, 2am") == {
        "note",
        "shut in",
        "a time",
    }


@pytest.mark.parametrize(
    "text",
    [
        "the pin is 4455 and the dog goes to dan while im at the conference",
        "passwords are in the blue book, the cat goes to sarah, back on sunday from the trip",
        "before surgery: my passwords are in the safe and my money goes to the kids' isa",
    ],
)
def test_a_trip_an_operation_or_savings_explain_the_list(text: str) -> None:
    assert kinds(text) is None


def test_someone_elses_errands_are_not_the_writers() -> None:
    assert kinds("he left a note and his dog goes to sam") is None
    assert kinds("my sister left a note for mum, her cat goes to dan") is None
