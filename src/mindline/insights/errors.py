"""Insights errors."""

from mindline.core.errors import InvalidState, NotFound


class SuggestionNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("No such suggestion.")


class SuggestionDecided(InvalidState):
    def __init__(self, status: str) -> None:
        super().__init__(f"This suggestion was already {status}.")
