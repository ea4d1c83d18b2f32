from mindline.core.errors import NotFound


class PatientNotFound(NotFound):
    def __init__(self) -> None:
        # Also raised on denial, so denial does not reveal that the patient exists.
        super().__init__("No such patient.")
