"""Writing tb_transfer records into TensorBoard event files (no TensorFlow, no torch needed).

:class:`RecordWriter` turns ``(kind, layer, value, step)`` into summary protos that follow :mod:`tb_transfer.contract`
and hands them to a file writer: either the user's ``torch.utils.tensorboard.SummaryWriter`` (same event file) or
our own ``EventFileWriter`` on a log directory.
"""
from __future__ import annotations

import threading
import time
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
from tensorboard.compat.proto import event_pb2, summary_pb2, tensor_pb2, tensor_shape_pb2, types_pb2

from tb_transfer import contract
from tb_transfer.checksums import use_fast_crc32c

_DTYPES = {
    np.dtype("float32"): types_pb2.DT_FLOAT,
    np.dtype("float16"): types_pb2.DT_HALF,
    np.dtype("int32"): types_pb2.DT_INT32,
}


def tensor_proto(array: np.ndarray) -> tensor_pb2.TensorProto:
    """A TensorProto with raw little-endian ``tensor_content`` (fast, and keeps float16 compact).

    Float64 is narrowed to float32 and int64 to int32: the contract stores nothing wider.
    """
    array = np.asarray(array)
    if array.dtype == np.float64:
        array = array.astype(np.float32)
    elif array.dtype == np.int64:
        array = array.astype(np.int32)
    if array.dtype not in _DTYPES:
        raise TypeError(f"tb_transfer tensors are float32, float16 or int32, not {array.dtype}")
    shape = tensor_shape_pb2.TensorShapeProto(dim=[tensor_shape_pb2.TensorShapeProto.Dim(size=d) for d in array.shape])
    return tensor_pb2.TensorProto(
        dtype=_DTYPES[array.dtype],
        tensor_shape=shape,
        tensor_content=array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes(),
    )


def string_proto(values: Sequence[bytes], rank: int) -> tensor_pb2.TensorProto:
    """A DT_STRING TensorProto: a scalar (rank 0, one value) or a rank-1 blob sequence."""
    dims = [] if rank == 0 else [tensor_shape_pb2.TensorShapeProto.Dim(size=len(values))]
    return tensor_pb2.TensorProto(
        dtype=types_pb2.DT_STRING, tensor_shape=tensor_shape_pb2.TensorShapeProto(dim=dims), string_val=list(values)
    )


def summary_value(
    kind: str, value: Any, layer: str | None = None, axes: Mapping[str, Sequence[str]] | None = None
) -> summary_pb2.Summary.Value:
    """One summary value of ``kind``.

    ``value`` is an ndarray for ``tensor`` kinds, any JSON-able object for ``json``, a mapping of arrays for ``npz``
    and PNG bytes for ``png`` (the kind's ``quantized`` arrays are stored as 8-bit codes). ``data_class`` is always set (TensorBoard ignores third-party data without it).
    """
    spec = contract.KINDS[kind]
    if spec.encoding == "tensor":
        tensor, data_class = tensor_proto(value), summary_pb2.DATA_CLASS_TENSOR
    elif spec.encoding == "json":
        tensor, data_class = string_proto([contract.encode_json(value).encode()], 0), summary_pb2.DATA_CLASS_TENSOR
    elif spec.encoding == "npz":
        tensor, data_class = string_proto([contract.encode_npz(value, spec.quantized)], 1), summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    else:  # png
        tensor, data_class = string_proto([bytes(value)], 1), summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    metadata = summary_pb2.SummaryMetadata(
        plugin_data=summary_pb2.SummaryMetadata.PluginData(
            plugin_name=contract.plugin_name(kind), content=contract.content(kind, layer, axes)
        ),
        data_class=data_class,
    )
    return summary_pb2.Summary.Value(tag=contract.tag(kind, layer), tensor=tensor, metadata=metadata)


class RecordWriter:
    """Writes tb_transfer records, one :class:`Summary` per step, through a SummaryWriter or into ``log_dir``.

    Records are buffered per step by :meth:`add` and written by :meth:`flush_step`: one event carries a step's small
    records, a second one its heavy blobs (``contract.HEAVY_PLUGIN_NAME``).
    """

    def __init__(self, log_dir: str | None = None, summary_writer: Any = None):
        if (log_dir is None) == (summary_writer is None):
            raise ValueError("give exactly one of log_dir or summary_writer")
        use_fast_crc32c()
        if summary_writer is not None:
            # torch's SummaryWriter has no public add_summary; its FileWriter does. Sharing it keeps one event file
            # per run directory (two writers in one directory break TensorBoard's Python loader).
            self._file_writer = summary_writer._get_file_writer()
            self._event_writer = None
        else:
            from tensorboard.summary.writer.event_file_writer import EventFileWriter

            self._file_writer = None
            self._event_writer = EventFileWriter(log_dir)
        self._pending: list[summary_pb2.Summary.Value] = []
        self._lock = threading.Lock()  # one step's event at a time, from the training thread or a worker

    def add(self, kind: str, value: Any, layer: str | None = None,
            axes: Mapping[str, Sequence[str]] | None = None) -> None:
        """Buffer one record for the current step."""
        self._pending.append(summary_value(kind, value, layer, axes))

    def flush_step(self, step: int) -> int:
        """Write the buffered records as one event at ``step`` and flush to disk; returns the bytes serialized."""
        values, self._pending = self._pending, []
        return self._write(step, values)

    def write(self, step: int, records: Iterable[tuple]) -> int:
        """Write ``(kind, value, layer, axes)`` records as one event at ``step`` and flush; returns the bytes
        serialized. Safe to call from several threads (events never interleave)."""
        return self._write(step, [summary_value(*record) for record in records])

    def _write(self, step: int, values: list) -> int:
        # Heavy blobs go in an event of their own: TensorBoard's Python loader keeps what it reads as parts of the
        # parsed event, so a kept small record would otherwise keep the whole step's blobs in memory.
        light = [v for v in values if v.metadata.plugin_data.plugin_name != contract.HEAVY_PLUGIN_NAME]
        heavy = [v for v in values if v.metadata.plugin_data.plugin_name == contract.HEAVY_PLUGIN_NAME]
        with self._lock:
            return sum(self._write_summary(step, summary_pb2.Summary(value=part))
                       for part in (light, heavy) if part or part is light)

    def _write_summary(self, step: int, summary) -> int:
        if self._file_writer is not None:
            self._file_writer.add_summary(summary, global_step=step)
            self._file_writer.flush()
        else:
            self._event_writer.add_event(event_pb2.Event(wall_time=time.time(), step=int(step), summary=summary))
            self._event_writer.flush()
        return summary.ByteSize()

    def close(self) -> None:
        if self._event_writer is not None:
            self._event_writer.close()
