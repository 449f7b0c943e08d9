"""The data contract between the writer (callback) and the reader (plugin backend, ``tb_transfer.load``).

This module is the only place that knows plugin names, tag strings, the content message and the shapes of what is
recorded. ``docs/format.md`` describes the same contract for people and other tools.

Every record is a TensorBoard summary value under plugin name :data:`PLUGIN_NAME` whose ``plugin_data.content`` is a
serialized :class:`TransferContent` message. A record is one of:

* ``tensor``: a float32 / int32 TensorProto (``DATA_CLASS_TENSOR``), small, read as a whole series;
* ``json``:   a scalar string TensorProto holding UTF-8 JSON (``DATA_CLASS_TENSOR``);
* ``npz``:    a blob sequence of length 1 whose blob is a NumPy ``.npz`` archive (``DATA_CLASS_BLOB_SEQUENCE``),
  for heavy per-step payloads that the backend reads one step at a time; the arrays a kind lists as ``quantized``
  are stored as 8-bit codes (:func:`quantize`) and read back as float32 (:func:`decode_npz`);
* ``png``:    a blob sequence of length 1 whose blob is a PNG image.

Importing this module is cheap (no torch, no TensorFlow); it is used by the TensorBoard process.
"""
from __future__ import annotations

import dataclasses
import io
import json
from typing import Any, Mapping, Sequence

import numpy as np

from tb_transfer.proto import transfer_content_pb2

PLUGIN_NAME = "tb_transfer"
# Heavy per-step blobs (per-instance data of every layer) are written under a plugin name of their own, so that
# TensorBoard keeps them at a budget of steps (``--tb_transfer_heavy_samples``, always the latest) while every step of
# the small series is kept. The pretrained model's activations are kept apart (kind ``reference``), written once.
HEAVY_PLUGIN_NAME = "tb_transfer_heavy"
SCHEMA_VERSION = 3
# Schema versions this reader understands: 1 wrote per-class channel and structure records at every step, 2 writes
# per-instance activations of recorded channels instead and leaves per-class analysis to read time, 3 stores the
# per-instance arrays as 8-bit codes and the embeddings as heavy blobs (step 0's kept apart). All three are read.
TAG_PREFIX = "tb_transfer"

TransferContent = transfer_content_pb2.TransferContent

# Axis labels shared by several kinds.
SPLITS = ("source", "target", "target_val")
METRICS = ("loss", "accuracy")
DOMAINS = ("source", "target")
MODELS = ("pretrained", "current")
# Rows of the ``layer_stats`` tensor, in order.
LAYER_MEASURES = (
    "weight_drift",     # ||W - W0||_F / ||W0||_F (weight and bias together)
    "weight_cosine",    # <W, W0> / (||W|| ||W0||)
    "cka_target",       # unbiased linear CKA(current, pretrained) of pooled features on the target probe
    "cka_source",       # the same on the source probe
    "mmd",              # standardized linear MMD between source and target pooled features
    "domain_auc",       # cross-validated domain-classifier ROC AUC on PCA-reduced pooled features
    "pad",              # proxy A-distance 2(1 - 2 err) of the same classifier, clipped to [0, 2]
    "logme",            # LogME of pooled features on the target labels
)
# Rows of per-instance outcomes, in order.
INSTANCE_FIELDS = ("prediction", "loss", "margin", "p_target")
# Columns of the instance table written once, in order.
INSTANCE_META_FIELDS = ("domain", "label", "index")
# Rows of the weight drift tensors, in order: filter_drift (per output filter) and weight_steps (per layer).
DRIFT_FIELDS = ("drift", "cosine")
# Rows of ``val_correct``: the direct-reuse baseline (what the transferability score subtracts) and the current model.
VAL_CORRECT_ROWS = ("baseline", "current")
# Rows of the per-channel BN drift tensor, in order.
BN_FIELDS = ("mean_shift", "log_var_ratio", "weight_change", "bias_change")


@dataclasses.dataclass(frozen=True)
class Kind:
    """One kind of record: its name, whether it is per layer, its encoding and, for tensors, its axes."""

    name: str
    encoding: str  # "tensor" | "json" | "npz" | "png"
    per_layer: bool = False
    axes: tuple[str, ...] = ()
    doc: str = ""
    heavy: bool = False  # written under HEAVY_PLUGIN_NAME (schema 2)
    quantized: tuple[str, ...] = ()  # npz arrays stored as 8-bit codes (schema 3), read back as float32


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("run_info", "json", doc="run description: classes, layers (graph), probe sizes; written at the first step"),
        Kind("performance", "tensor", axes=("split", "metric"),
             doc="float32 [3 splits, 2 metrics] of the current model; step 0 is the pretrained model (direct reuse)"),
        Kind("transferability", "tensor", doc="float32 [] accuracy gain over direct reuse on target validation data"),
        Kind("class_accuracy", "tensor", axes=("domain", "class"), doc="float32 [2 domains, C]; NaN: class absent"),
        Kind("confusion", "tensor", axes=("domain", "true", "predicted"), doc="float32 [2, C, C] counts"),
        Kind("leep", "tensor", doc="float32 [] LEEP of the source head on the target probe; NaN without a head"),
        Kind("layer_stats", "tensor", axes=("measure", "layer"), doc="float32 [M, L]; NaN where a measure failed"),
        Kind("layer_cka", "tensor", axes=("current", "pretrained"),
             doc="float32 [L, L] unbiased linear CKA of current layer i vs pretrained layer j on the target probe; "
                 "its diagonal is layer_stats' cka_target"),
        Kind("bn_stats", "tensor", axes=("field", "bn_layer"),
             doc="float32 [4, L_bn] mean over channels of |BN_FIELDS| per BatchNorm layer"),
        Kind("weight_steps", "tensor", axes=("field", "layer"),
             doc="float32 [2, L] drift and cosine, logged by on_train_step at optimizer steps (own step axis)"),
        Kind("failures", "json", doc="list of {measure, layer, error} that failed at this step (empty list if none)"),
        Kind("instance_meta", "tensor", axes=("instance", "field"), doc="int32 [N, 3] domain, label, dataset index"),
        Kind("instance_outcome", "tensor", axes=("field", "instance"),
             doc="float32 [4, N] prediction, loss, margin, out-of-fold P(target domain | penultimate features)"),
        Kind("val_correct", "tensor", axes=("model", "instance"),
             doc="float16 [2 baseline/current, V] 1 = target_val instance classified correctly, 0 = not, NaN unknown"),
        Kind("thumbnails", "png", doc="PNG sprite sheet of the N probe images, row-major; geometry in run_info"),
        Kind("filter_drift", "tensor", per_layer=True, axes=("field", "filter"),
             doc="float32 [2, K] per-output-filter relative drift and cosine to pretrained"),
        Kind("bn_drift", "tensor", per_layer=True, axes=("field", "channel"),
             doc="float32 [4, K] per-channel BN drift of the BatchNorm layer named by the tag"),
        Kind("embedding", "npz", per_layer=True, heavy=True, quantized=("features",),
             doc="features: [N, d] pooled features reduced to their step-0 principal components (see docs)"),
        Kind("reference_embedding", "npz", per_layer=True, quantized=("features",),
             doc="schema 3: step 0's embedding record (the PCA frame's), written once with step 0, with "
                 "variance_kept"),
        Kind("reference", "npz", per_layer=True, quantized=("pooled", "conn_norms"),
             doc="schema 2: the pretrained model's activations record (step 0's), written once with step 0"),
        Kind("activations", "npz", per_layer=True, heavy=True, quantized=("pooled", "conn_norms"),
             doc="schema 2: per-instance pooled activations of the recorded channels, per-class importance, "
                 "per-domain channel statistics and connection norms (see docs); per-class analysis is done at read "
                 "time"),
        Kind("channels", "npz", per_layer=True, doc="schema 1 only (read, no longer written): per-channel statistics "
                                                    "per domain and per class"),
        Kind("structure", "npz", per_layer=True, doc="schema 1 only (read, no longer written): per-class channel "
                                                     "matching and connections"),
    )
}

PENULTIMATE = "penultimate"  # pseudo layer name: the input of the model's last Linear layer


def plugin_name(kind: str) -> str:
    """The plugin name a record of ``kind`` is written under."""
    return HEAVY_PLUGIN_NAME if KINDS[kind].heavy else PLUGIN_NAME


def tag(kind: str, layer: str | None = None) -> str:
    """Tag under which ``kind`` (for ``layer`` if per layer) is written."""
    spec = KINDS[kind]
    if spec.per_layer != (layer is not None):
        raise ValueError(f"kind {kind!r} {'needs' if spec.per_layer else 'takes no'} layer")
    return f"{TAG_PREFIX}/{kind}" + (f"/{layer}" if layer is not None else "")


def content(kind: str, layer: str | None = None, axes: Mapping[str, Sequence[str]] | None = None) -> bytes:
    """Serialized :class:`TransferContent` for a record of ``kind``; ``axes`` maps axis name to entry names."""
    spec = KINDS[kind]
    msg = TransferContent(version=SCHEMA_VERSION, kind=kind, layer=layer or "", encoding=spec.encoding)
    for axis, names in (axes or {}).items():
        msg.axes.add(axis=axis, names=[str(n) for n in names])
    return msg.SerializeToString()


class FormatError(ValueError):
    """Raised for records that do not follow this contract (unknown kind, newer schema, corrupt payload)."""


def parse_content(raw: bytes) -> TransferContent:
    """Parse ``plugin_data.content``; raises :class:`FormatError` for garbage or a newer schema."""
    msg = TransferContent()
    try:
        msg.ParseFromString(raw)
    except Exception as exc:  # protobuf raises DecodeError, but some runtimes raise others
        raise FormatError(f"unreadable tb_transfer content: {exc}") from exc
    if msg.version > SCHEMA_VERSION:
        raise FormatError(f"schema version {msg.version} is newer than this tb_transfer ({SCHEMA_VERSION}); upgrade")
    if msg.kind not in KINDS:
        raise FormatError(f"unknown tb_transfer kind {msg.kind!r}")
    return msg


def axes_of(msg: TransferContent) -> dict[str, list[str]]:
    """The axis labels of a parsed content message as ``{axis: names}``."""
    return {a.axis: list(a.names) for a in msg.axes}


# 8-bit codes of quantized arrays: 0..LEVELS are values on a per-column grid, the three above say what is no number.
LEVELS = 252
CODE_NEG_INF, CODE_POS_INF, CODE_NAN = 253, 254, 255
QUANT_SUFFIX = ".q8"  # npz name of a quantized array's float32 [2 offset/scale, S] grid, beside its uint8 codes


def quantize(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """8-bit codes of a float array ``x`` [..., S], per column (last axis): ``(codes uint8 [..., S], grid float32
    [2, S])`` with rows offset (the column's finite minimum) and scale ((max - min) / LEVELS, 0 for a constant
    column). A finite value v is stored as round((v - offset) / scale), so :func:`dequantize` gives it back within
    scale / 2 (exactly for constant columns and for each column's minimum and maximum); NaN, +inf and -inf have codes
    of their own."""
    x = np.asarray(x, np.float64)
    if x.ndim == 0:
        raise ValueError("quantize needs an array with at least one axis (columns are its last axis)")
    flat = x.reshape(-1, x.shape[-1])
    finite = np.isfinite(flat)
    with np.errstate(invalid="ignore"):
        lo = np.where(finite.any(axis=0), np.min(np.where(finite, flat, np.inf), axis=0), 0.0)
        hi = np.where(finite.any(axis=0), np.max(np.where(finite, flat, -np.inf), axis=0), 0.0)
    lo, scale = lo.astype(np.float32), ((hi - lo) / LEVELS).astype(np.float32)
    step = np.where(scale > 0, scale, 1.0).astype(np.float64)
    codes = np.clip(np.rint((np.where(finite, flat, lo) - lo) / step), 0, LEVELS).astype(np.uint8)
    codes[np.isnan(flat)] = CODE_NAN
    codes[flat == np.inf] = CODE_POS_INF
    codes[flat == -np.inf] = CODE_NEG_INF
    return codes.reshape(x.shape), np.stack([lo, scale])


def dequantize(codes: np.ndarray, grid: np.ndarray) -> np.ndarray:
    """float32 [..., S] values of :func:`quantize`'s ``codes`` on ``grid`` [2, S]; raises :class:`FormatError` if
    they do not fit together."""
    codes, grid = np.asarray(codes), np.asarray(grid, np.float32)
    if codes.dtype != np.uint8 or codes.ndim == 0 or grid.shape != (2, codes.shape[-1]):
        raise FormatError(f"quantized array of {codes.dtype} {codes.shape} does not fit its grid {grid.shape}")
    out = grid[0] + grid[1] * codes.astype(np.float32)
    out[codes == CODE_NAN] = np.nan
    out[codes == CODE_POS_INF] = np.inf
    out[codes == CODE_NEG_INF] = -np.inf
    return out


def encode_npz(arrays: Mapping[str, np.ndarray], quantized: Sequence[str] = ()) -> bytes:
    """Pack named arrays into deflated ``.npz`` bytes; the arrays named in ``quantized`` as 8-bit codes plus their
    grid (:func:`quantize`). (Deflate saves about 10 % of an ``activations`` record's 8-bit codes.)"""
    packed = {}
    for name, value in arrays.items():
        if name in quantized:
            packed[name], packed[name + QUANT_SUFFIX] = quantize(value)
        else:
            packed[name] = np.asarray(value)
    buf = io.BytesIO()
    np.savez_compressed(buf, **packed)
    return buf.getvalue()


def decode_npz(raw: bytes) -> dict[str, np.ndarray]:
    """Unpack ``.npz`` bytes; never unpickles. Quantized arrays come back as float32 under their own names (every
    schema reads the same way). Raises :class:`FormatError` for corrupt payloads."""
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            out = {k: z[k] for k in z.files}
    except Exception as exc:
        raise FormatError(f"corrupt npz payload: {exc}") from exc
    for name in [k for k in out if k.endswith(QUANT_SUFFIX)]:
        base = name[: -len(QUANT_SUFFIX)]
        if base not in out:
            raise FormatError(f"corrupt npz payload: grid {name!r} without its codes {base!r}")
        out[base] = dequantize(out[base], out.pop(name))
    return out


def encode_json(value: Any) -> str:
    """JSON text for ``json`` records (NaN is not valid JSON: callers pass None instead)."""
    return json.dumps(value, allow_nan=False, separators=(",", ":"))


def decode_json(value: np.ndarray | bytes | str) -> Any:
    """Decode a ``json`` record's tensor value (a 0-d object array of bytes, as data providers return it)."""
    if isinstance(value, np.ndarray):
        value = value.item()
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    try:
        return json.loads(value)
    except (TypeError, ValueError) as exc:
        raise FormatError(f"corrupt json record: {exc}") from exc
