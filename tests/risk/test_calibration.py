"""Calibration keeps every imminent calibration row at high or above (issue 4)."""

from __future__ import annotations

import numpy as np

from mindline.risk.calibrate import levels_from_probs
from mindline.risk.train import calibrate


def _rows(level: int, p: list[float], n: int) -> tuple[np.ndarray, np.ndarray]:
    return np.tile(np.array(p), (n, 1)), np.full(n, level)


def _stack(*parts: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(probabilities, gold levels) of blocks of rows, in order."""
    return np.vstack([p for p, _ in parts]), np.concatenate([g for _, g in parts])


def test_an_imminent_row_with_a_weak_signal_still_reaches_high():
    # 40 clear high rows, 39 clear imminent rows and one imminent row whose P(level >= high)
    # is only 0.35: a 97 % recall target alone would leave it below high.
    probs, gold = _stack(
        _rows(0, [0.97, 0.01, 0.01, 0.005, 0.005], 60),
        _rows(3, [0.02, 0.02, 0.06, 0.8, 0.1], 40),
        _rows(4, [0.02, 0.02, 0.06, 0.2, 0.7], 39),
        _rows(4, [0.3, 0.2, 0.15, 0.2, 0.15], 1),
    )
    none = np.zeros(len(gold), dtype=int)
    t = calibrate(probs, none, np.zeros(len(gold), dtype=bool), gold)
    ranks = levels_from_probs(probs, t)
    assert (ranks[gold == 4] >= 3).all()
    assert (ranks[gold == 0] >= 2).mean() == 0.0


def test_the_false_alarm_budget_still_wins_over_the_imminent_guarantee():
    # The weak imminent row looks exactly like the everyday rows: reaching it would alarm on
    # all of them, so the budget keeps the threshold up and the row stays below high.
    everyday = [0.5, 0.2, 0.1, 0.1, 0.1]
    probs, gold = _stack(
        _rows(0, everyday, 60),
        _rows(3, [0.02, 0.02, 0.06, 0.8, 0.1], 40),
        _rows(4, [0.02, 0.02, 0.06, 0.2, 0.7], 39),
        _rows(4, everyday, 1),
    )
    t = calibrate(probs, np.zeros(len(gold), dtype=int), np.zeros(len(gold), dtype=bool), gold)
    ranks = levels_from_probs(probs, t)
    assert (ranks[gold == 0] >= 3).mean() <= 0.04
    assert ranks[-1] < 3


def test_rows_another_layer_decides_count_at_their_own_level():
    # The cascade's blend calibration (since clf-2): rows the encoder never reads keep the
    # linear model's level. Here one row in ten is such a row and recall is met there already
    # (fixed at high), while the blend would read it none: counted by the blend, the high
    # threshold would have to fall to reach it; counted at its own level, it need not.
    probs, gold = _stack(
        _rows(0, [0.97, 0.01, 0.01, 0.005, 0.005], 60),
        _rows(3, [0.02, 0.02, 0.06, 0.8, 0.1], 36),
        _rows(3, [0.9, 0.04, 0.03, 0.02, 0.01], 4),
    )
    none = np.zeros(len(gold), dtype=int)
    others = np.zeros(len(gold), dtype=bool)
    fixed = np.full(len(gold), -1)
    fixed[-4:] = 3
    blend_decides_all = calibrate(probs, none, others, gold)
    as_in_the_screen = calibrate(probs, none, others, gold, fixed)
    assert blend_decides_all.high < 0.1  # dragged to the grid's floor, trying to reach them
    assert as_in_the_screen.high > 0.5
    ranks = np.where(fixed >= 0, fixed, levels_from_probs(probs, as_in_the_screen))
    assert (ranks[gold == 3] >= 3).all()
    assert (ranks[gold == 0] >= 2).mean() == 0.0
