"""Route latencies of a real `tensorboard` process over 10 runs × 50 steps (every kind of record).

Prints, per route, the median and 90th-percentile latency over repeated requests, and each median as a ratio to
`/runs` measured in the same process (the machine is shared and noisy; ratios are steadier than seconds).

    .venv/bin/python benchmarks/api_latency.py [--runs 10] [--steps 50] [--repeat 10] [--load-fast false|true]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import serve, timed  # noqa: E402
from browser_helpers import http_get  # noqa: E402  (_common puts tests/ on the path)
from fixtures import write_synthetic_run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--instances", type=int, default=500, help="probe instances per domain")
    parser.add_argument("--load-fast", default="false", help="false = Python loader, true = Rust data server")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as logdir:
        start = time.perf_counter()
        names = [f"run_{i:02d}" for i in range(args.runs)]
        for i, name in enumerate(names):
            write_synthetic_run(logdir, name, steps=args.steps, n_per_domain=args.instances, n_classes=10,
                                embedding_dim=64, seed=i)
        print(f"wrote {args.runs} runs × {args.steps} steps ({args.instances} instances per domain) "
              f"in {time.perf_counter() - start:.1f} s")
        with serve(logdir, args.load_fast, args.runs, args.steps) as tb:
            base = f"{tb.url}/data/plugin/tb_transfer/"
            run, last = names[0], args.steps - 1
            info = tb.api("runs")["runs"][0]["info"]
            layer = info["layers"][0]["name"]
            q = lambda **p: urllib.parse.urlencode(p)  # noqa: E731
            routes = {
                "runs": "runs",
                "statistics (1 run)": "statistics?" + q(run=run),
                "layer": "layer?" + q(run=run, layer=layer),
                "instances pca": "instances?" + q(run=run, layer=layer, step=last),
                "features": "features?" + q(run=run, layer=layer, step=last, **{"class": 0}),
                "structure": "structure?" + q(run=run, layer=layer, step=last, **{"class": 0}),
                "thumbnails": "thumbnails?" + q(run=run),
            }
            results = {}
            for label, route in routes.items():
                timed(base + route, 1)  # warm: first reads fill caches (PCA frames)
                results[label] = timed(base + route, args.repeat)
            every = [base + "statistics?" + q(run=name) for name in names]
            start = time.perf_counter()
            for url in every:
                timed(url, 1)
            all_stats = time.perf_counter() - start
            # t-SNE: time to the first ready answer (computed in the background; the route answers 202 meanwhile).
            start = time.perf_counter()
            url = base + "instances?" + q(run=run, layer=layer, step=last, projection="tsne")
            while http_get(url, timeout=120)[0] == 202:
                time.sleep(0.05)
            tsne = time.perf_counter() - start

    ref = statistics.median(results["runs"])
    print(f"\nloader: {'Rust data server' if args.load_fast == 'true' else 'Python'}; "
          f"{args.repeat} requests per route after one warm-up")
    print(f"{'route':<22}{'median ms':>10}{'p90 ms':>9}{'÷ /runs':>9}")
    for label, samples in results.items():
        samples = sorted(samples)
        p90 = samples[min(len(samples) - 1, int(0.9 * len(samples)))]
        print(f"{label:<22}{statistics.median(samples) * 1e3:>10.1f}{p90 * 1e3:>9.1f}"
              f"{statistics.median(samples) / ref:>9.1f}")
    print(f"{'statistics, all runs':<22}{all_stats * 1e3:>10.1f}{'':>9}{all_stats / ref:>9.1f}")
    print(f"{'t-SNE first layout':<22}{tsne * 1e3:>10.1f}{'':>9}{tsne / ref:>9.1f}")


if __name__ == "__main__":
    main()
