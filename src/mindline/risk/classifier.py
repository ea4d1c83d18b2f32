"""The trained layer: hashed word and character n-grams into linear heads.

Hashing needs no stored vocabulary, so the artifact is only weights (.npz) and
a small JSON of thresholds and metadata: no pickle, a few MB, loads in
milliseconds. Character n-grams carry misspellings and slang the patterns miss.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer

from mindline.risk.calibrate import Thresholds, level_from_probs, score_from_probs
from mindline.risk.types import CATEGORIES, RiskLevel

N_FEATURES = 2**16  # per analyzer; two analyzers
MODEL_NAME = "risk-model"
MODEL_ENV = "MINDLINE_RISK_MODEL_DIR"


@lru_cache(maxsize=1)
def vectorizers() -> tuple[HashingVectorizer, HashingVectorizer]:
    """Stateless feature extractors shared by training and inference."""
    word = HashingVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        n_features=N_FEATURES,
        alternate_sign=False,
        norm=None,
        token_pattern=r"(?u)\b\w+\b",
        lowercase=False,
    )
    char = HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        n_features=N_FEATURES,
        alternate_sign=False,
        norm=None,
        lowercase=False,
    )
    return word, char


def raw_features(texts: list[str]) -> sparse.csr_matrix:
    """Hashed counts of normalised texts (before idf and length normalisation)."""
    word, char = vectorizers()
    return sparse.hstack([word.transform(texts), char.transform(texts)], format="csr")


def weight_features(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear tf times idf, then unit length."""
    x = counts.astype(np.float32).tocsr(copy=True)
    np.log1p(x.data, out=x.data)
    x = x.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ x


@dataclass(frozen=True)
class LinearModel:
    """Weights of the level head and the category head, plus calibration."""

    version: str
    idf: np.ndarray
    level_coef: np.ndarray  # (5, F)
    level_bias: np.ndarray  # (5,)
    cat_coef: np.ndarray  # (8, F)
    cat_bias: np.ndarray  # (8,)
    thresholds: Thresholds
    meta: dict[str, Any]

    def level_probs(self, x: sparse.csr_matrix) -> np.ndarray:
        """Softmax over the five levels for each row."""
        logits = np.asarray(x @ self.level_coef.T) + self.level_bias
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def category_probs(self, x: sparse.csr_matrix) -> np.ndarray:
        """Independent sigmoid per category."""
        logits = np.asarray(x @ self.cat_coef.T) + self.cat_bias
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))


@dataclass(frozen=True)
class Prediction:
    """What the classifier says about one text."""

    level: RiskLevel
    score: float
    probs: tuple[float, ...]
    categories: tuple[str, ...]


def model_dir() -> Path:
    """Where the shipped artifact lives (overridable for experiments)."""
    override = os.environ.get(MODEL_ENV)
    if override:
        return Path(override)
    return Path(str(resources.files("mindline.risk").joinpath("model")))


def save_model(model: LinearModel, directory: Path) -> tuple[Path, Path]:
    """Write <name>.npz (float16 weights) and <name>.json (thresholds, metadata)."""
    directory.mkdir(parents=True, exist_ok=True)
    npz = directory / f"{MODEL_NAME}.npz"
    np.savez_compressed(
        npz,
        idf=model.idf.astype(np.float16),
        level_coef=model.level_coef.astype(np.float16),
        level_bias=model.level_bias.astype(np.float32),
        cat_coef=model.cat_coef.astype(np.float16),
        cat_bias=model.cat_bias.astype(np.float32),
    )
    meta = dict(model.meta)
    meta.update(
        {
            "version": model.version,
            "thresholds": model.thresholds.to_dict(),
            "n_features": N_FEATURES,
            "categories": list(CATEGORIES),
        }
    )
    js = directory / f"{MODEL_NAME}.json"
    js.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return npz, js


def read_model(directory: Path) -> LinearModel | None:
    """Load an artifact from a directory, or None if there is none."""
    npz, js = directory / f"{MODEL_NAME}.npz", directory / f"{MODEL_NAME}.json"
    if not npz.exists() or not js.exists():
        return None
    meta = json.loads(js.read_text(encoding="utf-8"))
    if meta.get("n_features") != N_FEATURES:
        return None
    with np.load(npz) as data:
        return LinearModel(
            version=str(meta["version"]),
            idf=data["idf"].astype(np.float32),
            level_coef=data["level_coef"].astype(np.float32),
            level_bias=data["level_bias"].astype(np.float32),
            cat_coef=data["cat_coef"].astype(np.float32),
            cat_bias=data["cat_bias"].astype(np.float32),
            thresholds=Thresholds.from_dict(meta["thresholds"]),
            meta=meta,
        )


@lru_cache(maxsize=1)
def load_model() -> LinearModel | None:
    """The shipped model, loaded once; None means the rules run alone."""
    return read_model(model_dir())


def predict_many(model: LinearModel, texts: list[str]) -> list[Prediction]:
    """Predictions for normalised texts."""
    x = weight_features(raw_features(texts), model.idf)
    probs = model.level_probs(x)
    cats = model.category_probs(x)
    out = []
    for p, c in zip(probs, cats, strict=True):
        level = level_from_probs(p, model.thresholds)
        chosen = [CATEGORIES[i] for i in np.flatnonzero(c >= 0.5)]
        if not chosen and level.rank >= RiskLevel.MODERATE.rank:
            chosen = [CATEGORIES[int(np.argmax(c))]]
        out.append(
            Prediction(
                level=level,
                score=score_from_probs(p, model.thresholds),
                probs=tuple(float(v) for v in p),
                categories=tuple(chosen),
            )
        )
    return out


def predict(model: LinearModel, text: str) -> Prediction:
    """Prediction for one normalised text."""
    return predict_many(model, [text])[0]
