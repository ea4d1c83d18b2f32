"""Training weighs each other language's none/low rows up to English's share (train.py).

The public rows are English everyday posts, so without this the other languages' training
rows were half risk and the linear classifier learned "not English" as a cue: it read
"è fuori che lava la macchina" (he's outside washing the car) imminent."""

from __future__ import annotations

import numpy as np

from mindline.risk.train import balance_locales


def test_another_languages_benign_rows_get_englishs_share():
    # English: 6 benign (weight 1) to 2 risky, 3 to 1. Spanish: 2 benign to 2 risky, 1 to 1.
    ranks = np.array([0, 0, 0, 0, 1, 1, 3, 4, 0, 1, 2, 4])  # eight English rows, then four Spanish
    locales = ["en"] * 8 + ["es"] * 4
    out = balance_locales(ranks, np.ones(12), locales)
    assert out[:8].tolist() == [1.0] * 8  # English as it was
    assert out[8:].tolist() == [3.0, 3.0, 1.0, 1.0]  # Spanish benign x3, risky as they were
    es = np.array(locales) == "es"
    benign = ranks <= 1
    assert out[es & benign].sum() / out[es & ~benign].sum() == 3.0


def test_a_language_already_more_benign_than_english_is_left_alone():
    ranks = np.array([0, 3, 0, 0, 0, 0, 0, 4])  # two English rows, then six French
    locales = ["en"] * 2 + ["fr"] * 6
    out = balance_locales(ranks, np.ones(8), locales)
    assert out.tolist() == [1.0] * 8
