"""PyTorch Lightning adapter: ``TransferLightningCallback``, a ``lightning.pytorch.Callback`` over the one core
:class:`~tb_transfer.TransferCallback`.

    from tb_transfer.integrations.lightning import TransferLightningCallback
    cb = TransferLightningCallback(source=source_probe, target=target_probe, class_names=classes)
    trainer = lightning.pytorch.Trainer(max_epochs=10, callbacks=[cb])     # with its default TensorBoardLogger

* Writes into the trainer's ``TensorBoardLogger`` directory (``logger.log_dir``), so the Transfer records are in the
  same TensorBoard run as the module's own scalars (or into ``log_dir=`` when given).
* The weights the LightningModule has when fitting starts (``on_fit_start``: after restoring a checkpoint, before
  the first step) are the pretrained model; every training epoch's end writes step ``epoch + 1``.
* Only the global-zero process builds the core and writes; other ranks do nothing (no collective call).
* Works in any hook context: the core leaves ``torch.inference_mode`` (Lightning's validation and test hooks) and
  autocast for its probe passes (see :class:`~tb_transfer.TransferCallback`).
* Its ``state_dict`` goes into Lightning checkpoints, so a resumed fit continues the same run without repeating steps.
"""
from __future__ import annotations

import os
from typing import Any, Sequence

try:
    import lightning.pytorch as pl
    from lightning.pytorch.loggers import TensorBoardLogger
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError('tb_transfer.integrations.lightning needs Lightning: pip install "tb-transfer[lightning]"') \
        from exc

from tb_transfer.callback import TransferCallback


class TransferLightningCallback(pl.Callback):
    """Feed the Transfer tab from a Lightning ``Trainer``.

    Parameters
    ----------
    source, target, class_names
        As for :class:`~tb_transfer.TransferCallback`: probe data of the source and target domains (Datasets or
        DataLoaders of ``(image, label)``) and the target classes in the order of the module's outputs.
    log_dir : str, optional
        Where to write; default: the directory of the trainer's ``TensorBoardLogger`` (an error if it has none).
    model : callable, optional
        ``model(pl_module) -> nn.Module`` whose forward gives the logits; default: the LightningModule itself.
    **kwargs
        Every other keyword of :class:`~tb_transfer.TransferCallback` (``target_val``, ``layers``, ``probe_size``,
        ``token_pooling``, ...).

    Attributes
    ----------
    core : TransferCallback or None
        The core callback, built at ``on_fit_start`` on the global-zero process (None before, and on other ranks).
    """

    def __init__(self, source: Any, target: Any, class_names: Sequence[str], *,
                 log_dir: str | os.PathLike | None = None, model: Any = None, **kwargs: Any):
        super().__init__()
        if "writer" in kwargs:
            raise TypeError("TransferLightningCallback writes into the trainer's TensorBoardLogger directory; "
                            "pass log_dir= to write elsewhere")
        self._args = dict(source=source, target=target, class_names=class_names, **kwargs)
        self._log_dir, self._model_fn = log_dir, model
        self._pending: dict | None = None
        self.core: TransferCallback | None = None

    @staticmethod
    def tensorboard_dir(trainer: "pl.Trainer") -> str:
        """The log directory of the trainer's first ``TensorBoardLogger``; ``ValueError`` without one."""
        for logger in trainer.loggers:
            if isinstance(logger, TensorBoardLogger):
                return logger.log_dir
        raise ValueError("TransferLightningCallback writes beside the trainer's TensorBoard scalars, but the trainer "
                         "has no TensorBoardLogger: add one (Trainer(logger=TensorBoardLogger(...))) or pass log_dir=")

    def on_fit_start(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        if not trainer.is_global_zero or self.core is not None:
            return
        log_dir = self._log_dir if self._log_dir is not None else self.tensorboard_dir(trainer)
        model = pl_module if self._model_fn is None else self._model_fn(pl_module)
        self.core = TransferCallback(model, log_dir=log_dir, **self._args)
        if self._pending is not None:
            self.core.load_state_dict(self._pending)
            self._pending = None

    def on_train_epoch_end(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        if self.core is not None and not trainer.sanity_checking:
            self.core.on_epoch_end(trainer.current_epoch)

    def on_fit_end(self, trainer: "pl.Trainer", pl_module: "pl.LightningModule") -> None:
        if self.core is not None:
            self.core.close()

    def state_dict(self) -> dict:
        return {} if self.core is None else self.core.state_dict()

    def load_state_dict(self, state_dict: dict) -> None:
        if not state_dict:
            return
        if self.core is not None:
            self.core.load_state_dict(state_dict)
        else:  # checkpoints are restored before on_fit_start builds the core
            self._pending = state_dict
