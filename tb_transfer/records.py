"""The records of one step, assembled from a probe pass: pure NumPy, no torch.

:class:`~tb_transfer.callback.TransferCallback` captures (hooks, probe passes, weights) and hands NumPy arrays to
:func:`step_records`, which computes every measure through :mod:`tb_transfer.measures` and lays the results out as
the records of :mod:`tb_transfer.contract` (``docs/format.md``). A measure that fails is isolated by
:class:`Isolation`: its value becomes NaN (or the documented fallback) and the failure is listed for the step.
"""
from __future__ import annotations

import dataclasses
import warnings
import zlib
from typing import Any, Callable, NamedTuple, Protocol, Sequence

import numpy as np

from tb_transfer import contract, measures

EMBEDDING_DIM = 16     # dimension of embedding records: principal components of the step-0 sketch
SKETCH_DIM = 64        # seeded random projection of a wider layer's pooled features, before those components
RECORDED_CHANNELS = 64  # per layer, channels whose per-instance activations are recorded (all of narrower layers)
LAYER_CKA_MAX_N = 1024  # layer_cka is written when the target probe has at most this many instances (N² per layer)
CONN_BINS = 16          # bins of the histograms of the connections that conn_norms leaves out


class Record(NamedTuple):
    """One record of a step, as :meth:`tb_transfer.summary.RecordWriter.add` takes it."""

    kind: str
    value: Any
    layer: str | None = None
    axes: dict[str, Sequence[str]] | None = None


class Pass(Protocol):
    """What one probe pass of a model captured (``tb_transfer.capture.PassResult``); rows are probe instances."""

    pooled: dict[str, np.ndarray]       # layer → float32 [N, K] pooled outputs
    penultimate: np.ndarray | None      # float32 [N, D] input of the last Linear
    logits: np.ndarray                  # float32 [N, C]
    head_logits: np.ndarray | None      # float32 [N, Cs] source head on penultimate features
    importance: dict[str, np.ndarray]   # layer → float32 [N, K] |dloss/dA * A|; NaN rows: not computed


class Isolation:
    """Failure isolation of measures: a failing measure is recorded for the step and warned about once per measure
    and layer for the whole run; training goes on."""

    def __init__(self) -> None:
        self.warned: set[tuple[str, str]] = set()
        self.failures: list[dict] = []
        self.deferred: list[str] | None = None  # set: warnings are collected here instead of given (worker threads)

    def fail(self, measure: str, layer: str | None, exc: BaseException, key: str | None = None) -> None:
        error = f"{type(exc).__name__}: {exc}"[:500]
        self.failures.append({"measure": measure, "layer": layer or "", "error": error})
        key = (key or measure, layer or "")
        if key not in self.warned:
            self.warned.add(key)
            message = (f"tb_transfer: {key[0]} failed{f' for layer {layer!r}' if layer else ''} ({error}); "
                       "recorded as NaN, training goes on (further failures are only recorded)")
            if self.deferred is not None:
                self.deferred.append(message)
            else:
                warnings.warn(message, RuntimeWarning, stacklevel=4)

    def safe(self, measure: str | tuple[str, ...], layer: str | None, fn: Callable, *args: Any,
             fallback: Any = np.nan, finite: bool = False, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)``, or ``fallback`` plus a failure record if it raises (or, with ``finite``,
        returns non-finite numbers)."""
        names = (measure,) if isinstance(measure, str) else measure
        try:
            out = fn(*args, **kwargs)
            if finite:
                values = np.asarray(out[:2] if isinstance(out, tuple) else out, dtype=np.float64)
                if not np.all(np.isfinite(values)):
                    raise FloatingPointError(f"non-finite result {values.ravel()[:4].tolist()}")
            return out
        except Exception as exc:  # any failure of a measure is isolated from training
            for name in names:
                self.fail(name, layer, exc, key=getattr(fn, "__name__", name) if len(names) > 1 else None)
            return fallback


@dataclasses.dataclass
class Probe:
    """The fixed probe set's rows (source rows first, then target rows) and the groups of rows the records use."""

    domain: np.ndarray                  # int32 [N] 0 = source, 1 = target
    labels: np.ndarray                  # int64 [N] target classes (source classes on source rows if spaces differ)
    num_classes: int                    # C target classes
    match: bool = True                  # source and target share the label space

    def __post_init__(self) -> None:
        is_target = self.domain == 1
        self.src, self.tgt = np.flatnonzero(~is_target), np.flatnonzero(is_target)
        # rows that carry the target classes' semantics (the loss for importance, per-class matching)
        self.class_rows = np.ones(len(self.labels), bool) if self.match else is_target
        self.rows_of_class: list[np.ndarray] = []   # per class: its rows among class_rows
        self.domain_rows: list[np.ndarray] = []     # per class: rows contrasted source vs target
        for c in range(self.num_classes):
            of_class = self.class_rows & (self.labels == c)
            self.rows_of_class.append(np.flatnonzero(of_class))
            contrast = of_class | (~is_target if not self.match else False)
            self.domain_rows.append(np.flatnonzero(contrast))


@dataclasses.dataclass
class Layout:
    """What every step's records are laid out over: the probe set, the classes and the followed layers."""

    probe: Probe
    class_names: list[str]
    layers: list[str]                   # followed layers, in execution order
    structured: frozenset[str] = frozenset()  # layers with important channels and structure records (all followed)
    conv_source: dict[str, str] = dataclasses.field(default_factory=dict)  # layer → nearest feeding layer of its kind
    # layer → (channel codes [K_in]: the conv_source channel each input channel carries, -1 none; groups; K_source)
    conn_map: dict[str, tuple[np.ndarray, int, int]] = dataclasses.field(default_factory=dict)
    bn_names: list[str] = dataclasses.field(default_factory=list)
    has_head: bool = False              # a source head maps penultimate features to source classes
    has_target_val: bool = False
    seed: int = 0


@dataclasses.dataclass
class Model:
    """One model (pretrained or current) at a step: its probe pass and its weights."""

    result: Pass
    weights: dict[str, list[np.ndarray]]          # layer → [weight] or [weight, bias]
    bn: dict[str, list[np.ndarray | None]]        # BatchNorm layer → running mean, var, weight, bias


@dataclasses.dataclass
class Reference:
    """What is computed once from the pretrained model and reused at every step."""

    model: Model
    recorded: dict[str, np.ndarray]   # layer → int32 [S] channels whose per-instance activations are recorded
    val: tuple[float, float]          # target_val (loss, accuracy) of the pretrained model; NaN without target_val
    baseline_acc: float               # direct-reuse accuracy the transferability score is measured against
    val_labels: np.ndarray | None = None   # target_val labels in evaluation order (pairs val_correct's rows)
    val_correct: np.ndarray | None = None  # float32 [2 baseline/current, V] at step 0; None without target_val
    # layer → the pretrained model's measures.cka_gram on the target probe (float32 [N_t, N_t]), or why it failed;
    # None when the target probe is too large for layer_cka (LAYER_CKA_MAX_N)
    cka_grams: dict[str, np.ndarray | Exception] | None = None
    # layer (and penultimate) → the fixed basis of its embedding records: the pretrained model's principal axes
    embedding_basis: dict[str, measures.PcaFrame] = dataclasses.field(default_factory=dict)


def _nanmean(x: np.ndarray, axis: int) -> np.ndarray:
    """``np.nanmean`` without its warning on all-NaN slices (those stay NaN). Not through ``warnings.catch_warnings``:
    it is not thread-safe, and this runs in the background worker beside the training thread."""
    count = np.sum(~np.isnan(x), axis=axis)
    with np.errstate(invalid="ignore"):  # 0 / 0 for all-NaN slices; errstate is per thread (a context variable)
        return np.nansum(x, axis=axis) / count


def logits_accuracy(logits: np.ndarray, labels: np.ndarray) -> float:
    """Accuracy of the argmax of float [N, C] logits against int [N] labels."""
    return float(measures.accuracy(np.argmax(logits, axis=1), labels))


def reference(layout: Layout, model: Model, guard: Isolation, val: tuple[float, float] = (np.nan, np.nan),
              val_labels: np.ndarray | None = None, val_head: np.ndarray | None = None,
              baseline: float | None = None) -> Reference:
    """The pretrained model's reference: recorded channels, its target_val (loss, accuracy) ``val`` and the
    direct-reuse baseline accuracy (given, or :func:`direct_reuse_baseline` of the other arguments)."""
    result = model.result
    if baseline is None:
        baseline = direct_reuse_baseline(layout, result, guard, val, val_labels, val_head)
    recorded = {name: np.asarray(guard.safe("recorded_channels", name, recorded_channels, result.pooled[name],
                                            result.importance[name], layout.probe, RECORDED_CHANNELS,
                                            fallback=np.arange(min(RECORDED_CHANNELS, result.pooled[name].shape[1]))),
                                 np.int32) for name in layout.layers}
    sources = {name: result.pooled[name] for name in layout.layers}
    if result.penultimate is not None:
        sources[contract.PENULTIMATE] = result.penultimate
    bases = {name: embedding_basis(layout, name, acts, guard) for name, acts in sources.items()}
    return Reference(model=model, recorded=recorded, val=val, baseline_acc=float(baseline),
                     cka_grams=cka_grams(layout, result), embedding_basis=bases)


def cka_grams(layout: Layout, result: Pass) -> dict[str, np.ndarray | Exception] | None:
    """The pretrained model's :func:`measures.cka_gram` of every followed layer on the target probe (float32: half
    the memory, an error below 1e-7 in CKA), kept for ``layer_cka`` at every step; a layer whose Gram matrix fails
    keeps the error, recorded at each step. None when the target probe has more than ``LAYER_CKA_MAX_N``
    instances."""
    tgt = layout.probe.tgt
    if len(tgt) > LAYER_CKA_MAX_N:
        return None
    out: dict[str, np.ndarray | Exception] = {}
    for name in layout.layers:
        try:
            out[name] = measures.cka_gram(result.pooled[name][tgt]).astype(np.float32)
        except Exception as exc:  # recorded at each step by layer_cka
            out[name] = exc
    return out


def direct_reuse_baseline(layout: Layout, result: Pass, guard: Isolation, val: tuple[float, float] = (np.nan, np.nan),
             val_labels: np.ndarray | None = None, val_head: np.ndarray | None = None) -> float:
    """The direct-reuse baseline accuracy of the pretrained model's pass ``result``: target_val accuracy
    (``val[1]``), else the target probe's; across label spaces the source head through
    :func:`measures.eep_accuracy`. ``val_head``: the source head's logits on target_val (``val_labels``), if it was
    evaluated."""
    tgt, labels = layout.probe.tgt, layout.probe.labels
    if layout.probe.match:
        baseline = val[1] if layout.has_target_val else guard.safe("accuracy", "target", logits_accuracy,
                                                                   result.logits[tgt], labels[tgt])
    elif layout.has_head:
        fit = measures.softmax(result.head_logits[tgt]), labels[tgt]
        on = (measures.softmax(val_head), val_labels) if val_head is not None else fit
        baseline = guard.safe("transferability_score", "", measures.eep_accuracy, *fit, *on, layout.probe.num_classes)
    else:
        baseline = np.nan
    return float(baseline)


def reference_val_correct(layout: Layout, result: Pass, guard: Isolation, val_labels: np.ndarray | None,
                          val_correct: np.ndarray | None, val_head: np.ndarray | None = None) -> np.ndarray | None:
    """``val_correct`` of the pretrained model (step 0), float32 [2 baseline/current, V]: per target_val instance
    whether the direct-reuse baseline (the predictor :func:`direct_reuse_baseline` measures: the pretrained model
    itself, or across label spaces the source head through :func:`measures.eep_correct`) and the pretrained model
    (``val_correct``, bool [V]) are right; NaN where unknown. None without target_val."""
    if not layout.has_target_val:
        return None
    baseline = None
    if layout.probe.match:
        baseline = val_correct
    elif layout.has_head and val_head is not None:
        tgt, labels = layout.probe.tgt, layout.probe.labels
        fit = measures.softmax(result.head_logits[tgt]), labels[tgt]
        baseline = guard.safe("transferability_score", "", measures.eep_correct, *fit, measures.softmax(val_head),
                              val_labels, layout.probe.num_classes, fallback=None)
    v = 0 if val_labels is None else len(val_labels)
    out = np.full((2, v), np.nan, np.float32)
    for row, values in enumerate((baseline, val_correct)):
        if values is not None and len(values) == v:
            out[row] = values
    return out


def paired_correct(ref: Reference, labels: np.ndarray | None, correct: np.ndarray | None) -> np.ndarray:
    """``val_correct`` at a later step, float32 [2 baseline/current, V]: the reference's baseline row and the
    current model's per-instance correctness ``correct`` (bool [V]) on target_val. Rows are paired by position: the
    baseline row is NaN when ``labels`` come in another order than the reference's (a shuffled loader)."""
    v = len(labels) if labels is not None else len(ref.val_labels) if ref.val_labels is not None else 0
    out = np.full((2, v), np.nan, np.float32)
    if correct is not None and len(correct) == v:
        out[1] = correct
    base = ref.val_correct[0] if ref.val_correct is not None else None
    if base is not None and len(base) == v and labels is not None and ref.val_labels is not None \
            and np.array_equal(labels, ref.val_labels):
        out[0] = base
    return out


def recorded_channels(pooled: np.ndarray, gxa: np.ndarray, probe: Probe, budget: int) -> np.ndarray:
    """int32 [S ≤ budget] sorted channels of a layer whose per-instance activations are recorded at every step.

    Every channel when the layer has at most ``budget``; otherwise, chosen once from the pretrained model's pass,
    alternately the most important channel (mean |∂CE/∂A · A| over the probe's class rows) and the most
    domain-discriminative one (largest |rank AUC − ½| of target vs source over the whole probe) not yet taken, so
    that both the structure level (important channels) and the feature level (domain-specific and invariant ones, by
    their ranks among the recorded) keep what they look at.
    """
    k = pooled.shape[1]
    if k <= budget:
        return np.arange(k, dtype=np.int32)
    importance = _nanmean(np.abs(gxa[probe.class_rows]), axis=0)
    importance = np.where(np.isfinite(importance), importance, -np.inf)
    orders = [np.argsort(-importance, kind="stable")]
    if len(probe.src) and len(probe.tgt):
        auc = measures.rank_auc(np.nan_to_num(pooled), probe.domain == 1)
        orders.append(np.argsort(-np.abs(auc.astype(np.float64) - 0.5), kind="stable"))
    chosen: dict[int, None] = {}
    for rank in range(k):
        for order in orders:
            if len(chosen) < budget:
                chosen.setdefault(int(order[rank]))
    return np.sort(np.fromiter(chosen, np.int32))


def step_records(layout: Layout, ref: Reference, guard: Isolation, cur: Model | None = None,
                 val: tuple[float, float] | None = None,
                 val_outcome: tuple[np.ndarray | None, np.ndarray | None] = (None, None)) -> list[Record]:
    """Every measured record of one step (all but ``failures`` and the first step's ``run_info``,
    ``instance_meta`` and ``thumbnails``). ``cur``: the current model, or None for the pretrained one (step 0);
    ``val``: its target_val (loss, accuracy); ``val_outcome``: target_val (labels, bool [V] per-instance
    correctness)."""
    is_ref = cur is None
    cur = ref.model if is_ref else cur
    res, res0 = cur.result, ref.model.result
    val = ref.val if is_ref else val
    probe = layout.probe
    c_all, n = probe.num_classes, len(probe.labels)
    src, tgt, labels = probe.src, probe.tgt, probe.labels
    out: list[Record] = []

    # statistical level and instance outcomes
    perf = np.full((len(contract.SPLITS), len(contract.METRICS)), np.nan, np.float32)
    outcome = np.full((len(contract.INSTANCE_FIELDS), n), np.nan, np.float32)
    class_acc = np.full((2, c_all), np.nan, np.float32)
    confusion = np.full((2, c_all, c_all), np.nan, np.float32)
    src_logits = res.logits[src] if probe.match else res.head_logits[src] if res.head_logits is not None \
        and layout.has_head else None
    accuracy = [np.nan, np.nan]  # float64: the transferability score at step 0 is exactly 0
    for d, (rows, logits) in enumerate(((src, src_logits), (tgt, res.logits[tgt]))):
        if logits is None:
            continue
        got = guard.safe("instance_outcome", contract.DOMAINS[d], measures.instance_outcome, logits, labels[rows],
                         fallback=None)
        if got is None:
            continue
        pred, loss, margin = (np.asarray(a, np.float32) for a in got)
        outcome[0, rows], outcome[1, rows], outcome[2, rows] = pred, loss, margin
        accuracy[d] = guard.safe("accuracy", contract.DOMAINS[d], measures.accuracy, pred.astype(np.int64),
                                 labels[rows])
        perf[d] = [np.mean(loss), accuracy[d]]
        if d == 1 or probe.match:
            class_acc[d] = guard.safe("per_class_accuracy", contract.DOMAINS[d], measures.per_class_accuracy,
                                      pred.astype(np.int64), labels[rows], c_all)
            confusion[d] = guard.safe("confusion_matrix", contract.DOMAINS[d], measures.confusion_matrix,
                                      pred.astype(np.int64), labels[rows], c_all)
    perf[2] = val
    acc_now = val[1] if layout.has_target_val else accuracy[1]
    transfer = np.nan
    if np.isfinite(ref.baseline_acc) and np.isfinite(acc_now):
        transfer = guard.safe("transferability_score", "", measures.transferability_score, float(acc_now),
                              ref.baseline_acc, finite=True)
    leep = np.nan
    if layout.has_head and res.head_logits is not None:
        leep = guard.safe("leep", "", measures.leep, measures.softmax(res.head_logits[tgt]), labels[tgt], c_all,
                          finite=True)
    features = res.penultimate if res.penultimate is not None else res.pooled[layout.layers[-1]]
    sep = guard.safe("p_target", contract.PENULTIMATE, measures.domain_separation, features[src], features[tgt],
                     seed=layout.seed, fallback=None)
    if sep is not None:
        outcome[3] = np.asarray(sep[2], np.float32)
    out += [
        Record("performance", perf, axes={"split": contract.SPLITS, "metric": contract.METRICS}),
        Record("transferability", np.float32(transfer)),
        Record("class_accuracy", class_acc, axes={"domain": contract.DOMAINS, "class": layout.class_names}),
        Record("confusion", confusion, axes={"domain": contract.DOMAINS, "true": layout.class_names,
                                             "predicted": layout.class_names}),
        Record("leep", np.float32(leep)),
        Record("instance_outcome", outcome, axes={"field": contract.INSTANCE_FIELDS, "instance": []}),
    ]
    correct = ref.val_correct if is_ref else paired_correct(ref, *val_outcome) if layout.has_target_val else None
    if correct is not None:
        out.append(Record("val_correct", np.asarray(correct, np.float16),
                          axes={"model": contract.VAL_CORRECT_ROWS, "instance": []}))

    # per layer
    stats = np.full((len(contract.LAYER_MEASURES), len(layout.layers)), np.nan, np.float32)
    row = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}
    weights, w0 = cur.weights, ref.model.weights
    for j, name in enumerate(layout.layers):
        acts, acts0 = res.pooled[name], res0.pooled[name]
        stats[row["weight_drift"], j], stats[row["weight_cosine"], j], per_filter = weight_change(
            name, weights[name], w0[name], guard, filters=True)
        if ref.cka_grams is None:  # else the diagonal of layer_cka, below (the same Gram matrices)
            stats[row["cka_target"], j] = guard.safe("cka_target", name, measures.unbiased_linear_cka, acts[tgt],
                                                     acts0[tgt], finite=True)
        stats[row["cka_source"], j] = guard.safe("cka_source", name, measures.unbiased_linear_cka, acts[src],
                                                 acts0[src], finite=True)
        stats[row["mmd"], j] = guard.safe("mmd", name, measures.linear_mmd, acts[src], acts[tgt], finite=True)
        auc, pad, _ = guard.safe(("domain_auc", "pad"), name, measures.domain_separation, acts[src], acts[tgt],
                                 seed=layout.seed, fallback=(np.nan, np.nan, None), finite=True)
        stats[row["domain_auc"], j], stats[row["pad"], j] = auc, pad
        stats[row["logme"], j] = guard.safe("logme", name, measures.logme, acts[tgt], labels[tgt], finite=True)
        k = acts.shape[1]
        out.append(Record("filter_drift", np.full((2, k), np.nan, np.float32) if per_filter is None else per_filter,
                          layer=name, axes={"field": contract.DRIFT_FIELDS, "filter": []}))
        out += embedding_records(layout, ref, name, acts, guard, is_ref)
        arrays = activations(layout, ref, name, res, weights, guard)
        out.append(Record("activations", arrays, layer=name))
        if is_ref:  # kept apart from the sampled per-step blobs: read-time analysis compares every step with it
            out.append(Record("reference", arrays, layer=name))
    if res.penultimate is not None:
        out += embedding_records(layout, ref, contract.PENULTIMATE, res.penultimate, guard, is_ref)
    out.append(Record("layer_stats", stats, axes={"measure": contract.LAYER_MEASURES, "layer": layout.layers}))
    if ref.cka_grams is not None:
        cka = layer_cka(layout, ref, res, guard)
        stats[row["cka_target"]] = np.diag(cka)
        out.append(Record("layer_cka", cka, axes={"current": layout.layers, "pretrained": layout.layers}))
    if layout.bn_names:
        bn_stats = np.full((len(contract.BN_FIELDS), len(layout.bn_names)), np.nan, np.float32)
        for j, b in enumerate(layout.bn_names):
            drift = np.asarray(guard.safe("bn_drift", b, measures.bn_drift, *cur.bn[b], *ref.model.bn[b],
                                          fallback=np.full((4, len(ref.model.bn[b][0])), np.nan)), np.float32)
            bn_stats[:, j] = _nanmean(np.abs(drift), axis=1)
            out.append(Record("bn_drift", drift, layer=b, axes={"field": contract.BN_FIELDS, "channel": []}))
        out.append(Record("bn_stats", bn_stats, axes={"field": contract.BN_FIELDS, "bn_layer": layout.bn_names}))
    return out


def layer_cka(layout: Layout, ref: Reference, res: Pass, guard: Isolation) -> np.ndarray:
    """float32 [L current, L pretrained] unbiased linear CKA between every layer of the current model and every layer
    of the pretrained one on the target probe (the ``layer_cka`` record): one Gram matrix per current layer, then one
    inner product per pair with the reference's cached ones (at step 0 those are the current model's too). Its
    diagonal is ``layer_stats``' ``cka_target`` (which :func:`step_records` takes from it: the same Gram matrices,
    computed once). A layer whose Gram matrix fails
    (constant features, NaN) gets a NaN row (current) or column (pretrained) and the failures ``layer_cka`` and
    ``cka_target``."""
    tgt = layout.probe.tgt
    names = ("layer_cka", "cka_target")
    mine: list[np.ndarray | None] = []
    theirs: list[np.ndarray | None] = []
    again = res is ref.model.result  # step 0: the current model is the pretrained one, whose Gram matrices are cached
    for name in layout.layers:
        pre = ref.cka_grams.get(name) if ref.cka_grams else None
        if again and isinstance(pre, np.ndarray):
            mine.append(pre)
        elif again and isinstance(pre, Exception):  # the failure computing it again would give
            for measure in names:
                guard.fail(measure, name, pre, key="cka_gram")
            mine.append(None)
        else:
            mine.append(guard.safe(names, name, measures.cka_gram, res.pooled[name][tgt], fallback=None))
        if isinstance(pre, Exception) or pre is None:
            why = RuntimeError(f"pretrained model: {type(pre).__name__}: {pre}" if pre is not None
                               else "no pretrained Gram matrix")
            for measure in names:
                guard.fail(measure, name, why, key="cka_gram")
            pre = None
        theirs.append(pre)
    matrix = guard.safe(names, "", measures.cka_matrix, mine, theirs,
                        fallback=np.full((len(mine), len(theirs)), np.nan))
    return np.asarray(matrix, np.float32)


def weight_change(name: str, w: list[np.ndarray], w0: list[np.ndarray], guard: Isolation,
                  filters: bool = False) -> list[Any]:
    """[drift, cosine] of one layer's weights to the pretrained ones (rows of :data:`contract.DRIFT_FIELDS`), and
    with ``filters`` also the ``filter_drift`` record's float32 [2, K] of its first array (None if it fails), all
    from one pass over the weights (:func:`measures.weight_drift`); each measure fails on its own (a NaN cosine of
    all-zero weights leaves the drift)."""
    measured = ("weight_drift", "weight_cosine") + (("filter_drift",) if filters else ())
    try:
        drift, cosine, per_filter = measures.weight_drift(w, w0)
    except Exception as exc:  # bad weights (NaN, shapes): every measure fails, as each would alone
        for measure in measured:
            guard.fail(measure, name, exc)
        return [np.nan, np.nan] + ([None] if filters else [])
    pair = [guard.safe(measure, name, float, value, finite=True) for measure, value in zip(measured, (drift, cosine))]
    return pair + ([per_filter] if filters else [])


def sketch(layout: Layout, name: str, acts: np.ndarray) -> np.ndarray:
    """float16 [N, min(D, SKETCH_DIM)] pooled features of one layer, randomly projected when wider (seeded per run
    and layer name, so fixed across steps; :func:`measures.reduce_features`)."""
    seed = (zlib.crc32(name.encode()) + layout.seed) % (2 ** 31)
    return measures.reduce_features(acts, dim_out=SKETCH_DIM, seed=seed)


def embedding_basis(layout: Layout, name: str, acts: np.ndarray, guard: Isolation) -> measures.PcaFrame:
    """The fixed basis of a layer's embedding records, from the pretrained model's pooled features ``acts`` [N, D]:
    the first min(D, SKETCH_DIM, EMBEDDING_DIM) principal axes of their :func:`sketch` (the identity axes if that
    fails, e.g. on non-finite features)."""
    d = min(acts.shape[1], SKETCH_DIM)
    dims = min(d, EMBEDDING_DIM)
    identity = measures.PcaFrame(np.zeros(d, np.float32), np.eye(dims, d, dtype=np.float32),
                                 np.full(dims, np.nan, np.float32))
    return guard.safe("embedding_basis", name, lambda: measures.pca_frame(sketch(layout, name, acts), dims),
                      fallback=identity)


def embedding_records(layout: Layout, ref: Reference, name: str, acts: np.ndarray, guard: Isolation,
                      is_ref: bool) -> list[Record]:
    """The ``embedding`` record of one layer (``features`` float32 [N, d]: the :func:`sketch` of ``acts`` in the
    reference's fixed basis; NaN if that fails) and, at step 0, the same as ``reference_embedding`` with
    ``variance_kept``, the share of the sketch's variance the basis holds."""
    basis = ref.embedding_basis[name]
    features = guard.safe("reduce_features", name, lambda: measures.project(basis, sketch(layout, name, acts)),
                          fallback=np.full((len(acts), len(basis.components)), np.nan, np.float32))
    out = [Record("embedding", {"features": features}, layer=name)]
    if is_ref:  # kept apart from the sampled heavy blobs: the instance level's PCA frame is fitted on it
        kept = np.float32(np.sum(basis.explained_variance_ratio))
        out.append(Record("reference_embedding", {"features": features, "variance_kept": kept}, layer=name))
    return out


def activations(layout: Layout, ref: Reference, name: str, res: Pass, weights: dict[str, list[np.ndarray]],
                guard: Isolation) -> dict[str, np.ndarray]:
    """The ``activations`` record of one layer (docs/format.md): what per-class and per-selection analysis needs at
    read time, none of it computed per class here except the importance (one pass over the instances)."""
    probe, rec = layout.probe, ref.recorded[name]
    acts = res.pooled[name]
    rows = probe.class_rows
    gxa = res.importance[name][rows][:, rec]
    if np.isnan(gxa).all():
        guard.fail("class_importance", name, RuntimeError(
            "no gradient of the loss reaches this layer's output (does the forward run it under "
            "torch.no_grad() or detach it?)"))
        importance = np.full((probe.num_classes, len(rec)), np.nan, np.float32)
    else:
        importance = guard.safe("class_importance", name, measures.class_importance, gxa, probe.labels[rows],
                                probe.num_classes, fallback=np.full((probe.num_classes, len(rec)), np.nan))
    out = {
        "channels": rec,
        "pooled": np.asarray(acts[:, rec], np.float16),
        "importance": np.asarray(importance, np.float16),
        "width": np.int32(acts.shape[1]),
    }
    if name in layout.structured:
        src = layout.conv_source.get(name, "")
        out["conn_source"] = np.array(src)
        if src:
            frm = ref.recorded[src]
            traced = layout.conn_map.get(name)  # without one, input channel i of this layer is channel i of src
            norms = guard.safe("connection_weights", name, *((traced_connection_norms, weights[name][0], *traced)
                                                             if traced else (measures.connection_norms,
                                                                             weights[name][0])), fallback=None)
            block = None if norms is None else guard.safe("connection_weights", name, lambda: norms[np.ix_(rec, frm)],
                                                           fallback=None)
            out["conn_norms"] = np.asarray(np.full((len(rec), len(frm)), np.nan) if block is None else block,
                                           np.float16)
            if block is not None and (len(rec) < norms.shape[0] or len(frm) < norms.shape[1]):
                out.update(guard.safe("connection_histograms", name, connection_rest, norms, rec, frm, fallback={}))
    return out


def connection_rest(norms: np.ndarray, rec: np.ndarray, frm: np.ndarray) -> dict[str, np.ndarray]:
    """The ``conn_rest_*`` arrays of an ``activations`` record (docs/format.md): :func:`measures.connection_histograms`
    of a layer's connections [K_out, K_in] that ``conn_norms`` (rows ``rec``, columns ``frm``) leaves out, counts as
    uint16 (uint32 when a count could exceed 65,535)."""
    got = measures.connection_histograms(norms, rec, frm, bins=CONN_BINS)
    small = np.uint16 if max(norms.shape) <= np.iinfo(np.uint16).max else np.uint32
    return {"conn_edges": got["edges"], "conn_rest_out": got["rest_out"].astype(small),
            "conn_rest_in": got["rest_in"].astype(small), "conn_rest": got["rest"].astype(np.int64)}


def traced_connection_norms(weight: np.ndarray, codes: np.ndarray, groups: int, k_source: int) -> np.ndarray:
    """:func:`measures.connection_norms` through a traced channel mapping: float32 [K_out, k_source], the norm of the
    kernel slice from the input channel that carries source channel j to output channel o; NaN where source channel
    j does not reach output channel o (not among the inputs, or another group).

    ``weight``: conv [K_out, K_in / groups, ...]; ``codes``: [K_in], the source channel each input carries (< 0:
    none); ``k_source``: the source layer's channel count."""
    k_out, k_group = weight.shape[:2]
    slices = measures.connection_norms(weight)  # [K_out, K_in / groups]
    conn = np.full((k_out, k_source), np.nan, np.float32)
    per_group = k_out // groups
    codes = np.asarray(codes)
    inputs = np.flatnonzero(codes >= 0)  # input channel i of group g = i // k_group feeds that group's outputs
    group = inputs // k_group
    rows = group[:, None] * per_group + np.arange(per_group)[None, :]  # [V, per_group]
    conn[rows, codes[inputs].astype(np.int64)[:, None]] = slices[rows, (inputs - group * k_group)[:, None]]
    return conn

