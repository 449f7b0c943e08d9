"""What the layer × layer CKA record (``layer_cka``) adds to the callback, measured on the setups of
``callback_overhead.py`` at the defaults (every Conv2d and Linear layer, 2 × 500 probe images), synchronously
(``background=False``) so that every measure runs inside the call it belongs to:

  * seconds per later call spent in ``records.layer_cka`` (L Gram matrices of the current model, L² inner products
    with the pretrained model's cached ones), beside what it replaces (``cka_target`` computed layer by layer by
    ``measures.unbiased_linear_cka``, two Gram matrices per layer: the way every step was measured before), the whole
    call and one bare forward + backward pass over the same probe images; goal: the net addition ≤ 5 % of a call;
  * the once-per-run cost of caching the pretrained model's Gram matrices (``records.cka_grams``) and their memory;
  * bytes of the ``layer_cka`` record per step (its serialized summary value) beside the bytes written per step;
    goal ≤ 1 %.

    .venv/bin/python benchmarks/layer_cka_cost.py [--setups alexnet10,resnet10] [--calls 2]
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

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from callback_overhead import probe_pass_seconds, setup  # noqa: E402

from tb_transfer import TransferCallback, measures, records, summary  # noqa: E402

GOALS = {"share": 0.05, "bytes": 0.01}


def timed(fn, sink: list):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            sink.append(time.perf_counter() - start)
    return wrapper


def bench(name: str, calls: int, probe_size: int) -> dict:
    title, model, source, target, class_names = setup(name, probe_size)
    cka_times, gram_times = [], []
    originals = records.layer_cka, records.cka_grams
    records.layer_cka, records.cka_grams = timed(records.layer_cka, cka_times), timed(records.cka_grams, gram_times)
    try:
        with tempfile.TemporaryDirectory() as log_dir:
            cb = TransferCallback(model, source=source, target=target, class_names=class_names, log_dir=log_dir,
                                  probe_size=probe_size, background=False)
            images, labels = cb._images, torch.as_tensor(cb._labels)
            passes, seconds, sizes = [], [], []
            for epoch in range(calls + 1):
                passes.append(probe_pass_seconds(model, images, labels, cb.batch_size))
                start = time.perf_counter()
                cb.on_epoch_end(epoch)
                seconds.append(time.perf_counter() - start)
                sizes.append(cb.last_call.get("bytes", float("nan")))
            # layer_cka against what it replaces, on the same features (the pretrained pass: same shapes, same cost)
            ref, layout = cb._ref, cb._layout
            res, tgt = ref.model.result, layout.probe.tgt
            new, old = [], []
            for _ in range(3):
                start = time.perf_counter()
                records.layer_cka(layout, ref, res, records.Isolation())
                new.append(time.perf_counter() - start)
                start = time.perf_counter()
                for name in layout.layers:
                    measures.unbiased_linear_cka(res.pooled[name][tgt], res.pooled[name][tgt])
                old.append(time.perf_counter() - start)
            grams = cb._ref.cka_grams
            cache = sum(g.nbytes for g in grams.values() if isinstance(g, np.ndarray))
            n_layers = len(cb.layers)
            value = summary.summary_value("layer_cka", np.zeros((n_layers, n_layers), np.float32),
                                          axes={"current": cb.layers, "pretrained": cb.layers})
            cb.close()
    finally:
        records.layer_cka, records.cka_grams = originals
    # cka_times: step 0 (the pretrained model against itself, in the first call) then one per later call
    later = cka_times[2:] if len(cka_times) > 2 else cka_times[1:]
    return {"title": title, "layers": n_layers, "n_t": len(cb._tgt), "pass": statistics.median(passes[1:]),
            "call": statistics.median(seconds[1:]), "cka": statistics.median(later), "grams": sum(gram_times),
            "cache": cache, "record": value.ByteSize(), "step_bytes": statistics.median(sizes[1:]),
            "new": statistics.median(new), "old": statistics.median(old)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--setups", default="alexnet10,resnet10")
    p.add_argument("--calls", type=int, default=1)
    p.add_argument("--probe-size", type=int, default=500)
    args = p.parse_args()
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    for name in args.setups.split(","):
        r = bench(name, args.calls, args.probe_size)
        net = r["new"] - r["old"]
        share, byte_share = net / r["call"], r["record"] / r["step_bytes"]
        print(f"{r['title']}: {r['layers']} layers, {r['n_t']} target probe instances")
        print(f"  layer_cka per later call   {r['cka']:.3f} s in the call ({r['call']:.2f} s; a bare forward + backward "
              f"pass {r['pass']:.2f} s)")
        print(f"  on the same features       layer_cka {r['new']:.3f} s (with cka_target) vs {r['old']:.3f} s for "
              f"cka_target alone before: net {net:+.3f} s per call = {share:+.1%} of the call; goal <= "
              f"{GOALS['share']:.0%}: {'meets goal' if share <= GOALS['share'] else 'MISSES goal'}")
        print(f"  pretrained Gram cache      {r['grams']:.3f} s once per run, {r['cache'] / 1e6:.1f} MB held")
        print(f"  layer_cka record           {r['record']} bytes per step = {byte_share:.3%} of the step's "
              f"{r['step_bytes'] / 1e6:.2f} MB; goal <= {GOALS['bytes']:.0%}: "
              f"{'meets goal' if byte_share <= GOALS['bytes'] else 'MISSES goal'}")


if __name__ == "__main__":
    main()
