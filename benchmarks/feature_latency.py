"""`/features` and `/channel` latency and payload on an AlexNet-sized schema-2 run, beside the feature level's goals.

A real `tensorboard` process serves one run written with the real `RecordWriter`: 500 + 500 probe instances, 10
classes, AlexNet's widths (a 64-channel conv layer, all recorded, and a 4,096-wide fully connected layer, 64 of its
channels recorded as schema 2 does), step 0 (pretrained) and step 1. Each group is asked once cold (analysed at
read time, then cached) and `--repeat` times warm. Then the read-time analysis alone is timed in this process as CPU
time, which a busy shared machine disturbs less than wall time; the load average is printed beside.

    .venv/bin/python benchmarks/feature_latency.py [--repeat 10] [--load-fast false|true]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser_helpers import TensorBoard, http_get  # noqa: E402
import tb_transfer  # noqa: E402
from tb_transfer import analysis, contract, measures  # noqa: E402
from tb_transfer.records import RECORDED_CHANNELS  # noqa: E402
from tb_transfer.summary import RecordWriter  # noqa: E402

GOAL_MS, GOAL_KB = 100.0, 200.0
LAYERS = (("features.0", "Conv2d", 64), ("classifier.4", "Linear", 4096))


def write_run(logdir: str, n_per_domain: int, classes: int, seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    n = 2 * n_per_domain
    domain = np.repeat([0, 1], n_per_domain)
    label = np.arange(n) % classes
    info = {"version": contract.SCHEMA_VERSION, "model": "AlexNet-sized",
            "class_names": [str(c) for c in range(classes)],
            "domain_names": {"source": "s", "target": "t"},
            "layers": [{"name": name, "type": kind, "out_channels": k, "inputs": [], "conn_source": None,
                        "embedding_dim": 64} for name, kind, k in LAYERS],
            "bn_layers": [], "probe": {"source": n_per_domain, "target": n_per_domain, "seed": seed},
            "has_target_val": False, "has_source_head": False, "label_spaces_match": True,
            "thumbnails": {"size": 8, "columns": 32, "count": n}, "step_unit": "epoch"}
    writer = RecordWriter(log_dir=str(Path(logdir) / "alexnet"))
    recorded = {name: np.sort(rng.choice(k, min(k, RECORDED_CHANNELS), replace=False)).astype(np.int32)
                for name, _, k in LAYERS}
    for step in (0, 1):
        if step == 0:
            writer.add("run_info", info)
            writer.add("instance_meta", np.stack([domain, label, np.arange(n)], 1).astype(np.int32),
                       axes={"instance": [], "field": contract.INSTANCE_META_FIELDS})
        writer.add("performance", np.zeros((3, 2), np.float32), axes={"split": contract.SPLITS,
                                                                       "metric": contract.METRICS})
        for name, _, k in LAYERS:
            s = min(k, RECORDED_CHANNELS)
            shift = rng.normal(0, 1, s) * (1 - 0.5 * step)
            pooled = np.maximum(rng.normal(0, 1, (n, s)) + domain[:, None] * shift, 0)
            arrays = {"channels": recorded[name],
                      "pooled": pooled.astype(np.float16),
                      "importance": rng.random((classes, s)).astype(np.float16),
                      "width": np.int32(k), "conn_source": np.array("")}
            if step == 0:
                writer.add("reference", arrays, layer=name)
            writer.add("activations", arrays, layer=name)
        writer.flush_step(step)
    writer.close()


def timed(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    code, body = http_get(url, timeout=120)
    elapsed = time.perf_counter() - start
    if code != 200:
        raise RuntimeError(f"{url}: {code} {body[:200]!r}")
    return elapsed, len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--instances", type=int, default=500, help="probe instances per domain")
    parser.add_argument("--classes", type=int, default=10)
    parser.add_argument("--load-fast", default="false", help="false = Python loader, true = Rust data server")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as logdir:
        write_run(logdir, args.instances, args.classes)
        tb = TensorBoard(logdir, load_fast=args.load_fast).start(expect_runs=1, timeout=300)
        try:
            base = f"{tb.url}/data/plugin/tb_transfer/"
            n = 2 * args.instances
            lasso = ",".join(map(str, np.random.default_rng(1).choice(n, 300, replace=False)))
            q = lambda **p: urllib.parse.urlencode(p)  # noqa: E731
            timed(base + "runs")
            rows = []
            for name, _, k in LAYERS:
                cases = {f"features {name} (K={k}), class 3": "features?" + q(run="alexnet", layer=name, step=1,
                                                                               **{"class": 3}),
                         f"features {name}, all classes": "features?" + q(run="alexnet", layer=name, step=1),
                         f"features {name}, 300-instance lasso": "features?" + q(run="alexnet", layer=name, step=1,
                                                                                  instances=lasso)}
                code, body = http_get(base + "features?" + q(run="alexnet", layer=name, step=1, **{"class": 0}),
                                      timeout=120)  # the first analysis imports scikit-learn
                if code != 200:
                    raise RuntimeError(f"/features: {code} {body[:300]!r}")
                first = int(body.split(b'"recorded":[')[1].split(b",")[0])
                cases[f"channel {name}"] = "channel?" + q(run="alexnet", layer=name, step=1, channel=first)
                for label, route in cases.items():
                    cold, size = timed(base + route)
                    warm = [timed(base + route)[0] for _ in range(args.repeat)]
                    rows.append((label, cold, statistics.median(warm), size))
        finally:
            tb.stop()
        # The analysis alone, in this process, as CPU time: steadier than wall time on a shared machine.
        run = tb_transfer.load(logdir)["alexnet"]
        meta = np.asarray(run.records["instance_meta"][0]).astype(np.int64)
        cpu = []
        measures.domain_coefficients(np.eye(4), np.arange(4) % 2)  # imports scikit-learn outside the timing
        for name, _, k in LAYERS:
            pre, cur = (run.layers["activations"][name][s] for s in (0, 1))
            for label, members, weights in (("class 3", np.flatnonzero(meta[:, 1] == 3), 3),
                                         ("all classes", np.arange(len(meta)), np.bincount(meta[:, 1]))):
                start = time.process_time()
                with measures.single_threaded_blas():
                    for _ in range(args.repeat):
                        analysis.group_features(pre, cur, members, meta[:, 0], weights)
                cpu.append((f"analysis {name}, {label}", (time.process_time() - start) / args.repeat))
    print(f"loader: {'Rust data server' if args.load_fast == 'true' else 'Python'}; {2 * args.instances} probe "
          f"instances, {args.classes} classes; cold = first request (analysed), warm = median of {args.repeat}")
    print(f"{'request':<48}{'cold ms':>9}{'warm ms':>9}{'KB':>8}   goal: ≤ {GOAL_MS:.0f} ms, ≤ {GOAL_KB:.0f} KB "
          "(/features, one class and layer; before: 265 ms, 179 KB)")
    for label, cold, warm, size in rows:
        print(f"{label:<48}{cold * 1e3:>9.1f}{warm * 1e3:>9.1f}{size / 1024:>8.1f}")
    print(f"{'read-time analysis (both models), CPU':<48}{'ms':>9}")
    for label, seconds in cpu:
        print(f"{label:<48}{seconds * 1e3:>9.1f}")
    print(f"load average (1 min) while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
