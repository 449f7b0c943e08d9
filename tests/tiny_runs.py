"""Real, small, seeded training runs with the callback, for end-to-end and browser tests.

Two synthetic domains of 16x16 RGB images over ``CLASSES``: the class is a bar orientation/position pattern; the
target domain shifts colour and contrast and adds noise, so there is a real domain gap to fine-tune across.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.utils.data import TensorDataset

CLASSES = ("bar-left", "bar-right", "bar-top", "bar-bottom")
SIZE = 16


def make_domain(n: int, domain: str, seed: int) -> TensorDataset:
    """``n`` images [n, 3, SIZE, SIZE] float32 with int64 labels in ``range(len(CLASSES))``."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % len(CLASSES)
    images = rng.normal(0.0, 0.3 if domain == "target" else 0.1, (n, 3, SIZE, SIZE)).astype(np.float32)
    tint = np.array([1.0, 0.4, 0.2] if domain == "source" else [0.2, 0.5, 1.0], np.float32)[:, None, None]
    half = SIZE // 2
    for i, label in enumerate(labels):
        mask = np.zeros((SIZE, SIZE), np.float32)
        offset = rng.integers(0, 3)
        if label == 0:
            mask[:, offset:offset + 4] = 1
        elif label == 1:
            mask[:, SIZE - 4 - offset:SIZE - offset] = 1
        elif label == 2:
            mask[offset:offset + 4, :] = 1
        else:
            mask[SIZE - 4 - offset:SIZE - offset, :] = 1
        if domain == "target":  # thinner, fainter strokes with a background gradient
            mask *= 0.6
            mask += np.linspace(0, 0.3, SIZE, dtype=np.float32)[None, :] * (half > 0)
        images[i] += tint * mask
    return TensorDataset(torch.from_numpy(images), torch.from_numpy(labels.astype(np.int64)))


class TinyNet(nn.Module):
    """conv-bn-relu-pool ×2 → linear → relu → linear: small enough to train in a second on CPU."""

    def __init__(self, num_classes: int = len(CLASSES)):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(8, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(16 * 4 * 4, 32), nn.ReLU(), nn.Linear(32, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(x))


def fit(model: nn.Module, data: TensorDataset, epochs: int, lr: float = 0.05, seed: int = 0, callback=None,
        train_steps: bool = False) -> None:
    """Plain SGD training; calls ``callback.on_epoch_end(epoch)`` after each epoch when given, and with
    ``train_steps`` also ``callback.on_train_step(step)`` after each optimizer step (1, 2, ...: ``weight_steps``)."""
    torch.manual_seed(seed)
    loader = torch.utils.data.DataLoader(data, batch_size=32, shuffle=True)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.SGD(params, lr=lr, momentum=0.9)
    step = 0
    for epoch in range(epochs):
        model.train()
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            optimizer.step()
            step += 1
            if callback is not None and train_steps:
                callback.on_train_step(step)
        if callback is not None:
            callback.on_epoch_end(epoch)


def pretrained_model(seed: int = 0) -> TinyNet:
    """A TinyNet trained on the source domain (the "pretrained" model of the runs)."""
    torch.manual_seed(seed)
    model = TinyNet()
    fit(model, make_domain(256, "source", seed), epochs=4, seed=seed)
    return model


def train_runs(logdir: str | Path, epochs: int = 3, probe_size: int = 24,
               runs: tuple[str, ...] = ("finetune_all", "freeze_features")) -> dict[str, Path]:
    """Fine-tune the pretrained TinyNet on the target domain once per run name, each with the callback.

    A name containing ``freeze`` trains only the classifier; one containing ``scratch`` starts from random weights;
    any other fine-tunes everything. Returns the run dirs.
    """
    from tb_transfer import TransferCallback

    source_probe, target_probe = make_domain(64, "source", 1), make_domain(64, "target", 2)
    target_train, target_val = make_domain(192, "target", 3), make_domain(48, "target", 4)
    base = pretrained_model()
    out = {}
    for name in runs:
        model = TinyNet()
        if "scratch" not in name:
            model.load_state_dict(base.state_dict())
        if "freeze" in name:
            for p in model.features.parameters():
                p.requires_grad_(False)
        run_dir = Path(logdir) / name
        callback = TransferCallback(model, source=source_probe, target=target_probe, class_names=list(CLASSES),
                                    log_dir=str(run_dir), target_val=target_val, probe_size=probe_size, seed=0)
        fit(model, target_train, epochs=epochs, lr=0.02, callback=callback)
        callback.close()
        out[name] = run_dir
    return out
