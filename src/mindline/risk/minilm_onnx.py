"""The MiniLM forward pass in ONNX Runtime: the same network as `minilm.MiniLM.forward`, from
the same float32 weights, about twice as fast per chat message on one core.

The graph is built in memory from a loaded `MiniLM` (weights already laid out, fine-tuning
adapters already added), with standard ONNX operators only; nothing is written to disk or
fetched. The weight matrices are not copied into the graph: it names them as external data
and the session reads the model's own numpy arrays (serialising 90 MB of protobuf took 1.4 s
and doubled the load's peak memory). ONNX Runtime packs the matrices for its kernels once,
when the session is created, where numpy's BLAS repacks them on every call: for a 10-30
token message that repacking is much of the work. Vectors agree with the numpy pass to
about 2e-7 (tests/risk/test_minilm.py).

    runner = OnnxForward(model, threads=1)
    hidden = runner(ids, mask)        # what model.forward(ids, mask) returns
"""

from __future__ import annotations

import importlib.util
import math
from typing import TYPE_CHECKING, Any

import numpy as np

from mindline.risk import onnx_proto

if TYPE_CHECKING:
    from mindline.risk.minilm import MiniLM

OPSET = 17  # LayerNormalization is a standard operator from opset 17


def available() -> bool:
    """Is onnxruntime importable? (The graph is written by onnx_proto, without `onnx`.)"""
    return importlib.util.find_spec("onnxruntime") is not None


def build_graph(model: MiniLM) -> tuple[bytes, dict[str, np.ndarray]]:
    """The serialized ONNX model and the arrays it names as external data.

    Inputs `ids` (n, t) int64 and `mask` (n, t) float32 (1 for a token, 0 for padding),
    output `hidden` (n, t, hidden) float32, as in MiniLM.forward."""
    inline: list[bytes] = []
    external: dict[str, np.ndarray] = {}
    nodes: list[bytes] = []

    def const(name: str, value: Any) -> str:
        array = np.asarray(value)
        if array.size < 1024:  # scalars and shapes go into the graph itself
            inline.append(onnx_proto.tensor(name, array))
            return name
        inline.append(onnx_proto.external_tensor(name, array.shape))
        external[name] = np.ascontiguousarray(array, dtype=np.float32)
        return name

    def op(kind: str, inputs: list[str], **attrs: Any) -> str:
        out = f"{kind.lower()}_{len(nodes)}"
        nodes.append(onnx_proto.node(kind, inputs, [out], **attrs))
        return out

    def linear(x: str, w: np.ndarray, b: np.ndarray, name: str) -> str:
        return op("Add", [op("MatMul", [x, const(f"{name}_w", w)]), const(f"{name}_b", b)])

    def layer_norm(x: str, w: np.ndarray, b: np.ndarray, name: str) -> str:
        inputs = [x, const(f"{name}_w", w), const(f"{name}_b", b)]
        return op("LayerNormalization", inputs, epsilon=model.eps, axis=-1)

    hidden, heads, head_dim = model.hidden, model.heads, model.head_dim
    shape = op("Shape", ["ids"])
    batch = op("Slice", [shape, const("at0", np.array([0])), const("at1", np.array([1]))])
    tokens = op("Slice", [shape, "at1", const("at2", np.array([2]))])
    positions = op("Slice", [const("position", model.position), "at0", tokens])
    x = op("Add", [op("Gather", [const("word", model.word), "ids"]), positions])
    x = layer_norm(x, *model.emb_ln, "emb_ln")
    # Padding keys get the float32 minimum added to their scores, as torch and the numpy
    # pass do: (1 - mask) * min, shaped (n, 1, 1, t) to broadcast over heads and queries.
    one = const("one", np.float32(1.0))
    padded = op("Sub", [one, "mask"])
    padded = op("Mul", [padded, const("float_min", np.float32(np.finfo(np.float32).min))])
    padded = op("Unsqueeze", [padded, const("axes_1_2", np.array([1, 2]))])
    split_heads = op("Concat", [batch, tokens, const("heads", np.array([heads, head_dim]))], axis=0)
    merge_heads = op("Concat", [batch, tokens, const("width", np.array([hidden]))], axis=0)
    scale = const("scale", np.float32(1.0 / math.sqrt(head_dim)))
    half = const("half", np.float32(0.5))
    rsqrt2 = const("rsqrt2", np.float32(1.0 / math.sqrt(2.0)))
    thirds = const("thirds", np.array([hidden] * 3))

    for i, layer in enumerate(model.layers):
        qkv = linear(x, layer.qkv_w, layer.qkv_b, f"l{i}_qkv")
        q, k, v = (f"l{i}_q", f"l{i}_k", f"l{i}_v")
        nodes.append(onnx_proto.node("Split", [qkv, thirds], [q, k, v], axis=-1))
        # (n, t, 384) -> (n, heads, t, 32); keys transposed to (n, heads, 32, t)
        q = op("Transpose", [op("Reshape", [q, split_heads])], perm=[0, 2, 1, 3])
        k = op("Transpose", [op("Reshape", [k, split_heads])], perm=[0, 2, 3, 1])
        v = op("Transpose", [op("Reshape", [v, split_heads])], perm=[0, 2, 1, 3])
        scores = op("Add", [op("Mul", [op("MatMul", [q, k]), scale]), padded])
        context = op("MatMul", [op("Softmax", [scores], axis=-1), v])
        context = op("Reshape", [op("Transpose", [context], perm=[0, 2, 1, 3]), merge_heads])
        attn = op("Add", [linear(context, layer.out_w, layer.out_b, f"l{i}_out"), x])
        x = layer_norm(attn, layer.ln1_w, layer.ln1_b, f"l{i}_ln1")
        up = linear(x, layer.up_w, layer.up_b, f"l{i}_up")
        # GELU(z) = z/2 (1 + erf(z / sqrt 2)), the exact form BERT's config names
        gelu = op(
            "Mul",
            [op("Mul", [up, half]), op("Add", [one, op("Erf", [op("Mul", [up, rsqrt2])])])],
        )
        down = op("Add", [linear(gelu, layer.down_w, layer.down_b, f"l{i}_down"), x])
        x = layer_norm(down, layer.ln2_w, layer.ln2_b, f"l{i}_ln2")
    nodes.append(onnx_proto.node("Identity", [x], ["hidden"]))
    graph = onnx_proto.model(
        "all-MiniLM-L6-v2",
        nodes,
        inline,
        [
            onnx_proto.value_info("ids", onnx_proto.INT64, ["n", "t"]),
            onnx_proto.value_info("mask", onnx_proto.FLOAT, ["n", "t"]),
        ],
        [onnx_proto.value_info("hidden", onnx_proto.FLOAT, ["n", "t", hidden])],
        OPSET,
    )
    return graph, external


class OnnxForward:
    """An ONNX Runtime session running `model`'s forward pass on `threads` threads.

    The session reads the model's numpy weights (no copy) and keeps its own packed copy of
    the matrices. Calls are thread-safe (ONNX Runtime allows concurrent runs of a session)."""

    def __init__(self, model: MiniLM, threads: int = 1) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3  # errors only: a web worker's log is not the place
        # Idle pool threads sleep instead of spinning: the encoder runs in bursts.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        graph, weights = build_graph(model)
        # OrtValues over the numpy arrays; each keeps its array alive.
        self._weights = [ort.OrtValue.ortvalue_from_numpy(a) for a in weights.values()]
        options.add_external_initializers(list(weights), self._weights)
        self.session = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
        self.threads = threads

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        feeds = {"ids": ids.astype(np.int64, copy=False), "mask": mask.astype(np.float32)}
        return np.asarray(self.session.run(["hidden"], feeds)[0], dtype=np.float32)
