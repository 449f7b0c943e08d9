"""Measures against their definitions and invariances (no numbers copied from a run)."""
import numpy as np
import pytest
from scipy.optimize import minimize
from scipy.stats import ortho_group
from sklearn.decomposition import PCA
from sklearn.metrics import confusion_matrix as sk_confusion_matrix
from sklearn.metrics import roc_auc_score
from threadpoolctl import threadpool_limits

from tb_transfer import measures as m

rng = np.random.default_rng(0)


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    """Single-threaded BLAS/OpenMP: on a shared, oversubscribed CI machine spinning threads make tiny problems (and
    t-SNE) many times slower; the results do not depend on it."""
    with threadpool_limits(1):
        yield


# ------------------------------------------------------------------------------------------------- statistical
def test_accuracy_per_class_and_confusion_agree_with_definitions():
    labels = np.array([0, 0, 1, 1, 1, 2])
    pred = np.array([0, 1, 1, 1, 0, 2])
    assert m.accuracy(pred, labels) == pytest.approx(4 / 6)
    per_class = m.per_class_accuracy(pred, labels, 4)
    assert np.allclose(per_class[:3], [0.5, 2 / 3, 1.0]) and np.isnan(per_class[3])
    cm = m.confusion_matrix(pred, labels, 3)
    assert cm.dtype == np.float32 and np.array_equal(cm, sk_confusion_matrix(labels, pred, labels=[0, 1, 2]))
    big_labels, big_pred = rng.integers(0, 7, 500), rng.integers(0, 7, 500)
    cm = m.confusion_matrix(big_pred, big_labels, 7)
    assert np.allclose(np.diag(cm) / cm.sum(axis=1), m.per_class_accuracy(big_pred, big_labels, 7))
    assert np.trace(cm) / cm.sum() == pytest.approx(m.accuracy(big_pred, big_labels))
    with pytest.raises(ValueError, match=r"\[0, 3\)"):
        m.confusion_matrix(pred, np.array([0, 0, 1, 1, 1, 5]), 3)
    with pytest.raises(ValueError, match="pred"):
        m.per_class_accuracy(np.array([0, 9, 1, 1, 0, 2]), labels, 3)


def test_instance_outcome_matches_softmax_definition():
    logits = rng.normal(size=(7, 4)) * 3
    labels = rng.integers(0, 4, 7)
    pred, loss, margin = m.instance_outcome(logits, labels)
    p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    for i in range(7):
        assert pred[i] == np.argmax(p[i])
        assert loss[i] == pytest.approx(-np.log(p[i, labels[i]]))
        assert margin[i] == pytest.approx(p[i, labels[i]] - max(p[i, c] for c in range(4) if c != labels[i]))
        assert (margin[i] > 0) == (pred[i] == labels[i])
    # Stable for huge logits (a naive softmax overflows), and invariant to a per-row shift.
    _, loss, margin = m.instance_outcome(np.array([[1000.0, 0.0], [5000.0, 5000.0]]), np.array([1, 0]))
    assert loss == pytest.approx([1000.0, np.log(2)]) and margin == pytest.approx([-1.0, 0.0])
    shifted = m.instance_outcome(logits + rng.normal(size=(7, 1)) * 50, labels)
    assert np.allclose(shifted[1], m.instance_outcome(logits, labels)[1])


def _brute_force_logme(f, labels):
    """Maximise the Gaussian marginal likelihood log N(y | 0, β⁻¹I + α⁻¹FFᵀ) over (log α, log β) numerically, per
    class: the definition of the evidence, without any SVD or fixed point."""
    n = len(f)
    gram = f @ f.T
    out = []
    for c in np.unique(labels):
        y = (labels == c).astype(float)

        def negative_evidence(log_params):
            alpha, beta = np.exp(log_params)
            cov = np.eye(n) / beta + gram / alpha
            _, logdet = np.linalg.slogdet(cov)
            return 0.5 * (logdet + y @ np.linalg.solve(cov, y) + n * np.log(2 * np.pi))

        best = min((minimize(negative_evidence, x0, method="L-BFGS-B", options={"ftol": 1e-14, "gtol": 1e-10})
                    for x0 in ([0.0, 0.0], [3.0, 1.0], [-3.0, 3.0])), key=lambda r: r.fun)
        out.append(-best.fun / n)
    return float(np.mean(out))


@pytest.mark.parametrize("n,d,c", [(40, 6, 3), (12, 30, 3), (60, 8, 7)])  # N > D (FᵀF basis), D > N (F Fᵀ basis)
def test_logme_equals_brute_force_evidence_maximisation(n, d, c):
    # (7 classes: each class's fixed point converges on its own, in different numbers of iterations)
    f = rng.normal(size=(n, d))
    labels = np.arange(n) % c
    f[:, 0] += labels  # some signal
    assert m.logme(f, labels, tol=1e-10, max_iter=100_000) == pytest.approx(_brute_force_logme(f, labels), abs=1e-4)


def test_logme_rank_deficient_and_invariances():
    labels = np.arange(30) % 2
    base = rng.normal(size=(30, 4)) + labels[:, None]
    wide = np.hstack([base, base @ rng.normal(size=(4, 8))])  # D = 12, rank 4: zero singular values count
    assert m.logme(wide, labels, tol=1e-10, max_iter=100_000) == pytest.approx(_brute_force_logme(wide, labels),
                                                                             abs=1e-4)
    # The prior is isotropic, so the evidence only depends on F Fᵀ: invariant to orthogonal maps of the features.
    q = ortho_group.rvs(12, random_state=2)
    assert m.logme(wide @ q, labels, tol=1e-10) == pytest.approx(m.logme(wide, labels, tol=1e-10), abs=1e-6)
    # Label ids are names: relabelling the classes does not change the score.
    assert m.logme(wide, labels * 5 + 3) == pytest.approx(m.logme(wide, labels))


def test_logme_prefers_informative_features_and_rejects_bad_input():
    labels = np.arange(300) % 3
    noise = rng.normal(size=(300, 16))
    informative = noise + np.eye(16)[labels] * 3
    assert m.logme(informative, labels) > m.logme(noise, labels)
    with pytest.raises(ValueError, match="two classes"):
        m.logme(noise, np.zeros(300, int))
    with pytest.raises(ValueError, match="all zero"):
        m.logme(np.zeros((300, 16)), labels)
    with pytest.raises(ValueError, match="length 300"):
        m.logme(noise, labels[:-1])


def test_leep_matches_loop_definition_and_useless_head_baseline():
    theta = rng.dirichlet(np.ones(5), size=30)
    labels = np.arange(30) % 3
    joint = np.zeros((3, 5))
    for i in range(30):
        joint[labels[i]] += theta[i] / 30
    cond = joint / joint.sum(0)
    expected = np.mean([np.log(sum(cond[labels[i], z] * theta[i, z] for z in range(5))) for i in range(30)])
    assert m.leep(theta, labels, 3) == pytest.approx(expected)
    # A head that says nothing (uniform θ) on balanced labels scores log(1/Ct); a perfect one-to-one head scores 0.
    assert m.leep(np.full((30, 5), 0.2), labels, 3) == pytest.approx(np.log(1 / 3))
    assert m.leep(np.eye(5)[labels], labels, 3) == pytest.approx(0.0)
    with pytest.raises(ValueError, match="probability"):
        m.leep(theta * 2, labels, 3)
    with pytest.raises(ValueError, match=r"\[0, 2\)"):
        m.leep(theta, labels, 2)


def test_transferability_score_is_the_difference_and_propagates_nan():
    assert m.transferability_score(0.8, 0.55) == pytest.approx(0.25)
    assert m.transferability_score(0.3, 0.5) == pytest.approx(-0.2)
    assert np.isnan(m.transferability_score(0.8, float("nan")))


# -------------------------------------------------------------------------------------------------------- CKA
def _reference_unbiased_hsic(x, y):
    """Song et al. 2012's unbiased HSIC with zero-diagonal Gram matrices, written out."""
    n = len(x)
    k, l_ = x @ x.T, y @ y.T
    np.fill_diagonal(k, 0)
    np.fill_diagonal(l_, 0)
    one = np.ones(n)
    return (np.trace(k @ l_) + (one @ k @ one) * (one @ l_ @ one) / ((n - 1) * (n - 2))
            - 2 / (n - 2) * one @ k @ l_ @ one) / (n * (n - 3))


def _reference_u_centered_cka(x, y):
    """The same through explicit U-centring (Székely & Rizzo 2014), element by element."""
    def u_center(g):
        n = len(g)
        g = g.copy()
        np.fill_diagonal(g, 0)
        out = np.zeros_like(g)
        for i in range(n):
            for j in range(n):
                if i != j:
                    out[i, j] = (g[i, j] - g[i].sum() / (n - 2) - g[:, j].sum() / (n - 2)
                                 + g.sum() / ((n - 1) * (n - 2)))
        return out

    kx, ky = u_center(x @ x.T), u_center(y @ y.T)
    return (kx * ky).sum() / np.sqrt((kx * kx).sum() * (ky * ky).sum())


def test_cka_definition_and_invariances():
    x = rng.normal(size=(30, 20))
    y = x @ rng.normal(size=(20, 15)) + rng.normal(size=(30, 15))
    cka = m.unbiased_linear_cka(x, y)
    ref = _reference_unbiased_hsic(x, y) / np.sqrt(_reference_unbiased_hsic(x, x) * _reference_unbiased_hsic(y, y))
    assert cka == pytest.approx(ref) and cka == pytest.approx(_reference_u_centered_cka(x, y))
    assert m.unbiased_linear_cka(x, y, method="features") == pytest.approx(cka)
    assert m.unbiased_linear_cka(x, x) == pytest.approx(1.0)
    assert m.unbiased_linear_cka(x, y) == pytest.approx(m.unbiased_linear_cka(y, x))
    q = ortho_group.rvs(20, random_state=1)
    assert m.unbiased_linear_cka(x @ q * 7.5 + 3.0, y) == pytest.approx(cka)  # rotation, isotropic scale, shift
    assert m.unbiased_linear_cka(x @ q * 0.01 - 40.0, x) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="method"):
        m.unbiased_linear_cka(x, y, method="biased")


def test_unbiased_cka_is_near_zero_on_independent_wide_features():
    x, y = rng.normal(size=(64, 512)), rng.normal(size=(64, 512))
    xc, yc = x - x.mean(0), y - y.mean(0)
    biased = np.sum((xc.T @ yc) ** 2) / (np.linalg.norm(xc.T @ xc) * np.linalg.norm(yc.T @ yc))
    assert biased > 0.8  # the pitfall: biased CKA of independent features
    assert abs(m.unbiased_linear_cka(x, y)) < 0.05
    assert abs(m.unbiased_linear_cka(x, y, method="features")) < 0.05
    with pytest.raises(ValueError, match="same number of rows"):
        m.unbiased_linear_cka(x, y[:10])
    with pytest.raises(ValueError, match="constant"):
        m.unbiased_linear_cka(np.ones((64, 3)), y)
    with pytest.raises(ValueError, match="at least 4"):
        m.unbiased_linear_cka(x[:3], y[:3])


def _layers(n=40, seed=5):
    """Three representations of the same n instances, related as a network's layers are (each a noisy map of the
    one before), of different widths."""
    g = np.random.default_rng(seed)
    a = g.normal(size=(n, 12))
    b = np.maximum(a @ g.normal(size=(12, 20)), 0) + 0.3 * g.normal(size=(n, 20))
    c = b @ g.normal(size=(20, 6)) + g.normal(size=(n, 6))
    return [a, b, c]


def test_cka_matrix_is_the_definition_for_every_pair():
    xs, ys = _layers(seed=5), _layers(seed=5)
    ys = [y + 0.5 * rng.normal(size=y.shape) for y in ys]  # "fine-tuned": the same layers, moved
    got = m.cka_matrix([m.cka_gram(x) for x in xs], [m.cka_gram(y) for y in ys])
    assert got.shape == (3, 3) and got.dtype == np.float64
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            assert got[i, j] == pytest.approx(m.unbiased_linear_cka(x, y), abs=1e-12)
            assert got[i, j] == pytest.approx(_reference_u_centered_cka(x, y), abs=1e-10)
    g = m.cka_gram(xs[1])
    assert np.allclose(g, g.T) and np.all(np.diag(g) == 0) and np.sum(g * g) == pytest.approx(1.0)
    # float32 storage of the Gram matrices (what the callback caches) changes CKA by far less than 1e-6
    low = m.cka_matrix([m.cka_gram(x) for x in xs], [m.cka_gram(y).astype(np.float32) for y in ys])
    assert np.abs(low - got).max() < 1e-6


def test_cka_matrix_of_a_model_with_itself_is_symmetric_with_a_unit_diagonal():
    grams = [m.cka_gram(x) for x in _layers()]
    got = m.cka_matrix(grams, grams)
    np.testing.assert_allclose(got, got.T, atol=1e-12)
    np.testing.assert_allclose(np.diag(got), 1.0, atol=1e-12)
    assert np.all(np.abs(got) <= 1 + 1e-12)


def test_cka_matrix_is_invariant_to_orthogonal_transforms_and_isotropic_scaling():
    xs = _layers()
    base = m.cka_matrix([m.cka_gram(x) for x in xs], [m.cka_gram(x) for x in xs])
    moved = [x @ ortho_group.rvs(x.shape[1], random_state=i) * s + shift
             for i, (x, s, shift) in enumerate(zip(xs, (7.5, 0.01, 300.0), (3.0, -40.0, 0.0)))]
    np.testing.assert_allclose(m.cka_matrix([m.cka_gram(x) for x in moved], [m.cka_gram(x) for x in xs]), base,
                               atol=1e-9)


def test_cka_matrix_of_constant_or_zero_representations_is_nan_not_a_crash():
    xs = _layers()
    for bad in (np.zeros((40, 5)), np.full((40, 5), 3.0), np.tile(rng.normal(size=5), (40, 1))):
        with pytest.raises(ValueError, match="constant"):
            m.cka_gram(bad)
    one_off = np.zeros((40, 5))
    one_off[0] = 1.0  # all instances identical but one: no variation left after U-centring
    with pytest.raises(ValueError, match="U-centring|constant"):
        m.cka_gram(one_off)
    grams = [m.cka_gram(x) for x in xs]
    got = m.cka_matrix([grams[0], None, grams[2]], [None, grams[1], grams[2]])
    assert np.isnan(got[1]).all() and np.isnan(got[:, 0]).all()
    assert np.isfinite(got[np.ix_([0, 2], [1, 2])]).all()
    with pytest.raises(ValueError, match="different sizes"):
        m.cka_matrix(grams, [m.cka_gram(xs[0][:20])])
    with pytest.raises(ValueError, match="NaN"):
        m.cka_gram(np.where(np.eye(40, 5) > 0, np.nan, xs[0][:, :5]))


# -------------------------------------------------------------------------------------------- domain measures
def test_linear_mmd_definition_and_invariances():
    s = rng.normal(size=(100, 8))
    t = rng.normal(size=(80, 8)) * 2 + 0.5
    pooled = np.sqrt((99 * s.var(0, ddof=1) + 79 * t.var(0, ddof=1)) / 178)
    assert m.linear_mmd(s, t) == pytest.approx(np.mean(((s.mean(0) - t.mean(0)) / pooled) ** 2))
    assert m.linear_mmd(s, s.copy()) == pytest.approx(0.0)
    scale, shift = rng.uniform(0.1, 10, 8), rng.normal(size=8)
    assert m.linear_mmd(s * scale + shift, t * scale + shift) == pytest.approx(m.linear_mmd(s, t))
    assert m.linear_mmd(np.hstack([s, s]), np.hstack([t, t])) == pytest.approx(m.linear_mmd(s, t))  # width-free
    assert m.linear_mmd(s, t + 1.0) > m.linear_mmd(s, t) > m.linear_mmd(s, t - 0.5)
    # A column constant in both domains (0.1 is inexact in binary: its mean is not exactly 0.1) contributes 0.
    with_constant = m.linear_mmd(np.hstack([s, np.full((100, 1), 0.1)]), np.hstack([t, np.full((80, 1), 0.1)]))
    assert with_constant == pytest.approx(m.linear_mmd(s, t) * 8 / 9)
    with pytest.raises(ValueError, match="same width"):
        m.linear_mmd(s, t[:, :3])


def test_domain_separation_chance_separable_and_deterministic():
    same = m.domain_separation(rng.normal(size=(200, 10)), rng.normal(size=(200, 10)))
    assert abs(same.auc - 0.5) < 0.1 and same.pad < 0.3
    source, target = rng.normal(size=(200, 10)), rng.normal(size=(150, 10)) + 3
    far = m.domain_separation(source, target)
    assert far.auc > 0.99 and far.pad > 1.9
    # p_target: out of fold, source rows first.
    assert far.p_target.shape == (350,) and far.p_target[:200].mean() < 0.2 < 0.8 < far.p_target[200:].mean()
    again = m.domain_separation(source, target)
    assert again.auc == far.auc and np.array_equal(again.p_target, far.p_target)
    # Few instances, wide features: PCA stays within a training fold's rank. Each fold has its own classifier, so the
    # pooled out-of-fold AUC of clearly separable data stays below 1 at this size (0.81 to 1 over 100 seeds, median
    # 0.94). Own generators: the module's shared one made this depend on which tests ran before.
    small = [m.domain_separation(g.normal(size=(16, 64)), g.normal(size=(16, 64)) + 3).auc
             for g in map(np.random.default_rng, range(20))]
    assert min(small) > 0.75 and np.median(small) > 0.9
    assert m.domain_separation(np.ones((10, 5)), np.ones((10, 5)))[:2] == (0.5, 0.0)
    assert 0 <= m.domain_separation(rng.normal(size=(3, 4)), rng.normal(size=(2, 4))).pad <= 2  # 2 folds
    with pytest.raises(ValueError, match="2 instances per domain"):
        m.domain_separation(rng.normal(size=(5, 4)), rng.normal(size=(1, 4)))


@pytest.mark.parametrize("n,d,shift", [(160, 32, 0.0), (160, 32, 0.7), (40, 20, 3.0), (12, 3, 10.0), (300, 1, 0.2)])
def test_logistic_solver_reaches_scikit_learns_optimum(n, d, shift):
    """domain_separation's classifier: the optimum of LogisticRegression(C=1)'s objective (one, strictly convex),
    from overlapping to (nearly) separable domains; scikit-learn's Newton solver run to a far tighter tolerance than
    its default is the yardstick."""
    from sklearn.linear_model import LogisticRegression

    x = rng.normal(size=(n, d))
    y = (np.arange(n) % 2).astype(float)
    x[y == 1] += shift
    coef, intercept = m._logistic_l2(x, y)
    ref = LogisticRegression(C=1.0, solver="newton-cholesky", tol=1e-12, max_iter=1000).fit(x, y)
    scale = max(1.0, np.abs(ref.coef_).max())
    np.testing.assert_allclose(coef, ref.coef_[0], atol=1e-7 * scale)
    assert intercept == pytest.approx(ref.intercept_[0], abs=1e-7 * scale)


def test_logistic_fits_at_once_equal_each_fit_alone():
    """domain_separation fits its folds together: each fit of a batch reaches the optimum that fitting its rows alone
    reaches (overlapping, separable, a zero column whose coefficient stays exactly 0, a fit whose rows are almost all
    of one class)."""
    n = 60
    y = (np.arange(n) % 2).astype(float)
    g = np.random.default_rng(3)
    x = g.normal(size=(4, n, 5))
    x[1, y == 1] += 4.0          # separable
    x[2, :, 3] = 0.0             # a dropped direction
    rows = g.random((4, n)) < 0.8
    rows[3] = y == 0
    rows[3, [1, 3]] = True       # two instances of class 1 among 32
    coef, intercept = m._logistic_l2(x, y, rows)
    assert coef.shape == (4, 5) and intercept.shape == (4,)
    assert coef[2, 3] == 0.0
    for f in range(4):
        alone, b = m._logistic_l2(x[f][rows[f]], y[rows[f]])
        scale = max(1.0, np.abs(alone).max())
        np.testing.assert_allclose(coef[f], alone, atol=1e-8 * scale)
        assert intercept[f] == pytest.approx(b, abs=1e-8 * scale)


def test_domain_separation_edge_cases_are_the_same_with_fewest_rows():
    """Two instances per domain: two folds of one instance per domain each (a training fold with one row of each
    class); a constant column; NaN refused."""
    got = m.domain_separation(np.array([[0.0, 1.0], [1.0, 1.0]]), np.array([[3.0, 1.0], [4.0, 1.0]]))
    assert got.p_target.shape == (4,) and np.all((got.p_target > 0) & (got.p_target < 1))
    assert got.auc == 1.0 and got.pad == 2.0
    with pytest.raises(ValueError, match="NaN"):
        m.domain_separation(np.array([[np.nan, 1.0], [1.0, 1.0]]), np.ones((2, 2)))


def test_domain_separation_auc_is_roc_auc_of_its_out_of_fold_probabilities():
    from sklearn.metrics import roc_auc_score

    source, target = rng.normal(size=(60, 8)), rng.normal(size=(50, 8)) + 0.4
    sep = m.domain_separation(source, target)
    y = np.r_[np.zeros(60), np.ones(50)]
    assert sep.auc == pytest.approx(roc_auc_score(y, sep.p_target), abs=1e-12)
    ties = np.round(sep.p_target, 1)  # ties count half, as in roc_auc_score
    assert m._mann_whitney_auc(ties[:, None], y == 1)[0] == pytest.approx(roc_auc_score(y, ties), abs=1e-12)


# ---------------------------------------------------------------------------------------------------- weights
def test_drift_exact_on_constructed_weights():
    w0 = np.array([[3.0, 4.0], [1.0, 0.0]])
    w = np.array([[3.0, 4.0], [0.0, 2.0]])
    assert m.relative_change(w, w0) == pytest.approx(np.sqrt(5) / np.sqrt(26))
    assert m.relative_change([w, np.ones(2)], [w0, np.ones(2)]) == pytest.approx(np.sqrt(5) / np.sqrt(28))
    assert m.cosine_similarity(w, w0) == pytest.approx(25 / (np.sqrt(29) * np.sqrt(26)))
    assert m.cosine_similarity([w, np.ones(2)], [w0, -np.ones(2)]) == pytest.approx(23 / (np.sqrt(31) * np.sqrt(28)))
    assert m.cosine_similarity(w0 * 2, w0) == pytest.approx(1.0) and m.relative_change(w0 * 2, w0) == pytest.approx(1)
    assert m.cosine_similarity(-w0, w0) == pytest.approx(-1.0)
    assert m.relative_change(np.zeros(3), np.zeros(3)) == 0.0 and np.isnan(m.relative_change(np.ones(3), np.zeros(3)))
    drift = m.filter_drift(w, w0)
    assert drift.shape == (2, 2) and drift.dtype == np.float32
    assert drift[0, 0] == 0 and drift[1, 0] == pytest.approx(1.0)
    assert drift[0, 1] == pytest.approx(np.sqrt(5)) and drift[1, 1] == pytest.approx(0.0)
    conv0 = rng.normal(size=(4, 3, 2, 2))
    conv = conv0.copy()
    conv[2] *= -1
    assert m.filter_drift(conv, conv0)[:, 2] == pytest.approx([2.0, -1.0])
    with pytest.raises(ValueError, match="differ in size"):
        m.relative_change(w, w0[:1])
    with pytest.raises(ValueError, match="differ in size"):  # same total size, different parts
        m.cosine_similarity([w, np.ones(2)], [np.ones(2), w0])
    with pytest.raises(ValueError, match="NaN"):
        m.relative_change(w * np.nan, w0)
    # one pass for all three: the same values as each measure alone
    pairs = [(w, w0), ([w, np.ones(2)], [w0, -np.ones(2)]), (np.zeros(3), np.zeros(3)), (np.ones(3), np.zeros(3))]
    for a, b in pairs:
        drift, cosine, filters = m.weight_drift(a, b)
        np.testing.assert_array_equal((drift, cosine), (m.relative_change(a, b), m.cosine_similarity(a, b)))
        first = (a if isinstance(a, np.ndarray) else a[0], b if isinstance(b, np.ndarray) else b[0])
        np.testing.assert_array_equal(filters, m.filter_drift(*first))
    with pytest.raises(ValueError, match="NaN"):
        m.weight_drift(w * np.nan, w0)


def test_weight_drift_matches_its_definition_in_float64():
    """The one-pass sums (‖w‖² and ⟨w, w0⟩ from d = w − w0) against the definitions computed directly in float64, on
    float32 weights as a model has them: a conv weight with an unchanged filter, a zeroed one, a flipped one and a
    barely moved layer (cosine close to 1, where 1 − cos must keep its digits)."""
    g = np.random.default_rng(5)
    w0 = g.normal(size=(6, 4, 3, 3)).astype(np.float32)
    w = (w0 + 0.01 * g.normal(size=w0.shape)).astype(np.float32)
    w[1], w[2], w[3] = w0[1], 0.0, -w0[3]
    bias0 = g.normal(size=6).astype(np.float32)
    bias = (bias0 + 0.1).astype(np.float32)
    x, y = np.r_[w.ravel(), bias].astype(np.float64), np.r_[w0.ravel(), bias0].astype(np.float64)
    drift, cosine, filters = m.weight_drift([w, bias], [w0, bias0])
    assert drift == pytest.approx(np.linalg.norm(x - y) / np.linalg.norm(y), rel=1e-12)
    assert cosine == pytest.approx(x @ y / (np.linalg.norm(x) * np.linalg.norm(y)), rel=1e-12)
    a, b = w.reshape(6, -1).astype(np.float64), w0.reshape(6, -1).astype(np.float64)
    np.testing.assert_allclose(filters[0], np.linalg.norm(a - b, axis=1) / np.linalg.norm(b, axis=1), rtol=1e-6)
    assert filters[0, 1] == 0 and filters[1, 1] == 1 and np.isnan(filters[1, 2]) and filters[1, 3] == -1
    keep = [0, 4, 5]  # filters 2 (zeroed: NaN cosine) and 1, 3 (exact values) are checked above
    cos = (a * b).sum(1)[keep] / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))[keep]
    np.testing.assert_allclose(filters[1, keep], cos, rtol=1e-7)
    tiny = (w0 * np.float32(1 + 2 ** -20)).astype(np.float64)  # a cosine within rounding of 1, as computed directly
    _, near, _ = m.weight_drift(tiny, w0)
    exact = tiny.ravel() @ w0.ravel().astype(np.float64) / (np.linalg.norm(tiny) * np.linalg.norm(w0.astype(np.float64)))
    assert abs(near - exact) < 1e-15


def test_bn_drift_rows():
    out = m.bn_drift(np.array([1.0, 0.0]), np.array([4.0, 1.0]), np.array([2.0, 1.0]), None,
                     np.array([0.0, 0.0]), np.array([1.0, 1.0]), np.array([1.5, 1.0]), None, eps=0.0)
    assert out.shape == (4, 2) and out.dtype == np.float32
    assert out[:3, 0] == pytest.approx([1.0, np.log(4.0), 0.5]) and np.isnan(out[3]).all()
    assert out[:3, 1] == pytest.approx([0.0, 0.0, 0.0])
    # ε keeps a zero variance finite.
    eps = m.bn_drift(np.zeros(1), np.zeros(1), None, None, np.ones(1), np.zeros(1), None, None)
    assert np.isfinite(eps[:2]).all() and np.isnan(eps[2:]).all()
    with pytest.raises(ValueError, match="length 2"):
        m.bn_drift(np.zeros(2), np.ones(3), None, None, np.zeros(2), np.ones(2), None, None)


# ------------------------------------------------------------------------------------------------ feature level
def test_histogram_edges_are_robust_and_never_degenerate():
    relu = np.maximum(rng.normal(size=(200, 8)), 0)
    relu[0, 0] = 1e4  # one outlier does not squash the histogram
    edges = m.histogram_edges(relu, bins=16)
    assert edges.shape == (17,) and edges.dtype == np.float32 and np.all(np.diff(edges) > 0)
    assert edges[0] == 0.0 and np.percentile(relu, 99.5) < edges[-1] < 10
    for constant in (0.0, 3.0, -2.5e6):
        e = m.histogram_edges(np.full((10, 3), constant), bins=4)
        assert np.all(np.diff(e) > 0) and e[0] < constant < e[-1]
    dead = np.zeros((100, 4))
    dead[0] = 1.0  # > 99 % zeros
    e = m.histogram_edges(dead, bins=4)
    assert e[0] == 0 and e[-1] >= 1 and np.all(np.diff(e) > 0)


def test_channel_stats_against_direct_computation():
    acts = rng.normal(size=(40, 3)) * 2
    domain = np.arange(40) % 2
    edges = np.linspace(-1, 1, 6)  # values beyond ±1 are clipped into the outer bins
    stats = m.channel_stats(acts, domain, edges)
    for d in (0, 1):
        a = acts[domain == d]
        assert np.allclose(stats["mean"][d], a.mean(0), atol=1e-6) and np.allclose(stats["var"][d], a.var(0))
        assert np.allclose(stats["dead"][d], (a <= 0).mean(0))
        for k in range(3):
            assert np.array_equal(stats["hist"][d, k], np.histogram(np.clip(a[:, k], -1, 1), edges)[0])
    only_source = m.channel_stats(acts, np.zeros(40, int), edges)
    assert np.isnan(only_source["mean"][1]).all() and only_source["hist"][1].sum() == 0
    with pytest.raises(ValueError, match=r"\[0, 2\)"):
        m.channel_stats(acts, np.arange(40) % 3, edges)
    with pytest.raises(ValueError, match="increasing"):
        m.channel_stats(acts, domain, edges[::-1])


def test_domain_histograms_share_bins_over_the_group_extent():
    acts = rng.normal(size=(41, 3)) * [1, 10, 0]  # the last channel is constant (all zeros: dead)
    domain = (np.arange(41) % 3 == 0).astype(int)
    got = m.domain_histograms(acts, domain, bins=7)
    for k in range(2):
        lo, hi = acts[:, k].min(), acts[:, k].max()
        np.testing.assert_allclose(got["extent"][k], [lo, hi], rtol=1e-6)
        edges = np.linspace(lo, hi, 8)
        for d in (0, 1):  # numpy's histogram: the same equal bins, the last one closed
            np.testing.assert_array_equal(got["hist"][d, k], np.histogram(acts[domain == d, k], edges)[0])
    np.testing.assert_allclose(got["extent"][2], [-0.5, 0.5])
    assert got["hist"][:, 2, 3].tolist() == [(domain == 0).sum(), (domain == 1).sum()]  # the middle bin
    np.testing.assert_array_equal(got["hist"].sum(axis=2), [[(domain == 0).sum()] * 3, [(domain == 1).sum()] * 3])
    np.testing.assert_allclose(got["dead"], [(acts[domain == d] <= 0).mean(0) for d in (0, 1)])
    assert got["dead"][:, 2].tolist() == [1.0, 1.0]
    one = m.domain_histograms(acts, np.zeros(41, int), bins=7)
    assert one["hist"][1].sum() == 0 and np.isnan(one["dead"][1]).all()
    with pytest.raises(ValueError, match="finite"):
        m.domain_histograms(np.full((3, 1), np.nan), np.zeros(3, int))
    with pytest.raises(ValueError, match="bins"):
        m.domain_histograms(acts, domain, bins=0)


def test_top_activating_are_the_highest_values_ties_by_lower_id():
    values = np.array([0.5, 3.0, np.nan, 3.0, -1.0, 2.0, np.inf])
    assert m.top_activating(values, np.arange(7), 3).tolist() == [1, 3, 5]
    assert m.top_activating(values, np.array([5, 4, 2, 0]), 9).tolist() == [5, 0, 4]  # NaN never counts
    assert m.top_activating(values, np.array([], int), 3).tolist() == []


def test_rank_auc_equals_sklearn_with_ties():
    values = rng.integers(0, 4, size=(30, 5)).astype(float)
    is_target = np.arange(30) % 3 == 0
    auc = m.rank_auc(values, is_target)
    assert auc.dtype == np.float32
    assert np.allclose(auc, [roc_auc_score(is_target, values[:, k]) for k in range(5)], atol=1e-6)
    assert np.allclose(m.rank_auc(-values, is_target), 1 - auc, atol=1e-6)
    assert m.rank_auc(values, (np.arange(30) % 3 == 0).astype(int)) == pytest.approx(auc)  # 0/1 works too
    with pytest.raises(ValueError, match="both domains"):
        m.rank_auc(values, np.zeros(30, bool))
    with pytest.raises(ValueError, match="booleans"):
        m.rank_auc(values, np.arange(30) % 3)


def test_domain_coefficients_point_to_the_shifted_channel():
    acts = rng.normal(size=(100, 4))
    is_target = np.arange(100) % 2 == 1
    acts[is_target, 2] += 3
    acts[:, 3] = 0.1  # constant
    coef = m.domain_coefficients(acts, is_target)
    assert coef.dtype == np.float32 and np.argmax(np.abs(coef)) == 2 and coef[2] > 0 and coef[3] == 0
    # Standardised: rescaling a channel does not change its coefficient.
    rescaled = acts * [1, 1, 1000, 1]
    assert m.domain_coefficients(rescaled, is_target) == pytest.approx(coef, rel=1e-4)
    assert np.isnan(m.domain_coefficients(acts, np.zeros(100, bool))).all()


def test_class_importance_normalised_per_class():
    g = rng.normal(size=(20, 6))
    labels = np.arange(20) % 3
    g[labels == 2] = 0
    imp = m.class_importance(g, labels, 4)
    assert imp.shape == (4, 6) and imp.dtype == np.float32
    for c in (0, 1):
        mean_abs = np.abs(g[labels == c]).mean(0)
        assert np.allclose(imp[c], mean_abs / np.linalg.norm(mean_abs), atol=1e-6)
    assert np.array_equal(imp[2], np.zeros(6)) and np.isnan(imp[3]).all()  # zero row stays zero; absent class NaN


def test_top_channels_union_cap_and_nan():
    coef = np.zeros((2, 2, 10))
    coef[0, :, 7], coef[1, :, 3] = 5, -4  # every (model, class) list has one clear leader
    assert set(m.top_channels(coef, most=1, least=0)) == {3, 7}
    coef = rng.normal(size=(1, 1, 10))
    order = np.argsort(-np.abs(coef[0, 0]))
    chosen = m.top_channels(coef, most=2, least=1)
    assert chosen.dtype == np.int32 and list(chosen) == sorted([order[0], order[1], order[-1]])
    assert len(m.top_channels(rng.normal(size=(2, 5, 100)), cap=7)) == 7
    capped = m.top_channels(np.stack([coef, -coef]).reshape(2, 1, 10), most=4, least=2, cap=1)
    assert list(capped) == [order[0]]  # the cap keeps every list's best first
    with_nan = np.full((2, 3, 6), np.nan)
    with_nan[1, 2] = [0.1, 5, 0.2, 0.3, np.nan, 0.4]
    assert list(m.top_channels(with_nan, most=1, least=1)) == [0, 1]  # NaN lists and NaN channels ignored
    with pytest.raises(ValueError, match=r"\[M, C, K\]"):
        m.top_channels(np.zeros((3, 4)))


def test_channel_matching_definition_and_permutation():
    pre = rng.normal(size=(50, 6))
    perm = np.array([3, 0, 5, 1, 2, 4])
    cur = pre[:, perm] * 2 + 1 + rng.normal(size=(50, 6)) * 0.1  # current channel j ≈ pretrained perm[j]
    out = m.channel_matching(pre, cur, np.array([0, 1]), np.array([0, 1, 2]))
    inverse = np.argsort(perm)
    assert list(out["matches_pretrained"][:, 0]) == [inverse[0], inverse[1]]
    assert list(out["matches_current"][:, 0]) == [perm[0], perm[1], perm[2]]
    assert out["matches_pretrained"].shape == (2, 5) and out["matches_current"].shape == (3, 5)
    r = np.corrcoef(pre.T, cur.T)[:6, 6:]
    assert np.allclose(out["distance"], (1 - r[np.ix_([0, 1], [0, 1, 2])]) / 2, atol=1e-6)
    assert out["rest_hist"].shape == (3, 20) and list(out["rest_hist"].sum(1)) == [2 * 3, 4 * 3, 4 * 3]
    cur[:, 0] = 7.0  # a constant channel is uncorrelated with everything
    assert np.allclose(m.channel_matching(pre, cur, np.arange(6), np.array([0]))["distance"], 0.5)
    with pytest.raises(ValueError, match="out of range"):
        m.channel_matching(pre, cur, np.array([6]), np.array([0]))


def test_connection_weights_norms():
    w = rng.normal(size=(4, 3, 2, 2))
    out = m.connection_weights(w, np.array([2, 0]), np.array([1, 2]))
    assert out.shape == (2, 2) and out.dtype == np.float32
    assert out[0, 0] == pytest.approx(np.linalg.norm(w[2, 1])) and out[1, 1] == pytest.approx(np.linalg.norm(w[0, 2]))
    assert m.connection_weights(w[:, :, 0, 0], np.array([1]), np.array([0]))[0, 0] == pytest.approx(abs(w[1, 0, 0, 0]))
    with pytest.raises(ValueError, match="out of range"):
        m.connection_weights(w, np.array([9]), np.array([0]))


# -------------------------------------------------------------------------------------------------- projections
def test_random_projection_and_reduce_features():
    p = m.random_projection(500, 64, seed=3)
    assert p.shape == (500, 64) and p.dtype == np.float32 and np.array_equal(p, m.random_projection(500, 64, 3))
    assert not np.array_equal(p, m.random_projection(500, 64, 4))
    assert p.var() == pytest.approx(1 / 64, rel=0.05)
    x = rng.normal(size=(30, 2000))
    a = m.reduce_features(x, 64, seed=3)
    assert a.dtype == np.float16 and a.shape == (30, 64) and np.array_equal(a, m.reduce_features(x, 64, seed=3))
    assert np.allclose(a, x @ m.random_projection(2000, 64, 3), atol=2e-2, rtol=2e-3)
    ratio = np.linalg.norm(a[0].astype(float) - a[1]) / np.linalg.norm(x[0] - x[1])
    assert 0.7 < ratio < 1.3  # Johnson–Lindenstrauss
    small = m.reduce_features(x[:, :10])
    assert small.shape == (30, 10) and np.array_equal(small, x[:, :10].astype(np.float16))  # identity cast
    assert np.isfinite(m.reduce_features(np.array([[1e9, -1e9]]))).all()  # clipped, not inf


def test_pca_frame_matches_pca_with_a_deterministic_sign():
    x = rng.normal(size=(100, 5)) * [5, 2, 1, 1, 1] + 10
    frame = m.pca_frame(x)
    reference = PCA(2).fit(x)
    assert np.allclose(np.abs(frame.components), np.abs(reference.components_), atol=1e-5)
    assert np.allclose(frame.explained_variance_ratio, reference.explained_variance_ratio_, atol=1e-6)
    for c in frame.components:  # largest-|loading| entry positive
        assert c[np.argmax(np.abs(c))] > 0
    assert np.allclose(m.pca_frame(-x).components, frame.components, atol=1e-6)  # same axes, same signs
    coords = m.project(frame, x)
    assert coords.shape == (100, 2) and np.allclose(coords, (x - x.mean(0)) @ frame.components.T, atol=1e-4)
    line = m.pca_frame(np.outer(np.arange(10.0), [1.0, 2.0]))  # rank 1: no second axis
    assert np.array_equal(line.components[1], [0, 0]) and line.explained_variance_ratio[0] == pytest.approx(1)
    with pytest.raises(ValueError, match="dimensions"):
        m.project(frame, x[:, :3])


def test_procrustes_aligns_rotated_reflected_translated_copy_and_keeps_scale():
    ref = rng.normal(size=(20, 2))
    angle = 1.1
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    assert np.allclose(m.procrustes_align(ref @ rot + 5, ref), ref, atol=1e-5)
    assert np.allclose(m.procrustes_align(ref * [-1, 1] @ rot - 2, ref), ref, atol=1e-5)
    scaled = m.procrustes_align(ref @ rot * 3, ref)
    assert np.allclose(scaled, (ref - ref.mean(0)) * 3 + ref.mean(0), atol=1e-5)


def test_tsne_warm_start_stays_close_to_init():
    x = np.vstack([rng.normal(size=(30, 8)), rng.normal(size=(30, 8)) + 6])
    first = m.tsne_layout(x, seed=0, n_threads=1)
    assert first.shape == (60, 2) and first.dtype == np.float32
    again = m.procrustes_align(m.tsne_layout(x, init=first, seed=1, n_threads=1), first)
    # Two clusters stay separated: every point is nearer its own cluster's centre.
    centres = np.stack([again[:30].mean(0), again[30:].mean(0)])
    nearest = np.argmin(np.linalg.norm(again[:, None] - centres[None], axis=2), axis=1)
    assert np.array_equal(nearest, np.repeat([0, 1], 30))
    # The warm start keeps the layout: it moves less from `first` than a start from a random layout does.
    cold = m.procrustes_align(m.tsne_layout(x, init=rng.normal(size=(60, 2)), seed=1, n_threads=1), first)
    assert np.linalg.norm(again - first) < np.linalg.norm(cold - first)
    assert m.tsne_layout(x[:6], seed=0, n_threads=1).shape == (6, 2)  # perplexity clipped for tiny N
    flat_init = np.c_[first[:, 0], np.zeros(60)]  # a 1-D init still opens up into two dimensions
    assert m.tsne_layout(x, init=flat_init, seed=0, n_threads=1)[:, 1].std() > 0.1
    with pytest.raises(ValueError, match="init"):
        m.tsne_layout(x, init=first[:10])


def test_domain_discrimination_projection_axes():
    acts = rng.normal(size=(80, 3))
    is_target = np.arange(80) % 2 == 0
    acts[is_target, 0] += 4
    out = m.domain_discrimination_projection(acts, is_target)
    axes = out["arrows"]
    assert out["accuracy"] > 0.9 and axes[0, 0] > 0.9  # x ≈ the shifted channel, pointing to the target
    assert np.allclose(axes.T @ axes, np.eye(2), atol=1e-5)  # orthonormal axes
    z = (acts - acts.mean(0)) / acts.std(0)
    assert np.allclose(out["points"], z @ axes, atol=1e-4)
    assert out["points"][is_target, 0].mean() > out["points"][~is_target, 0].mean()
    # y = first principal component of the residual.
    residual = z - np.outer(z @ axes[:, 0], axes[:, 0])
    top = np.linalg.svd(residual - residual.mean(0))[2][0]
    assert abs(top @ axes[:, 1]) == pytest.approx(1.0, abs=1e-5)
    single = m.domain_discrimination_projection(acts[:, :1], is_target)
    assert single["arrows"].shape == (1, 2) and np.allclose(single["points"][:, 1], 0)
    assert np.allclose(np.abs(single["arrows"]), [[1, 0]])
    with pytest.raises(ValueError, match="both domains"):
        m.domain_discrimination_projection(acts, np.ones(80, bool))


# ---------------------------------------------------------------------------------------------------- bad input
_X = rng.normal(size=(12, 4))
_Y = np.arange(12) % 3
_T = np.arange(12) % 2 == 0
_NAN = _X.copy()
_NAN[3, 1] = np.nan
_INF = _X.copy()
_INF[0, 0] = np.inf
_BAD_CALLS = {
    # wrong shapes
    "accuracy 2-D pred": lambda: m.accuracy(_X, _Y),
    "instance_outcome 1-D logits": lambda: m.instance_outcome(_X[:, 0], _Y),
    "logme 3-D": lambda: m.logme(_X[None], _Y),
    "cka 1-D": lambda: m.unbiased_linear_cka(_X[:, 0], _X[:, 0]),
    "channel_stats 2-D edges": lambda: m.channel_stats(_X, _Y % 2, np.ones((2, 2))),
    "filter_drift shapes": lambda: m.filter_drift(_X, _X[:, :3]),
    "procrustes shapes": lambda: m.procrustes_align(_X[:, :2], _X[:6, :2]),
    "tsne 1-D": lambda: m.tsne_layout(_X[:, 0]),
    # empty arrays
    "accuracy empty": lambda: m.accuracy(np.array([], int), np.array([], int)),
    "per_class empty": lambda: m.per_class_accuracy(np.array([], int), np.array([], int), 3),
    "mmd empty": lambda: m.linear_mmd(np.zeros((0, 4)), _X),
    "mmd no columns": lambda: m.linear_mmd(np.zeros((5, 0)), np.zeros((5, 0))),
    "edges empty": lambda: m.histogram_edges(np.zeros((0, 3))),
    "relative_change empty": lambda: m.relative_change([], []),
    "filter_drift empty": lambda: m.filter_drift(np.zeros((0, 3)), np.zeros((0, 3))),
    "pca empty": lambda: m.pca_frame(np.zeros((0, 3))),
    # NaN / inf
    "logme NaN": lambda: m.logme(_NAN, _Y),
    "leep NaN": lambda: m.leep(np.full((12, 3), np.nan), _Y, 3),
    "cka inf": lambda: m.unbiased_linear_cka(_INF, _X),
    "mmd NaN": lambda: m.linear_mmd(_NAN, _X),
    "separation inf": lambda: m.domain_separation(_INF, _X),
    "cosine NaN": lambda: m.cosine_similarity(_NAN, _X),
    "bn NaN": lambda: m.bn_drift(np.array([np.nan]), np.ones(1), None, None, np.zeros(1), np.ones(1), None, None),
    "edges NaN": lambda: m.histogram_edges(_NAN),
    "rank_auc NaN": lambda: m.rank_auc(_NAN, _T),
    "coefficients inf": lambda: m.domain_coefficients(_INF, _T),
    "importance NaN": lambda: m.class_importance(_NAN, _Y, 3),
    "matching NaN": lambda: m.channel_matching(_NAN, _X, np.array([0]), np.array([0])),
    "connections NaN": lambda: m.connection_weights(np.full((2, 2), np.nan), np.array([0]), np.array([0])),
    "reduce inf": lambda: m.reduce_features(_INF),
    "projection NaN": lambda: m.domain_discrimination_projection(_NAN, _T),
    "instance_outcome NaN": lambda: m.instance_outcome(_NAN, _Y),
    # mismatched lengths
    "accuracy lengths": lambda: m.accuracy(_Y, _Y[:-1]),
    "confusion lengths": lambda: m.confusion_matrix(_Y, _Y[:-1], 3),
    "instance_outcome lengths": lambda: m.instance_outcome(_X, _Y[:-1]),
    "leep lengths": lambda: m.leep(np.full((12, 3), 1 / 3), _Y[:-1], 3),
    "channel_stats lengths": lambda: m.channel_stats(_X, (_Y % 2)[:-1], np.linspace(0, 1, 3)),
    "rank_auc lengths": lambda: m.rank_auc(_X, _T[:-1]),
    "coefficients lengths": lambda: m.domain_coefficients(_X, _T[:-1]),
    "importance lengths": lambda: m.class_importance(_X, _Y[:-1], 3),
    "matching lengths": lambda: m.channel_matching(_X, _X[:-1], np.array([0]), np.array([0])),
    "projection lengths": lambda: m.domain_discrimination_projection(_X, _T[:-1]),
    "bn lengths": lambda: m.bn_drift(np.zeros(2), np.ones(2), np.ones(2), None, np.zeros(2), np.ones(2), np.ones(3),
                                     None),
    "separation widths": lambda: m.domain_separation(_X, _X[:, :2]),
    # one class / domain where two are needed
    "logme one class": lambda: m.logme(_X, np.zeros(12, int)),
    "separation one row": lambda: m.domain_separation(_X, _X[:1]),
    "rank_auc one domain": lambda: m.rank_auc(_X, np.ones(12, bool)),
    "projection one domain": lambda: m.domain_discrimination_projection(_X, np.zeros(12, bool)),
    # other invalid values
    "labels float": lambda: m.accuracy(_Y, _Y.astype(float)),
    "labels negative": lambda: m.logme(_X, _Y - 1),
    "num_classes zero": lambda: m.confusion_matrix(_Y, _Y, 0),
    "bins zero": lambda: m.histogram_edges(_X, bins=0),
    "top zero": lambda: m.channel_matching(_X, _X, np.array([0]), np.array([0]), top=0),
    "projection dim": lambda: m.random_projection(0, 3, 0),
    "negative var": lambda: m.bn_drift(np.zeros(1), -np.ones(1), None, None, np.zeros(1), np.ones(1), None, None),
    "indices 2-D": lambda: m.connection_weights(np.ones((3, 3)), np.zeros((1, 1), int), np.array([0])),
    "perplexity": lambda: m.tsne_layout(_X, perplexity=0),
    "probability rows": lambda: m.leep(np.full((12, 3), 0.5), _Y, 3),
}


@pytest.mark.parametrize("call", list(_BAD_CALLS.values()), ids=list(_BAD_CALLS))
def test_bad_input_raises_value_error(call):
    with pytest.raises(ValueError):
        call()


# ----------------------------------------------------------------------------------------- edge cases of real input
def test_exact_zeros_are_dead():
    """ReLU outputs are exactly 0: "dead" counts them (≤ 0), not only negatives."""
    acts = np.array([[0.0, 1.0], [0.0, -1.0], [2.0, 0.0], [0.0, 0.0]])
    stats = m.channel_stats(acts, np.zeros(4, int), np.linspace(-1, 2, 4))
    assert stats["dead"][0].tolist() == [0.75, 0.75]
    assert np.isnan(stats["dead"][1]).all()


def test_zero_pretrained_filters():
    """A filter that was all zero before: drift is NaN if it moved (no relative scale), 0 if it did not; its
    cosine is NaN either way (no direction)."""
    w0 = np.zeros((3, 2, 2))
    w0[2] = 1.0
    w = w0.copy()
    w[0] = 0.5                      # zero before, moved
    drift = m.filter_drift(w, w0)  # filter 1: zero before and after
    assert np.isnan(drift[0, 0]) and drift[0, 1] == 0.0 and drift[0, 2] == 0.0
    assert np.isnan(drift[1, :2]).all() and drift[1, 2] == pytest.approx(1.0)


def test_histogram_edges_headroom():
    """The top edge leaves 10 % of the central (0.5–99.5 percentile) range above the 99.5th percentile, the bottom
    edge 5 % below the 0.5th percentile unless the minimum is closer."""
    acts = np.linspace(0.0, 100.0, 201)[:, None]   # percentiles 0.5 and 99.5 are 0.5 and 99.5
    edges = m.histogram_edges(acts, bins=10)
    assert edges[0] == 0.0 and edges[-1] == pytest.approx(99.5 + 0.1 * 99.0)
    low = acts.copy()
    low[0] = -1000.0                                 # a lower outlier no longer sets the bottom edge
    lo_q, hi_q = np.percentile(low, [0.5, 99.5])
    edges = m.histogram_edges(low, bins=10)
    assert edges[0] == pytest.approx(lo_q - 0.05 * (hi_q - lo_q), rel=1e-6)
    assert edges[-1] == pytest.approx(hi_q + 0.1 * (hi_q - lo_q), rel=1e-6)


def test_constant_channels():
    x = rng.normal(size=(20, 3))
    x[:, 1] = 2.0
    is_target = np.arange(20) % 2 == 1
    assert m.rank_auc(x, is_target)[1] == 0.5              # all ties: chance
    assert m.domain_coefficients(x, is_target)[1] == 0.0   # a constant channel carries no evidence
    stats = m.channel_stats(x, is_target.astype(int), m.histogram_edges(x))
    assert (stats["var"][:, 1] == 0).all() and (stats["mean"][:, 1] == 2.0).all()
    out = m.channel_matching(x, x, np.array([1]), np.array([0]), top=2, bins=4)
    assert out["distance"][0, 0] == 0.5  # constant channel: r = 0


def test_single_class_probes():
    labels = np.zeros(10, int)
    assert m.per_class_accuracy(labels, labels, 3)[0] == 1.0 and np.isnan(m.per_class_accuracy(labels, labels, 3)[1:]).all()
    probs = m.softmax(rng.normal(size=(10, 4)))
    assert m.leep(probs, labels, 1) == pytest.approx(0.0)   # one class: P(y | z) = 1, log 1 = 0
    assert m.eep_accuracy(probs, labels, probs, labels, 1) == 1.0
    imp = m.class_importance(np.abs(rng.normal(size=(6, 3))), np.zeros(6, int), 2)
    assert np.isfinite(imp[0]).all() and np.isnan(imp[1]).all()
    with pytest.raises(ValueError, match="two classes"):
        m.logme(rng.normal(size=(10, 3)), labels)


def test_leep_and_eep_share_the_conditional():
    labels = np.arange(12) % 3
    probs = m.softmax(rng.normal(size=(12, 4)))
    cond = m.class_conditional(probs, labels, 3)
    assert cond.shape == (3, 4) and np.allclose(cond.sum(axis=0), 1.0)
    expected = np.mean(np.log(np.einsum("iz,iz->i", probs, cond[labels])))
    assert m.leep(probs, labels, 3) == pytest.approx(expected)
    assert m.eep_accuracy(probs, labels, probs, labels, 3) == np.mean(np.argmax(probs @ cond.T, 1) == labels)


def test_important_channels():
    imp = np.array([[1.0, 3.0, 2.0, 3.0], [np.nan, 1.0, 1.0, 1.0]])
    assert m.important_channels(imp, most=8).tolist() == [[1, 3], [-1, -1]]  # k = K // 2, ties by id, NaN rows -1
    assert m.important_channels(imp, most=1).tolist() == [[1], [-1]]
    assert m.important_channels(np.ones((1, 1))).tolist() == [[0]]
