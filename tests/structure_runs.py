"""Two small real runs for the model structure level's browser tests, on the domains of ``tiny_runs``: a branching
model (a small ResNet of torchvision ``BasicBlock``s: identity shortcuts, a strided block with a 1×1 downsampling
conv, BatchNorm everywhere) and a chain (a small AlexNet: conv-ReLU-pool stacks and two fully connected layers, no
BatchNorm). Each is pretrained on the source domain, then fine-tuned on the target domain with the callback, which
also logs ``weight_steps`` at every optimizer step (``on_train_step``).
"""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from torchvision.models.resnet import BasicBlock

from tiny_runs import CLASSES, make_domain

RUNS = ("resnet", "alexnet")


class SmallResNet(nn.Module):
    """conv-bn-relu, an identity block, a strided block with a downsampling shortcut, pool, fc: 7 tracked layers."""

    def __init__(self, num_classes: int = len(CLASSES)):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.relu = nn.ReLU()
        self.layer1 = BasicBlock(8, 8)
        down = nn.Sequential(nn.Conv2d(8, 16, 1, stride=2, bias=False), nn.BatchNorm2d(16))
        self.layer2 = BasicBlock(8, 16, stride=2, downsample=down)
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(16, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.layer2(self.layer1(self.relu(self.bn1(self.conv1(x)))))
        return self.fc(torch.flatten(self.pool(x), 1))


class SmallAlexNet(nn.Module):
    """AlexNet's shape at 16 px: three conv-ReLU stages with pooling, then fc-ReLU-fc; a chain of 5 tracked layers."""

    def __init__(self, num_classes: int = len(CLASSES)):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 24, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(24, 24, 3, padding=1), nn.ReLU(),
        )
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(24 * 4 * 4, 32), nn.ReLU(), nn.Linear(32, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(x))


def _fit(model: nn.Module, data, epochs: int, lr: float, callback=None) -> None:
    torch.manual_seed(0)
    loader = torch.utils.data.DataLoader(data, batch_size=32, shuffle=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    step = 0
    for epoch in range(epochs):
        model.train()
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            optimizer.step()
            step += 1
            if callback is not None:
                callback.on_train_step(step)
        if callback is not None:
            callback.on_epoch_end(epoch)


def train_structure_runs(logdir: str | Path, epochs: int = 3, probe_size: int = 24) -> dict[str, Path]:
    """Pretrain each model on the source domain, then fine-tune it on the target domain with the callback (one run
    per model, named as in :data:`RUNS`). Returns the run dirs."""
    from tb_transfer import TransferCallback

    source_probe, target_probe = make_domain(64, "source", 1), make_domain(64, "target", 2)
    source_train, target_train = make_domain(256, "source", 0), make_domain(128, "target", 3)
    out = {}
    for name, cls in zip(RUNS, (SmallResNet, SmallAlexNet)):
        torch.manual_seed(0)
        model = cls()
        _fit(model, source_train, epochs=3, lr=0.05)
        run_dir = Path(logdir) / name
        callback = TransferCallback(model, source=source_probe, target=target_probe, class_names=list(CLASSES),
                                    log_dir=str(run_dir), probe_size=probe_size, seed=0)
        _fit(model, target_train, epochs=epochs, lr=0.02, callback=callback)
        callback.close()
        out[name] = run_dir
    return out
