from mindline.core.errors import InvalidInput, InvalidState, NotFound


class AlertNotFound(NotFound):
    def __init__(self) -> None:
        # Also raised on denial, so a denial does not reveal that the alert exists.
        super().__init__("No such alert.")


class AlertAlreadyHandled(InvalidState):
    code = "alert_already_handled"


class RouteInvalid(InvalidInput):
    code = "route_invalid"


class DeliveryError(Exception):
    """A channel could not deliver; ``permanent`` means retrying will not help."""

    def __init__(
        self, message: str, *, permanent: bool = False, status_code: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent
        self.status_code = status_code
