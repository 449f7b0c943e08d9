"""``TransferCallback``: the one call in a PyTorch training loop that feeds the Transfer tab.

The callback captures and orchestrates: probe passes with hooks (:mod:`tb_transfer.capture`), the fixed probe sets
(:mod:`tb_transfer.probe`), the pretrained snapshot and error isolation. The math lives in :mod:`tb_transfer.measures`;
what is written is the contract of :mod:`tb_transfer.contract` (see ``docs/format.md``).
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import os
import random
import time
import warnings
import zlib
from typing import Any, Callable, Iterator, Sequence

import numpy as np
import torch
from torch import nn

from tb_transfer import capture, contract, measures
from tb_transfer import probe as probes
from tb_transfer.summary import RecordWriter

EMBEDDING_DIM = 64     # reduced feature dimension of embedding records
HIST_BINS = 16         # bins of per-channel activation histograms
MATCH_TOP = 5          # nearest channels listed per important channel in structure records
MATCH_BINS = 20        # bins of structure rest_hist
MAX_IMPORTANT = 8      # important channels per class in structure records (at most K // 2)


def _rank() -> int:
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_rank()
    try:
        return int(os.environ.get("RANK", "0") or 0)
    except ValueError:
        return 0


@contextlib.contextmanager
def _single_threaded_blas() -> Iterator[None]:
    """NumPy/SciPy BLAS on one thread while measures run: they work on small matrices (hundreds of rows), where
    BLAS threads cost far more than they save (4-5x the CPU time of a cross-validated domain classifier on 2 cores).
    Torch's own threads (the probe passes) are not affected."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # scikit-learn depends on threadpoolctl; without it just run as is
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclasses.dataclass
class _View:
    """Per-layer quantities of one model (pretrained or current) derived from its probe pass."""

    domain_coef: dict[str, np.ndarray]   # [C, K]
    domain_auc: dict[str, np.ndarray]    # [C, K]
    importance: dict[str, np.ndarray]    # [C, K]
    important: dict[str, np.ndarray]     # int32 [C, k] (Conv2d layers); -1 where unavailable


@dataclasses.dataclass
class _Reference:
    """What is computed once from the frozen pretrained copy and reused at every step."""

    result: capture.PassResult
    view: _View
    hist_edges: dict[str, np.ndarray]
    val: tuple[float, float]          # target_val (loss, accuracy) of the pretrained model; NaN without target_val
    baseline_acc: float               # direct-reuse accuracy the transferability score is measured against
    val_labels: np.ndarray | None = None    # target_val labels in evaluation order (pairs val_correct rows)
    val_correct: np.ndarray | None = None   # float32 [2 baseline/current, V] of the pretrained pass (step 0)


class TransferCallback:
    """Explain and diagnose transfer learning in TensorBoard's "Transfer" tab, from one call per epoch.

    The weights ``model`` has when the callback is built are *the pretrained model*. At every call the callback runs
    the model (in eval mode) over a fixed probe set of source and target instances and writes, for the Transfer tab,
    how the model relates to that origin and to the two domains: accuracy and per-class accuracy on both domains,
    the transferability score, per-layer weight drift and CKA to the pretrained model, domain discrepancy (MMD,
    domain-classifier AUC, proxy A-distance), LogME and LEEP, per-instance outcomes and embeddings, per-channel
    activation statistics, domain-discriminativeness and class importance, and per-class channel matching.
    The format is described in ``docs/format.md``.

    Usage::

        cb = TransferCallback(model, source=source_probe, target=target_probe, class_names=classes,
                              log_dir="runs/finetune_all")
        for epoch in range(epochs):
            train_one_epoch(model, ...)
            cb.on_epoch_end(epoch)       # writes step epoch + 1; step 0 (the pretrained model) comes first
        cb.close()

    Parameters
    ----------
    model : nn.Module
        The model to be fine-tuned, with its pretrained weights loaded (a DataParallel / DDP wrapper is unwrapped).
        Its output (a tensor, or the first element / ``.logits`` of what it returns) are logits over
        ``class_names``.
    source, target : Dataset or DataLoader of ``(image, label)``
        Data of the source (pre-training) and target domains. A fixed, seeded, class-stratified subset of
        ``probe_size`` instances of each is loaded once (images as tensors) and reused at every step, so random
        transforms of the datasets do not leak into the comparisons. Held-out data is best for ``source``.
    class_names : sequence of str
        The target classes, in the order of the model's outputs. Target labels must be in ``range(len(class_names))``.
    log_dir : str, optional
        Directory to write an event file into (a TensorBoard run). Give exactly one of ``log_dir`` and ``writer``.
    writer : torch.utils.tensorboard.SummaryWriter, optional
        Write into this writer's event file instead (the records sit beside the user's own scalars).
    target_val : Dataset or DataLoader, optional
        Target validation data, evaluated in full at every step (loss, accuracy, transferability score).
    source_head : nn.Module, optional
        Maps penultimate features (the input of the model's last ``nn.Linear``) to the source classes: the original
        classifier of the pretrained model. Used for LEEP, and for source accuracy when the label spaces differ.
        When the label spaces match and no head is given, the pretrained model's own last Linear layer is used.
    source_class_names : sequence of str, optional
        The source classes when they differ from the target's (``None``: the same label space). With different label
        spaces, source accuracy needs ``source_head``, and per-class domain comparisons contrast class ``c``'s
        target instances with all source instances.
    layers : sequence of str, optional
        Module paths of the layers to follow (``nn.Conv1d/2d/3d`` or ``nn.Linear``); default: every Conv2d and Linear.
    probe_size : int
        Probe instances per domain (default 500). Cost grows linearly with it.
    seed : int
        Seed of the probe selection and of the measures' randomness.
    domain_names : (str, str)
        Display names of the source and target domains.
    batch_size : int
        Batch size of the probe passes and of ``target_val`` (when it is a Dataset).
    thumbnail_size : int
        Pixel size of the probe thumbnails shown on hover.
    every_n_steps : int, optional
        With :meth:`on_train_step`, write weight drift only at every n-th call.

    Notes
    -----
    * The model's weights, ``.grad``, train/eval mode (per module) and the global RNG states (torch, CUDA, numpy,
      ``random``) are left exactly as found: training with and without the callback gives identical weights.
    * Steps only grow: ``on_epoch_end(epoch)`` writes step ``epoch + 1``; a step at or below the last one written
      raises ``ValueError``. :meth:`state_dict` / :meth:`load_state_dict` carry the pretrained snapshot, the last
      step and the probe selection across a restart, so a resumed run neither repeats steps nor rewrites step 0.
    * A measure that fails is written as NaN and listed in that step's ``failures`` record, with one warning per
      measure and layer for the whole run; training goes on.
    * Under ``torchrun`` / DDP only rank 0 computes and writes; on other ranks every method does nothing.
    * Memory: the probe images (``2 * probe_size`` images on the CPU) and a frozen copy of the model on its device.
    """

    def __init__(self, model: nn.Module, source: Any = None, target: Any = None,
                 class_names: Sequence[str] | None = None, *, log_dir: str | os.PathLike | None = None,
                 writer: Any = None, target_val: Any = None, source_head: nn.Module | None = None,
                 source_class_names: Sequence[str] | None = None, layers: Sequence[str] | None = None,
                 probe_size: int = 500, seed: int = 0, domain_names: Sequence[str] = ("source", "target"),
                 batch_size: int = 100, thumbnail_size: int = 32, every_n_steps: int | None = None):
        if not isinstance(model, nn.Module):
            raise TypeError(f"model must be a torch.nn.Module, not {type(model).__name__}")
        if (log_dir is None) == (writer is None):
            raise ValueError("give exactly one of log_dir (a directory to write to) or writer (a SummaryWriter)")
        if writer is not None and not hasattr(writer, "_get_file_writer"):
            raise TypeError("writer must be a torch.utils.tensorboard.SummaryWriter")
        if source_head is not None and not isinstance(source_head, nn.Module):
            raise TypeError(f"source_head must be a torch.nn.Module, not {type(source_head).__name__}")
        if class_names is None or isinstance(class_names, str) or len(class_names) == 0:
            raise ValueError("class_names must be a non-empty sequence of class names (the model's outputs)")
        if source_class_names is not None and (isinstance(source_class_names, str) or len(source_class_names) == 0):
            raise ValueError("source_class_names must be a non-empty sequence, or None for the target's classes")
        for name, value in (("probe_size", probe_size), ("batch_size", batch_size),
                            ("thumbnail_size", thumbnail_size)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        if every_n_steps is not None and (isinstance(every_n_steps, bool) or not isinstance(every_n_steps, int)
                                          or every_n_steps < 1):
            raise ValueError(f"every_n_steps must be a positive integer or None, got {every_n_steps!r}")
        if isinstance(domain_names, str) or len(domain_names) != 2:
            raise ValueError("domain_names must be two names: (source, target)")
        if isinstance(layers, str):
            layers = [layers]
        self._active = _rank() == 0
        self._closed = False
        self._model = capture.unwrap(model)
        if not any(True for _ in self._model.parameters()):
            raise ValueError("the model has no parameters: there are no pretrained weights to relate to")
        self.class_names = [str(c) for c in class_names]
        self.source_class_names = None if source_class_names is None else [str(c) for c in source_class_names]
        self._match = self.source_class_names is None or self.source_class_names == self.class_names
        self._num_classes = len(self.class_names)
        self._num_source_classes = self._num_classes if self.source_class_names is None else len(
            self.source_class_names)
        self.domain_names = (str(domain_names[0]), str(domain_names[1]))
        self.seed, self.probe_size, self.batch_size = int(seed), probe_size, batch_size
        self.thumbnail_size, self.every_n_steps = thumbnail_size, every_n_steps
        self._source_data, self._target_data, self._target_val = source, target, target_val
        self._user_head = source_head
        self._user_writer, self._log_dir = writer, log_dir
        self._last_step: int | None = None
        self._last_weight_step: int | None = None
        self._train_calls = 0
        self._warned: set[tuple[str, str]] = set()
        self._failures: list[dict] = []
        self._ref: _Reference | None = None
        self._writer: RecordWriter | None = None
        self.last_call: dict[str, float] = {}
        if not self._active:
            return

        candidates = capture.trackable(self._model)
        if layers is not None:
            layers = list(dict.fromkeys(layers))
            unknown = [name for name in layers if name not in candidates]
            if unknown or not layers:
                raise ValueError(f"unknown layers {unknown}: layers must name Conv or Linear modules of the model; "
                                 f"valid names: {list(candidates)}")
        with self._isolated():
            self._load_probes()
            order, linear_inputs = self._check_forward(candidates)
        names = [n for n in order if n in candidates] + [n for n in candidates if n not in order]
        if layers is None:
            layers = [n for n in names if isinstance(candidates[n], (nn.Conv2d, nn.Linear)) and n in order]
        else:
            missing = [n for n in layers if n not in order]
            if missing:
                raise ValueError(f"layers {missing} did not run in the model's forward pass on the probe images")
            layers = sorted(layers, key=names.index)
        if not layers:
            raise ValueError(f"the model has no Conv2d or Linear layer to follow; valid names: {list(candidates)}")
        self.layers = list(layers)
        self._live = {n: candidates[n] for n in self.layers}
        linears = [n for n in order if isinstance(candidates.get(n), nn.Linear)]
        self._penult_name = linears[-1] if linears else None
        self._live_penult = candidates[self._penult_name] if self._penult_name else None
        if self._penult_name is None and source_head is not None:
            raise ValueError("source_head maps penultimate features (the input of the model's last nn.Linear), "
                             "but the model has no nn.Linear layer that runs in its forward pass")
        if source_head is not None:
            self._check_head(linear_inputs[self._penult_name])
        bns = capture.batchnorms(self._model)
        self._bn_names = [n for n in order if n in bns] + [n for n in bns if n not in order]
        self._live_bn = {n: bns[n] for n in self._bn_names}

        try:
            self._frozen = copy.deepcopy(self._model)
        except Exception as exc:
            raise TypeError(f"cannot keep a copy of the pretrained model (copy.deepcopy failed: {exc})") from exc
        self._frozen.eval()
        for p in self._frozen.parameters():
            p.requires_grad_(False)
        self._snapshot()
        self._info_graph(order)
        self._writer = RecordWriter(log_dir=None if writer is not None else os.fspath(log_dir),
                                    summary_writer=writer)

    # ----------------------------------------------------------------------------------------------- construction
    def _load_probes(self) -> None:
        rng = np.random.default_rng(self.seed)
        src = probes.select(self._source_data, self.probe_size, rng, "source")
        tgt = probes.select(self._target_data, self.probe_size, rng, "target")
        self._set_probes(src, tgt)

    def _set_probes(self, src: probes.ProbeSet, tgt: probes.ProbeSet) -> None:
        for what, ps, c in (("source", src, self._num_source_classes), ("target", tgt, self._num_classes)):
            bad = np.unique(ps.labels[(ps.labels < 0) | (ps.labels >= c)])
            if len(bad):
                names = "source_class_names" if what == "source" and not self._match else "class_names"
                raise ValueError(f"{what}: labels {bad[:10].tolist()} are outside the {c} classes of {names}")
        if src.images.shape[1:] != tgt.images.shape[1:]:
            raise ValueError(f"source and target images differ in shape: {tuple(src.images.shape[1:])} vs "
                             f"{tuple(tgt.images.shape[1:])}")
        self._ns, self._nt = len(src), len(tgt)
        self._images = torch.cat([src.images, tgt.images])
        self._domain = np.repeat([0, 1], [self._ns, self._nt]).astype(np.int32)
        self._labels = np.concatenate([src.labels, tgt.labels]).astype(np.int64)
        self._index = np.concatenate([src.index, tgt.index]).astype(np.int64)
        self._src = np.arange(self._ns)
        self._tgt = np.arange(self._ns, self._ns + self._nt)
        # rows that carry the target classes' semantics (the loss for importance, per-class matching)
        self._class_rows = np.ones(len(self._labels), bool) if self._match else self._domain == 1
        is_target = self._domain == 1
        self._rows_of_class, self._domain_rows = [], []
        for c in range(self._num_classes):
            of_class = self._class_rows & (self._labels == c)
            self._rows_of_class.append(np.flatnonzero(of_class))
            contrast = of_class | (~is_target if not self._match else False)
            self._domain_rows.append(np.flatnonzero(contrast))

    def _check_forward(self, candidates: dict[str, nn.Module]) -> tuple[list[str], dict[str, torch.Tensor]]:
        modules = dict(candidates)
        modules.update(capture.batchnorms(self._model))
        order: list[str] = []
        inputs: dict[str, torch.Tensor] = {}
        for what, rows in (("source", self._src[:2]), ("target", self._tgt[:2])):
            x = self._images[rows]
            try:
                order, out, inputs = capture.execution_order(self._model, x, modules)
            except Exception as exc:
                raise ValueError(f"the model cannot run on the {what} probe images of shape "
                                 f"{tuple(x.shape[1:])}: {type(exc).__name__}: {exc}") from exc
            if out.dim() != 2 or out.shape[1] != self._num_classes:
                raise ValueError(f"the model's output has shape {tuple(out.shape)} on the {what} probe images, "
                                 f"expected [batch, {self._num_classes}] logits over class_names")
        return order, inputs

    def _check_head(self, features: torch.Tensor) -> None:
        try:
            out = capture._head_logits(self._user_head, features)
        except Exception as exc:
            raise ValueError(f"source_head cannot map the penultimate features of shape {tuple(features.shape)} "
                             f"(the input of {self._penult_name!r}): {type(exc).__name__}: {exc}") from exc
        if out.dim() != 2 or out.shape[1] != self._num_source_classes:
            raise ValueError(f"source_head outputs shape {tuple(out.shape)}, expected [batch, "
                             f"{self._num_source_classes}] logits over the source classes")

    def _snapshot(self) -> None:
        """Pretrained weights (CPU float32) of tracked and BatchNorm layers, from the frozen copy."""
        frozen = dict(self._frozen.named_modules())
        self._frozen_layers = {n: frozen[n] for n in self.layers}
        self._frozen_penult = frozen[self._penult_name] if self._penult_name else None
        self._w0 = {n: capture.layer_weights(frozen[n], copy=True) for n in self.layers}
        self._bn0 = {n: capture.bn_arrays(frozen[n], copy=True) for n in self._bn_names}
        if self._user_head is not None:
            self._head, self._frozen_head = self._user_head, self._user_head
        elif self._match and self._frozen_penult is not None:
            self._head = self._frozen_head = self._frozen_penult
        else:
            self._head = self._frozen_head = None
        self._ref = None

    def _info_graph(self, order: list[str]) -> None:
        graph = capture.layer_graph(self._model, self.layers, self._bn_names)
        if graph is not None:
            inputs, feeding = graph
        else:  # untraceable model: previous tracked layer in execution order
            inputs = {n: self.layers[i - 1:i] for i, n in enumerate(self.layers)}
            feeding = {}
            for bn in self._bn_names:
                before = [n for n in order[:order.index(bn)] if n in self._live] if bn in order else []
                feeding[bn] = before[-1] if before else None
        for bn in self._bn_names:  # a BatchNorm belongs to a layer only if the channels agree
            layer = feeding.get(bn)
            if layer is not None and capture.out_channels(self._live[layer]) != self._live_bn[bn].num_features:
                feeding[bn] = None
        self._inputs = inputs
        self._conv_source: dict[str, str] = {}
        for n in self.layers:
            m = self._live[n]
            if not isinstance(m, nn.Conv2d):
                continue
            for src in reversed(inputs.get(n, [])):  # the nearest feeding conv layer
                s = self._live[src]
                if isinstance(s, nn.Conv2d) and m.groups == 1 and m.weight.shape[1] == s.out_channels:
                    self._conv_source[n] = src
                    break
        self._info = {
            "version": contract.SCHEMA_VERSION,
            "model": type(self._model).__name__,
            "class_names": self.class_names,
            "domain_names": {"source": self.domain_names[0], "target": self.domain_names[1]},
            "layers": [{"name": n, "type": type(self._live[n]).__name__,
                        "out_channels": capture.out_channels(self._live[n]), "inputs": list(inputs.get(n, [])),
                        "embedding_dim": min(capture.out_channels(self._live[n]), EMBEDDING_DIM)}
                       for n in self.layers],
            "bn_layers": [{"name": b, "channels": self._live_bn[b].num_features, "layer": feeding.get(b)}
                          for b in self._bn_names],
            "probe": {"source": self._ns, "target": self._nt, "seed": self.seed},
            "has_target_val": self._target_val is not None,
            "has_source_head": self._head is not None,
            "label_spaces_match": self._match,
            "thumbnails": {"size": self.thumbnail_size, "columns": 0, "count": self._ns + self._nt},
            "step_unit": "epoch",
        }
        if not self._match:
            self._info["source_class_names"] = self.source_class_names

    # ------------------------------------------------------------------------------------------------- isolation
    @contextlib.contextmanager
    def _isolated(self) -> Iterator[None]:
        """Leave every RNG of the training process as it was (torch CPU and CUDA, numpy, random)."""
        devices = list(range(torch.cuda.device_count())) if (
            torch.cuda.is_available() and torch.cuda.is_initialized()) else []
        np_state, py_state = np.random.get_state(), random.getstate()
        with torch.random.fork_rng(devices=devices):
            try:
                yield
            finally:
                np.random.set_state(np_state)
                random.setstate(py_state)

    def _fail(self, measure: str, layer: str | None, exc: BaseException, key: str | None = None) -> None:
        error = f"{type(exc).__name__}: {exc}"[:500]
        self._failures.append({"measure": measure, "layer": layer or "", "error": error})
        key = (key or measure, layer or "")
        if key not in self._warned:
            self._warned.add(key)
            warnings.warn(f"tb_transfer: {key[0]} failed{f' for layer {layer!r}' if layer else ''} ({error}); "
                          "recorded as NaN, training goes on (further failures are only recorded)",
                          RuntimeWarning, stacklevel=3)

    def _safe(self, measure: str | tuple[str, ...], layer: str | None, fn: Callable, *args: Any,
              fallback: Any = np.nan, finite: bool = False, **kwargs: Any) -> Any:
        """``fn(*args, **kwargs)``, or ``fallback`` plus a failure record if it raises (or, with ``finite``, returns
        non-finite numbers)."""
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
                self._fail(name, layer, exc, key=getattr(fn, "__name__", name) if len(names) > 1 else None)
            return fallback

    # ------------------------------------------------------------------------------------------------ public API
    def on_epoch_end(self, epoch: int, step: int | None = None) -> None:
        """Evaluate the model on the probe sets and write one step (``epoch + 1``, or ``step``)."""
        if not self._active:
            return
        if self._closed:
            raise RuntimeError("this TransferCallback is closed")
        step = int(epoch) + 1 if step is None else int(step)
        if self._last_step is None and step <= 0:
            raise ValueError(f"step {step}: steps must be > 0 (step 0 is the pretrained model, written "
                             "automatically before the first step)")
        if self._last_step is not None and step <= self._last_step:
            raise ValueError(f"step {step} is not after the last step written ({self._last_step}): steps must grow "
                             "(resuming? load the callback's state_dict; or pass a larger step=)")
        t0 = time.perf_counter()
        nbytes = 0
        with self._isolated(), _single_threaded_blas():
            if self._last_step is None:
                self._info["step_unit"] = "epoch" if step == int(epoch) + 1 else "step"
            ref = self._reference()
            if self._last_step is None:
                nbytes += self._write_step(0, ref.result, None, first=True)
                self._last_step = 0
            t1 = time.perf_counter()
            result = capture.probe_pass(self._model, self._live, self._live_penult, self._images, self._labels,
                                        self._class_rows, batch_size=self.batch_size, head=self._head)
            t2 = time.perf_counter()
            loss, acc, labels, _, correct = self._evaluate_val(self._model, self._live_penult)
            nbytes += self._write_step(step, result, (loss, acc), self._val_correct(labels, correct))
        self._last_step = step
        self.last_call = {"seconds": time.perf_counter() - t0, "pass_seconds": t2 - t1,
                          "step_seconds": time.perf_counter() - t1, "bytes": float(nbytes)}

    def on_train_step(self, step: int) -> None:
        """Write per-layer weight drift and cosine to the pretrained weights (``weight_steps``) at optimizer step
        ``step`` (its own step axis). Cheap: no forward pass. With ``every_n_steps``, only every n-th call writes."""
        if not self._active:
            return
        if self._closed:
            raise RuntimeError("this TransferCallback is closed")
        self._train_calls += 1
        if self.every_n_steps and self._train_calls % self.every_n_steps:
            return
        step = int(step)
        if self._last_weight_step is not None and step <= self._last_weight_step:
            raise ValueError(f"train step {step} is not after the last one written ({self._last_weight_step})")
        values = np.full((len(contract.FILTER_FIELDS), len(self.layers)), np.nan, np.float32)
        failures, self._failures = self._failures, []
        for j, name in enumerate(self.layers):
            w = capture.layer_weights(self._live[name])
            values[0, j] = self._safe("weight_drift", name, measures.relative_change, w, self._w0[name], finite=True)
            values[1, j] = self._safe("weight_cosine", name, measures.cosine_similarity, w, self._w0[name],
                                      finite=True)
        self._failures = failures
        self._writer.add("weight_steps", values, axes={"field": contract.FILTER_FIELDS, "layer": self.layers})
        self._writer.flush_step(step)
        self._last_weight_step = step

    def state_dict(self) -> dict:
        """What a resumed run needs: the pretrained weights, the last steps written and the probe selection."""
        if not self._active:
            return {"version": 1, "active": False}
        return {
            "version": 1,
            "pretrained": {k: v.detach().cpu().clone() for k, v in self._frozen.state_dict().items()},
            "last_step": self._last_step,
            "last_weight_step": self._last_weight_step,
            "train_calls": self._train_calls,
            "probe": {"source": self._index[self._src].tolist(), "target": self._index[self._tgt].tolist()},
            "seed": self.seed,
            "layers": list(self.layers),
        }

    def load_state_dict(self, state: dict) -> None:
        """Continue a run: restore the pretrained snapshot, the step counters and the probe selection."""
        if not self._active or not state.get("active", True):
            return
        if state.get("version") != 1:
            raise ValueError(f"unsupported TransferCallback state version {state.get('version')!r}")
        if list(state["layers"]) != self.layers:
            raise ValueError(f"the saved state follows layers {state['layers']}, this callback {self.layers}")
        rng = np.random.default_rng(self.seed)
        with self._isolated():
            src = probes.select(self._source_data, self.probe_size, rng, "source", indices=state["probe"]["source"])
            tgt = probes.select(self._target_data, self.probe_size, rng, "target", indices=state["probe"]["target"])
        self._set_probes(src, tgt)
        self._info["probe"].update(source=self._ns, target=self._nt)
        self._info["thumbnails"]["count"] = self._ns + self._nt
        self._frozen.load_state_dict(state["pretrained"])
        self._snapshot()
        self._last_step = state["last_step"]
        self._last_weight_step = state["last_weight_step"]
        self._train_calls = int(state.get("train_calls", 0))

    def close(self) -> None:
        """Flush and close our event file (a user's SummaryWriter is flushed, not closed)."""
        if self._closed:
            return
        self._closed = True
        if self._writer is not None:
            self._writer.close()
            if self._user_writer is not None:
                self._user_writer.flush()

    # -------------------------------------------------------------------------------------------------- per step
    def _reference(self) -> _Reference:
        """The frozen pretrained copy's probe pass and what derives from it, computed once and reused."""
        if self._ref is not None:
            return self._ref
        result = capture.probe_pass(self._frozen, self._frozen_layers, self._frozen_penult, self._images,
                                    self._labels, self._class_rows, batch_size=self.batch_size,
                                    head=self._frozen_head)
        edges = {}
        for name in self.layers:
            edges[name] = np.asarray(self._safe(
                "histogram_edges", name, measures.histogram_edges, result.pooled[name], bins=HIST_BINS,
                fallback=np.linspace(0.0, 1.0, HIST_BINS + 1)), np.float32)
        cross = not self._match and self._frozen_head is not None  # direct reuse through the source head
        loss, acc, val_labels, val_head, correct = self._evaluate_val(self._frozen, self._frozen_penult,
                                                                      with_head=cross)
        baseline_correct = None  # per target_val instance, for the bootstrap of the score (findings)
        if self._match:
            baseline = acc if self._target_val is not None else self._safe(
                "accuracy", "target", self._accuracy, result.logits[self._tgt], self._labels[self._tgt])
            baseline_correct = correct
        elif cross:
            fit = _softmax(result.head_logits[self._tgt]), self._labels[self._tgt]
            on = (_softmax(val_head), val_labels) if val_head is not None else fit
            baseline = self._safe("transferability_score", "", _eep_accuracy, *fit, *on, self._num_classes)
            if val_head is not None:
                baseline_correct = self._safe("transferability_score", "", _eep_correct, *fit, *on,
                                              self._num_classes, fallback=None)
        else:
            baseline = np.nan
        self._ref = _Reference(result=result, view=self._view(result), hist_edges=edges, val=(loss, acc),
                               baseline_acc=float(baseline), val_labels=val_labels)
        if self._target_val is not None:
            base = baseline_correct if baseline_correct is not None else np.full(
                0 if val_labels is None else len(val_labels), np.nan)
            self._ref.val_correct = self._val_correct(val_labels, correct, base)
        return self._ref

    def _evaluate_val(self, model: nn.Module, penult: nn.Module | None, with_head: bool = False
                      ) -> tuple[float, float, np.ndarray | None, np.ndarray | None, np.ndarray | None]:
        """(loss, accuracy, labels, source-head logits, per-instance correctness float32 [V]) on target_val;
        NaN / None without it or on failure."""
        if self._target_val is None:
            return np.nan, np.nan, None, None, None
        try:
            logits, labels, head_logits = capture.evaluate(
                model, self._target_val, batch_size=self.batch_size, penultimate=penult if with_head else None,
                head=self._frozen_head if with_head else None)
            bad = (labels < 0) | (labels >= self._num_classes)
            if bad.any():
                raise ValueError(f"target_val labels {np.unique(labels[bad])[:10].tolist()} are outside the "
                                 f"{self._num_classes} classes of class_names")
            _, losses, _ = measures.instance_outcome(logits, labels)
            correct = (np.argmax(logits, axis=1) == labels).astype(np.float32)
            return float(np.mean(losses)), float(np.mean(correct)), labels, head_logits, correct
        except Exception as exc:  # a broken validation set must not stop training
            self._fail("performance", "target_val", exc)
            return np.nan, np.nan, None, None, None

    def _val_correct(self, labels: np.ndarray | None, correct: np.ndarray | None,
                     baseline: np.ndarray | None = None) -> np.ndarray | None:
        """float32 [2 baseline/current, V] for ``val_correct`` (None without target_val). Rows are paired by
        position; the baseline row is NaN where target_val came in another label order than at step 0 (a shuffled
        loader) or the baseline is unknown."""
        if self._target_val is None:
            return None
        ref = self._ref
        if baseline is None and ref.val_correct is not None:
            baseline = ref.val_correct[0]
        v = len(labels) if labels is not None else len(ref.val_labels) if ref.val_labels is not None else 0
        out = np.full((2, v), np.nan, np.float32)
        if correct is not None and len(correct) == v:
            out[1] = correct
        if baseline is not None and len(baseline) == v and labels is not None and ref.val_labels is not None \
                and np.array_equal(labels, ref.val_labels):
            out[0] = baseline
        return out

    @staticmethod
    def _accuracy(logits: np.ndarray, labels: np.ndarray) -> float:
        return float(measures.accuracy(np.argmax(logits, axis=1), labels))

    def _important(self, importance: np.ndarray) -> np.ndarray:
        """int32 [C, k]: per class the k most important channels (most first); -1 rows where unavailable."""
        c, k_all = importance.shape
        k = max(1, min(MAX_IMPORTANT, k_all // 2))
        out = np.full((c, k), -1, np.int32)
        for i in range(c):
            if np.all(np.isfinite(importance[i])):
                out[i] = np.argsort(-importance[i], kind="stable")[:k]
        return out

    def _view(self, result: capture.PassResult) -> _View:
        """Per-class domain-discriminativeness and importance of every tracked layer for one model's pass."""
        is_target = self._domain == 1
        c_all = self._num_classes
        view = _View({}, {}, {}, {})
        for name in self.layers:
            acts = result.pooled[name]
            k = acts.shape[1]
            coef, auc = np.full((c_all, k), np.nan, np.float32), np.full((c_all, k), np.nan, np.float32)
            for c, rows in enumerate(self._domain_rows):
                t = is_target[rows]
                if t.sum() < 2 or (~t).sum() < 2:
                    continue  # the class is (nearly) absent from a domain: not available, not a failure
                coef[c] = self._safe("domain_coefficients", name, measures.domain_coefficients, acts[rows], t,
                                     seed=self.seed)
                auc[c] = self._safe("rank_auc", name, measures.rank_auc, acts[rows], t)
            rows = self._class_rows
            gxa = result.importance[name][rows]
            if np.isnan(gxa).all():
                self._fail("class_importance", name, RuntimeError(
                    "no gradient of the loss reaches this layer's output (does the forward run it under "
                    "torch.no_grad() or detach it?)"))
                importance = np.full((c_all, k), np.nan, np.float32)
            else:
                importance = np.asarray(self._safe(
                    "class_importance", name, measures.class_importance, gxa, self._labels[rows], c_all,
                    fallback=np.full((c_all, k), np.nan)), np.float32)
            view.domain_coef[name], view.domain_auc[name], view.importance[name] = coef, auc, importance
            if isinstance(self._live[name], nn.Conv2d):
                view.important[name] = self._important(importance)
        return view

    def _write_step(self, step: int, cur: capture.PassResult, val: tuple[float, float] | None,
                    val_correct: np.ndarray | None = None, first: bool = False) -> int:
        """Compute every record of one step from a probe pass and write them as one event; returns bytes."""
        ref = self._ref
        is_ref = cur is ref.result
        self._failures = []
        w = self._writer
        c_all, n = self._num_classes, self._ns + self._nt
        src, tgt, labels = self._src, self._tgt, self._labels
        if first:
            sprite, columns = probes.sprite(self._images, self.thumbnail_size)
            self._info["thumbnails"]["columns"] = columns
            w.add("run_info", self._info)
            meta = np.stack([self._domain, labels, self._index], axis=1).astype(np.int32)
            w.add("instance_meta", meta, axes={"instance": [], "field": contract.INSTANCE_META_FIELDS})
            w.add("thumbnails", sprite)
        view = ref.view if is_ref else self._view(cur)
        weights = self._w0 if is_ref else {name: capture.layer_weights(self._live[name]) for name in self.layers}
        bn_now = self._bn0 if is_ref else {b: capture.bn_arrays(self._live_bn[b]) for b in self._bn_names}
        val = ref.val if is_ref else val

        # statistical level and instance outcomes
        perf = np.full((len(contract.SPLITS), len(contract.METRICS)), np.nan, np.float32)
        outcome = np.full((len(contract.INSTANCE_FIELDS), n), np.nan, np.float32)
        class_acc = np.full((2, c_all), np.nan, np.float32)
        confusion = np.full((2, c_all, c_all), np.nan, np.float32)
        src_logits = cur.logits[src] if self._match else cur.head_logits[src] if cur.head_logits is not None \
            and self._head is not None else None
        accuracy = [np.nan, np.nan]  # float64: the transferability score at step 0 is exactly 0
        for d, (rows, logits) in enumerate(((src, src_logits), (tgt, cur.logits[tgt]))):
            if logits is None:
                continue
            got = self._safe("instance_outcome", contract.DOMAINS[d], measures.instance_outcome, logits,
                             labels[rows], fallback=None)
            if got is None:
                continue
            pred, loss, margin = (np.asarray(a, np.float32) for a in got)
            outcome[0, rows], outcome[1, rows], outcome[2, rows] = pred, loss, margin
            accuracy[d] = self._safe("accuracy", contract.DOMAINS[d], measures.accuracy, pred.astype(np.int64),
                                     labels[rows])
            perf[d] = [np.mean(loss), accuracy[d]]
            if d == 1 or self._match:
                class_acc[d] = self._safe("per_class_accuracy", contract.DOMAINS[d], measures.per_class_accuracy,
                                          pred.astype(np.int64), labels[rows], c_all)
                confusion[d] = self._safe("confusion_matrix", contract.DOMAINS[d], measures.confusion_matrix,
                                          pred.astype(np.int64), labels[rows], c_all)
        perf[2] = val
        acc_now = val[1] if self._target_val is not None else accuracy[1]
        transfer = np.nan
        if np.isfinite(ref.baseline_acc) and np.isfinite(acc_now):
            transfer = self._safe("transferability_score", "", measures.transferability_score, float(acc_now),
                                  ref.baseline_acc, finite=True)
        leep = np.nan
        if self._head is not None and cur.head_logits is not None:
            leep = self._safe("leep", "", measures.leep, _softmax(cur.head_logits[tgt]), labels[tgt], c_all,
                              finite=True)
        features = cur.penultimate if cur.penultimate is not None else cur.pooled[self.layers[-1]]
        sep = self._safe("p_target", contract.PENULTIMATE, measures.domain_separation, features[src],
                         features[tgt], seed=self.seed, fallback=None)
        if sep is not None:
            outcome[3] = np.asarray(sep[2], np.float32)
        w.add("performance", perf, axes={"split": contract.SPLITS, "metric": contract.METRICS})
        w.add("transferability", np.float32(transfer))
        w.add("class_accuracy", class_acc, axes={"domain": contract.DOMAINS, "class": self.class_names})
        w.add("confusion", confusion, axes={"domain": contract.DOMAINS, "true": self.class_names,
                                            "predicted": self.class_names})
        w.add("leep", np.float32(leep))
        w.add("instance_outcome", outcome, axes={"field": contract.INSTANCE_FIELDS, "instance": []})
        val_correct = ref.val_correct if is_ref else val_correct
        if val_correct is not None:
            w.add("val_correct", val_correct.astype(np.float16), axes={"model": contract.VAL_CORRECT_ROWS,
                                                                         "instance": []})

        # per layer
        stats = np.full((len(contract.LAYER_MEASURES), len(self.layers)), np.nan, np.float32)
        row = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}
        for j, name in enumerate(self.layers):
            acts, acts0 = cur.pooled[name], ref.result.pooled[name]
            w0 = self._w0[name]
            stats[row["weight_drift"], j] = self._safe("weight_drift", name, measures.relative_change,
                                                       weights[name], w0, finite=True)
            stats[row["weight_cosine"], j] = self._safe("weight_cosine", name, measures.cosine_similarity,
                                                        weights[name], w0, finite=True)
            stats[row["cka_target"], j] = self._safe("cka_target", name, measures.unbiased_linear_cka, acts[tgt],
                                                     acts0[tgt], finite=True)
            stats[row["cka_source"], j] = self._safe("cka_source", name, measures.unbiased_linear_cka, acts[src],
                                                     acts0[src], finite=True)
            stats[row["mmd"], j] = self._safe("mmd", name, measures.linear_mmd, acts[src], acts[tgt], finite=True)
            auc, pad, _ = self._safe(("domain_auc", "pad"), name, measures.domain_separation, acts[src], acts[tgt],
                                     seed=self.seed, fallback=(np.nan, np.nan, None), finite=True)
            stats[row["domain_auc"], j], stats[row["pad"], j] = auc, pad
            stats[row["logme"], j] = self._safe("logme", name, measures.logme, acts[tgt], labels[tgt], finite=True)
            k = acts.shape[1]
            w.add("filter_drift", np.asarray(self._safe(
                "filter_drift", name, measures.filter_drift, weights[name][0], w0[0],
                fallback=np.full((2, k), np.nan)), np.float32), layer=name,
                axes={"field": contract.FILTER_FIELDS, "filter": []})
            w.add("embedding", {"features": self._embedding(name, acts)}, layer=name)
            w.add("channels", self._channels(name, acts, view), layer=name)
            if isinstance(self._live[name], nn.Conv2d):
                w.add("structure", self._structure(name, cur, view, weights), layer=name)
        if cur.penultimate is not None:
            w.add("embedding", {"features": self._embedding(contract.PENULTIMATE, cur.penultimate)},
                  layer=contract.PENULTIMATE)
        w.add("layer_stats", stats, axes={"measure": contract.LAYER_MEASURES, "layer": self.layers})
        if self._bn_names:
            bn_stats = np.full((len(contract.BN_FIELDS), len(self._bn_names)), np.nan, np.float32)
            for j, b in enumerate(self._bn_names):
                drift = np.asarray(self._safe("bn_drift", b, measures.bn_drift, *bn_now[b], *self._bn0[b],
                                              fallback=np.full((4, self._live_bn[b].num_features), np.nan)),
                                   np.float32)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows stay NaN
                    bn_stats[:, j] = np.nanmean(np.abs(drift), axis=1)
                w.add("bn_drift", drift, layer=b, axes={"field": contract.BN_FIELDS, "channel": []})
            w.add("bn_stats", bn_stats, axes={"field": contract.BN_FIELDS, "bn_layer": self._bn_names})
        w.add("failures", list(self._failures))
        return w.flush_step(step)

    def _embedding(self, name: str, acts: np.ndarray) -> np.ndarray:
        seed = (zlib.crc32(name.encode()) + self.seed) % (2 ** 31)
        d = min(acts.shape[1], EMBEDDING_DIM)
        return np.asarray(self._safe("reduce_features", name, measures.reduce_features, acts, dim_out=EMBEDDING_DIM,
                                     seed=seed, fallback=np.full((len(acts), d), np.nan)), np.float16)

    def _channels(self, name: str, acts: np.ndarray, view: _View) -> dict[str, np.ndarray]:
        ref = self._ref
        k, edges = acts.shape[1], ref.hist_edges[name]
        bins = len(edges) - 1
        nan2 = np.full((2, k), np.nan, np.float32)
        stats = self._safe("channel_stats", name, measures.channel_stats, acts, self._domain, edges, fallback=None)
        if stats is None:
            stats = {"mean": nan2, "var": nan2, "dead": nan2, "hist": np.full((2, k, bins), np.nan, np.float32)}
        coef = np.stack([ref.view.domain_coef[name], view.domain_coef[name]]).astype(np.float32)
        top = np.asarray(self._safe("top_channels", name, measures.top_channels, coef, most=4, least=2, cap=64,
                                    fallback=np.zeros(0, np.int64)), np.int32).reshape(-1)
        return {
            "mean": np.asarray(stats["mean"], np.float32), "var": np.asarray(stats["var"], np.float32),
            "dead": np.asarray(stats["dead"], np.float32), "hist": np.asarray(stats["hist"], np.float32),
            "hist_edges": edges,
            "domain_coef": coef,
            "domain_auc": np.stack([ref.view.domain_auc[name], view.domain_auc[name]]).astype(np.float32),
            "importance": np.stack([ref.view.importance[name], view.importance[name]]).astype(np.float32),
            "top_channels": top,
            "activations": np.stack([ref.result.pooled[name][:, top], acts[:, top]]).astype(np.float16),
        }

    def _structure(self, name: str, cur: capture.PassResult, view: _View, weights: dict) -> dict[str, np.ndarray]:
        ref = self._ref
        imp_pre, imp_cur = ref.view.important[name], view.important[name]
        c_all, k = imp_pre.shape
        top = min(MATCH_TOP, cur.pooled[name].shape[1])
        distance = np.full((c_all, k, k), np.nan, np.float32)
        matches_pre = np.full((c_all, k, top), -1, np.int32)
        matches_cur = np.full((c_all, k, top), -1, np.int32)
        rest = np.full((c_all, 3, MATCH_BINS), np.nan, np.float32)
        for c, rows in enumerate(self._rows_of_class):
            if len(rows) < 3 or (imp_pre[c] < 0).any() or (imp_cur[c] < 0).any():
                continue
            got = self._safe("channel_matching", name, measures.channel_matching, ref.result.pooled[name][rows],
                             cur.pooled[name][rows], imp_pre[c], imp_cur[c], top=top, bins=MATCH_BINS,
                             fallback=None)
            if got is not None:
                distance[c], rest[c] = got["distance"], got["rest_hist"]
                matches_pre[c], matches_cur[c] = got["matches_pretrained"], got["matches_current"]
        arrays = {"important": np.stack([imp_pre, imp_cur]).astype(np.int32), "distance": distance,
                  "matches_pretrained": matches_pre, "matches_current": matches_cur, "rest_hist": rest,
                  "conn_source": np.array(self._conv_source.get(name, ""))}
        src = self._conv_source.get(name)
        if src:
            src_pre, src_cur = ref.view.important[src], view.important[src]
            k_in = src_pre.shape[1]
            conn = np.full((2, c_all, k, k_in), np.nan, np.float32)
            kept = np.zeros((c_all, k, k_in), bool)
            for c in range(c_all):
                for m, (weight, to, frm) in enumerate(((self._w0[name][0], imp_pre[c], src_pre[c]),
                                                       (weights[name][0], imp_cur[c], src_cur[c]))):
                    if (to >= 0).all() and (frm >= 0).all():
                        conn[m, c] = self._safe("connection_weights", name, measures.connection_weights, weight,
                                                to, frm)
                if (imp_cur[c] >= 0).all() and (src_cur[c] >= 0).all():
                    kept[c] = np.isin(imp_cur[c], imp_pre[c])[:, None] & np.isin(src_cur[c], src_pre[c])[None, :]
            arrays["conn_weight"], arrays["conn_in_pretrained"] = conn, kept
        return arrays


def _eep_correct(fit_probs: np.ndarray, fit_labels: np.ndarray, probs: np.ndarray, labels: np.ndarray,
                 num_classes: int) -> np.ndarray:
    """float32 [V] per-instance correctness of reusing a source head across label spaces: its softmax mapped to
    target classes through the empirical P(target class | source class) of the target probe (LEEP's expected
    empirical predictor)."""
    joint = np.zeros((num_classes, fit_probs.shape[1]))
    np.add.at(joint, fit_labels, fit_probs)
    conditional = joint / np.maximum(joint.sum(axis=0, keepdims=True), 1e-12)
    return (np.argmax(probs @ conditional.T, axis=1) == labels).astype(np.float32)


def _eep_accuracy(fit_probs: np.ndarray, fit_labels: np.ndarray, probs: np.ndarray, labels: np.ndarray,
                  num_classes: int) -> float:
    """Accuracy of :func:`_eep_correct`'s predictor."""
    return float(np.mean(_eep_correct(fit_probs, fit_labels, probs, labels, num_classes)))
