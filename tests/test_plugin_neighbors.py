"""Nearest neighbours across domains: ``measures.nearest_neighbors`` against its definition, and the
``/neighbors`` route against the embedding and instance_meta that were written (4xx for bad input, never 500)."""
import json

import numpy as np
import pytest

from fixtures import plugin_client, write_synthetic_run
from tb_transfer import measures

P = "/data/plugin/tb_transfer/"
KINDS = ["embedding", "instance_meta", "instance_outcome", "performance"]


def brute_force(x, query, candidates, k):
    d = [(float(np.linalg.norm(x[c].astype(np.float64) - x[query].astype(np.float64))), int(c))
         for c in sorted(set(candidates)) if c != query]
    d.sort()
    return [c for _, c in d[:k]], [v for v, _ in d[:k]]


def test_nearest_neighbors_matches_definition_and_ties():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 5))
    cand = np.arange(20, 40)
    ids, dist = measures.nearest_neighbors(x, 3, cand, 8)
    want_ids, want_d = brute_force(x, 3, cand, 8)
    assert ids.tolist() == want_ids
    np.testing.assert_allclose(dist, want_d, rtol=1e-12)
    assert np.all(np.diff(dist) >= 0)
    # Ties: equal distances come back by lower id; the query itself and repeats are ignored.
    x = np.array([[0.0, 0.0], [1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [5.0, 5.0]])
    ids, dist = measures.nearest_neighbors(x, 0, np.array([3, 2, 1, 1, 0, 4]), 3)
    assert ids.tolist() == [1, 2, 3] and dist.tolist() == [1.0, 1.0, 1.0]
    # Fewer candidates than k; no candidates at all.
    assert measures.nearest_neighbors(x, 0, np.array([4]), 8)[0].tolist() == [4]
    assert measures.nearest_neighbors(x, 0, np.array([], dtype=np.int64), 8)[0].size == 0
    # Invariant to a shift of all features.
    a = measures.nearest_neighbors(x, 1, np.arange(5), 4)
    b = measures.nearest_neighbors(x + 7.0, 1, np.arange(5), 4)
    assert a[0].tolist() == b[0].tolist()


@pytest.mark.parametrize("bad", [
    dict(query=-1), dict(query=5), dict(query=1.0), dict(k=0), dict(candidates=np.array([7])),
    dict(x=np.array([[np.nan, 0.0]] * 5)),
])
def test_nearest_neighbors_rejects_bad_input(bad):
    args = dict(x=np.zeros((5, 2)), query=0, candidates=np.arange(5), k=2) | bad
    with pytest.raises(ValueError):
        measures.nearest_neighbors(args["x"], args["query"], args["candidates"], args["k"])


@pytest.fixture()
def run(tmp_path):
    written = write_synthetic_run(tmp_path, "r", steps=3, kinds=KINDS, bn=False, weight_steps=False)
    client, plugin, _ = plugin_client(tmp_path)
    yield written, client
    plugin._projections.close()


def get(client, **params):
    resp = client.get(P + "neighbors", query_string=params)
    return resp.status_code, resp.get_data(as_text=True)


def test_neighbors_route_is_the_other_domain_in_the_embedding(run):
    written, client = run
    meta = written.records["instance_meta"][0]
    for layer in ("features.4", "penultimate"):
        for step in (0, 2):
            x = np.asarray(written.layers["embedding"][layer][step]["features"], np.float32)
            for i in (0, written.n - 1):
                code, text = get(client, run="r", layer=layer, step=step, instance=i)
                assert code == 200, text
                body = json.loads(text)
                other = np.flatnonzero(meta[:, 0] != meta[i, 0])
                want_ids, want_d = brute_force(x, i, other, 8)
                assert body["neighbors"] == want_ids
                np.testing.assert_allclose(body["distances"], want_d, rtol=1e-5)
                assert body["domain"] == int(meta[i, 0]) and body["step"] == step and body["instance"] == i
                assert all(meta[j, 0] != meta[i, 0] for j in body["neighbors"])
    code, text = get(client, run="r", layer="penultimate", instance=1, k=3)
    assert code == 200 and len(json.loads(text)["neighbors"]) == 3 and json.loads(text)["step"] == 2


@pytest.mark.parametrize("params, status, words", [
    (dict(layer="penultimate", instance=0), 400, "run"),
    (dict(run="r", instance=0), 400, "layer"),
    (dict(run="r", layer="penultimate"), 400, "instance"),
    (dict(run="r", layer="penultimate", instance="-1"), 400, "instance"),
    (dict(run="r", layer="penultimate", instance="x"), 400, "instance"),
    (dict(run="r", layer="penultimate", instance=0, k=0), 400, "k"),
    (dict(run="r", layer="penultimate", instance=0, k=65), 400, "k"),
    (dict(run="r", layer="penultimate", instance=10_000), 404, "instance"),
    (dict(run="nope", layer="penultimate", instance=0), 404, "nope"),
    (dict(run="r", layer="nope", instance=0), 404, "nope"),
    (dict(run="r", layer="penultimate", instance=0, step=99), 404, "step"),
])
def test_neighbors_route_errors_are_4xx_with_a_reason(run, params, status, words):
    _, client = run
    code, text = get(client, **params)
    assert code == status, text
    assert words in text


def test_neighbors_without_instance_meta_is_404(tmp_path):
    write_synthetic_run(tmp_path, "r", steps=1, kinds=["embedding", "performance"], bn=False, weight_steps=False)
    client, plugin, _ = plugin_client(tmp_path)
    try:
        code, text = get(client, run="r", layer="penultimate", instance=0)
        assert code == 404 and "instance_meta" in text
    finally:
        plugin._projections.close()
