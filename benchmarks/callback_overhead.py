"""What the callback costs, at the defaults: torchvision's AlexNet (8 tracked layers) at the demo's 64 × 64 input,
2 × 500 probe images (printed digits and handwritten digits from examples/demo.py).

Prints, measured in one run (the machine is shared and noisy; ratios are steadier than seconds):
  * callback time per call ÷ one forward + backward pass over the probe set (goal ≤ 1.5);
  * the first call (which also computes the pretrained model's reference and writes step 0) separately;
  * bytes written per call;
  * demo epoch time with ÷ without the callback (the demo's `finetune_all` run, same batches).

    .venv/bin/python benchmarks/callback_overhead.py [--probe-size 500] [--calls 3] [--demo-epochs 2]
"""
from __future__ import annotations

import argparse
import glob
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "examples"))
import demo  # noqa: E402

from tb_transfer import TransferCallback  # noqa: E402


def probe_pass_seconds(model: torch.nn.Module, data: list[demo.DigitImages], batch_size: int) -> float:
    """One forward + backward pass of the cross-entropy loss over every probe image (gradients discarded)."""
    start = time.perf_counter()
    for dataset in data:
        for lo in range(0, len(dataset), batch_size):
            x, y = dataset.batch(torch.arange(lo, min(lo + batch_size, len(dataset))))
            F.cross_entropy(model(x), y).backward()
    model.zero_grad(set_to_none=True)
    return time.perf_counter() - start


def event_bytes(log_dir: str) -> int:
    return sum(os.path.getsize(p) for p in glob.glob(f"{log_dir}/events.out.tfevents.*"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--probe-size", type=int, default=500, help="probe images per domain (callback default)")
    parser.add_argument("--calls", type=int, default=3, help="callback calls after the first")
    parser.add_argument("--demo-epochs", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(os.cpu_count() or 1)

    images, labels = demo.make_printed_digits(args.probe_size, 64, seed=1)
    source = demo.DigitImages(images, labels)
    hw_images, hw_labels = demo.load_handwritten_digits(64)
    target = demo.DigitImages(hw_images[: args.probe_size], hw_labels[: args.probe_size])
    model = demo.make_model(0)

    with tempfile.TemporaryDirectory() as log_dir:
        start = time.perf_counter()
        cb = TransferCallback(model, source=source, target=target, class_names=demo.CLASS_NAMES, log_dir=log_dir,
                              probe_size=args.probe_size)
        construct = time.perf_counter() - start
        model.eval()
        passes = [probe_pass_seconds(model, [source, target], 100) for _ in range(2)]
        model.train()
        sizes = [event_bytes(log_dir)]
        calls, in_pass = [], []
        for epoch in range(args.calls + 1):
            start = time.perf_counter()
            cb.on_epoch_end(epoch)
            calls.append(time.perf_counter() - start)
            in_pass.append(cb.last_call["pass_seconds"])
            sizes.append(event_bytes(log_dir))
        cb.close()
    fwd_bwd = min(passes)
    steady = statistics.median(calls[1:])
    per_call_bytes = [b - a for a, b in zip(sizes, sizes[1:])]
    print(f"AlexNet at 64x64, {len(cb.layers)} tracked layers, "
          f"2 × {args.probe_size} probe images")
    print(f"  construction                       {construct:7.2f} s")
    print(f"  one fwd+bwd pass over the probe set {fwd_bwd:7.2f} s")
    print(f"  first call (step 0 + step 1)       {calls[0]:7.2f} s   ratio {calls[0] / fwd_bwd:5.2f}")
    print(f"  later calls (median of {args.calls})        {steady:7.2f} s   ratio {steady / fwd_bwd:5.2f}  (goal ≤ 1.5)")
    print(f"    of which the callback's own probe passes {statistics.median(in_pass[1:]):.2f} s, "
          f"measures and writing {steady - statistics.median(in_pass[1:]):.2f} s")
    print(f"  bytes per call: first {per_call_bytes[0] / 1e6:.2f} MB (two steps + thumbnails), "
          f"later {statistics.median(per_call_bytes[1:]) / 1e6:.2f} MB")

    with tempfile.TemporaryDirectory() as logdir:
        common = ["--logdir", logdir, "--runs", "finetune_all", "--epochs", str(args.demo_epochs),
                  "--cache-dir", str(ROOT / ".cache" / "demo")]
        demo.main(common)  # warms the caches (data, pretrained model; kept in .cache/demo for later runs)
        without = demo.main(common + ["--no-callback"])["results"][0]
        with_cb = demo.main(common)["results"][0]
    epoch_without = without["seconds"] / args.demo_epochs
    epoch_with = with_cb["seconds"] / args.demo_epochs
    print(f"\ndemo finetune_all epoch: with callback {epoch_with:.1f} s, without {epoch_without:.1f} s, "
          f"ratio {epoch_with / epoch_without:.2f}")


if __name__ == "__main__":
    main()
