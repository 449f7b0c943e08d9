"""Transfer measures as pure functions of NumPy arrays (no torch, no I/O).

Notation in the docstrings: N instances, D feature dimensions, K channels of a layer, C classes, Cs source-head
classes. "Pooled" activations are a conv layer's outputs averaged over space: [N, K].
References for every definition are in ``shared/reference/transfer-measures.md`` of the design documents.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

import numpy as np

ArrayOrArrays = np.ndarray | Sequence[np.ndarray]


# ----------------------------------------------------------------------------------------------- input checks
def _matrix(x: np.ndarray, name: str, min_rows: int = 1) -> np.ndarray:
    """``x`` as a finite float64 [N, D] matrix with at least ``min_rows`` rows, else ValueError."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array [N, D], got shape {x.shape}")
    if x.shape[0] < min_rows or x.shape[1] == 0:
        raise ValueError(f"{name} needs at least {min_rows} rows and one column, got shape {x.shape}")
    if not np.isfinite(x).all():
        raise ValueError(f"{name} contains NaN or infinite values")
    return x


def _labels(labels: np.ndarray, n: int, name: str = "labels", num_classes: int | None = None) -> np.ndarray:
    labels = np.asarray(labels)
    if labels.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got {labels.shape}")
    if labels.size and not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"{name} must be integers, got {labels.dtype}")
    if num_classes is not None and labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError(f"{name} must lie in [0, {num_classes}), got range [{labels.min()}, {labels.max()}]")
    return labels.astype(np.int64)


def _same_rows(a: np.ndarray, b: np.ndarray, names: str) -> None:
    if a.shape[0] != b.shape[0]:
        raise ValueError(f"{names} must have the same number of rows, got {a.shape[0]} and {b.shape[0]}")


def _binary(mask: np.ndarray, n: int, name: str) -> np.ndarray:
    mask = np.asarray(mask)
    if mask.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got {mask.shape}")
    return mask.astype(bool)


def _standardize(x: np.ndarray) -> np.ndarray:
    """Columns to zero mean and unit variance; constant columns become 0 (they carry no information)."""
    std = x.std(axis=0)
    return np.where(std > 0, (x - x.mean(axis=0)) / np.where(std > 0, std, 1.0), 0.0)


# ------------------------------------------------------------------------------------------------ statistical
def accuracy(pred: np.ndarray, labels: np.ndarray) -> float:
    """Fraction of ``pred`` [N] equal to ``labels`` [N]; NaN for N = 0."""
    pred = np.asarray(pred)
    labels = _labels(labels, pred.shape[0])
    return float(np.mean(pred == labels)) if labels.size else float("nan")


def per_class_accuracy(pred: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """Recall per class, float [C]; NaN for classes without instances."""
    pred = np.asarray(pred)
    labels = _labels(labels, pred.shape[0], num_classes=num_classes)
    total = np.bincount(labels, minlength=num_classes).astype(float)
    hits = np.bincount(labels[pred == labels], minlength=num_classes).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, hits / total, np.nan)


def confusion_matrix(pred: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """Counts float32 [C true, C predicted]."""
    pred = _labels(pred, np.asarray(pred).shape[0], "pred", num_classes)
    labels = _labels(labels, pred.shape[0], num_classes=num_classes)
    counts = np.zeros((num_classes, num_classes), np.float32)
    np.add.at(counts, (labels, pred), 1)
    return counts


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def instance_outcome(logits: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-instance prediction int [N], cross-entropy loss float [N] and margin p(y) − max_{c≠y} p(c) float [N]."""
    logits = _matrix(logits, "logits")
    n, c = logits.shape
    labels = _labels(labels, n, num_classes=c)
    log_p = _log_softmax(logits)
    rows = np.arange(n)
    p = np.exp(log_p)
    others = p.copy()
    others[rows, labels] = -np.inf
    margin = p[rows, labels] - (others.max(axis=1) if c > 1 else 0.0)
    return logits.argmax(axis=1), -log_p[rows, labels], margin


def logme(features: np.ndarray, labels: np.ndarray, *, tol: float = 1e-3, max_iter: int = 100) -> float:
    """LogME (You et al. 2021): mean over one-vs-rest classes of the maximised log evidence per instance.

    For each class, y = F w + ε with w ~ N(0, α⁻¹ I), ε ~ N(0, β⁻¹ I); the evidence is maximised over (α, β) by the
    fixed-point iteration of arXiv 2110.10545 in the SVD basis of ``features`` [N, D]. The SVD is of the smaller side,
    and the D − rank directions with zero singular value are counted (they matter when D > N).
    """
    f = _matrix(features, "features", min_rows=2)
    n, d = f.shape
    labels = _labels(labels, n)
    classes = np.unique(labels)
    if classes.size < 2:
        raise ValueError("logme needs at least two classes in labels")
    # Eigen-decompose the smaller Gram matrix (much cheaper than an SVD): s = squared singular values, [k].
    if n <= d:
        s, u = np.linalg.eigh(f @ f.T)
        project = lambda y: u.T @ y  # noqa: E731
    else:
        s, v = np.linalg.eigh(f.T @ f)
        keep = s > 1e-10 * max(s.max(), 1e-300)
        s, v = s[keep], v[:, keep]
        project = lambda y: (v.T @ (f.T @ y)) / np.sqrt(s)  # noqa: E731  (= Uᵀy with U = F V / σ)
    s = np.clip(s, 0.0, None)
    evidences = []
    for c in classes:
        y = (labels == c).astype(np.float64)
        x = project(y)
        x2 = x ** 2
        residual_outside = max(float(y @ y - x2.sum()), 0.0)
        alpha, beta = 1.0, 1.0
        for _ in range(max_iter):
            t = alpha / beta
            gamma = float((s / (s + t)).sum())
            m2 = float((s * x2 / (t + s) ** 2).sum())
            res2 = float((x2 / (1 + s / t) ** 2).sum()) + residual_outside
            alpha = gamma / max(m2, 1e-12)
            beta = (n - gamma) / max(res2, 1e-12)
            if abs(alpha / beta - t) / t <= tol:
                break
        evidences.append(_log_evidence(alpha, beta, s, x2, residual_outside, n, d) / n)
    return float(np.mean(evidences))


def _log_evidence(alpha: float, beta: float, s: np.ndarray, x2: np.ndarray, residual_outside: float,
                  n: int, d: int) -> float:
    """log p(y | F, α, β) in the SVD basis (s = squared singular values, x2 = squared projections of y)."""
    t = alpha / beta
    m2 = float((s * x2 / (t + s) ** 2).sum())
    res2 = float((x2 / (1 + s / t) ** 2).sum()) + residual_outside
    log_det = float(np.log(alpha + beta * s).sum()) + (d - s.size) * np.log(alpha)
    return (d / 2 * np.log(alpha) + n / 2 * np.log(beta) - log_det / 2
            - beta / 2 * res2 - alpha / 2 * m2 - n / 2 * np.log(2 * np.pi))


def leep(source_probs: np.ndarray, labels: np.ndarray, num_classes: int) -> float:
    """LEEP (Nguyen et al. 2020) of a source head's softmax ``source_probs`` [N, Cs] for target ``labels`` [N].

    P(y, z) = 1/N Σ_{i: y_i = y} θ(x_i)_z;  P(y | z) = P(y, z) / Σ_y P(y, z);  LEEP = 1/N Σ_i log Σ_z P(y_i | z) θ(x_i)_z.
    """
    theta = _matrix(source_probs, "source_probs")
    if (theta < 0).any() or not np.allclose(theta.sum(axis=1), 1.0, atol=1e-3):
        raise ValueError("source_probs rows must be probability distributions (non-negative, summing to 1)")
    n = theta.shape[0]
    labels = _labels(labels, n, num_classes=num_classes)
    joint = np.zeros((num_classes, theta.shape[1]))
    np.add.at(joint, labels, theta)
    joint /= n
    conditional = joint / np.maximum(joint.sum(axis=0, keepdims=True), 1e-300)
    expected = (theta @ conditional.T)[np.arange(n), labels]
    return float(np.mean(np.log(np.maximum(expected, 1e-300))))


def transferability_score(acc_current: float, acc_pretrained: float) -> float:
    """Accuracy gain of the current model over direct reuse of the pretrained one (NaN propagates)."""
    return float(acc_current) - float(acc_pretrained)


# ------------------------------------------------------------------------------------------- layer / structure
def _u_centered_gram(x: np.ndarray) -> np.ndarray:
    """U-centred Gram matrix of ``x`` [N, D] (Székely & Rizzo 2014): unbiased HSIC is a plain inner product of two."""
    n = x.shape[0]
    g = x @ x.T
    np.fill_diagonal(g, 0.0)
    means = g.sum(axis=0) / (n - 2)
    means -= means.sum() / (2 * (n - 1))
    g -= means[:, None]
    g -= means[None, :]
    np.fill_diagonal(g, 0.0)
    return g


def unbiased_linear_cka(x: np.ndarray, y: np.ndarray) -> float:
    """Unbiased linear CKA (Nguyen, Raghu & Kornblith 2021) between ``x`` [N, D1] and ``y`` [N, D2], N ≥ 4.

    HSIC₁ is estimated with U-centred Gram matrices (equal to Song et al. 2012's formula), so the value does not drift
    towards 1 for wide layers and small probe sets as biased CKA does. Invariant to orthogonal transforms, isotropic
    scaling and translation. NaN when a side has no variance.
    """
    x, y = _matrix(x, "x", 4), _matrix(y, "y", 4)
    _same_rows(x, y, "x and y")
    kx, ky = _u_centered_gram(x), _u_centered_gram(y)
    xy, xx, yy = (kx * ky).sum(), (kx * kx).sum(), (ky * ky).sum()
    if xx <= 0 or yy <= 0:
        return float("nan")
    return float(xy / np.sqrt(xx * yy))


def linear_mmd(source: np.ndarray, target: np.ndarray) -> float:
    """Standardised linear MMD: Σ_d ((μs_d − μt_d) / σ_d)² / D with σ_d the pooled within-domain std.

    Dividing by the pooled std makes it invariant to per-dimension scale, dividing by D makes layers of different
    width comparable. Dimensions without variance in either domain contribute 0.
    """
    s, t = _matrix(source, "source", 2), _matrix(target, "target", 2)
    if s.shape[1] != t.shape[1]:
        raise ValueError(f"source and target must have the same width, got {s.shape[1]} and {t.shape[1]}")
    ns, nt = s.shape[0], t.shape[0]
    pooled = np.sqrt(((ns - 1) * s.var(axis=0, ddof=1) + (nt - 1) * t.var(axis=0, ddof=1)) / (ns + nt - 2))
    diff = s.mean(axis=0) - t.mean(axis=0)
    z = np.where(pooled > 0, diff / np.where(pooled > 0, pooled, 1.0), 0.0)
    return float((z ** 2).sum() / s.shape[1])


class DomainSeparation(NamedTuple):
    """How well a linear classifier tells the domains apart (out-of-fold): ROC AUC, proxy A-distance, P(target)."""

    auc: float
    pad: float
    p_target: np.ndarray  # float [Ns + Nt], source rows first


def domain_separation(source: np.ndarray, target: np.ndarray, *, n_components: int = 32, folds: int = 5,
                      seed: int = 0) -> DomainSeparation:
    """Cross-validated domain classifier on ``source`` [Ns, D] vs ``target`` [Nt, D].

    PCA to ``n_components`` (fitted on all rows: it is unsupervised, so no label leaks; it keeps the classifier from
    saturating in high D), standardisation, L2 logistic regression, stratified ``folds``-fold out-of-fold
    probabilities. ``pad`` = 2(1 − 2ε) with ε the out-of-fold error folded into [0, ½].
    """
    from sklearn.decomposition import PCA
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    s, t = _matrix(source, "source"), _matrix(target, "target")
    if s.shape[1] != t.shape[1]:
        raise ValueError(f"source and target must have the same width, got {s.shape[1]} and {t.shape[1]}")
    folds = min(folds, s.shape[0], t.shape[0])
    if folds < 2:
        raise ValueError("domain_separation needs at least 2 instances per domain")
    x = np.vstack([s, t])
    y = np.r_[np.zeros(len(s)), np.ones(len(t))]
    smallest_fold_train = len(x) - -(-len(x) // folds)  # PCA is fitted on each fold's training rows
    components = max(1, min(n_components, x.shape[1], smallest_fold_train - 1))
    model = make_pipeline(PCA(components, random_state=seed), StandardScaler(),
                          LogisticRegression(C=1.0, max_iter=1000))
    cv = StratifiedKFold(folds, shuffle=True, random_state=seed)
    p_target = cross_val_predict(model, x, y, cv=cv, method="predict_proba")[:, 1]
    error = float(np.mean((p_target > 0.5) != y))
    error = min(error, 1.0 - error)
    return DomainSeparation(float(roc_auc_score(y, p_target)), float(2 * (1 - 2 * error)), p_target)


def _flat(w: ArrayOrArrays) -> np.ndarray:
    if isinstance(w, np.ndarray):
        return w.astype(np.float64).ravel()
    return np.concatenate([np.asarray(a, dtype=np.float64).ravel() for a in w])


def _paired(w: ArrayOrArrays, w0: ArrayOrArrays) -> tuple[np.ndarray, np.ndarray]:
    a, b = _flat(w), _flat(w0)
    if a.shape != b.shape:
        raise ValueError(f"weights and pretrained weights differ in size: {a.size} vs {b.size}")
    return a, b


def relative_change(w: ArrayOrArrays, w0: ArrayOrArrays) -> float:
    """‖w − w0‖ / ‖w0‖ over all given arrays as one vector (e.g. [weight, bias]); NaN when w0 = 0 ≠ w."""
    a, b = _paired(w, w0)
    diff, base = np.linalg.norm(a - b), np.linalg.norm(b)
    if base == 0:
        return 0.0 if diff == 0 else float("nan")
    return float(diff / base)


def cosine_similarity(w: ArrayOrArrays, w0: ArrayOrArrays) -> float:
    """⟨w, w0⟩ / (‖w‖ ‖w0‖) over all given arrays as one vector; NaN when either is zero."""
    a, b = _paired(w, w0)
    norm = np.linalg.norm(a) * np.linalg.norm(b)
    return float(a @ b / norm) if norm > 0 else float("nan")


def filter_drift(w: np.ndarray, w0: np.ndarray) -> np.ndarray:
    """Per output filter k of ``w`` [K, ...]: rows (‖w_k − w0_k‖ / ‖w0_k‖, cos(w_k, w0_k)), float32 [2, K]."""
    w, w0 = np.asarray(w, np.float64), np.asarray(w0, np.float64)
    if w.shape != w0.shape or w.ndim == 0:
        raise ValueError(f"weights and pretrained weights must have one shape [K, ...], got {w.shape} and {w0.shape}")
    a, b = w.reshape(len(w), -1), w0.reshape(len(w0), -1)
    diff, base, norm = np.linalg.norm(a - b, axis=1), np.linalg.norm(b, axis=1), np.linalg.norm(a, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        drift = np.where(base > 0, diff / base, np.where(diff == 0, 0.0, np.nan))
        cosine = np.where(norm * base > 0, (a * b).sum(axis=1) / (norm * base), np.nan)
    return np.stack([drift, cosine]).astype(np.float32)


def bn_drift(mean: np.ndarray, var: np.ndarray, weight: np.ndarray | None, bias: np.ndarray | None,
             mean0: np.ndarray, var0: np.ndarray, weight0: np.ndarray | None, bias0: np.ndarray | None,
             eps: float = 1e-5) -> np.ndarray:
    """BatchNorm drift per channel, float32 [4, K]: rows (μ − μ0)/√(σ0² + ε), log((σ² + ε)/(σ0² + ε)), γ − γ0, β − β0.

    Affine rows are NaN for BatchNorm layers without affine parameters (``weight``/``bias`` None).
    """
    mean, var, mean0, var0 = (np.asarray(a, np.float64) for a in (mean, var, mean0, var0))
    k = mean.shape[0]
    if any(a.shape != (k,) for a in (var, mean0, var0)):
        raise ValueError("running mean and var (current and pretrained) must all have shape [K]")
    rows = [(mean - mean0) / np.sqrt(var0 + eps), np.log((var + eps) / (var0 + eps))]
    for cur, pre in ((weight, weight0), (bias, bias0)):
        rows.append(np.full(k, np.nan) if cur is None or pre is None
                    else np.asarray(cur, np.float64) - np.asarray(pre, np.float64))
    return np.stack(rows).astype(np.float32)


# ------------------------------------------------------------------------------------------------ feature level
def histogram_edges(acts: np.ndarray, bins: int = 16) -> np.ndarray:
    """Fixed bin edges float32 [bins + 1] for a layer's pooled activations ``acts`` [N, K].

    From the 0.5th to the 99.5th percentile over all channels, widened by 10 %, so a few outliers don't squash the
    histograms; values outside fall into the outer bins. Never zero width.
    """
    acts = _matrix(acts, "acts")
    if bins < 1:
        raise ValueError("bins must be at least 1")
    lo, hi = np.percentile(acts, [0.5, 99.5])
    pad = 0.05 * (hi - lo)
    lo, hi = lo - pad, hi + pad
    if hi - lo <= 1e-12:
        lo, hi = lo - 0.5, hi + 0.5
    return np.linspace(lo, hi, bins + 1).astype(np.float32)


def channel_stats(acts: np.ndarray, domain: np.ndarray, edges: np.ndarray) -> dict[str, np.ndarray]:
    """Per domain (0 = source, 1 = target) and channel: ``mean``, ``var``, ``dead`` (fraction ≤ 0), float32 [2, K],
    and ``hist`` float32 [2, K, B] counts in the bins ``edges`` [B + 1] (outside values clipped to the outer bins).
    A domain without instances gets NaN statistics and zero counts."""
    acts = _matrix(acts, "acts")
    n, k = acts.shape
    domain = _labels(domain, n, "domain", num_classes=2)
    edges = np.asarray(edges, np.float64)
    if edges.ndim != 1 or edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("edges must be an increasing 1-D array of at least two values")
    b = edges.size - 1
    out = {name: np.full((2, k), np.nan, np.float32) for name in ("mean", "var", "dead")}
    out["hist"] = np.zeros((2, k, b), np.float32)
    for d in (0, 1):
        a = acts[domain == d]
        if not len(a):
            continue
        out["mean"][d], out["var"][d], out["dead"][d] = a.mean(axis=0), a.var(axis=0), (a <= 0).mean(axis=0)
        bin_index = np.clip(np.searchsorted(edges, a, side="right") - 1, 0, b - 1)  # [n_d, K]
        flat = (np.arange(k)[None, :] * b + bin_index).ravel()
        out["hist"][d] = np.bincount(flat, minlength=k * b).reshape(k, b)
    return out


def rank_auc(values: np.ndarray, is_target: np.ndarray) -> np.ndarray:
    """Mann–Whitney ROC AUC of each column of ``values`` [N, K] for "target vs source", float32 [K].

    Ties count half (average ranks). 0.5 = the channel does not tell the domains apart; NaN if a domain is missing.
    """
    from scipy.stats import rankdata

    values = _matrix(values, "values")
    is_target = _binary(is_target, values.shape[0], "is_target")
    n1, n0 = int(is_target.sum()), int((~is_target).sum())
    if n1 == 0 or n0 == 0:
        return np.full(values.shape[1], np.nan, np.float32)
    ranks = rankdata(values, axis=0)
    return ((ranks[is_target].sum(axis=0) - n1 * (n1 + 1) / 2) / (n1 * n0)).astype(np.float32)


def domain_coefficients(acts: np.ndarray, is_target: np.ndarray, *, seed: int = 0) -> np.ndarray:
    """Coefficients float32 [K] of an L2 logistic regression "target vs source" on standardised ``acts`` [n, K].

    The reference system's domain-discriminativeness: |coefficient| ranks channels; positive = more active on the
    target. Constant channels get 0; NaN everywhere when a domain is missing.
    """
    from sklearn.linear_model import LogisticRegression

    acts = _matrix(acts, "acts")
    is_target = _binary(is_target, acts.shape[0], "is_target")
    if is_target.all() or not is_target.any():
        return np.full(acts.shape[1], np.nan, np.float32)
    z = _standardize(acts)
    model = LogisticRegression(C=1.0, max_iter=500, random_state=seed).fit(z, is_target)
    return model.coef_[0].astype(np.float32)


def class_importance(grad_x_act: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """Taylor importance per class and channel (Molchanov et al. 2017), float32 [C, K].

    ``grad_x_act`` [N, K] is each instance's spatial sum of ∂loss/∂A · A per channel; a class's importance is the mean
    of its absolute value over the class's instances, ℓ2-normalised over channels. NaN rows for absent classes.
    """
    g = np.abs(_matrix(grad_x_act, "grad_x_act"))
    labels = _labels(labels, g.shape[0], num_classes=num_classes)
    out = np.full((num_classes, g.shape[1]), np.nan, np.float32)
    for c in range(num_classes):
        rows = g[labels == c]
        if len(rows):
            mean = rows.mean(axis=0)
            norm = np.linalg.norm(mean)
            out[c] = mean / norm if norm > 0 else mean
    return out


def top_channels(domain_coef: np.ndarray, most: int = 4, least: int = 2, cap: int = 64) -> np.ndarray:
    """Union over models and classes of the ``most`` and ``least`` domain-discriminative channels, int32 [S] sorted.

    ``domain_coef`` is [M models, C, K]; channels are ranked by |coef| (NaN ranks last). When the union exceeds
    ``cap``, channels enter by rank across all (model, class) lists, so each list's best are kept first.
    """
    coef = np.asarray(domain_coef, np.float64)
    if coef.ndim != 3:
        raise ValueError(f"domain_coef must be [M, C, K], got shape {coef.shape}")
    strength = np.nan_to_num(np.abs(coef), nan=-1.0).reshape(-1, coef.shape[2])
    order = np.argsort(-strength, axis=1, kind="stable")  # [M*C, K], most discriminative first
    k = coef.shape[2]
    picks = [order[:, :min(most, k)], order[:, ::-1][:, :min(least, k)]]
    chosen: list[int] = []
    for column in np.concatenate(picks, axis=1).T:  # rank by rank across all lists
        for channel in column:
            if channel not in chosen and len(chosen) < cap:
                chosen.append(int(channel))
    return np.array(sorted(chosen), np.int32)


def channel_matching(pre: np.ndarray, cur: np.ndarray, important_pre: np.ndarray, important_cur: np.ndarray, *,
                     top: int = 5, bins: int = 20) -> dict[str, np.ndarray]:
    """Matching of channels between the pretrained and the current model over one class's instances.

    ``pre``, ``cur``: pooled activations [n, K] of the same instances; distance = (1 − Pearson r)/2 ∈ [0, 1]
    (constant channels: 0.5). Returns ``distance`` float32 [k, k] (important pretrained × important current),
    ``matches_pretrained`` int32 [k, top] (nearest current channels of each important pretrained one, of all K),
    ``matches_current`` int32 [k, top], and ``rest_hist`` float32 [3, bins] over [0, 1]: important-pretrained ×
    other-current, other-pretrained × important-current, other × other.
    """
    pre, cur = _matrix(pre, "pre", 2), _matrix(cur, "cur", 2)
    _same_rows(pre, cur, "pre and cur")
    ip, ic = np.asarray(important_pre, np.int64), np.asarray(important_cur, np.int64)
    for name, idx, k in (("important_pre", ip, pre.shape[1]), ("important_cur", ic, cur.shape[1])):
        if idx.ndim != 1 or (idx.size and (idx.min() < 0 or idx.max() >= k)):
            raise ValueError(f"{name} must be channel indices in [0, {k})")
    r = _standardize(pre).T @ _standardize(cur) / pre.shape[0]  # [K_pre, K_cur] Pearson r
    full = ((1.0 - np.clip(r, -1.0, 1.0)) / 2.0).astype(np.float32)
    top = min(top, full.shape[0], full.shape[1])
    rows, cols = np.zeros(full.shape[0], bool), np.zeros(full.shape[1], bool)
    rows[ip], cols[ic] = True, True
    edges = np.linspace(0.0, 1.0, bins + 1)
    rest = [full[rows][:, ~cols], full[~rows][:, cols], full[~rows][:, ~cols]]
    return {
        "distance": full[np.ix_(ip, ic)],
        "matches_pretrained": np.argsort(full[ip], axis=1, kind="stable")[:, :top].astype(np.int32),
        "matches_current": np.argsort(full[:, ic].T, axis=1, kind="stable")[:, :top].astype(np.int32),
        "rest_hist": np.stack([np.histogram(block, edges)[0] for block in rest]).astype(np.float32),
    }


def connection_weights(weight: np.ndarray, to: np.ndarray, frm: np.ndarray) -> np.ndarray:
    """‖W[to_i, from_j]‖₂ of each kernel slice of ``weight`` [K_out, K_in, ...], float32 [len(to), len(frm)]."""
    w = np.asarray(weight, np.float64)
    if w.ndim < 2:
        raise ValueError(f"weight must be [K_out, K_in, ...], got shape {w.shape}")
    to, frm = np.asarray(to, np.int64), np.asarray(frm, np.int64)
    if (to.size and (to.min() < 0 or to.max() >= w.shape[0])) or (frm.size and (frm.min() < 0 or frm.max() >= w.shape[1])):
        raise ValueError(f"channel indices out of range for weight of shape {w.shape}")
    block = w[np.ix_(to, frm)].reshape(len(to), len(frm), -1)
    return np.linalg.norm(block, axis=2).astype(np.float32)


# ------------------------------------------------------------------------------------------------- projections
def random_projection(dim_in: int, dim_out: int, seed: int) -> np.ndarray:
    """Gaussian random projection float32 [dim_in, dim_out] scaled by 1/√dim_out (Johnson–Lindenstrauss)."""
    if dim_in < 1 or dim_out < 1:
        raise ValueError("projection dimensions must be positive")
    return (np.random.default_rng(seed).standard_normal((dim_in, dim_out)) / np.sqrt(dim_out)).astype(np.float32)


def reduce_features(x: np.ndarray, dim_out: int = 64, seed: int = 0) -> np.ndarray:
    """``x`` [N, D] as float16 [N, min(D, dim_out)]: a fixed seeded random projection when D > dim_out."""
    x = _matrix(x, "x")
    if x.shape[1] > dim_out:
        x = x @ random_projection(x.shape[1], dim_out, seed)
    return x.astype(np.float16)


class PcaFrame(NamedTuple):
    """A fixed 2-D frame: ``mean`` [d], ``components`` [2, d] (unit rows), ``explained_variance_ratio`` [2]."""

    mean: np.ndarray
    components: np.ndarray
    explained_variance_ratio: np.ndarray


def pca_frame(x: np.ndarray) -> PcaFrame:
    """The first two principal axes of ``x`` [N, d]; each axis signed so its largest-|loading| entry is positive,
    so refitting on the same data gives the same frame. Missing axes (d = 1 or rank 1) are zero rows."""
    x = _matrix(x, "x", 2)
    mean = x.mean(axis=0)
    _, sigma, vt = np.linalg.svd(x - mean, full_matrices=False)
    components = np.zeros((2, x.shape[1]))
    ratio = np.zeros(2)
    total = float((sigma ** 2).sum())
    for i in range(min(2, len(sigma))):
        if sigma[i] > 1e-12 * max(sigma[0], 1e-300):
            axis = vt[i]
            components[i] = axis * np.sign(axis[np.argmax(np.abs(axis))])
            ratio[i] = sigma[i] ** 2 / total
    return PcaFrame(mean.astype(np.float32), components.astype(np.float32), ratio.astype(np.float32))


def project(frame: PcaFrame, x: np.ndarray) -> np.ndarray:
    """Coordinates float32 [N, 2] of ``x`` [N, d] in ``frame``."""
    x = _matrix(x, "x")
    if x.shape[1] != frame.mean.shape[0]:
        raise ValueError(f"x has {x.shape[1]} dimensions, the frame {frame.mean.shape[0]}")
    return ((x - frame.mean) @ frame.components.T).astype(np.float32)


def tsne_layout(x: np.ndarray, *, init: np.ndarray | None = None, seed: int = 0, perplexity: float = 30.0) -> np.ndarray:
    """t-SNE float32 [N, 2] of ``x`` [N, d] (scikit-learn, Barnes–Hut).

    With ``init`` [N, 2] (a neighbouring step's layout) the optimisation is warm-started from it, rescaled to a
    per-column std of 1e-4 as t-SNE's own initialisations are, so layouts of consecutive steps stay alike.
    Perplexity is clipped to (N − 1)/3 for small N.
    """
    from sklearn.manifold import TSNE

    x = _matrix(x, "x", 5)
    n = x.shape[0]
    if init is not None:
        init = np.asarray(init, np.float64)
        if init.shape != (n, 2) or not np.isfinite(init).all():
            raise ValueError(f"init must be a finite [{n}, 2] layout, got shape {init.shape}")
        init = (init - init.mean(axis=0)) / np.maximum(init.std(axis=0), 1e-12) * 1e-4
    tsne = TSNE(2, perplexity=min(perplexity, (n - 1) / 3), init="pca" if init is None else init,
                learning_rate="auto", random_state=seed)
    return tsne.fit_transform(x).astype(np.float32)


def procrustes_align(y: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """``y`` [N, 2] rotated/reflected (orthogonal Procrustes, scale kept) and moved onto ``reference``'s centroid."""
    from scipy.linalg import orthogonal_procrustes

    y, reference = _matrix(y, "y"), _matrix(reference, "reference")
    if y.shape != reference.shape:
        raise ValueError(f"y and reference must have one shape, got {y.shape} and {reference.shape}")
    a = y - y.mean(axis=0)
    rotation, _ = orthogonal_procrustes(a, reference - reference.mean(axis=0))
    return (a @ rotation + reference.mean(axis=0)).astype(np.float32)


def domain_discrimination_projection(acts: np.ndarray, is_target: np.ndarray, *, seed: int = 0) -> dict:
    """The reference system's domain-discrimination plot of one class's instances on chosen channels ``acts`` [n, S].

    x = the unit normal of a linear SVM separating target from source on the standardised channels; y = the first
    principal component of the data with the x-component removed. Returns ``points`` float32 [n, 2], ``arrows``
    float32 [S, 2] (each channel's unit vector on the two axes: biplot loadings) and the SVM's training ``accuracy``.
    """
    from sklearn.svm import LinearSVC

    acts = _matrix(acts, "acts", 2)
    is_target = _binary(is_target, acts.shape[0], "is_target")
    if is_target.all() or not is_target.any():
        raise ValueError("the domain-discrimination plot needs instances of both domains")
    z = _standardize(acts)
    svm = LinearSVC(C=1.0, random_state=seed).fit(z, is_target)
    w = svm.coef_[0].astype(np.float64)
    norm = np.linalg.norm(w)
    x_axis = w / norm if norm > 0 else np.eye(z.shape[1])[0]
    residual = z - np.outer(z @ x_axis, x_axis)
    y_axis = np.zeros_like(x_axis)
    if z.shape[1] > 1:
        _, sigma, vt = np.linalg.svd(residual - residual.mean(axis=0), full_matrices=False)
        if sigma[0] > 1e-12:
            y_axis = vt[0] - (vt[0] @ x_axis) * x_axis
            y_axis /= np.linalg.norm(y_axis)
    axes = np.stack([x_axis, y_axis], axis=1)  # [S, 2]
    return {"points": (z @ axes).astype(np.float32), "arrows": axes.astype(np.float32),
            "accuracy": float(svm.score(z, is_target))}
