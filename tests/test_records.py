"""The per-step record assembly (tb_transfer.records) on small NumPy inputs: no torch, no model, no writer.

This module does not import torch; ``test_records_run_without_torch`` proves that the assembly does not either.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from tb_transfer import analysis, contract, measures, records

REPO = Path(__file__).resolve().parents[1]
CLASSES = ["a", "b", "c"]
LAYERS = {"c1": 6, "c2": 8, "fc": 3}   # c1 → c2 → fc; c1, c2 Conv2d


def probe(n_per_class: int = 6, match: bool = True) -> records.Probe:
    labels = np.tile(np.arange(len(CLASSES)), 2 * n_per_class)
    domain = np.repeat([0, 1], len(labels) // 2).astype(np.int32)
    return records.Probe(domain=domain, labels=labels.astype(np.int64), num_classes=len(CLASSES), match=match)


def layout(p: records.Probe, **kw) -> records.Layout:
    return records.Layout(probe=p, class_names=CLASSES, layers=list(LAYERS), structured=frozenset({"c1", "c2"}),
                          conv_source={"c2": "c1"}, bn_names=["bn1"], **kw)


def model(p: records.Probe, seed: int, head: bool = False, zero_layer: str | None = None) -> records.Model:
    rng = np.random.default_rng(seed)
    n = len(p.labels)
    # class- and domain-dependent activations, ReLU-like (exact zeros included)
    pooled = {name: np.maximum(rng.normal(size=(n, k)) + p.labels[:, None] * 0.5 + p.domain[:, None] * 0.3, 0)
              .astype(np.float32) for name, k in LAYERS.items()}
    if zero_layer:
        pooled[zero_layer][:] = 0.0
    result = SimpleNamespace(
        pooled=pooled, penultimate=pooled["c2"], logits=pooled["fc"] * 2.0,
        head_logits=rng.normal(size=(n, 4)).astype(np.float32) if head else None,
        importance={name: np.abs(rng.normal(size=(n, k))).astype(np.float32) for name, k in LAYERS.items()})
    weights = {"c1": [rng.normal(size=(6, 3, 3, 3)).astype(np.float32), rng.normal(size=6).astype(np.float32)],
               "c2": [rng.normal(size=(8, 6, 3, 3)).astype(np.float32)],
               "fc": [rng.normal(size=(3, 8)).astype(np.float32)]}
    bn = {"bn1": [rng.normal(size=6).astype(np.float32), np.abs(rng.normal(size=6)).astype(np.float32) + 0.1,
                  None, None]}
    return records.Model(result, weights, bn)


def by_kind(recs: list[records.Record]) -> dict:
    return {(r.kind, r.layer): r for r in recs}


def test_step_zero_relates_the_pretrained_model_to_itself():
    p = probe()
    lay, guard = layout(p), records.Isolation()
    ref = records.reference(lay, model(p, 0), guard)
    got = by_kind(records.step_records(lay, ref, guard))
    assert guard.failures == []
    stats = got[("layer_stats", None)].value
    row = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}
    assert stats.shape == (len(contract.LAYER_MEASURES), 3)
    np.testing.assert_array_equal(stats[row["weight_drift"]], 0.0)
    np.testing.assert_allclose(stats[row["weight_cosine"]], 1.0, rtol=1e-6)
    np.testing.assert_allclose(stats[row["cka_target"]], 1.0, rtol=1e-5)
    assert float(got[("transferability", None)].value) == 0.0  # direct reuse against itself, exactly
    np.testing.assert_array_equal(got[("filter_drift", "c1")].value[0], 0.0)
    assert got[("filter_drift", "c1")].axes["field"] == contract.DRIFT_FIELDS
    assert np.isnan(float(got[("leep", None)].value))  # no source head
    np.testing.assert_array_equal(got[("bn_drift", "bn1")].value[:2], 0.0)
    # every per-layer kind for every layer (step 0 also keeps its activations and embeddings apart), the
    # penultimate embedding too
    assert {k for k in got if k[1] is not None} == {
        *((kind, name) for kind in ("filter_drift", "embedding", "reference_embedding", "activations", "reference")
          for name in LAYERS),
        ("embedding", contract.PENULTIMATE), ("reference_embedding", contract.PENULTIMATE), ("bn_drift", "bn1")}


def test_current_step_records_match_the_measures():
    p = probe()
    lay, guard = layout(p), records.Isolation()
    pre, cur = model(p, 0), model(p, 1)
    ref = records.reference(lay, pre, guard)
    got = by_kind(records.step_records(lay, ref, guard, cur, (0.5, 0.75)))
    assert guard.failures == []
    row = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}
    stats = got[("layer_stats", None)].value
    for j, name in enumerate(LAYERS):
        assert stats[row["weight_drift"], j] == np.float32(measures.relative_change(cur.weights[name],
                                                                                   pre.weights[name]))
    perf = got[("performance", None)].value
    np.testing.assert_array_equal(perf[2], [0.5, 0.75])
    acc_t = measures.accuracy(np.argmax(cur.result.logits[p.tgt], 1), p.labels[p.tgt])
    assert perf[1, 1] == np.float32(acc_t)
    act = got[("activations", "c2")].value
    np.testing.assert_array_equal(act["channels"], np.arange(8))  # narrower than the budget: every channel
    assert act["pooled"].dtype == np.float16 and act["pooled"].shape == (len(p.labels), 8)
    np.testing.assert_array_equal(act["pooled"], cur.result.pooled["c2"].astype(np.float16))
    np.testing.assert_allclose(act["importance"], measures.class_importance(
        cur.result.importance["c2"], p.labels, 3), rtol=1e-3)  # float16 of the definition
    assert act["width"] == 8 and act["width"].dtype == np.int32
    assert not {"mean", "var", "dead", "hist_edges"} & set(act)  # no view reads per-domain statistics: not written
    np.testing.assert_allclose(act["conn_norms"], measures.connection_weights(cur.weights["c2"][0], np.arange(8),
                                                                              np.arange(6)), rtol=1e-3)
    assert str(act["conn_source"]) == "c1" and str(got[("activations", "c1")].value["conn_source"]) == ""
    assert "conn_source" not in got[("activations", "fc")].value  # only Conv2d layers have structure
    # read-time analysis of the records equals the definitions on the recorded activations
    pre_act = by_kind(records.step_records(lay, ref, records.Isolation()))[("activations", "c2")].value
    rows = np.flatnonzero(p.labels == 1)
    feats = analysis.group_features(pre_act, act, rows, p.domain, 1)
    x = act["pooled"].astype(np.float64)[rows]
    np.testing.assert_array_equal(feats["current"]["domain_coef"],
                                  measures.domain_coefficients(x, p.domain[rows] == 1))
    np.testing.assert_array_equal(feats["current"]["domain_auc"], measures.rank_auc(x, p.domain[rows] == 1))
    st = analysis.structure(pre_act, act, 1, rows, by_kind(records.step_records(lay, ref, records.Isolation()))[
        ("activations", "c1")].value, got[("activations", "c1")].value)
    k = min(analysis.MAX_IMPORTANT, 8 // 2)
    assert st["important"].shape == (2, k) and (st["important"] >= 0).all()
    np.testing.assert_array_equal(st["important"][1], measures.important_channels(
        act["importance"][1:2].astype(np.float64), most=analysis.MAX_IMPORTANT)[0])
    assert st["conn_weight"].shape == (2, k, min(analysis.MAX_IMPORTANT, 6 // 2))
    assert st["rest_hist"].shape == (3, analysis.MATCH_BINS)


def test_a_failing_measure_is_recorded_as_nan_and_warned_once():
    p = probe()
    lay, guard = layout(p), records.Isolation()
    ref = records.reference(lay, model(p, 0), guard)
    broken = model(p, 1)
    broken.result.pooled["fc"][p.tgt[0], 0] = np.nan  # every measure on fc's target activations refuses NaN
    with pytest.warns(RuntimeWarning, match="failed for layer 'fc'"):
        got = by_kind(records.step_records(lay, ref, guard, broken, (np.nan, np.nan)))
    failed = {(f["measure"], f["layer"]) for f in guard.failures}
    assert {("cka_target", "fc"), ("mmd", "fc"), ("logme", "fc")} <= failed
    stats = got[("layer_stats", None)].value
    assert np.isnan(stats[contract.LAYER_MEASURES.index("mmd"), 2])
    assert np.isfinite(stats[contract.LAYER_MEASURES.index("mmd"), 0])  # other layers unaffected
    assert np.isnan(got[("activations", "fc")].value["pooled"][p.tgt[0], 0])  # written as it was measured
    guard.failures = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the same failures again: recorded, not warned
        records.step_records(lay, ref, guard, broken, (np.nan, np.nan))
    assert {(f["measure"], f["layer"]) for f in guard.failures} == failed


def test_dead_layer_and_missing_gradients():
    p = probe()
    lay, guard = layout(p), records.Isolation()
    ref = records.reference(lay, model(p, 0), guard)
    dead = model(p, 1, zero_layer="c2")
    dead.result.importance["c1"][:] = np.nan  # no gradient reached c1
    with pytest.warns(RuntimeWarning, match="class_importance failed for layer 'c1'"):
        got = by_kind(records.step_records(lay, ref, guard, dead, (np.nan, np.nan)))
    ch = got[("activations", "c2")].value
    np.testing.assert_array_equal(ch["pooled"], 0.0)  # exact zeros, recorded as such
    assert ("class_importance", "c1") in {(f["measure"], f["layer"]) for f in guard.failures}
    assert np.isnan(got[("activations", "c1")].value["importance"]).all()
    pre = by_kind(records.step_records(lay, ref, records.Isolation()))
    rows = np.flatnonzero(p.labels == 1)
    st = analysis.structure(pre[("activations", "c1")].value, got[("activations", "c1")].value, 1, rows)
    assert (st["important"][1] == -1).all() and np.isnan(st["distance"]).all()
    st2 = analysis.structure(pre[("activations", "c2")].value, got[("activations", "c2")].value, 1, rows,
                             pre[("activations", "c1")].value, got[("activations", "c1")].value)
    assert np.isnan(st2["conn_weight"][1]).all()  # its source's channels are unknown


def test_cross_label_space_baseline_and_leep_use_the_source_head():
    p = probe(match=False)
    lay, guard = layout(p, has_head=True), records.Isolation()
    pre = model(p, 0, head=True)
    ref = records.reference(lay, pre, guard)
    probs = measures.softmax(pre.result.head_logits[p.tgt])
    assert ref.baseline_acc == measures.eep_accuracy(probs, p.labels[p.tgt], probs, p.labels[p.tgt], 3)
    got = by_kind(records.step_records(lay, ref, guard))
    assert float(got[("leep", None)].value) == np.float32(measures.leep(probs, p.labels[p.tgt], 3))
    assert np.isnan(got[("class_accuracy", None)].value[0]).all()  # source classes are not the target's
    assert guard.failures == []


def test_records_run_without_torch():
    script = textwrap.dedent("""
        import sys
        sys.path.insert(0, %r)
        import test_records as t
        from tb_transfer import records
        p = t.probe()
        lay, guard = t.layout(p), records.Isolation()
        ref = records.reference(lay, t.model(p, 0), guard)
        recs = records.step_records(lay, ref, guard, t.model(p, 1), (0.1, 0.2))
        assert len(recs) > 10 and not guard.failures, guard.failures
        assert "torch" not in sys.modules, "the record assembly imported torch"
        print("ok", len(recs))
    """ % str(REPO / "tests"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_a_wide_layer_records_its_most_important_and_most_domain_specific_channels():
    p = probe(n_per_class=10)
    rng = np.random.default_rng(3)
    k = 3 * records.RECORDED_CHANNELS
    pooled = rng.normal(size=(len(p.labels), k))
    pooled[:, 7] += 5.0 * p.domain  # the most domain-discriminative channel
    gxa = np.abs(rng.normal(size=(len(p.labels), k)))
    gxa[:, 150] += 10.0  # the most important channel
    rec = records.recorded_channels(pooled, gxa, p, records.RECORDED_CHANNELS)
    assert rec.dtype == np.int32 and len(rec) == records.RECORDED_CHANNELS and np.all(np.diff(rec) > 0)
    assert {7, 150} <= set(rec.tolist())
    auc = np.abs(measures.rank_auc(pooled, p.domain == 1) - 0.5)
    top = set(np.argsort(-auc, kind="stable")[:records.RECORDED_CHANNELS // 2].tolist())
    assert top <= set(rec.tolist())  # half the budget: the most domain-discriminative channels
    narrow = records.recorded_channels(pooled[:, :10], gxa[:, :10], p, records.RECORDED_CHANNELS)
    np.testing.assert_array_equal(narrow, np.arange(10))  # narrower than the budget: every channel


def test_embeddings_are_the_sketch_in_the_pretrained_models_principal_axes():
    """Schema 3 stores, per layer, the pooled features' sketch (schema 2's embedding: a seeded random projection to
    64 dimensions when wider) in the first EMBEDDING_DIM principal axes of step 0's sketch. The instance level's
    PCA frame (fitted on step 0's embedding) then projects every step exactly as schema 2's did."""
    p = probe(n_per_class=12)
    rng = np.random.default_rng(3)
    lay, guard = layout(p), records.Isolation()
    pre, cur = model(p, 0), model(p, 1)
    for m in (pre, cur):  # a penultimate layer wider than the sketch: randomly projected first
        m.result.penultimate = np.maximum(rng.normal(size=(len(p.labels), 100)) + p.labels[:, None], 0
                                          ).astype(np.float32)
    ref = records.reference(lay, pre, guard)
    step0 = by_kind(records.step_records(lay, ref, guard))
    step1 = by_kind(records.step_records(lay, ref, guard, cur, (0.5, 0.75)))
    assert guard.failures == []
    features = {name: (pre.result.pooled[name], cur.result.pooled[name]) for name in LAYERS}
    features[contract.PENULTIMATE] = pre.result.penultimate, cur.result.penultimate
    for name, (x0, x1) in features.items():
        k = x0.shape[1]
        sketch0 = records.sketch(lay, name, x0).astype(np.float64)
        sketch1 = records.sketch(lay, name, x1).astype(np.float64)
        assert sketch0.shape[1] == min(k, records.SKETCH_DIM)
        e0, e1 = step0[("embedding", name)].value["features"], step1[("embedding", name)].value["features"]
        dims = min(k, records.EMBEDDING_DIM)
        assert e0.shape == e1.shape == (len(p.labels), dims)
        ref_emb = step0[("reference_embedding", name)].value
        np.testing.assert_array_equal(ref_emb["features"], e0)
        assert ("reference_embedding", name) not in step1
        schema2 = measures.pca_frame(sketch0)  # the frame schema 2 fitted on step 0's 64-d embedding
        frame = measures.pca_frame(e0)
        for sk, e in ((sketch0, e0), (sketch1, e1)):
            np.testing.assert_allclose(measures.project(frame, e), measures.project(schema2, sk), atol=1e-3)
        full = measures.pca_frame(sketch0, sketch0.shape[1]).explained_variance_ratio
        np.testing.assert_allclose(ref_emb["variance_kept"], full[:dims].sum(), rtol=1e-5)
        np.testing.assert_allclose(frame.explained_variance_ratio * ref_emb["variance_kept"],
                                   schema2.explained_variance_ratio, rtol=1e-4)


def test_layer_cka_diagonal_is_cka_target_and_step_zero_is_symmetric():
    p = probe()
    lay, guard = layout(p), records.Isolation()
    pre, cur = model(p, 0), model(p, 1)
    ref = records.reference(lay, pre, guard)
    row = contract.LAYER_MEASURES.index("cka_target")
    for step_model in (None, cur):
        got = by_kind(records.step_records(lay, ref, guard, step_model, (0.5, 0.75)))
        cka = got[("layer_cka", None)]
        assert cka.value.dtype == np.float32 and cka.value.shape == (len(LAYERS), len(LAYERS))
        assert cka.axes == {"current": list(LAYERS), "pretrained": list(LAYERS)}
        np.testing.assert_allclose(np.diag(cka.value), got[("layer_stats", None)].value[row], atol=1e-6)
        now = (cur if step_model is not None else pre).result.pooled
        for i, a in enumerate(LAYERS):  # every entry is the definition: current layer i vs pretrained layer j
            for j, b in enumerate(LAYERS):
                assert cka.value[i, j] == pytest.approx(
                    measures.unbiased_linear_cka(now[a][p.tgt], pre.result.pooled[b][p.tgt]), abs=1e-6)
        if step_model is None:
            np.testing.assert_allclose(cka.value, cka.value.T, atol=1e-6)
    assert guard.failures == []


def test_layer_cka_of_a_dead_layer_is_a_nan_row_recorded_at_its_step():
    p = probe()
    lay, guard = layout(p), records.Isolation()
    ref = records.reference(lay, model(p, 0), guard)
    with pytest.warns(RuntimeWarning, match="cka_gram failed for layer 'c2'"):
        got = by_kind(records.step_records(lay, ref, guard, model(p, 1, zero_layer="c2"), (np.nan, np.nan)))
    cka = got[("layer_cka", None)].value
    assert np.isnan(cka[1]).all() and np.isfinite(np.delete(cka, 1, axis=0)).all()
    for measure in ("layer_cka", "cka_target"):  # one cause, both records say why
        assert any(f["measure"] == measure and f["layer"] == "c2" and "constant" in f["error"]
                   for f in guard.failures)
    assert np.isnan(got[("layer_stats", None)].value[contract.LAYER_MEASURES.index("cka_target"), 1])
    # a layer dead in the pretrained model: its column, at every step
    guard = records.Isolation()
    ref = records.reference(lay, model(p, 0, zero_layer="fc"), guard)
    for _ in range(2):
        guard.failures = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            cka = by_kind(records.step_records(lay, ref, guard, model(p, 1), (np.nan, np.nan)))[
                ("layer_cka", None)].value
        assert np.isnan(cka[:, 2]).all() and np.isfinite(cka[:, :2]).all()
        for measure in ("layer_cka", "cka_target"):
            assert any(f["measure"] == measure and f["layer"] == "fc" and f["error"].startswith(
                "RuntimeError: pretrained model") for f in guard.failures)


def test_layer_cka_is_not_written_for_a_target_probe_too_large_for_its_gram_matrices(monkeypatch):
    p = probe()
    monkeypatch.setattr(records, "LAYER_CKA_MAX_N", len(p.tgt) - 1)
    lay, guard = layout(p), records.Isolation()
    ref = records.reference(lay, model(p, 0), guard)
    assert ref.cka_grams is None
    got = by_kind(records.step_records(lay, ref, guard, model(p, 1), (0.5, 0.75)))
    assert ("layer_cka", None) not in got and guard.failures == []
    cka_target = got[("layer_stats", None)].value[contract.LAYER_MEASURES.index("cka_target")]
    cur = model(p, 1).result.pooled
    for j, name in enumerate(LAYERS):  # computed by the definition, without Gram matrices kept
        assert cka_target[j] == np.float32(measures.unbiased_linear_cka(cur[name][p.tgt],
                                                                        ref.model.result.pooled[name][p.tgt]))
