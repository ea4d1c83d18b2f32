"""The trained layer: hashed word and character n-grams into linear heads.

Hashing needs no stored vocabulary, so the artifact is only weights (.npz) and
a small JSON of thresholds and metadata: no pickle, a few MB, loads in
milliseconds. Character n-grams carry misspellings and slang the patterns miss.

Features are hashed here in pure Python (CRC-32, stable across processes and
platforms) and scored with one numpy gather over a (features x heads) weight
matrix, so one message costs tens of microseconds instead of the per-call
overhead of a scikit-learn vectoriser.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    # Imported where used: scipy.sparse is for training and batch scoring, and importing it
    # took 0.13 s of every screening process's start-up.
    from scipy import sparse

from mindline.risk.calibrate import Thresholds, level_from_probs, score_from_probs
from mindline.risk.types import CATEGORIES, RiskLevel

N_FEATURES = 2**16  # per analyzer; two analyzers (words, characters)
FEATURE_SCHEME = "crc32-w12-cwb25-v2"
MODEL_NAME = "risk-model"
# One linear model per language group (clf-2, 2026-12-05): English learns from English rows and the
# public sets, calibrated on English; every other language reads the model learned from all
# languages. One model for all had moved English's weights and thresholds with each file of
# other languages' rows (v3's English high+ 109 -> 107 with the last one, 2026-12-05).
GROUPS = {"en": MODEL_NAME, "multi": f"{MODEL_NAME}-multi"}
MODEL_ENV = "MINDLINE_RISK_MODEL_DIR"
_MASK = N_FEATURES - 1
_WORD = re.compile(r"\w+")
MAX_FEATURE_CHARS = 4000  # the screen windows long text; this bounds a direct call


@lru_cache(maxsize=65536)
def _hash(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) & _MASK


@lru_cache(maxsize=32768)
def _char_ids(word: str) -> tuple[int, ...]:
    """Hashed character 2..5-grams of one word padded with spaces (like char_wb)."""
    padded = f" {word} "
    n = len(padded)
    out = []
    for k in (2, 3, 4, 5):
        if k > n:
            break
        for i in range(n - k + 1):
            out.append(N_FEATURES + (zlib.crc32(padded[i : i + k].encode("utf-8")) & _MASK))
    return tuple(out)


def feature_counts(text: str) -> dict[int, int]:
    """Hashed counts of one normalised text: word 1-2-grams, then char 2-5-grams."""
    words = _WORD.findall(text[:MAX_FEATURE_CHARS])
    counts: dict[int, int] = {}
    get = counts.get
    prev = ""
    for w in words:
        h = _hash(w)
        counts[h] = get(h, 0) + 1
        if prev:
            h = _hash(prev + " " + w)
            counts[h] = get(h, 0) + 1
        prev = w
        for h in _char_ids(w):
            counts[h] = get(h, 0) + 1
    return counts


def raw_features(texts: Sequence[str]) -> sparse.csr_matrix:
    """Hashed counts of normalised texts as a sparse matrix (training and batch use)."""
    from scipy import sparse

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for t in texts:
        c = feature_counts(t)
        indices.extend(c.keys())
        data.extend(c.values())
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64), indptr),
        shape=(len(texts), 2 * N_FEATURES),
    )


def weight_features(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear tf times idf, then unit length."""
    from scipy import sparse

    x = counts.astype(np.float32).tocsr(copy=True)
    np.log1p(x.data, out=x.data)
    x = x.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ x)


@dataclass(frozen=True)
class LinearModel:
    """Weights of the level head and the category heads, plus calibration.

    `weights` is (features, 5 + 8): level logits first, then category logits, so one
    gather of the active feature rows scores every head at once.
    """

    version: str
    idf: np.ndarray
    weights: np.ndarray  # (F, 13) float32
    bias: np.ndarray  # (13,)
    thresholds: Thresholds
    meta: dict[str, Any]

    @classmethod
    def from_heads(
        cls,
        version: str,
        idf: np.ndarray,
        level_coef: np.ndarray,
        level_bias: np.ndarray,
        cat_coef: np.ndarray,
        cat_bias: np.ndarray,
        thresholds: Thresholds,
        meta: dict[str, Any],
    ) -> LinearModel:
        """Build from (5, F) and (8, F) coefficient matrices."""
        weights = np.ascontiguousarray(np.vstack([level_coef, cat_coef]).T.astype(np.float32))
        bias = np.concatenate([level_bias, cat_bias]).astype(np.float32)
        return cls(version, idf.astype(np.float32), weights, bias, thresholds, meta)

    def logits(self, x: sparse.csr_matrix) -> np.ndarray:
        """(n, 13) logits for weighted feature rows."""
        return np.asarray(x @ self.weights) + self.bias

    def level_probs(self, x: sparse.csr_matrix) -> np.ndarray:
        """Softmax over the five levels for each row."""
        return _softmax(self.logits(x)[:, :5])

    def category_probs(self, x: sparse.csr_matrix) -> np.ndarray:
        """Independent sigmoid per category."""
        return np.asarray(1.0 / (1.0 + np.exp(-self.logits(x)[:, 5:])))

    def one(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(level probabilities, category probabilities) of one normalised text."""
        counts = feature_counts(text)
        if not counts:
            logits = self.bias
        else:
            idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            val = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
            val *= self.idf[idx]
            norm = float(np.sqrt(val @ val)) or 1.0
            logits = (val / norm) @ self.weights[idx] + self.bias
        return _softmax(logits[None, :5])[0], 1.0 / (1.0 + np.exp(-logits[5:]))


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


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


def group_of(locale: str) -> str:
    """The model group of a base locale ("en", "de", ...): English, or every other language."""
    return "en" if locale == "en" else "multi"


def save_model(model: LinearModel, directory: Path, name: str = MODEL_NAME) -> tuple[Path, Path]:
    """Write <name>.npz (float16 weights) and <name>.json (thresholds, metadata)."""
    directory.mkdir(parents=True, exist_ok=True)
    npz = directory / f"{name}.npz"
    np.savez_compressed(
        npz,
        idf=model.idf.astype(np.float16),
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
    )
    meta = dict(model.meta)
    meta.update(
        {
            "version": model.version,
            "thresholds": model.thresholds.to_dict(),
            "n_features": N_FEATURES,
            "feature_scheme": FEATURE_SCHEME,
            "heads": ["level:" + lv.value for lv in RiskLevel] + list(CATEGORIES),
            "categories": list(CATEGORIES),
        }
    )
    js = directory / f"{name}.json"
    js.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return npz, js


def read_model(directory: Path, name: str = MODEL_NAME) -> LinearModel | None:
    """Load an artifact from a directory, or None if there is none (or it does not fit)."""
    npz, js = directory / f"{name}.npz", directory / f"{name}.json"
    if not npz.exists() or not js.exists():
        return None
    meta = json.loads(js.read_text(encoding="utf-8"))
    if meta.get("n_features") != N_FEATURES or meta.get("feature_scheme") != FEATURE_SCHEME:
        return None
    with np.load(npz, allow_pickle=False) as data:
        return LinearModel(
            version=str(meta["version"]),
            idf=data["idf"].astype(np.float32),
            weights=np.ascontiguousarray(data["weights"].astype(np.float32)),
            bias=data["bias"].astype(np.float32),
            thresholds=Thresholds.from_dict(meta["thresholds"]),
            meta=meta,
        )


@lru_cache(maxsize=2)
def load_model(group: str = "en") -> LinearModel | None:
    """The shipped model of a language group, loaded once; None means the rules run alone.

    The groups are trained together and share one version; a group whose model is missing or
    from another training run reads with the English one (the version then names only it)."""
    if group == "en":
        return read_model(model_dir())
    english = load_model("en")
    if english is None:
        return None
    other = read_model(model_dir(), GROUPS[group])
    return other if other is not None and other.version == english.version else english


def _prediction(model: LinearModel, p: np.ndarray, c: np.ndarray) -> Prediction:
    level = level_from_probs(p, model.thresholds)
    chosen = [CATEGORIES[i] for i in np.flatnonzero(c >= 0.5)]
    if not chosen and level.rank >= RiskLevel.MODERATE.rank:
        chosen = [CATEGORIES[int(np.argmax(c))]]
    return Prediction(
        level=level,
        score=score_from_probs(p, model.thresholds),
        probs=tuple(float(v) for v in p),
        categories=tuple(chosen),
    )


def predict_many(model: LinearModel, texts: Sequence[str]) -> list[Prediction]:
    """Predictions for normalised texts (one sparse product for the whole batch)."""
    if not texts:
        return []
    x = weight_features(raw_features(texts), model.idf)
    logits = model.logits(x)
    probs = _softmax(logits[:, :5])
    cats = 1.0 / (1.0 + np.exp(-logits[:, 5:]))
    return [_prediction(model, p, c) for p, c in zip(probs, cats, strict=True)]


def predict(model: LinearModel, text: str) -> Prediction:
    """Prediction for one normalised text."""
    return predict_with_categories(model, text)[0]


def predict_with_categories(model: LinearModel, text: str) -> tuple[Prediction, np.ndarray]:
    """Prediction for one normalised text, and every category's probability (the cascade's
    blend reads them again)."""
    p, c = model.one(text)
    return _prediction(model, p, c), c
