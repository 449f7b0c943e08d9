"""Findings: what went wrong in a transfer, one plain sentence each, as pure functions of the records.

Every rule of ``docs/findings.md`` is one function ``rule(run: RunRecords) -> list[Finding]`` of a run's records at
one step (and :func:`runs_compared` of several runs). Thresholds are the named constants below, documented in
``docs/findings.md`` with their sources. A rule never claims more than it checks: each finding carries the numbers
that support it and the rule with its threshold, and when a record the rule needs is missing (no target_val, no
source head, an older writer) it answers ``undecided`` with the reason instead of guessing.

Inputs are the records as the reader gives them (``tb_transfer.load(logdir)[run]`` has the same ``records``,
``info`` and ``axes``); nothing here reads files or talks to TensorBoard. No torch; NumPy and (for one AUC) SciPy.
"""
from __future__ import annotations

import dataclasses
import math
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from tb_transfer import contract

# ---- thresholds: the one place they are defined (docs/findings.md explains each) ----------------------------------
NEGATIVE_TRANSFER_LEVEL = 0.95      # confidence of the bootstrap interval of the transferability score
BOOTSTRAP_RESAMPLES = 10_000        # bootstrap resamples of the target-val (or target-probe) instances
BOOTSTRAP_SEED = 0                  # fixed: the same records always give the same interval
FORGETTING_DROP = 0.10              # source accuracy more than 10 pp below the pretrained model's
STILL_DRIFT = 0.01                  # relative weight drift under 1 % ...
STILL_CKA = 0.99                    # ... and CKA to the pretrained model over 0.99: the layer barely moved
OVERWRITTEN_CKA = 0.5               # CKA to the pretrained model below 0.5 ...
EARLY_FRACTION = 0.2                # ... within the first 20 % of the steps so far: features overwritten early
DOMAIN_AUC_HIGH = 0.9               # domain-classifier AUC over 0.9 at the top of the network ...
TOP_ACCURACY_GAP = 0.10             # ... while target accuracy trails source accuracy by more than 10 pp
WORST_CLASSES = 3                   # classes listed by "classes that transfer worst"
FLIP_FRACTION = 0.20                # more than 20 % of target probe predictions changed since the previous step
BASELINE_SPREAD = 0.05              # runs' direct-reuse baselines more than 5 pp apart: their scores do not compare

# Rule titles and their conditions in words (with the thresholds above), as shown beside each finding.
TITLES = {
    "negative_transfer": "Negative transfer",
    "forgetting": "Forgetting",
    "barely_moved": "Layers that barely moved",
    "overwritten_early": "Features overwritten early",
    "domain_gap_at_top": "Domain gap left at the top",
    "worst_classes": "Classes that transfer worst",
    "unstable_predictions": "Unstable predictions",
    "transferable_features": "Where the transferable features are",
    "failed_measures": "Failed measures",
}
THRESHOLDS = {
    "negative_transfer": f"score < 0 and its {NEGATIVE_TRANSFER_LEVEL:.0%} bootstrap interval over the instances "
                         "(paired, percentile) excludes 0",
    "forgetting": f"source accuracy more than {100 * FORGETTING_DROP:.0f} pp below the pretrained model's",
    "barely_moved": f"relative weight drift < {STILL_DRIFT:.0%} and CKA to the pretrained model (target probe) "
                    f"> {STILL_CKA}",
    "overwritten_early": f"CKA to the pretrained model (target probe) < {OVERWRITTEN_CKA} within the first "
                         f"{EARLY_FRACTION:.0%} of the steps so far",
    "domain_gap_at_top": f"domain-classifier AUC > {DOMAIN_AUC_HIGH} at the last tracked layer or penultimate, and "
                         f"target accuracy more than {100 * TOP_ACCURACY_GAP:.0f} pp below source accuracy "
                         "(probe sets)",
    "worst_classes": f"the {WORST_CLASSES} classes with the largest source − target accuracy gap (gap > 0), "
                     "probe sets",
    "unstable_predictions": f"more than {FLIP_FRACTION:.0%} of target probe predictions changed since the previous "
                            "step",
    "transferable_features": "highest LogME on the target labels at step 0 (the pretrained model), compared with "
                             "the last layer",
    "failed_measures": "any failure recorded at this step",
    "runs_compared": "highest transferability score / source accuracy change since the first step among the "
                     "selected runs, each at its step",
}

SEVERITIES = ("problem", "warning", "note")
STATUSES = ("found", "clear", "undecided")
# The records the rules read (run-level kinds of the contract).
KINDS = ("performance", "transferability", "class_accuracy", "confusion", "layer_stats", "failures",
         "instance_meta", "instance_outcome", "val_correct")


@dataclasses.dataclass(frozen=True)
class Link:
    """Where the evidence is: the selection to set and the view to scroll to (``panel`` id, else ``section``).

    ``layer`` / ``class_`` None mean "leave the selection as it is".
    """

    run: str
    step: int
    section: str
    panel: str | None = None
    layer: str | None = None
    class_: int | None = None

    def to_json(self) -> dict:
        return {"run": self.run, "step": self.step, "section": self.section, "panel": self.panel,
                "layer": self.layer, "class": self.class_}


@dataclasses.dataclass(frozen=True)
class Number:
    """One number behind a finding. ``unit``: ``acc`` (a fraction shown as %), ``pp`` (a difference of
    fractions shown in percentage points), ``fraction`` (shown as %), ``count`` or ``""`` (as is)."""

    label: str
    value: float | None
    unit: str = ""

    def to_json(self) -> dict:
        v = None if self.value is None or not math.isfinite(self.value) else float(self.value)
        return {"label": self.label, "value": v, "unit": self.unit}


@dataclasses.dataclass(frozen=True)
class Finding:
    """The outcome of one rule for one run at one step.

    ``status``: ``found`` (the rule fired), ``clear`` (checked, nothing found) or ``undecided`` (a record it needs
    is missing; ``sentence`` says which). ``threshold`` states the rule with its threshold in words.
    """

    rule: str
    title: str
    status: str
    severity: str
    sentence: str
    threshold: str
    numbers: tuple[Number, ...] = ()
    link: Link | None = None

    def to_json(self) -> dict:
        return {"rule": self.rule, "title": self.title, "status": self.status, "severity": self.severity,
                "sentence": self.sentence, "threshold": self.threshold,
                "numbers": [n.to_json() for n in self.numbers],
                "link": self.link.to_json() if self.link else None}


@dataclasses.dataclass
class RunRecords:
    """The records of one run that the rules read, and the step they are evaluated at.

    ``records`` is ``{kind: {step: value}}`` (tensors as ndarrays, ``failures`` as lists), ``axes`` is
    ``{kind: {axis: labels}}`` and ``info`` the ``run_info`` dict (or None), as in :class:`tb_transfer.reader.Run`.
    """

    run: str
    records: Mapping[str, Mapping[int, Any]]
    info: Mapping[str, Any] | None
    axes: Mapping[str, Mapping[str, Sequence[str]]]
    step: int

    # -- access ---------------------------------------------------------------------------------------------------
    def series(self, kind: str) -> Mapping[int, Any]:
        return self.records.get(kind) or {}

    def at(self, kind: str, step: int | None = None) -> Any:
        return self.series(kind).get(self.step if step is None else step)

    def meta(self) -> Any:
        """``instance_meta`` (written once, at the first step), or None."""
        series = self.series("instance_meta")
        return series[min(series)] if series else None

    @property
    def steps(self) -> list[int]:
        """The run's steps so far (those of ``performance`` up to the evaluated step)."""
        return [s for s in sorted(self.series("performance")) if s <= self.step]

    @property
    def first(self) -> int | None:
        """The first step: the pretrained model."""
        steps = sorted(self.series("performance"))
        return steps[0] if steps else None

    def info_value(self, key: str, default: Any = None) -> Any:
        return (self.info or {}).get(key, default)

    def layer_names(self) -> list[str]:
        names = list((self.axes.get("layer_stats") or {}).get("layer") or [])
        if not names:
            names = [layer.get("name") for layer in self.info_value("layers", []) or [] if isinstance(layer, dict)]
        return [str(n) for n in names]

    def layer_measure(self, measure: str, step: int | None = None) -> np.ndarray | None:
        """float64 [L] row ``measure`` of ``layer_stats`` at ``step`` (default: the evaluated step), or None."""
        stats = self.at("layer_stats", step)
        if stats is None:
            return None
        measures = list((self.axes.get("layer_stats") or {}).get("measure") or contract.LAYER_MEASURES)
        stats = np.asarray(stats, dtype=np.float64)
        if measure not in measures or stats.ndim != 2 or measures.index(measure) >= stats.shape[0]:
            return None
        return stats[measures.index(measure)]

    def accuracy(self, split: str, step: int | None = None) -> float:
        """Accuracy on ``split`` (``source``, ``target``, ``target_val``) at ``step``; NaN if missing."""
        perf = self.at("performance", step)
        if perf is None:
            return math.nan
        perf = np.asarray(perf, dtype=np.float64)
        splits = list((self.axes.get("performance") or {}).get("split") or contract.SPLITS)
        metrics = list((self.axes.get("performance") or {}).get("metric") or contract.METRICS)
        if split not in splits or "accuracy" not in metrics or perf.ndim != 2:
            return math.nan
        i, j = splits.index(split), metrics.index("accuracy")
        return float(perf[i, j]) if i < perf.shape[0] and j < perf.shape[1] else math.nan

    def scalar(self, kind: str, step: int | None = None) -> float:
        v = self.at(kind, step)
        if v is None:
            return math.nan
        v = np.asarray(v, dtype=np.float64).reshape(-1)
        return float(v[0]) if v.size else math.nan

    def link(self, section: str, panel: str | None = None, *, step: int | None = None, layer: str | None = None,
             class_: int | None = None) -> Link:
        return Link(self.run, self.step if step is None else step, section, panel, layer, class_)


# ---- helpers ---------------------------------------------------------------------------------------------------------


def _finder(rule: str, run: RunRecords, section: str, panel: str | None, *, step: int | None = None):
    """The maker of one rule's findings at ``run``: ``finding(status, severity, sentence, numbers=(), layer=None,
    step=None, class_=None)`` is a :class:`Finding` with the rule's title and threshold, whose evidence link opens
    ``panel`` of ``section`` at ``step`` (the one given here, else the run's step), ``layer`` and ``class_``."""
    title, threshold, default_step = TITLES[rule], THRESHOLDS[rule], step

    def finding(status, severity, sentence, numbers=(), layer=None, step=None, class_=None) -> Finding:
        return Finding(rule, title, status, severity, sentence, threshold, tuple(numbers),
                       run.link(section, panel, step=default_step if step is None else step, layer=layer,
                                class_=class_))

    return finding


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _pp(x: float) -> str:
    return f"{100 * x:+.1f} pp".replace("-", "\u2212")


def _num(x: float) -> str:
    return (f"{x:.3g}" if abs(x) < 1000 else f"{x:.0f}").replace("-", "\u2212")


def _finite(x: Any) -> bool:
    return x is not None and isinstance(x, (int, float, np.floating, np.integer)) and math.isfinite(float(x))


def _names(items: Sequence[str], limit: int = 4) -> str:
    items = list(items)
    if len(items) <= limit:
        return ", ".join(items)
    return ", ".join(items[:limit]) + f" and {len(items) - limit} more"


def bootstrap_mean_interval(diff: np.ndarray, level: float = NEGATIVE_TRANSFER_LEVEL,
                            resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """Percentile bootstrap interval (Efron & Tibshirani 1993, ch. 13) of the mean of paired differences.

    Parameters
    ----------
    diff : int or float [V] per-instance differences ``correct_current − correct_baseline`` in {−1, 0, 1}.
    level : coverage of the interval (0.95: the 2.5th and 97.5th percentiles of the resampled means).

    Returns
    -------
    (low, high) of the resampled means. Resampling V instances with replacement only changes how many of each
    value {−1, 0, 1} are drawn, so each resample is one multinomial draw of V over the three observed frequencies:
    the same distribution as resampling indices, at a cost independent of V.

    Raises
    ------
    ValueError for an empty input or values outside {−1, 0, 1}.
    """
    diff = np.asarray(diff, dtype=np.float64).reshape(-1)
    if diff.size == 0:
        raise ValueError("bootstrap needs at least one instance")
    if not np.isin(diff, (-1.0, 0.0, 1.0)).all():
        raise ValueError("paired correctness differences must be -1, 0 or 1")
    n = diff.size
    p = np.array([(diff == 1).sum(), (diff == -1).sum(), (diff == 0).sum()], dtype=np.float64) / n
    draws = np.random.default_rng(seed).multinomial(n, p, size=resamples)
    means = (draws[:, 0] - draws[:, 1]) / n
    alpha = (1.0 - level) / 2.0
    low, high = np.quantile(means, [alpha, 1.0 - alpha])
    return float(low), float(high)


def _paired_correctness(run: RunRecords) -> tuple[np.ndarray | None, str, str]:
    """(diff [V] or None, what the instances are, why None): per-instance correctness of the current model minus
    that of the direct-reuse baseline on the data the transferability score is measured on."""
    if run.info_value("has_target_val"):
        vc = run.at("val_correct")
        if vc is None:
            return None, "", ("no val_correct record at this step (per-instance correctness on target_val; "
                              "written by newer versions of the callback)")
        vc = np.asarray(vc, dtype=np.float64)
        if vc.ndim != 2 or vc.shape[0] != 2:
            return None, "", f"val_correct has shape {vc.shape}, expected [2, V]"
        ok = np.isfinite(vc).all(axis=0)
        if not ok.any():
            return None, "", ("the target_val instances cannot be paired with the baseline's (is target_val "
                              "shuffled? the bootstrap pairs instances by position)")
        return vc[1, ok] - vc[0, ok], "target-val instances", ""
    if run.info_value("label_spaces_match") is False:
        return None, "", "the label spaces differ and there is no target_val: the baseline's per-instance " \
                         "predictions are not recorded"
    meta, out_now, out_first = run.meta(), \
        run.at("instance_outcome"), run.at("instance_outcome", run.first)
    if meta is None or out_now is None or out_first is None:
        return None, "", "no target_val, and the target probe's predictions (instance_outcome at this step and " \
                         "the first) or instance_meta are missing"
    meta = np.asarray(meta, dtype=np.int64)
    out_now, out_first = np.asarray(out_now, np.float64), np.asarray(out_first, np.float64)
    if out_now.shape != out_first.shape or out_now.ndim != 2 or out_now.shape[1] != meta.shape[0]:
        return None, "", "instance_outcome and instance_meta disagree in size"
    target = meta[:, 0] == 1
    pred_now, pred_first = out_now[0, target], out_first[0, target]
    labels = meta[target, 1]
    ok = np.isfinite(pred_now) & np.isfinite(pred_first)
    if not ok.any():
        return None, "", "no target probe instance has a prediction at this step and the first"
    diff = (pred_now[ok] == labels[ok]).astype(np.float64) - (pred_first[ok] == labels[ok]).astype(np.float64)
    return diff, "target probe instances", ""


# ---- the rules -------------------------------------------------------------------------------------------------------


def negative_transfer(run: RunRecords) -> list[Finding]:
    """Rule 1: the transferability score is below 0 and its bootstrap 95% interval excludes 0."""
    finding = _finder("negative_transfer", run, "statistical", "stat-transferability")

    score = run.scalar("transferability")
    if not math.isfinite(score):
        why = ("the label spaces differ and no source head maps them, so direct reuse is undefined"
               if run.info_value("label_spaces_match") is False and run.info_value("has_source_head") is False
               else "no transferability score at this step (see the failures at this step)")
        return [finding("undecided", "note", f"Cannot decide on negative transfer: {why}.")]
    numbers = [Number("transferability score", score, "pp")]
    if score >= 0:
        return [finding("clear", "note", f"The transferability score is {_pp(score)}: no negative transfer.", numbers)]
    diff, what, why = _paired_correctness(run)
    if diff is None:
        return [finding("undecided", "note", f"The transferability score is {_pp(score)}, but whether it is below 0 "
                        f"beyond chance cannot be decided: {why}.", numbers)]
    low, high = bootstrap_mean_interval(diff)
    numbers += [Number(f"{NEGATIVE_TRANSFER_LEVEL:.0%} interval low", low, "pp"),
                Number(f"{NEGATIVE_TRANSFER_LEVEL:.0%} interval high", high, "pp"),
                Number(what, diff.size, "count")]
    if high < 0:
        return [finding("found", "problem", f"Negative transfer: fine-tuning is {_pp(score)} below reusing the "
                        f"pretrained model as it was (95% interval {_pp(low)} to {_pp(high)} over {diff.size} {what}).",
                        numbers)]
    return [finding("clear", "note", f"The transferability score is {_pp(score)}, but its 95% interval "
                    f"({_pp(low)} to {_pp(high)}) includes 0: not distinguishable from no change.", numbers)]


def forgetting(run: RunRecords) -> list[Finding]:
    """Rule 2: source accuracy more than FORGETTING_DROP below the pretrained model's."""
    finding = _finder("forgetting", run, "statistical", "stat-accuracy")

    if run.first is None:
        return [finding("undecided", "note", "Cannot decide on forgetting: the run has no performance records.")]
    now, before = run.accuracy("source"), run.accuracy("source", run.first)
    if not (math.isfinite(now) and math.isfinite(before)):
        why = ("the label spaces differ and no source head was given" if run.info_value("has_source_head") is False
               else "source accuracy is missing at this step or the first")
        return [finding("undecided", "note", f"Cannot decide on forgetting: {why}.")]
    if _started_at_chance(run):
        return [finding("undecided", "note", f"Not applicable: {_AT_CHANCE}, so it has nothing to forget.")]
    numbers = [Number("source accuracy now", now, "acc"), Number("pretrained model's", before, "acc"),
               Number("change", now - before, "pp")]
    if before - now > FORGETTING_DROP:
        return [finding("found", "warning", f"Forgetting: source accuracy fell from {_pct(before)} to {_pct(now)} "
                        f"({_pp(now - before)}).", numbers)]
    return [finding("clear", "note", f"Source accuracy is {_pct(now)}, {_pp(now - before)} from the pretrained "
                    "model's: no forgetting beyond the threshold.", numbers)]


def barely_moved(run: RunRecords) -> list[Finding]:
    """Rule 3: layers with relative weight drift < STILL_DRIFT and CKA (target probe) > STILL_CKA at this step."""
    finding = _finder("barely_moved", run, "overview", "overview-heatmaps")

    if run.step == run.first:
        return [finding("clear", "note", "Step 0 is the pretrained model itself: nothing has moved yet.")]
    drift, cka, names = run.layer_measure("weight_drift"), run.layer_measure("cka_target"), run.layer_names()
    if drift is None or cka is None or len(drift) != len(names):
        return [finding("undecided", "note", "Cannot decide which layers moved: no layer_stats at this step.")]
    still, unknown, numbers = [], [], []
    for name, d, c in zip(names, drift, cka):
        if not (math.isfinite(d) and math.isfinite(c)):
            unknown.append(name)
        elif d < STILL_DRIFT and c > STILL_CKA:
            still.append(name)
            numbers += [Number(f"{name} drift", d, "fraction"), Number(f"{name} CKA", c)]
    out = []
    # Layers whose weights did not change at all are frozen already: said apart, not suggested for freezing.
    frozen = [name for name, d in zip(names, drift) if name in still and d == 0]
    moved = [name for name in still if name not in frozen]
    for group, text in ((moved, f"barely moved (drift under {STILL_DRIFT:.0%}, CKA over {STILL_CKA}): "
                                f"{'candidates' if len(moved) > 1 else 'a candidate'} to freeze."),
                        (frozen, "did not move at all (weight drift 0: frozen).")):
        if group:
            shown = [n for n in numbers if n.label.rsplit(" ", 1)[0] in group]
            out.append(finding("found", "note", f"{_names(group)} {text}", shown, group[0]))
    if unknown:
        out.append(finding("undecided", "note", f"Cannot decide for {_names(unknown)}: weight drift or CKA failed "
                           "or is missing at this step.", (), unknown[0]))
    if not out:
        out.append(finding("clear", "note", "Every tracked layer moved beyond the threshold."))
    return out


def overwritten_early(run: RunRecords) -> list[Finding]:
    """Rule 4: layers whose CKA (target probe) fell below OVERWRITTEN_CKA within the first EARLY_FRACTION of the
    steps so far (the steps after the first, up to this one; the first ceil(EARLY_FRACTION * n) of those n)."""
    later = [s for s in run.steps if s != run.first]

    finding = _finder("overwritten_early", run, "overview", "overview-heatmaps")

    if not later:
        return [finding("clear", "note", "No fine-tuning step yet.")]
    if _started_at_chance(run):
        return [finding("undecided", "note", f"Not applicable: {_AT_CHANCE}, so its layers have no pretrained "
                        "features to lose.")]
    early = later[:max(1, math.ceil(EARLY_FRACTION * len(later)))]
    names = run.layer_names()
    rows = [(s, run.layer_measure("cka_target", s)) for s in early]
    rows = [(s, r) for s, r in rows if r is not None and len(r) == len(names)]
    if not rows or not names:
        return [finding("undecided", "note", "Cannot decide: no layer_stats in the early steps.")]
    hit, unknown, numbers = [], [], []
    for j, name in enumerate(names):
        values = [(s, float(r[j])) for s, r in rows if math.isfinite(r[j])]
        if not values:
            unknown.append(name)
            continue
        below = [(s, v) for s, v in values if v < OVERWRITTEN_CKA]
        if below:
            hit.append((name, below[0][0]))
            numbers += [Number(f"{name} CKA at step {below[0][0]}", below[0][1])]
    numbers.append(Number("early steps", len(early), "count"))
    out = []
    if hit:
        their = "their" if len(hit) > 1 else "its"
        out.append(finding("found", "warning", f"{_names([h[0] for h in hit])} lost {their}"
                           f" pretrained features early (CKA under {OVERWRITTEN_CKA} by step {hit[0][1]}, within the "
                           f"first {EARLY_FRACTION:.0%} of the steps). A smaller learning rate for "
                           f"{'them' if len(hit) > 1 else 'it'}, or linear probing first, may keep them.",
                           numbers, hit[0][0], hit[0][1]))
    if unknown:
        out.append(finding("undecided", "note", f"Cannot decide for {_names(unknown)}: CKA failed or is missing in "
                           "the early steps.", (), unknown[0]))
    if not out:
        out.append(finding("clear", "note", f"No layer's CKA fell below {OVERWRITTEN_CKA} in the early steps "
                           f"(steps {early[0]}–{early[-1]}).", numbers))
    return out


def domain_gap_at_top(run: RunRecords) -> list[Finding]:
    """Rule 5: domain-classifier AUC > DOMAIN_AUC_HIGH at the last tracked layer or ``penultimate``, and target
    probe accuracy more than TOP_ACCURACY_GAP below source probe accuracy."""
    candidates: list[tuple[str, float]] = []
    names, auc = run.layer_names(), run.layer_measure("domain_auc")
    if names and auc is not None and len(auc) == len(names) and math.isfinite(auc[-1]):
        candidates.append((names[-1], float(auc[-1])))
    penult = _penultimate_auc(run)
    if penult is not None:
        candidates.append((contract.PENULTIMATE, penult))
    src, tgt = run.accuracy("source"), run.accuracy("target")

    finding = _finder("domain_gap_at_top", run, "instance", None)

    if not candidates:
        return [finding("undecided", "note", "Cannot decide: no domain-classifier AUC at the last tracked layer or "
                            "penultimate at this step.")]
    layer, top = max(candidates, key=lambda c: c[1])
    numbers = [Number(f"domain AUC at {name}", v) for name, v in candidates]
    if not (math.isfinite(src) and math.isfinite(tgt)):
        return [finding("undecided", "note", f"The domain AUC at {layer} is {_num(top)}, but source or target "
                            "accuracy is missing (label spaces differ without a source head?).", numbers, layer)]
    numbers += [Number("source accuracy", src, "acc"), Number("target accuracy", tgt, "acc"),
                Number("target − source", tgt - src, "pp")]
    if top > DOMAIN_AUC_HIGH and src - tgt > TOP_ACCURACY_GAP:
        return [finding("found", "warning", f"The top of the network still tells the domains apart (domain AUC "
                            f"{_num(top)} at {layer}) and target accuracy trails source by {_pp(src - tgt)[1:]}.",
                            numbers, layer)]
    return [finding("clear", "note", f"No domain gap left at the top beyond the thresholds (AUC {_num(top)} at "
                        f"{layer}; target − source {_pp(tgt - src)}).", numbers, layer)]


def _penultimate_auc(run: RunRecords) -> float | None:
    """Rank AUC of the out-of-fold P(target | penultimate features) against the domain (None if unavailable)."""
    meta, out = run.meta(), run.at("instance_outcome")
    if meta is None or out is None:
        return None
    meta, out = np.asarray(meta), np.asarray(out, dtype=np.float64)
    fields = list((run.axes.get("instance_outcome") or {}).get("field") or contract.INSTANCE_FIELDS)
    if "p_target" not in fields or out.ndim != 2 or out.shape[1] != meta.shape[0]:
        return None
    p = out[fields.index("p_target")]
    ok = np.isfinite(p)
    is_target = meta[:, 0] == 1
    if not (is_target & ok).any() or not (~is_target & ok).any():
        return None
    from tb_transfer.measures import rank_auc

    return float(rank_auc(p[ok][:, None], is_target[ok])[0])


def worst_classes(run: RunRecords) -> list[Finding]:
    """Rule 6: the WORST_CLASSES classes with the largest source − target accuracy gap (> 0), with each one's top
    confusion on the target probe."""
    acc = run.at("class_accuracy")
    names = [str(c) for c in run.info_value("class_names", []) or []]

    finding = _finder("worst_classes", run, "statistical", "stat-classes")

    if acc is None:
        return [finding("undecided", "note", "Cannot decide: no class_accuracy record at this step.")]
    acc = np.asarray(acc, dtype=np.float64)
    if acc.ndim != 2 or acc.shape[0] != 2:
        return [finding("undecided", "note", f"Cannot decide: class_accuracy has shape {acc.shape}.")]
    gap = acc[0] - acc[1]
    valid = np.flatnonzero(np.isfinite(gap))
    if not valid.size:
        return [finding("undecided", "note", "Cannot decide: no class has an accuracy on both domains (different label "
                        "spaces?).")]
    order = valid[np.argsort(-gap[valid], kind="stable")]
    worst = [int(c) for c in order[:WORST_CLASSES] if gap[c] > 0]
    if not worst:
        return [finding("clear", "note", "No class is less accurate on the target than on the source.")]
    confusion = run.at("confusion")
    confusion = np.asarray(confusion, dtype=np.float64) if confusion is not None else None
    out = []
    for c in worst:
        name = names[c] if c < len(names) else f"class {c}"
        numbers = [Number("source accuracy", acc[0, c], "acc"), Number("target accuracy", acc[1, c], "acc"),
                   Number("target − source", -gap[c], "pp")]
        sentence = f"Class {name} transfers {_pp(-gap[c])[1:]} worse than on the source ({_pct(acc[1, c])} vs " \
                   f"{_pct(acc[0, c])})"
        if confusion is not None and confusion.ndim == 3 and confusion.shape[1] > c:
            row = np.where(np.arange(confusion.shape[2]) == c, -1, np.nan_to_num(confusion[1, c], nan=-1))
            j = int(np.argmax(row))
            if row[j] > 0:
                other = names[j] if j < len(names) else f"class {j}"
                times = "once" if row[j] == 1 else f"{int(row[j])} times"
                sentence += f"; on the target it is most often taken for {other} ({times})"
                numbers.append(Number(f"taken for {other}", row[j], "count"))
        out.append(finding("found", "note", sentence + ".", numbers, class_=c))
    return out


def unstable_predictions(run: RunRecords) -> list[Finding]:
    """Rule 7: more than FLIP_FRACTION of the target probe instances changed prediction since the previous step."""
    finding = _finder("unstable_predictions", run, "instance", None)

    earlier = [s for s in run.series("instance_outcome") if s < run.step]
    if not earlier:
        return [finding("clear", "note", "No previous step to compare predictions with.")]
    meta = run.meta()
    now, before = run.at("instance_outcome"), run.at("instance_outcome", max(earlier))
    if meta is None or now is None:
        return [finding("undecided", "note",
                        "Cannot decide: instance_meta or instance_outcome is missing at this step.")]
    now, before, meta = np.asarray(now, np.float64), np.asarray(before, np.float64), np.asarray(meta)
    if now.shape != before.shape or now.ndim != 2 or now.shape[1] != meta.shape[0]:
        return [finding("undecided", "note", "Cannot decide: instance records disagree in size.")]
    target = meta[:, 0] == 1
    a, b = now[0, target], before[0, target]
    ok = np.isfinite(a) & np.isfinite(b)
    if not ok.any():
        return [finding("undecided", "note",
                        "Cannot decide: no target probe prediction at this step and the previous.")]
    frac = float(np.mean(a[ok] != b[ok]))
    numbers = [Number("changed", frac, "fraction"), Number("target probe instances", int(ok.sum()), "count"),
               Number("previous step", max(earlier), "count")]
    if frac > FLIP_FRACTION:
        return [finding("found", "warning", f"Predictions are unstable: {_pct(frac)} of the target probe instances "
                        f"changed prediction since step {max(earlier)}.", numbers)]
    return [finding("clear", "note", f"{_pct(frac)} of target probe predictions changed since step {max(earlier)}.",
                    numbers)]


def transferable_features(run: RunRecords) -> list[Finding]:
    """Rule 8: at the first step, the layer with the highest LogME on the target labels; found if it is not the
    last tracked layer."""
    names = run.layer_names()
    logme = run.layer_measure("logme", run.first) if run.first is not None else None

    finding = _finder("transferable_features", run, "statistical", "stat-layers", step=run.first)

    if _started_at_chance(run):
        return [finding("undecided", "note", f"Not applicable: {_AT_CHANCE}, so its first step has no pretrained "
                        "features to rank.")]
    if logme is None or len(logme) != len(names) or not np.isfinite(logme).any():
        return [finding("undecided", "note", "Cannot decide: no LogME at the first step.")]
    best = int(np.nanargmax(logme))
    numbers = [Number(f"LogME {names[best]}", logme[best])]
    if best == len(names) - 1:
        return [finding("clear", "note", f"The last layer, {names[best]}, has the highest LogME at step "
                        f"{run.first}.", numbers, names[best])]
    last = logme[-1]
    numbers.append(Number(f"LogME {names[-1]} (last)", last))
    tail = f", above the last layer {names[-1]} ({_num(last)})" if math.isfinite(last) else \
        f"; the last layer {names[-1]} has no LogME"
    return [finding("found", "note", f"At step {run.first} the most transferable features are in {names[best]} (LogME "
                    f"{_num(logme[best])}{tail}), not in the last layer.", numbers, names[best])]


def failed_measures(run: RunRecords) -> list[Finding]:
    """Rule 9: any measure failure at this step, counted per measure."""
    failures = run.at("failures")

    finding = _finder("failed_measures", run, "statistical", "stat-failures")

    if failures is None:
        return [finding("undecided", "note", "Cannot decide: no failures record at this step.")]
    if not isinstance(failures, list):
        return [finding("undecided", "note", "Cannot decide: the failures record is not a list.")]
    if not failures:
        return [finding("clear", "note", "No measure failed at this step.")]
    counts: dict[str, int] = {}
    for f in failures:
        m = str(f.get("measure", "?")) if isinstance(f, dict) else "?"
        counts[m] = counts.get(m, 0) + 1
    numbers = [Number(m, c, "count") for m, c in sorted(counts.items(), key=lambda kv: -kv[1])]
    layers = [str(f.get("layer")) for f in failures if isinstance(f, dict) and f.get("layer") in run.layer_names()]
    listed = ", ".join(f"{m} ×{c}" for m, c in sorted(counts.items(), key=lambda kv: -kv[1]))
    return [finding("found", "warning", f"{len(failures)} measure failure{'s' if len(failures) > 1 else ''} at this "
                    f"step ({listed}); those values are missing.", numbers, layers[0] if layers else None)]


RULES = (negative_transfer, forgetting, barely_moved, overwritten_early, domain_gap_at_top, worst_classes,
         unstable_predictions, transferable_features, failed_measures)


def runs_compared(runs: Sequence[RunRecords]) -> list[Finding]:
    """Rule 10: with two or more runs, the run with the highest transferability score and the one with the least
    forgetting (the largest change of source accuracy since its first step), each by how much it leads the next."""
    if len(runs) < 2:
        return []
    threshold = THRESHOLDS["runs_compared"]
    out = []
    for rule, title, panel, value_of, better in (
            ("compare_transferability", "Runs compared: transferability", "stat-transferability",
             lambda r: r.scalar("transferability"), "highest transferability score"),
            ("compare_forgetting", "Runs compared: forgetting", "stat-accuracy",
             lambda r: r.accuracy("source") - r.accuracy("source", r.first) if r.first is not None else math.nan,
             "least forgetting")):
        values = [(r, value_of(r)) for r in runs]
        at_chance = [] if rule == "compare_transferability" else [r for r, _ in values if _started_at_chance(r)]
        values = [(r, v) for r, v in values if r not in at_chance]
        known = [(r, v) for r, v in values if math.isfinite(v)]
        missing = [r.run for r, v in values if not math.isfinite(v)]
        if len(known) < 2:
            why = [f"{_names(missing)} lack{'s' if len(missing) == 1 else ''} them"] if missing else []
            if at_chance:
                why.append(f"{_names([r.run for r in at_chance])} started at chance on the source, with nothing to "
                           f"forget")
            out.append(Finding(rule, title, "undecided", "note", f"Cannot compare: fewer than two runs have the "
                               f"numbers ({'; '.join(why)}).", threshold))
            continue
        ranked = sorted(known, key=lambda rv: -rv[1])  # higher is better for both
        (best, v0), (second, v1) = ranked[0], ranked[1]
        label = "transferability score" if rule == "compare_transferability" else \
            "source accuracy change since its first step"
        numbers = tuple(Number(f"{r.run} (step {r.step})", v, "pp") for r, v in ranked)
        lead = abs(v0 - v1)
        sentence = (f"{best.run} has the {better} ({label} {_pp(v0)} at step {best.step}), "
                    f"{100 * lead:.1f} pp ahead of {second.run} ({_pp(v1)}).")
        if rule == "compare_transferability":
            sentence += _baselines_differ([r for r, _ in ranked])
        if missing:
            sentence += f" Not compared: {_names(missing)}."
        if at_chance:
            sentence += (f" Left out: {_names([r.run for r in at_chance])}, at chance on the source at "
                         f"{'its' if len(at_chance) == 1 else 'their'} first step (nothing to forget).")
        out.append(Finding(rule, title, "found", "note", sentence, threshold, numbers,
                           best.link("statistical", panel)))
    return out


_AT_CHANCE = ("the run's starting model is at chance on the source (trained from scratch, or given a new head without "
              "source_head)")


def _started_at_chance(run: RunRecords) -> bool:
    """Whether the run's source accuracy at its first step is within FORGETTING_DROP of chance (1 / the number of
    source classes): a model trained from scratch, say, which has no source knowledge to forget."""
    classes = run.info_value("source_class_names") or run.info_value("class_names") or []
    first = run.accuracy("source", run.first) if run.first is not None else math.nan
    return bool(classes) and math.isfinite(first) and first <= 1 / len(classes) + FORGETTING_DROP


def _baselines_differ(runs: Sequence[RunRecords]) -> str:
    """A sentence when the runs' transferability scores are measured against direct-reuse baselines more than
    BASELINE_SPREAD apart (a run from scratch starts from a random model), else ''. The baseline is the target
    accuracy (target_val, else the target probe) minus the score."""
    def baseline(r: RunRecords) -> float:
        accuracy = r.accuracy("target_val")
        return (accuracy if math.isfinite(accuracy) else r.accuracy("target")) - r.scalar("transferability")

    bases = [(r.run, b) for r in runs if math.isfinite(b := baseline(r))]
    if len(bases) < 2 or max(b for _, b in bases) - min(b for _, b in bases) <= BASELINE_SPREAD:
        return ""
    listed = ", ".join(f"{run} {100 * b:.1f} %" for run, b in bases)
    return (f" Their scores are measured against different baselines (the starting model reused directly: {listed}): "
            f"compare their target accuracy instead.")


def evaluate(run: RunRecords) -> list[Finding]:
    """Every per-run rule's findings for ``run`` at ``run.step``, in the order of :data:`RULES`. A record with an
    unexpected shape or content makes that rule ``undecided`` (with the reason), never the others."""
    out: list[Finding] = []
    for rule in RULES:
        try:
            out.extend(rule(run))
        except (ValueError, TypeError, IndexError, KeyError, AttributeError, ArithmeticError) as exc:
            name = rule.__name__
            out.append(Finding(name, TITLES[name], "undecided", "note", f"Cannot decide: a record this rule reads "
                               f"is malformed ({type(exc).__name__}: {str(exc)[:200]}).", THRESHOLDS[name]))
    return out


def step_for(steps: Iterable[int], step: int | None) -> int | None:
    """The step a run shows for a selected (global) step, as the frontend's ``stepForRun``: its largest step ≤
    ``step``, else its first; the latest for None; None if the run has no steps."""
    steps = sorted(steps)
    if not steps:
        return None
    if step is None:
        return steps[-1]
    below = [s for s in steps if s <= step]
    return below[-1] if below else steps[0]


def report(runs: Sequence[RunRecords]) -> dict:
    """The ``/findings`` answer: per run its step and findings (most severe first), and the comparison."""
    rank = {("found", "problem"): 0, ("found", "warning"): 1, ("found", "note"): 2, ("undecided", "note"): 3}
    body = []
    for run in runs:
        findings = sorted(evaluate(run), key=lambda f: rank.get((f.status, f.severity), 4))
        body.append({"run": run.run, "step": run.step, "findings": [f.to_json() for f in findings], "error": None})
    return {"runs": body, "compared": [f.to_json() for f in runs_compared(runs)]}
