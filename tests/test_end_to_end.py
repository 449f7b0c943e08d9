"""End to end: real training with the callback → event files → TensorBoard's real application (both loaders) → routes.

Every route's values are checked against what the callback wrote, read straight from the event files (not through
our reader), at every step.
"""
import glob
import json

import numpy as np
import pytest
from tensorboard.backend.event_processing.event_file_loader import EventFileLoader
from tensorboard.util import tensor_util

from tb_transfer import contract, measures
from fixtures import LOADERS, App, P
from tiny_runs import CLASSES, train_runs

EPOCHS = 3


def _written(run_dir) -> dict[str, dict[int, object]]:
    """{tag: {step: value}} of every tb_transfer record in a run directory, decoded by the contract."""
    out: dict[str, dict[int, object]] = {}
    for path in sorted(glob.glob(f"{run_dir}/events.out.tfevents.*")):
        for event in EventFileLoader(path).Load():
            for value in event.summary.value:
                if value.metadata.plugin_data.plugin_name not in (contract.PLUGIN_NAME, contract.HEAVY_PLUGIN_NAME):
                    continue
                kind = contract.parse_content(value.metadata.plugin_data.content)
                array = tensor_util.make_ndarray(value.tensor)
                if kind.encoding == "json":
                    decoded = contract.decode_json(array)
                elif kind.encoding == "npz":
                    decoded = contract.decode_npz(array[0])
                elif kind.encoding == "png":
                    decoded = array[0]
                else:
                    decoded = array
                out.setdefault(value.tag, {})[event.step] = decoded
    return out


def _same(api_value, written, atol=1e-5) -> bool:
    """API JSON (None for NaN) equals a written array."""
    expected = np.asarray(written, dtype=np.float64)
    got = np.array(api_value, dtype=object)
    got = np.where(got == None, np.nan, got).astype(np.float64)  # noqa: E711
    return got.shape == expected.shape and np.allclose(got, expected, atol=atol, equal_nan=True)


def _close(api_value, expected) -> bool:
    """API JSON rounded to 4 significant digits (docs/api.md) equals ``expected`` to that precision."""
    expected = np.asarray(expected, dtype=np.float64)
    got = np.array(api_value, dtype=object)
    got = np.where(got == None, np.nan, got).astype(np.float64)  # noqa: E711
    return got.shape == expected.shape and np.allclose(got, expected, rtol=5e-4, atol=1e-6, equal_nan=True)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    logdir = tmp_path_factory.mktemp("e2e")
    run_dirs = train_runs(logdir, epochs=EPOCHS)
    return logdir, {name: _written(path) for name, path in run_dirs.items()}


@pytest.mark.parametrize("load_fast", LOADERS)
def test_every_route_serves_what_the_callback_wrote(trained, load_fast):
    logdir, written = trained
    steps = list(range(EPOCHS + 1))  # step 0 = the pretrained model
    app = App(logdir, load_fast)
    try:
        runs = app.runs({name: len(steps) for name in written})
        assert set(runs) == set(written)
        for name, tags in written.items():
            t = lambda kind, layer=None: tags[contract.tag(kind, layer)]  # noqa: E731
            run = runs[name]
            assert run["error"] is None and run["steps"] == steps
            info = t("run_info")[0]
            assert run["info"] == info and info["class_names"] == list(CLASSES)
            layers = [layer["name"] for layer in info["layers"]]

            stats = app.json("statistics", run=name)
            assert stats["steps"] == steps
            for i, step in enumerate(steps):
                assert _same(stats["performance"]["values"][i], t("performance")[step])
                assert _same(stats["transferability"][i], t("transferability")[step])
                assert _same(stats["leep"][i], t("leep")[step])
                assert _same(stats["class_accuracy"]["values"][i], t("class_accuracy")[step])
                assert _same(stats["confusion"]["values"][i], t("confusion")[step])
                assert _same(stats["layer_stats"]["values"][i], t("layer_stats")[step])
            assert stats["layer_stats"]["layers"] == layers

            for layer in layers:
                drift = app.json("layer", run=name, layer=layer)
                assert drift["steps"] == steps
                assert all(_same(drift["values"][i], t("filter_drift", layer)[s]) for i, s in enumerate(steps))

            meta = t("instance_meta")[0]
            for step in steps:
                for layer in layers + [contract.PENULTIMATE]:
                    inst = app.json("instances", run=name, layer=layer, step=step)
                    assert inst["status"] == "ready" and len(inst["coords"]) == len(meta)
                outcome = t("instance_outcome")[step]
                assert inst["domain"] == meta[:, 0].tolist() and inst["label"] == meta[:, 1].tolist()
                for row, field in enumerate(contract.INSTANCE_FIELDS):
                    assert _same(inst[field], outcome[row]), field

            # the feature and structure levels are analysed at read time (schema 2): the answers equal the measures'
            # definitions applied to the recorded activations of step 0 (pretrained) and of the step
            step, cls = steps[-1], 1
            rows = np.flatnonzero(meta[:, 1] == cls)
            is_target = meta[rows, 0] == 1
            for layer in layers:
                act, act0 = t("activations", layer)[step], t("activations", layer)[0]
                feats = app.json("features", run=name, layer=layer, step=step, **{"class": cls})
                assert feats["recorded"] == act["channels"].tolist() == list(range(len(act["channels"])))
                assert feats["count"] == np.bincount(meta[rows, 0], minlength=2).tolist()
                for model, a in (("pretrained", act0), ("current", act)):
                    x = a["pooled"].astype(np.float64)[rows]
                    got = feats["models"][model]
                    coef = measures.domain_coefficients(x, is_target)
                    assert _close(got["domain_coef"], coef), model
                    assert _close(got["domain_auc"], measures.rank_auc(x, is_target)), model
                    assert _close(got["importance"], a["importance"][cls].astype(np.float32)), model
                    hist = measures.domain_histograms(x, meta[rows, 0], feats["bins"])
                    assert np.array_equal(got["hist"], hist["hist"]), model
                    assert got["ranking"] == np.argsort(-np.abs(coef), kind="stable").tolist()
                chosen = ",".join(str(c) for c in act["channels"][:3])
                proj = app.json("feature_projection", run=name, layer=layer, step=step, model="current",
                                channels=chosen, **{"class": cls})
                assert len(proj["arrows"]) == min(3, len(act["channels"]))
                assert len(proj["points"]) == sum(feats["count"])
                if "conn_source" in act:
                    got = app.json("structure", run=name, layer=layer, step=step, **{"class": cls})
                    imp = [measures.important_channels(a["importance"][cls:cls + 1].astype(np.float64))[0]
                           for a in (act0, act)]
                    assert _same(got["important"], np.stack(imp))
                    match = measures.channel_matching(act0["pooled"].astype(np.float64)[rows],
                                                      act["pooled"].astype(np.float64)[rows], imp[0], imp[1])
                    for key in ("distance", "matches_pretrained", "matches_current", "rest_hist"):
                        assert _same(got[key], match[key]), key

            png = app.get(P + "thumbnails", run=name)
            assert png.status_code == 200 and png.get_data() == t("thumbnails")[0]
    finally:
        app.close()


def test_the_story_of_the_runs_is_in_the_data(trained):
    """Drift is zero at step 0 and for frozen layers; fine-tuning beats direct reuse on the target."""
    _, written = trained
    for name, tags in written.items():
        stats = tags[contract.tag("layer_stats")]
        drift = contract.LAYER_MEASURES.index("weight_drift")
        assert np.allclose(stats[0][drift], 0)
        info = tags[contract.tag("run_info")][0]
        conv = [i for i, layer in enumerate(info["layers"]) if layer["type"] == "Conv2d"]
        if name == "freeze_features":
            assert np.allclose(stats[EPOCHS][drift, conv], 0)
        else:
            assert (stats[EPOCHS][drift] > 0).all()
        transfer = float(tags[contract.tag("transferability")][EPOCHS])
        assert transfer > 0
        perf = tags[contract.tag("performance")]  # [split, metric]; split 2 = target_val, metric 1 = accuracy
        assert transfer == pytest.approx(float(perf[EPOCHS][2, 1]) - float(perf[0][2, 1]), abs=1e-6)
        assert json.dumps(tags[contract.tag("failures")][EPOCHS]) == "[]"
