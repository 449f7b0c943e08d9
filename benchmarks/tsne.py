"""t-SNE for the instance level: scikit-learn's TSNE against openTSNE (what ``measures.tsne_layout`` uses), on
2 × 1,000 probe instances × 64 dims (class clusters with a shrinking domain offset, like a fine-tuning run), one
thread each. Prints seconds beside the goals and the trustworthiness at k = 10 of each layout (openTSNE's must be
within 0.01 of scikit-learn's), then the time of a cached t-SNE answer from ``/instances``.

    .venv/bin/python benchmarks/tsne.py [--per-domain 1000] [--dims 64]

Goals (issue 7): first layout ≤ 5 s, warm-started next step ≤ 1.5 s, cached ≤ 50 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def steps_features(per_domain: int, dims: int, classes: int = 10, seed: int = 0):
    rng = np.random.default_rng(seed)
    n = 2 * per_domain
    label = np.arange(n) % classes
    domain = (np.arange(n) >= per_domain).astype(np.float64)
    centres = rng.normal(0, 3, (classes, dims))
    ddir = rng.normal(0, 1, dims)
    noise = rng.normal(0, 1, (n, dims))
    drift = rng.normal(0, 1, (n, dims))
    return [(centres[label] + (1 - 0.8 * t) * np.outer(domain, ddir) + noise + 0.1 * t * drift).astype(np.float32)
            for t in (0.0, 0.2)]


def sklearn_tsne(x, init=None, seed=0):
    """scikit-learn's t-SNE (Barnes–Hut, its defaults); a warm start rescales init to std 1e-4 as sklearn's own."""
    from sklearn.manifold import TSNE

    if init is not None:
        init = (init - init.mean(0)) / init.std(0) * 1e-4
    return TSNE(2, perplexity=30.0, init="pca" if init is None else init, learning_rate="auto",
                random_state=seed).fit_transform(x).astype(np.float32)


def timed(fn):
    """(result, wall seconds, CPU seconds of this process): on a busy shared machine the CPU time of these
    single-threaded computations is the steadier figure."""
    start, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-domain", type=int, default=1000)
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--route-only", action="store_true", help="only the cached answer of the route")
    args = parser.parse_args()
    if not args.route_only:
        compare(args)
    route(args)


def compare(args) -> None:
    from sklearn.manifold import trustworthiness
    from threadpoolctl import threadpool_limits

    from tb_transfer import measures

    x0, x1 = steps_features(args.per_domain, args.dims)
    n = x0.shape[0]
    print(f"t-SNE of {n} points × {args.dims} dims, one thread")
    rows = []
    with threadpool_limits(1):
        sk0, t_sk0, c_sk0 = timed(lambda: sklearn_tsne(x0))
        sk1, t_sk1, c_sk1 = timed(lambda: sklearn_tsne(x1, init=sk0))
        ot0, t_ot0, c_ot0 = timed(lambda: measures.tsne_layout(x0, n_threads=1))
        ot1, t_ot1, c_ot1 = timed(lambda: measures.tsne_layout(x1, init=ot0, n_threads=1))
    tw = lambda x, y: trustworthiness(x, y, n_neighbors=10)  # noqa: E731
    rows.append(("first layout", t_sk0, c_sk0, tw(x0, sk0), t_ot0, c_ot0, tw(x0, ot0), 5.0))
    rows.append(("warm-started next step", t_sk1, c_sk1, tw(x1, sk1), t_ot1, c_ot1, tw(x1, ot1), 1.5))
    print(f"{'':24}{'scikit-learn wall/cpu':>22}{'T(k=10)':>9}{'openTSNE wall/cpu':>19}{'T(k=10)':>9}{'goal':>7}"
          f"{'cpu/goal':>10}{'ΔT':>9}")
    for name, a, ac, ta, b, bc, tb, goal in rows:
        print(f"{name:24}{a:13.2f}s /{ac:5.2f}s{ta:9.4f}{b:10.2f}s /{bc:5.2f}s{tb:9.4f}{goal:6.1f}s{bc / goal:10.2f}"
              f"{tb - ta:+9.4f}")
    print(f"speed-up openTSNE over scikit-learn (CPU time): first {c_sk0 / c_ot0:.1f}×, warm {c_sk1 / c_ot1:.1f}×")



def route(args) -> None:
    """Cached answer through the route (plugin over a real data provider), after the layout was computed."""
    from fixtures import plugin_client, write_synthetic_run

    with tempfile.TemporaryDirectory() as logdir:
        write_synthetic_run(logdir, "r", steps=1, n_per_domain=args.per_domain, n_classes=10, embedding_dim=args.dims,
                            kinds=["embedding", "instance_meta", "instance_outcome", "performance"], bn=False,
                            weight_steps=False)
        client, plugin, _ = plugin_client(logdir)
        q = dict(run="r", layer="penultimate", step=0, projection="tsne")
        start = time.perf_counter()
        while client.get("/data/plugin/tb_transfer/instances", query_string=q).status_code == 202:
            time.sleep(0.8)  # the frontend polls every 800 ms
        print(f"route: first t-SNE answer after {time.perf_counter() - start:.2f} s (polling)")
        times, cpus = [], []
        for _ in range(20):
            s, c = time.perf_counter(), time.process_time()
            resp = client.get("/data/plugin/tb_transfer/instances", query_string=q)
            times.append(time.perf_counter() - s)
            cpus.append(time.process_time() - c)
            assert resp.status_code == 200
        med, cpu = statistics.median(times), statistics.median(cpus)
        print(f"route: cached t-SNE answer ({2 * args.per_domain} points) median {med * 1000:.1f} ms wall, "
              f"{cpu * 1000:.1f} ms CPU (goal 50 ms, CPU ratio {cpu / 0.05:.2f})")
        plugin._projections.close()


if __name__ == "__main__":
    main()
