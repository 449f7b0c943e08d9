"""``TransferCallback``: the one call in a PyTorch training loop that feeds the Transfer tab.

The callback captures and orchestrates: probe passes with hooks (:mod:`tb_transfer.capture`), the fixed probe sets
(:mod:`tb_transfer.probe`), the pretrained snapshot, RNG and failure isolation. The records of a step are assembled
from NumPy arrays by :mod:`tb_transfer.records`, the math lives in :mod:`tb_transfer.measures`; what is written is the
contract of :mod:`tb_transfer.contract` (see ``docs/format.md``).
"""
from __future__ import annotations

import atexit
import contextlib
import copy
import os
import queue
import random
import threading
import time
import warnings
import weakref
from typing import Any, Iterator, Sequence

import numpy as np
import torch
from torch import nn

from tb_transfer import capture, contract, measures, records
from tb_transfer import probe as probes
from tb_transfer.summary import RecordWriter


def _rank() -> int:
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_rank()
    try:
        return int(os.environ.get("RANK", "0") or 0)
    except ValueError:
        return 0


def _existing_run(log_dir: str | None) -> str | None:
    """``log_dir`` (quoted) when its event files already hold a tb_transfer run (a ``run_info`` record), else None."""
    if not log_dir or not os.path.isdir(log_dir):
        return None
    from tensorboard.backend.event_processing.event_file_loader import EventFileLoader

    wanted = contract.tag("run_info")
    for name in sorted(os.listdir(log_dir)):
        if "tfevents" not in name:
            continue
        try:
            for event in EventFileLoader(os.path.join(log_dir, name)).Load():
                if any(v.tag == wanted for v in event.summary.value):
                    return repr(log_dir)
        except Exception:  # unreadable file: not ours to judge here
            continue
    return None


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
        transforms of the datasets do not leak into the comparisons. Pass data without random augmentation: with
        it, the probe images are one random draw of the augmentation (kept fixed; the same draw at every restart,
        as each instance is read under an RNG seeded from ``seed`` and that instance), not the clean images; the
        callback tells by reading a few instances twice more, warns once and records it in ``run_info``
        (``probe.random``). Held-out data is best for ``source``.
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
        Module paths of the layers to follow: ``nn.Conv1d/2d/3d``, ``nn.Linear``, or any module with parameters whose
        output is a tensor [N, *, K] (or a tuple led by one), such as a transformer block or an attention module.
        Default: every Conv2d and Linear layer, except that each transformer block (a module with an attention
        module among its children, see :func:`tb_transfer.capture.transformer_blocks`) is followed as one layer,
        its output (the residual stream), instead of the layers inside it. For CNNs: every Conv2d and Linear.
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
    token_pooling : {"mean", "cls"}
        How a token sequence [N, T, D] output by a non-conv layer (a transformer block, a Linear inside one) becomes
        one D-vector per instance: ``"mean"`` over the T tokens (default), or ``"cls"``, the class token (token 0;
        for models that prepend one, as ViT does). Conv outputs are always averaged over space. Importance sums over
        every token either way.
    background : bool
        Compute the measures of a step in a worker thread while training continues (default True). The probe pass
        runs in the call, as in synchronous mode, and the records are the same; the worker takes one step at a time
        (a call waits while an earlier step is still being measured), a failure inside it is recorded at its step
        (even a ``BaseException``: the worker lives on; a worker that is gone is replaced), and :meth:`flush` /
        :meth:`close` wait for every step to be written. ``False``: each call returns once its step is written.

    Notes
    -----
    * The model's weights, ``.grad``, train/eval mode (per module) and the global RNG states (torch, CUDA, numpy,
      ``random``) are left exactly as found: training with and without the callback gives identical weights.
    * Steps only grow: ``on_epoch_end(epoch)`` writes step ``epoch + 1``; a step at or below the last one written
      raises ``ValueError``. :meth:`state_dict` / :meth:`load_state_dict` carry the pretrained snapshot, the last
      step and the probe selection across a restart, so a resumed run neither repeats steps nor rewrites step 0.
      Steps written after the checkpoint by a process that was then lost are written again by the resumed run; the
      reader serves the resumed run's values and drops the lost process's later steps (``docs/format.md``, "A
      resumed run"), on both TensorBoard loaders.
    * A measure that fails is written as NaN and listed in that step's ``failures`` record, with one warning per
      measure and layer for the whole run; training goes on. A step whose write fails (a full disk) is lost and
      listed with the next step written, except step 0 (run_info, without which the run cannot be read): its records
      are kept and written first at the next write, or at :meth:`close`.
    * Under ``torchrun`` / DDP only rank 0 computes and writes; on other ranks every method does nothing and
      returns at once (no collective call: the other ranks go on training while rank 0 probes).
    * Probe passes run in float32 with autocast disabled and outside ``torch.inference_mode`` (whatever the calling
      context: a Lightning validation hook, a bf16 autocast region), so the numbers are those of an fp32
      evaluation of the same weights, and gradients for importance are available.
    * Memory: the probe images (``2 * probe_size`` images on the CPU), a frozen copy of the model on its device, and
      the pretrained model's CKA Gram matrices on the target probe (``probe_size``² float32 per followed layer: 1 MB
      per layer at 500, none above 1,024, see ``layer_cka`` in ``docs/format.md``);
      in background mode also, per step not yet written, a CPU copy of the followed layers' weights and the pass.
    """

    def __init__(self, model: nn.Module, source: Any = None, target: Any = None,
                 class_names: Sequence[str] | None = None, *, log_dir: str | os.PathLike | None = None,
                 writer: Any = None, target_val: Any = None, source_head: nn.Module | None = None,
                 source_class_names: Sequence[str] | None = None, layers: Sequence[str] | None = None,
                 probe_size: int = 500, seed: int = 0, domain_names: Sequence[str] = ("source", "target"),
                 batch_size: int = 100, thumbnail_size: int = 32, every_n_steps: int | None = None,
                 token_pooling: str = "mean", background: bool = True):
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
        if token_pooling not in capture.TOKEN_POOLING:
            raise ValueError(f"token_pooling must be one of {capture.TOKEN_POOLING}, got {token_pooling!r}")
        self.token_pooling = token_pooling
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
        self._first_pending = True        # step 0 (run_info, the pretrained model) still to be written
        self._resumed = False             # load_state_dict was called
        self._ref_complete = True         # False while the reference's target_val / baseline failed to compute
        self._last_weight_step: int | None = None
        self._train_calls = 0
        self._guard = records.Isolation()
        self._ref: records.Reference | None = None
        self._writer: RecordWriter | None = None
        self.last_call: dict[str, float] = {}
        self.background = bool(background)
        self._jobs: queue.Queue | None = None
        self._worker: threading.Thread | None = None
        self._deferred: list[str] = []  # warnings of the worker, given in the training thread at the next call
        self._write_lock = threading.Lock()  # one writer call at a time (training thread and worker)
        self._carried: list[dict] = []  # failures of steps whose write failed: listed in the next step written
        self._held: list[records.Record] | None = None  # step 0's records whose write failed: retried at the next write
        if not self._active:
            return

        candidates = capture.trackable(self._model)
        blocks = capture.transformer_blocks(self._model)
        if layers is not None:
            named = dict(self._model.named_modules())
            layers = list(dict.fromkeys(capture.unwrapped_name(n, named) for n in layers))
            unknown = [name for name in layers if not name or name not in named]
            if unknown or not layers:
                raise ValueError(f"unknown layers {unknown}: layers must name modules of the model (Conv, Linear, "
                                 f"transformer blocks); valid names: {list(blocks) + list(candidates)}")
            bare = [name for name in layers if not any(True for _ in named[name].parameters())]
            if bare:
                raise ValueError(f"layers {bare} have no parameters: there are no weights to relate to the "
                                 "pretrained ones (name the module that holds them)")
            candidates.update({name: named[name] for name in layers})
        else:
            candidates.update(blocks)
        with self._isolated():
            self._load_probes()
            order, linear_inputs, self._widths = self._check_forward(candidates)
        names = [n for n in order if n in candidates] + [n for n in candidates if n not in order]
        if layers is None:
            in_block = tuple(b + "." for b in blocks)
            layers = [n for n in names if n in order and n in self._widths and (
                n in blocks or (isinstance(candidates[n], (nn.Conv2d, nn.Linear)) and not n.startswith(in_block)))]
        else:
            missing = [n for n in layers if n not in order]
            if missing:
                raise ValueError(f"layers {missing} did not run in the model's forward pass on the probe images")
            shapeless = [n for n in layers if n not in self._widths]
            if shapeless:
                raise ValueError(f"layers {shapeless} do not output a tensor [N, *, K] (or a tuple led by one)")
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
            with torch.inference_mode(False):  # a copy made under inference mode would be unusable by autograd
                self._frozen = copy.deepcopy(self._model)
        except Exception as exc:
            raise TypeError(f"cannot keep a copy of the pretrained model (copy.deepcopy failed: {exc})") from exc
        self._frozen.eval()
        for p in self._frozen.parameters():
            p.requires_grad_(False)
        self._snapshot()
        with self._isolated():
            self._info_graph(order)
        self._existing = _existing_run(os.fspath(log_dir) if log_dir is not None else getattr(writer, "log_dir", None))
        try:
            self._writer = RecordWriter(log_dir=None if writer is not None else os.fspath(log_dir),
                                        summary_writer=writer)
        except OSError as exc:
            raise OSError(f"tb_transfer: cannot write to log_dir {os.fspath(log_dir)!r}: {exc}") from exc

    # ----------------------------------------------------------------------------------------------- construction
    def _load_probes(self, saved: dict | None = None) -> None:
        """Select (or, with ``saved`` indices, reload) and load the probe sets. Each instance is read under RNGs
        seeded from ``seed`` and that instance only (:func:`probe.select`), so random transforms of the user's
        pipeline give the same probe images at every restart; call it inside :meth:`_isolated`, which leaves the
        user's RNGs as they were. A fresh selection also checks whether the pipeline is random and warns if so."""
        rng = np.random.default_rng(self.seed)
        src, tgt = (probes.select(data, self.probe_size, rng, what, indices=None if saved is None else saved[what],
                                  seed=self.seed, stream=stream, check=saved is None)
                    for stream, (what, data) in enumerate((("source", self._source_data),
                                                           ("target", self._target_data))))
        self._set_probes(src, tgt)
        if saved is None:
            self._random = {"source": src.random, "target": tgt.random}
            which = [what for what, r in self._random.items() if r]
            if which:
                warnings.warn(
                    f"tb_transfer: {' and '.join(which)} appl{'y' if len(which) > 1 else 'ies'} random transforms "
                    "(reading the same instances twice gave other images, e.g. a training DataLoader with "
                    "augmentation): the probe images are one random draw of them, kept fixed at every step, so every "
                    "measure is taken on that one augmentation, not on the clean images. Pass a dataset without "
                    "augmentation (the same images with only the tensor conversion and normalisation) to measure on "
                    "clean images", UserWarning, stacklevel=3)

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
        self._index = np.concatenate([src.index, tgt.index]).astype(np.int64)
        self._probe = records.Probe(domain=np.repeat([0, 1], [self._ns, self._nt]).astype(np.int32),
                                    labels=np.concatenate([src.labels, tgt.labels]).astype(np.int64),
                                    num_classes=self._num_classes, match=self._match)
        self._domain, self._labels = self._probe.domain, self._probe.labels
        self._src, self._tgt, self._class_rows = self._probe.src, self._probe.tgt, self._probe.class_rows

    def _check_forward(self, candidates: dict[str, nn.Module]
                       ) -> tuple[list[str], dict[str, torch.Tensor], dict[str, int]]:
        modules = dict(candidates)
        modules.update(capture.batchnorms(self._model))
        order: list[str] = []
        widths: dict[str, int] = {}
        inputs: dict[str, torch.Tensor] = {}
        for what, rows in (("source", self._src[:2]), ("target", self._tgt[:2])):
            x = self._images[rows]
            try:
                order, out, inputs, widths = capture.execution_order(self._model, x, modules)
            except Exception as exc:
                hint = "" if x.is_floating_point() else (
                    f" (the pipeline yields {x.dtype} inputs, handed to the model as they are: convert them in the "
                    "dataset's transform or the DataLoader's collate_fn, as training does)")
                raise ValueError(f"the model cannot run on the {what} probe images of shape "
                                 f"{tuple(x.shape[1:])}: {type(exc).__name__}: {exc}{hint}") from exc
            if out.dim() != 2 or out.shape[1] != self._num_classes:
                raise ValueError(f"the model's output has shape {tuple(out.shape)} on the {what} probe images, "
                                 f"expected [batch, {self._num_classes}] logits over class_names")
        return order, inputs, widths

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
        self._w0 = {n: capture.layer_weights(frozen[n], copy=True, width=self._widths[n]) for n in self.layers}
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
        inputs, self._conv_source, notes = self._connections(graph)
        if graph is not None:
            feeding = graph[1]
        else:  # untraceable model: the BatchNorm after a tracked layer in execution order, if the channels agree
            feeding = {}
            for bn in self._bn_names:
                before = [n for n in order[:order.index(bn)] if n in self._live] if bn in order else []
                feeding[bn] = before[-1] if before else None
        for bn in self._bn_names:  # a BatchNorm belongs to a layer only if the channels agree
            layer = feeding.get(bn)
            if layer is not None and self._widths[layer] != self._live_bn[bn].num_features:
                feeding[bn] = None
        self._inputs = inputs
        self._info = {
            "version": contract.SCHEMA_VERSION,
            "model": type(self._model).__name__,
            "class_names": self.class_names,
            "domain_names": {"source": self.domain_names[0], "target": self.domain_names[1]},
            "layers": [{"name": n, "type": type(self._live[n]).__name__,
                        "out_channels": self._widths[n], "inputs": list(inputs.get(n, [])),
                        "conn_source": self._conv_source.get(n), "conn_note": notes.get(n, ""),
                        "embedding_dim": min(self._widths[n], records.EMBEDDING_DIM)}
                       for n in self.layers],
            "bn_layers": [{"name": b, "channels": self._live_bn[b].num_features, "layer": feeding.get(b)}
                          for b in self._bn_names],
            "probe": {"source": self._ns, "target": self._nt, "seed": self.seed, "random": dict(self._random)},
            "has_target_val": self._target_val is not None,
            "has_source_head": self._head is not None,
            "label_spaces_match": self._match,
            "thumbnails": {"size": self.thumbnail_size, "columns": 0, "count": self._ns + self._nt},
            "step_unit": "epoch",
            "token_pooling": self.token_pooling,
        }
        if not self._match:
            self._info["source_class_names"] = self.source_class_names

    def _connections(self, graph) -> tuple[dict[str, list[str]], dict[str, str], dict[str, str]]:
        """From the model's channel data flow (:func:`capture.channel_sources`): the followed layers feeding each
        followed layer, the layer whose channel connections each Conv2d's (or Linear's) structure records show (the
        nearest feeding layer of the same kind, whose channels one weight matrix connects to this one's), and, for a
        layer without one, why. Nothing is guessed: what cannot be traced has no connection and a note."""
        self._conn_map: dict[str, tuple[np.ndarray, int, int]] = {}
        try:
            flow = capture.channel_sources(self._model, self._images[:1], self._live)
        except capture.UntraceableError as exc:
            reason = str(exc)
            inputs = graph[0] if graph is not None else {n: [] for n in self.layers}
            return inputs, {}, {n: reason for n in self.layers}
        inputs = {n: [s for s in self.layers if s in flow[n]] for n in self.layers}
        sources, notes = {}, {}
        for n in self.layers:
            kind = type(self._live[n])
            if kind not in (nn.Conv2d, nn.Linear):
                notes[n] = (f"a {kind.__name__} has no single weight matrix between its input and output channels: "
                            "no channel connections")
                continue
            convs = [s for s in inputs[n] if type(self._live[s]) is kind]
            if not convs:
                notes[n] = f"no {kind.__name__} layer among the followed layers feeds it"
                continue
            src = convs[-1]  # the nearest (latest run) feeding layer of the same kind
            codes = flow[n][src]
            used = codes[codes >= 0].astype(np.int64)
            if (codes == capture.MIXED).any():
                notes[n] = f"channels of {src!r} are mixed (or pass an untraced op) before they reach it"
            elif len(np.unique(used)) != len(used):
                notes[n] = f"a channel of {src!r} reaches several of its inputs"
            else:
                k_src = self._widths[src]
                sources[n], self._conn_map[n] = src, (codes, getattr(self._live[n], "groups", 1), k_src)
                others = [s for s in inputs[n] if s != src]
                notes[n] = "; ".join(filter(None, [
                    f"{k_src - len(used)} channels of {src!r} do not reach it (no connection recorded)"
                    if k_src > len(used) else "",
                    f"its inputs also come from {others}" if others else ""]))
        return inputs, sources, notes

    # ------------------------------------------------------------------------------------------------- isolation
    @contextlib.contextmanager
    def _isolated(self) -> Iterator[None]:
        """Leave every RNG of the training process as it was (torch CPU and CUDA, numpy, random), and compute in plain
        modes whatever the caller is inside (``torch.inference_mode``, autocast): see :func:`capture.plain_modes`."""
        devices = list(range(torch.cuda.device_count())) if (
            torch.cuda.is_available() and torch.cuda.is_initialized()) else []
        np_state, py_state = np.random.get_state(), random.getstate()
        with torch.random.fork_rng(devices=devices), capture.plain_modes():
            try:
                yield
            finally:
                np.random.set_state(np_state)
                random.setstate(py_state)

    def _fail(self, measure: str, layer: str | None, exc: BaseException) -> None:
        self._guard.fail(measure, layer, exc)

    @property
    def _layout(self) -> records.Layout:
        return records.Layout(
            probe=self._probe, class_names=self.class_names, layers=self.layers,
            structured=frozenset(self.layers),
            conv_source=self._conv_source, conn_map=self._conn_map, bn_names=self._bn_names,
            has_head=self._head is not None,
            has_target_val=self._target_val is not None, seed=self.seed)

    def _check_not_overwriting(self) -> None:
        """Refuse to start a second run over an existing one in the same log_dir (its step 0 would be rewritten)."""
        if self._existing and not self._resumed:
            raise ValueError(f"{self._existing} already holds a tb_transfer run whose step 0 is the model it started "
                             "from: resume it with load_state_dict(saved state) before writing, or write the new run "
                             "into a new log_dir (the existing step 0 is left as it is)")

    # ------------------------------------------------------------------------------------------------ public API
    def on_epoch_end(self, epoch: int, step: int | None = None) -> None:
        """Evaluate the model on the probe sets and write one step (``epoch + 1``, or ``step``)."""
        if not self._active:
            return
        if self._closed:
            raise RuntimeError("this TransferCallback is closed")
        step = int(epoch) + 1 if step is None else int(step)
        self._check_not_overwriting()
        if self._last_step is None and step <= 0:
            raise ValueError(f"step {step}: steps must be > 0 (step 0 is the pretrained model, written "
                             "automatically before the first step)")
        if self._last_step is not None and step <= self._last_step:
            raise ValueError(f"step {step} is not after the last step written ({self._last_step}): steps must grow "
                             "(resuming? load the callback's state_dict; or pass a larger step=)")
        t0 = time.perf_counter()
        self._relay_warnings()
        # BLAS threads are limited only where the measures run (_run): the limit is process-wide, and set here too,
        # beside the worker, the two threads would undo each other's limit (leaving numpy on one thread for good)
        with self._isolated():
            if self._last_step is None:
                self._info["step_unit"] = "epoch" if step == int(epoch) + 1 else "step"
            self._reference()
            if self._first_pending:  # step 0 not written yet (or its write failed): (again) now
                self._first_pending = False
                self._submit(0, None, None, extra=self._first_records())
            if not self._ref_complete:  # this step's transferability has no baseline to be measured against
                self._fail("transferability_score", "", RuntimeError(
                    "the pretrained model's direct-reuse accuracy could not be computed yet (see the failures of "
                    "the first step); tried again at the next step"))
            t1 = time.perf_counter()
            result = capture.probe_pass(self._model, self._live, self._live_penult, self._images, self._labels,
                                        self._class_rows, batch_size=self.batch_size, head=self._head,
                                        tokens=self.token_pooling)
            t2 = time.perf_counter()
            loss, acc, labels, _, correct = self._evaluate_val(self._model, self._live_penult)
            # copies: in background mode training changes the live weights while the step is measured
            keep = self.background
            model = records.Model(result, {n: capture.layer_weights(self._live[n], copy=keep, width=self._widths[n])
                                           for n in self.layers},
                                  {b: capture.bn_arrays(self._live_bn[b], copy=keep) for b in self._bn_names})
            self.last_call = {"pass_seconds": t2 - t1}
            self._submit(step, model, (loss, acc), (labels, correct))
        self._last_step = step
        self.last_call.update(seconds=time.perf_counter() - t0, step_seconds=time.perf_counter() - t1)

    def flush(self) -> None:
        """Wait until every step submitted so far is written (background mode; immediate otherwise)."""
        if self._jobs is not None:
            self._ensure_worker()
            self._jobs.join()
        self._relay_warnings()

    def _relay_warnings(self) -> None:
        while self._deferred:
            warnings.warn(self._deferred.pop(0), RuntimeWarning, stacklevel=3)

    def on_train_step(self, step: int) -> None:
        """Write per-layer weight drift and cosine to the pretrained weights (``weight_steps``) at optimizer step
        ``step`` (its own step axis). Cheap: no forward pass. With ``every_n_steps``, only every n-th call writes."""
        if not self._active:
            return
        if self._closed:
            raise RuntimeError("this TransferCallback is closed")
        self._check_not_overwriting()
        self._train_calls += 1
        if self.every_n_steps and self._train_calls % self.every_n_steps:
            return
        step = int(step)
        if self._last_weight_step is not None and step <= self._last_weight_step:
            raise ValueError(f"train step {step} is not after the last one written ({self._last_weight_step})")
        values = np.full((len(contract.DRIFT_FIELDS), len(self.layers)), np.nan, np.float32)
        before = len(self._guard.failures)
        for j, name in enumerate(self.layers):
            weights = capture.layer_weights(self._live[name], width=self._widths[name])
            values[:, j] = records.weight_change(name, weights, self._w0[name], self._guard)
        for failure in self._guard.failures[before:]:  # listed in the next step's failures record
            failure["error"] = f"train step {step}: {failure['error']}"[:500]
        self._write(step, [records.Record("weight_steps", values,
                                          axes={"field": contract.DRIFT_FIELDS, "layer": self.layers})],
                    self._guard, what="train step")
        self._last_weight_step = step

    def state_dict(self) -> dict:
        """What a resumed run needs: the pretrained weights, the last steps written and the probe selection."""
        if not self._active:
            return {"version": 1, "active": False}
        self.flush()  # what was written (step 0 included) is known only once the queued steps are
        return {
            "version": 1,
            "pretrained": {k: v.detach().cpu().clone() for k, v in self._frozen.state_dict().items()},
            "last_step": self._last_step,
            "last_weight_step": self._last_weight_step,
            "train_calls": self._train_calls,
            "probe": {"source": self._index[self._src].tolist(), "target": self._index[self._tgt].tolist()},
            "probe_digest": probes.digest(self._images, self._labels),
            "first_written": not self._first_pending and self._held is None,
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
        with self._isolated():
            self._load_probes(saved=state["probe"])
        if state.get("probe_digest") not in (None, probes.digest(self._images, self._labels)):
            warnings.warn("tb_transfer: the probe images loaded now differ from the saved run's (same indices; has "
                          "the data, its transforms or its order changed?): steps after this restart are computed on "
                          "other images than the steps before it", UserWarning, stacklevel=2)
        self._info["probe"].update(source=self._ns, target=self._nt)
        self._info["thumbnails"]["count"] = self._ns + self._nt
        self._frozen.load_state_dict(state["pretrained"])
        self._snapshot()
        self._last_step = state["last_step"]
        self._last_weight_step = state["last_weight_step"]
        self._train_calls = int(state.get("train_calls", 0))
        self._first_pending = not state.get("first_written", state["last_step"] is not None)
        self._resumed = True

    def close(self) -> None:
        """Wait for the steps still being measured, then flush and close our event file (a user's SummaryWriter is
        flushed, not closed)."""
        if self._closed:
            return
        self._closed = True
        if self._worker is not None:
            self._ensure_worker()
            self._jobs.put(None)
            self._worker.join()
            self._worker = None
        self._write_held()  # step 0, if it could not be written yet: a last try
        self._relay_warnings()
        if self._writer is not None:
            try:
                self._writer.close()
                if self._user_writer is not None:
                    self._user_writer.flush()
            except OSError as exc:
                self._guard.fail("write", "", OSError(f"closing the event file failed: {exc}"), key="write")

    # -------------------------------------------------------------------------------------------------- per step
    def _reference(self) -> records.Reference:
        """The frozen pretrained copy's probe pass and what derives from it, computed once and reused."""
        if self._ref is not None:
            if not self._ref_complete:  # the first computation of the baseline failed: try again
                (self._ref.val, self._ref.baseline_acc, self._ref_complete,
                 (self._ref.val_labels, self._ref.val_correct)) = self._baseline(self._ref.model.result)
            return self._ref
        result = capture.probe_pass(self._frozen, self._frozen_layers, self._frozen_penult, self._images,
                                    self._labels, self._class_rows, batch_size=self.batch_size,
                                    head=self._frozen_head, tokens=self.token_pooling)
        val, baseline, self._ref_complete, (val_labels, val_correct) = self._baseline(result)
        self._ref = records.reference(self._layout, records.Model(result, self._w0, self._bn0), self._guard,
                                      baseline=baseline, val=val)
        self._ref.val_labels, self._ref.val_correct = val_labels, val_correct
        return self._ref

    def _baseline(self, result: capture.PassResult) -> tuple[tuple[float, float], float, bool, tuple]:
        """The pretrained model's target_val (loss, accuracy), the direct-reuse accuracy, whether both could be
        computed (False after a failure, which is recorded: the caller tries again at the next step), and the
        target_val (labels, val_correct record) of step 0 for the findings' bootstrap."""
        cross = not self._match and self._frozen_head is not None  # direct reuse through the source head
        before = len(self._guard.failures)
        loss, acc, val_labels, val_head, correct = self._evaluate_val(self._frozen, self._frozen_penult,
                                                                      with_head=cross)
        if cross and val_head is None and self._target_val is not None and len(self._guard.failures) == before:
            self._fail("transferability_score", "target_val", RuntimeError(
                "the source head got no penultimate features on target_val; direct reuse is measured on the target "
                "probe instead"))
        baseline = records.direct_reuse_baseline(self._layout, result, self._guard, val=(loss, acc), val_labels=val_labels,
                                    val_head=val_head)
        pairs = val_labels, records.reference_val_correct(self._layout, result, self._guard, val_labels, correct,
                                                          val_head)
        return (loss, acc), baseline, len(self._guard.failures) == before, pairs

    def _evaluate_val(self, model: nn.Module, penult: nn.Module | None, with_head: bool = False
                      ) -> tuple[float, float, np.ndarray | None, np.ndarray | None, np.ndarray | None]:
        """(loss, accuracy, labels, source-head logits, bool [V] per-instance correctness) on target_val; NaN / None
        without it or on failure."""
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
            correct = np.argmax(logits, axis=1) == labels
            return float(np.mean(losses)), float(np.mean(correct)), labels, head_logits, correct
        except Exception as exc:  # a broken validation set must not stop training
            self._fail("performance", "target_val", exc)
            return np.nan, np.nan, None, None, None

    def _first_records(self) -> list[records.Record]:
        """The records written once, with step 0: run_info, instance_meta and the thumbnails."""
        sprite, columns = probes.sprite(self._images, self.thumbnail_size)
        self._info["thumbnails"]["columns"] = columns
        meta = np.stack([self._domain, self._labels, self._index], axis=1).astype(np.int32)
        return [records.Record("run_info", copy.deepcopy(self._info)),
                records.Record("instance_meta", meta, axes={"instance": [], "field": contract.INSTANCE_META_FIELDS}),
                records.Record("thumbnails", sprite)]

    def _step_guard(self) -> records.Isolation:
        """A failure list for one step; warnings are still given once per measure and layer for the whole run."""
        guard = records.Isolation()
        guard.warned = self._guard.warned
        return guard

    def _submit(self, step: int, model: records.Model | None, val: tuple[float, float] | None,
                val_outcome: tuple = (None, None), extra: list[records.Record] = ()) -> None:
        """Measure and write one step (``model`` None: the pretrained model, step 0), now or in the worker. The
        failures recorded in this thread since the last step (reference, target_val, train steps) go with it. The
        job gets its own copy of the layout and of the reference (whose baseline a later step may retry)."""
        guard = self._step_guard()
        guard.failures, self._guard.failures = self._guard.failures, []
        job = (step, self._layout, copy.copy(self._ref), model, val, val_outcome, list(extra), guard)
        if self.background:
            guard.deferred = self._deferred
        else:
            self._run(*job)
            return
        if self._worker is None:
            self._jobs = queue.Queue(maxsize=1)  # at most one step waits: memory stays bounded
            atexit.register(_close_at_exit, weakref.ref(self))
        self._ensure_worker()
        self._jobs.put(job)

    def _ensure_worker(self) -> None:
        """A live worker thread on the job queue: started at the first background step, and started again should
        one ever have died (its queued steps are then measured by the new one), so that no call waits forever."""
        if self._worker is not None and self._worker.is_alive():
            return
        if self._worker is not None:
            self._guard.fail("background", "", RuntimeError("the background worker thread died; a new one continues"),
                             key="background")
        measures.load_libraries()  # imports here, not in the worker (see there)
        self._worker = threading.Thread(target=_work, args=(weakref.ref(self), self._jobs),
                                        name="tb_transfer-measures", daemon=True)
        self._worker.start()

    def _run(self, step: int, layout: records.Layout, ref: records.Reference, model: records.Model | None,
             val: tuple[float, float] | None, val_outcome: tuple, extra: list[records.Record],
             guard: records.Isolation) -> None:
        """Compute every record of one step and write them as one event. Nothing raises (in the worker not even a
        ``BaseException``): a failure outside the measures' own isolation is recorded at the step, with whatever
        records were computed; a step whose write fails is lost, its failures go with the next step written, except
        step 0, which is tried again at the next write (see :meth:`_write`)."""
        out = list(extra)
        try:
            with measures.single_threaded_blas():
                out += records.step_records(layout, ref, guard, model, val, val_outcome)
        except Exception as exc:  # a bug or an unexpected input: the step keeps its failures record
            guard.fail("step_records", None, exc)
        except BaseException as exc:
            if guard.deferred is None:  # synchronous: Ctrl-C or an exit stops training as usual
                raise
            guard.fail("step_records", None, exc)  # the worker lives on, and so do the other steps
        nbytes = self._write(step, out, guard, failures=guard.failures)
        if nbytes is not None:
            self.last_call["bytes"] = float(nbytes)

    def _write(self, step: int, out: list[records.Record], guard: records.Isolation,
               failures: list[dict] | None = None, what: str = "step") -> int | None:
        """Write ``out`` (plus, given ``failures``, a ``failures`` record led by those of steps whose write failed)
        as the event of ``step``; returns bytes, or None when writing failed with an OSError (full disk, unwritable
        or vanished log_dir): that step is lost, a warning is given once, the failure is listed in the next step
        written, and the next write starts a fresh event file. Step 0 (run_info, the pretrained model) is not lost:
        its records are kept and written first at the next write, and at :meth:`close`. Earlier records are not
        touched. Training goes on. Any other error of the writer (e.g. the user's SummaryWriter closed under us) is
        warned about."""
        with self._write_lock:
            if self._held is not None:  # step 0, whose write failed: first, so that steps stay in order
                held, self._held = self._held, None
                self._emit(0, held, guard, hold=True)
            if failures is not None:
                failures = self._carried + list(failures)
                self._carried = []
                out = out + [records.Record("failures", failures)]
            return self._emit(step, out, guard, failures, what, hold=what == "step" and step == 0)

    def _write_held(self) -> None:
        """At close: a last try to write a step 0 whose writes failed."""
        with self._write_lock:
            if self._held is not None:
                held, self._held = self._held, None
                self._emit(0, held, self._guard, hold=True)

    def _emit(self, step: int, out: list[records.Record], guard: records.Isolation,
              failures: list[dict] | None = None, what: str = "step", hold: bool = False) -> int | None:
        """One write of :meth:`_write` (its lock held). ``hold``: on an OSError keep ``out`` to try again."""
        try:
            if self._writer is None:
                self._writer = RecordWriter(log_dir=os.fspath(self._log_dir))
            return self._writer.write(step, out)
        except OSError as exc:
            later = " yet (tried again at the next write)" if hold else ""
            guard.fail("write", "", OSError(f"{what} {step} was not written{later}: {exc}"), key="write")
            if hold:
                self._held = out  # with its own failures record; the write failure goes with the next step
                if failures is not None:
                    self._carried = guard.failures[-1:]
            elif failures is not None:  # listed in the next step written (a train step's: via self._guard)
                self._carried = failures + guard.failures[-1:]
            if self._log_dir is not None:  # TensorBoard's writer stays broken after an error: start a new file
                broken, self._writer = self._writer, None
                try:
                    if broken is not None:
                        broken._pending = []
                        broken.close()
                except Exception:  # the same error again; the file keeps what was written before
                    pass
            return None
        except Exception as exc:
            message = f"tb_transfer: writing {what} {step} failed ({type(exc).__name__}: {exc})"
            if guard.deferred is not None:
                guard.deferred.append(message)
            else:
                warnings.warn(message, RuntimeWarning)
            return None


def _work(owner: "weakref.ref[TransferCallback]", jobs: queue.Queue) -> None:
    """The background worker: one step at a time, in order, until the ``None`` that close() sends. It runs at a lower
    CPU priority (nice +10, where the system allows a thread its own), so that the measures take the CPU time that
    training leaves idle rather than slowing training down; close() waits for it as before."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), os.getpriority(os.PRIO_PROCESS, 0) + 10)
    except (AttributeError, OSError):  # not on this system (Windows; a sandbox refusing it): normal priority
        pass
    while True:
        job = jobs.get()
        try:
            if job is None:
                return
            cb = owner()
            if cb is not None:
                cb._run(*job)
            del cb, job
        except BaseException as exc:  # _run never raises; a last guard so that the worker never dies silently
            warnings.warn(f"tb_transfer: background worker error ({type(exc).__name__}: {exc})", RuntimeWarning)
        finally:
            jobs.task_done()


def _close_at_exit(owner: "weakref.ref[TransferCallback]") -> None:
    """At interpreter exit, write the steps still queued (a run that never called close())."""
    cb = owner()
    if cb is not None:
        cb.close()
