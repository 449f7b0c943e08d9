"""Hugging Face adapter: ``TransferTrainerCallback``, a ``transformers.TrainerCallback`` over the one core
:class:`~tb_transfer.TransferCallback`.

    from tb_transfer.integrations.hf import TransferTrainerCallback
    trainer = Trainer(model=model, args=TrainingArguments(output_dir, report_to="tensorboard"), train_dataset=train)
    TransferTrainerCallback(trainer, source=source_ds, target=target_ds, class_names=classes); trainer.train()

* Writes into the directory of the Trainer's TensorBoard callback (``report_to="tensorboard"``), so the Transfer
  records are in the same TensorBoard run as the Trainer's scalars (or into ``log_dir=`` when given).
* Reads the model's ``.logits`` (``ImageClassifierOutput``); the probe images are passed as the model's first
  argument (``pixel_values``).
* Probe datasets may yield Hugging Face style dicts (``{"pixel_values": ..., "labels": ...}``) as well as
  ``(image, label)`` pairs.
* The weights the model has when training begins are the pretrained model; every epoch's end writes step
  ``epoch + 1``. Only the world-process-zero writes.
"""
from __future__ import annotations

import os
from typing import Any, Sequence

try:
    import transformers
    from transformers.integrations import TensorBoardCallback
except ImportError as exc:  # pragma: no cover - the message is the point
    raise ImportError('tb_transfer.integrations.hf needs transformers: pip install "tb-transfer[hf]"') from exc
import torch

from tb_transfer.callback import TransferCallback


class PairDataset(torch.utils.data.Dataset):
    """``(image, label)`` pairs from a map-style dataset of dicts (``item[input_key]``, ``item[label_key]``)."""

    def __init__(self, data: Any, input_key: str = "pixel_values", label_key: str = "labels"):
        self.data, self.input_key, self.label_key = data, input_key, label_key

    def __len__(self) -> int:
        return len(self.data)

    def __getitem__(self, i: int) -> tuple[Any, Any]:
        item = self.data[i]
        try:
            return item[self.input_key], item[self.label_key]
        except KeyError as exc:
            raise KeyError(f"probe item {i} has no key {exc}; it has {sorted(item)}: set input_key= / label_key=") \
                from exc


def _pairs(data: Any, input_key: str, label_key: str) -> Any:
    """``data`` as ``(image, label)`` pairs: dict-yielding datasets (or loaders over them) are wrapped."""
    dataset = data.dataset if isinstance(data, torch.utils.data.DataLoader) else data
    if data is None or not hasattr(dataset, "__getitem__") or not hasattr(dataset, "__len__") or len(dataset) == 0:
        return data
    return PairDataset(dataset, input_key, label_key) if isinstance(dataset[0], dict) else data


class TransferTrainerCallback(transformers.TrainerCallback):
    """Feed the Transfer tab from a ``transformers.Trainer``; adds itself to ``trainer``.

    Parameters
    ----------
    trainer : transformers.Trainer
        The trainer to follow; its TensorBoard callback's logging directory is where the records go.
    source, target, class_names
        As for :class:`~tb_transfer.TransferCallback`. Datasets of ``(image, label)`` pairs or of dicts with
        ``input_key`` and ``label_key``.
    log_dir : str, optional
        Where to write instead of the Trainer's TensorBoard logging directory.
    input_key, label_key : str
        Keys of dict items (default ``"pixel_values"``, ``"labels"``).
    **kwargs
        Every other keyword of :class:`~tb_transfer.TransferCallback` (``target_val``, ``layers``, ``probe_size``,
        ``token_pooling``, ...).

    Attributes
    ----------
    core : TransferCallback or None
        The core callback, built when training begins on the world-process-zero (None before, and elsewhere).
    """

    def __init__(self, trainer: "transformers.Trainer", source: Any, target: Any, class_names: Sequence[str], *,
                 log_dir: str | os.PathLike | None = None, input_key: str = "pixel_values",
                 label_key: str = "labels", **kwargs: Any):
        if "writer" in kwargs:
            raise TypeError("TransferTrainerCallback writes into the Trainer's TensorBoard logging directory; "
                            "pass log_dir= to write elsewhere")
        if log_dir is None and self._tensorboard(trainer) is None:
            raise ValueError("TransferTrainerCallback writes beside the Trainer's TensorBoard scalars, but the Trainer "
                             "does not report to TensorBoard: set TrainingArguments(report_to='tensorboard') or pass "
                             "log_dir=")
        kwargs["target_val"] = _pairs(kwargs.get("target_val"), input_key, label_key)
        self._args = dict(source=_pairs(source, input_key, label_key), target=_pairs(target, input_key, label_key),
                          class_names=class_names, **kwargs)
        self._trainer, self._log_dir = trainer, log_dir
        self.core: TransferCallback | None = None
        trainer.add_callback(self)

    @staticmethod
    def _tensorboard(trainer: "transformers.Trainer") -> TensorBoardCallback | None:
        return next((cb for cb in trainer.callback_handler.callbacks if isinstance(cb, TensorBoardCallback)), None)

    def on_train_begin(self, args, state, control, model=None, **kwargs):
        if not state.is_world_process_zero or self.core is not None:
            return
        log_dir = self._log_dir
        if log_dir is None:  # the TensorBoard callback, called before us, has chosen its directory by now
            log_dir = self._tensorboard(self._trainer).logging_dir
        self.core = TransferCallback(model if model is not None else self._trainer.model, log_dir=log_dir,
                                     **self._args)

    def on_epoch_end(self, args, state, control, **kwargs):
        if self.core is not None:
            self.core.on_epoch_end(max(0, round(state.epoch) - 1))

    def on_train_end(self, args, state, control, **kwargs):
        if self.core is not None:
            self.core.close()
