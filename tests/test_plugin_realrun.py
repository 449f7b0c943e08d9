"""Routes over real callback output (tests/tiny_runs.py): every route answers for every layer of a real run."""
import json

import numpy as np
import pytest

P = "/data/plugin/tb_transfer/"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    from fixtures import plugin_client
    from tiny_runs import train_runs

    logdir = tmp_path_factory.mktemp("real")
    train_runs(logdir, epochs=1, runs=("finetune_all",))
    client, plugin, _ = plugin_client(logdir)
    yield client, plugin
    plugin._projections.close()


def get(client, route, code=200, **params):
    resp = client.get(P + route, query_string=dict(run="finetune_all", **params))
    assert resp.status_code == code, resp.get_data(as_text=True)
    return json.loads(resp.get_data(as_text=True)) if route != "thumbnails" and code in (200, 202) else None


def test_every_route_on_every_layer(env):
    client, plugin = env
    (run,) = json.loads(client.get(P + "runs").get_data())["runs"]
    assert run["error"] is None and run["steps"] == [0, 1]
    info = run["info"]
    stats = get(client, "statistics")
    assert stats["steps"] == [0, 1] and stats["class_names"] == info["class_names"]
    n = sum(info["probe"][d] for d in ("source", "target"))
    for layer in info["layers"]:
        name = layer["name"]
        drift = get(client, "layer", layer=name)
        assert np.asarray(drift["values"]).shape[:2] == (2, 2)
        inst = get(client, "instances", layer=name, step=1)
        assert np.asarray(inst["coords"], dtype=float).shape == (n, 2)
        feats = get(client, "features", layer=name, **{"class": 0})
        chans = ",".join(map(str, feats["top_channels"][:3]))
        proj = get(client, "feature_projection", layer=name, model="pretrained", channels=chans, **{"class": 0})
        assert len(proj["points"]) == len(feats["instances"])
        get(client, "structure", code=200 if layer["type"] == "Conv2d" else 404, layer=name, **{"class": 0})
    for bn in info.get("bn_layers", []):
        assert len(get(client, "layer", layer=bn["name"])["fields"]) == 4
    get(client, "instances", code=202, layer="penultimate", projection="tsne")
    assert plugin._projections.wait_idle(60)
    body = get(client, "instances", layer="penultimate", projection="tsne")
    assert body["status"] == "ready" and len(body["coords"]) == n
    get(client, "thumbnails")
