"""``/feature_projection`` (the domain-discrimination plot) on schema 2 runs: a group of instances, a class and every
instance, checked against the measure's definition applied to the written activations, and its invariances (the
pretrained model is step 0's at every step; a class given as instances is the class); errors are 4xx with a message."""
import json

import numpy as np
import pytest

from fixtures import plugin_client, write_synthetic_run
from tb_transfer import measures

P = "/data/plugin/tb_transfer/"
STEP = 2
LAYER = "features.4"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    logdir = tmp_path_factory.mktemp("logs")
    w = write_synthetic_run(logdir, "r", steps=3, schema=2, n_per_domain=15, n_classes=3)
    client, plugin, _ = plugin_client(logdir)
    yield client, w
    plugin._projections.close()


def get(client, code=200, **params):
    resp = client.get(P + "feature_projection", query_string=params)
    assert resp.status_code == code, resp.get_data(as_text=True)
    return json.loads(resp.get_data(as_text=True)) if code == 200 else resp.get_data(as_text=True)


def projection(w, step, rows, channels, model="current"):
    """The definition applied to the written record: step 0's for the pretrained model, the step's for the current."""
    record = w.layers["activations"][LAYER][0 if model == "pretrained" else step]
    position = {c: i for i, c in enumerate(record["channels"].tolist())}
    x = record["pooled"].astype(np.float32)[rows][:, [position[c] for c in channels]]
    domain = w.records["instance_meta"][0][rows, 0]
    return measures.domain_discrimination_projection(x, domain == 1, seed=0)


def close(got, want):
    """Equal to 4 significant digits (the route rounds its numbers)."""
    np.testing.assert_allclose(np.asarray(got, np.float64), np.asarray(want, np.float64), rtol=1e-3, atol=1e-4)


def test_a_group_of_instances_is_projected_as_defined(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    rows = [1, 2, 5, 8, 11, 14, 15, 19, 20, 26, 28]
    channels = [5, 1, 3]
    body = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="5,1,3",
               instances=",".join(map(str, reversed(rows))))  # any order: answered sorted
    assert body["group"] == "instances" and body["class"] is None
    assert body["instances"] == rows and body["channels"] == channels
    assert body["domain"] == meta[rows, 0].tolist() and body["label"] == meta[rows, 1].tolist()
    want = projection(w, STEP, rows, channels)
    assert np.asarray(body["points"]).shape == (len(rows), 2)
    assert np.asarray(body["arrows"]).shape == (len(channels), 2)
    close(body["points"], want["points"])
    close(body["arrows"], want["arrows"])
    assert body["svm_accuracy"] == pytest.approx(want["accuracy"])
    # The arrows are the axes' loadings: unit x axis, y orthogonal to it.
    arrows = np.asarray(body["arrows"])
    assert np.linalg.norm(arrows[:, 0]) == pytest.approx(1, abs=1e-3)
    assert abs(arrows[:, 0] @ arrows[:, 1]) < 1e-3


def test_checking_a_channel_changes_the_arrows_and_the_points(env):
    client, w = env
    rows = list(range(0, 30, 2))
    ids = ",".join(map(str, rows))
    two = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="0,4", instances=ids)
    three = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="0,4,6", instances=ids)
    assert len(two["arrows"]) == 2 and len(three["arrows"]) == 3
    close(three["points"], projection(w, STEP, rows, [0, 4, 6])["points"])
    assert not np.allclose(np.asarray(two["points"]), np.asarray(three["points"]))


def test_pretrained_is_step_0_at_every_step(env):
    client, w = env
    at_step = get(client, run="r", layer=LAYER, step=STEP, model="pretrained", channels="2,3,7", **{"class": 1})
    at_0 = get(client, run="r", layer=LAYER, step=0, model="pretrained", channels="2,3,7", **{"class": 1})
    assert at_step["points"] == at_0["points"] and at_step["arrows"] == at_0["arrows"]
    current = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="2,3,7", **{"class": 1})
    assert current["points"] != at_step["points"]  # the synthetic activations change with the step


def test_a_class_given_as_instances_is_the_class(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    rows = np.flatnonzero(meta[:, 1] == 2).tolist()
    by_class = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="1,6", **{"class": 2})
    by_ids = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="1,6",
                 instances=",".join(map(str, rows)))
    assert by_class["group"] == "class" and by_class["class"] == 2 and by_class["instances"] == rows
    for key in ("points", "arrows", "svm_accuracy", "domain", "label"):
        assert by_class[key] == by_ids[key]
    every = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="1,6")
    assert every["group"] == "all" and every["instances"] == list(range(len(meta)))
    close(every["points"], projection(w, STEP, list(range(len(meta))), [1, 6])["points"])


def test_one_channel_has_a_flat_y_axis(env):
    client, w = env
    body = get(client, run="r", layer=LAYER, step=STEP, model="current", channels="3")
    points = np.asarray(body["points"])
    assert np.all(points[:, 1] == 0)
    assert abs(body["arrows"][0][0]) == 1 and body["arrows"][0][1] == 0


@pytest.mark.parametrize("params, code, message", [
    ({"instances": "0,1,2"}, 404, "one domain only"),            # source instances only: no separating plane
    ({"instances": "0,1,x"}, 400, "instances"),
    ({"instances": "3,3,20"}, 400, "repeats"),
    ({"instances": "3,99"}, 400, "unknown instance"),
    ({"instances": "3,20", "class": "1"}, 400, "not both"),
    ({"class": "7"}, 404, "unknown class"),
    ({"channels": "1,1"}, 400, "repeats a channel"),
    ({"channels": "1,-2"}, 400, "channels"),
    ({"channels": "1,50"}, 400, "not among the recorded channels"),
    ({"model": "both"}, 400, "model"),
])
def test_bad_input_is_a_4xx_with_a_message(env, params, code, message):
    client, _ = env
    query = {"run": "r", "layer": LAYER, "step": STEP, "model": "current", "channels": "1,3", **params}
    text = get(client, code=code, **query)
    assert message in text


def test_new_steps_are_seen_after_a_reload(tmp_path):
    """The route's prologue is reused while the listing is unchanged, and read again when new steps arrive."""
    write_synthetic_run(tmp_path, "grow", steps=[0, 1], schema=2, n_per_domain=10, n_classes=2)
    client, plugin, mux = plugin_client(tmp_path)
    try:
        query = {"run": "grow", "layer": LAYER, "model": "current", "channels": "1,2"}
        first = get(client, **query)
        assert first["step"] == 1 and get(client, **query) == first
        later = write_synthetic_run(tmp_path, "grow", steps=[2, 3], schema=2, n_per_domain=10, n_classes=2, seed=5)
        mux.Reload()
        body = get(client, **query)
        assert body["step"] == 3
        record = later.layers["activations"][LAYER][3]
        domain = later.records["instance_meta"][2][:, 0]
        want = measures.domain_discrimination_projection(record["pooled"].astype(np.float32)[:, [1, 2]], domain == 1)
        close(body["points"], want["points"])
    finally:
        plugin._projections.close()
