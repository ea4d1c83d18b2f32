"""Errors raised by the companion."""


class ContentError(ValueError):
    """A content or data file failed validation; names the file and the field."""

    def __init__(self, source: str, field: str, message: str) -> None:
        super().__init__(f"{source}: {field}: {message}")
        self.source = source
        self.field = field
