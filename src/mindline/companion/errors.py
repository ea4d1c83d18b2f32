"""Errors raised by the companion."""

from mindline.core.errors import Conflict, InvalidState, Locked, NotFound


class ContentError(ValueError):
    """A content or data file failed validation; names the file and the field."""

    def __init__(self, source: str, field: str, message: str) -> None:
        super().__init__(f"{source}: {field}: {message}")
        self.source = source
        self.field = field


class ConversationNotFound(NotFound):
    def __init__(self) -> None:
        # Also raised on denial, so a denial does not reveal that the conversation exists.
        super().__init__("No such conversation.")


class MessageNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("No such message.")


class ConversationClosed(InvalidState):
    code = "conversation_closed"

    def __init__(self) -> None:
        super().__init__("This conversation is closed; start a new one.")


class ConversationBusy(Conflict):
    code = "conversation_busy"

    def __init__(self) -> None:
        super().__init__("Another message in this conversation is being answered; send again.")


class NotInCrisis(InvalidState):
    code = "not_in_crisis"

    def __init__(self) -> None:
        super().__init__("This conversation is not in crisis mode.")


class RateLimited(Locked):
    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            "Messages are arriving faster than the companion answers; wait a moment.",
            retry_after=retry_after,
        )
