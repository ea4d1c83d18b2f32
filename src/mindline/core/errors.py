"""Domain errors; one exception handler maps them to HTTP and the JSON error shape."""

from __future__ import annotations

from typing import Any


class MindlineError(Exception):
    """Base of every error that a user may see."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields or {}

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "fields": self.fields}}


class InvalidInput(MindlineError):
    status_code = 422
    code = "invalid_input"


class NotAuthenticated(MindlineError):
    status_code = 401
    code = "not_authenticated"


class Forbidden(MindlineError):
    status_code = 403
    code = "forbidden"


class NotFound(MindlineError):
    """Also used for denials, so a denial does not reveal that a record exists."""

    status_code = 404
    code = "not_found"


class Conflict(MindlineError):
    status_code = 409
    code = "conflict"


class InvalidState(MindlineError):
    status_code = 409
    code = "invalid_state"


class Locked(MindlineError):
    status_code = 429
    code = "locked"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
