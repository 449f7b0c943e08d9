"""Read-time analysis of ``activations`` records (schema 2): per class, or per any group of probe instances.

The callback records, per layer and step, the per-instance pooled activations of the layer's recorded channels
(``docs/format.md``); everything per class is computed here, when a view asks for it, from the step's record and the
pretrained model's (step 0's): domain coefficients and rank AUC, histograms, important channels, channel matching
and connection strengths. Pure NumPy through :mod:`tb_transfer.measures` (the definitions live there); no I/O.

Per-channel results are over the recorded channels, in the record's order (``channels``: their ids in 0..K-1).
"""
from __future__ import annotations

import numpy as np

from tb_transfer import measures
from tb_transfer.records import CONN_BINS

MATCH_TOP = 5          # nearest channels listed per important channel
MATCH_BINS = 20        # bins of rest_hist
MAX_IMPORTANT = 8      # important channels per class (at most S // 2)
WEIGHT_SUMMARIES = ("conn_edges", "conn_i_to_n", "conn_n_to_i", "conn_n_to_n", "conn_i_to_n_in_pretrained",
                    "conn_n_to_i_in_pretrained")  # what weight_summaries answers
HIST_BINS = 20         # bins of the feature level's mirrored histograms


class RecordShapeError(ValueError):
    """An ``activations`` record whose arrays do not fit together."""


def check(arrays: dict, n: int | None = None, what: str = "activations record") -> tuple[np.ndarray, int]:
    """(recorded channel ids int64 [S], K) of an ``activations`` record; raises :class:`RecordShapeError`. K is the
    record's ``width``, or in files written before it the width of their per-domain ``mean`` [2, K]."""
    missing = [a for a in ("channels", "pooled", "importance") if a not in arrays]
    if "width" not in arrays and "mean" not in arrays:
        missing.append("width")
    if missing:
        raise RecordShapeError(f"{what} lacks {', '.join(missing)}")
    rec = np.asarray(arrays["channels"]).astype(np.int64).reshape(-1)
    pooled = np.asarray(arrays["pooled"])
    if "width" in arrays:
        width = np.asarray(arrays["width"])
        if width.size != 1 or width.dtype.kind not in "iu" or int(width.reshape(-1)[0]) < 0:
            raise RecordShapeError(f"{what}: width must be one non-negative integer, got {width.tolist()!r}")
        k = int(width.reshape(-1)[0])
    else:
        mean = np.asarray(arrays["mean"])
        if mean.ndim != 2 or mean.shape[0] != 2:
            raise RecordShapeError(f"{what}: mean has shape {mean.shape}, expected [2, K]")
        k = mean.shape[1]
    if pooled.ndim != 2 or pooled.shape[1] != rec.size or (n is not None and pooled.shape[0] != n):
        raise RecordShapeError(f"{what}: pooled has shape {pooled.shape}, expected [{n or 'N'}, {rec.size}]")
    if rec.size and (rec.min() < 0 or rec.max() >= k):
        raise RecordShapeError(f"{what}: recorded channels outside 0..{k - 1}")
    return rec, k


def class_rows(meta: np.ndarray, c: int, match: bool) -> tuple[np.ndarray, np.ndarray]:
    """(contrast rows, class rows) of class ``c``: the instances compared source vs target (class c in both domains;
    across label spaces, class c's target instances against every source instance), and the instances of class c
    whose labels are target classes (for matching)."""
    domain, label = meta[:, 0], meta[:, 1]
    of_class = (label == c) if match else (label == c) & (domain == 1)
    contrast = of_class | (domain == 0) if not match else of_class
    return np.flatnonzero(contrast), np.flatnonzero(of_class)


def group_rows(meta: np.ndarray, c: int | None, instances: np.ndarray | None, match: bool) -> np.ndarray:
    """Sorted rows of a group of probe instances: class ``c``'s contrast rows (:func:`class_rows`), the given
    ``instances``, or every instance when both are None."""
    if c is not None:
        return class_rows(meta, c, match)[0]
    if instances is not None:
        return np.unique(np.asarray(instances, np.int64))
    return np.arange(len(meta))


def class_weights(meta: np.ndarray, rows: np.ndarray, classes: int, match: bool) -> np.ndarray:
    """float64 [C]: how many of the group's instances carry each (target-space) class label, the weights of the
    group's importance (:func:`group_features`). Across label spaces only target instances count (source labels
    index the source's classes)."""
    labels = meta[rows, 1] if match else meta[rows][meta[rows, 0] == 1, 1]
    labels = labels[(labels >= 0) & (labels < classes)]
    return np.bincount(labels, minlength=classes).astype(np.float64)


def domain_discrimination(pooled: np.ndarray, is_target: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(coefficients, rank AUC), each float32 [S], of a group's pooled activations [n, S] for "target vs source";
    NaN when a domain has fewer than 2 instances in the group (not available, as at write time in schema 1)."""
    s = pooled.shape[1]
    t = np.asarray(is_target, bool)
    if t.sum() < 2 or (~t).sum() < 2:
        return np.full(s, np.nan, np.float32), np.full(s, np.nan, np.float32)
    acts = pooled.astype(np.float64)
    return measures.domain_coefficients(acts, t, seed=seed), measures.rank_auc(acts, t)


def group_features(pre: dict, cur: dict, rows: np.ndarray, domain: np.ndarray, weights, bins: int = HIST_BINS,
                   seed: int = 0) -> dict:
    """Per model (``pretrained``, ``current``), the feature level's per-channel analysis of one group of instances,
    each array over the recorded channels (in the record's order, ``channels``):

    - ``domain_coef``, ``domain_auc`` float32 [S] (:func:`domain_discrimination` on the group's instances);
    - ``importance`` float32 [S]: the record's class importance of class ``weights`` (an int), or the mean of the
      class rows weighted by ``weights`` float [C] (:func:`class_weights`: a group's mix of classes); NaN without
      weight;
    - ``hist`` int32 [2 domains, S, B], ``extent`` float32 [S, 2], ``dead`` float32 [2, S]:
      :func:`measures.domain_histograms` of the group's pooled activations.

    ``pre``, ``cur``: the pretrained (step 0) and current ``activations`` records of one layer; ``rows``: the group's
    instance rows; ``domain`` int [N] of every probe instance.
    """
    rec, _ = check(cur)
    rows = np.asarray(rows, np.int64)
    out = {}
    for model, arrays in (("pretrained", pre), ("current", cur)):
        pooled = np.asarray(arrays["pooled"], np.float32)[rows]
        coef, auc = domain_discrimination(pooled, domain[rows] == 1, seed)
        importance = np.asarray(arrays["importance"], np.float64)
        if np.ndim(weights) == 0:
            w = np.zeros(len(importance))
            if 0 <= int(weights) < len(importance):
                w[int(weights)] = 1.0
        else:
            w = np.asarray(weights, np.float64)[:len(importance)]
        used = w > 0
        imp = (w[used] @ importance[used]) / w[used].sum() if used.any() else np.full(rec.size, np.nan)
        entry = {"domain_coef": coef, "domain_auc": auc, "importance": imp.astype(np.float32)}
        if rows.size:
            entry.update(measures.domain_histograms(pooled, domain[rows], bins))
        else:
            entry.update(hist=np.zeros((2, rec.size, bins), np.int32), extent=np.full((rec.size, 2), np.nan,
                         np.float32), dead=np.full((2, rec.size), np.nan, np.float32))
        out[model] = entry
    return out


def ranking(coef: np.ndarray, rec: np.ndarray) -> list[int]:
    """Channel ids ``rec`` [S] ordered most domain-discriminative (largest |coefficient|, ``coef`` [S] aligned
    with ``rec``) first, ties by position, NaN last."""
    values = np.asarray(coef, np.float64)
    key = np.where(np.isfinite(values), np.abs(values), -1.0)
    return np.asarray(rec)[np.argsort(-key, kind="stable")].tolist()


def important(arrays: dict, c: int) -> np.ndarray:
    """int64 [k] positions (into the recorded channels) of class c's most important channels; -1 where unknown."""
    importance = np.asarray(arrays["importance"], np.float64)
    return measures.important_channels(importance[c:c + 1], most=MAX_IMPORTANT)[0].astype(np.int64)


def structure(pre: dict, cur: dict, c: int, of_class: np.ndarray, src_pre: dict | None = None,
              src_cur: dict | None = None) -> dict:
    """The reference system's channel matching and connections of one Conv2d layer for class c (schema 1's
    ``structure`` record sliced at c), among the recorded channels; channel ids in the answer.

    ``of_class``: class c's instance rows; ``src_pre``/``src_cur``: the ``activations`` records of the conv layer
    feeding this one (``conn_source``) at step 0 and at the step, or None.
    """
    rec, _ = check(cur)
    pos_pre, pos_cur = important(pre, c), important(cur, c)
    k = len(pos_pre)
    top = min(MATCH_TOP, rec.size)
    out = {"important": np.stack([np.where(pos_pre >= 0, rec[pos_pre], -1),
                                  np.where(pos_cur >= 0, rec[pos_cur], -1)]).astype(np.int32),
           "distance": np.full((k, k), np.nan, np.float32),
           "matches_pretrained": np.full((k, top), -1, np.int32), "matches_current": np.full((k, top), -1, np.int32),
           "match_distance_pretrained": np.full((k, top), np.nan, np.float32),
           "match_distance_current": np.full((k, top), np.nan, np.float32),
           "rest_hist": np.full((3, MATCH_BINS), np.nan, np.float32)}
    if len(of_class) >= 3 and (pos_pre >= 0).all() and (pos_cur >= 0).all():
        got = measures.channel_matching(np.asarray(pre["pooled"], np.float64)[of_class],
                                        np.asarray(cur["pooled"], np.float64)[of_class], pos_pre, pos_cur, top=top,
                                        bins=MATCH_BINS)
        out["distance"], out["rest_hist"] = got["distance"], got["rest_hist"]
        out["matches_pretrained"] = rec[got["matches_pretrained"]].astype(np.int32)
        out["matches_current"] = rec[got["matches_current"]].astype(np.int32)
        out["match_distance_pretrained"] = got["match_distance_pretrained"]
        out["match_distance_current"] = got["match_distance_current"]
    if src_pre is not None and src_cur is not None and "conn_norms" in cur and "conn_norms" in pre:
        rec_in, _ = check(src_cur)
        in_pre, in_cur = important(src_pre, c), important(src_cur, c)
        conn = np.full((2, k, len(in_pre)), np.nan, np.float32)
        for m, (norms, to, frm) in enumerate(((pre["conn_norms"], pos_pre, in_pre),
                                              (cur["conn_norms"], pos_cur, in_cur))):
            if (to >= 0).all() and (frm >= 0).all():
                conn[m] = np.asarray(norms, np.float32)[np.ix_(to, frm)]
        kept = np.zeros((k, len(in_pre)), bool)
        if (pos_cur >= 0).all() and (in_cur >= 0).all():
            kept = np.isin(pos_cur, pos_pre)[:, None] & np.isin(in_cur, in_pre)[None, :]
        out["conn_weight"], out["conn_in_pretrained"] = conn, kept
        out["important_source"] = np.stack([np.where(in_pre >= 0, rec_in[in_pre], -1),
                                            np.where(in_cur >= 0, rec_in[in_cur], -1)]).astype(np.int32)
        out.update(weight_summaries(pre, cur, (pos_pre, pos_cur), (in_pre, in_cur)))
    return out


def _rest(arrays: dict, s: int, s_in: int) -> tuple[np.ndarray | None, np.ndarray, np.ndarray, np.ndarray]:
    """(edges or None, rest_out [S, B], rest_in [S_in, B], rest [B]) of a record's ``conn_rest_*`` arrays; zeros
    (and no edges) when the record has none (every connection is in ``conn_norms``)."""
    if "conn_edges" not in arrays:
        return None, np.zeros((s, 0), np.int64), np.zeros((s_in, 0), np.int64), np.zeros(0, np.int64)
    edges = np.asarray(arrays["conn_edges"], np.float64)
    b = len(edges) - 1
    rest_out, rest_in = (np.asarray(arrays[n]).astype(np.int64) for n in ("conn_rest_out", "conn_rest_in"))
    rest = np.asarray(arrays["conn_rest"]).astype(np.int64).reshape(-1)
    if rest_out.shape != (s, b) or rest_in.shape != (s_in, b) or rest.shape != (b,):
        raise RecordShapeError(f"conn_rest arrays have shapes {rest_out.shape}, {rest_in.shape}, {rest.shape}; "
                               f"expected [{s}, {b}], [{s_in}, {b}], [{b}]")
    return edges, rest_out, rest_in, rest


def _hist(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """int64 [B] counts of the finite ``values`` in ``edges`` (:func:`measures.weight_bins`)."""
    v = np.asarray(values, np.float16).astype(np.float64).ravel()
    v = v[np.isfinite(v)]
    return np.bincount(measures.weight_bins(v, edges), minlength=len(edges) - 1)


def weight_summaries(pre: dict, cur: dict, out_pos: tuple[np.ndarray, np.ndarray],
                     in_pos: tuple[np.ndarray, np.ndarray]) -> dict:
    """The reference system's weight summaries of one layer's connections from its ``conn_source`` for one class,
    over the whole layer (not only the recorded channels): per model, histograms of the connection strengths
    (‖W[o, i]‖₂) from important inputs to the other outputs (I→N), from the other inputs to important outputs (N→I)
    and among the others (N→N), and for the current model how many of them correspond to the pretrained model's
    (the same channel pair in the same region of the pretrained model).

    ``pre``, ``cur``: the layer's ``activations`` records at step 0 and at the step (with ``conn_norms``);
    ``out_pos``/``in_pos``: per model (pretrained, current), positions of the important channels among the recorded
    channels of the layer and of its source (-1: unknown, then that model's summaries are NaN).

    Returns ``conn_edges`` float64 [2, B + 1] (each model's bins: the record's ``conn_edges``, or B = 16 equal bins
    over [0, the largest recorded norm] when every connection is recorded), ``conn_i_to_n`` [2, k_in, B],
    ``conn_n_to_i`` [2, k, B], ``conn_n_to_n`` [2, B] counts, and ``conn_i_to_n_in_pretrained`` [k_in],
    ``conn_n_to_i_in_pretrained`` [k] counts of the current model's I→N and N→I connections whose channel pair is
    an I→N (N→I) connection of the pretrained model too. Connections that do not reach (NaN) are not counted.
    """
    k, k_in = len(out_pos[0]), len(in_pos[0])
    norms_by_model = [np.asarray(a["conn_norms"], np.float32) for a in (pre, cur)]
    s, s_in = norms_by_model[1].shape
    b = CONN_BINS
    for a in (pre, cur):
        if "conn_edges" in a:
            b = len(np.asarray(a["conn_edges"])) - 1
    out = {"conn_edges": np.full((2, b + 1), np.nan), "conn_i_to_n": np.full((2, k_in, b), np.nan),
           "conn_n_to_i": np.full((2, k, b), np.nan), "conn_n_to_n": np.full((2, b), np.nan),
           "conn_i_to_n_in_pretrained": np.full(k_in, np.nan), "conn_n_to_i_in_pretrained": np.full(k, np.nan)}
    for m, (arrays, norms) in enumerate(zip((pre, cur), norms_by_model)):
        to, frm = out_pos[m], in_pos[m]
        if norms.shape != (s, s_in) or (to < 0).any() or (frm < 0).any():
            continue
        edges, rest_out, rest_in, rest = _rest(arrays, s, s_in)
        if edges is None:
            finite = norms[np.isfinite(norms)]
            top = float(finite.max()) if finite.size else 0.0
            edges = np.linspace(0.0, top if top > 0 else 1.0, b + 1)
        if len(edges) != b + 1:
            raise RecordShapeError(f"conn_edges of the two models differ in length ({len(edges)} and {b + 1})")
        n_out = np.setdiff1d(np.arange(s), to)
        n_in = np.setdiff1d(np.arange(s_in), frm)
        pad = (lambda h: h if h.shape[-1] else np.zeros(h.shape[:-1] + (b,), np.int64))
        rest_out, rest_in, rest = pad(rest_out), pad(rest_in), pad(rest)
        out["conn_edges"][m] = edges
        out["conn_i_to_n"][m] = [_hist(norms[n_out, j], edges) + rest_in[j] for j in frm]
        out["conn_n_to_i"][m] = [_hist(norms[o, n_in], edges) + rest_out[o] for o in to]
        out["conn_n_to_n"][m] = (_hist(norms[np.ix_(n_out, n_in)], edges) + rest_out[n_out].sum(0)
                                 + rest_in[n_in].sum(0) + rest)
    (to0, to1), (fr0, fr1) = out_pos, in_pos
    if np.isfinite(out["conn_i_to_n"]).all() and np.isfinite(out["conn_n_to_i"]).all():
        norms = norms_by_model[1]
        reach = np.isfinite(norms)
        gone_out = np.setdiff1d(to0, to1)  # pretrained-important outputs that are not current-important
        gone_in = np.setdiff1d(fr0, fr1)
        out["conn_i_to_n_in_pretrained"] = [
            out["conn_i_to_n"][1, n].sum() - reach[gone_out, j].sum() if j in fr0 else 0 for n, j in enumerate(fr1)]
        out["conn_n_to_i_in_pretrained"] = [
            out["conn_n_to_i"][1, n].sum() - reach[o, gone_in].sum() if o in to0 else 0 for n, o in enumerate(to1)]
    return out
