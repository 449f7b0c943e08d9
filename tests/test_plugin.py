"""Plugin routes over a production-sized multiplexer: every route answers what the synthetic runs wrote."""
import gzip
import json

import numpy as np
import pytest

from fixtures import plugin_client, write_synthetic_run
from tb_transfer import contract
from tb_transfer.plugin import TransferPlugin

P = "/data/plugin/tb_transfer/"
STEPS = 12  # more than the Python loader's default of 10 samples per tag: all must come back


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    logdir = tmp_path_factory.mktemp("logs")
    written = {
        "a": write_synthetic_run(logdir, "a", steps=STEPS),
        "group/b c": write_synthetic_run(logdir, "group/b c", steps=[0, 2, 5], seed=1, bn=False, weight_steps=False,
                                         n_classes=4),
    }
    client, plugin, mux = plugin_client(logdir)
    yield client, plugin, written
    plugin._projections.close()


def get(client, route, **params):
    resp = client.get(P + route, query_string=params)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    assert resp.headers["Content-Type"].startswith("application/json")
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    return json.loads(resp.get_data(as_text=True))


def arr(value, dtype=np.float64):
    """JSON lists back to an array, null → NaN."""
    return np.array(json.loads(json.dumps(value).replace("null", "NaN")), dtype=dtype)


def same(json_value, written):
    """Route value equals the written array (NaN where null), exactly after float32 rounding."""
    got = arr(json_value)
    want = np.asarray(written, dtype=np.float64)
    assert got.shape == want.shape, (got.shape, want.shape)
    assert np.array_equal(got, want, equal_nan=True)


def test_plugin_metadata(env):
    _, plugin, _ = env
    assert plugin.plugin_name == "tb_transfer"
    assert plugin.is_active() is False
    meta = plugin.frontend_metadata()
    assert (meta.es_module_path, meta.tab_name) == ("/index.js", "Transfer")
    assert set(plugin.get_plugin_apps()) >= {"/index.js", "/static/*", "/runs", "/statistics", "/layer", "/instances",
                                             "/features", "/feature_projection", "/structure", "/thumbnails"}


def test_runs_lists_every_run_with_info_and_all_steps(env):
    client, _, written = env
    body = get(client, "runs")
    assert [r["run"] for r in body["runs"]] == sorted(written)
    for entry in body["runs"]:
        w = written[entry["run"]]
        assert entry["error"] is None
        assert entry["info"] == w.info
        assert entry["steps"] == sorted(w.records["performance"])
    assert len(body["runs"][0]["steps"]) == STEPS


def test_statistics_equal_written_values(env):
    client, _, written = env
    w = written["a"]
    body = get(client, "statistics", run="a")
    steps = w.steps
    assert body["run"] == "a" and body["steps"] == steps
    assert body["performance"]["splits"] == list(contract.SPLITS)
    assert body["performance"]["metrics"] == list(contract.METRICS)
    same(body["performance"]["values"], [w.records["performance"][s] for s in steps])
    same(body["transferability"], [w.records["transferability"][s] for s in steps])
    assert body["leep"] == [None] * len(steps)  # NaN → null
    assert body["class_names"] == w.info["class_names"]
    assert body["class_accuracy"]["domains"] == list(contract.DOMAINS)
    same(body["class_accuracy"]["values"], [w.records["class_accuracy"][s] for s in steps])
    assert body["class_accuracy"]["values"][0][1][-1] is None
    same(body["confusion"]["values"], [w.records["confusion"][s] for s in steps])
    assert body["layer_stats"]["measures"] == list(contract.LAYER_MEASURES)
    assert body["layer_stats"]["layers"] == w.axes["layer_stats"]["layer"]
    same(body["layer_stats"]["values"], [w.records["layer_stats"][s] for s in steps])
    assert body["bn_stats"]["fields"] == list(contract.BN_FIELDS)
    assert body["bn_stats"]["layers"] == ["features.1", "features.5"]
    same(body["bn_stats"]["values"], [w.records["bn_stats"][s] for s in steps])
    ws = w.records["weight_steps"]
    assert body["weight_steps"]["steps"] == sorted(ws)
    assert body["weight_steps"]["fields"] == list(contract.DRIFT_FIELDS)
    same(body["weight_steps"]["values"], [ws[s] for s in sorted(ws)])
    assert body["failures"] == {str(steps[1]): w.records["failures"][steps[1]]}


def test_statistics_of_a_run_without_bn_or_weight_steps(env):
    client, _, written = env
    body = get(client, "statistics", run="group/b c")
    assert body["steps"] == [0, 2, 5]
    assert body["bn_stats"] is None and body["weight_steps"] is None
    assert len(body["class_names"]) == 4


def test_layer_drift_of_tracked_and_batchnorm_layers(env):
    client, _, written = env
    w = written["a"]
    for layer, kind, fields in (("features.4", "filter_drift", contract.DRIFT_FIELDS),
                                ("features.5", "bn_drift", contract.BN_FIELDS)):
        body = get(client, "layer", run="a", layer=layer)
        assert (body["run"], body["layer"], body["kind"]) == ("a", layer, kind)
        assert body["fields"] == list(fields)
        series = w.layers[kind][layer]
        assert body["steps"] == sorted(series)
        same(body["values"], [series[s] for s in sorted(series)])


def test_layer_cka_at_a_step_and_the_latest(env):
    client, _, written = env
    w = written["a"]
    layers = [spec["name"] for spec in w.info["layers"]]
    for step in (3, None):
        body = get(client, "layer_cka", run="a", **({} if step is None else {"step": step}))
        want = step if step is not None else w.steps[-1]
        assert (body["run"], body["step"], body["steps"]) == ("a", want, w.steps)
        assert body["current"] == layers and body["pretrained"] == layers
        same(body["values"], w.records["layer_cka"][want])
        stats = get(client, "statistics", run="a")["layer_stats"]
        cka_target = stats["values"][w.steps.index(want)][stats["measures"].index("cka_target")]
        np.testing.assert_array_equal(np.diag(arr(body["values"])), arr(cka_target))  # the diagonal is cka_target


def test_instances_pca_projects_every_step_into_the_first_steps_frame(env):
    from tb_transfer import measures

    client, _, written = env
    w = written["a"]
    layer = "features.4"
    feats = w.layers["embedding"][layer]
    frame = measures.pca_frame(np.asarray(feats[0]["features"], np.float32))
    meta = w.records["instance_meta"][0]
    for step in (0, 5, w.steps[-1]):
        body = get(client, "instances", run="a", layer=layer, step=step)
        assert (body["step"], body["projection"], body["status"]) == (step, "pca", "ready")
        expected = measures.project(frame, np.asarray(feats[step]["features"], np.float32))
        np.testing.assert_allclose(arr(body["coords"]), expected, rtol=1e-5, atol=1e-5)
        assert body["domain"] == meta[:, 0].tolist()
        assert body["label"] == meta[:, 1].tolist()
        assert body["index"] == meta[:, 2].tolist()
        outcome = w.records["instance_outcome"][step]
        assert body["prediction"] == outcome[0].astype(int).tolist()
        same(body["loss"], outcome[1])
        assert body["loss"][0] is None
        same(body["margin"], outcome[2])
        same(body["p_target"], outcome[3])
        np.testing.assert_allclose(body["explained_variance"], frame.explained_variance_ratio, rtol=1e-5)
        assert body["steps"] == w.steps
        if step == 0:
            assert body["previous_prediction"] is None
        else:
            assert body["previous_prediction"] == w.records["instance_outcome"][step - 1][0].astype(int).tolist()


def test_instances_defaults_to_latest_step_and_pca(env):
    client, _, written = env
    body = get(client, "instances", run="group/b c", layer="penultimate")
    assert body["step"] == 5 and body["projection"] == "pca"
    assert len(body["coords"]) == written["group/b c"].n
    assert body["previous_prediction"] == written["group/b c"].records["instance_outcome"][2][0].astype(int).tolist()


def test_pca_frame_is_fitted_once_per_run_and_layer(env, monkeypatch):
    from tb_transfer import measures

    client, plugin, _ = env
    calls = []
    real = measures.pca_frame
    monkeypatch.setattr(measures, "pca_frame", lambda x: calls.append(x.shape) or real(x))
    for step in (3, 7, 1, 3):
        get(client, "instances", run="a", layer="classifier.1", step=step)
    assert len(calls) == 1
    get(client, "instances", run="a", layer="features.0", step=2)
    assert len(calls) == 2


def test_features_of_schema_1_are_analysed_from_its_top_channel_activations(env):
    from tb_transfer import measures

    client, _, written = env
    w = written["a"]
    layer, step, c = "features.0", 4, 2
    ch = w.layers["channels"][layer][step]
    body = get(client, "features", run="a", layer=layer, step=step, **{"class": c})
    top = ch["top_channels"]
    assert (body["step"], body["group"], body["class"], body["channels"]) == (step, "class", c, 6)
    assert body["recorded"] == top.tolist()
    meta = w.records["instance_meta"][0]
    rows = np.flatnonzero(meta[:, 1] == c)
    assert body["count"] == np.bincount(meta[rows, 0], minlength=2).tolist()
    for m, model in enumerate(contract.MODELS):
        entry = body["models"][model]
        x = ch["activations"][m][rows].astype(np.float64)
        np.testing.assert_allclose(arr(entry["domain_coef"]), measures.domain_coefficients(x, meta[rows, 0] == 1),
                                   rtol=1e-3)
        np.testing.assert_allclose(arr(entry["importance"]), ch["importance"][m, c, top], rtol=1e-3)
        assert sorted(entry["ranking"]) == sorted(top.tolist())


def test_feature_projection_on_chosen_top_channels(env):
    client, _, written = env
    w = written["a"]
    top = w.layers["channels"]["features.4"][w.steps[-1]]["top_channels"].tolist()  # schema 1: the recorded ones
    chosen = top[1:3]
    body = get(client, "feature_projection", run="a", layer="features.4", model="pretrained", channels=",".join(
        map(str, chosen)), **{"class": 1})
    members = np.flatnonzero(w.records["instance_meta"][0][:, 1] == 1)
    assert body["channels"] == chosen
    assert body["instances"] == members.tolist()
    assert np.asarray(body["points"]).shape == (members.size, 2)
    assert np.asarray(body["arrows"]).shape == (len(chosen), 2)
    assert 0.0 <= body["svm_accuracy"] <= 1.0
    again = get(client, "feature_projection", run="a", layer="features.4", model="pretrained",
                channels=",".join(map(str, chosen)), **{"class": 1})
    assert again == body


def test_structure_sliced_at_class(env):
    client, _, written = env
    w = written["a"]
    for layer in ("features.0", "features.4"):
        s = w.layers["structure"][layer][3]
        body = get(client, "structure", run="a", layer=layer, step=3, **{"class": 1})
        assert body["important"] == s["important"][:, 1].tolist()
        for name in ("distance", "matches_pretrained", "matches_current", "rest_hist"):
            same(body[name], s[name][1])
        assert body["conn_source"] == s["conn_source"].item()
        assert body["rest_hist_edges"] == np.linspace(0, 1, 21).tolist()
        assert body["steps"] == sorted(s_ for s_ in w.layers["structure"][layer])
        assert all(body[name] is None for name in ("conn_edges", "conn_i_to_n", "conn_n_to_i", "conn_n_to_n",
                                                   "match_distance_current"))  # not in schema 1
        if body["conn_source"]:
            same(body["conn_weight"], s["conn_weight"][:, 1])
            assert body["conn_in_pretrained"] == s["conn_in_pretrained"][1].tolist()
        else:
            assert body["conn_weight"] is None and body["conn_in_pretrained"] is None


def test_thumbnails_are_the_written_png(env):
    client, _, written = env
    resp = client.get(P + "thumbnails", query_string={"run": "a"})
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == "image/png"
    assert resp.get_data() == written["a"].records["thumbnails"][0]


def test_routes_work_under_experiment_prefix(env):
    client, _, _ = env
    resp = client.get("/experiment/xyz" + P + "runs")
    assert resp.status_code == 200 and json.loads(resp.get_data())["runs"]


def test_json_never_contains_nan(env):
    client, _, _ = env
    for route, params in (("statistics", {"run": "a"}), ("instances", {"run": "a", "layer": "features.0"})):
        text = client.get(P + route, query_string=params).get_data(as_text=True)
        assert "NaN" not in text and "Infinity" not in text
        json.loads(text)


def test_sampling_hint_caps_what_is_read(tmp_path):
    write_synthetic_run(tmp_path, "r", steps=9, kinds=["performance", "embedding"], bn=False, weight_steps=False)
    client, plugin, _ = plugin_client(tmp_path, samples=4)
    try:
        runs = get(client, "runs")["runs"]
        assert len(runs[0]["steps"]) == 4 and runs[0]["steps"][-1] == 8  # the latest always survives
    finally:
        plugin._projections.close()


def test_plugin_without_sampling_hints(tmp_path):
    import argparse

    from tensorboard.backend.event_processing import data_provider
    from tensorboard.plugins import base_plugin

    from fixtures import production_multiplexer

    write_synthetic_run(tmp_path, "r", steps=3, kinds=["performance"], bn=False, weight_steps=False)
    mux = production_multiplexer(tmp_path)
    ctx = base_plugin.TBContext(logdir=str(tmp_path), data_provider=data_provider.MultiplexerDataProvider(
        mux, str(tmp_path)), flags=argparse.Namespace())
    plugin = TransferPlugin(ctx)
    assert plugin._reader.downsample == 2**31 - 1


def test_an_answer_being_built_is_waited_for_not_built_twice(tmp_path):
    """Two requests for the same kept answer (the start-up warm-up and the tab, or two tabs): the second waits for
    the first one's build and gets the same answer; a failed build fails both and is not kept."""
    import threading

    write_synthetic_run(tmp_path, "r", steps=2, kinds=["performance"], bn=False, weight_steps=False)
    _, plugin, _ = plugin_client(tmp_path)
    started, release, builds = threading.Event(), threading.Event(), []

    def build(value):
        def fn():
            builds.append(value)
            started.set()
            assert release.wait(30)
            if isinstance(value, Exception):
                raise value
            return {"answer": value}
        return fn

    for first, second in ((1, 2), (contract.FormatError("unreadable"), 3)):
        started.clear(), release.clear(), builds.clear()
        key = ("test", str(first))
        out = {}

        def call(name, fn):
            try:
                out[name] = plugin._answer(key, fn)
            except contract.FormatError as exc:
                out[name] = exc

        a = threading.Thread(target=call, args=("a", build(first)))
        a.start()
        assert started.wait(30)
        b = threading.Thread(target=call, args=("b", build(second)))
        b.start()
        b.join(0.3)
        assert b.is_alive()  # waiting for a's build
        release.set()
        a.join(30), b.join(30)
        assert builds == [first]
        if isinstance(first, Exception):
            assert out["a"] is first and out["b"] is first
            assert json.loads(gzip.decompress(plugin._answer(key, lambda: {"answer": 4}).gzipped)) == {"answer": 4}
        else:
            assert out["a"] is out["b"] and json.loads(gzip.decompress(out["a"].gzipped)) == {"answer": 1}
