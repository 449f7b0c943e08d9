"""The views' numbers on a fixed small real run are what they were before schema 3's compact encoding.

One fine-tuning of tests/tiny_runs.py's TinyNet is replayed (its weights after each epoch) into two callbacks:

* *before*: the encoding at schema 2's precision: per-instance arrays written as they are computed (float16 pooled
  activations and connection norms) and embeddings with every dimension of the layer's sketch (schema 2's 64-d
  embedding, here in its principal axes: a rotation, so distances and the PCA frame are the same);
* *after*: the default encoding of schema 3: 8-bit codes per column, 16-d embeddings.

Both are served by the plugin over TensorBoard's data provider and every route is compared: exactly where the
encoding is not involved; within the tolerances of docs/format.md ("Precision") where it is. Each tolerance is a
few times the error measured on this run, and far below what a view shows.
"""
from __future__ import annotations

import copy
import dataclasses
import json

import numpy as np
import pytest

from route_checks import P, get

# Tolerances (docs/format.md, "Precision"), in the units of each answer.
TOL_AUC = 0.03            # per-channel rank AUC (ties appear where 8-bit codes coincide); measured 0.014
TOL_COEF = 0.06           # domain coefficients, relative to the layer's largest |coefficient|; measured 0.028
TOL_MOVED = 0.15          # share of a histogram's instances that move to another bin, or two (those
                          # within half a code of a bin edge), also for dead fractions (values ≤ 0)
TOL_ACT = 0.5 / 252       # recorded activations, relative to the channel's range over the probe (half a code), plus
                          # the float16 rounding of schema 2's values
TOL_PCA = 0.015           # PCA coordinates, relative to the extent of the step's point cloud; measured 0.0056
TOL_VARIANCE = 2e-3       # explained variance ratios; measured 5e-4
TOL_DIST = 0.04           # matching distances (1 - r) / 2 and connection norms, relative to their largest;
                          # measured 0.018 (distances over a class's 24 instances), 0.0018 (norms)
MIN_NEIGHBOURS = 0.85     # share of the 8 nearest cross-domain neighbours found in both encodings; measured 0.955
MEASURED: dict[str, float] = {}  # largest error per measure (printed with -s)


def replay(logdir, snapshots, data):
    from tiny_runs import CLASSES, TinyNet

    from tb_transfer import TransferCallback

    model = TinyNet()
    model.load_state_dict(snapshots[0])
    source, target, target_val = data
    cb = TransferCallback(model, source=source, target=target, class_names=list(CLASSES), log_dir=str(logdir),
                          target_val=target_val, probe_size=48, seed=0, background=False)
    for epoch, state in enumerate(snapshots[1:]):
        model.load_state_dict(state)
        cb.on_epoch_end(epoch)
    cb.close()


@pytest.fixture(scope="module")
def clients(tmp_path_factory):
    import torch
    from fixtures import plugin_client
    from tiny_runs import TinyNet, fit, make_domain, pretrained_model

    from tb_transfer import contract, records

    data = make_domain(64, "source", 1), make_domain(64, "target", 2), make_domain(48, "target", 4)
    model = TinyNet()
    model.load_state_dict(pretrained_model().state_dict())
    snapshots = [copy.deepcopy(model.state_dict())]

    class Keep:
        def on_epoch_end(self, epoch):
            snapshots.append(copy.deepcopy(model.state_dict()))

    fit(model, make_domain(192, "target", 3), epochs=2, lr=0.02, callback=Keep())
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("encodings")
    with pytest.MonkeyPatch.context() as mp:  # schema 2's precision
        mp.setattr(records, "EMBEDDING_DIM", records.SKETCH_DIM)
        for kind, spec in list(contract.KINDS.items()):
            mp.setitem(contract.KINDS, kind, dataclasses.replace(spec, quantized=()))
        replay(root / "before" / "run", snapshots, data)
    replay(root / "after" / "run", snapshots, data)
    out = {}
    for name in ("before", "after"):
        client, plugin, _ = plugin_client(root / name)
        out[name] = client
    yield out["before"], out["after"]


def both(clients, route, **params):
    return [get(c, route, "run", **params) for c in clients]


def close(before, after, tol, scale=1.0, what=""):
    b = np.asarray(before, np.float64)
    a = np.asarray(after, np.float64)
    assert b.shape == a.shape, what
    assert np.array_equal(np.isnan(b), np.isnan(a)), what
    err = float(np.nanmax(np.abs(a - b) / scale, initial=0.0))
    key = what.split()[0]
    MEASURED[key] = max(MEASURED.get(key, 0.0), err)
    assert err <= tol, f"{what}: {err:.4g} > {tol}"
    return err


def moved(before, after, what):
    """Histograms [..., bins]: the share of each histogram's instances that moved bin is within TOL_MOVED."""
    b, a = np.nan_to_num(before), np.nan_to_num(after)
    assert np.array_equal(b.sum(-1), a.sum(-1)), what  # the same instances
    count = np.abs(a - b).sum(-1) / 2
    share = count / np.maximum(b.sum(-1), 1)
    MEASURED[what.split()[0]] = max(MEASURED.get(what.split()[0], 0.0), float(share.max(initial=0.0)))
    assert np.all((share <= TOL_MOVED) | (count <= 2)), f"{what}: {share.max():.3f} > {TOL_MOVED}"


def within_one_bin(before, after, what):
    """Histograms [..., bins] of the same instances in which no instance moved by more than one bin (cumulative
    counts never pass each other's neighbours)."""
    b, a = np.nan_to_num(before), np.nan_to_num(after)
    assert np.array_equal(b.sum(-1), a.sum(-1)), what
    cb, ca = np.cumsum(b, -1), np.cumsum(a, -1)
    share = np.abs(a - b).sum(-1) / 2 / np.maximum(b.sum(-1), 1)
    MEASURED[what.split()[0]] = max(MEASURED.get(what.split()[0], 0.0), float(share.max(initial=0.0)))
    assert np.all(ca[..., :-1] <= cb[..., 1:] + 1e-9) and np.all(cb[..., :-1] <= ca[..., 1:] + 1e-9), what


def nan(x):
    return np.asarray([np.nan if v is None else v for v in np.ravel(np.asarray(x, object))], np.float64).reshape(
        np.shape(np.asarray(x, object)))


def test_routes_without_per_instance_arrays_answer_exactly_the_same(clients):
    before, after = clients
    runs = [json.loads(c.get(P + "runs").get_data())["runs"][0] for c in clients]
    for r in runs:  # the embedding's dimension is what changed
        for layer in r["info"]["layers"]:
            layer.pop("embedding_dim")
    assert runs[0] == runs[1] and runs[0]["steps"] == [0, 1, 2]
    assert get(before, "statistics", "run") == get(after, "statistics", "run")
    for layer in runs[0]["info"]["layers"]:
        a, b = both(clients, "layer", layer=layer["name"])
        assert a == b
    a, b = [json.loads(c.get(P + "findings", query_string={"run": "run"}).get_data()) for c in clients]
    assert a == b


def test_feature_and_structure_levels_agree_within_the_tolerances(clients):
    info = json.loads(clients[0].get(P + "runs").get_data())["runs"][0]["info"]
    for layer in [spec["name"] for spec in info["layers"]]:
        for step in (0, 2):
            fb, _ = both(clients, "features", layer=layer, step=step)
            code = {}  # (model, channel) -> the 8-bit code's width
            for channel in fb["recorded"]:  # every instance's activation: within half a code of the channel's range
                cb, ca = both(clients, "channel", layer=layer, step=step, channel=channel)
                for model in ("pretrained", "current"):
                    acts, again = nan(cb["activations"][model]), nan(ca["activations"][model])
                    span = np.ptp(acts)
                    code[model, channel] = span / 252
                    err = np.abs(again - acts)
                    MEASURED["activations"] = max(MEASURED.get("activations", 0.0),
                                                  float(err.max() / span) if span > 0 else 0.0)
                    # half a code, plus the float16 rounding of schema 2's values and both answers' 4 digits
                    assert np.all(err <= span * TOL_ACT * 1.001 + np.abs(acts) * 1.1e-3), f"{layer} {channel}"
            for c in [None, *range(len(info["class_names"]))]:
                group = {} if c is None else {"class": c}
                fb, fa = both(clients, "features", layer=layer, step=step, **group)
                for key in ("recorded", "count", "steps", "group", "class", "channels"):
                    assert fb[key] == fa[key]
                for model in ("pretrained", "current"):
                    mb, ma = fb["models"][model], fa["models"][model]
                    assert mb["importance"] == ma["importance"]  # not quantized
                    close(nan(mb["domain_auc"]), nan(ma["domain_auc"]), TOL_AUC, what=f"auc {layer} {step} {c}")
                    coef = nan(mb["domain_coef"])
                    close(coef, nan(ma["domain_coef"]), TOL_COEF, np.nanmax(np.abs(coef), initial=1e-12),
                          what=f"coef {layer} {step} {c}")
                    # 20 bins over the group's extent: where a bin spans at least two codes (the extent 40, 16 % of
                    # the channel's probe range), no instance moves by more than one bin; narrower groups show the
                    # codes' steps
                    wide = np.asarray([np.ptp(e) >= 40 * code[model, ch]
                                       for e, ch in zip(nan(mb["extent"]), fb["recorded"])])
                    within_one_bin(nan(mb["hist"])[:, wide], nan(ma["hist"])[:, wide], f"hist {layer} {step} {c}")
                    count = np.asarray(fb["count"], np.float64)[:, None]
                    moved_dead = np.abs(nan(ma["dead"]) - nan(mb["dead"])) * count
                    assert np.all((moved_dead <= np.maximum(2, TOL_MOVED * count) + 1e-6) | np.isnan(moved_dead))
                if c is None:
                    continue
                sb, sa = both(clients, "structure", layer=layer, step=step, **{"class": c})
                assert sb["important"] == sa["important"] and sb["conn_source"] == sa["conn_source"]
                assert sb["steps"] == sa["steps"]
                for name in ("distance", "rest_hist", "conn_weight", "conn_edges", "conn_i_to_n", "conn_n_to_i",
                             "conn_n_to_n"):
                    if sb.get(name) is None:
                        assert sa.get(name) is None, name
                        continue
                    x = nan(sb[name])
                    if name in ("rest_hist", "conn_i_to_n", "conn_n_to_i", "conn_n_to_n"):
                        moved(x, nan(sa[name]), f"{name} {layer} {step} {c}")
                    else:
                        close(x, nan(sa[name]), TOL_DIST, np.nanmax(np.abs(x), initial=1e-12),
                              what=f"{name} {layer} {step} {c}")
    print("largest errors measured:", {k: round(v, 5) for k, v in sorted(MEASURED.items())})


def test_instance_level_agrees_within_the_tolerances(clients):
    info = json.loads(clients[0].get(P + "runs").get_data())["runs"][0]["info"]
    for layer in [spec["name"] for spec in info["layers"]] + ["penultimate"]:
        for step in (0, 1, 2):
            ib, ia = both(clients, "instances", layer=layer, step=step)
            assert ib["steps"] == ia["steps"] == [0, 1, 2]
            for name in ("domain", "label", "index", "prediction", "loss", "margin", "p_target",
                         "previous_prediction"):
                assert ib[name] == ia[name]
            xb = np.asarray(ib["coords"], np.float64)
            extent = np.ptp(xb, axis=0).max()
            close(xb, ia["coords"], TOL_PCA, extent, what=f"pca {layer} {step}")
            close(ib["explained_variance"], ia["explained_variance"], TOL_VARIANCE, what=f"variance {layer}")
            shared = []
            for instance in range(0, len(xb), 7):
                nb, na = both(clients, "neighbors", layer=layer, step=step, instance=instance)
                shared.append(len(set(nb["neighbors"]) & set(na["neighbors"])) / len(nb["neighbors"]))
            MEASURED["neighbours_shared_min"] = min(MEASURED.get("neighbours_shared_min", 1.0), np.mean(shared))
            assert np.mean(shared) >= MIN_NEIGHBOURS, f"neighbours {layer} {step}: {np.mean(shared):.2f}"
    print("largest errors measured:", {k: round(v, 5) for k, v in sorted(MEASURED.items())})


def test_schema_2_runs_are_still_served(tmp_path):
    """A run written by schema 2: float16 embeddings under the light plugin name, without reference_embedding, and
    float16 activations; /instances, /neighbors and /features read them as written."""
    from fixtures import plugin_client
    from tensorboard.compat.proto import event_pb2, summary_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    from tb_transfer import contract, summary

    rng = np.random.default_rng(0)
    n, layer = 12, "features.0"
    meta = np.stack([np.repeat([0, 1], n // 2), np.arange(n) % 2, np.arange(n)], 1).astype(np.int32)
    feats = {s: rng.normal(0, 1, (n, 8)).astype(np.float16) for s in range(3)}
    pooled = {s: np.abs(rng.normal(0, 1, (n, 4))).astype(np.float16) for s in range(3)}

    def value(kind, val, layer=None, axes=None, plugin=contract.PLUGIN_NAME):
        v = summary.summary_value(kind, val, layer, axes)
        if contract.KINDS[kind].encoding == "npz":  # schema 2 wrote arrays as they are
            del v.tensor.string_val[:]
            v.tensor.string_val.append(contract.encode_npz(val))
        msg = contract.parse_content(v.metadata.plugin_data.content)
        msg.version = 2
        v.metadata.plugin_data.content = msg.SerializeToString()
        v.metadata.plugin_data.plugin_name = plugin
        return v

    writer = EventFileWriter(str(tmp_path / "old"))
    for s in range(3):
        acts = {"channels": np.arange(4, dtype=np.int32), "pooled": pooled[s],
                "importance": rng.random((2, 4)).astype(np.float16), "mean": rng.random((2, 4)).astype(np.float32),
                "var": rng.random((2, 4)).astype(np.float32), "dead": np.zeros((2, 4), np.float32),
                "hist_edges": np.linspace(0, 3, 17).astype(np.float32)}
        values = [value("performance", np.zeros((3, 2), np.float32), axes={"split": contract.SPLITS,
                                                                           "metric": contract.METRICS}),
                  value("embedding", {"features": feats[s]}, layer),
                  value("activations", acts, layer, plugin=contract.HEAVY_PLUGIN_NAME)]
        if s == 0:
            values += [value("run_info", {"version": 2, "class_names": ["a", "b"], "layers": [
                           {"name": layer, "type": "Conv2d", "out_channels": 4, "embedding_dim": 8}]}),
                       value("instance_meta", meta, axes={"instance": [], "field": contract.INSTANCE_META_FIELDS}),
                       value("reference", acts, layer)]
        writer.add_event(event_pb2.Event(step=s, summary=summary_pb2.Summary(value=values)))
    writer.close()
    client, plugin, _ = plugin_client(tmp_path)
    try:
        inst = get(client, "instances", "old", layer=layer, step=2)
        assert inst["steps"] == [0, 1, 2]
        frame = measures_frame(feats[0])
        np.testing.assert_allclose(inst["coords"], frame(feats[2]), atol=1e-4)
        near = get(client, "neighbors", "old", layer=layer, step=1, instance=0)
        x = feats[1].astype(np.float32)
        d = np.linalg.norm(x[n // 2:] - x[0], axis=1)
        assert near["neighbors"][0] == n // 2 + int(np.argmin(d))
        got = get(client, "channel", "old", layer=layer, step=2, channel=3)
        np.testing.assert_allclose(got["activations"]["current"], pooled[2][:, 3].astype(np.float32), rtol=1e-3)
        np.testing.assert_allclose(got["activations"]["pretrained"], pooled[0][:, 3].astype(np.float32), rtol=1e-3)
    finally:
        plugin._projections.close()


def measures_frame(x0):
    from tb_transfer import measures

    frame = measures.pca_frame(np.asarray(x0, np.float32))
    return lambda x: measures.project(frame, np.asarray(x, np.float32))
