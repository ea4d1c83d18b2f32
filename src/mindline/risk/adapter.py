"""Low-rank adapters (LoRA) for the numpy all-MiniLM-L6-v2: fine-tuned, in a few kB per layer.

`mindline risk train` fine-tunes the encoder for the screen (`finetune.py`, torch, training
only) by learning, for each adapted linear map of each layer, two small matrices A (r, in)
and B (out, r): the map's weight W (out, in) becomes W + B A. Only A and B are stored (in the
head's .npz under `lora.<layer>.<target>.a/.b`, B already multiplied by LoRA's alpha / r); at
load they are added to the shipped weights once, so the forward pass costs exactly what the
plain encoder costs.

Targets, with their torch module names in BERT's `encoder.layer.<i>`:
    query, key, value    attention.self.{query,key,value}   (fused in minilm as qkv_w)
    attn_out             attention.output.dense
    up                   intermediate.dense
    down                 output.dense
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np

PREFIX = "lora."
TORCH_NAMES = {
    "query": "attention.self.query",
    "key": "attention.self.key",
    "value": "attention.self.value",
    "attn_out": "attention.output.dense",
    "up": "intermediate.dense",
    "down": "output.dense",
}


class WeightUpdates(Mapping[str, np.ndarray]):
    """The adapters of a head's .npz as updates B A (out, in) to the encoder's tensors, by
    torch name (what `MiniLM.load(..., updates=...)` adds before laying weights out). Each
    update is computed when asked for, so loading holds one at a time, not all 36."""

    def __init__(self, arrays: Mapping[str, np.ndarray]) -> None:
        self._factors: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for key in sorted(arrays):
            if not (key.startswith(PREFIX) and key.endswith(".a")):
                continue
            layer, target = key[len(PREFIX) : -2].split(".")
            b = arrays.get(key[:-2] + ".b")
            if target not in TORCH_NAMES or b is None:
                raise ValueError(f"adapter {key!r}: unknown target or missing .b")
            name = f"encoder.layer.{int(layer)}.{TORCH_NAMES[target]}.weight"
            self._factors[name] = (np.asarray(arrays[key], np.float32), np.asarray(b, np.float32))

    def __getitem__(self, name: str) -> np.ndarray:
        a, b = self._factors[name]
        return b @ a

    def __iter__(self) -> Iterator[str]:
        return iter(self._factors)

    def __len__(self) -> int:
        return len(self._factors)


def weight_updates(arrays: Mapping[str, np.ndarray]) -> WeightUpdates:
    """See WeightUpdates."""
    return WeightUpdates(arrays)


def adapter_arrays(arrays: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The LoRA entries of a head's .npz."""
    return {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items() if k.startswith(PREFIX)}
