"""The structure level's weight summaries (I→N, N→I, N→N) against their definitions over the WHOLE layer: the
record arrays that summarise the connections a record of 64 channels leaves out (``conn_rest_*``), and the read-time
summaries built from them (``analysis.weight_summaries``), on small NumPy inputs (no torch)."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from tb_transfer import analysis, measures, records

CLASSES = ["a", "b", "c"]


def brute_hist(values, edges) -> np.ndarray:
    """Counts of the finite values, at float16 precision, in equal-width bins (the last one closed, values above it
    included): the definition, written independently of measures.weight_bins."""
    v = np.asarray(values, np.float32).ravel()
    v = v[np.isfinite(v)].astype(np.float16).astype(np.float64)
    b = len(edges) - 1
    out = np.zeros(b, np.int64)
    for x in v:
        i = int((x - edges[0]) // ((edges[-1] - edges[0]) / b))
        out[min(max(i, 0), b - 1)] += 1
    return out


def test_connection_norms_are_connection_weights_of_every_channel():
    w = np.random.default_rng(0).normal(size=(5, 4, 3, 3)).astype(np.float32)
    np.testing.assert_allclose(measures.connection_norms(w),
                               measures.connection_weights(w, np.arange(5), np.arange(4)), rtol=1e-6)
    np.testing.assert_allclose(measures.connection_norms(w[:, :, 0, 0]), np.abs(w[:, :, 0, 0]))
    with pytest.raises(ValueError, match="weight"):
        measures.connection_norms(np.full((2, 2), np.nan))


def test_connection_histograms_count_what_the_chosen_channels_leave_out():
    rng = np.random.default_rng(1)
    norms = rng.random((12, 9)).astype(np.float32) * 3
    norms[2, 5] = np.nan  # input 5 does not reach output 2
    norms[:, 8] = np.nan  # input 8 reaches nothing
    to, frm = np.array([0, 2, 7]), np.array([1, 5])
    got = measures.connection_histograms(norms, to, frm, bins=8)
    edges = got["edges"].astype(np.float64)
    assert edges[0] == 0 and edges[-1] == pytest.approx(np.nanmax(norms)) and len(edges) == 9
    other_out = [o for o in range(12) if o not in to]
    other_in = [i for i in range(9) if i not in frm]
    for r, o in enumerate(to):
        np.testing.assert_array_equal(got["rest_out"][r], brute_hist(norms[o, other_in], edges))
    for r, i in enumerate(frm):
        np.testing.assert_array_equal(got["rest_in"][r], brute_hist(norms[other_out, i], edges))
    np.testing.assert_array_equal(got["rest"], brute_hist(norms[np.ix_(other_out, other_in)], edges))
    # every connected pair is counted exactly once across conn_norms' block and the three histograms
    recorded = np.isfinite(norms[np.ix_(to, frm)]).sum()
    assert recorded + got["rest_out"].sum() + got["rest_in"].sum() + got["rest"].sum() == np.isfinite(norms).sum()
    # a channel chosen twice is left out once (its row of rest_out twice, the same)
    again = measures.connection_histograms(norms, np.array([0, 2, 7, 2]), np.array([1, 5, 1]), bins=8)
    np.testing.assert_array_equal(again["rest"], got["rest"])
    np.testing.assert_array_equal(again["rest_out"], got["rest_out"][[0, 1, 2, 1]])
    np.testing.assert_array_equal(again["rest_in"], got["rest_in"][[0, 1, 0]])
    # exact zeros: every weight zero gives edges [0, 1] and every count in the first bin
    zero = measures.connection_histograms(np.zeros((4, 3), np.float32), [0], [0], bins=4)
    np.testing.assert_array_equal(zero["edges"], np.linspace(0, 1, 5))
    assert zero["rest"][0] == 6 and zero["rest"][1:].sum() == 0
    # everything chosen: nothing left out
    full = measures.connection_histograms(norms, np.arange(12), np.arange(9), bins=4)
    assert full["rest_out"].sum() == full["rest_in"].sum() == full["rest"].sum() == 0
    with pytest.raises(ValueError, match="to"):
        measures.connection_histograms(norms, [12], [0])


def test_weight_bins_close_the_last_bin():
    edges = np.linspace(0, 2, 5)
    np.testing.assert_array_equal(measures.weight_bins([0, 0.49, 0.5, 1.99, 2.0, 2.001, -0.1], edges),
                                  [0, 0, 1, 3, 3, 3, 0])
    with pytest.raises(ValueError, match="edges"):
        measures.weight_bins([1.0], [1.0, 1.0])


# ------------------------------------------------------------------ a wide layer through the record assembly
WIDE = {"c1": 80, "c2": 100}   # both wider than the 64 recorded channels


def wide_setup(seed: int, groups: int = 1):
    n_per = 8
    labels = np.tile(np.arange(len(CLASSES)), 2 * n_per).astype(np.int64)
    domain = np.repeat([0, 1], len(labels) // 2).astype(np.int32)
    p = records.Probe(domain=domain, labels=labels, num_classes=len(CLASSES))
    lay = records.Layout(probe=p, class_names=CLASSES, layers=list(WIDE), structured=frozenset(WIDE),
                         conv_source={"c2": "c1"})

    def model(s: int, w2: np.ndarray | None = None) -> records.Model:
        rng = np.random.default_rng(s)
        n = len(labels)
        pooled = {k: np.maximum(rng.normal(size=(n, c)) + labels[:, None] * 0.4, 0).astype(np.float32)
                  for k, c in WIDE.items()}
        result = SimpleNamespace(pooled=pooled, penultimate=None, logits=pooled["c2"][:, :3], head_logits=None,
                                 importance={k: np.abs(rng.normal(size=(n, c))).astype(np.float32)
                                             for k, c in WIDE.items()})
        weights = {"c1": [rng.normal(size=(80, 3, 3, 3)).astype(np.float32)],
                   "c2": [w2 if w2 is not None else rng.normal(size=(100, 80 // groups, 3, 3)).astype(np.float32)]}
        return records.Model(result, weights, {})

    return lay, model


def records_of(lay, ref, cur=None):
    got = records.step_records(lay, ref, records.Isolation(), cur)
    return {r.layer: r.value for r in got if r.kind == "activations"}


def test_wide_layer_records_its_rest_and_the_summaries_cover_the_whole_layer():
    lay, model = wide_setup(0)
    pre_model = model(1)
    ref = records.reference(lay, pre_model, records.Isolation())
    w2 = pre_model.weights["c2"][0] + np.random.default_rng(9).normal(scale=0.5, size=(100, 80, 3, 3)).astype(
        np.float32)
    cur_model = model(2, w2)
    pre, cur = records_of(lay, ref), records_of(lay, ref, cur_model)
    a = cur["c2"]
    s = records.RECORDED_CHANNELS
    assert a["conn_norms"].shape == (s, s)
    assert a["conn_rest_out"].shape == (s, records.CONN_BINS) and a["conn_rest_out"].dtype == np.uint16
    assert a["conn_rest_in"].shape == (s, records.CONN_BINS) and a["conn_rest"].shape == (records.CONN_BINS,)
    assert a["conn_edges"].dtype == np.float32 and a["conn_edges"].shape == (records.CONN_BINS + 1,)
    assert "conn_rest" not in cur["c1"]  # no conn_source: no connections recorded
    full = measures.connection_norms(w2)                      # [100, 80] every connection of the current model
    # every connection is in exactly one place: recorded (conn_norms) or one of the three histograms
    assert (s * s + a["conn_rest_out"].sum() + a["conn_rest_in"].sum() + a["conn_rest"].sum()) == full.size
    c = 1
    rows = np.flatnonzero(lay.probe.labels == c)
    st = analysis.structure(pre["c2"], a, c, rows, pre["c1"], cur["c1"])
    rec_out, rec_in = a["channels"], cur["c1"]["channels"]
    imp_out, imp_in = st["important"], st["important_source"]    # channel ids [2 models][k]
    for m, (w, arrays) in enumerate(((pre_model.weights["c2"][0], pre["c2"]), (w2, a))):
        full = measures.connection_norms(w)
        edges = np.asarray(arrays["conn_edges"], np.float64)
        np.testing.assert_array_equal(st["conn_edges"][m], edges)
        n_out = np.setdiff1d(np.arange(100), imp_out[m])
        n_in = np.setdiff1d(np.arange(80), imp_in[m])
        for r, j in enumerate(imp_in[m]):
            np.testing.assert_array_equal(st["conn_i_to_n"][m, r], brute_hist(full[n_out, j], edges))
        for r, o in enumerate(imp_out[m]):
            np.testing.assert_array_equal(st["conn_n_to_i"][m, r], brute_hist(full[o, n_in], edges))
        np.testing.assert_array_equal(st["conn_n_to_n"][m], brute_hist(full[np.ix_(n_out, n_in)], edges))
        # I→I is conn_weight, the recorded block at the important channels
        np.testing.assert_allclose(st["conn_weight"][m], full[np.ix_(imp_out[m], imp_in[m])], rtol=1e-3)
    assert set(imp_out.ravel()) <= set(rec_out.tolist()) and set(imp_in.ravel()) <= set(rec_in.tolist())
    # correspondence: the current model's I→N (N→I) connections whose channel pair is I→N (N→I) in the pretrained
    pre_out, cur_out, pre_in, cur_in = set(imp_out[0]), set(imp_out[1]), set(imp_in[0]), set(imp_in[1])
    for r, j in enumerate(imp_in[1]):
        want = sum(1 for o in range(100) if o not in cur_out and o not in pre_out and j in pre_in)
        assert st["conn_i_to_n_in_pretrained"][r] == want
    for r, o in enumerate(imp_out[1]):
        want = sum(1 for j in range(80) if j not in cur_in and j not in pre_in and o in pre_out)
        assert st["conn_n_to_i_in_pretrained"][r] == want


def test_channels_that_do_not_reach_are_not_counted():
    """A grouped conv (2 groups) through a traced mapping: input channel j reaches only its group's outputs."""
    lay, model = wide_setup(0, groups=2)
    lay.conn_map = {"c2": (np.arange(80), 2, 80)}
    pre_model = model(1)
    ref = records.reference(lay, pre_model, records.Isolation())
    a = records_of(lay, ref)["c2"]
    norms = np.asarray(a["conn_norms"], np.float32)
    rec_out, rec_in = a["channels"], records_of(lay, ref)["c1"]["channels"]
    reach = (rec_out[:, None] // 50) == (rec_in[None, :] // 40)
    assert np.isfinite(norms[reach]).all() and np.isnan(norms[~reach]).all()
    # half of all 100 × 80 pairs are connected, each counted once
    total = np.isfinite(norms).sum() + a["conn_rest_out"].sum() + a["conn_rest_in"].sum() + a["conn_rest"].sum()
    assert total == 100 * 80 // 2
    pre = records_of(lay, ref)
    st = analysis.structure(pre["c2"], a, 0, np.flatnonzero(lay.probe.labels == 0), pre["c1"], pre["c1"])
    for r, j in enumerate(st["important_source"][1]):  # an input reaches 50 outputs, fewer the important ones
        reached_important = sum(1 for o in st["important"][1] if o // 50 == j // 40)
        assert st["conn_i_to_n"][1, r].sum() == 50 - reached_important


def test_narrow_layers_summarise_from_conn_norms_alone_and_a_layer_without_source_has_none():
    """Every channel recorded: no conn_rest arrays (zero bytes), the summaries come from conn_norms exactly; one
    class (the only class) works; a layer without a conn_source answers no weight summaries."""
    labels = np.zeros(12, np.int64)
    domain = np.repeat([0, 1], 6).astype(np.int32)
    p = records.Probe(domain=domain, labels=labels, num_classes=1)
    sizes = {"c1": 6, "c2": 10}
    lay = records.Layout(probe=p, class_names=["only"], layers=list(sizes), structured=frozenset(sizes),
                         conv_source={"c2": "c1"})
    rng = np.random.default_rng(4)
    pooled = {k: rng.random((12, c)).astype(np.float32) for k, c in sizes.items()}
    result = SimpleNamespace(pooled=pooled, penultimate=None, logits=rng.random((12, 1)).astype(np.float32),
                             head_logits=None, importance={k: rng.random((12, c)).astype(np.float32)
                                                           for k, c in sizes.items()})
    w = {"c1": [rng.normal(size=(6, 3, 3, 3)).astype(np.float32)], "c2": [rng.normal(size=(10, 6, 1, 1))
                                                                         .astype(np.float32)]}
    ref = records.reference(lay, records.Model(result, w, {}), records.Isolation())
    acts = records_of(lay, ref)
    assert not any(k.startswith("conn_rest") or k == "conn_edges" for k in acts["c2"])
    assert "conn_norms" not in acts["c1"]
    st = analysis.structure(acts["c2"], acts["c2"], 0, np.arange(12), acts["c1"], acts["c1"])
    full = measures.connection_norms(w["c2"][0])
    edges = st["conn_edges"][1]
    assert edges[0] == 0 and edges[-1] == pytest.approx(full.max(), rel=1e-3) and len(edges) == records.CONN_BINS + 1
    n_out = np.setdiff1d(np.arange(10), st["important"][1])
    for r, j in enumerate(st["important_source"][1]):
        np.testing.assert_array_equal(st["conn_i_to_n"][1, r], brute_hist(full[n_out, j], edges))
    # the pretrained model against itself: every I→N connection corresponds
    np.testing.assert_array_equal(st["conn_i_to_n_in_pretrained"], st["conn_i_to_n"][1].sum(1))
    st1 = analysis.structure(acts["c1"], acts["c1"], 0, np.arange(12))
    assert "conn_i_to_n" not in st1 and "conn_weight" not in st1


def test_unknown_importance_gives_nan_summaries_not_wrong_ones():
    lay, model = wide_setup(0)
    ref = records.reference(lay, model(1), records.Isolation())
    acts = records_of(lay, ref)
    a = dict(acts["c2"])
    a["importance"] = np.full_like(a["importance"], np.nan)  # the gradient did not reach: no important channels
    st = analysis.structure(a, a, 0, np.arange(10), acts["c1"], acts["c1"])
    assert np.isnan(st["conn_n_to_i"]).all() and np.isnan(st["conn_i_to_n_in_pretrained"]).all()
    bad = dict(acts["c2"])
    bad["conn_rest_out"] = bad["conn_rest_out"][:3]
    with pytest.raises(analysis.RecordShapeError, match="conn_rest"):
        analysis.structure(bad, bad, 0, np.arange(10), acts["c1"], acts["c1"])


def test_match_distances_are_the_distances_of_the_matches():
    rng = np.random.default_rng(5)
    pre, cur = rng.normal(size=(20, 7)), rng.normal(size=(20, 9))
    got = measures.channel_matching(pre, cur, np.array([0, 3]), np.array([1, 2, 8]), top=5)
    r = np.corrcoef(pre.T, cur.T)[:7, 7:]
    full = (1 - r) / 2
    for i, ch in enumerate([0, 3]):
        np.testing.assert_allclose(got["match_distance_pretrained"][i], full[ch, got["matches_pretrained"][i]],
                                   atol=1e-6)
        assert np.all(np.diff(got["match_distance_pretrained"][i]) >= 0)
        np.testing.assert_allclose(got["match_distance_pretrained"][i], np.sort(full[ch])[:5], atol=1e-6)
    for j, ch in enumerate([1, 2, 8]):
        np.testing.assert_allclose(got["match_distance_current"][j], np.sort(full[:, ch])[:5], atol=1e-6)
