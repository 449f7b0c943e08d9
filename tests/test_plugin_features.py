"""The feature level's routes on schema 2 runs: the group parameter (class, any instances, all) and /channel, checked
against the measures' definitions applied to the written activations."""
import json

import numpy as np
import pytest

from fixtures import plugin_client, write_synthetic_run
from tb_transfer import analysis, contract, measures

P = "/data/plugin/tb_transfer/"
STEP = 2


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    logdir = tmp_path_factory.mktemp("logs")
    w = write_synthetic_run(logdir, "r", steps=3, schema=2, n_per_domain=15, n_classes=3)
    client, plugin, _ = plugin_client(logdir)
    yield client, w
    plugin._projections.close()


def get(client, route, code=200, **params):
    resp = client.get(P + route, query_string=params)
    assert resp.status_code == code, resp.get_data(as_text=True)
    return json.loads(resp.get_data(as_text=True)) if code == 200 else resp.get_data(as_text=True)


def arr(value):
    return np.array([np.nan if v is None else v for v in value], np.float64)


def records(w, layer):
    acts = w.layers["activations"][layer]
    return acts[0], acts[STEP]


def check_group(body, w, layer, rows, importance_rows):
    """``body`` (/features) is the definition applied to the written activations of instances ``rows``;
    ``importance_rows(importance [C, S]) -> [S]``."""
    meta = w.records["instance_meta"][0]
    domain = meta[rows, 0]
    pre, cur = records(w, layer)
    assert body["recorded"] == cur["channels"].tolist()
    assert body["count"] == [int((domain == 0).sum()), int((domain == 1).sum())]
    for model, a in (("pretrained", pre), ("current", cur)):
        got = body["models"][model]
        x = a["pooled"].astype(np.float32)[rows].astype(np.float64)
        coef = measures.domain_coefficients(x, domain == 1)
        np.testing.assert_allclose(arr(got["domain_coef"]), coef, rtol=5e-4, atol=1e-6)
        np.testing.assert_allclose(arr(got["domain_auc"]), measures.rank_auc(x, domain == 1), rtol=5e-4)
        np.testing.assert_allclose(arr(got["importance"]), importance_rows(a["importance"].astype(np.float64)),
                                   rtol=5e-4)
        # most domain-discriminative first: |coefficient| never grows down the ranking
        position = {c: i for i, c in enumerate(body["recorded"])}
        ranked = np.abs(coef[[position[c] for c in got["ranking"]]])
        assert sorted(got["ranking"]) == body["recorded"] and np.all(np.diff(ranked) <= 0)
        hist = np.asarray(got["hist"])
        assert hist.shape == (2, len(body["recorded"]), body["bins"])
        # every channel's histogram counts each of the group's instances once, per domain
        np.testing.assert_array_equal(hist.sum(axis=2), np.repeat([body["count"]], hist.shape[1], 0).T)
        np.testing.assert_array_equal(hist, measures.domain_histograms(x, domain, body["bins"])["hist"])
        dead = np.asarray([arr(d) for d in got["dead"]])
        np.testing.assert_allclose(dead, np.stack([(x[domain == d] <= 0).mean(0) for d in (0, 1)]), atol=1e-4)


def test_class_group(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    body = get(client, "features", run="r", layer="features.4", step=STEP, **{"class": 1})
    assert (body["group"], body["class"], body["channels"], body["steps"]) == ("class", 1, 8, [0, 1, 2])
    check_group(body, w, "features.4", np.flatnonzero(meta[:, 1] == 1), lambda imp: imp[1])


def test_any_instances_group(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    rows = np.array([0, 2, 3, 5, 8, 13, 16, 17, 20, 25, 29])  # both domains, every class, unsorted below
    body = get(client, "features", run="r", layer="features.0", step=STEP,
               instances=",".join(map(str, rows[::-1])))
    assert (body["group"], body["class"]) == ("instances", None)
    counts = np.bincount(meta[rows, 1], minlength=3).astype(np.float64)
    check_group(body, w, "features.0", rows, lambda imp: counts @ imp / counts.sum())


def test_no_group_is_every_instance(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    body = get(client, "features", run="r", layer="classifier.1", step=STEP)
    assert (body["group"], body["class"], body["count"]) == ("all", None, [15, 15])
    assert body["channels"] == 10 and body["recorded"] == list(range(6))  # 6 of 10 recorded (a wide layer)
    counts = np.bincount(meta[:, 1], minlength=3).astype(np.float64)
    check_group(body, w, "classifier.1", np.arange(len(meta)), lambda imp: counts @ imp / counts.sum())


def test_a_class_given_as_instances_is_the_class(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    rows = np.flatnonzero(meta[:, 1] == 2)
    by_class = get(client, "features", run="r", layer="features.4", step=STEP, **{"class": 2})
    by_ids = get(client, "features", run="r", layer="features.4", step=STEP, instances=",".join(map(str, rows)))
    assert by_ids["group"] == "instances"
    assert by_ids["models"] == by_class["models"] and by_ids["count"] == by_class["count"]


def test_one_domain_group_has_no_coefficients(env):
    client, _ = env
    body = get(client, "features", run="r", layer="features.4", step=STEP, instances="0,1,2,3")  # source only
    assert body["count"] == [4, 0]
    for model in contract.MODELS:
        got = body["models"][model]
        assert all(v is None for v in got["domain_coef"] + got["domain_auc"])
        assert all(sum(row) == 0 for row in got["hist"][1]) and all(v is None for v in got["dead"][1])


def test_feature_projection_takes_the_same_groups(env):
    client, w = env
    rows = [0, 3, 4, 7, 16, 18, 22, 29]
    body = get(client, "feature_projection", run="r", layer="features.4", step=STEP, model="current",
               channels="1,3", instances=",".join(map(str, rows)))
    assert body["group"] == "instances" and body["instances"] == rows
    assert body["domain"] == w.records["instance_meta"][0][rows, 0].tolist()
    every = get(client, "feature_projection", run="r", layer="features.4", step=STEP, model="current",
                channels="1,3")
    assert every["group"] == "all" and len(every["points"]) == 30


def test_channel_top_activating_are_the_highest_activations(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    pre, cur = records(w, "features.4")
    body = get(client, "channel", run="r", layer="features.4", step=STEP, channel=5, top=4)
    assert (body["channel"], body["group"]) == (5, "all")
    for model, a in (("pretrained", pre), ("current", cur)):
        values = a["pooled"][:, 5].astype(np.float64)
        np.testing.assert_allclose(body["activations"][model], values, rtol=5e-4)
        for d, name in enumerate(contract.DOMAINS):
            got = body["top"][model][name]
            ids = got["instances"]
            assert len(ids) == 4 and all(meta[i, 0] == d for i in ids)
            others = np.setdiff1d(np.flatnonzero(meta[:, 0] == d), ids)
            # by definition: no instance of the domain left out activates the channel more
            assert values[ids].min() >= values[others].max()
            assert list(values[ids]) == sorted(values[ids], reverse=True)
            np.testing.assert_allclose(got["activations"], values[ids], rtol=5e-4)


def test_channel_within_a_group(env):
    client, w = env
    meta = w.records["instance_meta"][0]
    body = get(client, "channel", run="r", layer="features.0", step=STEP, channel=2, **{"class": 0})
    assert (body["group"], body["class"]) == ("class", 0)
    rows = np.flatnonzero(meta[:, 1] == 0)
    for model in contract.MODELS:
        for d, name in enumerate(contract.DOMAINS):
            ids = body["top"][model][name]["instances"]
            assert len(ids) == min(9, int((meta[rows, 0] == d).sum())) and set(ids) <= set(rows.tolist())
    assert len(body["activations"]["current"]) == len(meta)  # always every probe instance


def test_unrecorded_channel_is_404(env):
    client, _ = env
    text = get(client, "channel", code=404, run="r", layer="classifier.1", step=STEP, channel=8)
    assert "channel 8 of layer 'classifier.1' is not recorded" in text and "6 of its 10" in text


def test_payload_is_aligned_with_recorded_channels_only(env):
    client, _ = env
    body = get(client, "features", run="r", layer="classifier.1", step=STEP, **{"class": 0})
    s = len(body["recorded"])
    for model in contract.MODELS:
        got = body["models"][model]
        assert all(len(got[name]) == s for name in ("domain_coef", "domain_auc", "importance", "extent"))
        assert np.asarray(got["dead"]).shape == (2, s)
    assert analysis.HIST_BINS == body["bins"]


def test_numbers_are_sent_with_four_significant_digits():
    from tb_transfer.plugin import round_significant, tolist

    a = np.array([0.123456, 12345.67, -0.000123456, 0.0, np.nan, 7.0, 1e-30, 3.0517578125e-05], np.float64)
    got = round_significant(a, 4)
    np.testing.assert_array_equal(got[[0, 1, 2, 3, 5, 6]], [0.1235, 12350.0, -0.0001235, 0.0, 7.0, 1e-30])
    assert np.isnan(got[4]) and got[7] == 3.052e-05
    assert json.dumps(tolist(a, 4)) == "[0.1235, 12350.0, -0.0001235, 0.0, null, 7.0, 1e-30, 3.052e-05]"
    assert np.all(np.abs(got - a)[np.isfinite(a)] <= 5e-4 * np.abs(a)[np.isfinite(a)])
