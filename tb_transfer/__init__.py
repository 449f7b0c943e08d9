"""tb-transfer: explain and diagnose transfer learning in TensorBoard.

``TransferCallback`` (needs torch) writes the records; ``load`` reads them back for notebooks. Both are imported
lazily so that TensorBoard, which imports ``tb_transfer.loader``, never pays for torch or scikit-learn.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["TransferCallback", "load", "__version__"]


def __getattr__(name: str):
    if name == "TransferCallback":
        from tb_transfer.callback import TransferCallback

        return TransferCallback
    if name == "load":
        from tb_transfer.reader import load

        return load
    raise AttributeError(f"module 'tb_transfer' has no attribute {name!r}")
