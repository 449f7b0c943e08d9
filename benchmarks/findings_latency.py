"""/findings latency on a real `tensorboard` process over 100-step runs (the issue's goal: ≤ 100 ms for one run).

Writes synthetic runs with every kind of record (500 probe instances per domain, 10 classes, 500 target-val
instances), then times `/findings`: the first request for each run (which reads every step of its records), then
repeated requests for one run and for all runs together (with the comparison), beside `/runs` in the same process
(the machine is shared and noisy; the ratio is steadier than seconds).

    .venv/bin/python benchmarks/findings_latency.py [--runs 3] [--steps 100] [--repeat 20] [--load-fast false|true]
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
from fixtures import write_synthetic_run  # noqa: E402  (_common puts tests/ on the path)

GOAL_MS = 100.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--instances", type=int, default=500, help="probe instances per domain")
    parser.add_argument("--val", type=int, default=500, help="target-val instances")
    parser.add_argument("--load-fast", default="false", help="false = Python loader, true = Rust data server")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as logdir:
        start = time.perf_counter()
        names = [f"run_{i:02d}" for i in range(args.runs)]
        for i, name in enumerate(names):
            write_synthetic_run(logdir, name, steps=args.steps, n_per_domain=args.instances, n_classes=10,
                                embedding_dim=16, seed=i, n_val=args.val)
        print(f"wrote {args.runs} runs × {args.steps} steps ({args.instances} probe instances per domain, "
              f"{args.val} target-val) in {time.perf_counter() - start:.1f} s")
        with serve(logdir, args.load_fast, args.runs, args.steps) as tb:
            base = f"{tb.url}/data/plugin/tb_transfer/"
            q = lambda pairs: urllib.parse.urlencode(pairs)  # noqa: E731
            mid = args.steps // 2
            routes = {
                "runs": "runs",
                "findings, 1 run, latest": "findings?" + q([("run", names[0])]),
                f"findings, 1 run, step {mid}": "findings?" + q([("run", names[0]), ("step", mid)]),
                f"findings, {args.runs} runs": "findings?" + q([("run", n) for n in names]),
            }
            results = {}
            # First request per run: reads every step of the records through the data provider (later requests reuse
            # them while the run's listing is unchanged, as after each reload with no new step).
            results["findings, 1 run, first request"] = [
                timed(base + "findings?" + q([("run", n)]), 1)[0] for n in names]
            for label, route in routes.items():
                timed(base + route, 1)
                results[label] = timed(base + route, args.repeat)

    ref = statistics.median(results["runs"])
    print(f"\nloader: {'Rust data server' if args.load_fast == 'true' else 'Python'}; "
          f"{args.repeat} requests per route after one warm-up; goal: one run ≤ {GOAL_MS:.0f} ms")
    print(f"{'route':<32}{'median ms':>10}{'p90 ms':>9}{'÷ /runs':>9}{'÷ goal':>8}")
    for label, samples in results.items():
        samples = sorted(samples)
        med = statistics.median(samples)
        p90 = samples[min(len(samples) - 1, int(0.9 * len(samples)))]
        print(f"{label:<32}{med * 1e3:>10.1f}{p90 * 1e3:>9.1f}{med / ref:>9.1f}{med * 1e3 / GOAL_MS:>8.2f}")


if __name__ == "__main__":
    main()
