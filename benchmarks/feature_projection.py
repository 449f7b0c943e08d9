"""Latency of the re-projection after a checkbox click (`/feature_projection`) on a real `tensorboard` process.

One run of schema 2 shaped like AlexNet's widest layer: a 4,096-channel Linear layer with its 64 recorded channels,
1,000 probe instances (500 per domain) over 31 classes, 3 steps. Each timed request asks for a channel set not
asked before (what a click on a checkbox does: the answer cannot come from the route's cache), for a class, for
all classes and for a group of 200 instances (a lasso selection). Prints the median and 90th percentile beside the
goal of issue 10 (≤ 150 ms).

    .venv/bin/python benchmarks/feature_projection.py [--repeat 20] [--load-fast false|true]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser_helpers import TensorBoard, http_get  # noqa: E402

from tb_transfer import contract  # noqa: E402
from tb_transfer.summary import RecordWriter  # noqa: E402

GOAL_MS = 150.0
LAYER, K, S, PER_DOMAIN, CLASSES, STEPS = "classifier.4", 4096, 64, 500, 31, 3


def write_run(logdir: str, run: str = "alexnet_like") -> None:
    rng = np.random.default_rng(0)
    n = 2 * PER_DOMAIN
    domain = np.repeat([0, 1], PER_DOMAIN)
    label = np.arange(n) % CLASSES
    meta = np.stack([domain, label, np.arange(n)], axis=1).astype(np.int32)
    rec = np.sort(rng.choice(K, S, replace=False)).astype(np.int32)
    info = {"version": 2, "model": "AlexNetLike", "class_names": [f"c{i}" for i in range(CLASSES)],
            "domain_names": {"source": "amazon", "target": "webcam"},
            "layers": [{"name": LAYER, "type": "Linear", "out_channels": K, "inputs": [], "conn_source": None,
                        "embedding_dim": 64}],
            "bn_layers": [], "probe": {"source": PER_DOMAIN, "target": PER_DOMAIN, "seed": 0},
            "has_target_val": False, "has_source_head": False, "label_spaces_match": True,
            "thumbnails": {"size": 32, "columns": 32, "count": n}, "step_unit": "epoch"}
    writer = RecordWriter(log_dir=str(Path(logdir) / run))
    shift = rng.normal(0, 1, S)
    for step in range(STEPS):
        if step == 0:
            writer.add("run_info", info)
            writer.add("instance_meta", meta, axes={"instance": [], "field": contract.INSTANCE_META_FIELDS})
        writer.add("performance", np.full((3, 2), 0.5, np.float32),
                   axes={"split": contract.SPLITS, "metric": contract.METRICS})
        pooled = np.maximum(rng.normal(0, 1, (n, S)) + np.outer(domain, shift) / (1 + step), 0)
        arrays = {"channels": rec, "pooled": pooled.astype(np.float16),
                  "importance": rng.random((CLASSES, S)).astype(np.float16),
                  "width": np.int32(K), "conn_source": np.array("")}
        writer.add("activations", arrays, layer=LAYER)
        if step == 0:
            writer.add("reference", arrays, layer=LAYER)
        writer.flush_step(step)
    writer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--load-fast", default="false", help="false = Python loader, true = Rust data server")
    args = parser.parse_args()
    rng = np.random.default_rng(1)
    with tempfile.TemporaryDirectory() as logdir:
        write_run(logdir)
        tb = TensorBoard(logdir, load_fast=args.load_fast).start(expect_runs=1, timeout=300)
        try:
            tb.wait_steps("alexnet_like", STEPS, timeout=300)
            base = f"{tb.url}/data/plugin/tb_transfer/"
            code, body = http_get(base + "features?" + urllib.parse.urlencode(
                {"run": "alexnet_like", "layer": LAYER, "step": STEPS - 1, "class": 0}), timeout=300)
            if code != 200:
                raise RuntimeError(f"/features: {code} {body[:300]!r}")
            recorded = json.loads(body)["recorded"]
            lasso = ",".join(map(str, sorted(rng.choice(2 * PER_DOMAIN, 200, replace=False).tolist())))
            groups = {"one class": {"class": 3}, "all classes": {}, "200 selected instances": {"instances": lasso}}
            results = {}
            for label, group in groups.items():
                samples = []
                for i in range(args.repeat + 1):
                    chosen = rng.choice(recorded, int(rng.integers(2, 9)), replace=False)
                    query = urllib.parse.urlencode({"run": "alexnet_like", "layer": LAYER, "step": STEPS - 1,
                                                    "model": ("current", "pretrained")[i % 2],
                                                    "channels": ",".join(map(str, chosen)), **group})
                    start = time.perf_counter()
                    code, body = http_get(base + "feature_projection?" + query, timeout=60)
                    elapsed = time.perf_counter() - start
                    if code != 200:
                        raise RuntimeError(f"{label}: {code} {body[:300]!r}")
                    if i:  # the first request warms the caches of the layer's records
                        samples.append(elapsed)
                results[label] = sorted(samples)
        finally:
            tb.stop()
    print(f"/feature_projection, new channel set per request ({K}-channel layer, {S} recorded, {2 * PER_DOMAIN} "
          f"instances, {CLASSES} classes; loader: {'Rust' if args.load_fast == 'true' else 'Python'}; "
          f"{args.repeat} requests per group after one warm-up)")
    print(f"{'group':<26}{'median ms':>10}{'p90 ms':>9}{'goal ms':>9}{'median ÷ goal':>15}")
    for label, samples in results.items():
        med = statistics.median(samples) * 1e3
        p90 = samples[min(len(samples) - 1, int(0.9 * len(samples)))] * 1e3
        print(f"{label:<26}{med:>10.1f}{p90:>9.1f}{GOAL_MS:>9.0f}{med / GOAL_MS:>15.2f}")


if __name__ == "__main__":
    main()
