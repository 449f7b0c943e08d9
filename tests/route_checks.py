"""Every plugin route over one real run (shared by the tests of real callback output)."""
from __future__ import annotations

import json

import numpy as np

P = "/data/plugin/tb_transfer/"


def get(client, route, run, code=200, **params):
    resp = client.get(P + route, query_string=dict(run=run, **params))
    assert resp.status_code == code, resp.get_data(as_text=True)
    return json.loads(resp.get_data(as_text=True)) if route != "thumbnails" and code in (200, 202) else None


def check_every_route(client, plugin, run: str, steps: list[int]) -> dict:
    """Every route answers with valid data for every layer of ``run`` (the levels and the layer overview); returns
    the run's ``run_info``."""
    runs = {r["run"]: r for r in json.loads(client.get(P + "runs").get_data())["runs"]}
    assert runs[run]["error"] is None and runs[run]["steps"] == steps
    info = runs[run]["info"]
    stats = get(client, "statistics", run)
    assert stats["steps"] == steps and stats["class_names"] == info["class_names"]
    n = sum(info["probe"][d] for d in ("source", "target"))
    cka = get(client, "layer_cka", run)  # the layer × layer CKA: L × L, its diagonal the layer overview's CKA
    names = [layer["name"] for layer in info["layers"]]
    assert cka["current"] == names and cka["pretrained"] == names and cka["step"] == steps[-1]
    matrix = np.array([[np.nan if v is None else v for v in row] for row in cka["values"]], float)
    ls = stats["layer_stats"]
    cka_target = [np.nan if v is None else v for v in ls["values"][-1][ls["measures"].index("cka_target")]]
    assert matrix.shape == (len(names), len(names))
    np.testing.assert_allclose(np.diag(matrix), cka_target, atol=1e-6)
    for layer in info["layers"]:
        name = layer["name"]
        drift = get(client, "layer", run, layer=name)
        assert np.asarray(drift["values"]).shape[:2] == (len(steps), 2)
        inst = get(client, "instances", run, layer=name, step=steps[-1])
        assert len(inst["coords"]) == n and all(len(c) == 2 for c in inst["coords"])
        feats = get(client, "features", run, layer=name, **{"class": 0})
        chans = ",".join(map(str, feats["models"]["current"]["ranking"][:3]))
        proj = get(client, "feature_projection", run, layer=name, model="pretrained", channels=chans,
                   **{"class": 0})
        assert len(proj["points"]) == sum(feats["count"])
        get(client, "structure", run, layer=name, **{"class": 0})
    for bn in info.get("bn_layers", []):
        assert len(get(client, "layer", run, layer=bn["name"])["fields"]) == 4
    get(client, "instances", run, code=202, layer="penultimate", projection="tsne")
    assert plugin._projections.wait_idle(60)
    body = get(client, "instances", run, layer="penultimate", projection="tsne")
    assert body["status"] == "ready" and len(body["coords"]) == n
    get(client, "thumbnails", run)
    return info
