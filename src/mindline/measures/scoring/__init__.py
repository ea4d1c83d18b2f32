"""`score()`: check answers, apply the instrument's rules, return a typed Score."""

from __future__ import annotations

from mindline.measures.answers import RawAnswers, normalise
from mindline.measures.definitions import get_instrument
from mindline.measures.errors import InstrumentDisabled, InvalidAnswers
from mindline.measures.schemas import Score
from mindline.measures.scoring.alcohol import score_auditc
from mindline.measures.scoring.anxiety import score_gad7
from mindline.measures.scoring.depression import score_phq9, score_screen
from mindline.measures.scoring.distress import score_k10
from mindline.measures.scoring.suicide import score_asq, score_cssrs
from mindline.measures.scoring.trauma import score_pcl5
from mindline.measures.scoring.wellbeing import score_who5

# Which keyword options each instrument understands; anything else is a caller bug.
OPTIONS: dict[str, set[str]] = {
    "gad7": {"caseness_rule"},
    "auditc": {"variant", "sex"},
    "k10": {"band_scheme"},
    "pcl5": {"band_scheme"},
}
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "gad7": {"caseness_rule": ("nhs_tt_8", "original_10")},
    "auditc": {"variant": ("us", "uk"), "sex": ("male", "female")},
    "k10": {"band_scheme": ("andrews_slade", "aihw")},
    "pcl5": {"band_scheme": ("cutoff_31", "cutoff_32", "cutoff_33")},
}


def score(
    instrument_id: str,
    answers: RawAnswers,
    *,
    enable_cssrs: bool = False,
    caseness_rule: str | None = None,
    variant: str | None = None,
    sex: str | None = None,
    band_scheme: str | None = None,
) -> Score:
    """Score one completed instrument; raise InvalidAnswers naming the item on bad input."""
    instrument = get_instrument(instrument_id)
    # INSTRUMENTS.md §7: the C-SSRS needs a licence for electronic use; off unless enabled.
    if instrument.requires_setting == "enable_cssrs" and not enable_cssrs:
        raise InstrumentDisabled(
            "the C-SSRS screener is switched off: electronic use needs a licence; set "
            "MINDLINE_ENABLE_CSSRS=true (Settings.enable_cssrs) once the clinic holds one, "
            "or use the ASQ (id 'asq')",
            fields={"instrument": "requires enable_cssrs"},
        )
    given = {
        "caseness_rule": caseness_rule,
        "variant": variant,
        "sex": sex,
        "band_scheme": band_scheme,
    }
    _check_options(instrument_id, {key: value for key, value in given.items() if value is not None})
    values = normalise(instrument, answers)
    match instrument_id:
        case "phq9":
            return score_phq9(instrument, values)
        case "phq2":
            return score_screen(instrument, values, follow_up="phq9")
        case "gad7":
            return score_gad7(instrument, values, caseness_rule or "nhs_tt_8")
        case "gad2":
            return score_screen(instrument, values, follow_up="gad7")
        case "who5":
            return score_who5(instrument, values)
        case "asq":
            return score_asq(instrument, values)
        case "pcl5":
            return score_pcl5(instrument, values, band_scheme or "cutoff_31")
        case "auditc":
            return score_auditc(instrument, values, variant or "us", sex)
        case "k10":
            return score_k10(instrument, values, band_scheme or "andrews_slade")
        case _:
            return score_cssrs(instrument, values)


def _check_options(instrument_id: str, given: dict[str, str]) -> None:
    for name, value in given.items():
        if name not in OPTIONS.get(instrument_id, set()):
            raise InvalidAnswers(
                f"option {name!r} does not apply to {instrument_id}",
                fields={name: f"not an option of {instrument_id}"},
            )
        choices = CHOICES[instrument_id][name]
        if value not in choices:
            raise InvalidAnswers(
                f"{instrument_id} {name} {value!r} is not allowed; allowed values: "
                f"{', '.join(choices)}",
                fields={name: f"allowed values: {', '.join(choices)}"},
            )
