"""Transfer measures as pure functions of NumPy arrays (no torch, no I/O).

Notation in the docstrings: N instances, D feature dimensions, K channels of a layer, C classes, Cs source-head
classes. "Pooled" activations are a conv layer's outputs averaged over space, [N, K].

Every function validates its input and raises :class:`ValueError` with a message naming the argument for wrong
shapes, empty arrays, NaN/inf, mismatched lengths, labels out of range, or one class/domain where two are needed.
Results that are undefined for valid input (e.g. a class without instances) are NaN, as documented per function.
Each function's docstring names the paper or system its definition comes from.
"""
from __future__ import annotations

import contextlib
import functools
import warnings
from typing import Any, Iterator, NamedTuple, Sequence

import numpy as np

ArrayOrArrays = np.ndarray | Sequence[np.ndarray]

__all__ = [
    "accuracy", "per_class_accuracy", "confusion_matrix", "softmax", "instance_outcome", "logme",
    "class_conditional", "leep", "eep_correct", "eep_accuracy", "transferability_score", "unbiased_linear_cka", "cka_gram", "cka_matrix", "linear_mmd", "DomainSeparation", "domain_separation",
    "relative_change", "cosine_similarity", "weight_drift", "filter_drift", "bn_drift", "histogram_edges", "channel_stats",
    "rank_auc", "domain_coefficients", "class_importance", "important_channels", "top_channels",
    "distance_edges", "channel_matching",
    "connection_weights", "connection_norms", "weight_bins", "connection_histograms", "random_projection", "reduce_features", "PcaFrame", "pca_frame", "project",
    "tsne_layout", "procrustes_align", "domain_discrimination_projection", "nearest_neighbors",
]


# ----------------------------------------------------------------------------------------------- input checks
def _finite(x: np.ndarray, name: str) -> np.ndarray:
    if not np.isfinite(x).all():
        raise ValueError(f"{name} contains NaN or infinite values")
    return x


_blas_controller: Any = None  # threadpoolctl's view of the loaded BLAS libraries, made once (a scan costs 20-80 ms);
# False without threadpoolctl


def load_libraries() -> None:
    """Import the SciPy and scikit-learn modules the measures use and scan the BLAS libraries they load, once.
    Call it in the training thread before measures run in a worker thread: importing a module may enter
    ``warnings.catch_warnings``, which is not thread-safe (overlapping with one in another thread, it can leave that
    thread's warning filters changed)."""
    global _blas_controller
    if _blas_controller is not None:
        return
    import scipy.linalg  # noqa: F401  (load the BLAS libraries the measures use before the scan)
    import scipy.special  # noqa: F401
    import scipy.stats  # noqa: F401
    import sklearn.linear_model  # noqa: F401
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # scikit-learn depends on threadpoolctl; without it BLAS runs as it is
        _blas_controller = False
        return
    _blas_controller = ThreadpoolController()


@contextlib.contextmanager
def single_threaded_blas() -> Iterator[None]:
    """NumPy/SciPy BLAS on one thread while measures run: they work on small matrices (hundreds of rows), where
    BLAS threads cost far more than they save (4-5x the CPU time of a cross-validated domain classifier on 2 cores;
    a logistic regression on 300 × 64 activations: 0.2 s instead of 0.03 s on a busy 2-core machine). Torch's own
    threads are not affected. The libraries are loaded and scanned once (:func:`load_libraries`)."""
    load_libraries()
    if _blas_controller is False:
        yield
        return
    with _blas_controller.limit(limits=1, user_api="blas"):
        yield


def _matrix(x: np.ndarray, name: str, min_rows: int = 1) -> np.ndarray:
    """``x`` as a finite float64 [N, D] matrix with at least ``min_rows`` rows and one column, else ValueError."""
    try:
        x = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a numeric array: {exc}") from exc
    if x.ndim != 2:
        raise ValueError(f"{name} must be a 2-D array [N, D], got shape {x.shape}")
    if x.shape[0] < min_rows or x.shape[1] == 0:
        raise ValueError(f"{name} needs at least {min_rows} row(s) and one column, got shape {x.shape}")
    return _finite(x, name)


def _vector(x: np.ndarray, name: str, n: int | None = None) -> np.ndarray:
    """``x`` as a finite float64 1-D array (of length ``n`` if given)."""
    try:
        x = np.asarray(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be a numeric array: {exc}") from exc
    if x.ndim != 1 or x.size == 0 or (n is not None and x.shape[0] != n):
        raise ValueError(f"{name} must be a non-empty 1-D array{'' if n is None else f' of length {n}'}, "
                         f"got shape {x.shape}")
    return _finite(x, name)


def _count(value: int, name: str, minimum: int = 1) -> int:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, np.integer)) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def _labels(labels: np.ndarray, n: int | None, name: str = "labels", num_classes: int | None = None) -> np.ndarray:
    """Integer class ids [n] (in [0, num_classes) if given) as int64."""
    labels = np.asarray(labels)
    if labels.ndim != 1 or labels.size == 0 or (n is not None and labels.shape[0] != n):
        raise ValueError(f"{name} must be a non-empty 1-D array{'' if n is None else f' of length {n}'}, "
                         f"got shape {labels.shape}")
    if not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"{name} must be integers, got dtype {labels.dtype}")
    if num_classes is not None and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError(f"{name} must lie in [0, {num_classes}), got range [{labels.min()}, {labels.max()}]")
    if labels.min() < 0:
        raise ValueError(f"{name} must be non-negative, got {labels.min()}")
    return labels.astype(np.int64)


def _mask(mask: np.ndarray, n: int, name: str) -> np.ndarray:
    """A boolean [n] mask from bools or 0/1 integers."""
    mask = np.asarray(mask)
    if mask.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got {mask.shape}")
    if mask.dtype != bool:
        if not (np.issubdtype(mask.dtype, np.integer) or np.issubdtype(mask.dtype, np.floating)) \
                or not np.isin(mask, (0, 1)).all():
            raise ValueError(f"{name} must be booleans (or 0/1)")
    return mask.astype(bool)


def _indices(idx: np.ndarray, size: int, name: str) -> np.ndarray:
    """1-D integer indices into an axis of length ``size`` (may be empty)."""
    idx = np.asarray(idx)
    if idx.ndim != 1 or (idx.size and not np.issubdtype(idx.dtype, np.integer)):
        raise ValueError(f"{name} must be a 1-D array of integer indices, got shape {idx.shape} dtype {idx.dtype}")
    if idx.size and (idx.min() < 0 or idx.max() >= size):
        raise ValueError(f"{name} must be channel indices in [0, {size}), got range [{idx.min()}, {idx.max()}] "
                         "(out of range)")
    return idx.astype(np.int64)


def _constant_columns(x: np.ndarray) -> np.ndarray:
    """Columns whose values are all identical. Tested exactly (max == min): a std threshold would misfire because the
    mean of identical floats is not always exactly that float, leaving ~1e-17 noise to be "standardised" to ±1."""
    return x.max(axis=0) == x.min(axis=0)


def _standardize(x: np.ndarray) -> np.ndarray:
    """Columns to zero mean and unit (population) variance; constant columns become 0 (they carry no information)."""
    constant = _constant_columns(x)
    std = np.where(constant, 1.0, x.std(axis=0))
    return np.where(constant, 0.0, (x - x.mean(axis=0)) / std)


# ------------------------------------------------------------------------------------------------ statistical
def accuracy(pred: np.ndarray, labels: np.ndarray) -> float:
    """Fraction of correct predictions.

    Parameters
    ----------
    pred : int [N] predicted classes.
    labels : int [N] true classes.

    Returns
    -------
    float in [0, 1].
    """
    pred = _labels(pred, None, "pred")
    labels = _labels(labels, pred.shape[0])
    return float(np.mean(pred == labels))


def per_class_accuracy(pred: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """Accuracy (recall) per true class.

    Parameters
    ----------
    pred : int [N] predicted classes in [0, C).
    labels : int [N] true classes in [0, C).
    num_classes : C.

    Returns
    -------
    float64 [C]; NaN for classes without instances.
    """
    c = _count(num_classes, "num_classes")
    pred = _labels(pred, None, "pred", c)
    labels = _labels(labels, pred.shape[0], num_classes=c)
    total = np.bincount(labels, minlength=c).astype(np.float64)
    hits = np.bincount(labels[pred == labels], minlength=c).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, hits / total, np.nan)


def confusion_matrix(pred: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """Confusion counts.

    Parameters
    ----------
    pred : int [N] predicted classes in [0, C).
    labels : int [N] true classes in [0, C).
    num_classes : C.

    Returns
    -------
    float32 [C true, C predicted] counts (rows are true classes).
    """
    c = _count(num_classes, "num_classes")
    pred = _labels(pred, None, "pred", c)
    labels = _labels(labels, pred.shape[0], num_classes=c)
    return np.bincount(labels * c + pred, minlength=c * c).reshape(c, c).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax of float [N, C] logits (shifted by the row maximum), float [N, C] rows summing to 1."""
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise log-softmax via log-sum-exp (no overflow for large logits)."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def instance_outcome(logits: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-instance prediction, cross-entropy loss and probability margin.

    Parameters
    ----------
    logits : float [N, C] unnormalised scores.
    labels : int [N] true classes in [0, C).

    Returns
    -------
    pred : int64 [N] argmax class.
    loss : float64 [N] −log softmax(logits)[y], computed stably (log-sum-exp).
    margin : float64 [N] p(y) − max_{c≠y} p(c) ∈ [−1, 1]; positive iff the prediction is right (up to ties).
        With C = 1 it is p(y) = 1.
    """
    logits = _matrix(logits, "logits")
    n, c = logits.shape
    labels = _labels(labels, n, num_classes=c)
    log_p = _log_softmax(logits)
    rows = np.arange(n)
    p = np.exp(log_p)
    others = p.copy()
    others[rows, labels] = -np.inf
    margin = p[rows, labels] - (others.max(axis=1) if c > 1 else 0.0)
    return logits.argmax(axis=1).astype(np.int64), -log_p[rows, labels], margin


def logme(features: np.ndarray, labels: np.ndarray, *, tol: float = 1e-3, max_iter: int = 100) -> float:
    """LogME (You et al., ICML 2021): mean over one-vs-rest classes of the maximised log evidence per instance.

    For each class c present in ``labels``, y = 1[label = c] is modelled as y = F w + ε with w ~ N(0, α⁻¹ I_D),
    ε ~ N(0, β⁻¹ I_N). The log evidence

        L(α, β) = D/2 log α + N/2 log β − ½ log det(α I + β FᵀF) − β/2 ‖y − F m‖² − α/2 ‖m‖² − N/2 log 2π

    (m the posterior mean) is maximised by the fixed-point iteration of You et al. (arXiv 2110.10545):
    t = α/β, γ = Σ σᵢ²/(σᵢ² + t), α ← γ/‖m‖², β ← (N − γ)/‖y − F m‖², until t changes by less than ``tol``
    (relative). Everything is computed in the eigenbasis of the smaller Gram matrix (F Fᵀ when N ≤ D, else FᵀF), and
    the D − rank(F) directions with zero singular value are kept in the log-determinant (α each): they matter when
    D > N, where dropping them (as some public implementations do) gives a different, wrong value.

    Parameters
    ----------
    features : float [N, D] features of the target instances (N ≥ 2); not centred or scaled (as in the paper).
    labels : int [N] target classes (any non-negative ids, at least two distinct).
    tol, max_iter : convergence tolerance on the relative change of α/β, and the iteration cap.

    Returns
    -------
    float: mean over classes of L / N (higher = the features explain the labels linearly with more evidence).
    """
    f = _matrix(features, "features", min_rows=2)
    n, d = f.shape
    labels = _labels(labels, n)
    classes = np.unique(labels)
    if classes.size < 2:
        raise ValueError("logme needs at least two classes in labels")
    if not np.any(f):
        raise ValueError("logme: features are all zero (no evidence can be compared)")
    # Eigen-decompose the smaller Gram matrix (much cheaper than an SVD of F): s = squared singular values.
    if n <= d:
        s, u = np.linalg.eigh(f @ f.T)
    else:
        s, v = np.linalg.eigh(f.T @ f)
    keep = s > max(s.max(), 0.0) * max(n, d) * np.finfo(np.float64).eps  # numerical rank
    s = s[keep]
    if n <= d:
        basis = u[:, keep]
        project = lambda y: basis.T @ y  # noqa: E731  (Uᵀy)
    else:
        basis = v[:, keep] / np.sqrt(s)  # F V Σ⁻¹ = U
        project = lambda y: basis.T @ (f.T @ y)  # noqa: E731
    # Every class at once (columns): each follows its own fixed-point iteration and is frozen once it has converged.
    y = (labels[:, None] == classes[None, :]).astype(np.float64)  # [N, C'] one-vs-rest targets
    x2 = project(y) ** 2
    outside = np.maximum((y * y).sum(axis=0) - x2.sum(axis=0), 0.0)  # ‖y‖² outside the column space of F
    alpha, beta = np.ones(classes.size), np.ones(classes.size)
    active = np.ones(classes.size, bool)
    sc = s[:, None]
    sx2 = sc * x2  # loop invariants, and sc + t once per iteration (the same operations, fewer of them)
    for _ in range(max_iter):
        t = alpha / beta
        den = sc + t
        gamma = (sc / den).sum(axis=0)
        m2 = (sx2 / den ** 2).sum(axis=0)
        res2 = (x2 * (t / den) ** 2).sum(axis=0) + outside
        # Floors keep α, β finite when y is (almost) exactly fitted or orthogonal to F.
        new_alpha = np.clip(np.maximum(gamma, 1e-12) / np.maximum(m2, 1e-300), 1e-100, 1e100)
        new_beta = np.clip(np.maximum(n - gamma, 1e-12) / np.maximum(res2, 1e-300), 1e-100, 1e100)
        alpha, beta = np.where(active, new_alpha, alpha), np.where(active, new_beta, beta)
        active &= ~(np.abs(new_alpha / new_beta - t) <= tol * t)
        if not active.any():
            break
    return float(np.mean(_log_evidence(alpha, beta, s, x2, outside, n, d) / n))


def _log_evidence(alpha: np.ndarray, beta: np.ndarray, s: np.ndarray, x2: np.ndarray, outside: np.ndarray, n: int,
                  d: int) -> np.ndarray:
    """log p(y | F, α, β) per class (columns of x2 [r, C'], α, β, outside [C']) in the eigenbasis (s [r] = nonzero
    squared singular values, x2 = squared projections of each class's y)."""
    t = alpha / beta
    sc = s[:, None]
    m2 = (sc * x2 / (sc + t) ** 2).sum(axis=0)
    res2 = (x2 * (t / (sc + t)) ** 2).sum(axis=0) + outside
    log_det = np.log(alpha + beta * sc).sum(axis=0) + (d - s.size) * np.log(alpha)
    return (d / 2 * np.log(alpha) + n / 2 * np.log(beta) - log_det / 2
            - beta / 2 * res2 - alpha / 2 * m2 - n / 2 * np.log(2 * np.pi))


def leep(source_probs: np.ndarray, labels: np.ndarray, num_classes: int) -> float:
    """LEEP (Nguyen et al., ICML 2020) of a source head for the target labels.

    P̂(y, z) = 1/N Σ_{i: yᵢ = y} θ(xᵢ)_z;  P̂(y | z) = P̂(y, z) / Σ_y' P̂(y', z);
    LEEP = 1/N Σᵢ log Σ_z P̂(yᵢ | z) θ(xᵢ)_z.

    Parameters
    ----------
    source_probs : float [N, Cs] the source head's softmax θ(x) on the target instances (rows sum to 1).
    labels : int [N] target classes in [0, Ct).
    num_classes : Ct.

    Returns
    -------
    float ≤ 0; a head that carries no information (θ uniform) scores log(1/Ct) on balanced labels.
    """
    theta = _probabilities(source_probs, "source_probs")
    labels = _labels(labels, theta.shape[0], num_classes=_count(num_classes, "num_classes"))
    conditional = class_conditional(theta, labels, num_classes)
    expected = np.einsum("iz,iz->i", theta, conditional[labels])
    return float(np.mean(np.log(np.maximum(expected, 1e-300))))


def _probabilities(probs: np.ndarray, name: str) -> np.ndarray:
    theta = _matrix(probs, name)
    if (theta < 0).any() or not np.allclose(theta.sum(axis=1), 1.0, atol=1e-3):
        raise ValueError(f"{name} rows must be probability distributions (non-negative, summing to 1)")
    return theta


def class_conditional(source_probs: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """LEEP's empirical conditional P̂(y | z) of target class y given source class z (Nguyen et al., ICML 2020).

    P̂(y, z) ∝ Σ_{i: yᵢ = y} θ(xᵢ)_z, normalised over y for each z.

    Parameters
    ----------
    source_probs : float [N, Cs] a source head's softmax θ(x) on target instances; labels : int [N] in [0, Ct).
    num_classes : Ct.

    Returns
    -------
    float [Ct, Cs], columns summing to 1; a source class z with no mass gets a zero column (its value is moot: it
    contributes θ_z = 0 for every instance).
    """
    theta = _matrix(source_probs, "source_probs")
    labels = _labels(labels, theta.shape[0], num_classes=_count(num_classes, "num_classes"))
    joint = np.zeros((num_classes, theta.shape[1]))
    np.add.at(joint, labels, theta)
    return joint / np.maximum(joint.sum(axis=0, keepdims=True), 1e-300)


def eep_correct(fit_probs: np.ndarray, fit_labels: np.ndarray, probs: np.ndarray, labels: np.ndarray,
                num_classes: int) -> np.ndarray:
    """Per instance, whether reusing a source head across label spaces through LEEP's expected empirical predictor
    is right: the head's softmax mapped to target classes by :func:`class_conditional` fitted on (``fit_probs``,
    ``fit_labels``).

    Parameters
    ----------
    fit_probs : float [N, Cs] source-head softmax on the instances the conditional is fitted on; fit_labels : int [N].
    probs : float [M, Cs] source-head softmax on the instances evaluated; labels : int [M] in [0, Ct).
    num_classes : Ct.

    Returns
    -------
    bool [M]: argmax_y Σ_z P̂(y | z) θ_z is the instance's label.
    """
    conditional = class_conditional(fit_probs, fit_labels, num_classes)
    probs = _matrix(probs, "probs")
    labels = _labels(labels, probs.shape[0], num_classes=num_classes)
    return np.argmax(probs @ conditional.T, axis=1) == labels


def eep_accuracy(fit_probs: np.ndarray, fit_labels: np.ndarray, probs: np.ndarray, labels: np.ndarray,
                 num_classes: int) -> float:
    """Accuracy of reusing a source head across label spaces: the mean of :func:`eep_correct` (same parameters),
    a float in [0, 1]."""
    return float(np.mean(eep_correct(fit_probs, fit_labels, probs, labels, num_classes)))


def transferability_score(acc_current: float, acc_pretrained: float) -> float:
    """Accuracy gain of the current model over direct reuse of the pretrained one.

    Parameters
    ----------
    acc_current, acc_pretrained : accuracies on the same data (target validation, else the target probe).

    Returns
    -------
    float ``acc_current − acc_pretrained``; NaN if either is NaN (direct reuse undefined).
    """
    return float(acc_current) - float(acc_pretrained)


# ------------------------------------------------------------------------------------------- layer / structure
def _u_centered_gram(x: np.ndarray) -> np.ndarray:
    """U-centred Gram matrix [N, N] of ``x`` [N, D] (Székely & Rizzo 2014): unbiased HSIC is ⟨U(K), U(L)⟩/(N(N−3))."""
    n = x.shape[0]
    g = x @ x.T
    np.fill_diagonal(g, 0.0)
    means = g.sum(axis=0) / (n - 2)
    means -= means.sum() / (2 * (n - 1))
    g -= means[:, None]
    g -= means[None, :]
    np.fill_diagonal(g, 0.0)
    return g


def _unbiased_hsic_terms_gram(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    kx, ky = _u_centered_gram(x), _u_centered_gram(y)
    return float((kx * ky).sum()), float((kx * kx).sum()), float((ky * ky).sum())


def _unbiased_hsic_terms_features(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """The same three terms (times the same constant) without N×N matrices (Kornblith et al.'s debiased feature-space
    form): O(N·D1·D2) time and O(D1·D2) memory, for large N."""
    n = x.shape[0]
    x, y = x - x.mean(axis=0), y - y.mean(axis=0)  # translation-invariant; centring improves cancellation

    def term(a: np.ndarray, b: np.ndarray) -> float:
        cross = float(np.sum((a.T @ b) ** 2))  # tr(K L) with diagonals included
        ra, rb = np.einsum("ij,ij->i", a, a), np.einsum("ij,ij->i", b, b)  # diagonals of K and L
        return cross - n / (n - 2) * float(ra @ rb) + float(ra.sum() * rb.sum()) / ((n - 1) * (n - 2))

    return term(x, y), term(x, x), term(y, y)


def _cka_input(x: np.ndarray, name: str) -> np.ndarray:
    """``x`` as a finite float64 [N ≥ 4, D] representation that is not constant across instances, else ValueError."""
    x = _matrix(x, name, 4)
    if _constant_columns(x).all():
        raise ValueError(f"{name} is constant across instances: CKA is undefined")
    return x


def unbiased_linear_cka(x: np.ndarray, y: np.ndarray, *, method: str = "auto") -> float:
    """Unbiased linear CKA (Nguyen, Raghu & Kornblith 2021) between two representations of the same instances.

    CKA = HSIC₁(K, L) / √(HSIC₁(K, K) HSIC₁(L, L)) with K = X Xᵀ, L = Y Yᵀ and HSIC₁ the unbiased estimator of Song
    et al. (2012), computed as ⟨U(K), U(L)⟩ with U-centred Gram matrices. Unlike biased CKA it does not drift towards
    1 for wide layers on small probe sets (independent 64 × 512 features: ≈ 0, biased ≈ 0.9). Invariant to orthogonal
    transforms, isotropic scaling and translation of either side; can be slightly negative.

    Parameters
    ----------
    x : float [N, D1], y : float [N, D2] with N ≥ 4 (the same instances in the same order).
    method : "gram" (N×N matrices), "features" (D1×D2 matrix, for large N) or "auto" (gram for N ≤ 2048).

    Returns
    -------
    float (1 for identical representations).
    """
    x, y = _cka_input(x, "x"), _cka_input(y, "y")
    if x.shape[0] != y.shape[0]:
        raise ValueError(f"x and y must have the same number of rows, got {x.shape[0]} and {y.shape[0]}")
    if method not in ("auto", "gram", "features"):
        raise ValueError(f"method must be 'auto', 'gram' or 'features', got {method!r}")
    use_gram = method == "gram" or (method == "auto" and x.shape[0] <= 2048)
    xy, xx, yy = (_unbiased_hsic_terms_gram if use_gram else _unbiased_hsic_terms_features)(x, y)
    if xx <= 0 or yy <= 0:  # e.g. all instances identical but one: U-centring removes all variation
        raise ValueError("x or y has no variation left after U-centring: CKA is undefined")
    return float(xy / np.sqrt(xx * yy))


def cka_gram(x: np.ndarray) -> np.ndarray:
    """The U-centred Gram matrix of ``x`` scaled to unit Frobenius norm: unbiased linear CKA is the inner product of
    two of them, ``unbiased_linear_cka(x, y) == (cka_gram(x) * cka_gram(y)).sum()`` (the same estimator as
    :func:`unbiased_linear_cka`, Nguyen, Raghu & Kornblith 2021). Computing it once per representation makes the
    CKA between every layer of one model and every layer of another (Kornblith et al. 2019, their layer × layer
    figure) cost one inner product per pair (:func:`cka_matrix`).

    Parameters
    ----------
    x : float [N, D] with N ≥ 4.

    Returns
    -------
    float64 [N, N], symmetric, zero diagonal, unit Frobenius norm.

    Raises
    ------
    ValueError for a constant ``x`` (or one with no variation left after U-centring): CKA is undefined.
    """
    x = _cka_input(x, "x")
    g = _u_centered_gram(x)
    norm = float(np.sqrt((g * g).sum()))
    if not norm > 0:
        raise ValueError("x has no variation left after U-centring: CKA is undefined")
    g /= norm
    return g


_CKA_BLOCK = 1 << 15  # Gram entries per block of cka_matrix's products (a few MB per block at tens of layers)


def cka_matrix(grams_x: Sequence[np.ndarray | None], grams_y: Sequence[np.ndarray | None]) -> np.ndarray:
    """Unbiased linear CKA between every representation of one list and every one of another, from their
    :func:`cka_gram` matrices (Kornblith et al. 2019's layer × layer CKA figure, with the unbiased estimator).

    Parameters
    ----------
    grams_x, grams_y : :func:`cka_gram` results [N, N] (any float dtype; summed in float64), all of the same N, or
        None for a representation whose Gram matrix could not be computed.

    Returns
    -------
    float64 [len(grams_x), len(grams_y)]: entry [i, j] = CKA(x_i, y_j); NaN in the rows and columns of None.
    """
    xs = [None if g is None else np.asarray(g).ravel() for g in grams_x]
    ys = [None if g is None else np.asarray(g).ravel() for g in grams_y]
    sizes = {len(g) for g in xs + ys if g is not None}
    if len(sizes) > 1:
        raise ValueError(f"Gram matrices of different sizes: {sorted(int(np.sqrt(s)) for s in sizes)} instances")
    out = np.full((len(xs), len(ys)), np.nan)
    rows = [i for i, g in enumerate(xs) if g is not None]
    cols = [j for j, g in enumerate(ys) if g is not None]
    if not rows or not cols:
        return out
    # one matrix product per block of entries (float64, bounded memory) instead of one pass over memory per pair
    total, acc = sizes.pop(), np.zeros((len(rows), len(cols)))
    for lo in range(0, total, _CKA_BLOCK):
        hi = min(total, lo + _CKA_BLOCK)
        a = np.stack([xs[i][lo:hi] for i in rows]).astype(np.float64, copy=False)
        b = np.stack([ys[j][lo:hi] for j in cols]).astype(np.float64, copy=False)
        acc += a @ b.T
    out[np.ix_(rows, cols)] = acc
    return out


def linear_mmd(source: np.ndarray, target: np.ndarray) -> float:
    """Standardised linear MMD: (1/D) Σ_d ((μs_d − μt_d) / σ_d)², σ_d the pooled within-domain std.

    This is the mean over dimensions of Cohen's d². Dividing by the pooled std makes it invariant to per-dimension
    scale (and translation), dividing by D makes layers of different width comparable (the raw ‖μs − μt‖² grows with
    D). A dimension that is constant within both domains contributes 0 (its std is 0; the difference, if any, is
    not measurable on this scale).

    Parameters
    ----------
    source : float [Ns, D], target : float [Nt, D] with Ns, Nt ≥ 2.

    Returns
    -------
    float ≥ 0; 0 when both samples have the same means.
    """
    s, t = _matrix(source, "source", 2), _matrix(target, "target", 2)
    if s.shape[1] != t.shape[1]:
        raise ValueError(f"source and target must have the same width, got {s.shape[1]} and {t.shape[1]}")
    ns, nt = s.shape[0], t.shape[0]
    pooled = np.sqrt(((ns - 1) * s.var(axis=0, ddof=1) + (nt - 1) * t.var(axis=0, ddof=1)) / (ns + nt - 2))
    constant = _constant_columns(s) & _constant_columns(t)  # exact test: rounding leaves ~1e-17 "variance"
    z = np.where(constant, 0.0, (s.mean(axis=0) - t.mean(axis=0)) / np.where(constant, 1.0, pooled))
    return float((z ** 2).sum() / s.shape[1])


class DomainSeparation(NamedTuple):
    """How well a linear classifier tells the domains apart, out of fold.

    auc : ROC AUC of ``p_target`` for "target vs source" (0.5 = indistinguishable, 1 = separable).
    pad : proxy A-distance 2(1 − 2ε) ∈ [0, 2], ε the out-of-fold error folded into [0, ½].
    p_target : float64 [Ns + Nt] out-of-fold P(target | x), source rows first, then target rows.
    """

    auc: float
    pad: float
    p_target: np.ndarray


def domain_separation(source: np.ndarray, target: np.ndarray, *, n_components: int = 32, folds: int = 5,
                      seed: int = 0) -> DomainSeparation:
    """Cross-validated domain classifier (source vs target): ROC AUC, proxy A-distance and per-instance P(target).

    PCA to ``n_components`` is fitted once on all rows: it is unsupervised, so no domain label leaks into the
    held-out predictions, and it costs one decomposition instead of one per fold (the dominant cost for wide
    layers). Reducing keeps the classifier from separating any two samples in high D. Then, within each of ``folds``
    stratified folds: standardisation and an L2 logistic regression (C = 1, scikit-learn's ``LogisticRegression``
    objective, solved to its optimum by :func:`_logistic_l2`) fitted on the training rows; the held-out rows get
    their P(target). The AUC is the Mann–Whitney one of those out-of-fold P(target) (ties count half, as
    ``sklearn.metrics.roc_auc_score``). Deterministic for a ``seed``.

    PCA and the folds are NumPy/SciPy, not scikit-learn's ``PCA`` and ``StratifiedKFold``: the callback's background
    worker runs this measure, and scikit-learn's input validation enters ``warnings.catch_warnings``, which is not
    thread-safe (overlapping with one in the training thread, it can leave that thread's warning filters changed).

    Parameters
    ----------
    source : float [Ns, D], target : float [Nt, D]; at least 2 rows each (folds are reduced to min(Ns, Nt)).
    n_components : PCA dimension (capped by D and by a training fold's size − 1, so that every kept direction
        varies within each training fold).
    folds : number of cross-validation folds (≥ 2).
    seed : shuffling of the folds.

    Returns
    -------
    DomainSeparation(auc, pad, p_target [Ns + Nt]).
    """
    from scipy.special import expit

    s, t = _matrix(source, "source"), _matrix(target, "target")
    if s.shape[1] != t.shape[1]:
        raise ValueError(f"source and target must have the same width, got {s.shape[1]} and {t.shape[1]}")
    _count(n_components, "n_components")
    folds = min(_count(folds, "folds", 2), s.shape[0], t.shape[0])
    if folds < 2:
        raise ValueError("domain_separation needs at least 2 instances per domain")
    x = np.vstack([s, t])
    y = np.r_[np.zeros(len(s)), np.ones(len(t))]
    splits = _stratified_folds(y, folds, seed)
    p_target = np.full(len(y), 0.5)
    if not _constant_columns(x).all():  # identical rows: nothing to learn, every P(target) stays ½
        k = max(1, min(n_components, x.shape[1], min(len(train) for train, _ in splits) - 1))
        z = _principal_scores(x, k)
        # Every fold's features, standardised on its training rows; a direction without training variance (rounding
        # noise only) would be blown up to unit scale and swamp the held-out predictions, so it is dropped (a zero
        # column, whose coefficient the penalty keeps at exactly 0). The folds are fitted at once.
        scaled, fitted = np.zeros((len(splits), len(y), z.shape[1])), []
        for f, (train, test) in enumerate(splits):
            mean, std = z[train].mean(axis=0), z[train].std(axis=0)
            keep = std > 1e-8 * max(std.max(), 1e-300)
            if not keep.any():
                p_target[test] = y[train].mean()
                continue
            scaled[f][:, keep] = (z[:, keep] - mean[keep]) / std[keep]
            fitted.append(f)
        if fitted:
            train_rows = np.zeros((len(fitted), len(y)), bool)
            for i, f in enumerate(fitted):
                train_rows[i, splits[f][0]] = True
            coef, intercept = _logistic_l2(scaled[fitted], y, train_rows)
            for i, f in enumerate(fitted):
                test = splits[f][1]
                p_target[test] = expit(scaled[f][test] @ coef[i] + intercept[i])
    error = float(np.mean((p_target > 0.5) != y))
    error = min(error, 1.0 - error)
    auc = float(_mann_whitney_auc(p_target[:, None], y == 1)[0])
    return DomainSeparation(auc, float(2 * (1 - 2 * error)), p_target)


def _stratified_folds(y: np.ndarray, folds: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train rows, held-out rows) of ``folds`` stratified folds: each class's rows in a seeded random order, dealt to
    the folds in turn (continuing where the previous class stopped, so fold sizes differ by at most one)."""
    rng = np.random.default_rng(seed)
    fold = np.empty(len(y), np.int64)
    start = 0
    for c in np.unique(y):
        rows = rng.permutation(np.flatnonzero(y == c))
        fold[rows] = (start + np.arange(len(rows))) % folds
        start += len(rows)
    return [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(folds)]


def _principal_scores(x: np.ndarray, k: int) -> np.ndarray:
    """float64 [N, k]: the rows of ``x`` (float [N, D]) on its first ``k`` principal axes (PCA scores, up to each
    axis's sign), from the eigendecomposition of the smaller of the Gram matrix (N × N) and the covariance (D × D).
    Directions with variance below 1e-12 of the largest (rounding noise of rank-deficient data) are exact zero
    columns. (A full ``numpy.linalg.eigh`` costs less than SciPy's subset solver at these sizes, a few hundred.)"""
    xc = x - x.mean(axis=0)
    n, d = xc.shape
    k = min(k, n, d)
    small = xc @ xc.T if n <= d else xc.T @ xc
    values, vectors = np.linalg.eigh(small)
    values, vectors = values[::-1][:k], vectors[:, ::-1][:, :k]
    noise = values <= 1e-12 * max(values[0], 0.0)
    scores = vectors * np.sqrt(np.maximum(values, 0.0)) if n <= d else xc @ vectors
    scores[:, noise] = 0.0
    return scores


def _logistic_l2(x: np.ndarray, y: np.ndarray, rows: np.ndarray | None = None, c: float = 1.0,
                 max_iter: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """Binary L2-regularised logistic regressions, several at once: for each fit f, (coef float64 [D], intercept)
    minimising

        ½ ‖w‖² + C Σ_{i ∈ rows_f} log(1 + exp(−sᵢ (x_fi·w + b))),  sᵢ = ±1 for yᵢ = 1 / 0,

    scikit-learn's ``LogisticRegression(C=c)`` objective on fit f's rows (the intercept b is not penalised). Strictly
    convex in w, so each fit has one optimum; Newton's method with solves of the (D + 1)² Hessian and a backtracking
    line search reaches it to rounding (the gradient below 1e-9 of the loss's scale) in a handful of steps, every fit
    following its own iteration, computed together (a fit that has converged is left as it is). Written here rather
    than calling scikit-learn because :func:`domain_separation` fits 5 folds for every layer at every step, where
    scikit-learn's per-call input validation costs several times the solve itself (a few ms per fit on 200 × 32),
    and one batched iteration for the 5 folds costs about what one fit's did.

    ``x``: float [F, n, D] (or [n, D]: one fit) every fit's features of all n rows; ``y``: {0, 1} [n];
    ``rows``: bool [F, n] the rows each fit is trained on (None: all), both classes present among them. Returns
    (coef [F, D], intercept [F]), or (coef [D], intercept float) for a 2-D ``x``.
    """
    from scipy.special import expit

    single = np.ndim(x) == 2
    x = np.asarray(x, np.float64)[None] if single else np.asarray(x, np.float64)
    fits, n, d = x.shape
    a = np.concatenate([x, np.ones((fits, n, 1))], axis=2)  # [F, n, D + 1]
    y = np.asarray(y, np.float64)
    weight = np.ones((fits, n)) if rows is None else np.asarray(rows, np.float64).reshape(fits, n)
    sign = 2.0 * y - 1.0
    penalty = np.r_[np.ones(d), 0.0]
    beta = np.zeros((fits, d + 1))

    def objective(b: np.ndarray) -> np.ndarray:  # [F]
        margins = np.matmul(a, b[:, :, None])[:, :, 0]
        return 0.5 * ((penalty * b) * b).sum(axis=1) + c * (weight * np.logaddexp(0.0, -sign * margins)).sum(axis=1)

    value = objective(beta)
    scale = 1e-9 * np.maximum(1.0, c * weight.sum(axis=1))
    active = np.ones(fits, bool)
    diagonal = np.arange(d)
    for _ in range(max_iter):
        p = expit(np.matmul(a, beta[:, :, None])[:, :, 0])  # [F, n]
        grad = penalty * beta + c * np.matmul((weight * (p - y))[:, None, :], a)[:, 0, :]
        active &= ~(np.max(np.abs(grad), axis=1) <= scale)
        if not active.any():
            break
        on = np.flatnonzero(active)
        hessian = np.matmul(a[on].transpose(0, 2, 1) * (c * weight[on] * p[on] * (1.0 - p[on]))[:, None, :], a[on])
        hessian[:, diagonal, diagonal] += 1.0
        step = np.zeros_like(grad)
        step[on] = _positive_solve(hessian, grad[on])
        slope = (grad * step).sum(axis=1)
        t = np.ones(fits)
        trial, new = beta.copy(), value.copy()
        searching = active.copy()
        while searching.any():  # backtracking, each fit on its own
            candidate = beta - t[:, None] * step
            got = objective(candidate)
            accept = searching & ((got <= value - 1e-4 * t * slope) | (t < 1e-10))
            trial[accept], new[accept] = candidate[accept], got[accept]
            searching &= ~accept
            t = np.where(searching, t / 2, t)
        stalled = active & (new > value)  # no descent left: at the optimum to rounding
        update = active & ~stalled
        beta[update], value[update] = trial[update], new[update]
        active &= ~stalled
        if not active.any():
            break
    if single:
        return beta[0, :d], float(beta[0, d])
    return beta[:, :d], beta[:, d].copy()


def _positive_solve(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """x [F, D] solving a[f] x[f] = b[f] for symmetric positive definite a [F, D, D], b [F, D], all at once; a
    matrix that is not numerically positive definite (its Cholesky factorisation fails: a logistic regression whose
    intercept's curvature underflowed, every p saturated) is solved by least squares instead."""
    try:
        np.linalg.cholesky(a)  # the test of definiteness (one solve after it costs less than two triangular ones)
        return np.linalg.solve(a, b[:, :, None])[:, :, 0]
    except np.linalg.LinAlgError:
        out = np.empty_like(b)
        for f in range(len(a)):
            try:
                np.linalg.cholesky(a[f])
                out[f] = np.linalg.solve(a[f], b[f])
            except np.linalg.LinAlgError:
                out[f] = np.linalg.lstsq(a[f], b[f], rcond=None)[0]
        return out


_CHUNK = 1 << 17  # elements per float64 block (1 MB): weights are streamed, never copied whole (AlexNet's fc6 has
# 37M), in blocks that stay in cache while they are read three times (half the time of 8 MB blocks on ResNet-18)


def _parts(w: ArrayOrArrays, name: str) -> list[np.ndarray]:
    parts = [w] if isinstance(w, np.ndarray) else list(w)
    try:
        parts = [np.asarray(a) for a in parts]
        if any(not np.issubdtype(a.dtype, np.number) for a in parts):
            raise TypeError("not a number type")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be numeric arrays: {exc}") from exc
    if not parts or sum(a.size for a in parts) == 0:
        raise ValueError(f"{name} is empty")
    return parts


def _row_sums(w: np.ndarray, w0: np.ndarray) -> np.ndarray:
    """float64 [4, R]: per row of ``w`` and ``w0`` (numeric [R, M]) ‖w − w0‖², ‖w0‖², ‖w‖² and ⟨w, w0⟩, in float64
    row blocks. One pass: the difference d = w − w0 is exact in float64, and ‖w‖² = ‖w0‖² + 2⟨d, w0⟩ + ‖d‖²,
    ⟨w, w0⟩ = ‖w0‖² + ⟨d, w0⟩ (three products per block instead of four)."""
    sums = np.empty((4, len(w)))
    rows = max(1, _CHUNK // max(1, w.shape[1]))
    for lo in range(0, len(w), rows):
        y = w0[lo:lo + rows].astype(np.float64)
        d = np.subtract(w[lo:lo + rows], y, dtype=np.float64)
        dd, dy, yy = np.einsum("ij,ij->i", d, d), np.einsum("ij,ij->i", d, y), np.einsum("ij,ij->i", y, y)
        sums[:, lo:lo + rows] = dd, yy, yy + 2.0 * dy + dd, yy + dy
    return sums


def _weight_sums(w: ArrayOrArrays, w0: ArrayOrArrays) -> tuple[np.ndarray, np.ndarray]:
    """(:func:`_row_sums` [4, K] of the first array's rows (its leading axis; a 0-d array is one row), the same four
    sums over all given arrays as one vector [4]). Raises ValueError for mismatched shapes or non-finite weights."""
    a, b = _parts(w, "w"), _parts(w0, "w0")
    if [x.shape for x in a] != [x.shape for x in b]:
        raise ValueError(f"weights and pretrained weights differ in size: {[x.shape for x in a]} vs "
                         f"{[x.shape for x in b]}")
    rows = [_row_sums(*(v.reshape(len(v) if v.ndim else 1, -1) for v in pair)) for pair in zip(a, b)]
    total = sum(r.sum(axis=1) for r in rows)
    if not np.isfinite(total).all():
        raise ValueError("weights contain NaN or infinite values")
    return rows[0], total


def relative_change(w: ArrayOrArrays, w0: ArrayOrArrays) -> float:
    """Relative weight change ‖w − w0‖ / ‖w0‖.

    Parameters
    ----------
    w : the current weights, an array or a list of arrays (e.g. [weight, bias]) taken as one concatenated vector.
    w0 : the pretrained weights, the same shapes.

    Returns
    -------
    float ≥ 0; 0 when w = w0 (also when both are 0), NaN when w0 = 0 ≠ w (undefined).
    """
    return weight_drift(w, w0)[0]


def cosine_similarity(w: ArrayOrArrays, w0: ArrayOrArrays) -> float:
    """Cosine ⟨w, w0⟩ / (‖w‖ ‖w0‖) between the current and the pretrained weights.

    Parameters
    ----------
    w, w0 : arrays or lists of arrays of the same shapes, each taken as one concatenated vector.

    Returns
    -------
    float in [−1, 1]; NaN when either is all zero.
    """
    return weight_drift(w, w0)[1]


def weight_drift(w: ArrayOrArrays, w0: ArrayOrArrays) -> tuple[float, float, np.ndarray]:
    """(:func:`relative_change`, :func:`cosine_similarity`, :func:`filter_drift` of the first array) of the same
    weights from one pass over them (the per-step cost for a layer of tens of millions of weights is streaming
    them; this streams them once). Parameters as :func:`relative_change`."""
    rows, total = _weight_sums(w, w0)
    with np.errstate(invalid="ignore", divide="ignore"):
        diff, base, norm = np.sqrt(rows[0]), np.sqrt(rows[1]), np.sqrt(rows[2])
        drift = np.where(base > 0, diff / base, np.where(diff == 0, 0.0, np.nan))
        cosine = np.where(norm * base > 0, np.clip(rows[3] / (norm * base), -1, 1), np.nan)
    return _relative(*total), _cosine(*total), np.stack([drift, cosine]).astype(np.float32)


def _relative(diff2: float, base2: float, _norm2: float, _dot: float) -> float:
    if base2 == 0:
        return 0.0 if diff2 == 0 else float("nan")
    return float(np.sqrt(diff2 / base2))


def _cosine(_diff2: float, base2: float, norm2: float, dot: float) -> float:
    norm = np.sqrt(norm2 * base2)
    return float(np.clip(dot / norm, -1.0, 1.0)) if norm > 0 else float("nan")


def filter_drift(w: np.ndarray, w0: np.ndarray) -> np.ndarray:
    """Per output filter: relative change and cosine to the pretrained filter.

    Parameters
    ----------
    w, w0 : float [K, ...] current and pretrained weights (e.g. a conv weight [K_out, K_in, h, w]).

    Returns
    -------
    float32 [2, K]: row 0 ‖w_k − w0_k‖ / ‖w0_k‖ (0 if both are 0, NaN if only w0_k is), row 1 cos(w_k, w0_k)
    (NaN if either is 0).
    """
    w, w0 = _parts(w, "w")[0], _parts(w0, "w0")[0]
    if w.shape != w0.shape or w.ndim == 0:
        raise ValueError(f"w and w0 must have one non-empty shape [K, ...], got {w.shape} and {w0.shape}")
    return weight_drift(w, w0)[2]


def bn_drift(mean: np.ndarray, var: np.ndarray, weight: np.ndarray | None, bias: np.ndarray | None,
             mean0: np.ndarray, var0: np.ndarray, weight0: np.ndarray | None, bias0: np.ndarray | None, *,
             eps: float = 1e-5) -> np.ndarray:
    """BatchNorm drift per channel from the pretrained layer.

    Parameters
    ----------
    mean, var : float [K] current running mean and variance; weight, bias : float [K] γ and β, or None.
    mean0, var0, weight0, bias0 : the pretrained ones.
    eps : the BatchNorm epsilon, keeps the log and the division finite for zero variances.

    Returns
    -------
    float32 [4, K]: (μ − μ0)/√(σ0² + ε) (mean shift in pretrained standard deviations), log((σ² + ε)/(σ0² + ε)),
    γ − γ0, β − β0. The γ/β rows are NaN when either side is None (BatchNorm without affine parameters).
    """
    mean = _vector(mean, "mean")
    k = mean.shape[0]
    var, mean0, var0 = _vector(var, "var", k), _vector(mean0, "mean0", k), _vector(var0, "var0", k)
    if (var < 0).any() or (var0 < 0).any() or eps < 0:
        raise ValueError("var, var0 and eps must be non-negative")
    with np.errstate(divide="ignore", invalid="ignore"):
        rows = [(mean - mean0) / np.sqrt(var0 + eps), np.log((var + eps) / (var0 + eps))]
    for (cur, pre), name in (((weight, weight0), "weight"), ((bias, bias0), "bias")):
        rows.append(np.full(k, np.nan) if cur is None or pre is None
                    else _vector(cur, name, k) - _vector(pre, f"{name}0", k))
    return np.stack(rows).astype(np.float32)


# ------------------------------------------------------------------------------------------------ feature level
def histogram_edges(acts: np.ndarray, bins: int = 16) -> np.ndarray:
    """Fixed, robust histogram bin edges for a layer's pooled activations (chosen once, reused at every step).

    The range runs from the smallest value (or, if lower outliers stretch it, the 0.5th percentile less 5 % of the
    central range) to the 99.5th percentile plus 10 % of the central range (headroom for later steps); values
    outside fall into the outer bins (:func:`channel_stats` clips). Post-ReLU activations therefore start exactly at
    0. Never zero width: a constant layer gets a window around its value.

    Parameters
    ----------
    acts : float [N, K] pooled activations (all channels share the edges).
    bins : B ≥ 1.

    Returns
    -------
    float32 [B + 1] strictly increasing edges.
    """
    acts = _matrix(acts, "acts")
    bins = _count(bins, "bins")
    lo_q, hi_q = np.percentile(acts, [0.5, 99.5])
    low, high = float(acts.min()), float(acts.max())
    if hi_q <= lo_q:  # more than 99 % of the values are one number (e.g. a mostly dead ReLU layer)
        lo_q, hi_q = low, high
    span = hi_q - lo_q
    lo, hi = max(low, lo_q - 0.05 * span), hi_q + 0.1 * span
    # Minimum width: resolvable in float32 at this magnitude, and a unit-ish window for a constant layer.
    min_width = max(abs(lo), abs(hi)) * 1e-5 * bins
    if hi - lo <= min_width:
        half = max(0.5, 0.05 * abs(lo), min_width)
        lo, hi = lo - half, hi + half
    return np.linspace(lo, hi, bins + 1).astype(np.float32)


def channel_stats(acts: np.ndarray, domain: np.ndarray, edges: np.ndarray) -> dict[str, np.ndarray]:
    """Per-domain, per-channel statistics of pooled activations.

    Parameters
    ----------
    acts : float [N, K] pooled activations.
    domain : int [N] 0 = source, 1 = target.
    edges : float [B + 1] strictly increasing bin edges (from :func:`histogram_edges`).

    Returns
    -------
    dict with float32 arrays ``mean``, ``var`` (population variance), ``dead`` (fraction of instances ≤ 0), each
    [2, K], and ``hist`` [2, K, B] counts (values outside the edges clipped into the outer bins, so each row sums to
    the domain's count). A domain without instances gets NaN ``mean``/``var``/``dead`` and zero counts.
    """
    acts = _matrix(acts, "acts")
    n, k = acts.shape
    domain = _labels(domain, n, "domain", num_classes=2)
    edges = _vector(edges, "edges")
    if edges.size < 2 or np.any(np.diff(edges) <= 0):
        raise ValueError("edges must be a strictly increasing 1-D array of at least two values")
    b = edges.size - 1
    out = {name: np.full((2, k), np.nan, np.float32) for name in ("mean", "var", "dead")}
    out["hist"] = np.zeros((2, k, b), np.float32)
    for d in (0, 1):
        a = acts[domain == d]
        if not len(a):
            continue
        out["mean"][d], out["var"][d], out["dead"][d] = a.mean(axis=0), a.var(axis=0), dead_fraction(a)
        # Bin i holds [edges[i], edges[i+1]) (the last bin also its right edge); outside values go to the outer bins.
        bin_index = np.clip(np.searchsorted(edges, a, side="right") - 1, 0, b - 1)  # [n_d, K]
        flat = (np.arange(k)[None, :] * b + bin_index).ravel()
        out["hist"][d] = np.bincount(flat, minlength=k * b).reshape(k, b)
    return out


def dead_fraction(acts: np.ndarray) -> np.ndarray:
    """float [K] fraction of the rows of ``acts`` [n, K] (n ≥ 1) whose pooled activation is ≤ 0 (a "dead" ReLU
    channel never fires on them)."""
    return (np.asarray(acts) <= 0).mean(axis=0)


def domain_histograms(acts: np.ndarray, domain: np.ndarray, bins: int = 20) -> dict[str, np.ndarray]:
    """Mirrored per-domain histograms of each channel over one group of instances, with bins shared by the domains.

    The reference system's Feature View histogram: per channel, ``bins`` equal bins over the extent of the channel's
    values in the group (both domains together), so the source and target halves are comparable bin by bin.

    Parameters
    ----------
    acts : float [n, K] pooled activations of the group's instances (finite).
    domain : int [n] 0 = source, 1 = target.
    bins : number of bins B ≥ 1.

    Returns
    -------
    dict with ``hist`` int32 [2 domains, K, B] counts (each row sums to the domain's instance count in the group),
    ``extent`` float32 [K, 2] (low and high edge of channel k's bins; a constant channel gets its value ± 0.5), and
    ``dead`` float32 [2, K] (:func:`dead_fraction` per domain; NaN for a domain without instances).
    """
    acts = _matrix(acts, "acts")
    n, k = acts.shape
    domain = _labels(domain, n, "domain", num_classes=2)
    bins = _count(bins, "bins")
    lo, hi = acts.min(axis=0), acts.max(axis=0)
    flat = hi <= lo
    lo, hi = np.where(flat, lo - 0.5, lo), np.where(flat, hi + 0.5, hi)
    # Bin i holds [lo + i w, lo + (i + 1) w), the last bin also its right edge.
    index = np.clip(np.floor((acts - lo) / (hi - lo) * bins).astype(np.int64), 0, bins - 1)  # [n, K]
    hist = np.zeros((2, k, bins), np.int32)
    dead = np.full((2, k), np.nan, np.float32)
    for d in (0, 1):
        rows = domain == d
        if rows.any():
            flat_index = (np.arange(k)[None, :] * bins + index[rows]).ravel()
            hist[d] = np.bincount(flat_index, minlength=k * bins).reshape(k, bins)
            dead[d] = dead_fraction(acts[rows])
    return {"hist": hist, "extent": np.stack([lo, hi], axis=1).astype(np.float32), "dead": dead}


def top_activating(values: np.ndarray, rows: np.ndarray, top: int) -> np.ndarray:
    """Probe-set feature visualisation: the ``top`` rows (ids from ``rows``) with the highest ``values``, highest
    first, ties by the lower id; non-finite values never count. ``values`` float [N], ``rows`` int [m] ⊂ 0..N-1;
    returns int64 [min(top, finite m)]."""
    values = np.asarray(values, np.float64)
    rows = np.asarray(rows, np.int64)
    rows = np.sort(rows[np.isfinite(values[rows])])
    order = np.argsort(-values[rows], kind="stable")
    return rows[order[:top]]


def rank_auc(values: np.ndarray, is_target: np.ndarray) -> np.ndarray:
    """Per-channel Mann–Whitney ROC AUC for "target vs source", via ranks (ties count half), vectorised.

    AUC_k = (Σ_{target} rank_k − n_t(n_t + 1)/2) / (n_t n_s) with average ranks for ties: the probability that a
    random target instance has a larger value than a random source one (+ ½ for ties).

    Parameters
    ----------
    values : float [N, K] (e.g. pooled activations of one class's instances).
    is_target : bool [N] True for target instances; both domains must occur.

    Returns
    -------
    float32 [K] in [0, 1]; 0.5 = the channel does not tell the domains apart.
    """
    values = _matrix(values, "values")
    is_target = _mask(is_target, values.shape[0], "is_target")
    if is_target.all() or not is_target.any():
        raise ValueError("rank_auc needs instances of both domains")
    return _mann_whitney_auc(values, is_target).astype(np.float32)


def _mann_whitney_auc(values: np.ndarray, positive: np.ndarray) -> np.ndarray:
    """float64 [K] Mann–Whitney AUC of each column of ``values`` [N, K] for ``positive`` (bool [N], both present):
    (Σ_positive rank − n₁(n₁ + 1)/2) / (n₁ n₀) with average ranks, so ties count half."""
    from scipy.stats import rankdata

    n1 = int(positive.sum())
    n0 = len(positive) - n1
    ranks = rankdata(values, axis=0)
    return (ranks[positive].sum(axis=0) - n1 * (n1 + 1) / 2) / (n1 * n0)


def domain_coefficients(acts: np.ndarray, is_target: np.ndarray, *, seed: int = 0) -> np.ndarray:
    """Per-channel coefficients of a linear "target vs source" classifier (the reference system's
    domain-discriminativeness: |coefficient| ranks channels).

    L2-regularised logistic regression (C = 1) on standardised activations, so coefficients are comparable across
    channels of different scale. The problem is strictly convex (one optimum); the Newton–Cholesky solver reaches it
    in a few steps (about 20× faster than lbfgs on one class's instances of a 64-channel layer).

    Parameters
    ----------
    acts : float [n, K] pooled activations of one class's instances.
    is_target : bool [n] True for target instances.
    seed : passed to the solver (lbfgs is deterministic anyway).

    Returns
    -------
    float32 [K]; positive = higher on the target domain; exactly 0 for constant channels; all NaN when a domain
    is missing (not available rather than an error: classes may be absent from one domain).
    """
    from sklearn.linear_model import LogisticRegression

    acts = _matrix(acts, "acts")
    is_target = _mask(is_target, acts.shape[0], "is_target")
    if is_target.all() or not is_target.any():
        return np.full(acts.shape[1], np.nan, np.float32)
    constant = _constant_columns(acts)
    coef = np.zeros(acts.shape[1])
    if not constant.all():
        z = _standardize(acts[:, ~constant])
        coef[~constant] = LogisticRegression(C=1.0, solver="newton-cholesky", max_iter=1000, random_state=seed).fit(
            z, is_target).coef_[0]
    return coef.astype(np.float32)


def class_importance(grad_x_act: np.ndarray, labels: np.ndarray, num_classes: int) -> np.ndarray:
    """Taylor importance (Molchanov et al. 2017) per class and channel.

    Parameters
    ----------
    grad_x_act : float [N, K] per instance and channel, the spatial sum of ∂loss/∂A · A.
    labels : int [N] classes in [0, C).
    num_classes : C.

    Returns
    -------
    float32 [C, K]: per class, the mean over its instances of |grad_x_act|, ℓ2-normalised over channels (an all-zero
    row stays zero); NaN rows for classes without instances.
    """
    g = np.abs(_matrix(grad_x_act, "grad_x_act"))
    c_all = _count(num_classes, "num_classes")
    labels = _labels(labels, g.shape[0], num_classes=c_all)
    counts = np.bincount(labels, minlength=c_all)
    sums = np.zeros((c_all, g.shape[1]))
    np.add.at(sums, labels, g)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = sums / counts[:, None]  # NaN rows for absent classes
        norm = np.linalg.norm(mean, axis=1, keepdims=True)
        out = np.where(norm > 0, mean / np.where(norm > 0, norm, 1.0), mean)
    return out.astype(np.float32)


def important_channels(importance: np.ndarray, most: int = 8) -> np.ndarray:
    """Per class, the most important channels (the reference system's "important neurons"), most important first.

    Parameters
    ----------
    importance : float [C, K] per-class channel importance (from :func:`class_importance`); NaN where unavailable.
    most : channels kept per class at most; fewer for narrow layers: k = max(1, min(most, K // 2)).

    Returns
    -------
    int32 [C, k] channel ids (ties keep the lower id first); a class whose row is not all finite gets a row of -1.
    """
    importance = np.asarray(importance, np.float64)
    if importance.ndim != 2 or importance.shape[1] == 0:
        raise ValueError(f"importance must be [C, K] with K > 0, got shape {importance.shape}")
    c, k_all = importance.shape
    k = max(1, min(_count(most, "most"), k_all // 2))
    out = np.full((c, k), -1, np.int32)
    for i in range(c):
        if np.all(np.isfinite(importance[i])):
            out[i] = np.argsort(-importance[i], kind="stable")[:k]
    return out


def top_channels(domain_coef: np.ndarray, most: int = 4, least: int = 2, cap: int = 64) -> np.ndarray:
    """Channels worth following per instance: the union over models and classes of the ``most`` and ``least``
    domain-discriminative channels (by |coefficient|).

    NaN coefficients are ignored (an all-NaN (model, class) list contributes nothing). When the union exceeds
    ``cap``, channels enter rank by rank across all lists (every list's most and least discriminative channel, then
    every list's second most and second least …, the most-discriminative end first at each rank), so each list keeps
    its extremes.

    Parameters
    ----------
    domain_coef : float [M models, C, K] (from :func:`domain_coefficients`).
    most, least : channels taken from each end of each list (≥ 0).
    cap : the most channels returned (≥ 0).

    Returns
    -------
    int32 [S] sorted channel ids, S ≤ cap.
    """
    coef = np.asarray(domain_coef, np.float64)
    if coef.ndim != 3 or coef.shape[2] == 0:
        raise ValueError(f"domain_coef must be [M, C, K] with K > 0, got shape {coef.shape}")
    if np.isinf(coef).any():
        raise ValueError("domain_coef contains infinite values")
    most, least, cap = _count(most, "most", 0), _count(least, "least", 0), _count(cap, "cap", 0)
    strength = np.abs(coef).reshape(-1, coef.shape[2])
    candidates: list[tuple[int, int, int]] = []  # (rank, end: 0 most / 1 least, channel)
    for row in strength:
        valid = np.flatnonzero(~np.isnan(row))
        ordered = valid[np.argsort(-row[valid], kind="stable")]  # most discriminative first
        candidates += [(r, 0, int(c)) for r, c in enumerate(ordered[:most])]
        candidates += [(r, 1, int(c)) for r, c in enumerate(ordered[::-1][:least])]
    chosen: dict[int, None] = {}
    for _, _, channel in sorted(candidates, key=lambda item: (item[0], item[1])):  # rank by rank, stable
        if len(chosen) >= cap:
            break
        chosen.setdefault(channel)
    return np.array(sorted(chosen), np.int32)


def distance_edges(bins: int) -> np.ndarray:
    """float [bins + 1] equal-width edges over [0, 1], the range of :func:`channel_matching`'s distances (the edges
    of its ``rest_hist``)."""
    return np.linspace(0.0, 1.0, _count(bins, "bins") + 1)


def channel_matching(pre: np.ndarray, cur: np.ndarray, important_pre: np.ndarray, important_cur: np.ndarray, *,
                     top: int = 5, bins: int = 20) -> dict[str, np.ndarray]:
    """The reference system's neuron matching between the pretrained and the current model, for one class.

    Distance between pretrained channel i and current channel j = (1 − r_ij)/2 ∈ [0, 1], r the Pearson correlation of
    their pooled activations over the class's instances (a constant channel: r = 0, distance 0.5).

    Parameters
    ----------
    pre : float [n, K] pretrained model's pooled activations; cur : float [n, K'] the current model's, same instances.
    important_pre : int [k] important pretrained channels; important_cur : int [k'] important current channels.
    top : matches listed per important channel (reduced to the number of channels if fewer).
    bins : histogram bins over [0, 1] for the remaining distances.

    Returns
    -------
    dict with ``distance`` float32 [k, k'] (important pretrained × important current), ``matches_pretrained`` int32
    [k, top] (for each important pretrained channel, the current channels of all K' nearest first),
    ``matches_current`` int32 [k', top] (the same the other way), ``match_distance_pretrained`` float32 [k, top] and
    ``match_distance_current`` float32 [k', top] (their distances), ``rest_hist`` float32 [3, bins] counts of the
    distances not shown as cells: important-pretrained × other-current, other-pretrained × important-current,
    other × other.
    """
    pre, cur = _matrix(pre, "pre", 2), _matrix(cur, "cur", 2)
    if pre.shape[0] != cur.shape[0]:
        raise ValueError(f"pre and cur must have the same number of rows, got {pre.shape[0]} and {cur.shape[0]}")
    ip = _indices(important_pre, pre.shape[1], "important_pre")
    ic = _indices(important_cur, cur.shape[1], "important_cur")
    top, bins = _count(top, "top"), _count(bins, "bins")
    r = _standardize(pre).T @ _standardize(cur) / pre.shape[0]  # [K, K'] Pearson r
    full = (1.0 - np.clip(r, -1.0, 1.0)) / 2.0
    top = min(top, full.shape[0], full.shape[1])
    rows, cols = np.zeros(full.shape[0], bool), np.zeros(full.shape[1], bool)
    rows[ip], cols[ic] = True, True
    edges = distance_edges(bins)
    rest = [full[rows][:, ~cols], full[~rows][:, cols], full[~rows][:, ~cols]]
    m_pre = np.argsort(full[ip], axis=1, kind="stable")[:, :top]
    m_cur = np.argsort(full[:, ic].T, axis=1, kind="stable")[:, :top]
    return {
        "distance": full[np.ix_(ip, ic)].astype(np.float32),
        "matches_pretrained": m_pre.astype(np.int32),
        "matches_current": m_cur.astype(np.int32),
        "match_distance_pretrained": np.take_along_axis(full[ip], m_pre, axis=1).astype(np.float32),
        "match_distance_current": np.take_along_axis(full[:, ic].T, m_cur, axis=1).astype(np.float32),
        "rest_hist": np.stack([np.histogram(block, edges)[0] for block in rest]).astype(np.float32),
    }


def connection_weights(weight: np.ndarray, to: np.ndarray, frm: np.ndarray) -> np.ndarray:
    """Strength of the connections between chosen channels of consecutive layers.

    Parameters
    ----------
    weight : float [K_out, K_in, ...] the layer's weight (e.g. conv [K_out, K_in, h, w]).
    to : int [k] output channels; frm : int [k_in] input channels.

    Returns
    -------
    float32 [k, k_in]: ‖weight[to_i, frm_j]‖₂ of each kernel slice.
    """
    w = np.asarray(weight, np.float64)
    if w.ndim < 2 or w.size == 0:
        raise ValueError(f"weight must be a non-empty [K_out, K_in, ...] array, got shape {w.shape}")
    _finite(w, "weight")
    to, frm = _indices(to, w.shape[0], "to"), _indices(frm, w.shape[1], "frm")
    block = w[np.ix_(to, frm)].reshape(len(to), len(frm), -1)
    return np.linalg.norm(block, axis=2).astype(np.float32)


def connection_norms(weight: np.ndarray) -> np.ndarray:
    """Strength of every connection of a layer: float32 [K_out, K_in], ‖weight[o, i]‖₂ of each kernel slice
    (:func:`connection_weights` for all channels, computed in float32 so that a wide Linear layer does not double
    its memory).

    ``weight`` : float [K_out, K_in, ...] (e.g. conv [K_out, K_in, h, w], Linear [K_out, K_in]). Raises
    :class:`ValueError` for an empty or non-finite weight.
    """
    w = np.asarray(weight, np.float32)
    if w.ndim < 2 or w.size == 0:
        raise ValueError(f"weight must be a non-empty [K_out, K_in, ...] array, got shape {w.shape}")
    _finite(w, "weight")
    w = w.reshape(w.shape[0], w.shape[1], -1)
    return np.sqrt(np.einsum("oik,oik->oi", w, w, dtype=np.float32))


def weight_bins(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """int64 bin index (0..B−1) of each value in the B equal-width bins ``edges`` [B + 1]; values outside the edges
    go to the first or last bin (float16 rounding of the largest value), like :func:`numpy.histogram`'s closed last
    bin. The one binning of the structure level's weight histograms (written and read)."""
    edges = np.asarray(edges, np.float64)
    b = len(edges) - 1
    if b < 1 or not edges[-1] > edges[0]:
        raise ValueError(f"edges must be [B + 1] increasing equal-width edges, got {edges[:4]}")
    width = (edges[-1] - edges[0]) / b
    idx = np.floor((np.asarray(values, np.float64) - edges[0]) / width)
    return np.clip(idx, 0, b - 1).astype(np.int64)


def connection_histograms(norms: np.ndarray, to: np.ndarray, frm: np.ndarray, bins: int = 16) -> dict[str, np.ndarray]:
    """The connections of a layer that a record of chosen channels' connections (``norms[to][:, frm]``) leaves out,
    as histograms: what the reference system's I→N, N→I and N→N weight summaries need over the whole layer when only
    some channels are recorded (Ma et al., TVCG 2021, Network Relation View).

    Parameters
    ----------
    norms : float [K_out, K_in] every connection's strength (:func:`connection_norms`); NaN: not connected (the input
        does not reach that output), not counted.
    to : int [S] chosen output channels; frm : int [S_in] chosen input channels.
    bins : B equal-width bins over [0, the largest connected norm] ([0, 1] when there is none above 0). Norms are
        binned at float16 precision, as such records store the chosen ones, so that a connection falls in the same
        bin whether it is recorded or summarised here.

    Returns
    -------
    dict with ``edges`` float32 [B + 1]; ``rest_out`` int64 [S, B]: per chosen output channel, its connections from
    the input channels not in ``frm``; ``rest_in`` int64 [S_in, B]: per chosen input channel, its connections to the
    output channels not in ``to``; ``rest`` int64 [B]: the connections between output channels not in ``to`` and
    input channels not in ``frm``. Bins: :func:`weight_bins`.
    """
    norms = np.asarray(norms, np.float32)
    if norms.ndim != 2:
        raise ValueError(f"norms must be [K_out, K_in], got shape {norms.shape}")
    b = _count(bins, "bins")
    to, frm = _indices(to, norms.shape[0], "to"), _indices(frm, norms.shape[1], "frm")
    connected = np.isfinite(norms)
    top = float(norms[connected].max()) if connected.any() else 0.0
    edges = np.linspace(0.0, top if top > 0 else 1.0, b + 1)
    # Every connection's bin once (bin b: not connected); each histogram is then a difference of counts over whole
    # rows or columns and the chosen block, exact integers, without copying the left-out blocks.
    code = np.full(norms.shape, b, np.int64)
    code[connected] = weight_bins(norms[connected].astype(np.float16), edges)
    own_to, own_frm = np.unique(to), np.unique(frm)  # "left out" is by channel: a repeated index leaves out nothing more

    def counts(block: np.ndarray) -> np.ndarray:  # [R, B] per row of a block of codes, bin b dropped
        r = block.shape[0]
        flat = (np.arange(r)[:, None] * (b + 1) + block).ravel()
        return np.bincount(flat, minlength=r * (b + 1)).reshape(r, b + 1)[:, :b]

    rest = (np.bincount(code.ravel(), minlength=b + 1)[:b] - counts(code[own_to]).sum(axis=0)
            - counts(code[:, own_frm].T).sum(axis=0) + counts(code[np.ix_(own_to, own_frm)]).sum(axis=0))
    return {"edges": edges.astype(np.float32),
            "rest_out": counts(code[to]) - counts(code[np.ix_(to, own_frm)]),
            "rest_in": counts(code[:, frm].T) - counts(code[np.ix_(own_to, frm)].T),
            "rest": rest}


# ------------------------------------------------------------------------------------------------- projections
def random_projection(dim_in: int, dim_out: int, seed: int) -> np.ndarray:
    """Seeded Gaussian random projection (Johnson–Lindenstrauss): entries N(0, 1)/√dim_out.

    Parameters
    ----------
    dim_in, dim_out : input and output dimensions (≥ 1).
    seed : the same seed gives the same matrix.

    Returns
    -------
    float32 [dim_in, dim_out]; x @ P preserves squared distances in expectation.
    """
    return _projection(_count(dim_in, "dim_in"), _count(dim_out, "dim_out"), int(seed)).copy()


@functools.lru_cache(maxsize=64)
def _projection(dim_in: int, dim_out: int, seed: int) -> np.ndarray:
    """:func:`random_projection`, read-only, made once per (dimensions, seed): every step sketches every layer with
    the same one (a run's layers, at most 64 kept: a few MB)."""
    out = (np.random.default_rng(seed).standard_normal((dim_in, dim_out)) / np.sqrt(dim_out)).astype(np.float32)
    out.setflags(write=False)
    return out


def reduce_features(x: np.ndarray, dim_out: int = 64, seed: int = 0) -> np.ndarray:
    """Features reduced for storage: a fixed seeded random projection when D > dim_out, else a plain cast.

    Parameters
    ----------
    x : float [N, D].
    dim_out : target dimension.
    seed : seed of :func:`random_projection` (keep it fixed per run and layer so steps are comparable).

    Returns
    -------
    float16 [N, min(D, dim_out)]; magnitudes beyond float16's range (±65504) are clipped rather than becoming inf.
    """
    x = _matrix(x, "x")
    dim_out = _count(dim_out, "dim_out")
    if x.shape[1] > dim_out:
        x = x @ _projection(x.shape[1], dim_out, int(seed)).astype(np.float64)
    limit = float(np.finfo(np.float16).max)
    return np.clip(x, -limit, limit).astype(np.float16)


class PcaFrame(NamedTuple):
    """A fixed frame (2-D unless asked otherwise): ``mean`` float32 [d], ``components`` float32 [dims, d] (orthonormal
    rows, or zero rows where the data has no further direction), ``explained_variance_ratio`` float32 [dims]."""

    mean: np.ndarray
    components: np.ndarray
    explained_variance_ratio: np.ndarray


def pca_frame(x: np.ndarray, dims: int = 2) -> PcaFrame:
    """The first ``dims`` principal axes of ``x``, with a deterministic sign: each axis's largest-|loading| entry is
    positive, so refitting (or fitting −x) gives the same frame.

    Parameters
    ----------
    x : float [N, d], N ≥ 2.
    dims : number of axes (2 for a 2-D frame).

    Returns
    -------
    PcaFrame(mean [d], components [dims, d], explained_variance_ratio [dims]); missing axes (d < dims, rank below
    dims, constant data) are zero rows with ratio 0.
    """
    x = _matrix(x, "x", 2)
    dims = _count(dims, "dims")
    mean = x.mean(axis=0)
    _, sigma, vt = np.linalg.svd(x - mean, full_matrices=False)
    components = np.zeros((dims, x.shape[1]))
    ratio = np.zeros(dims)
    total = float((sigma ** 2).sum())
    for i in range(min(dims, len(sigma))):
        if sigma[i] > 1e-12 * max(sigma[0], 1e-300) and total > 0:
            axis = vt[i]
            components[i] = axis * np.sign(axis[np.argmax(np.abs(axis))])
            ratio[i] = sigma[i] ** 2 / total
    return PcaFrame(mean.astype(np.float32), components.astype(np.float32), ratio.astype(np.float32))


def project(frame: PcaFrame, x: np.ndarray) -> np.ndarray:
    """Coordinates of ``x`` in a fixed frame.

    Parameters
    ----------
    frame : from :func:`pca_frame`.
    x : float [N, d] with the frame's d.

    Returns
    -------
    float32 [N, dims] = (x − mean) @ componentsᵀ.
    """
    x = _matrix(x, "x")
    mean, components = np.asarray(frame.mean, np.float64), np.asarray(frame.components, np.float64)
    if x.shape[1] != mean.shape[0] or components.ndim != 2 or components.shape[1] != mean.shape[0]:
        raise ValueError(f"x has {x.shape[1]} dimensions, the frame {mean.shape[0]}")
    return ((x - mean) @ components.T).astype(np.float32)


# openTSNE's phases, chosen by benchmarks/tsne.py (2 × 1,000 points × 64 dims on one thread): a first layout runs
# early exaggeration then the normal phase; a warm start from a neighbouring step's layout skips early exaggeration
# and runs a short normal phase. Both keep trustworthiness (k = 10) within 0.01 of scikit-learn's default t-SNE.
TSNE_EARLY_ITER, TSNE_ITER, TSNE_WARM_ITER, TSNE_THETA = 100, 200, 80, 0.6


def tsne_layout(x: np.ndarray, *, init: np.ndarray | None = None, seed: int = 0, perplexity: float = 30.0,
                n_threads: int | None = None) -> np.ndarray:
    """t-SNE layout (openTSNE, Barnes–Hut; van der Maaten & Hinton 2008, Poličar et al. 2024).

    Without ``init``: PCA initialisation, early exaggeration (12, ``TSNE_EARLY_ITER`` iterations), then
    ``TSNE_ITER`` iterations. With ``init`` (a neighbouring step's layout) the optimisation is warm-started from it
    as it is, without early exaggeration, for ``TSNE_WARM_ITER`` iterations, so consecutive layouts stay alike; align
    the result with :func:`procrustes_align`. An init with a constant column (e.g. a 1-D layout) could never leave
    it (its gradient is zero by symmetry): that column is replaced by seeded noise of the other column's spread.

    Parameters
    ----------
    x : float [N, d], N ≥ 4.
    init : float [N, 2] or None.
    seed : random state (the layout is deterministic for a seed and thread count).
    perplexity : clipped to [1, (N − 1)/3] for small N.
    n_threads : threads for the neighbour search and gradient (None: 1); keep 1 in a shared server, where
        oversubscribed threads make t-SNE many times slower.

    Returns
    -------
    float32 [N, 2].
    """
    from openTSNE import TSNEEmbedding, affinity, initialization

    x = _matrix(x, "x", 4)
    n = x.shape[0]
    if not perplexity > 0:
        raise ValueError(f"perplexity must be positive, got {perplexity!r}")
    threads = 1 if n_threads is None else _count(n_threads, "n_threads")
    perplexity = float(min(perplexity, max(1.0, (n - 1) / 3)))
    if init is not None:
        init = np.array(init, dtype=np.float64)
        if init.shape != (n, 2) or not np.isfinite(init).all():
            raise ValueError(f"init must be a finite [{n}, 2] layout, got shape {init.shape}")
        flat = _constant_columns(init)
        if flat.any():
            spread = float(init[:, ~flat].std()) if (~flat).any() else 1e-4
            init[:, flat] = np.random.default_rng(seed).standard_normal((n, int(flat.sum()))) * max(spread, 1e-4)
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=threads):
        aff = affinity.PerplexityBasedNN(x, perplexity=perplexity, method="exact" if n <= 5000 else "annoy",
                                         n_jobs=threads, random_state=seed, verbose=False)
        common = dict(negative_gradient_method="bh", theta=TSNE_THETA, n_jobs=threads, random_state=seed)
        if init is None:
            start = initialization.pca(x, random_state=seed, verbose=False)
            emb = TSNEEmbedding(start, aff, **common)
            emb = emb.optimize(TSNE_EARLY_ITER, exaggeration=12, momentum=0.5)
            emb = emb.optimize(TSNE_ITER, momentum=0.8)
        else:
            emb = TSNEEmbedding(init, aff, **common)
            emb = emb.optimize(TSNE_WARM_ITER, momentum=0.8)
    return np.asarray(emb, dtype=np.float32)


def procrustes_align(y: np.ndarray, reference: np.ndarray) -> np.ndarray:
    """Rotate/reflect ``y`` onto ``reference`` (orthogonal Procrustes after centring both), keeping ``y``'s scale,
    and move it to ``reference``'s centroid.

    Parameters
    ----------
    y, reference : float [N, 2] layouts of the same instances.

    Returns
    -------
    float32 [N, 2].
    """
    from scipy.linalg import orthogonal_procrustes

    y, reference = _matrix(y, "y"), _matrix(reference, "reference")
    if y.shape != reference.shape:
        raise ValueError(f"y and reference must have one shape, got {y.shape} and {reference.shape}")
    a = y - y.mean(axis=0)
    rotation, _ = orthogonal_procrustes(a, reference - reference.mean(axis=0))
    return (a @ rotation + reference.mean(axis=0)).astype(np.float32)


def domain_discrimination_projection(acts: np.ndarray, is_target: np.ndarray, *, seed: int = 0) -> dict:
    """The reference system's domain-discrimination plot of one class's instances on chosen channels.

    On standardised channels z: x axis = the unit normal w/‖w‖ of a linear SVM separating target from source
    (positive towards target); y axis = the first principal component of z with its x-component removed
    (orthogonal to x). Biplot arrows are each channel's unit vector expressed on the two axes.

    Parameters
    ----------
    acts : float [n, S] pooled activations of the chosen S ≥ 1 channels; n ≥ 2.
    is_target : bool [n] True for target instances; both domains must occur.
    seed : random state of the SVM solver.

    Returns
    -------
    dict with ``points`` float32 [n, 2] (z projected on the axes), ``arrows`` float32 [S, 2] (row s = (x_s, y_s),
    the axes' loadings on channel s), ``accuracy`` float (the SVM's training accuracy). With S = 1, or when the
    residual has no variance, the y axis is 0.
    """
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.svm import LinearSVC

    acts = _matrix(acts, "acts", 2)
    is_target = _mask(is_target, acts.shape[0], "is_target")
    if is_target.all() or not is_target.any():
        raise ValueError("the domain-discrimination plot needs instances of both domains")
    z = _standardize(acts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # non-separable data: the normal is still meaningful
        svm = LinearSVC(C=1.0, max_iter=5000, random_state=seed).fit(z, is_target)
    w = svm.coef_[0].astype(np.float64)
    norm = np.linalg.norm(w)
    x_axis = w / norm if norm > 0 else np.eye(z.shape[1])[0]
    residual = z - np.outer(z @ x_axis, x_axis)
    y_axis = np.zeros_like(x_axis)
    if z.shape[1] > 1:
        _, sigma, vt = np.linalg.svd(residual - residual.mean(axis=0), full_matrices=False)
        if sigma[0] > 1e-9 * max(np.sqrt(z.shape[0]), 1.0):
            y_axis = vt[0] - (vt[0] @ x_axis) * x_axis  # already orthogonal up to rounding
            y_axis /= np.linalg.norm(y_axis)
            y_axis *= np.sign(y_axis[np.argmax(np.abs(y_axis))])  # deterministic sign
    axes = np.stack([x_axis, y_axis], axis=1)  # [S, 2]
    return {"points": (z @ axes).astype(np.float32), "arrows": axes.astype(np.float32),
            "accuracy": float(svm.score(z, is_target))}


# ---------------------------------------------------------------------------------------------- neighbours
def nearest_neighbors(x: np.ndarray, query: int, candidates: np.ndarray, k: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` rows of ``candidates`` nearest to row ``query`` of ``x`` (Euclidean distance).

    Used for "nearest neighbours across domains": ``candidates`` are the instances of the other domain, ``x`` a
    layer's embedding at one step.

    Parameters
    ----------
    x : float [N, d], finite.
    query : row index in ``0..N-1``.
    candidates : int [M] row indices (repeats and the query itself are ignored).
    k : neighbours wanted (≥ 1); fewer come back when there are fewer candidates.

    Returns
    -------
    (ids int64 [min(k, M')], distances float64 [min(k, M')]), nearest first; ties broken by the lower id.
    """
    x = _matrix(x, "x")
    n = x.shape[0]
    if isinstance(query, (bool, np.bool_)) or not isinstance(query, (int, np.integer)) or not 0 <= query < n:
        raise ValueError(f"query must be a row index in 0..{n - 1}, got {query!r}")
    k = _count(k, "k")
    cand = np.unique(_indices(np.asarray(candidates).reshape(-1), n, "candidates"))
    cand = cand[cand != query]
    d = np.sqrt(((x[cand].astype(np.float64) - x[query].astype(np.float64)) ** 2).sum(axis=1))
    order = np.lexsort((cand, d))[:k]
    return cand[order].astype(np.int64), d[order]
