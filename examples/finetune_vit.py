#!/usr/bin/env python
"""Fine-tune a small vision transformer (timm) from printed to handwritten digits, with the TransferCallback.

    python examples/finetune_vit.py --logdir runs_vit       # about 2 minutes on 2 CPU cores; --fast: seconds
    tensorboard --logdir runs_vit                             # then open the "Transfer" tab

The data are the offline demo's (``examples/demo.py``): printed digits rendered with Pillow as the source domain,
scikit-learn's handwritten digits as the target, here at 32 x 32 pixels. Nothing is downloaded: the ViT
(``timm.create_model("vit_tiny_patch16_224", pretrained=False, img_size=32, patch_size=4, depth=4, ...)``) is
pretrained on the source domain by this script, then fine-tuned on the target. The callback follows the patch
embedding, each transformer block's output (the residual stream, pooled over tokens; ``--token-pooling cls`` for the
class token) and the head.

Needs the ``[timm]`` extra: ``pip install "tb-transfer[timm]"``.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import numpy as np
import timm
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo  # noqa: E402  (the demo's data: make_printed_digits, load_handwritten_digits, DigitImages, ...)

from tb_transfer import TransferCallback  # noqa: E402


@dataclasses.dataclass(frozen=True)
class Settings:
    size: int = 32
    n_source_train: int = 2000
    n_source_val: int = 200
    n_target_val: int = 300
    n_target_train: int = 500
    pretrain_epochs: int = 3
    epochs: int = 3
    lr: float = 1e-3
    batch_size: int = 64
    probe_size: int = 100
    depth: int = 4
    patch_size: int = 4
    seed: int = 0


FAST = dict(n_source_train=40, n_source_val=20, n_target_val=20, n_target_train=40, pretrain_epochs=1, epochs=1,
            batch_size=20, probe_size=10, depth=2, patch_size=8)


def make_vit(st: Settings) -> torch.nn.Module:
    torch.manual_seed(st.seed)
    return timm.create_model("vit_tiny_patch16_224", pretrained=False, num_classes=len(demo.CLASS_NAMES),
                             img_size=st.size, patch_size=st.patch_size, depth=st.depth, embed_dim=96, num_heads=3)


def train_epoch(model, optimizer, data: "demo.DigitImages", batch_size: int, generator: torch.Generator) -> float:
    model.train()
    order = torch.randperm(len(data), generator=generator)
    losses = []
    for b in range(max(1, len(data) // batch_size)):
        x, y = data.batch(order[b * batch_size:(b + 1) * batch_size])
        loss = F.cross_entropy(model(x), y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return float(np.mean(losses))


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--logdir", default="runs_vit")
    p.add_argument("--fast", action="store_true", help="tiny data and model, one epoch: a smoke test in seconds")
    p.add_argument("--token-pooling", choices=("mean", "cls"), default="mean")
    args = p.parse_args(argv)
    st = Settings(**(FAST if args.fast else {}))
    t0 = time.perf_counter()

    xs, ys = demo.make_printed_digits(st.n_source_train + st.n_source_val, st.size, seed=st.seed)
    src_train = demo.DigitImages(xs[:st.n_source_train], ys[:st.n_source_train])
    src_val = demo.DigitImages(xs[st.n_source_train:], ys[st.n_source_train:])
    xt, yt = demo.load_handwritten_digits(st.size)
    rest, val = demo.stratified_split(yt, st.n_target_val, seed=st.seed)
    train = rest[demo.stratified_split(yt[rest], len(rest) - st.n_target_train, seed=st.seed)[1]]
    tgt_train, tgt_val = demo.DigitImages(xt[train], yt[train]), demo.DigitImages(xt[val], yt[val])

    model = make_vit(st)
    gen = torch.Generator().manual_seed(st.seed)
    opt = torch.optim.Adam(model.parameters(), lr=st.lr)
    for _ in range(st.pretrain_epochs):  # the source model: pretrained here, offline
        train_epoch(model, opt, src_train, st.batch_size, gen)
    source_acc = demo.accuracy(model, src_val)

    cb = TransferCallback(model, source=src_val, target=tgt_train, class_names=demo.CLASS_NAMES,
                          log_dir=str(Path(args.logdir) / "vit_finetune"), target_val=tgt_val,
                          domain_names=demo.DOMAIN_NAMES, probe_size=st.probe_size, seed=st.seed,
                          token_pooling=args.token_pooling)
    opt = torch.optim.Adam(model.parameters(), lr=st.lr / 2)
    for epoch in range(st.epochs):
        train_epoch(model, opt, tgt_train, st.batch_size, gen)
        cb.on_epoch_end(epoch)
    cb.close()
    result = {"layers": cb.layers, "source_val_accuracy": source_acc,
              "target_val_accuracy": demo.accuracy(model, tgt_val), "seconds": time.perf_counter() - t0}
    print(f"ViT ({', '.join(cb.layers)}): source val acc {source_acc:.3f}, target val acc "
          f"{result['target_val_accuracy']:.3f} after {st.epochs} epoch(s), {result['seconds']:.0f} s. "
          f"Now: tensorboard --logdir {args.logdir}")
    return result


if __name__ == "__main__":
    main()
