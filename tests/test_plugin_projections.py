"""Projections: t-SNE in one background worker that never blocks other requests, warm starts from the nearest
computed step, caches keyed by run, layer, step and a data fingerprint, invalidated when the data changes."""
import json
import threading
import time

import numpy as np
import pytest
from tensorboard.backend.event_processing import data_provider

from fixtures import plugin_client, production_multiplexer, write_synthetic_run
from tb_transfer.projections import FAILED, PENDING, READY, ProjectionCache

P = "/data/plugin/tb_transfer/"
EMB = ["embedding", "instance_meta", "instance_outcome", "performance"]


class FakeTsne:
    """A deterministic stand-in for measures.tsne_layout that records its calls and can be held."""

    def __init__(self, hold=False):
        self.calls = []
        self.release = threading.Event()
        if not hold:
            self.release.set()

    def __call__(self, x, *, init=None, seed=0, perplexity=30):
        self.calls.append(None if init is None else np.array(init))
        assert self.release.wait(20)
        y = np.asarray(x, np.float64)[:, :2] * 2.0
        return (y if init is None else y + 0.01 * init).astype(np.float32)


def align(y, reference):
    return (np.asarray(y) + 100.0).astype(np.float32)  # recognisable


def instances(client, **params):
    resp = client.get(P + "instances", query_string=dict(params, projection="tsne"))
    assert resp.status_code in (200, 202), resp.get_data(as_text=True)
    return resp.status_code, json.loads(resp.get_data(as_text=True))


@pytest.fixture()
def run(tmp_path):
    written = write_synthetic_run(tmp_path, "r", steps=4, kinds=EMB, bn=False, weight_steps=False)
    client, plugin, mux = plugin_client(tmp_path)
    yield tmp_path, written, client, plugin, mux
    plugin._projections.close()


def test_tsne_never_blocks_other_requests(run):
    _, written, client, plugin, _ = run
    fake = FakeTsne(hold=True)
    plugin._projections = ProjectionCache(tsne_fn=fake, align_fn=align)
    code, body = instances(client, run="r", layer="features.0", step=1)
    assert code == 202 and body["status"] == PENDING and body["coords"] is None
    assert body["domain"] is not None  # everything but the coordinates is already there
    for _ in range(50):
        if fake.calls:
            break
        time.sleep(0.02)
    assert len(fake.calls) == 1  # the worker is inside t-SNE now, held
    start = time.monotonic()
    for route, params in (("runs", {}), ("statistics", {"run": "r"}),
                          ("instances", {"run": "r", "layer": "features.0", "step": 2})):
        assert client.get(P + route, query_string=params).status_code == 200
    assert time.monotonic() - start < 5
    code, _ = instances(client, run="r", layer="features.0", step=1)  # asked again while pending: same job
    assert code == 202
    fake.release.set()
    assert plugin._projections.wait_idle(20)
    code, body = instances(client, run="r", layer="features.0", step=1)
    assert code == 200 and body["status"] == READY
    assert len(fake.calls) == 1
    expected = align(np.asarray(written.layers["embedding"]["features.0"][1]["features"], np.float32)[:, :2] * 2, None)
    np.testing.assert_allclose(body["coords"], expected, rtol=1e-5)


def test_tsne_warm_starts_from_nearest_computed_step(run):
    _, written, client, plugin, _ = run
    fake = FakeTsne()
    plugin._projections = ProjectionCache(tsne_fn=fake, align_fn=lambda y, ref: np.asarray(ref) * 0 + y)
    layouts = {}
    for step, warm_from in ((0, None), (3, 0), (2, 3), (1, 0)):
        instances(client, run="r", layer="penultimate", step=step)
        assert plugin._projections.wait_idle(20)
        code, body = instances(client, run="r", layer="penultimate", step=step)
        assert code == 200
        layouts[step] = np.asarray(body["coords"], np.float32)
        init = fake.calls[-1]
        if warm_from is None:
            assert init is None
        else:
            np.testing.assert_allclose(init, layouts[warm_from], rtol=1e-6)
    assert len(fake.calls) == 4  # cached afterwards
    for step in layouts:
        instances(client, run="r", layer="penultimate", step=step)
    assert len(fake.calls) == 4


def test_tsne_with_real_measures(run):
    _, written, client, plugin, _ = run
    for step in (0, 1):
        code, _ = instances(client, run="r", layer="features.4", step=step)
        assert plugin._projections.wait_idle(60)
        code, body = instances(client, run="r", layer="features.4", step=step)
        assert code == 200 and body["status"] == READY, body.get("error")
        coords = np.asarray(body["coords"], np.float64)
        assert coords.shape == (written.n, 2) and np.isfinite(coords).all()


def test_tsne_failure_is_reported_not_raised(run):
    _, _, client, plugin, _ = run

    def broken(x, **kw):
        raise ValueError("perplexity too large")

    plugin._projections = ProjectionCache(tsne_fn=broken, align_fn=align)
    instances(client, run="r", layer="features.0", step=0)
    assert plugin._projections.wait_idle(20)
    code, body = instances(client, run="r", layer="features.0", step=0)
    assert code == 200 and body["status"] == FAILED and "perplexity too large" in body["error"]
    assert body["coords"] is None


def test_new_steps_keep_caches_and_warm_start_from_old_ones(run):
    logdir, written, client, plugin, mux = run
    fake = FakeTsne()
    plugin._projections = ProjectionCache(tsne_fn=fake, align_fn=lambda y, ref: y)
    pca_before = json.loads(client.get(P + "instances", query_string={"run": "r", "layer": "features.0",
                                                                       "step": 0}).get_data())["coords"]
    instances(client, run="r", layer="features.0", step=3)
    assert plugin._projections.wait_idle(20)
    _, first = instances(client, run="r", layer="features.0", step=3)
    # training goes on: more steps arrive (a second writer appends a newer event file), TensorBoard reloads
    write_synthetic_run(logdir, "r", steps=[4, 5, 6], kinds=EMB, bn=False, weight_steps=False, seed=5)
    mux.Reload()
    runs = json.loads(client.get(P + "runs").get_data())["runs"]
    assert runs[0]["steps"] == list(range(7))
    code, _ = instances(client, run="r", layer="features.0", step=3)
    assert code == 200 and len(fake.calls) == 1  # still cached
    instances(client, run="r", layer="features.0", step=6)
    assert plugin._projections.wait_idle(20)
    np.testing.assert_allclose(fake.calls[-1], first["coords"], rtol=1e-6)  # warm start from step 3
    pca_after = json.loads(client.get(P + "instances", query_string={"run": "r", "layer": "features.0",
                                                                      "step": 0}).get_data())["coords"]
    assert pca_after == pca_before  # the frame stays the first step's


def test_rewritten_run_invalidates_frames_and_layouts(tmp_path):
    """A run directory replaced by a new run of the same name: fingerprints differ, everything is recomputed."""
    first = write_synthetic_run(tmp_path / "one", "r", steps=3, kinds=EMB, bn=False, weight_steps=False, seed=1)
    client, plugin, _ = plugin_client(tmp_path / "one")
    fake = FakeTsne()
    plugin._projections = ProjectionCache(tsne_fn=fake, align_fn=lambda y, ref: y)
    try:
        params = {"run": "r", "layer": "features.0", "step": 1}
        pca1 = json.loads(client.get(P + "instances", query_string=params).get_data())
        instances(client, **params)
        assert plugin._projections.wait_idle(20)
        time.sleep(0.05)  # distinct wall times
        write_synthetic_run(tmp_path / "two", "r", steps=3, kinds=EMB, bn=False, weight_steps=False, seed=2)
        mux2 = production_multiplexer(tmp_path / "two")
        plugin._reader.provider = data_provider.MultiplexerDataProvider(mux2, str(tmp_path / "two"))
        pca2 = json.loads(client.get(P + "instances", query_string=params).get_data())
        assert pca2["explained_variance"] != pca1["explained_variance"]  # frame refitted on the new step 0
        code, _ = instances(client, **params)
        assert code == 202  # the old layout is stale
        assert plugin._projections.wait_idle(20)
        assert len(fake.calls) == 2 and fake.calls[-1] is None  # no warm start from the stale layout
        code, body = instances(client, **params)
        assert code == 200
        assert first.run == "r"
    finally:
        plugin._projections.close()


def test_cache_unit_fingerprints_and_bounded_queue():
    cache = ProjectionCache(tsne_fn=FakeTsne(), align_fn=lambda y, ref: y, max_queue=2)
    x = np.random.default_rng(0).normal(size=(10, 4)).astype(np.float32)
    fits = []
    f1 = cache.pca_frame("r", "l", ("s0", 1.0), lambda: fits.append(1) or x)
    f2 = cache.pca_frame("r", "l", ("s0", 1.0), lambda: fits.append(1) or x)
    assert f1 is f2 and len(fits) == 1
    cache.pca_frame("r", "l", ("s0", 2.0), lambda: fits.append(1) or x)
    assert len(fits) == 2
    assert cache.tsne("r", "l", 0, 1.0, x)[0] == PENDING
    assert cache.wait_idle(20)
    status, coords = cache.tsne("r", "l", 0, 1.0, x)
    assert status == READY and coords.shape == (10, 2)
    assert cache.tsne("r", "l", 0, 2.0, x)[0] == PENDING  # new fingerprint: recompute
    assert cache.wait_idle(20)
    cache.close()

    held = FakeTsne(hold=True)
    cache = ProjectionCache(tsne_fn=held, align_fn=lambda y, ref: y, max_queue=2)
    for step in range(6):
        cache.tsne("r", "l", step, 1.0, x)
    assert cache.pending() <= 3  # one running + at most max_queue waiting
    held.release.set()
    assert cache.wait_idle(20)
    assert held.calls and len(held.calls) <= 3
    cache.close()
