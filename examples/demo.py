#!/usr/bin/env python
"""The offline SVHN -> MNIST case study of Ma et al. (TVCG 2021), in under three minutes on two idle CPU cores.

    python examples/demo.py --logdir runs          # --fast: a seconds-long smoke test; --epochs N; --cache-dir DIR
    tensorboard --logdir runs                      # then open the "Transfer" tab

Nothing is downloaded. The two domains are made here:

* **source = printed digits** (the SVHN stand-in): the digits 0-9 rendered with Pillow's built-in font
  (``ImageFont.load_default(size=...)``, no font files) at varied size, position, rotation, shear, stroke width and
  colour, on solid, gradient or blotchy coloured backgrounds with noise and blur, sometimes with cropped neighbouring
  digits at the sides as in house-number crops. RGB, ``size`` x ``size``; 3,000 for pretraining (5,000 for AlexNet),
  500 held out (the callback's source set).
* **target = handwritten digits** (the MNIST stand-in): scikit-learn's bundled ``load_digits`` (1,797 images of
  8 x 8 pixels, 16 grey levels), upscaled bilinearly to the model input, white on black, grey replicated to 3 channels,
  split (stratified, seeded) into 500 for target-val and the rest (1,297) for target-train. The callback's target
  probe is drawn from target-train.

Both domains are fed to the model standardised per image (zero mean, unit variance), the usual preprocessing for
house-number crops.

The model is torchvision's ResNet-18 (``resnet18(weights=None, num_classes=10)``, unchanged) at 32 x 32 input, the
model practitioners fine-tune most, with BatchNorm and shortcut connections for the structure level to show.
``--model alexnet`` uses the paper's AlexNet instead, at 64 x 64 (the smallest input it accepts is 63): its two big
fully connected layers make it much slower on a CPU (about 16 CPU-minutes in all, against about 5 for ResNet-18). The demo pretrains the model on the source domain (Adam;
cached under ``--cache-dir``, keyed by a hash of the settings, so a second run skips it) and then fine-tunes it on
the target three ways, each with the ``TransferCallback`` into its own run directory under ``--logdir``:

* ``finetune_all``    - every layer trained, starting from the source model;
* ``freeze_features`` - the backbone frozen (its BatchNorm statistics too), only the classifier head trained, starting
  from the source model;
* ``scratch``         - the same architecture from a random initialisation (no transfer).

All three use the same optimiser, learning rate, batches and seeds, and a rerun gives the same numbers. The source
model reused directly on the target (step 0 of the two transfer runs) is the baseline the transferability score is
measured against. The callback follows ResNet-18's 21 conv and linear layers (its defaults); for AlexNet, the five
conv layers and the output layer (``--all-layers`` adds the two big fully connected layers, at a cost on a CPU).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import time
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
import torchvision
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from torch.utils.data import Dataset
from tqdm.auto import tqdm

CLASS_NAMES = [str(d) for d in range(10)]
DOMAIN_NAMES = ("printed digits", "handwritten digits")
RUNS = ("finetune_all", "freeze_features", "scratch")
MIN_ALEXNET_SIZE = 63  # smallest input torchvision's AlexNet accepts (the last max-pool needs a 3 x 3 map)
PROBE_BATCH = 250  # the callback's probe passes and target-val evaluation in large batches: cheaper per image on a CPU
GENERATOR_VERSION = 3  # bump when the image generators change: it is part of the cache key


@dataclasses.dataclass(frozen=True)
class Architecture:
    """A torchvision model the demo can fine-tune, and what the demo needs to know about it."""

    size: int  # model input, pixels (square)
    head: str  # the classifier: the only part ``freeze_features`` trains
    layers: tuple[str, ...] | None  # the layers the callback follows (None: its defaults)
    n_source_train: int  # printed digits for pretraining
    pretrain_epochs: int
    pretrain_lr: float  # Adam; the peak of a one-cycle schedule if one_cycle
    lr: float  # Adam, fine-tuning (the same for every run)
    one_cycle: bool = False  # pretraining LR: one cycle (warm-up then annealing) instead of constant


ARCHITECTURES = {
    # torchvision's ResNet-18 at 32 x 32 (the CIFAR size): BatchNorm and a one-cycle schedule let it learn the
    # printed digits in two epochs of 3,000 images (0.91 on the held-out ones); the callback follows its 21 conv and
    # linear layers (its defaults), shortcuts included.
    "resnet18": Architecture(size=32, head="fc", layers=None, n_source_train=3000, pretrain_epochs=2,
                             pretrain_lr=3e-3, lr=3e-4, one_cycle=True),
    # torchvision's AlexNet, the model of the paper's case study, at the smallest input it accepts. The callback
    # follows its five conv layers and the output layer: the two big fully connected layers (classifier.1:
    # 9216 x 4096, classifier.4: 4096 x 4096) hold 95 % of its weights and, on a CPU, most of the callback's time
    # (--all-layers follows them too). Without normalisation layers it needs more steps: pretraining takes about
    # four minutes on two CPU cores.
    "alexnet": Architecture(size=64, head="classifier", layers=("features.0", "features.3", "features.6",
                                                                "features.8", "features.10", "classifier.6"),
                            n_source_train=5000, pretrain_epochs=4, pretrain_lr=2e-4, lr=1e-4),
}


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything that determines the demo's data, models and runs (and so the cache key)."""

    model: str = "resnet18"  # a key of ARCHITECTURES
    n_source_train: int | None = None  # printed digits for pretraining (the architecture's below when None)
    n_source_val: int = 500  # held-out printed digits: pretraining check and the callback's source set
    n_target_val: int = 500  # of scikit-learn's 1,797 handwritten digits; the rest is target-train
    n_target_train: int = 0  # a stratified subset of the rest; 0 = all of it (1,297)
    epochs: int = 3  # fine-tuning epochs per run
    batch_size: int = 64
    probe_size: int = 100  # per domain, for the callback (10 a class)
    seed: int = 0
    size: int | None = None  # the architecture's below when None
    pretrain_epochs: int | None = None
    pretrain_lr: float | None = None
    lr: float | None = None

    def __post_init__(self):
        if self.model not in ARCHITECTURES:
            raise ValueError(f"unknown model {self.model!r}; choose from {sorted(ARCHITECTURES)}")
        arch = ARCHITECTURES[self.model]
        for name in ("size", "n_source_train", "pretrain_epochs", "pretrain_lr", "lr"):
            if getattr(self, name) is None:
                object.__setattr__(self, name, getattr(arch, name))

    @property
    def arch(self) -> Architecture:
        return ARCHITECTURES[self.model]


FAST = dict(n_source_train=100, n_source_val=40, n_target_val=40, n_target_train=50, pretrain_epochs=1,
            epochs=1, batch_size=50, probe_size=20)


# ----------------------------------------------------------------------------------------------------------------
# Data: the two domains
# ----------------------------------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


@lru_cache(maxsize=None)
def _unit_grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / max(size - 1, 1) - 0.5
    return xx, yy


_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def render_printed_digit(label: int, size: int, rng: np.random.Generator) -> np.ndarray:
    """One printed digit ``label`` as a uint8 RGB array [size, size, 3], all randomness drawn from ``rng``."""
    s = size
    # background: solid, linear gradient, or gradient with a blotchy low-frequency texture
    c1 = rng.integers(0, 256, 3).astype(np.float32)
    kind = int(rng.integers(3))
    if kind == 0:
        bg = np.empty((s, s, 3), np.float32)
        bg[:] = c1
    else:
        c2 = np.clip(c1 + rng.normal(0, 80, 3), 0, 255).astype(np.float32)
        angle = rng.uniform(0, 2 * np.pi)
        xx, yy = _unit_grid(s)
        t = np.clip(np.float32(np.cos(angle)) * xx + np.float32(np.sin(angle)) * yy + 0.5, 0, 1)[..., None]
        bg = c1 + (c2 - c1) * t
        if kind == 2:
            k = s // 8 + 1
            blotches = Image.fromarray(rng.normal(0, 1, (k, k)).astype(np.float32), "F").resize((s, s), Image.BICUBIC)
            bg += np.asarray(blotches)[..., None] * np.float32(rng.uniform(5, 25))
    # ink colour with enough luminance contrast to the background (light on dark or dark on light)
    bg_luma = float(bg.reshape(-1, 3).mean(0) @ _LUMA)
    for _ in range(20):
        ink = rng.integers(0, 256, 3).astype(np.float32)
        if abs(float(ink @ _LUMA) - bg_luma) > 90:
            break
    # glyph mask on a 2x canvas: the digit centred, cropped neighbours at the sides half of the time each
    c = 2 * s
    font_size = int(rng.uniform(0.6, 0.9) * s)
    font = _font(font_size)
    stroke = int(rng.integers(0, 2))
    mask = Image.new("L", (c, c), 0)
    draw = ImageDraw.Draw(mask)
    style = dict(font=font, fill=255, anchor="mm", stroke_width=stroke, stroke_fill=255)
    centre = c / 2
    draw.text((centre, centre), str(label), **style)
    advance = font.getlength(str(label)) + 2 * stroke
    for side in (-1, 1):
        if rng.random() < 0.3:
            other = str(int(rng.integers(10)))
            gap = rng.uniform(0.15, 0.4) * font_size
            x = centre + side * (advance / 2 + gap + (font.getlength(other) + 2 * stroke) / 2)
            draw.text((x, centre), other, **style)
    # rotation, shear, horizontal scale and a small shift, as one affine map (output pixel -> canvas pixel)
    theta = np.deg2rad(rng.uniform(-10, 10))
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    fwd = rot @ np.array([[1.0, rng.uniform(-0.2, 0.2)], [0.0, 1.0]]) @ np.diag([rng.uniform(0.85, 1.15), 1.0])
    inv = np.linalg.inv(fwd)
    offset = np.array([centre, centre]) - inv @ (np.array([s / 2, s / 2]) + rng.uniform(-0.03, 0.03, 2) * s)
    mask = mask.transform((s, s), Image.AFFINE, (inv[0, 0], inv[0, 1], offset[0], inv[1, 0], inv[1, 1], offset[1]),
                          resample=Image.BILINEAR)
    blur = rng.uniform(0, 1.0)
    if blur > 0.4:
        mask = mask.filter(ImageFilter.GaussianBlur(blur))
    alpha = np.asarray(mask, np.float32)[..., None] * np.float32(1 / 255)
    img = bg + (ink - bg) * alpha
    img += rng.standard_normal((s, s, 3), dtype=np.float32) * np.float32(rng.uniform(0, 8))
    return img.clip(0, 255).astype(np.uint8)


def make_printed_digits(n: int, size: int = 64, seed: int = 0, progress: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The source domain: ``n`` printed digits.

    Returns
    -------
    images : uint8 [n, size, size, 3]
    labels : int64 [n], ``labels[i] == i % 10`` (balanced)

    Image ``i`` depends only on ``(seed, i)``, so the first ``m`` images of a larger set are the same images.
    """
    labels = np.arange(n, dtype=np.int64) % 10
    images = np.empty((n, size, size, 3), np.uint8)
    for i in tqdm(range(n), desc="render printed digits", unit="img", disable=not progress, leave=False):
        images[i] = render_printed_digit(int(labels[i]), size, np.random.default_rng([seed, i]))
    return images, labels


def load_handwritten_digits(size: int = 64) -> tuple[np.ndarray, np.ndarray]:
    """The target domain: scikit-learn's 1,797 handwritten digits, upscaled.

    Returns
    -------
    images : uint8 [1797, size, size, 3], white digit on black, grey in all three channels; the 8 x 8 digit is
        upscaled bilinearly to 3/4 of ``size`` and centred (MNIST-like margin)
    labels : int64 [1797]
    """
    from sklearn.datasets import load_digits

    digits = load_digits()
    x = torch.from_numpy(digits.images.astype(np.float32) / 16.0)[:, None]
    inner = max(8, round(size * 0.75))
    x = F.interpolate(x, size=(inner, inner), mode="bilinear", align_corners=False)
    pad = size - inner
    x = F.pad(x, (pad // 2, pad - pad // 2, pad // 2, pad - pad // 2))
    images = (x.clamp(0, 1) * 255).round().to(torch.uint8).expand(-1, 3, -1, -1).permute(0, 2, 3, 1)
    return np.ascontiguousarray(images.numpy()), digits.target.astype(np.int64)


def stratified_split(labels: np.ndarray, n_val: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Indices (train, val) with ``n_val`` validation instances spread over the classes in proportion. Sorted."""
    rng = np.random.default_rng(seed)
    classes = np.unique(labels)
    order = [rng.permutation(np.flatnonzero(labels == k)) for k in classes]
    share = np.array([len(o) for o in order], float) / len(labels) * n_val
    take = np.floor(share).astype(int)
    for k in np.argsort(-(share - take))[: n_val - take.sum()]:
        take[k] += 1
    val = np.concatenate([o[:t] for o, t in zip(order, take)])
    train = np.concatenate([o[t:] for o, t in zip(order, take)])
    return np.sort(train), np.sort(val)


def standardize(x: torch.Tensor) -> torch.Tensor:
    """Per-image contrast normalisation (zero mean, unit standard deviation over all pixels and channels).

    The usual preprocessing for house-number crops: it takes the arbitrary ink and background colours out of the
    learning problem, so AlexNet (which has no normalisation layers) starts learning within a few dozen steps.
    ``x``: float [..., C, H, W].
    """
    mean = x.mean(dim=(-3, -2, -1), keepdim=True)
    std = x.std(dim=(-3, -2, -1), keepdim=True)
    return (x - mean) / (std + 0.02)


class DigitImages(Dataset):
    """``(image, label)`` pairs from uint8 [N, H, W, 3] arrays: image float32 [3, H, W], standardised per image
    (:func:`standardize`) once, here, so that reading an item is an index; label int."""

    def __init__(self, images: np.ndarray, labels: np.ndarray):
        self.images = standardize(torch.from_numpy(np.ascontiguousarray(images)).permute(0, 3, 1, 2).float().div_(255))
        self.labels = torch.as_tensor(labels, dtype=torch.int64)

    def __len__(self) -> int:
        return len(self.labels)

    def __getitem__(self, i: int) -> tuple[torch.Tensor, int]:
        return self.images[i], int(self.labels[i])

    def batch(self, idx: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.images[idx], self.labels[idx]


# ----------------------------------------------------------------------------------------------------------------
# Model, training, evaluation
# ----------------------------------------------------------------------------------------------------------------
def make_model(seed: int, model: str = Settings.model) -> torch.nn.Module:
    """torchvision's ``model`` (a key of ARCHITECTURES), randomly initialised from ``seed``, with 10 outputs."""
    torch.manual_seed(seed)
    return getattr(torchvision.models, model)(weights=None, num_classes=len(CLASS_NAMES))


def train_epoch(model, optimizer, data: DigitImages, batch_size: int, generator: torch.Generator, bar,
                frozen: tuple[torch.nn.Module, ...] = (), scheduler=None) -> float:
    """One pass over ``data`` in shuffled mini-batches (last partial batch dropped unless it is the only one).
    ``frozen`` modules (the BatchNorm layers of a frozen backbone) stay in eval mode: their statistics do not move."""
    model.train()
    for module in frozen:
        module.eval()
    order = torch.randperm(len(data), generator=generator)
    n_batches = max(1, len(data) // batch_size)
    total = 0.0
    for b in range(n_batches):
        x, y = data.batch(order[b * batch_size:(b + 1) * batch_size])
        loss = F.cross_entropy(model(x), y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        total += loss.item()
        bar.update(1)
        bar.set_postfix(loss=f"{loss.item():.3f}", refresh=False)
    return total / n_batches


@torch.no_grad()
def accuracy(model, data: DigitImages, batch_size: int = 500) -> float:
    was_training = model.training
    model.eval()
    correct = 0
    for start in range(0, len(data), batch_size):
        x, y = data.batch(torch.arange(start, min(start + batch_size, len(data))))
        correct += int((model(x).argmax(1) == y).sum())
    model.train(was_training)
    return correct / len(data)


def optimizer(params, lr: float) -> torch.optim.Optimizer:
    # Adam: torchvision's AlexNet (default init, no normalisation layers) barely moves under plain SGD at first
    try:  # the fused kernel halves the update time of AlexNet's 57 M parameters on a CPU
        return torch.optim.Adam(params, lr=lr, fused=True)
    except (RuntimeError, TypeError, ValueError):
        return torch.optim.Adam(params, lr=lr)


def settings_key(st: Settings, *fields: str) -> str:
    payload = {f: getattr(st, f) for f in fields}
    if "model" in fields:
        payload["architecture"] = dataclasses.asdict(st.arch)
    payload.update(generator=GENERATOR_VERSION, torch=torch.__version__.split("+")[0],
                   torchvision=torchvision.__version__)
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:12]


def source_data(st: Settings, cache: Path) -> tuple[DigitImages, DigitImages]:
    """(source-train, source-val) printed digits, cached as .npz. Val images use a different seed stream."""
    path = cache / f"printed_digits_{settings_key(st, 'size', 'n_source_train', 'n_source_val', 'seed')}.npz"
    if path.exists():
        with np.load(path) as z:
            return DigitImages(z["xt"], z["yt"]), DigitImages(z["xv"], z["yv"])
    xt, yt = make_printed_digits(st.n_source_train, st.size, seed=st.seed, progress=True)
    xv, yv = make_printed_digits(st.n_source_val, st.size, seed=st.seed + 10_000, progress=True)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, xt=xt, yt=yt, xv=xv, yv=yv)
    os.replace(tmp, path)
    return DigitImages(xt, yt), DigitImages(xv, yv)


def pretrained_source_model(st: Settings, src_train: DigitImages, src_val: DigitImages,
                            cache: Path) -> tuple[dict, dict]:
    """Pretrain the model on the printed digits, or load it from the cache. Returns (state dict, info)."""
    key = settings_key(st, "model", "size", "n_source_train", "n_source_val", "pretrain_epochs", "pretrain_lr",
                       "batch_size", "seed")
    path = cache / f"source_{st.model}_{key}.pt"
    if path.exists():
        blob = torch.load(path, map_location="cpu", weights_only=True)
        return blob["state_dict"], dict(blob["info"], cached=str(path))
    model = make_model(st.seed, st.model)
    opt = optimizer(model.parameters(), st.pretrain_lr)
    gen = torch.Generator().manual_seed(st.seed)
    steps = st.pretrain_epochs * max(1, len(src_train) // st.batch_size)
    schedule = (torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=st.pretrain_lr, total_steps=steps, pct_start=0.25)
                if st.arch.one_cycle else None)
    t0 = time.perf_counter()
    with tqdm(total=steps, desc="pretrain on printed digits", unit="batch") as bar:
        for _ in range(st.pretrain_epochs):
            train_epoch(model, opt, src_train, st.batch_size, gen, bar, scheduler=schedule)
        val = accuracy(model, src_val)
        bar.set_postfix(source_val_acc=f"{val:.3f}")
    info = {"source_val_accuracy": val, "seconds": time.perf_counter() - t0, "key": key}
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save({"state_dict": model.state_dict(), "info": info}, tmp)
    os.replace(tmp, path)
    return model.state_dict(), dict(info, cached=None)


def _cpu_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Timed:
    """Wraps the callback to add up the time spent in it."""

    def __init__(self):
        self.seconds = 0.0

    def __call__(self, fn, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t0


def finetune_run(name: str, source_state: dict, st: Settings, data: dict, logdir: Path, use_callback: bool,
                 all_layers: bool = False) -> dict:
    """One fine-tuning run on the target with the callback. Returns the numbers for the summary."""
    model = make_model(st.seed + 1, st.model)  # scratch: a fresh initialisation, different from the source model's
    if name != "scratch":
        model.load_state_dict(source_state)
    frozen = ()
    if name == "freeze_features":  # every parameter outside the classifier head, and the BatchNorm statistics
        for pname, p in model.named_parameters():
            if not pname.startswith(st.arch.head + "."):
                p.requires_grad_(False)
        frozen = tuple(m for mname, m in model.named_modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)
                       and not mname.startswith(st.arch.head + "."))
    torch.manual_seed(st.seed + 2)  # dropout masks
    opt = optimizer([p for p in model.parameters() if p.requires_grad], st.lr)
    gen = torch.Generator().manual_seed(st.seed + 3)  # the same batches in every run

    timer = _Timed()
    run_dir = logdir / name
    if run_dir.exists():
        shutil.rmtree(run_dir)  # a rerun replaces the run instead of appending duplicate steps to it
    # The run's wall time counts everything the callback adds (its construction too) and, without it, the demo's own
    # evaluation of the starting model, so that with and without are compared on the same work.
    t0, c0 = time.perf_counter(), time.process_time()  # CPU time: the whole process, the callback's workers too
    cb = None
    if use_callback:
        from tb_transfer import TransferCallback

        cb = timer(TransferCallback, model, source=data["source_val"], target=data["target_train"],
                   target_val=data["target_val"], class_names=CLASS_NAMES, log_dir=str(run_dir),
                   domain_names=DOMAIN_NAMES, probe_size=st.probe_size, seed=st.seed, batch_size=PROBE_BATCH,
                   layers=None if all_layers or st.arch.layers is None else list(st.arch.layers))
    # Without the callback the demo evaluates target-val itself; with it, the summary reads what the callback wrote.
    val_acc = [accuracy(model, data["target_val"])] if cb is None else []
    steps = st.epochs * max(1, len(data["target_train"]) // st.batch_size)
    with tqdm(total=steps, desc=f"{name:>15}", unit="batch") as bar:
        for epoch in range(st.epochs):
            train_epoch(model, opt, data["target_train"], st.batch_size, gen, bar, frozen)
            if cb is not None:
                timer(cb.on_epoch_end, epoch)
            else:
                val_acc.append(accuracy(model, data["target_val"]))
                bar.set_postfix(target_val_acc=f"{val_acc[-1]:.3f}")
    if cb is not None:
        timer(cb.close)
    return {"run": name, "target_val": val_acc, "source": [accuracy(model, data["source_val"])] if cb is None else [],
            "transferability": [], "seconds": time.perf_counter() - t0, "cpu_seconds": time.process_time() - c0,
            "callback_seconds": timer.seconds}


def read_back(logdir: Path, results: list[dict]) -> None:
    """Fill the summary from the callback's records (what TensorBoard will show): per step, accuracy on target-val
    and on the source probe, and the transferability score."""
    import tb_transfer

    runs = tb_transfer.load(str(logdir), runs=[r["run"] for r in results])
    for r in results:
        perf = runs[r["run"]].records["performance"]  # {step: [split source/target/target_val, loss/accuracy]}
        score = runs[r["run"]].records.get("transferability", {})
        r["target_val"] = [float(perf[step][2, 1]) for step in sorted(perf)]
        r["source"] = [float(perf[step][0, 1]) for step in sorted(perf)]
        r["transferability"] = [float(score[step]) for step in sorted(score)]


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--logdir", default="runs",
                   help="TensorBoard log directory; one subdirectory per run (default: runs)")
    p.add_argument("--cache-dir", default=None, help="where the source data and pretrained model are cached "
                                                     "(default: <logdir>/.cache)")
    p.add_argument("--epochs", type=int, default=None, help=f"fine-tuning epochs per run (default: {Settings.epochs}; "
                                                            f"{FAST['epochs']} with --fast)")
    p.add_argument("--probe-size", type=int, default=None, help=f"probe instances per domain for the callback "
                                                                 f"(default: {Settings.probe_size})")
    p.add_argument("--model", choices=sorted(ARCHITECTURES), default=Settings.model,
                   help=f"the torchvision model (default: {Settings.model}; alexnet is the paper's, slower on a CPU)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: all cores, at most 8)")
    p.add_argument("--fast", action="store_true", help="tiny data, one epoch: a smoke test in seconds, not a demo")
    p.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated subset of {', '.join(RUNS)}")
    p.add_argument("--all-layers", action="store_true", help="AlexNet: let the callback follow every layer, the two "
                                                             "big fully connected ones too (slower)")
    p.add_argument("--no-callback", action="store_true", help="train without the callback (to time it)")
    args = p.parse_args(argv)
    for name in ("epochs", "probe_size", "threads"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    args.runs = [r.strip() for r in args.runs.split(",") if r.strip()]
    bad = [r for r in args.runs if r not in RUNS]
    if bad:
        p.error(f"unknown run(s) {bad}; choose from {list(RUNS)}")
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    t_start = time.perf_counter()
    torch.set_num_threads(args.threads or max(1, min(os.cpu_count() or 1, 8)))
    overrides = dict(FAST) if args.fast else {}
    overrides.update(seed=args.seed, model=args.model)
    if args.epochs is not None:
        overrides["epochs"] = args.epochs
    if args.probe_size is not None:
        overrides["probe_size"] = args.probe_size
    st = Settings(**overrides)
    logdir = Path(args.logdir)
    cache = Path(args.cache_dir) if args.cache_dir else logdir / ".cache"
    logdir.mkdir(parents=True, exist_ok=True)

    # --- data -----------------------------------------------------------------------------------------------------
    t0 = time.perf_counter()
    src_train, src_val = source_data(st, cache)
    hw_images, hw_labels = load_handwritten_digits(st.size)
    train_idx, val_idx = stratified_split(hw_labels, st.n_target_val, seed=st.seed)
    if st.n_target_train:  # a stratified subset of target-train
        train_idx = train_idx[stratified_split(hw_labels[train_idx], st.n_target_train, seed=st.seed)[1]]
    data = {"source_val": src_val, "target_train": DigitImages(hw_images[train_idx], hw_labels[train_idx]),
            "target_val": DigitImages(hw_images[val_idx], hw_labels[val_idx])}
    t_data = time.perf_counter() - t0
    print(f"data: {len(src_train)} printed digits for pretraining, {len(src_val)} held out; handwritten digits "
          f"{len(data['target_train'])} train / {len(data['target_val'])} val; {st.size}x{st.size} RGB "
          f"({t_data:.1f} s)", flush=True)

    # --- pretraining ----------------------------------------------------------------------------------------------
    t0 = time.perf_counter()
    source_state, info = pretrained_source_model(st, src_train, src_val, cache)
    t_pre = time.perf_counter() - t0
    if info["cached"]:
        print(f"source model: cached {info['cached']} (source-val accuracy {info['source_val_accuracy']:.3f})")
    else:
        print(f"source model: pretrained in {info['seconds']:.1f} s, source-val accuracy "
              f"{info['source_val_accuracy']:.3f}")
    reuse = make_model(st.seed, st.model)
    reuse.load_state_dict(source_state)
    direct = accuracy(reuse, data["target_val"])
    del reuse
    print(f"direct reuse of the source model on handwritten digits (target-val): {direct:.3f}", flush=True)

    # --- the runs -------------------------------------------------------------------------------------------------
    results = [finetune_run(name, source_state, st, data, logdir, not args.no_callback, args.all_layers)
               for name in args.runs]

    if not args.no_callback:
        read_back(logdir, results)
    total = time.perf_counter() - t_start

    # --- summary --------------------------------------------------------------------------------------------------
    width = 6 * (st.epochs + 1)
    width = max(width, len("target-val acc, step 0..") + 2)
    print(f"\n{'run':<16}{'target-val acc, step 0..' + str(st.epochs):<{width + 2}}{'source acc':>11}"
          f"{'transferability':>16}{'train s':>9}{'callback s':>12}")
    for r in results:
        steps = " ".join(f"{a:.3f}" for a in r["target_val"])
        score = f"{r['transferability'][-1]:+.3f}" if r["transferability"] else "-"
        print(f"{r['run']:<16}{steps:<{width + 2}}{r['source'][-1]:>11.3f}{score:>16}"
              f"{r['seconds'] - r['callback_seconds']:>9.1f}{r['callback_seconds']:>12.1f}")
    print(f"(direct reuse of the source model on target-val: {direct:.3f}; source acc: the final model on "
          f"{'the source probe' if not args.no_callback else 'the held-out printed digits'})")
    t_runs = sum(r["seconds"] for r in results)
    t_cb = sum(r["callback_seconds"] for r in results)
    print(f"\nwall time {total:.1f} s: data {t_data:.1f} s, pretraining {t_pre:.1f} s"
          f"{' (cached)' if info['cached'] else ''}, runs {t_runs - t_cb:.1f} s + callback {t_cb:.1f} s; "
          f"CPU time {_cpu_seconds():.0f} s on {torch.get_num_threads()} threads")
    print(f"\nView the runs:\n  tensorboard --logdir {logdir}\nand open the \"Transfer\" tab.")
    return {"results": results, "direct_reuse": direct, "seconds": total, "settings": dataclasses.asdict(st)}


if __name__ == "__main__":
    main()
