"""TensorBoard's event-file checksums computed in C.

Without TensorFlow, TensorBoard frames every record of an event file (the TFRecord framing: length, masked CRC-32C of
the length, data, masked CRC-32C of the data) with a CRC-32C computed in pure Python, about half a second of CPU per
MB, both when writing (``tensorboard.summary.writer.record_writer``) and when its Python loader reads
(``--load_fast=false``: ``tensorboard.compat.tensorflow_stub.pywrap_tensorflow.PyRecordReader_New`` checks both
checksums of every record). :func:`use_fast_crc32c` swaps in google-crc32c's C implementation of the same function.

This module imports only the standard library at import time: the plugin's loader (``tb_transfer.loader``), which
TensorBoard imports unguarded while it starts, calls it.
"""
from __future__ import annotations


def use_fast_crc32c() -> bool:
    """Make TensorBoard's event writers and its Python event-file reader compute each record's masked CRC-32C in C.

    Same checksums, same semantics: a record whose stored checksum differs from its bytes' is still a
    ``DataLossError`` ("failed header/event crc32 check") on reading, and the bytes written are unchanged. Affects
    every writer and reader of the process (torch's ``SummaryWriter`` included). Idempotent. Does nothing, and returns
    False, when google-crc32c is missing or only has its pure-Python fallback; returns True once the C one is in use.
    The replaced pure-Python function stays available as ``masked_crc32c.pure_python``.
    """
    try:
        import google_crc32c
    except ImportError:
        return False
    if google_crc32c.implementation != "c":
        return False
    import sys

    from tensorboard.compat.tensorflow_stub import pywrap_tensorflow

    # The reader looks the function up in pywrap_tensorflow's namespace at every record. record_writer imports it by
    # name: once patched here, an import of it later gets the C one; one already imported gets it below.
    writer = sys.modules.get("tensorboard.summary.writer.record_writer")
    fast = pywrap_tensorflow.masked_crc32c
    if not getattr(fast, "tb_transfer", False):
        value, pure_python = google_crc32c.value, pywrap_tensorflow.masked_crc32c

        def fast(data: bytes) -> int:
            x = value(bytes(data))
            return (((x >> 15) | (x << 17)) + 0xA282EAD8) & 0xFFFFFFFF

        fast.tb_transfer, fast.pure_python = True, pure_python
    for module in (pywrap_tensorflow,) if writer is None else (pywrap_tensorflow, writer):
        module.masked_crc32c = fast
    return True
