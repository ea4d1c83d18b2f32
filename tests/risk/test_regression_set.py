"""The authored regression sets against the issue's targets.

v1 (tests/risk/regression.jsonl) was screened about ten times during earlier tuning, so it is
no longer a clean held-out set; v2 (tests/risk/regression_v2.jsonl) was written for issue 4
before any engine change and evaluated once at the end; v3 (tests/risk/regression_v3.jsonl,
2026-12-05) was written blind: its author saw neither the engine nor its rules nor its
training rows, and never ran the screen. Targets the engine meets are
asserted as floors; those it does not meet are strict expected failures with the measured
figure, so a regression shows and a fix is noticed.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pytest

from mindline.risk import datasets, embedding
from mindline.risk.evaluate import screen_examples

SETS = ("regression.jsonl", "regression_v2.jsonl", "regression_v3.jsonl")
# Floors measured with rules-1.14 (v2 as rules-1.13) + clf-1.4a95d9ec + emb-1.257e70f0 (encoder
# fine-tuned with LoRA adapters, 3 epochs; 2026-12-04): (high+ recall, moderate+ recall, false
# alarms moderate+, false alarms high+), each with a small margin. With the encoder rules-1.15
# measured v1 0.800 / 0.814 / 6.8 % / 2.0 %, v2 0.949 / 0.959 / 2.9 % / 1.4 % (rules-1.14: the
# same recall, 7.1 % / 2.4 % and 3.3 % / 1.9 %; rules-1.13: v1 0.808 / 0.820)
# (rules-1.12: v1 0.800 / 0.809 / 7.5 % / 2.7 %, v2 the same as now; rules-1.11: v1 0.783 / 0.799 /
# 7.5 % / 2.7 %, v2 0.926 / 0.949 / 3.8 % / 1.9 %; rules-1.9: v1 0.775 / 0.784 / 7.8 % / 3.1 %;
# rules-1.8: v1 0.750 / 0.768 / 8.8 % / 3.4 %, v2 0.926 / 0.949 / 4.3 % / 2.4 %; rules-1.7: v1 0.692
# / 0.732 / 8.8 % / 3.4 %, v2 0.926 / 0.928 / 5.7 % / 3.3 %; rules-1.6: v1 0.675 / 0.727 / 9.5 % /
# 3.4 %, v2 0.912 / 0.928 / 5.7 % / 3.3 %). (2 epochs, emb-1.3c56c517, rules-1.6: v1 0.642 / 0.711 /
# 7.8 % / 2.7 %, v2 0.897 / 0.923 / 5.7 % / 3.3 %. The plain encoder, emb-1.5b29dbef: v1 0.633 /
# 0.706 / 8.1 % / 3.4 %, v2 0.868 / 0.908 / 7.1 % / 3.8 %. The refit of 4fd0401, clf-1.be0b6579 +
# emb-1.2f2c460b, measured v2 0.846 / 0.903 / 6.7 % / 3.8 % with 11 imminent below high and was not
# shipped.)
# The classifiers of 2026-12-05, clf-1.2b296558 + emb-1.5ee7e675 (trained on 5,800 more
# hand-written rows, thresholds at the false-alarm targets on the blind calibration
# set) measured v1 0.800 / 0.799 / 2.4 % / 1.4 %, v2 0.926 / 0.933 / 3.8 % / 2.4 %, v3 0.774 /
# 0.813 / 6.0 % / 2.1 %; those before them (clf-1.4a95d9ec + emb-1.257e70f0, rules-1.17): v1
# 0.808 / 0.820 / 6.8 % / 2.0 %, v2 0.949 / 0.959 / 2.9 % / 1.4 %, v3 0.660 / 0.719 / 6.4 % / 2.1 %.
# rules-1.20 with the linear classifier retrained on the probe rows of five languages
# (clf-1.522a628f, the same encoder head): v1 0.808 / 0.814 / 3.1 % / 2.0 %, v2 0.919 / 0.933 /
# 3.3 % / 1.9 %, v3 0.802 / 0.819 / 4.3 % / 2.1 %. v1's false alarms rose by two messages at
# moderate+ and at high+ while v2's and v3's fell, and v2 lost one English imminent message
# below high; the floors moved with them.
# clf-2 (a linear model per language group, the English one taught 942 more rows; rules-1.21,
# the same encoder head): v1 0.825 / 0.820 / 3.1 % / 1.7 %, v2 0.919 / 0.938 / 3.8 % / 2.4 %,
# v3 0.816 / 0.843 / 4.3 % / 2.1 %. rules-1.22 (a laugh no longer cancels a wish to die, and
# thirteen more English gaps): v3 0.821 / 0.849, the rest unchanged. rules-1.23 (119 rules from
# the project's own probes): v1 0.833 / 0.825, v3 0.825 / 0.853, false alarms unchanged.
# rules-1.24 (rules from three blind probe rounds): v1 0.833 / 0.830, v3 unchanged. rules-1.25
# (everyday over-readings, a wrist slit, a student's essay no longer a professional frame): v2
# false alarms 3.3 % / 1.9 %, the rest unchanged. rules-1.26 (a review's over- and
# under-readings): every set unchanged. rules-1.27 (four review rounds, messages read in the
# language they are written in, final arrangements listed): v1 0.842 / 0.835, v2 0.926 / 0.944,
# v3 0.830 / 0.856, one imminent message more at high+ (19 below high); without the encoder
# v3 0.788 / 0.816, 22 below high.
FLOORS_WITH_ENCODER = {
    "regression.jsonl": (0.83, 0.825, 0.035, 0.02),
    "regression_v2.jsonl": (0.915, 0.93, 0.04, 0.025),
    # v3: the wording of people who never saw the rules (v2 was written by the rules' authors).
    "regression_v3.jsonl": (0.82, 0.85, 0.05, 0.025),
}
# Without the encoder (MINDLINE_RISK_NO_ENCODER=1 or the package missing): v1 measured 0.725 / 0.773
# / 5.4 % / 2.0 % (rules-1.13: 0.733 / 0.778), v2 0.890 / 0.897 / 5.7 % / 1.9 % (rules-1.12: v1
# 0.717 / 0.758 / 5.8 % / 2.0 %, v2 0.890 / 0.892 / 5.7 % / 1.9 %; rules-1.11: v1 0.700 / 0.742 /
# 5.8 % / 2.0 %, v2 0.860 / 0.872 / 5.7 % / 1.9 %; rules-1.9: v1 0.692 / 0.727 / 6.1 % / 2.4 %;
# rules-1.8: v1 0.667 / 0.711 / 6.8 % / 2.7 %, v2 0.853 / 0.867 / 6.7 % / 1.9 %; rules-1.7: v1 0.608
# / 0.675 / 6.8 % / 2.7 %, v2 0.846 / 0.851 / 7.1 % / 2.4 %).
# The classifiers of 2026-12-05 without the encoder: v1 0.758 / 0.753 / 1.7 % / 0.7 %, v2 0.904 /
# 0.903 / 1.9 % / 0.5 %, v3 0.736 / 0.763 / 5.5 % / 2.6 % (before them, rules-1.16: v3 0.651 /
# 0.712 / 6.0 % / 2.1 %). clf-2 without the encoder: v1 0.758 / 0.768 / 2.4 % / 1.4 %, v2 0.890 /
# 0.892 / 1.4 % / 0.5 %, v3 0.774 / 0.799 / 4.7 % / 2.6 %; rules-1.22: v3 0.778 / 0.803;
# rules-1.23: v1 0.767 / 0.773, v3 0.778 / 0.809; rules-1.24: v1 0.767 / 0.778, v3 0.783 /
# 0.813.
FLOORS_CHEAP = {
    "regression.jsonl": (0.76, 0.77, 0.03, 0.015),
    "regression_v2.jsonl": (0.885, 0.885, 0.02, 0.01),
    "regression_v3.jsonl": (0.78, 0.81, 0.05, 0.03),
}
# Imminent messages rated below high: v1 7 of 39 with the fine-tuned encoder (14 with the
# plain one), 10 without; v2 2 of 64 with the fine-tuned encoder, 5 without (rules-1.11: v1 8
# and 11, v2 4 and 7; rules-1.8: v1 9 and 12; rules-1.7: v1 10 and 13; rules-1.6: v2 5 and 9;
# rules-1.4: v1 15 / 14, v2 7 / 11).
# The classifiers of 2026-12-05: v1 9 with the encoder, 11 without; v2 2 and 4; v3 22 and 29 of
# 105 (before them: v3 34 and 38); rules-1.20 (clf-1.522a628f): v2 3 and v3 20 with the encoder;
# clf-2: v1 8 and 10, v2 3 and 3, v3 20 and 23; rules-1.23: v1 7 and 9; rules-1.24: v1 7 and 9.
IMMINENT_MISSED_AT_MOST = {
    "regression.jsonl": (6, 9),
    "regression_v2.jsonl": (3, 4),
    "regression_v3.jsonl": (19, 23),
}


@lru_cache(maxsize=3)
def _results(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    path = datasets.regression_path(name)
    if not path.exists():
        pytest.skip(f"{path} is not there")
    examples = datasets.read_jsonl(path)
    gold, pred, _ = screen_examples(examples, progress=False)
    hard = np.array(["hard_negative" in e.tags for e in examples])
    return gold, pred, hard


@pytest.mark.parametrize("name", SETS)
def test_the_regression_set_screens_without_error(name: str) -> None:
    gold, pred, _ = _results(name)
    assert len(gold) == len(pred) >= 400


@pytest.mark.parametrize("name", SETS)
def test_it_does_not_get_worse_than_the_measured_figures(name: str) -> None:
    gold, pred, hard = _results(name)
    benign = (gold <= 1) | hard
    floors = (FLOORS_WITH_ENCODER if embedding.available() else FLOORS_CHEAP)[name]
    assert (pred[gold >= 3] >= 3).mean() >= floors[0]
    assert (pred[gold >= 2] >= 2).mean() >= floors[1]
    assert (pred[benign] >= 2).mean() <= floors[2]
    assert (pred[benign] >= 3).mean() <= floors[3]


@pytest.mark.parametrize("name", SETS)
def test_no_more_imminent_messages_fall_below_high_than_measured(name: str) -> None:
    """rules-1.1 missed 18 of 39 on v1; rules-1.3 14 of 39 on v1 and 13 of 64 on v2."""
    gold, pred, _ = _results(name)
    with_encoder, cheap = IMMINENT_MISSED_AT_MOST[name]
    assert (pred[gold == 4] < 3).sum() <= (with_encoder if embedding.available() else cheap)


@pytest.mark.xfail(
    reason="v1: high+ 0.842, 6 of 39 imminent below high; v2: high+ 0.926, 3 of 64; v3: "
    "high+ 0.830, 19 of 105 (rules-1.27, clf-2.3d66b95d)",
    strict=True,
)
@pytest.mark.parametrize("name", SETS)
def test_high_and_imminent_are_found_at_high_or_above_95_percent_of_the_time(name: str) -> None:
    gold, pred, _ = _results(name)
    assert (pred[gold >= 3] >= 3).mean() >= 0.95
    assert (pred[gold == 4] >= 3).all()


# rules-1.12 to rules-1.17 met the moderate+ target on v2 with the encoder (0.959); the
# classifiers of 2026-12-05 lose it there (0.933) while v3, written blind, gains (0.719 → 0.813).
@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            "regression.jsonl",
            marks=pytest.mark.xfail(
                reason="moderate+ recall v1 0.835 (rules-1.27, clf-2.3d66b95d)",
                strict=True,
            ),
        ),
        pytest.param(
            "regression_v2.jsonl",
            marks=pytest.mark.xfail(
                reason="moderate+ recall v2 0.944 (rules-1.27, clf-2.3d66b95d), 0.892 without the "
                "encoder (0.959 before the classifiers of 2026-12-05)",
                strict=True,
            ),
        ),
        pytest.param(
            "regression_v3.jsonl",
            marks=pytest.mark.xfail(
                reason="moderate+ recall v3 0.856 (rules-1.27, clf-2.3d66b95d), 0.816 without the "
                "encoder",
                strict=True,
            ),
        ),
    ],
)
def test_moderate_and_above_are_found_95_percent_of_the_time(name: str) -> None:
    gold, pred, _ = _results(name)
    assert (pred[gold >= 2] >= 2).mean() >= 0.95


# The classifiers of 2026-12-05 met the false-alarm targets on v1 (2.4 % / 1.4 %) and lost the
# high+ one on v2 (3.8 % / 2.4 %). rules-1.20 (clf-1.522a628f) met both on v2 (3.3 % / 1.9 %)
# and the moderate+ one on v3 (4.3 %); v1 read 3.1 % / 2.0 %, one message over at high+. clf-2
# meets both on v1 (3.1 % / 1.7 %) and loses the high+ one on v2 again (2.4 %, 5 of 210);
# rules-1.25 meets it on v2 again (3.3 % / 1.9 %: a hard negative read high no longer is).
# rules-1.45 meets both on v3 (3.8 % / 1.7 %), blind: a rule written from review round 28
# reads someone else's "ending it tonight" in a discord as a helper's worry, and a v3 message
# of the kind, read imminent, now reads low, as labelled.
@pytest.mark.parametrize(
    "name",
    [
        "regression.jsonl",
        "regression_v2.jsonl",
        "regression_v3.jsonl",
    ],
)
def test_everyday_messages_and_hard_negatives_rarely_raise_an_alarm(name: str) -> None:
    gold, pred, hard = _results(name)
    benign = (gold <= 1) | hard
    assert (pred[benign] >= 2).mean() <= 0.05
    assert (pred[benign] >= 3).mean() <= 0.02
