from mindline.core.errors import Conflict, InvalidState, NotAuthenticated, NotFound


class InvalidCredentials(NotAuthenticated):
    code = "invalid_credentials"

    def __init__(self) -> None:
        # Same words whether or not the account exists.
        super().__init__("The e-mail address or password is not right.")


class EmailTaken(Conflict):
    code = "email_taken"

    def __init__(self, email: str) -> None:
        super().__init__(
            "An account with this e-mail address already exists.", fields={"email": "already used"}
        )


class UserNotFound(NotFound):
    def __init__(self) -> None:
        super().__init__("No such user.")


class TokenInvalid(InvalidState):
    code = "token_invalid"

    def __init__(self, what: str) -> None:
        super().__init__(
            f"This {what} link has expired or was already used. Ask for a new one.",
        )
