#!/usr/bin/env python
"""Fine-tune a torchvision CNN on your own image folders, with the Transfer tab watching.

    python examples/finetune_folders.py --source data/source --target data/target --target-val data/val \\
        --weights resnet18_source.pth --arch resnet18 --logdir runs/my_finetune --epochs 5
    tensorboard --logdir runs

Each folder is a torchvision ``ImageFolder``: one subfolder per class, images inside. The class names (and the
model's outputs) are the target folder's subfolders; ``--target-val`` must have the same subfolders. The source
folder is only shown to the callback (a probe of the domain the weights were trained on), never trained on.

The model is torchvision's ``--arch`` built with ``weights=None`` and loaded from ``--weights`` (a state dict saved
with ``torch.save(model.state_dict(), path)``, or a checkpoint dict holding one under ``state_dict`` / ``model``);
nothing is downloaded. Its number of outputs is read from the weights. Then:

* source classes == target classes and the head has that many outputs: the model is fine-tuned as it is, and step 0
  of the run is the pretrained model reused directly on the target;
* source classes != target classes and the head has one output per source class: the head is replaced by a new
  one for the target classes; the original head is passed to the callback as ``source_head`` (for LEEP and source
  accuracy) together with ``source_class_names``;
* source classes == target classes but the head has a different number of outputs (e.g. ImageNet weights): the head
  is replaced by a new one and there is no source head;
* source classes != target classes and the head matches neither: an error, since no head relates the source
  images' labels to the model.
"""
from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import torch
import torchvision
from torch import nn
from torch.utils.data import DataLoader
from tqdm.auto import tqdm

IMAGENET_MEAN, IMAGENET_STD = (0.485, 0.456, 0.406), (0.229, 0.224, 0.225)


class UsageError(Exception):
    """A problem with the command line, the folders or the weights: printed as ``error: ...``, exit status 2."""


# ----------------------------------------------------------------------------------------------------------------
# folders
# ----------------------------------------------------------------------------------------------------------------
def image_folder(path: str, what: str, transform) -> torchvision.datasets.ImageFolder:
    """``ImageFolder(path)`` with errors that say which folder is wrong and how."""
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{what} folder {path!r} does not exist")
    if not p.is_dir():
        raise UsageError(f"{what} folder {path!r} is not a directory")
    if not any(c.is_dir() for c in p.iterdir()):
        raise UsageError(f"{what} folder {path!r} has no class subfolders: expected {path}/<class name>/<image files>")
    try:
        data = torchvision.datasets.ImageFolder(str(p), transform=transform)
    except (FileNotFoundError, RuntimeError) as exc:  # no class folder / no valid image in any class folder
        raise UsageError(f"{what} folder {path!r}: {exc}") from exc
    empty = sorted(set(data.classes) - {data.classes[t] for t in data.targets})
    if empty:
        raise UsageError(f"{what} folder {path!r}: class folders without images: {empty}")
    return data


# ----------------------------------------------------------------------------------------------------------------
# model and weights
# ----------------------------------------------------------------------------------------------------------------
def classification_archs() -> list[str]:
    return sorted(torchvision.models.list_models(module=torchvision.models))


def load_state_dict(path: str) -> dict[str, torch.Tensor]:
    """A state dict from ``path`` (``weights_only`` loading: no code in the file runs)."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"weights file {path!r} does not exist" if not p.exists()
                         else f"weights {path!r} is not a file")
    try:
        blob = torch.load(p, map_location="cpu", weights_only=True)
    except Exception as exc:  # pickle errors, zip errors, refused classes (a whole pickled model) ...
        raise UsageError(f"cannot read weights file {path!r} as a PyTorch state dict ({type(exc).__name__}: "
                         f"{str(exc).splitlines()[0] if str(exc) else ''}); save it with "
                         f"torch.save(model.state_dict(), path)") from exc
    if isinstance(blob, dict):
        for key in ("state_dict", "model", "model_state_dict"):
            if isinstance(blob.get(key), dict):
                blob = blob[key]
                break
    if not isinstance(blob, dict) or not blob or not all(isinstance(v, torch.Tensor) for v in blob.values()):
        raise UsageError(f"weights file {path!r} does not hold a state dict (a dict of parameter name -> tensor); "
                         f"save it with torch.save(model.state_dict(), path)")
    if all(k.startswith("module.") for k in blob):  # saved from DataParallel / DDP
        blob = {k[len("module."):]: v for k, v in blob.items()}
    return blob


def head_name(model: nn.Module) -> str:
    """Module path of the classifier head: the model's last ``nn.Linear``."""
    linears = [n for n, m in model.named_modules() if isinstance(m, nn.Linear)]
    if not linears:
        raise UsageError(f"{type(model).__name__} has no nn.Linear classifier head; use an architecture with one "
                         f"(resnet*, alexnet, vgg*, mobilenet*, efficientnet*, densenet*, convnext*, regnet*, ...)")
    return linears[-1]


def set_module(model: nn.Module, path: str, module: nn.Module) -> None:
    parent, _, name = path.rpartition(".")
    setattr(model.get_submodule(parent) if parent else model, name, module)


def build_model(arch: str, state: dict[str, torch.Tensor], weights_path: str) -> tuple[nn.Module, str]:
    """torchvision's ``arch`` with ``weights=None``, as many outputs as the weights' head, loaded from ``state``."""
    if arch not in classification_archs():
        raise UsageError(f"unknown --arch {arch!r}; torchvision classification models: "
                         f"{', '.join(classification_archs())}")
    builder = torchvision.models.get_model_builder(arch)
    head = head_name(builder(weights=None))
    key = f"{head}.weight"
    if key not in state or state[key].dim() != 2:
        raise UsageError(f"the weights in {weights_path!r} do not fit torchvision's {arch}: no classifier weight "
                         f"{key!r} (its keys start {list(state)[:4]}); is --arch right?")
    extra = {"aux_logits": False, "init_weights": False} if arch in ("googlenet", "inception_v3") else {}
    model = builder(weights=None, num_classes=int(state[key].shape[0]), **extra)
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        lines = [ln.strip() for ln in str(exc).splitlines()[1:] if ln.strip()]
        detail = "; ".join(lines)[:600]
        raise UsageError(f"the weights in {weights_path!r} do not fit torchvision's {arch}: {detail}") from exc
    return model, head


def adapt_head(model: nn.Module, head: str, source_classes: list[str], target_classes: list[str],
               seed: int) -> tuple[bool, nn.Module | None, list[str] | None, str]:
    """Keep or replace the head (see the module docstring).

    Returns (replaced, source_head, source_class_names, message).
    """
    old = model.get_submodule(head)
    outputs = old.out_features
    if source_classes == target_classes and outputs == len(target_classes):
        return False, None, None, f"head {head} kept ({outputs} classes, the same in source and target)"
    if source_classes != target_classes and outputs != len(source_classes):
        raise UsageError(
            f"the source folder's classes differ from the target's, and the weights' head ({head}, {outputs} outputs) "
            f"does not match the source folder's {len(source_classes)} classes either, so nothing relates the source "
            f"images' labels to the model. Use a source folder with one subfolder per output of the weights (in "
            f"the order the weights were trained with), or the target's classes.\n"
            f"  source classes: {source_classes[:20]}\n  target classes: {target_classes[:20]}")
    torch.manual_seed(seed)
    set_module(model, head, nn.Linear(old.in_features, len(target_classes), bias=old.bias is not None))
    if source_classes != target_classes:
        source_head = copy.deepcopy(old).requires_grad_(False)
        return True, source_head, list(source_classes), (
            f"head {head} replaced ({outputs} source classes -> {len(target_classes)} target classes); "
            f"the original head is the callback's source_head")
    return True, None, None, (f"head {head} replaced: the weights have {outputs} outputs, the folders "
                        f"{len(target_classes)} classes; no source head (step 0 is a random head)")


# ----------------------------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------------------------
def logits_of(out):
    if isinstance(out, torch.Tensor):
        return out
    if hasattr(out, "logits"):
        return out.logits
    return out[0]


@torch.no_grad()
def accuracy(model: nn.Module, loader: DataLoader, device: torch.device) -> float:
    was = model.training
    model.eval()
    correct = total = 0
    for x, y in loader:
        pred = logits_of(model(x.to(device))).argmax(1).cpu()
        correct += int((pred == y).sum())
        total += len(y)
    model.train(was)
    return correct / max(total, 1)


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 2)[2],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", required=True, help="source-domain ImageFolder (probe only, not trained on)")
    p.add_argument("--target", required=True, help="target-domain ImageFolder to fine-tune on; its subfolders are "
                                                   "the classes")
    p.add_argument("--target-val", default=None, help="target validation ImageFolder (same classes)")
    p.add_argument("--weights", required=True, help="state dict of --arch (.pth), e.g. saved with "
                                                    "torch.save(model.state_dict(), path)")
    p.add_argument("--arch", default="resnet18", help="torchvision classification model (default: resnet18)")
    p.add_argument("--logdir", default="runs/finetune",
                   help="run directory for the event file (default: runs/finetune)")
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-3, help="SGD learning rate (momentum 0.9; default 1e-3)")
    p.add_argument("--freeze-features", action="store_true", help="train only the classifier head")
    p.add_argument("--image-size", type=int, default=224, help="images are resized to this square size (default 224)")
    p.add_argument("--normalize", choices=("imagenet", "none"), default="imagenet",
                   help="input normalisation the weights were trained with (default: ImageNet mean/std)")
    p.add_argument("--layers", default=None, help="comma-separated module paths for the callback to follow "
                                                  "(default: every Conv2d and Linear layer)")
    p.add_argument("--probe-size", type=int, default=200, help="callback probe instances per domain (default 200)")
    p.add_argument("--workers", type=int, default=0, help="DataLoader worker processes")
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:1 ... (default: cuda if available)")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    for name in ("epochs", "batch_size", "image_size", "probe_size"):
        if getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def run(args: argparse.Namespace) -> dict:
    """Everything after argument parsing; raises :class:`UsageError` for the user's mistakes."""
    from torchvision import transforms

    steps = [transforms.Resize((args.image_size, args.image_size)), transforms.ToTensor()]
    if args.normalize == "imagenet":
        steps.append(transforms.Normalize(IMAGENET_MEAN, IMAGENET_STD))
    tf = transforms.Compose(steps)
    target = image_folder(args.target, "--target", tf)
    source = image_folder(args.source, "--source", tf)
    target_val = image_folder(args.target_val, "--target-val", tf) if args.target_val else None
    if target_val is not None and target_val.classes != target.classes:
        raise UsageError(f"--target-val classes {target_val.classes[:20]} differ from --target classes "
                         f"{target.classes[:20]}")

    state = load_state_dict(args.weights)
    model, head = build_model(args.arch, state, args.weights)
    replaced, source_head, source_class_names, message = adapt_head(model, head, source.classes, target.classes,
                                                                    args.seed)
    print(f"{args.arch} from {args.weights}: {message}")
    print(f"source: {len(source)} images, {len(source.classes)} classes; target: {len(target)} images, "
          f"{len(target.classes)} classes" + (f"; target-val: {len(target_val)} images" if target_val else ""))

    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    model.to(device)
    if source_head is not None:
        source_head.to(device)
    if args.freeze_features:
        for name, p in model.named_parameters():
            p.requires_grad_(name.startswith(head + "."))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.SGD(params, lr=args.lr, momentum=0.9)

    from tb_transfer import TransferCallback

    try:
        cb = TransferCallback(model, source=source, target=target, target_val=target_val,
                              class_names=target.classes, source_head=source_head,
                              source_class_names=source_class_names, log_dir=args.logdir,
                              domain_names=(Path(args.source).name or "source", Path(args.target).name or "target"),
                              probe_size=args.probe_size, seed=args.seed,
                              layers=[n.strip() for n in args.layers.split(",") if n.strip()] if args.layers else None)
    except (ValueError, TypeError) as exc:  # e.g. unknown --layers, images too small for the architecture
        raise UsageError(f"cannot set up the callback: {exc}") from exc
    gen = torch.Generator().manual_seed(args.seed)
    torch.manual_seed(args.seed)
    # drop a last partial batch: a batch of one breaks BatchNorm in training mode
    train = DataLoader(target, batch_size=args.batch_size, shuffle=True, generator=gen, num_workers=args.workers,
                       drop_last=len(target) > args.batch_size)
    val = DataLoader(target_val, batch_size=args.batch_size, num_workers=args.workers) if target_val else None
    history = []
    with tqdm(total=args.epochs * len(train), desc="fine-tune", unit="batch") as bar:
        for epoch in range(args.epochs):
            model.train()
            for x, y in train:
                loss = nn.functional.cross_entropy(logits_of(model(x.to(device))), y.to(device))
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
                bar.update(1)
                bar.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
            cb.on_epoch_end(epoch)
            if val is not None:
                history.append(accuracy(model, val, device))
                bar.set_postfix(target_val_acc=f"{history[-1]:.3f}")
    cb.close()
    if history:
        print("target-val accuracy per epoch: " + " ".join(f"{a:.3f}" for a in history))
    print(f"\nView it (with the other runs beside it):\n  tensorboard --logdir {Path(args.logdir).parent}\n"
          f"and open the \"Transfer\" tab.")
    return {"target_val": history, "head": head, "replaced_head": replaced, "source_class_names": source_class_names}


def main(argv=None) -> int:
    args = parse_args(argv)
    try:
        run(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
