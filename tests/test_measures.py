"""Measures against their definitions and invariances (no numbers copied from a run)."""
import numpy as np
import pytest
from scipy.optimize import minimize
from scipy.stats import ortho_group
from sklearn.metrics import roc_auc_score

from tb_transfer import measures as m

rng = np.random.default_rng(0)


# ------------------------------------------------------------------------------------------------- statistical
def test_accuracy_per_class_and_confusion_agree():
    labels = np.array([0, 0, 1, 1, 1, 2])
    pred = np.array([0, 1, 1, 1, 0, 2])
    assert m.accuracy(pred, labels) == pytest.approx(4 / 6)
    assert np.allclose(m.per_class_accuracy(pred, labels, 4)[:3], [0.5, 2 / 3, 1.0])
    assert np.isnan(m.per_class_accuracy(pred, labels, 4)[3])
    cm = m.confusion_matrix(pred, labels, 3)
    assert cm.sum() == 6 and np.trace(cm) == 4 and cm[0, 1] == 1 and cm[1, 0] == 1
    with pytest.raises(ValueError, match=r"\[0, 3\)"):
        m.confusion_matrix(pred, np.array([0, 0, 1, 1, 1, 5]), 3)


def test_instance_outcome_matches_softmax_definition():
    logits = rng.normal(size=(7, 4)) * 3
    labels = rng.integers(0, 4, 7)
    pred, loss, margin = m.instance_outcome(logits, labels)
    p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    for i in range(7):
        assert pred[i] == np.argmax(p[i])
        assert loss[i] == pytest.approx(-np.log(p[i, labels[i]]))
        assert margin[i] == pytest.approx(p[i, labels[i]] - max(p[i, c] for c in range(4) if c != labels[i]))
    # Stable for huge logits.
    _, loss, _ = m.instance_outcome(np.array([[1000.0, 0.0]]), np.array([1]))
    assert loss[0] == pytest.approx(1000.0)


def _brute_force_logme(f, labels):
    """Maximise the Gaussian marginal likelihood log N(y | 0, β⁻¹I + α⁻¹FFᵀ) numerically, per class."""
    n = len(f)
    out = []
    for c in np.unique(labels):
        y = (labels == c).astype(float)

        def negative_evidence(log_params):
            alpha, beta = np.exp(log_params)
            cov = np.eye(n) / beta + f @ f.T / alpha
            _, logdet = np.linalg.slogdet(cov)
            return 0.5 * (logdet + y @ np.linalg.solve(cov, y) + n * np.log(2 * np.pi))

        best = min((minimize(negative_evidence, x0, method="Nelder-Mead", options={"xatol": 1e-8, "fatol": 1e-10,
                                                                                    "maxiter": 4000})
                    for x0 in ([0.0, 0.0], [2.0, 1.0], [-2.0, 2.0])), key=lambda r: r.fun)
        out.append(-best.fun / n)
    return float(np.mean(out))


@pytest.mark.parametrize("n,d", [(40, 6), (12, 30)])
def test_logme_equals_brute_force_evidence_maximisation(n, d):
    f = rng.normal(size=(n, d))
    labels = np.arange(n) % 3
    f[:, 0] += labels  # some signal
    assert m.logme(f, labels, tol=1e-8, max_iter=10_000) == pytest.approx(_brute_force_logme(f, labels), abs=1e-4)


def test_logme_prefers_informative_features_and_rejects_one_class():
    labels = np.arange(300) % 3
    noise = rng.normal(size=(300, 16))
    informative = noise + np.eye(16)[labels] * 3
    assert m.logme(informative, labels) > m.logme(noise, labels)
    with pytest.raises(ValueError, match="two classes"):
        m.logme(noise, np.zeros(300, int))


def test_leep_matches_loop_definition_and_useless_head_baseline():
    theta = rng.dirichlet(np.ones(5), size=30)
    labels = np.arange(30) % 3
    joint = np.zeros((3, 5))
    for i in range(30):
        joint[labels[i]] += theta[i] / 30
    cond = joint / joint.sum(0)
    expected = np.mean([np.log(sum(cond[labels[i], z] * theta[i, z] for z in range(5))) for i in range(30)])
    assert m.leep(theta, labels, 3) == pytest.approx(expected)
    assert m.leep(np.full((30, 5), 0.2), labels, 3) == pytest.approx(np.log(1 / 3))
    with pytest.raises(ValueError, match="probability"):
        m.leep(theta * 2, labels, 3)


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


def test_cka_definition_and_invariances():
    x = rng.normal(size=(50, 20))
    y = x @ rng.normal(size=(20, 15)) + rng.normal(size=(50, 15))
    cka = m.unbiased_linear_cka(x, y)
    ref = _reference_unbiased_hsic(x, y) / np.sqrt(_reference_unbiased_hsic(x, x) * _reference_unbiased_hsic(y, y))
    assert cka == pytest.approx(ref)
    assert m.unbiased_linear_cka(x, x) == pytest.approx(1.0)
    q = ortho_group.rvs(20, random_state=1)
    assert m.unbiased_linear_cka(x @ q * 7.5 + 3.0, y) == pytest.approx(cka)


def test_unbiased_cka_is_near_zero_on_independent_wide_features():
    x, y = rng.normal(size=(64, 512)), rng.normal(size=(64, 512))
    assert abs(m.unbiased_linear_cka(x, y)) < 0.1
    with pytest.raises(ValueError, match="same number of rows"):
        m.unbiased_linear_cka(x, y[:10])


# -------------------------------------------------------------------------------------------- domain measures
def test_linear_mmd_zero_on_equal_samples_scale_invariant_and_growing():
    s = rng.normal(size=(100, 8))
    assert m.linear_mmd(s, s.copy()) == pytest.approx(0.0)
    t = rng.normal(size=(100, 8)) + 0.5
    scale = rng.uniform(0.1, 10, 8)
    assert m.linear_mmd(s * scale, t * scale) == pytest.approx(m.linear_mmd(s, t))
    assert m.linear_mmd(s, t + 1.0) > m.linear_mmd(s, t)


def test_domain_separation_chance_and_separable():
    same = m.domain_separation(rng.normal(size=(200, 10)), rng.normal(size=(200, 10)))
    assert abs(same.auc - 0.5) < 0.1 and same.pad < 0.3
    far = m.domain_separation(rng.normal(size=(200, 10)), rng.normal(size=(200, 10)) + 3)
    assert far.auc > 0.99 and far.pad > 1.9
    assert far.p_target.shape == (400,) and far.p_target[:200].mean() < 0.2 < 0.8 < far.p_target[200:].mean()
    # Few instances, wide features: PCA inside each fold still fits.
    small = m.domain_separation(rng.normal(size=(16, 64)), rng.normal(size=(16, 64)) + 3)
    assert small.auc > 0.9


# ---------------------------------------------------------------------------------------------------- weights
def test_drift_exact_on_constructed_weights():
    w0 = np.array([[3.0, 4.0], [1.0, 0.0]])
    w = np.array([[3.0, 4.0], [0.0, 2.0]])
    assert m.relative_change(w, w0) == pytest.approx(np.sqrt(5) / np.sqrt(26))
    assert m.relative_change([w, np.ones(2)], [w0, np.ones(2)]) == pytest.approx(np.sqrt(5) / np.sqrt(28))
    assert m.cosine_similarity(w0 * 2, w0) == pytest.approx(1.0)
    assert m.cosine_similarity(-w0, w0) == pytest.approx(-1.0)
    drift = m.filter_drift(w, w0)
    assert drift.shape == (2, 2)
    assert drift[0, 0] == 0 and drift[1, 0] == pytest.approx(1.0)
    assert drift[0, 1] == pytest.approx(np.sqrt(5)) and drift[1, 1] == pytest.approx(0.0)
    with pytest.raises(ValueError, match="differ in size"):
        m.relative_change(w, w0[:1])


def test_bn_drift_rows():
    out = m.bn_drift(np.array([1.0]), np.array([4.0]), np.array([2.0]), None,
                     np.array([0.0]), np.array([1.0]), np.array([1.5]), None, eps=0.0)
    assert out[:3, 0] == pytest.approx([1.0, np.log(4.0), 0.5]) and np.isnan(out[3, 0])


# ------------------------------------------------------------------------------------------------ feature level
def test_channel_stats_against_direct_computation():
    acts = rng.normal(size=(40, 3))
    domain = np.arange(40) % 2
    edges = m.histogram_edges(acts, bins=5)
    stats = m.channel_stats(acts, domain, edges)
    for d in (0, 1):
        a = acts[domain == d]
        assert np.allclose(stats["mean"][d], a.mean(0), atol=1e-6)
        assert np.allclose(stats["dead"][d], (a <= 0).mean(0))
        assert np.allclose(stats["hist"][d].sum(1), len(a))  # clipped, nothing lost
    only_source = m.channel_stats(acts, np.zeros(40, int), edges)
    assert np.isnan(only_source["mean"][1]).all() and only_source["hist"][1].sum() == 0


def test_rank_auc_equals_sklearn_with_ties():
    values = rng.integers(0, 4, size=(30, 5)).astype(float)
    is_target = np.arange(30) % 3 == 0
    auc = m.rank_auc(values, is_target)
    assert np.allclose(auc, [roc_auc_score(is_target, values[:, k]) for k in range(5)], atol=1e-6)


def test_domain_coefficients_point_to_the_shifted_channel():
    acts = rng.normal(size=(100, 4))
    is_target = np.arange(100) % 2 == 1
    acts[is_target, 2] += 3
    acts[:, 3] = 1.0  # constant
    coef = m.domain_coefficients(acts, is_target)
    assert np.argmax(np.abs(coef)) == 2 and coef[2] > 0 and coef[3] == 0
    assert np.isnan(m.domain_coefficients(acts, np.zeros(100, bool))).all()


def test_class_importance_normalised_per_class():
    g = rng.normal(size=(20, 6))
    labels = np.arange(20) % 3
    imp = m.class_importance(g, labels, 4)
    assert np.allclose(np.linalg.norm(imp[:3], axis=1), 1.0) and np.isnan(imp[3]).all()
    assert np.allclose(imp[1] * np.linalg.norm(np.abs(g[labels == 1]).mean(0)), np.abs(g[labels == 1]).mean(0))


def test_top_channels_union_and_cap():
    coef = np.zeros((2, 2, 10))
    coef[0, :, 7], coef[1, :, 3] = 5, -4  # every (model, class) list has one clear leader
    chosen = m.top_channels(coef, most=1, least=0)
    assert set(chosen) == {3, 7}
    assert len(m.top_channels(rng.normal(size=(2, 5, 100)), cap=7)) == 7


def test_channel_matching_finds_the_permutation():
    pre = rng.normal(size=(50, 6))
    perm = np.array([3, 0, 5, 1, 2, 4])
    cur = pre[:, perm] * 2 + 1  # current channel j is pretrained channel perm[j]
    out = m.channel_matching(pre, cur, np.array([0, 1]), np.array([0, 1]))
    inverse = np.argsort(perm)
    assert list(out["matches_pretrained"][:, 0]) == [inverse[0], inverse[1]]
    assert list(out["matches_current"][:, 0]) == [perm[0], perm[1]]
    assert np.all((out["distance"] >= 0) & (out["distance"] <= 1))
    assert out["rest_hist"].sum() == 2 * 4 + 4 * 2 + 4 * 4


def test_connection_weights_norms():
    w = rng.normal(size=(4, 3, 2, 2))
    out = m.connection_weights(w, np.array([2, 0]), np.array([1]))
    assert out.shape == (2, 1) and out[0, 0] == pytest.approx(np.linalg.norm(w[2, 1]))
    with pytest.raises(ValueError, match="out of range"):
        m.connection_weights(w, np.array([9]), np.array([0]))


# -------------------------------------------------------------------------------------------------- projections
def test_reduce_features_is_fixed_and_keeps_distances_roughly():
    x = rng.normal(size=(30, 2000))
    a, b = m.reduce_features(x, 64, seed=3), m.reduce_features(x, 64, seed=3)
    assert a.dtype == np.float16 and a.shape == (30, 64) and np.array_equal(a, b)
    ratio = np.linalg.norm(a[0].astype(float) - a[1]) / np.linalg.norm(x[0] - x[1])
    assert 0.7 < ratio < 1.3
    assert m.reduce_features(x[:, :10]).shape == (30, 10)


def test_pca_frame_is_deterministic_and_projects():
    x = rng.normal(size=(100, 5)) * [5, 2, 1, 1, 1]
    frame = m.pca_frame(x)
    assert np.allclose(np.abs(frame.components[0]), [1, 0, 0, 0, 0], atol=0.1)
    assert np.array_equal(frame.components, m.pca_frame(x.copy()).components)
    assert m.project(frame, x).shape == (100, 2)


def test_procrustes_aligns_rotated_translated_copy():
    ref = rng.normal(size=(20, 2))
    angle = 1.1
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    assert np.allclose(m.procrustes_align(ref @ rot + 5, ref), ref, atol=1e-5)


def test_tsne_warm_start_stays_close_to_init():
    x = np.vstack([rng.normal(size=(30, 8)), rng.normal(size=(30, 8)) + 6])
    first = m.tsne_layout(x, seed=0)
    again = m.procrustes_align(m.tsne_layout(x, init=first, seed=1), first)
    assert again.shape == (60, 2)
    # Two clusters stay separated: every point is nearer its own cluster's centre.
    centres = np.stack([again[:30].mean(0), again[30:].mean(0)])
    nearest = np.argmin(np.linalg.norm(again[:, None] - centres[None], axis=2), axis=1)
    assert np.array_equal(nearest, np.repeat([0, 1], 30))
    # The warm start keeps the layout: it moves less from `first` than a start from a random layout does.
    cold = m.procrustes_align(m.tsne_layout(x, init=rng.normal(size=(60, 2)), seed=1), first)
    assert np.linalg.norm(again - first) < np.linalg.norm(cold - first)


def test_domain_discrimination_projection_axes():
    acts = rng.normal(size=(80, 3))
    is_target = np.arange(80) % 2 == 0
    acts[is_target, 0] += 4
    out = m.domain_discrimination_projection(acts, is_target)
    assert out["accuracy"] > 0.9 and abs(out["arrows"][0, 0]) > 0.9
    assert abs(out["arrows"][:, 0] @ out["arrows"][:, 1]) < 1e-5  # orthogonal axes
    single = m.domain_discrimination_projection(acts[:, :1], is_target)
    assert np.allclose(single["points"][:, 1], 0)
    with pytest.raises(ValueError, match="both domains"):
        m.domain_discrimination_projection(acts, np.ones(80, bool))


@pytest.mark.parametrize("bad", [np.zeros((3,)), np.full((3, 2), np.nan), np.zeros((0, 4))])
def test_bad_matrices_are_rejected(bad):
    with pytest.raises(ValueError):
        m.linear_mmd(bad, bad)
