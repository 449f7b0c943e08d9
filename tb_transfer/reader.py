"""Reading tb_transfer records back: the only code that reads them, always through a TensorBoard data provider.

:class:`TransferReader` wraps a ``tensorboard.data.provider.DataProvider`` (the plugin's ``context.data_provider``,
so both TensorBoard loaders work). It lists the runs that have tb_transfer data and reads one run and one tag per
provider call. A run whose records do not follow the contract (unreadable content, a newer schema, a tag that does
not match its content) is reported with an error message; its readable records and the other runs keep working.

:func:`load` is the notebook API: ``tb_transfer.load(logdir) -> {run: Run}`` with every record of every step.
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import threading
from typing import Any, Iterable

from tensorboard import errors as tb_errors
from tensorboard.data import provider as tb_provider

import numpy as np

from tb_transfer import contract
from tb_transfer.projections import LRU

DOWNSAMPLE_ALL = 2**31 - 1
_LISTING = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="tb_transfer-listing")
SERIES_KEPT = 4096  # series whose data points a reader keeps across requests (their values stay in the provider)


class DataError(contract.FormatError):
    """A record that exists but cannot be read: corrupt payload, wrong shape, or a failing data provider."""


def resumed(data: list) -> list:
    """The data points of one series (in the provider's order: event files by name, i.e. by start time) that a
    resumed run stands by, sorted by step, one per step. A step at or below one already read drops every point read
    from that step on: they were written after the checkpoint the run resumed from, by the process that was then
    lost, and the resumed run writes (or will write) those steps again, with its own values.

    This is the Rust data server's rule (its reservoirs preempt such points, for the preemption of nondeterministic
    training jobs); TensorBoard's Python loader purges only at a ``SessionLog.START`` event (``purge_step``),
    which fits one step axis, while tb_transfer counts epochs and train steps (``weight_steps``) on two. Applying it
    here makes both loaders serve the same points.
    """
    kept: list = []
    for datum in data:
        while kept and int(kept[-1].step) >= int(datum.step):
            kept.pop()
        kept.append(datum)
    return kept


def keep_ends(data: list, cap: int) -> list:
    """At most ``cap`` of ``data`` (data points sorted by step), evenly spread over it, always with the first (step
    0, the pretrained model every comparison is anchored on) and the last (the latest step)."""
    if cap >= len(data):
        return list(data)
    if cap <= 1:
        return list(data[-1:])
    picks = np.unique(np.round(np.linspace(0, len(data) - 1, cap)).astype(np.int64))
    return [data[i] for i in picks]


def downsample_for(hint: Any) -> int:
    """Read-time downsampling for a sampling hint: the hint if positive, else everything stored (never 0)."""
    try:
        hint = int(hint)
    except (TypeError, ValueError):
        return DOWNSAMPLE_ALL
    return hint if hint > 0 else DOWNSAMPLE_ALL


@dataclasses.dataclass(frozen=True)
class Series:
    """One tb_transfer time series of a run: a tag with its parsed content."""

    run: str
    tag: str
    kind: str
    layer: str | None
    encoding: str  # "tensor" | "json" | "npz" | "png"
    axes: dict[str, list[str]]
    max_step: int | None = None          # as listed: with max_wall_time, tells whether the series changed
    max_wall_time: float | None = None
    plugin: str = contract.PLUGIN_NAME  # the plugin name it is stored under (heavy blobs: HEAVY_PLUGIN_NAME)

    @property
    def is_blob(self) -> bool:
        return self.encoding in ("npz", "png")


@dataclasses.dataclass
class RunIndex:
    """The tb_transfer series of one run, by ``(kind, layer)``, and the problems found while indexing it."""

    name: str
    series: dict[tuple[str, str | None], Series] = dataclasses.field(default_factory=dict)
    problems: list[str] = dataclasses.field(default_factory=list)

    @property
    def error(self) -> str | None:
        """A message naming what could not be read, or None."""
        if not self.problems:
            return None
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        return f"run {self.name!r}: {shown}{more}"

    def get(self, kind: str, layer: str | None = None) -> Series | None:
        return self.series.get((kind, layer))

    def layers(self, kind: str) -> list[str]:
        """The layers that have ``kind`` records, sorted."""
        return sorted(layer for (k, layer) in self.series if k == kind and layer is not None)


class TransferReader:
    """Reads tb_transfer records through ``data_provider``.

    Parameters
    ----------
    data_provider : a TensorBoard ``DataProvider``.
    sampling_hint : steps read per series: the hint if positive, else all. Everything stored is requested from the
        provider and :func:`keep_ends` picks the steps, so step 0 and the latest step are always among them (the
        provider's own downsampling may drop step 0).
    """

    def __init__(self, data_provider, sampling_hint: Any = 0):
        self.provider = data_provider
        self.downsample = downsample_for(sampling_hint)
        self._lock = threading.Lock()
        self._kept = LRU(SERIES_KEPT)  # (experiment, run, plugin, tag) -> ((max_step, max_wall_time), data points)

    def kept(self, experiment_id: str, series: Series) -> list | None:
        """The data points of ``series`` read by an earlier request, if its listing shows it unchanged since (same
        last step and wall time; a series listed without them is never reused)."""
        fingerprint = (series.max_step, series.max_wall_time)
        if None in fingerprint:
            return None
        with self._lock:
            hit = self._kept.get((experiment_id, series.run, series.plugin, series.tag))
        return hit[1] if hit is not None and hit[0] == fingerprint else None

    def keep(self, experiment_id: str, series: Series, data: list) -> None:
        if None not in (series.max_step, series.max_wall_time):
            with self._lock:
                self._kept.put((experiment_id, series.run, series.plugin, series.tag),
                               ((series.max_step, series.max_wall_time), data))

    def session(self, ctx=None, experiment_id: str = "") -> "ReadSession":
        """A reader for one request (``ctx`` from ``plugin_util.context``; listing results are kept for its life)."""
        if ctx is None:
            from tensorboard import context as tb_context

            ctx = tb_context.RequestContext()
        return ReadSession(self, ctx, experiment_id or "")


class ReadSession:
    """Reads for one request: a fixed context and experiment id, and the run listing cached for the request."""

    def __init__(self, reader: TransferReader, ctx, experiment_id: str):
        self._reader = reader
        self._provider = reader.provider
        self._ctx = ctx
        self._eid = experiment_id
        self._index: dict[str, RunIndex] | None = None
        self._run_index: dict[Any, RunIndex | None] = {}
        self._data: dict[tuple[str, str], list] = {}  # series read in this session, by (run, tag), sorted by step

    @property
    def experiment_id(self) -> str:
        return self._eid

    # -- listing -------------------------------------------------------------------------------------------------

    def _call(self, what: str, fn, **kwargs):
        """Call the provider; its own public errors pass through, anything else becomes a :class:`DataError`."""
        try:
            return fn(self._ctx, experiment_id=self._eid, **kwargs)
        except tb_errors.PublicError:
            raise
        except Exception as exc:  # e.g. gRPC errors of the Rust data server
            raise DataError(f"{what} failed in the data provider: {type(exc).__name__}: {exc}") from exc

    def _list(self, run_tag_filter=None) -> dict[str, RunIndex]:
        calls = [("listing tensors", self._provider.list_tensors, contract.PLUGIN_NAME),
                 ("listing blob sequences", self._provider.list_blob_sequences, contract.PLUGIN_NAME),
                 ("listing blob sequences", self._provider.list_blob_sequences, contract.HEAVY_PLUGIN_NAME),
                 ("listing tensors", self._provider.list_tensors, contract.HEAVY_PLUGIN_NAME)]  # misfiled ones
        # Concurrently: each is a round trip to the Rust data server, which answers them in parallel.
        futures = [_LISTING.submit(self._call, what, fn, plugin_name=plugin, run_tag_filter=run_tag_filter)
                   for what, fn, plugin in calls]
        tensors, blobs, heavy_blobs, heavy_tensors = (f.result() or {} for f in futures)
        out: dict[str, RunIndex] = {}
        for listing, is_blob, plugin in ((tensors, False, contract.PLUGIN_NAME), (blobs, True, contract.PLUGIN_NAME),
                                         (heavy_blobs, True, contract.HEAVY_PLUGIN_NAME),
                                         (heavy_tensors, False, contract.HEAVY_PLUGIN_NAME)):
            for run, tags in listing.items():
                index = out.setdefault(run, RunIndex(run))
                for tag, ts in sorted(tags.items()):
                    _add_series(index, run, tag, ts, is_blob, plugin)
        return out

    def runs(self) -> dict[str, RunIndex]:
        """Every run with tb_transfer data, by name (sorted)."""
        if self._index is None:
            listed = self._list()
            self._index = {name: listed[name] for name in sorted(listed)}
        return self._index

    def run(self, name: str, kinds: Iterable[str] | None = None) -> RunIndex | None:
        """The index of one run, or None if it has no tb_transfer data.

        ``kinds``: only the run-level tensor kinds a route reads: one listing filtered by their tags instead of
        every series of the run (its problems then only those of these tags). A run that has tb_transfer data but
        none of these kinds gets its full index.
        """
        if self._index is not None:
            return self._index.get(name)
        key = name if kinds is None else (name, tuple(kinds))
        if key not in self._run_index:
            if kinds is None:
                self._run_index[key] = self._list(tb_provider.RunTagFilter(runs=[name])).get(name)
            else:
                rtf = tb_provider.RunTagFilter(runs=[name], tags=[contract.tag(kind) for kind in key[1]])
                listed = self._call("listing tensors", self._provider.list_tensors, plugin_name=contract.PLUGIN_NAME,
                                    run_tag_filter=rtf) or {}
                if listed.get(name):
                    index = RunIndex(name)
                    for tag, ts in sorted(listed[name].items()):
                        _add_series(index, name, tag, ts, False)
                    self._run_index[key] = index
                else:
                    self._run_index[key] = self.run(name)
        return self._run_index[key]

    # -- reading -------------------------------------------------------------------------------------------------

    def _series(self, run: str | RunIndex, kind: str, layer: str | None) -> Series | None:
        index = self.run(run) if isinstance(run, str) else run
        return None if index is None else index.get(kind, layer)

    def prefetch(self, runs: Iterable[RunIndex], kinds: Iterable[str]) -> None:
        """Read the run-level tensor series ``kinds`` of ``runs`` in one provider call (one gRPC round trip on the
        Rust data server instead of one per run and kind); later reads of them in this session use it."""
        wanted = []
        for index in runs:
            for kind in kinds:
                series = index.get(kind)
                if series is None or series.is_blob or (series.run, series.tag) in self._data:
                    continue
                kept = self._reader.kept(self._eid, series)
                if kept is not None:
                    self._data[(series.run, series.tag)] = kept
                else:
                    wanted.append(series)
        if not wanted:
            return
        result = self._call(
            "reading run-level records", self._provider.read_tensors, plugin_name=contract.PLUGIN_NAME,
            downsample=DOWNSAMPLE_ALL,
            run_tag_filter=tb_provider.RunTagFilter(runs=sorted({s.run for s in wanted}),
                                                    tags=sorted({s.tag for s in wanted})),
        ) or {}
        for series in wanted:
            self._remember(series, result.get(series.run, {}).get(series.tag, []))

    def _remember(self, series: Series, data: list) -> list:
        data = resumed(data)
        self._data[(series.run, series.tag)] = data
        self._reader.keep(self._eid, series, data)
        return data

    def _read_data(self, series: Series) -> list:
        """Every stored data point of ``series`` (read once per request, and reused by later requests while the
        listing shows it unchanged), then at most the reader's sampling hint of them (:func:`keep_ends`)."""
        data = self._data.get((series.run, series.tag))
        if data is None:
            data = self._reader.kept(self._eid, series)
            if data is not None:
                self._data[(series.run, series.tag)] = data
        if data is None:
            fn = self._provider.read_blob_sequences if series.is_blob else self._provider.read_tensors
            result = self._call(
                f"reading {series.tag!r} of run {series.run!r}", fn, plugin_name=series.plugin,
                downsample=DOWNSAMPLE_ALL,
                run_tag_filter=tb_provider.RunTagFilter(runs=[series.run], tags=[series.tag]),
            ) or {}
            data = self._remember(series, result.get(series.run, {}).get(series.tag, []))
        return keep_ends(data, self._reader.downsample)

    def tensors(self, run: str | RunIndex, kind: str, layer: str | None = None) -> dict[int, Any]:
        """``{step: value}`` sorted by step, for a ``tensor`` kind (ndarray) or a ``json`` kind (decoded object).

        Empty if the run has no such series. A step written twice keeps its last value, and the steps after it that
        were written before it go (a resumed run, see :func:`resumed`). Raises :class:`DataError` for a json value
        that does not decode.
        """
        series = self._series(run, kind, layer)
        if series is None:
            return {}
        if series.is_blob:
            raise ValueError(f"{kind!r} is a blob kind; use blob_index() and read_blob()")
        out: dict[int, Any] = {}
        for datum in self._read_data(series):
            value = datum.numpy
            if series.encoding == "json":
                try:
                    value = contract.decode_json(value)
                except contract.FormatError as exc:
                    raise DataError(f"{series.tag!r} of run {series.run!r} at step {datum.step}: {exc}") from exc
            out[int(datum.step)] = value
        return dict(sorted(out.items()))

    def blob_index(self, run: str | RunIndex, kind: str, layer: str | None = None) -> dict[int, tuple[str, float]]:
        """``{step: (blob key, wall time)}`` sorted by step, for an ``npz`` or ``png`` kind (empty if absent)."""
        series = self._series(run, kind, layer)
        if series is None:
            return {}
        if not series.is_blob:
            raise ValueError(f"{kind!r} is not a blob kind; use tensors()")
        out: dict[int, tuple[str, float]] = {}
        for datum in self._read_data(series):
            if len(datum.values) != 1:
                raise DataError(f"{series.tag!r} of run {series.run!r} at step {datum.step}: expected one blob, "
                                f"got {len(datum.values)}")
            out[int(datum.step)] = (datum.values[0].blob_key, float(datum.wall_time))
        return dict(sorted(out.items()))

    def read_blob(self, blob_key: str, encoding: str, what: str = "blob") -> Any:
        """Read and decode one blob: ``npz`` → ``{name: ndarray}``, ``png`` → bytes."""
        try:
            raw = self._provider.read_blob(self._ctx, blob_key=blob_key)
        except tb_errors.PublicError:
            raise
        except Exception as exc:
            raise DataError(f"reading {what} failed in the data provider: {type(exc).__name__}: {exc}") from exc
        if encoding == "npz":
            try:
                return contract.decode_npz(raw)
            except contract.FormatError as exc:
                raise DataError(f"{what}: {exc}") from exc
        return bytes(raw)

    def info(self, run: str | RunIndex) -> dict | None:
        """The latest ``run_info`` of a run, or None."""
        records = self.tensors(run, "run_info")
        if not records:
            return None
        value = records[max(records)]
        if not isinstance(value, dict):
            raise DataError(f"run_info of run {run if isinstance(run, str) else run.name!r} is not a JSON object")
        return value


def _add_series(index: RunIndex, run: str, tag: str, ts, is_blob: bool, plugin: str = contract.PLUGIN_NAME) -> None:
    """Parse one listed time series into ``index`` or record why it is unreadable."""
    content = _content(bytes(ts.plugin_content or b""))
    if isinstance(content, str):
        index.problems.append(f"tag {tag!r}: {content}")
        return
    kind, layer, encoding, axes = content
    spec = contract.KINDS[kind]
    if spec.per_layer != (layer is not None):
        index.problems.append(f"tag {tag!r}: kind {kind!r} {'needs' if spec.per_layer else 'takes no'} layer")
        return
    if tag != contract.tag(kind, layer):
        index.problems.append(f"tag {tag!r} does not match its content (kind {kind!r}, layer {layer or ''!r})")
        return
    if encoding and encoding != spec.encoding:
        index.problems.append(f"tag {tag!r}: encoding {encoding!r}, expected {spec.encoding!r}")
        return
    if is_blob != (spec.encoding in ("npz", "png")):
        index.problems.append(f"tag {tag!r}: stored as a {'blob sequence' if is_blob else 'tensor'}, expected "
                              f"{'a blob sequence' if not is_blob else 'a tensor'}")
        return
    index.series[(kind, layer)] = Series(
        run=run, tag=tag, kind=kind, layer=layer, encoding=spec.encoding,
        axes={axis: list(names) for axis, names in axes.items()}, max_step=getattr(ts, "max_step", None),
        max_wall_time=getattr(ts, "max_wall_time", None), plugin=plugin)


@functools.lru_cache(maxsize=4096)
def _content(raw: bytes) -> tuple[str, str | None, str, dict[str, list[str]]] | str:
    """``(kind, layer or None, encoding, axes)`` of a series' plugin content, or why it cannot be read. Every step of
    a series, and every copy of a run, has the same content: listing a logdir parses each distinct one once."""
    try:
        msg = contract.parse_content(raw)
    except contract.FormatError as exc:
        return str(exc)
    return msg.kind, msg.layer or None, msg.encoding, contract.axes_of(msg)


# -- notebook API ----------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Run:
    """Everything tb_transfer recorded for one run.

    Attributes
    ----------
    name : run name (path relative to the log directory; ``.`` for the log directory itself).
    info : the latest ``run_info`` dict, or None.
    records : ``{kind: {step: value}}`` for run-level kinds; tensors are ndarrays, json kinds decoded objects,
        ``thumbnails`` PNG bytes.
    layers : ``{kind: {layer: {step: value}}}`` for per-layer kinds; npz kinds are ``{array name: ndarray}``.
    axes : ``{kind: {axis: labels}}`` as written (per-layer kinds: the labels of the first layer that has them).
    error : a message when some records could not be read, else None.
    """

    name: str
    info: dict | None = None
    records: dict[str, dict[int, Any]] = dataclasses.field(default_factory=dict)
    layers: dict[str, dict[str, dict[int, Any]]] = dataclasses.field(default_factory=dict)
    axes: dict[str, dict[str, list[str]]] = dataclasses.field(default_factory=dict)
    error: str | None = None

    @property
    def steps(self) -> list[int]:
        """Steps of the ``performance`` record."""
        return sorted(self.records.get("performance", {}))


def read_run(session: ReadSession, index: RunIndex) -> Run:
    """Read every record of one run (all steps, blobs decoded)."""
    run = Run(index.name)
    problems = list(index.problems)
    for (kind, layer), series in sorted(index.series.items(), key=lambda item: (item[0][0], item[0][1] or "")):
        try:
            if series.is_blob:
                values = {step: session.read_blob(key, series.encoding, f"{series.tag!r} at step {step}")
                          for step, (key, _) in session.blob_index(index, kind, layer).items()}
            else:
                values = session.tensors(index, kind, layer)
        except contract.FormatError as exc:
            problems.append(str(exc))
            continue
        if layer is None:
            run.records[kind] = values
        else:
            run.layers.setdefault(kind, {})[layer] = values
        if series.axes and kind not in run.axes:
            run.axes[kind] = series.axes
    infos = run.records.get("run_info", {})
    if infos:
        run.info = infos[max(infos)]
    if problems:
        run.error = RunIndex(index.name, problems=problems).error
    return run


def load(logdir: str, runs: Iterable[str] | None = None) -> dict[str, Run]:
    """Read every tb_transfer record under ``logdir``: ``{run name: Run}``, sorted by run name.

    All steps are kept (no sampling). ``runs`` restricts to those run names. Runs whose records cannot be read are
    returned with ``error`` set and whatever could be read.
    """
    import os

    from tensorboard.backend.event_processing import data_provider as mux_data_provider
    from tensorboard.backend.event_processing import plugin_event_multiplexer, tag_types

    logdir = os.path.expanduser(str(logdir))
    if not os.path.isdir(logdir):
        raise FileNotFoundError(f"no such log directory: {logdir}")
    keep_all = {kind: 0 for kind in (tag_types.TENSORS,)}
    mux = plugin_event_multiplexer.EventMultiplexer(
        size_guidance=keep_all, tensor_size_guidance={contract.PLUGIN_NAME: 0, contract.HEAVY_PLUGIN_NAME: 0}, max_reload_threads=1)
    mux.AddRunsFromDirectory(logdir)
    mux.Reload()
    provider = mux_data_provider.MultiplexerDataProvider(mux, logdir)
    session = TransferReader(provider, 0).session()
    wanted = None if runs is None else set(runs)
    return {name: read_run(session, index) for name, index in session.runs().items()
            if wanted is None or name in wanted}
