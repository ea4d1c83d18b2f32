"""Blocks telling the person what condition they have; only clinicians diagnose."""

from mindline.companion.guardrails.base import PatternRail, compile_all
from mindline.companion.phrases import Say

_CONDITIONS = (
    r"((mild |moderate |severe |clinical |major |classic |serious |high-functioning )?"
    r"(depression|depressive disorder|anxiety disorder|generali[sz]ed anxiety|gad|mdd|"
    r"bipolar( disorder)?|ptsd|c-ptsd|ocd|adhd|autism|bpd|borderline|schizophrenia|psychosis|"
    r"anorexia|bulimia|insomnia|panic disorder|social anxiety|"
    r"an? (eating|personality|mood|panic|anxiety|mental|sleep) disorder|\[DIAGNOSIS\]))"
)

RAIL = PatternRail(
    name="no_diagnosis",
    reason="diagnosis",
    replacement_key=Say.RAIL_DIAGNOSIS,
    patterns=compile_all(
        r"\byou(?:'ve| have| might have| probably have| clearly have| definitely have|"
        r" seem to have| may have| likely have|'re suffering from| are suffering from|"
        r" suffer from| have got|'ve got| could have) (a |an )?" + _CONDITIONS,
        r"\byou(?:'re| are) (clinically |probably |definitely |obviously )?(depressed|bipolar|"
        r"psychotic|schizophrenic|anorexic|bulimic|autistic|ocd|mentally ill)\b",
        r"\b(sounds|looks|seems) like (you have |a case of |classic |textbook )?(a |an )?"
        + _CONDITIONS,
        r"\b(this|that|it) is (definitely |clearly |probably |classic )" + _CONDITIONS,
        r"\bi (would |can |could )?diagnose\b",
        r"\bmy diagnosis\b",
    ),
)
