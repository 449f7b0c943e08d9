"""The trainer integrations with the real frameworks on CPU: Lightning and Hugging Face ``Trainer``; and the core
called under ``torch.inference_mode`` (as from a Lightning validation hook)."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch import nn

from tb_transfer import TransferCallback
from tb_transfer.reader import load
from tiny_runs import CLASSES, TinyNet, make_domain

pytestmark = pytest.mark.timeout(300)

PROBE = 16


@pytest.fixture(scope="module")
def data():
    return {"source": make_domain(32, "source", 1), "target": make_domain(32, "target", 2),
            "train": make_domain(64, "target", 3), "val": make_domain(32, "target", 4)}


def assert_importance_everywhere(run, step):
    """Class importance needs gradients: finite for every layer at ``step``."""
    assert run.layers["activations"] and set(run.layers["activations"]) == set(run.layers["reference"])
    for layer, by_step in run.layers["activations"].items():
        assert np.isfinite(by_step[step]["importance"][1]).all(), layer


def scalar_tags(run_dir) -> set[str]:
    acc = EventAccumulator(str(run_dir))
    acc.Reload()
    return set(acc.Tags()["scalars"]) | set(acc.Tags()["tensors"])


# ----------------------------------------------------------------------------------------------------- Lightning
def lightning_module(model: nn.Module, data, hook=None):
    import lightning.pytorch as pl

    class Module(pl.LightningModule):
        def __init__(self):
            super().__init__()
            self.model = model
            self.contexts: list[tuple[bool, bool]] = []  # (grad enabled, inference mode) in the hook

        def forward(self, x):
            return self.model(x)

        def training_step(self, batch, _):
            loss = nn.functional.cross_entropy(self(batch[0]), batch[1])
            self.log("train_loss", loss)
            return loss

        def validation_step(self, batch, _):
            self.log("val_loss", nn.functional.cross_entropy(self(batch[0]), batch[1]))

        def on_validation_epoch_end(self):
            if hook is not None and not self.trainer.sanity_checking:
                self.contexts.append((torch.is_grad_enabled(), torch.is_inference_mode_enabled()))
                hook(self.current_epoch)

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.05, momentum=0.9)

        def train_dataloader(self):
            return torch.utils.data.DataLoader(data["train"], batch_size=32, shuffle=True)

        def val_dataloader(self):
            return torch.utils.data.DataLoader(data["val"], batch_size=32)

    return Module()


def lightning_trainer(root, callbacks=()):
    import lightning.pytorch as pl
    from lightning.pytorch.loggers import TensorBoardLogger

    return pl.Trainer(max_epochs=2, accelerator="cpu", devices=1, logger=TensorBoardLogger(str(root), name="lit"),
                      callbacks=list(callbacks), enable_checkpointing=False, enable_progress_bar=False,
                      enable_model_summary=False, log_every_n_steps=1, num_sanity_val_steps=1)


def test_lightning_trainer_writes_beside_its_scalars_each_epoch(tmp_path, data):
    from fixtures import plugin_client
    from route_checks import check_every_route

    from tb_transfer.integrations.lightning import TransferLightningCallback

    torch.manual_seed(0)
    module = lightning_module(TinyNet(), data)
    cb = TransferLightningCallback(source=data["source"], target=data["target"], class_names=list(CLASSES),
                                   target_val=data["val"], probe_size=PROBE)
    trainer = lightning_trainer(tmp_path, [cb])
    trainer.fit(module)
    log_dir = trainer.logger.log_dir
    assert cb.core is not None and cb.core._closed
    runs = load(str(tmp_path))
    assert list(runs) == ["lit/version_0"] and runs["lit/version_0"].steps == [0, 1, 2]  # pretrained + 2 epochs
    assert {"train_loss", "val_loss"} <= scalar_tags(log_dir)  # the user's scalars, in the same run
    run = runs["lit/version_0"]
    assert run.records["failures"] == {0: [], 1: [], 2: []}
    assert_importance_everywhere(run, 2)
    # the records moved with training: weights drifted from the pretrained ones
    assert (run.records["layer_stats"][2][0] > 0).all()
    # ... and the Transfer tab's routes serve them
    client, plugin, _ = plugin_client(tmp_path)
    try:
        check_every_route(client, plugin, "lit/version_0", [0, 1, 2])
    finally:
        plugin._projections.close()
    # its state goes into Lightning checkpoints
    assert cb.state_dict()["last_step"] == 2


def test_lightning_without_tensorboard_logger_says_so(tmp_path, data):
    import lightning.pytorch as pl

    from tb_transfer.integrations.lightning import TransferLightningCallback

    cb = TransferLightningCallback(source=data["source"], target=data["target"], class_names=list(CLASSES),
                                   probe_size=PROBE)
    trainer = pl.Trainer(max_epochs=1, logger=False, callbacks=[cb], enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, default_root_dir=str(tmp_path))
    with pytest.raises(ValueError, match="has no TensorBoardLogger"):
        trainer.fit(lightning_module(TinyNet(), data))


def test_core_called_from_lightning_validation_hooks_under_no_grad_and_inference_mode(tmp_path, data):
    """Lightning runs validation hooks under torch.no_grad while fitting and under torch.inference_mode in
    trainer.validate(): the core, called from such a hook, still computes importance (it needs gradients)."""
    torch.manual_seed(0)
    model = TinyNet()
    core = TransferCallback(model, source=data["source"], target=data["target"], class_names=list(CLASSES),
                            log_dir=str(tmp_path / "run"), probe_size=PROBE)
    module = lightning_module(model, data, hook=core.on_epoch_end)
    trainer = lightning_trainer(tmp_path / "lit", [])
    trainer.fit(module)
    trainer.validate(module)  # current_epoch is 2 now: step 3
    core.close()
    assert module.contexts == [(False, False), (False, False), (False, True)]
    run = load(str(tmp_path / "run"))["."]
    assert run.steps == [0, 1, 2, 3] and run.records["failures"] == {0: [], 1: [], 2: [], 3: []}
    for step in (2, 3):
        assert_importance_everywhere(run, step)
    assert (run.records["layer_stats"][2][0] > 0).all()  # it saw the trained weights


def test_core_built_and_called_under_inference_mode_on_inference_tensors(tmp_path, data):
    """Probe images made under inference mode, the callback built and called there: importance still computed,
    and the pretrained copy is made of normal tensors (usable by autograd later)."""
    model = TinyNet()
    with torch.inference_mode():
        x, y = data["source"].tensors
        source = torch.utils.data.TensorDataset(x * 1.0, y)
        assert source.tensors[0].is_inference()
        cb = TransferCallback(model, source=source, target=data["target"], class_names=list(CLASSES),
                              log_dir=str(tmp_path), probe_size=PROBE)
        cb.on_epoch_end(0)
    cb.on_epoch_end(1)
    cb.close()
    assert not any(p.is_inference() for p in cb._frozen.parameters())
    run = load(str(tmp_path))["."]
    assert run.records["failures"] == {0: [], 1: [], 2: []}
    for step in (0, 1, 2):
        assert_importance_everywhere(run, step)


# ------------------------------------------------------------------------------------------------- Hugging Face
class DictData(torch.utils.data.Dataset):
    """A Hugging Face style dataset: items ``{"pixel_values": image, "labels": label}``."""

    def __init__(self, tensors):
        self.x, self.y = tensors.tensors

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return {"pixel_values": self.x[i], "labels": int(self.y[i])}


def tiny_hf_vit():
    from transformers import ViTConfig, ViTForImageClassification

    torch.manual_seed(0)
    config = ViTConfig(image_size=16, patch_size=4, num_channels=3, hidden_size=32, num_hidden_layers=2,
                       num_attention_heads=2, intermediate_size=64, num_labels=len(CLASSES))
    return ViTForImageClassification(config)  # random weights, from a config: nothing downloaded


def test_hf_trainer_with_a_vit_writes_beside_its_scalars(tmp_path, data):
    from transformers import Trainer, TrainingArguments

    from tb_transfer.integrations.hf import TransferTrainerCallback

    model = tiny_hf_vit()
    args = TrainingArguments(output_dir=str(tmp_path / "out"), num_train_epochs=2, per_device_train_batch_size=32,
                             learning_rate=1e-3, report_to=["tensorboard"], logging_steps=1, save_strategy="no",
                             use_cpu=True, disable_tqdm=True, seed=0)
    trainer = Trainer(model=model, args=args, train_dataset=DictData(data["train"]))
    cb = TransferTrainerCallback(trainer, source=DictData(data["source"]), target=DictData(data["target"]),
                                 class_names=list(CLASSES), target_val=DictData(data["val"]), probe_size=PROBE)
    trainer.train()
    tb_dirs = {p.parent for p in (tmp_path / "out").rglob("events.out.tfevents.*")}
    assert len(tb_dirs) == 1  # one TensorBoard run: the Trainer's scalars and our records side by side
    (run_dir,) = tb_dirs
    assert "train/loss" in scalar_tags(run_dir)
    (run,) = load(str(run_dir)).values()
    assert run.steps == [0, 1, 2] and run.records["failures"] == {0: [], 1: [], 2: []}
    # the transformer's default layers: patch embedding, each block (residual stream), classifier
    blocks = [name for name, m in model.named_modules() if type(m).__name__ == "ViTLayer"]
    assert len(blocks) == 2 and cb.core.layers == ["vit.embeddings.patch_embeddings.projection", *blocks,
                                                   "classifier"]
    assert [layer["type"] for layer in run.info["layers"]] == ["Conv2d", "ViTLayer", "ViTLayer", "Linear"]
    assert run.info["layers"][1]["out_channels"] == 32
    assert_importance_everywhere(run, 2)
    # .logits read: accuracy at step 0 is that of the model's own logits on the probe
    with torch.no_grad():
        model_acc = float((tiny_hf_vit()(data["val"].tensors[0]).logits.argmax(1) == data["val"].tensors[1])
                          .float().mean())
    assert run.records["performance"][0][2, 1] == pytest.approx(model_acc)


def test_hf_trainer_without_tensorboard_says_so(tmp_path, data):
    from transformers import Trainer, TrainingArguments

    from tb_transfer.integrations.hf import TransferTrainerCallback

    args = TrainingArguments(output_dir=str(tmp_path), report_to="none", use_cpu=True)
    trainer = Trainer(model=tiny_hf_vit(), args=args, train_dataset=DictData(data["train"]))
    with pytest.raises(ValueError, match="report_to='tensorboard'"):
        TransferTrainerCallback(trainer, source=data["source"], target=data["target"], class_names=list(CLASSES))


def test_the_core_imports_no_framework():
    import subprocess
    import sys

    code = ("import sys, tb_transfer, tb_transfer.callback, tb_transfer.plugin, tb_transfer.integrations; "
            "print(sorted(m for m in ('lightning', 'transformers', 'timm') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
