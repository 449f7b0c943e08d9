"""Findings rules (tb_transfer/findings.py, docs/findings.md) on constructed records: each rule just below and just
above its threshold, and with the records it needs missing."""
from __future__ import annotations

import copy
import math

import numpy as np
import pytest

from tb_transfer import contract
from tb_transfer import findings as F

LAYERS = ["conv1", "conv2", "fc"]
CLASSES = ["a", "b", "c", "d", "e"]
STEPS = list(range(11))  # step 0 = the pretrained model, then 10 fine-tuning steps
N_PER_DOMAIN = 100
V = 200
M = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}


def base_records() -> dict:
    """A healthy run: nothing crosses any threshold."""
    c, n = len(CLASSES), 2 * N_PER_DOMAIN
    domain = np.repeat([0, 1], N_PER_DOMAIN)
    labels = np.arange(n) % c
    meta = np.stack([domain, labels, np.arange(n)], axis=1).astype(np.int32)
    records = {kind: {} for kind in F.KINDS}
    records["instance_meta"] = {0: meta}
    for s in STEPS:
        records["performance"][s] = np.array([[0.3, 0.90], [0.5, 0.85], [0.5, 0.85]], np.float32)
        records["transferability"][s] = np.float32(0.0 if s == 0 else 0.05)
        records["class_accuracy"][s] = np.full((2, c), 0.9, np.float32)
        records["confusion"][s] = np.zeros((2, c, c), np.float32)
        stats = np.zeros((len(contract.LAYER_MEASURES), len(LAYERS)), np.float32)
        stats[M["weight_drift"]] = 0.0 if s == 0 else 0.2
        stats[M["weight_cosine"]] = 1.0
        stats[M["cka_target"]] = 1.0 if s == 0 else 0.8
        stats[M["cka_source"]] = 1.0 if s == 0 else 0.8
        stats[M["domain_auc"]] = 0.6
        stats[M["logme"]] = [0.1, 0.2, 0.3]  # the last layer is the most transferable
        records["layer_stats"][s] = stats
        records["failures"][s] = []
        outcome = np.zeros((len(contract.INSTANCE_FIELDS), n), np.float32)
        outcome[0] = labels  # every prediction right and stable
        outcome[3] = 0.5
        records["instance_outcome"][s] = outcome
        vc = np.zeros((2, V), np.float16)
        vc[0, : int(0.80 * V)] = 1
        vc[1, : int(0.85 * V if s else 0.80 * V)] = 1
        records["val_correct"][s] = vc
    return records


INFO = {"class_names": CLASSES, "layers": [{"name": n} for n in LAYERS], "has_target_val": True,
        "has_source_head": True, "label_spaces_match": True}
AXES = {"layer_stats": {"measure": list(contract.LAYER_MEASURES), "layer": LAYERS},
        "performance": {"split": list(contract.SPLITS), "metric": list(contract.METRICS)},
        "instance_outcome": {"field": list(contract.INSTANCE_FIELDS), "instance": []}}


def make(records=None, step=10, info=None, run="r") -> F.RunRecords:
    return F.RunRecords(run, records if records is not None else base_records(), dict(INFO, **(info or {})),
                        AXES, step)


def only(findings, status=None):
    if status is not None:
        findings = [f for f in findings if f.status == status]
    assert len(findings) == 1, findings
    return findings[0]


def numbers(f) -> dict:
    return {n.label: n.value for n in f.numbers}


def test_healthy_run_finds_nothing():
    found = [f for f in F.evaluate(make()) if f.status != "clear"]
    assert found == []


def test_every_finding_is_well_formed_json():
    for f in F.evaluate(make()):
        j = f.to_json()
        assert j["status"] in F.STATUSES and j["severity"] in F.SEVERITIES
        assert j["sentence"] and j["threshold"]
        assert j["link"]["run"] == "r" and j["link"]["section"] in ("statistical", "overview", "instance")


# ---- bootstrap ----------------------------------------------------------------------------------------------------


def test_bootstrap_matches_index_resampling_by_definition():
    rng = np.random.default_rng(1)
    diff = rng.choice([-1.0, 0.0, 1.0], size=300, p=[0.25, 0.6, 0.15])
    idx = rng.integers(0, diff.size, (20000, diff.size))
    means = diff[idx].mean(axis=1)
    expected = np.quantile(means, [0.025, 0.975])
    got = F.bootstrap_mean_interval(diff)
    assert abs(got[0] - expected[0]) < 0.006 and abs(got[1] - expected[1]) < 0.006
    assert got[0] < diff.mean() < got[1]


def test_bootstrap_edge_cases():
    assert F.bootstrap_mean_interval(np.zeros(50)) == (0.0, 0.0)  # no instance changed: no spread
    assert F.bootstrap_mean_interval(-np.ones(7)) == (-1.0, -1.0)
    assert F.bootstrap_mean_interval(np.array([1.0])) == (1.0, 1.0)  # one instance
    assert F.bootstrap_mean_interval(np.array([1.0, -1, 0])) == F.bootstrap_mean_interval(np.array([1.0, -1, 0]))
    with pytest.raises(ValueError, match="at least one"):
        F.bootstrap_mean_interval(np.array([]))
    with pytest.raises(ValueError, match="-1, 0 or 1"):
        F.bootstrap_mean_interval(np.array([0.5, 1.0]))
    with pytest.raises(ValueError):
        F.bootstrap_mean_interval(np.array([np.nan, 1.0]))


# ---- 1. negative transfer -------------------------------------------------------------------------------------------


def _negative(records, worse: int, v: int = V, step=10):
    """Baseline right on the first 80 % of v instances; current right on `worse` fewer (paired)."""
    vc = np.zeros((2, v), np.float16)
    vc[0, : int(0.8 * v)] = 1
    vc[1, : int(0.8 * v) - worse] = 1
    records["val_correct"][step] = vc
    records["transferability"][step] = np.float32(-worse / v)
    return records


def test_negative_transfer_found_when_the_interval_excludes_zero():
    f = only(F.negative_transfer(make(_negative(base_records(), worse=20))))
    assert (f.status, f.severity) == ("found", "problem")
    nums = numbers(f)
    assert nums["transferability score"] == pytest.approx(-0.1)
    assert nums["95% interval high"] < 0 and nums["95% interval low"] < -0.1
    assert f.link.panel == "stat-transferability" and f.link.step == 10


def test_negative_transfer_not_claimed_when_the_interval_includes_zero():
    # one instance of 200 worse: score < 0 but indistinguishable from no change
    f = only(F.negative_transfer(make(_negative(base_records(), worse=1))))
    assert f.status == "clear" and "includes 0" in f.sentence
    assert numbers(f)["95% interval high"] >= 0


def test_negative_transfer_threshold_is_where_the_interval_leaves_zero():
    # Smallest number of worse instances (all flips one way) whose interval excludes 0, by the rule's own bootstrap:
    # just below it the rule is clear, at it found.
    for k in range(1, 20):
        if F.bootstrap_mean_interval(np.r_[-np.ones(k), np.zeros(V - k)])[1] < 0:
            break
    assert only(F.negative_transfer(make(_negative(base_records(), worse=k)))).status == "found"
    assert only(F.negative_transfer(make(_negative(base_records(), worse=k - 1)))).status == "clear"


def test_negative_transfer_score_at_zero_or_above_is_clear():
    records = base_records()
    records["transferability"][10] = np.float32(0.0)
    assert only(F.negative_transfer(make(records))).status == "clear"


@pytest.mark.parametrize("case", ["no_score", "no_val_correct", "shuffled", "mismatch", "mismatch_with_head"])
def test_negative_transfer_undecided_without_its_records(case):
    records = _negative(base_records(), worse=30)
    info = {}
    if case == "no_score":
        records["transferability"][10] = np.float32(np.nan)
    elif case == "no_val_correct":
        del records["val_correct"][10]
    elif case == "shuffled":
        records["val_correct"][10][0] = np.nan
    else:  # label spaces differ: only without a source head is that the reason the score is missing
        records["transferability"][10] = np.float32(np.nan)
        info = {"label_spaces_match": False, "has_source_head": case == "mismatch_with_head"}
    f = only(F.negative_transfer(make(records, info=info)))
    assert f.status == "undecided"
    expected = {"no_score": "no transferability score", "no_val_correct": "no val_correct",
                "shuffled": "cannot be paired", "mismatch": "label spaces differ",
                "mismatch_with_head": "no transferability score"}[case]
    assert expected in f.sentence
    assert case == "mismatch" or "source head" not in f.sentence


def test_negative_transfer_without_target_val_uses_the_target_probe():
    records = base_records()
    records["transferability"][10] = np.float32(-0.3)
    wrong = np.arange(N_PER_DOMAIN, N_PER_DOMAIN + 30)  # 30 of 100 target probe instances now wrong
    records["instance_outcome"][10] = records["instance_outcome"][10].copy()
    records["instance_outcome"][10][0, wrong] = (records["instance_outcome"][10][0, wrong] + 1) % len(CLASSES)
    del records["val_correct"]
    f = only(F.negative_transfer(make(records, info={"has_target_val": False})))
    assert f.status == "found"
    assert numbers(f)["target probe instances"] == N_PER_DOMAIN
    # the same without the first step's predictions: cannot decide
    del records["instance_outcome"][0]
    assert only(F.negative_transfer(make(records, info={"has_target_val": False}))).status == "undecided"


# ---- 2. forgetting --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("drop, status", [(F.FORGETTING_DROP - 0.005, "clear"), (F.FORGETTING_DROP + 0.005, "found")])
def test_forgetting_threshold(drop, status):
    records = base_records()
    records["performance"][10] = records["performance"][10].copy()
    records["performance"][10][0, 1] = 0.9 - drop
    f = only(F.forgetting(make(records)))
    assert f.status == status
    assert numbers(f)["change"] == pytest.approx(-drop, abs=1e-6)
    if status == "found":
        assert f.severity == "warning" and f.link.panel == "stat-accuracy"


def test_forgetting_undecided_without_source_accuracy():
    records = base_records()
    for s in STEPS:
        records["performance"][s] = records["performance"][s].copy()
        records["performance"][s][0] = np.nan
    f = only(F.forgetting(make(records, info={"has_source_head": False, "label_spaces_match": False})))
    assert f.status == "undecided" and "no source head" in f.sentence
    assert only(F.forgetting(make({k: {} for k in F.KINDS}))).status == "undecided"


# ---- 3. layers that barely moved ------------------------------------------------------------------------------------


def _layer(records, measure, layer, value, steps=(10,)):
    for s in steps:
        records["layer_stats"][s] = records["layer_stats"][s].copy()
        records["layer_stats"][s][M[measure], LAYERS.index(layer)] = value
    return records


@pytest.mark.parametrize("drift, cka, moved", [
    (F.STILL_DRIFT - 1e-4, F.STILL_CKA + 1e-4, False),
    (F.STILL_DRIFT + 1e-4, F.STILL_CKA + 1e-4, True),
    (F.STILL_DRIFT - 1e-4, F.STILL_CKA - 1e-4, True),
])
def test_barely_moved_threshold(drift, cka, moved):
    records = _layer(_layer(base_records(), "weight_drift", "conv1", drift), "cka_target", "conv1", cka)
    fs = F.barely_moved(make(records))
    if moved:
        assert only(fs).status == "clear"
    else:
        f = only(fs, "found")
        assert f.severity == "note" and f.link.layer == "conv1" and f.link.panel == "overview-heatmaps"
        assert numbers(f) == {"conv1 drift": pytest.approx(drift), "conv1 CKA": pytest.approx(cka)}
        assert "conv2" not in f.sentence


def test_frozen_layers_are_said_apart_from_candidates_to_freeze():
    records = _layer(_layer(base_records(), "weight_drift", "conv1", 0.0), "cka_target", "conv1", 1.0)
    records = _layer(_layer(records, "weight_drift", "conv2", F.STILL_DRIFT / 2), "cka_target", "conv2", 0.999)
    found = [f for f in F.barely_moved(make(records)) if f.status == "found"]
    frozen = only(found, "found") if len(found) == 1 else next(f for f in found if "frozen" in f.sentence)
    assert "conv1" in frozen.sentence and "candidate" not in frozen.sentence and frozen.link.layer == "conv1"
    assert numbers(frozen) == {"conv1 drift": 0.0, "conv1 CKA": pytest.approx(1.0)}
    still = next(f for f in found if f is not frozen)
    assert "conv2" in still.sentence and "candidate to freeze" in still.sentence and "conv1" not in still.sentence


def test_barely_moved_undecided_for_missing_values_and_clear_at_step_zero():
    records = _layer(base_records(), "cka_target", "conv2", np.nan)
    fs = F.barely_moved(make(records))
    assert only(fs, "undecided").link.layer == "conv2" and not [f for f in fs if f.status == "found"]
    assert only(F.barely_moved(make(step=0))).status == "clear"
    records = base_records()
    del records["layer_stats"][10]
    assert only(F.barely_moved(make(records))).status == "undecided"


# ---- 4. features overwritten early ----------------------------------------------------------------------------------


@pytest.mark.parametrize("cka, step, found", [
    (F.OVERWRITTEN_CKA - 0.01, 2, True),   # early window of 10 steps: steps 1 and 2
    (F.OVERWRITTEN_CKA + 0.01, 2, False),
    (F.OVERWRITTEN_CKA - 0.01, 3, False),  # below, but after the first 20 %
])
def test_overwritten_early_threshold(cka, step, found):
    records = _layer(base_records(), "cka_target", "conv2", cka, steps=(step,))
    f = only(F.overwritten_early(make(records)))
    assert f.status == ("found" if found else "clear")
    if found:
        assert f.severity == "warning" and (f.link.layer, f.link.step) == ("conv2", step)
        assert numbers(f)[f"conv2 CKA at step {step}"] == pytest.approx(cka)


def test_overwritten_early_window_follows_the_steps_so_far():
    # at step 5 the window is ceil(0.2 * 5) = 1 step (step 1); at step 10 it is steps 1-2
    records = _layer(base_records(), "cka_target", "fc", 0.1, steps=(2,))
    assert only(F.overwritten_early(make(records, step=5))).status == "clear"
    assert only(F.overwritten_early(make(records, step=10))).status == "found"
    assert only(F.overwritten_early(make(records, step=0))).status == "clear"


def test_overwritten_early_undecided_when_cka_is_missing():
    records = _layer(base_records(), "cka_target", "conv1", np.nan, steps=(1, 2))
    assert only(F.overwritten_early(make(records)), "undecided").link.layer == "conv1"


# ---- 5. domain gap left at the top ----------------------------------------------------------------------------------


def _gap(records, auc, gap):
    records = _layer(records, "domain_auc", "fc", auc)
    records["performance"][10] = records["performance"][10].copy()
    records["performance"][10][1, 1] = 0.9 - gap
    return records


@pytest.mark.parametrize("auc, gap, status", [
    (F.DOMAIN_AUC_HIGH + 0.01, F.TOP_ACCURACY_GAP + 0.01, "found"),
    (F.DOMAIN_AUC_HIGH - 0.01, F.TOP_ACCURACY_GAP + 0.01, "clear"),
    (F.DOMAIN_AUC_HIGH + 0.01, F.TOP_ACCURACY_GAP - 0.01, "clear"),
])
def test_domain_gap_threshold(auc, gap, status):
    f = only(F.domain_gap_at_top(make(_gap(base_records(), auc, gap))))
    assert f.status == status
    assert numbers(f)["domain AUC at fc"] == pytest.approx(auc)
    if status == "found":
        assert f.link.layer == "fc" and f.link.section == "instance"


def test_domain_gap_from_the_penultimate_p_target():
    records = _gap(base_records(), 0.6, 0.2)
    out = records["instance_outcome"][10].copy()
    out[3] = np.repeat([0.1, 0.9], N_PER_DOMAIN)  # perfectly separated domains: AUC 1
    records["instance_outcome"][10] = out
    f = only(F.domain_gap_at_top(make(records)))
    assert f.status == "found" and f.link.layer == contract.PENULTIMATE
    assert numbers(f)["domain AUC at penultimate"] == pytest.approx(1.0)


def test_domain_gap_undecided_without_auc_or_accuracy():
    records = _layer(base_records(), "domain_auc", "fc", np.nan)
    records["instance_outcome"][10] = records["instance_outcome"][10].copy()
    records["instance_outcome"][10][3] = np.nan
    assert only(F.domain_gap_at_top(make(records))).status == "undecided"
    records = _gap(base_records(), 0.95, 0.2)
    records["performance"][10] = records["performance"][10].copy()
    records["performance"][10][0, 1] = np.nan
    assert only(F.domain_gap_at_top(make(records))).status == "undecided"


# ---- 6. classes that transfer worst ---------------------------------------------------------------------------------


def test_worst_classes_top_three_with_their_top_confusion():
    records = base_records()
    acc = np.array([[0.9, 0.9, 0.9, 0.9, 0.5], [0.8, 0.2, 0.9, 0.5, 0.6]], np.float32)  # gaps .1 .7 0 .4 -.1
    records["class_accuracy"][10] = acc
    conf = np.zeros((2, 5, 5), np.float32)
    conf[1, 1, 3] = 7
    conf[1, 1, 1] = 9  # the diagonal is not a confusion
    records["confusion"][10] = conf
    fs = F.worst_classes(make(records))
    assert [f.link.class_ for f in fs] == [1, 3, 0]  # largest gap first; 2 (no gap) and 4 (negative) not listed
    assert all(f.status == "found" and f.link.panel == "stat-classes" for f in fs)
    assert numbers(fs[0])["target − source"] == pytest.approx(-0.7)
    assert numbers(fs[0])["taken for d"] == 7 and "taken for d" in fs[0].sentence
    assert not any(n.label.startswith("taken") for n in fs[1].numbers)  # no confusion recorded for class d


def test_worst_classes_only_positive_gaps_and_missing():
    records = base_records()
    records["class_accuracy"][10] = np.array([[0.5] * 5, [0.5] * 4 + [0.49]], np.float32)
    assert [f.link.class_ for f in F.worst_classes(make(records))] == [4]
    records["class_accuracy"][10] = np.array([[0.5] * 5, [0.5] * 5], np.float32)
    assert only(F.worst_classes(make(records))).status == "clear"
    records["class_accuracy"][10] = np.array([[np.nan] * 5, [0.5] * 5], np.float32)
    assert only(F.worst_classes(make(records))).status == "undecided"


# ---- 7. unstable predictions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("flips, status", [(19, "clear"), (20, "clear"), (21, "found")])  # of 100 target instances
def test_unstable_predictions_threshold(flips, status):
    records = base_records()
    out = records["instance_outcome"][10].copy()
    idx = np.arange(N_PER_DOMAIN, N_PER_DOMAIN + flips)
    out[0, idx] = (out[0, idx] + 1) % len(CLASSES)
    out[0, :50] = (out[0, :50] + 1) % len(CLASSES)  # source flips do not count
    records["instance_outcome"][10] = out
    f = only(F.unstable_predictions(make(records)))
    assert f.status == status and numbers(f)["changed"] == pytest.approx(flips / N_PER_DOMAIN)
    assert numbers(f)["previous step"] == 9


def test_unstable_predictions_first_step_and_missing():
    assert only(F.unstable_predictions(make(step=0))).status == "clear"
    records = base_records()
    del records["instance_meta"][0]
    assert only(F.unstable_predictions(make(records))).status == "undecided"


# ---- 8. where the transferable features are -------------------------------------------------------------------------


def test_transferable_features():
    f = only(F.transferable_features(make()))
    assert f.status == "clear" and f.link.layer == "fc"
    records = _layer(base_records(), "logme", "conv2", 0.5, steps=(0,))
    _layer(records, "logme", "conv1", 0.9, steps=(10,))  # later steps do not matter
    f = only(F.transferable_features(make(records)))
    assert f.status == "found" and (f.link.layer, f.link.step) == ("conv2", 0)
    assert numbers(f) == {"LogME conv2": pytest.approx(0.5), "LogME fc (last)": pytest.approx(0.3)}
    for layer in LAYERS:
        _layer(records, "logme", layer, np.nan, steps=(0,))
    assert only(F.transferable_features(make(records))).status == "undecided"


# ---- 9. failed measures ---------------------------------------------------------------------------------------------


def test_failed_measures():
    assert only(F.failed_measures(make())).status == "clear"
    records = base_records()
    records["failures"][10] = [{"measure": "logme", "layer": "conv2", "error": "x"},
                               {"measure": "logme", "layer": "conv1", "error": "x"},
                               {"measure": "mmd", "layer": "", "error": "y"}]
    f = only(F.failed_measures(make(records)))
    assert (f.status, f.severity) == ("found", "warning")
    assert numbers(f) == {"logme": 2, "mmd": 1} and f.link.layer == "conv2"
    assert "3 measure failures" in f.sentence
    del records["failures"][10]
    assert only(F.failed_measures(make(records))).status == "undecided"


# ---- 10. runs compared ----------------------------------------------------------------------------------------------


def test_runs_compared():
    a, b, c = base_records(), base_records(), base_records()
    a["transferability"][10], b["transferability"][10] = np.float32(0.30), np.float32(0.10)
    b["performance"][10] = b["performance"][10].copy()
    b["performance"][10][0, 1] = 0.5  # b forgot 40 pp, a none
    c["transferability"][10] = np.float32(np.nan)
    runs = [make(a, run="a"), make(b, run="b"), make(c, run="c")]
    out = {f.rule: f for f in F.runs_compared(runs)}
    t, fo = out["compare_transferability"], out["compare_forgetting"]
    assert t.link.run == "a" and "20.0 pp ahead of b" in t.sentence
    assert "Not compared: c" in t.sentence
    assert [n.label for n in t.numbers] == ["a (step 10)", "b (step 10)"]
    assert fo.status == "found" and fo.link.run == "a" and "40.0 pp ahead" not in fo.sentence  # a and c tie at 0
    assert [n.value for n in fo.numbers] == pytest.approx([0.0, 0.0, -0.4])
    assert F.runs_compared(runs[:1]) == []
    lone = F.runs_compared([make(a, run="a"), make(c, run="c")])
    assert only([f for f in lone if f.rule == "compare_transferability"]).status == "undecided"


def test_runs_compared_says_when_the_scores_have_different_baselines():
    a, b = base_records(), base_records()
    accuracy = make(a).accuracy("target_val")  # the same in both runs
    a["transferability"][10], b["transferability"][10] = np.float32(accuracy - 0.10), np.float32(accuracy - 0.466)
    t = next(f for f in F.runs_compared([make(a, run="scratch"), make(b, run="finetune")])
             if f.rule == "compare_transferability")
    assert t.link.run == "scratch" and "different baselines" in t.sentence
    assert "scratch 10.0 %" in t.sentence and "finetune 46.6 %" in t.sentence
    b["transferability"][10] = np.float32(accuracy - 0.12)  # 2 pp apart: comparable
    t = next(f for f in F.runs_compared([make(a, run="scratch"), make(b, run="finetune")])
             if f.rule == "compare_transferability")
    assert "baselines" not in t.sentence


def test_runs_compared_leaves_out_runs_at_chance_on_the_source_from_the_start():
    """A run from scratch starts at chance on the source: it has nothing to forget, so it cannot have 'the least
    forgetting'."""
    a, b, scratch = base_records(), base_records(), base_records()
    i, j = list(contract.SPLITS).index("source"), list(contract.METRICS).index("accuracy")
    b["performance"][10] = b["performance"][10].copy()
    b["performance"][10][i, j] = 0.6  # forgot 30 pp
    chance = 1 / len(CLASSES)
    for s in STEPS:
        scratch["performance"][s] = scratch["performance"][s].copy()
        scratch["performance"][s][i, j] = chance + (0.05 if s else 0.0)  # "gains" 5 pp above chance
    runs = [make(a, run="a"), make(b, run="b"), make(scratch, run="scratch")]
    fo = next(f for f in F.runs_compared(runs) if f.rule == "compare_forgetting")
    assert fo.link.run == "a" and [n.label for n in fo.numbers] == ["a (step 10)", "b (step 10)"]
    assert "Left out: scratch, at chance on the source at its first step" in fo.sentence
    alone = next(f for f in F.runs_compared(runs[::2]) if f.rule == "compare_forgetting")
    assert alone.status == "undecided" and "scratch started at chance on the source" in alone.sentence
    # just above chance + FORGETTING_DROP at the first step: compared as any run
    for s in STEPS:
        scratch["performance"][s][i, j] = chance + F.FORGETTING_DROP + 0.01
    fo = next(f for f in F.runs_compared(runs) if f.rule == "compare_forgetting")
    assert "Left out" not in fo.sentence and len(fo.numbers) == 3


def test_rules_about_pretrained_features_do_not_apply_to_a_run_at_chance_on_the_source():
    """A run from scratch (or with a fresh head) starts at chance on the source: 'lost its pretrained features',
    'the most transferable features at step 0' and forgetting say they do not apply, instead of a warning."""
    scratch = base_records()
    i, j = list(contract.SPLITS).index("source"), list(contract.METRICS).index("accuracy")
    for s in STEPS:
        scratch["performance"][s] = scratch["performance"][s].copy()
        scratch["performance"][s][i, j] = 1 / len(CLASSES)
        scratch["layer_stats"][s] = scratch["layer_stats"][s].copy()
        scratch["layer_stats"][s][M["cka_target"]] = 1.0 if s == 0 else 0.1  # every layer 'overwritten'
        scratch["layer_stats"][s][M["logme"]] = [0.1, 0.3, 0.2]  # a middle layer the most transferable
    pretrained = copy.deepcopy(scratch)
    for s in STEPS:
        pretrained["performance"][s][i, j] = 0.9
    assert only(F.overwritten_early(make(pretrained))).status == "found"  # the same numbers from a pretrained start
    assert only(F.transferable_features(make(pretrained))).status == "found"
    for rule in (F.overwritten_early, F.transferable_features, F.forgetting):
        f = only(rule(make(scratch)))
        assert (f.status, f.severity) == ("undecided", "note") and f.sentence.startswith("Not applicable: the run's "
                                                                                         "starting model is at chance")


# ---- report --------------------------------------------------------------------------------------------------------


def test_report_orders_by_severity_and_step_for_matches_the_frontend():
    records = _negative(base_records(), worse=40)
    _layer(records, "weight_drift", "conv1", 0.0)
    _layer(records, "cka_target", "conv1", 1.0)
    body = F.report([make(records)])
    rules = [(f["status"], f["severity"]) for f in body["runs"][0]["findings"]]
    assert rules[0] == ("found", "problem") and ("found", "note") in rules
    ranks = [{"problem": 0, "warning": 1, "note": 2}[s] if st == "found" else 3 if st == "undecided" else 4
             for st, s in rules]
    assert ranks == sorted(ranks)
    assert body["compared"] == []
    assert F.step_for([0, 2, 4], None) == 4 and F.step_for([0, 2, 4], 3) == 2 and F.step_for([2, 4], 1) == 2
    assert F.step_for([], 3) is None
