"""Just enough of ONNX's protobuf messages to write a model: tensors, nodes, a graph.

The `onnx` package would write these too, but importing it costs 0.7 s (its ml_dtypes
extension), paid by every web worker and every `risk screen --jobs` worker, and ONNX Runtime
needs only the bytes. The protobuf wire format is simple and stable
(https://protobuf.dev/programming-guides/encoding/); the field numbers below are those of
onnx/onnx.proto (proto2: repeated scalars unpacked). tests/risk/test_minilm.py parses what
this writes with the `onnx` package (a development dependency) and runs its checker.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

IR_VERSION = 8  # the IR version that came with opset 17 (onnx 1.12)
FLOAT, INT32, INT64 = 1, 6, 7  # TensorProto.DataType
_DATA_TYPES = {np.dtype(np.float32): FLOAT, np.dtype(np.int32): INT32, np.dtype(np.int64): INT64}
# AttributeProto.AttributeType and the field each type's value goes in
_ATTR_FLOAT, _ATTR_INT, _ATTR_INTS = 1, 2, 7


def _varint(value: int) -> bytes:
    value &= (1 << 64) - 1  # negative int64s as ten-byte two's complement
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _int(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _bytes(field: int, data: bytes) -> bytes:
    return _varint(field << 3 | 2) + _varint(len(data)) + data


def _str(field: int, text: str) -> bytes:
    return _bytes(field, text.encode("utf-8"))


def _float(field: int, value: float) -> bytes:
    return _varint(field << 3 | 5) + struct.pack("<f", value)


def tensor(name: str, array: np.ndarray) -> bytes:
    """TensorProto with the values inline (little-endian raw_data)."""
    array = np.ascontiguousarray(array)
    dims = b"".join(_int(1, d) for d in array.shape)
    data = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
    return dims + _int(2, _DATA_TYPES[array.dtype]) + _str(8, name) + _bytes(9, data)


def external_tensor(name: str, shape: Sequence[int], data_type: int = FLOAT) -> bytes:
    """TensorProto whose values live outside the model (data_location EXTERNAL): here, the
    arrays a session is given with SessionOptions.add_external_initializers."""
    dims = b"".join(_int(1, d) for d in shape)
    location = _bytes(13, _str(1, "location") + _str(2, "supplied-by-session-options"))
    return dims + _int(2, data_type) + _str(8, name) + location + _int(14, 1)


def node(op_type: str, inputs: Sequence[str], outputs: Sequence[str], **attrs: object) -> bytes:
    """NodeProto; attributes may be a float, an int or a list of ints."""
    out = b"".join(_str(1, i) for i in inputs) + b"".join(_str(2, o) for o in outputs)
    out += _str(4, op_type)
    for key, value in attrs.items():
        if isinstance(value, float):
            body = _str(1, key) + _float(2, value) + _int(20, _ATTR_FLOAT)
        elif isinstance(value, int):
            body = _str(1, key) + _int(3, value) + _int(20, _ATTR_INT)
        elif isinstance(value, list | tuple):
            body = _str(1, key) + b"".join(_int(8, int(v)) for v in value) + _int(20, _ATTR_INTS)
        else:
            raise TypeError(f"attribute {key}: float, int or list of ints, not {value!r}")
        out += _bytes(5, body)
    return out


def value_info(name: str, elem_type: int, dims: Sequence[int | str]) -> bytes:
    """ValueInfoProto of a tensor; a str dimension is symbolic (dim_param)."""
    shape = b"".join(_bytes(1, _str(2, d) if isinstance(d, str) else _int(1, d)) for d in dims)
    tensor_type = _int(1, elem_type) + _bytes(2, shape)
    return _str(1, name) + _bytes(2, _bytes(1, tensor_type))


def model(
    name: str,
    nodes: Sequence[bytes],
    initializers: Sequence[bytes],
    inputs: Sequence[bytes],
    outputs: Sequence[bytes],
    opset: int,
) -> bytes:
    """ModelProto (default domain at `opset`) around one GraphProto."""
    graph = b"".join(_bytes(1, n) for n in nodes) + _str(2, name)
    graph += b"".join(_bytes(5, t) for t in initializers)
    graph += b"".join(_bytes(11, v) for v in inputs) + b"".join(_bytes(12, v) for v in outputs)
    opset_import = _bytes(8, _str(1, "") + _int(2, opset))
    return _int(1, IR_VERSION) + _str(2, "mindline") + _bytes(7, graph) + opset_import
