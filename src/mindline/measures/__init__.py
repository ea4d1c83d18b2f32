"""Validated mental health instruments: definitions, scoring, wording and FHIR mapping.

Pure: no database or web imports, so it can be used as a library and benchmarked alone.
"""

from mindline.measures.definitions import (
    INSTRUMENT_IDS,
    Band,
    Instrument,
    Item,
    Option,
    get_instrument,
    list_instruments,
)
from mindline.measures.errors import (
    InstrumentDisabled,
    InvalidAnswers,
    InvalidResource,
    InvalidWording,
    UnknownInstrument,
)
from mindline.measures.schemas import Score
from mindline.measures.scoring import score
from mindline.measures.wording import Wording, load_wording

__all__ = [
    "INSTRUMENT_IDS",
    "Band",
    "Instrument",
    "InstrumentDisabled",
    "InvalidAnswers",
    "InvalidResource",
    "InvalidWording",
    "Item",
    "Option",
    "Score",
    "UnknownInstrument",
    "Wording",
    "get_instrument",
    "list_instruments",
    "load_wording",
    "score",
]
