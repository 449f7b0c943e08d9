"""Two small real training runs for the model structure level: a branching ResNet (identity shortcuts and a
downsample branch, with a layer wider than the 64 recorded channels) and a chain (an AlexNet-like conv stack), each
pretrained on the source domain of ``tiny_runs`` and fine-tuned on its target domain with the callback, which also
logs ``weight_steps`` at every optimizer step."""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from tiny_runs import CLASSES, fit, make_domain

WIDE = 72  # channels of the ResNet's last stage: more than the 64 recorded, so the record's conn_rest arrays exist


class Block(nn.Module):
    def __init__(self, c_in: int, c_out: int, stride: int = 1):
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(c_out)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(c_out)
        self.downsample = None
        if stride != 1 or c_in != c_out:
            self.downsample = nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride, bias=False), nn.BatchNorm2d(c_out))

    def forward(self, x):
        y = self.bn2(self.conv2(torch.relu(self.bn1(self.conv1(x)))))
        return torch.relu(y + (x if self.downsample is None else self.downsample(x)))


class TinyResNet(nn.Module):
    def __init__(self, num_classes: int = len(CLASSES)):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 12, 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(12)
        self.layer1 = Block(12, 12)
        self.layer2 = Block(12, WIDE, stride=2)
        self.fc = nn.Linear(WIDE, num_classes)

    def forward(self, x):
        x = self.layer2(self.layer1(torch.relu(self.bn1(self.conv1(x)))))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


class TinyAlexNet(nn.Module):
    def __init__(self, num_classes: int = len(CLASSES)):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 10, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(10, 14, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(14, 16, 3, padding=1), nn.ReLU(),
        )
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(16 * 4 * 4, 24), nn.ReLU(), nn.Linear(24, num_classes))

    def forward(self, x):
        return self.classifier(self.features(x))


MODELS = {"resnet": TinyResNet, "alexnet": TinyAlexNet}
RUNS = (("resnet", "resnet", False), ("alexnet", "alexnet", False), ("alexnet_frozen", "alexnet", True))


def train_structure_runs(logdir: str | Path, epochs: int = 2, probe_size: int = 24, runs=RUNS) -> dict[str, Path]:
    """The runs of ``runs`` (name, model, features frozen; default ``RUNS``) under ``logdir``, each model pretrained
    once on the source domain; returns the run dirs."""
    from tb_transfer import TransferCallback

    source_probe, target_probe = make_domain(64, "source", 1), make_domain(64, "target", 2)
    target_train = make_domain(128, "target", 3)
    pretrained = {}
    for name, cls in MODELS.items():
        if not any(arch == name for _, arch, _ in runs):
            continue
        torch.manual_seed(0)
        pretrained[name] = cls()
        fit(pretrained[name], make_domain(192, "source", 0), epochs=3, lr=0.05)
    out = {}
    for run, arch, frozen in runs:
        model = MODELS[arch]()
        model.load_state_dict(pretrained[arch].state_dict())
        if frozen:
            for p in model.features.parameters():
                p.requires_grad_(False)
        run_dir = Path(logdir) / run
        cb = TransferCallback(model, source=source_probe, target=target_probe, class_names=list(CLASSES),
                              log_dir=str(run_dir), probe_size=probe_size, seed=0)
        fit(model, target_train, epochs=epochs, lr=0.02, callback=cb, train_steps=True)
        cb.close()
        out[run] = run_dir
    return out
