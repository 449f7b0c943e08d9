"""TensorBoard at scale: 20 runs × 100 steps of ResNet-18-shaped records (21 layers, 10 classes), written through the
real writer (tb_transfer.summary.RecordWriter) with synthetic values, served by a real `tensorboard` process on both
loaders (Python, and the Rust data server with --load_fast=true).

Prints, for each loader, beside the goals of issue 8, measured in one run:
  * process memory: RSS of tensorboard and its children (the data server included) once every step is loaded
    (goal ≤ 1.5 GB);
  * `/runs` and `/statistics` (one run) latency, median of repeated requests once TensorBoard is idle (every step
    loaded, the plugin's start-up warm-up done) (goal ≤ 300 ms each), and a run's first /statistics built on request;
  * the Transfer tab's first render in headless Chromium: from the plugin frame's start to the statistical level
    rendered for every run (goal ≤ 1 s), with TensorBoard's own page load beside it: the very first page of
    --first-pages fresh tensorboards (each opened in a fresh browser as soon as every step is loaded), then
    --renders fresh pages of one tensorboard after the routes above were timed.

    .venv/bin/python benchmarks/tb_scale.py [--runs 20] [--steps 100] [--probe 500] [--loaders false,true]
        [--no-browser] [--first-pages 3] [--renders 3] [--logdir DIR]

The logdir takes about (bytes per step × runs × steps) of disk (printed); --probe lowers it (per domain). Only
--unique runs are written through the writer (synthetic values take minutes per run on a loaded machine); the others
are copies of their event files.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import first_renders, median_ms, rss, serve, wait_idle  # noqa: E402

from tb_transfer import contract, records  # noqa: E402
from tb_transfer.summary import RecordWriter  # noqa: E402

# torchvision ResNet-18: (name, type, out channels, conv source)
RESNET18 = [("conv1", "Conv2d", 64, "")]
for stage, width in enumerate((64, 128, 256, 512), start=1):
    prev = RESNET18[-1][0]
    for block in range(2):
        c1, c2 = f"layer{stage}.{block}.conv1", f"layer{stage}.{block}.conv2"
        RESNET18 += [(c1, "Conv2d", width, prev), (c2, "Conv2d", width, c1)]
        if block == 0 and stage > 1:
            RESNET18.append((f"layer{stage}.0.downsample.0", "Conv2d", width, prev))
        prev = c2
RESNET18.append(("fc", "Linear", 10, ""))
BNS = [name.replace("conv", "bn").replace("downsample.0", "downsample.1") for name, t, _, _ in RESNET18 if t == "Conv2d"]
GOAL_RSS, GOAL_MS, GOAL_RENDER_MS = 1.5e9, 300.0, 1000.0


def write_run(path: Path, steps: int, n_per_domain: int, classes: int, seed: int) -> int:
    """One run, every record kind a real ResNet-18 run writes, at the callback's shapes and dtypes."""
    rng = np.random.default_rng(seed)
    n = 2 * n_per_domain
    names = [name for name, *_ in RESNET18]
    width = {name: k for name, _, k, _ in RESNET18}
    rec = {name: np.arange(min(k, records.RECORDED_CHANNELS), dtype=np.int32) for name, k in width.items()}
    info = {"version": contract.SCHEMA_VERSION, "model": "ResNet", "class_names": [str(c) for c in range(classes)],
            "domain_names": {"source": "s", "target": "t"},
            "layers": [{"name": name, "type": t, "out_channels": k, "inputs": [src] if src else [],
                        "embedding_dim": min(k, records.EMBEDDING_DIM)} for name, t, k, src in RESNET18],
            "bn_layers": [{"name": b, "channels": width[c], "layer": c} for b, (c, t, _, _) in
                          zip(BNS, [r for r in RESNET18 if r[1] == "Conv2d"])],
            "probe": {"source": n_per_domain, "target": n_per_domain, "seed": 0}, "has_target_val": True,
            "has_source_head": False, "label_spaces_match": True,
            "thumbnails": {"size": 32, "columns": 32, "count": n}, "step_unit": "epoch"}
    labels = np.arange(n) % classes
    meta = np.stack([np.repeat([0, 1], n_per_domain), labels, np.arange(n)], axis=1).astype(np.int32)
    writer = RecordWriter(log_dir=str(path))
    total = 0
    for step in range(steps):
        out = []
        if step == 0:
            out += [("run_info", info), ("instance_meta", meta, None, {"instance": [], "field": list(
                contract.INSTANCE_META_FIELDS)}), ("thumbnails", b"\x89PNG" + rng.bytes(n * 400))]
        out += [
            ("performance", rng.random((3, 2)).astype(np.float32), None,
             {"split": contract.SPLITS, "metric": contract.METRICS}),
            ("transferability", np.float32(rng.random())), ("leep", np.float32(np.nan)),
            ("class_accuracy", rng.random((2, classes)).astype(np.float32), None,
             {"domain": contract.DOMAINS, "class": info["class_names"]}),
            ("confusion", rng.integers(0, 9, (2, classes, classes)).astype(np.float32), None,
             {"domain": contract.DOMAINS, "true": info["class_names"], "predicted": info["class_names"]}),
            ("instance_outcome", rng.random((4, n)).astype(np.float32), None,
             {"field": contract.INSTANCE_FIELDS, "instance": []}),
            ("layer_stats", rng.random((len(contract.LAYER_MEASURES), len(names))).astype(np.float32), None,
             {"measure": contract.LAYER_MEASURES, "layer": names}),
            ("bn_stats", rng.random((4, len(BNS))).astype(np.float32), None,
             {"field": contract.BN_FIELDS, "bn_layer": BNS}),
            ("failures", []),
        ]
        for name, t, k, src in RESNET18:
            s = len(rec[name])
            acts = {"channels": rec[name], "pooled": rng.random((n, s)).astype(np.float32),
                    "importance": rng.random((classes, s)).astype(np.float16),
                    "width": np.int32(k)}
            if t == "Conv2d":
                acts["conn_source"] = np.array(src)
                if src:
                    acts["conn_norms"] = rng.random((s, len(rec[src]))).astype(np.float32)
            out += [("filter_drift", rng.random((2, k)).astype(np.float32), name,
                     {"field": contract.DRIFT_FIELDS, "filter": []}),
                    ("activations", acts, name)]
            if step == 0:
                out.append(("reference", acts, name))
            out += embedding(rng, n, min(k, records.EMBEDDING_DIM), name, step)
        out += embedding(rng, n, records.EMBEDDING_DIM, contract.PENULTIMATE, step)
        for b, (c, *_) in zip(BNS, [r for r in RESNET18 if r[1] == "Conv2d"]):
            out.append(("bn_drift", rng.random((4, width[c])).astype(np.float32), b,
                        {"field": contract.BN_FIELDS, "channel": []}))
        total += writer.write(step, [tuple(r) + (None,) * (4 - len(r)) for r in out])
    writer.close()
    return total


def embedding(rng, n: int, d: int, layer: str, step: int) -> list[tuple]:
    """A layer's embedding record at ``step`` (step 0's again as ``reference_embedding``), as the callback writes."""
    arrays = {"features": rng.normal(0, 1, (n, d)).astype(np.float32)}
    out = [("embedding", arrays, layer)]
    if step == 0:
        out.append(("reference_embedding", dict(arrays, variance_kept=np.float32(0.8)), layer))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--probe", type=int, default=500, help="probe instances per domain")
    parser.add_argument("--classes", type=int, default=10)
    parser.add_argument("--loaders", default="false,true", help="--load_fast values to measure ('' = only write "
                                                                     "the logdir)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--unique", type=int, default=2, help="runs written through the writer; the others are "
                                                               "copies of their event files (writing is slow)")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--no-browser", action="store_true", help="skip the tab's first render in Chromium")
    parser.add_argument("--renders", type=int, default=3, help="first renders measured, each in a fresh page")
    parser.add_argument("--first-pages", type=int, default=3, help="very first pages measured: each the first page "
                                                                     "of a fresh tensorboard, in a fresh browser")
    parser.add_argument("--logdir", help="write the logdir here and keep it; reused as is if it already holds the runs")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.1f}")
    with contextlib.ExitStack() as stack:
        logdir = args.logdir or stack.enter_context(tempfile.TemporaryDirectory())
        start = time.perf_counter()
        if (Path(logdir) / f"run{args.runs - 1:02d}").is_dir():
            total = sum(f.stat().st_size for f in Path(logdir).rglob("*") if f.is_file())
            verb = "reused"
        else:
            unique = min(args.unique, args.runs)
            total = sum(write_run(Path(logdir) / f"run{i:02d}", args.steps, args.probe, args.classes, i)
                        for i in range(unique))
            for i in range(unique, args.runs):  # copies of the written runs' event files: the same bytes, other runs
                shutil.copytree(Path(logdir) / f"run{i % unique:02d}", Path(logdir) / f"run{i:02d}")
            total = total * args.runs // unique
            verb = "wrote"
        print(f"{verb} {args.runs} runs × {args.steps} steps of ResNet-18 records ({len(RESNET18)} layers, "
              f"{args.classes} classes, 2 × {args.probe} probe instances): {total / 1e9:.2f} GB, "
              f"{total / args.runs / args.steps / 1e6:.2f} MB a step, in {time.perf_counter() - start:.0f} s")
        for load_fast in filter(None, args.loaders.split(",")):
            # The very first page after TensorBoard starts, opened as soon as every step is loaded (the plugin's
            # start-up warm-up may still be running): a fresh tensorboard and a fresh browser each.
            very_first = []
            for _ in range(0 if args.no_browser else args.first_pages):
                with serve(logdir, load_fast, args.runs, args.steps, args.timeout) as tb:
                    very_first += first_renders(tb, 1)
            with serve(logdir, load_fast, args.runs, args.steps, args.timeout) as tb:
                loaded = tb.loaded_s
                idle = wait_idle(tb.proc.pid)  # the plugin's start-up warm-up done: the routes' steady latency
                memory = rss(tb.proc.pid)
                base = f"{tb.url}/data/plugin/tb_transfer/"
                runs_first = median_ms(base + "runs", 1)
                runs_ms = median_ms(base + "runs", args.repeat)
                stats_first = median_ms(base + "statistics?run=run00", 1)
                stats_ms = median_ms(base + "statistics?run=run00", args.repeat)
                # a run beyond the tab's first selection: not built by the warm-up, its steps converted on request
                cold = median_ms(base + f"statistics?run=run{args.runs - 1:02d}", 1)
                feats = base + "features?run=run00&layer=layer4.1.conv2&class=1"
                first_ms, feats_ms = median_ms(feats, 1), median_ms(feats, args.repeat)
                inst_ms = median_ms(base + "instances?run=run00&layer=layer4.1.conv2", args.repeat)
                # a fresh page each, after the routes above
                renders = [] if args.no_browser else first_renders(tb, args.renders)
                if renders and not all(1 <= r["runs"] <= args.runs for r in renders):  # it selects 10 of 20
                    raise RuntimeError(f"the tab rendered {[r['runs'] for r in renders]} runs of {args.runs}")
                memory = max(memory, rss(tb.proc.pid))  # after serving too
            name = "Rust data server (--load_fast=true)" if load_fast == "true" else "Python loader (--load_fast=false)"
            print(f"\n{name}: every step loaded in {loaded:.0f} s, idle {idle:.0f} s later; load average "
                  f"{os.getloadavg()[0]:.1f} after measuring")
            print(f"  RSS incl. children {memory / 1e9:6.2f} GB   goal ≤ {GOAL_RSS / 1e9:.1f} GB   "
                  f"{'meets goal' if memory <= GOAL_RSS else 'MISSES goal'}")
            for route, ms, first in (("/runs", runs_ms, runs_first), ("/statistics (one run)", stats_ms, stats_first)):
                print(f"  {route:<22} {ms:7.0f} ms   goal ≤ {GOAL_MS:.0f} ms   "
                      f"{'meets goal' if ms <= GOAL_MS else 'MISSES goal'}   (median of {args.repeat}; the first "
                      f"request {first:.0f} ms)")
            print(f"  /statistics of run{args.runs - 1:02d}, not warmed up, first request: {cold:.0f} ms")
            if renders:
                ms = statistics.median(r["frameStartToRendered"] for r in renders)
                print(f"  tab's first render     {ms:7.0f} ms   goal ≤ {GOAL_RENDER_MS:.0f} ms   "
                      f"{'meets goal' if ms <= GOAL_RENDER_MS else 'MISSES goal'}   (median of {len(renders)} fresh pages: "
                      f"plugin frame start → statistics of the {renders[0]['runs']} runs it selects rendered; each "
                      f"{', '.join(str(round(r['frameStartToRendered'])) for r in renders)} ms; last /statistics answer in "
                      f"at "
                      f"{', '.join(str(round(r['dataDone'])) for r in renders)} ms; from TensorBoard's navigation "
                      f"{statistics.median(r['navToRendered'] for r in renders):.0f} ms)")
            if very_first:
                ms = statistics.median(r["frameStartToRendered"] for r in very_first)
                print(f"  very first render      {ms:7.0f} ms   goal ≤ {GOAL_RENDER_MS:.0f} ms   "
                      f"{'meets goal' if ms <= GOAL_RENDER_MS else 'MISSES goal'}   (median of {len(very_first)}: the "
                      f"first page of a fresh tensorboard, opened once every step is loaded, each "
                      f"{', '.join(str(round(r['frameStartToRendered'])) for r in very_first)} ms; last /statistics "
                      f"answer in at {', '.join(str(round(r['dataDone'])) for r in very_first)} ms)")
            print(f"  /features (512-wide layer, one class, read-time analysis): first {first_ms:.0f} ms, "
                  f"then (cached) {feats_ms:.0f} ms median")
            print(f"  /instances (one layer, PCA, latest step) {inst_ms:.0f} ms median")


if __name__ == "__main__":
    main()
