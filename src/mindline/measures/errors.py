"""Errors raised by the instrument library."""

from __future__ import annotations

from mindline.core.errors import Forbidden, InvalidInput


class InvalidAnswers(InvalidInput):
    """Answers that cannot be scored; the message names the item and the allowed values."""

    code = "invalid_answers"


class UnknownInstrument(InvalidAnswers):
    """An instrument id that is not defined; the message lists the valid ids."""

    code = "unknown_instrument"

    def __init__(self, instrument_id: str, valid_ids: list[str]) -> None:
        valid = ", ".join(valid_ids)
        super().__init__(
            f"unknown instrument {instrument_id!r}; valid ids: {valid}",
            fields={"instrument": f"one of: {valid}"},
        )
        self.instrument_id = instrument_id


class InstrumentDisabled(Forbidden):
    """An instrument that needs a setting (a licence) that is switched off."""

    code = "instrument_disabled"


class InvalidWording(InvalidInput):
    """A wording file that names an unknown instrument, item, option or locale."""

    code = "invalid_wording"


class InvalidResource(InvalidInput):
    """A FHIR resource that fails structure or code checks."""

    code = "invalid_fhir_resource"
