"""The sentence-encoder cascade: when it runs, what it changes, and life without it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mindline.risk import embedding, screen
from mindline.risk.screen import screen_many
from mindline.risk.types import RiskLevel

needs_encoder = pytest.mark.skipif(
    not embedding.available(), reason="encoder packages or head not installed"
)


def test_the_encoder_is_skipped_where_the_cheap_layers_are_certain():
    # Patterns already found high risk: the alarm is raised either way.
    assert not embedding.needs_encoder(3, True, 0.9, 5, 0.2)
    # Short, no risk words, linear classifier clearly benign.
    assert not embedding.needs_encoder(0, False, 0.01, 5, 0.2)
    # English-only encoder: other languages keep the cheap layers.
    assert not embedding.needs_encoder(0, True, 0.9, 5, 0.2, english=False)


def test_the_encoder_runs_where_the_cheap_layers_are_unsure():
    assert embedding.needs_encoder(2, True, 0.1, 5, 0.2)  # a moderate pattern hit
    assert embedding.needs_encoder(0, False, 0.3, 5, 0.2)  # linear classifier not sure
    assert embedding.needs_encoder(0, False, 0.0, embedding.MAX_WORDS_CHEAP + 1, 0.2)


@needs_encoder
def test_model_version_names_all_three_layers():
    version = screen("hello").model_version
    assert version.count("+") == 2 and "+emb-1." in version


def test_without_the_encoder_the_screen_still_works_and_says_so():
    code = (
        "from mindline.risk import screen; r = screen('i want to die'); "
        "print(r.level.value, r.model_version)"
    )
    env = dict(os.environ, MINDLINE_RISK_NO_ENCODER="1")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    level, version = out.stdout.split()
    assert level in ("high", "imminent")
    assert version.endswith("+emb-absent")


@pytest.mark.parametrize(
    "text",
    [
        "what are thinking traps?",
        "I want to make a safety plan",
        "should I stop taking my antidepressants?",
        "lying awake every night",
    ],
)
def test_help_seeking_does_not_open_the_crisis_protocol(text: str):
    assert screen(text).level.rank <= RiskLevel.LOW.rank


@pytest.mark.parametrize(
    "text",
    [
        "should i stop taking my meds and just take them all at once",
        "what is the lethal dose of paracetamol",
        "i want to make a safety plan because i want to kill myself tonight",
    ],
)
def test_risk_inside_help_seeking_still_counts(text: str):
    assert screen(text).level.rank >= RiskLevel.HIGH.rank


@needs_encoder
def test_batch_and_single_screens_agree():
    texts = [
        "honestly i don't see the point of anything anymore",
        "had a lovely walk today",
        "i keep thinking everyone would be better off without me around",
        "can you remind me how the breathing exercise goes?",
        "i've been giving my things away to friends this week",
        "i want to die. my sister says she wants to die too",
        "i want to die. my sister says she wants to die too",  # the batch keeps one pass
        "work was long. " * 300 + "i have the pills ready for tonight",  # several windows
    ]
    batch = screen_many([(t, "en", None) for t in texts])
    embedding._cache.clear()
    single = [screen(t) for t in texts]
    assert [b.level for b in batch] == [s.level for s in single]
    for b, s in zip(batch, single, strict=True):
        assert (b.categories, b.evidence, b.flags) == (s.categories, s.evidence, s.flags)
    assert batch[5].evidence and batch[7].level.rank >= RiskLevel.HIGH.rank
    # The float32 encoder gives each text its own vector whatever the batch (the int8 torch
    # encoder scaled activations per batch): the scores agree too.
    for b, s in zip(batch, single, strict=True):
        assert abs(b.score - s.score) < 1e-4


@needs_encoder
def test_one_message_and_a_batch_get_the_same_embedding():
    import numpy as np

    texts = ["hello", "", "i cant do this anymore " * 60, "ich kann nicht mehr 😔"]
    embedding._cache.clear()
    batch = embedding.embed(texts)
    embedding._cache.clear()
    single = np.vstack([embedding.embed([t]) for t in texts])
    assert batch.shape == (len(texts), embedding.DIM)
    assert np.abs(batch - single).max() < 1e-6
