"""The TensorBoard plugin of tb_transfer: the "Transfer" tab's routes (docs/api.md).

Every route reads through ``context.data_provider`` (via :mod:`tb_transfer.reader`) at each request, so it works
with both TensorBoard loaders and sees data as TensorBoard reloads it. Errors are ``tensorboard.errors`` with a
message that says what was wrong (400 for malformed or missing parameters, 404 for unknown run, layer, class, step
or an unreadable record), never an opaque 500.
"""
from __future__ import annotations

import concurrent.futures
import dataclasses
import functools
import gzip
import json
import os
import re
import threading
import time
from typing import Any, Mapping, NamedTuple

import numpy as np
from tensorboard import errors, plugin_util
from tensorboard.backend import http_util
from tensorboard.plugins import base_plugin
from werkzeug import wrappers

from tb_transfer import analysis, contract, measures, records as writer_records
from tb_transfer import findings as rules
from tb_transfer.projections import FAILED, LRU, PENDING, READY, ProjectionCache
from tb_transfer.reader import DataError, RunIndex, TransferReader

STATIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
STATIC_ROUTE = "/static/"
# Hard-coded: mimetypes.guess_type can say text/plain for .js on Windows, and browsers then refuse module scripts.
MIME_TYPES = {
    ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".html": "text/html",
    ".json": "application/json", ".map": "application/json", ".wasm": "application/wasm", ".svg": "image/svg+xml",
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".ico": "image/x-icon",
    ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".txt": "text/plain",
}
NOT_BUILT = ("tb_transfer frontend not built: tb_transfer/static/index.js is missing. Build it with "
             "`npm ci && npm run build` in tb_transfer_frontend/, or install a released tb-transfer wheel.")
# Run-level kinds whose steps make up /statistics' step axis (weight_steps has its own).
RUNS_KINDS = ("run_info", "performance")  # what /runs reads of each run
ANSWERS_KEPT = 64  # encoded /runs and /statistics answers kept
WARM_RUNS = 10  # runs whose /statistics the start-up warm-up builds: the tab's first selection (frame.ts)
WARM_POLL_S = 1.0  # the warm-up lists the runs this often until two listings in a row agree (the logdir is loaded)
WARM_GIVE_UP_S = 600.0  # ... or gives up after this long (a logdir still growing: requests build their answers)
STATISTICS_KINDS = ("performance", "transferability", "leep", "class_accuracy", "confusion", "layer_stats",
                    "bn_stats", "failures")
STATISTICS_READS = STATISTICS_KINDS + ("weight_steps", "run_info")  # the run-level kinds /statistics reads
MAX_NEIGHBORS = 64
_UINT = re.compile(r"^[0-9]{1,18}$")
MAX_FINDINGS_RUNS = 50  # runs per /findings request
DEFAULT_TOP, MAX_TOP = 9, 64  # /channel: top-activating instances per model and domain
DECODED_RECORDS = 64  # decoded npz records kept (a few hundred KB each: one layer's activations at one step)
DIGITS = 4  # significant digits of the feature routes' per-channel and per-instance numbers (float16 records)


class UnreadableRecordError(errors.NotFoundError):
    """A record exists but cannot be decoded (corrupt payload, unexpected shape, provider failure): 404."""


# -- JSON helpers ----------------------------------------------------------------------------------------------------


def tolist(value: Any, digits: int | None = None) -> Any:
    """An ndarray (or scalar) as nested lists of Python numbers, non-finite floats as None; floats rounded to
    ``digits`` significant digits if given (shorter JSON)."""
    if value is None:
        return None
    a = np.asarray(value)
    if a.dtype.kind == "f":
        a = a.astype(np.float64)
        if digits is not None:
            a = round_significant(a, digits)
        finite = np.isfinite(a)
        if finite.all():
            return a.tolist()
        obj = a.astype(object)
        obj[~finite] = None
        return obj.tolist()
    if a.dtype.kind in "iub":
        return a.tolist()
    if a.dtype.kind == "S":
        return np.char.decode(a, "utf-8", "replace").tolist()
    return a.tolist()


def round_significant(a: np.ndarray, digits: int) -> np.ndarray:
    """float64 ``a`` rounded to ``digits`` significant digits (non-finite and zero values unchanged), as the doubles
    nearest to the shortened decimals, so that JSON prints them short."""
    a = np.asarray(a, np.float64)
    out = a.copy()
    ok = np.isfinite(a) & (a != 0)
    if ok.any():
        v = a[ok]
        e = np.clip(digits - 1 - np.floor(np.log10(np.abs(v))), -300, 300).astype(np.int64)
        up, down = np.maximum(e, 0), np.maximum(-e, 0)
        # ints divided (or multiplied) by exact powers of ten: correctly rounded to the nearest double.
        out[ok] = np.round(v * 10.0 ** up / 10.0 ** down) * 10.0 ** down / 10.0 ** up
    return out


def _deep_clean(obj: Any) -> Any:
    if isinstance(obj, float):
        return obj if np.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): _deep_clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_deep_clean(v) for v in obj]
    if isinstance(obj, np.ndarray) or isinstance(obj, np.generic):
        return tolist(obj)
    return obj


def _dumps(obj: Any) -> str:
    try:
        return json.dumps(obj, allow_nan=False, separators=(",", ":"))
    except (ValueError, TypeError):  # a stray NaN or numpy value: clean everything
        return json.dumps(_deep_clean(obj), allow_nan=False, separators=(",", ":"))


@dataclasses.dataclass(frozen=True)
class Encoded:
    """A JSON body serialized and gzip-compressed once, to be served again as it is (``http_util.Respond`` passes it
    to clients that accept gzip and unzips it for the others)."""

    gzipped: bytes

    @classmethod
    def of(cls, obj: Any) -> "Encoded":
        return cls(gzip.compress(_dumps(obj).encode("utf-8"), compresslevel=3, mtime=0))


def _respond_json(request, obj: Any, code: int = 200):
    if isinstance(obj, Encoded):
        return http_util.Respond(request, obj.gzipped, "application/json", code=code, content_encoding="gzip")
    return http_util.Respond(request, _dumps(obj), "application/json", code=code)


def _fingerprint(index: RunIndex, kinds) -> tuple | None:
    """What says whether the run-level series ``kinds`` of a run changed: each one's last step and wall time as
    listed (None when the provider does not list them)."""
    out = tuple((kind, s.tag, s.plugin, s.max_step, s.max_wall_time) for kind in kinds
                if (s := index.get(kind)) is not None)
    return None if any(None in item[3:] for item in out) else out


def _ints(value: Any) -> list:
    """Integer-valued float arrays (predictions) as ints, non-finite as None."""
    a = np.asarray(value, dtype=np.float64)
    obj = np.where(np.isfinite(a), np.nan_to_num(a), 0).astype(np.int64).astype(object)
    obj[~np.isfinite(a)] = None
    return obj.tolist()


# -- parameters ------------------------------------------------------------------------------------------------------


def _param(args: Mapping[str, str], name: str, required: bool = True) -> str | None:
    value = args.get(name)
    if value is None or value == "":
        if required:
            raise errors.InvalidArgumentError(f"missing parameter {name!r}")
        return None
    return value


def _uint_param(args: Mapping[str, str], name: str, required: bool = True) -> int | None:
    raw = _param(args, name, required)
    if raw is None:
        return None
    if not _UINT.fullmatch(raw):
        raise errors.InvalidArgumentError(f"parameter {name!r} must be a non-negative integer, got {raw[:40]!r}")
    return int(raw)


def _steps_text(steps) -> str:
    steps = list(steps)
    if not steps:
        return "none"
    if len(steps) <= 8:
        return ", ".join(map(str, steps))
    return f"{len(steps)} steps from {steps[0]} to {steps[-1]}"


def _route(fn):
    """A WSGI route: records that cannot be read become a 404 with the reason instead of an opaque 500."""

    @wrappers.Request.application
    @functools.wraps(fn)
    def handler(self, request):
        try:
            return fn(self, request)
        except contract.FormatError as exc:
            raise UnreadableRecordError(str(exc)) from exc

    return handler


def _json_route(fn):
    """A data route: the query's parameters go to ``fn(self, session, args)``, which returns the JSON body (or
    ``(body, status)``); it is testable without werkzeug."""

    @_route
    @functools.wraps(fn)
    def handler(self, request):
        out = fn(self, self._session(request), request.args)
        body, code = out if isinstance(out, tuple) else (out, 200)
        return _respond_json(request, body, code)

    return handler


class Record(NamedTuple):
    """One npz record picked by a query's ``run``, ``layer`` and ``step`` parameters."""

    index: RunIndex
    layer: str
    blobs: dict[int, tuple[str, float]]   # step -> (blob key, wall time) of every step
    step: int
    arrays: dict[str, np.ndarray]
    what: str                             # "kind/layer of run 'name' at step s", for messages


class Channels(NamedTuple):
    """A layer's per-instance channel activations at a step and at step 0, checked, for the channel routes. Schema 2:
    its ``activations`` records; schema 1: its ``channels`` record's activations of ``top_channels``, shaped alike."""

    record: Record
    classes: int              # C
    k: int                    # channels of the layer
    meta: np.ndarray          # int64 [N, 3] instance_meta
    top: np.ndarray           # int64 [S] the channels with per-instance activations (schema 2: the recorded ones)
    activations: np.ndarray   # [2 models, N, S]
    pre: dict                 # the pretrained model's arrays: channels, pooled, importance, width (analysis.check)
    cur: dict                 # the current model's, alike
    match: bool = True        # source and target share the label space
    pre_time: float = 0.0     # wall time of the pretrained record (part of cache keys)


class Group(NamedTuple):
    """The group of probe instances a feature route analyses (``class=c``, ``instances=i,j,k`` or every class)."""

    kind: str                 # "class", "instances" or "all"
    c: int | None             # the class of kind "class"
    rows: np.ndarray          # int64 sorted instance rows
    key: Any                  # hashable, for caches


class TransferPlugin(base_plugin.TBPlugin):
    """The "Transfer" tab: routes of docs/api.md over the data provider."""

    plugin_name = contract.PLUGIN_NAME

    def __init__(self, context):
        self._provider = context.data_provider
        self._reader = TransferReader(self._provider, steps_cap(context))
        self._projections = ProjectionCache()
        self._fp_lock = threading.Lock()
        self._feature_projections = LRU(512)
        self._decoded_lock = threading.Lock()
        self._decoded = LRU(DECODED_RECORDS)  # (experiment, blob key, wall time) -> decoded npz arrays
        self._channels_lock = threading.Lock()
        self._channels_memo = LRU(32)  # (experiment, run, layer, step parameter) -> (listing fingerprint, Channels)
        self._analysis_lock = threading.Lock()
        self._analysis = LRU(256)  # read-time per-class analysis of activations records
        self._answers_lock = threading.Lock()
        self._answers = LRU(ANSWERS_KEPT)  # (route, experiment, what the answer depends on) -> Encoded
        self._building: dict[tuple, concurrent.futures.Future] = {}  # answers being built, by key
        self.warmed = threading.Event()  # set when the start-up warm-up is over (done or given up)
        threading.Thread(target=self._warm_up, name="tb_transfer-warm-up", daemon=True).start()

    # -- TBPlugin ------------------------------------------------------------------------------------------------

    def is_active(self):
        return False  # list_plugins decides (our summaries set data_class); never scan data here

    def frontend_metadata(self):
        return base_plugin.FrontendMetadata(es_module_path="/index.js", tab_name="Transfer")

    def get_plugin_apps(self):
        return {
            "/index.js": self._serve_index_js,
            "/static/*": self._serve_static,
            "/runs": self._serve_runs,
            "/statistics": self._serve_statistics,
            "/layer": self._serve_layer,
            "/layer_cka": self._serve_layer_cka,
            "/instances": self._serve_instances,
            "/neighbors": self._serve_neighbors,
            "/features": self._serve_features,
            "/feature_projection": self._serve_feature_projection,
            "/channel": self._serve_channel,
            "/structure": self._serve_structure,
            "/thumbnails": self._serve_thumbnails,
            "/findings": self._serve_findings,
        }

    # -- plumbing ------------------------------------------------------------------------------------------------

    def _session(self, request):
        if self._provider is None:
            raise errors.NotFoundError("no TensorBoard data provider: tb_transfer cannot read data")
        return self._reader.session(plugin_util.context(request.environ), plugin_util.experiment_id(request.environ))

    @staticmethod
    def _run_index(session, args, kinds=None) -> RunIndex:
        """The run named by the query (404 if it has no tb_transfer data); ``kinds``: see ``ReadSession.run``."""
        name = _param(args, "run")
        index = session.run(name, kinds)
        if index is None:
            raise errors.NotFoundError(f"unknown run {name!r}: it has no tb_transfer data")
        return index

    @staticmethod
    def _step(args, available, what: str) -> int:
        """The requested step (latest if omitted); 404 if the record has no such step."""
        step = _uint_param(args, "step", required=False)
        steps = sorted(available)
        if not steps:
            raise errors.NotFoundError(f"no {what} records")
        if step is None:
            return steps[-1]
        if step not in available:
            raise errors.NotFoundError(f"no {what} record at step {step} (steps: {_steps_text(steps)})")
        return step

    @staticmethod
    def _layer(args, index: RunIndex, kind: str, hint: str = "") -> str:
        layer = _param(args, "layer")
        if index.get(kind, layer) is None:
            known = index.layers(kind)
            raise errors.NotFoundError(f"run {index.name!r} has no {kind!r} records for layer {layer!r}{hint} "
                                       f"(layers with them: {', '.join(known) if known else 'none'})")
        return layer

    @staticmethod
    def _class(args, n_classes: int) -> int:
        c = _uint_param(args, "class")
        if c >= n_classes:
            raise errors.NotFoundError(f"unknown class {c}: classes are 0..{n_classes - 1}")
        return c

    def _record(self, session, args, kind: str, hint: str = "") -> Record:
        """The prologue of the per-layer routes: run, layer and step parameters → the decoded npz record."""
        index = self._run_index(session, args)
        layer = self._layer(args, index, kind, hint)
        blobs = self._blobs(session, index, kind, layer)
        step = self._step(args, blobs, f"{kind}/{layer}")
        return Record(index, layer, blobs, step, self._blob_at(session, index, kind, layer, step, blobs),
                      f"{kind}/{layer} of run {index.name!r} at step {step}")

    @staticmethod
    def _blobs(session, index: RunIndex, kind: str, layer: str) -> dict[int, tuple[str, float]]:
        """``{step: (blob key, wall time)}`` of a layer's ``kind`` records. ``embedding`` records are heavy blobs
        (schema 3), kept at a budget of steps; step 0's, which the PCA frame is fitted on, is always there from its
        ``reference_embedding`` record."""
        blobs = session.blob_index(index, kind, layer)
        if kind == "embedding" and index.get("reference_embedding", layer) is not None:
            blobs = dict(sorted({**blobs, **session.blob_index(index, "reference_embedding", layer)}.items()))
        return blobs

    def _blob_at(self, session, index: RunIndex, kind: str, layer: str, step: int, blobs) -> dict:
        """The decoded npz record ``kind/layer`` at ``step`` (``blobs``: its ``session.blob_index``). Kept decoded, with
        read-only arrays, while its blob key and wall time stay the same: the feature level asks again at every click
        of a checkbox, and decoding the layer's two records was half the time of a re-projection."""
        key, wall = blobs[step]
        cache_key = (session.experiment_id, key, wall)
        with self._decoded_lock:
            arrays = self._decoded.get(cache_key)
        if arrays is None:
            arrays = session.read_blob(key, "npz", f"{kind}/{layer} of run {index.name!r} at step {step}")
            for a in arrays.values():
                if isinstance(a, np.ndarray):
                    a.flags.writeable = False
            with self._decoded_lock:
                self._decoded.put(cache_key, arrays)
        return arrays

    @staticmethod
    def _require(arrays: dict, names, what: str) -> None:
        missing = [n for n in names if n not in arrays]
        if missing:
            raise DataError(f"{what} lacks {', '.join(missing)}")

    def _instance_meta(self, session, index: RunIndex, n: int | None = None) -> np.ndarray | None:
        records = session.tensors(index, "instance_meta")
        if not records:
            return None
        meta = np.asarray(records[max(records)])
        if meta.ndim != 2 or meta.shape[1] < 3 or (n is not None and meta.shape[0] != n):
            raise DataError(f"instance_meta of run {index.name!r} has shape {meta.shape}, expected [{n or 'N'}, 3]")
        return meta.astype(np.int64)

    # -- static files --------------------------------------------------------------------------------------------

    @staticmethod
    def _send_file(request, path: str):
        ext = os.path.splitext(path)[1].lower()
        with open(path, "rb") as f:
            content = f.read()
        return http_util.Respond(request, content, MIME_TYPES.get(ext, "application/octet-stream"))

    @_route
    def _serve_index_js(self, request):
        path = os.path.join(STATIC_DIR, "index.js")
        if not os.path.isfile(path):
            raise errors.NotFoundError(NOT_BUILT)
        return self._send_file(request, path)

    @_route
    def _serve_static(self, request):
        path = request.path
        marker = f"/data/plugin/{self.plugin_name}{STATIC_ROUTE}"
        pos = path.find(marker)
        rel = path[pos + len(marker):] if pos >= 0 else ""
        full = safe_static_path(rel)
        if full is None:
            raise errors.NotFoundError(f"no such static file: {rel[:200]!r}")
        return self._send_file(request, full)

    @_route
    def _serve_thumbnails(self, request):
        session = self._session(request)
        index = self._run_index(session, request.args)
        blobs = session.blob_index(index, "thumbnails") if index.get("thumbnails") is not None else {}
        if not blobs:
            raise errors.NotFoundError(f"run {index.name!r} has no thumbnails")
        png = session.read_blob(blobs[max(blobs)][0], "png", f"thumbnails of run {index.name!r}")
        return http_util.Respond(request, png, "image/png")

    # -- data routes: (session, query parameters) -> JSON body (docs/api.md) -------------------------------------

    def _answer(self, key: tuple | None, build) -> Encoded:
        """``build()``'s answer, encoded; served again while ``key`` (route, experiment and the listed fingerprints
        of every series it reads, or None: not kept) is unchanged. Repeated requests (every tab opened, every reload
        without a new step) then cost a listing, not a read, a serialization and a compression of every step. An
        answer being built for the same key (by the warm-up, or another tab) is waited for, not built twice."""
        if key is None:
            return Encoded.of(build())
        with self._answers_lock:
            hit = self._answers.get(key)
            if hit is not None:
                return hit
            pending = self._building.get(key)
            mine = pending is None
            if mine:
                pending = self._building[key] = concurrent.futures.Future()
        if not mine:
            return pending.result()  # the builder's answer, or its exception
        try:
            body = Encoded.of(build())
        except BaseException as exc:
            with self._answers_lock:
                self._building.pop(key, None)
            pending.set_exception(exc)
            raise
        with self._answers_lock:
            self._building.pop(key, None)
            self._answers.put(key, body)
        pending.set_result(body)
        return body

    def _warm_up(self, poll: float = WARM_POLL_S, give_up: float = WARM_GIVE_UP_S) -> None:
        """Off the request path, once TensorBoard starts: import what the first read-time analysis needs, then, as
        soon as the logdir is loaded (two listings ``poll`` seconds apart agree), build and keep the ``/runs`` answer
        and the ``/statistics`` answers of the first :data:`WARM_RUNS` runs by name (the tab's first requests), as
        requests would. The tab's first render then reads kept answers instead of converting every stored step of
        every run it shows. Gives up after ``give_up`` seconds of a changing listing; a failing run is left to its
        request to report."""
        _warm_imports()
        try:
            deadline, last = time.monotonic() + give_up, None
            while time.monotonic() < deadline:
                try:
                    session = self._reader.session()
                    listing = {name: (index.error, _fingerprint(index, STATISTICS_READS))
                               for name, index in session.runs().items()}
                except Exception:  # the data server not up yet
                    listing = None
                if listing and listing == last:
                    if any(fingerprint is None for _, fingerprint in listing.values()):
                        return  # a provider that does not list last steps: answers are not kept
                    self.runs(session, {})
                    for name in list(listing)[:WARM_RUNS]:
                        try:
                            self.statistics(session, {"run": name})
                        except Exception:
                            pass
                    return
                last = listing
                time.sleep(poll if listing else 5 * poll)  # no tb_transfer data (yet): look less often
        except Exception:  # only a warm-up: requests build what it could not
            pass
        finally:
            self.warmed.set()

    def runs(self, session, args) -> Encoded:
        """``/runs``: every run with tb_transfer data, its run_info, steps and problems."""
        indexes = session.runs()
        prints = [_fingerprint(index, RUNS_KINDS) for index in indexes.values()]
        key = None if None in prints else ("runs", session.experiment_id,
                                           tuple(zip(indexes, (i.error for i in indexes.values()), prints)))
        return self._answer(key, lambda: self._runs(session))

    def _runs(self, session) -> dict:
        out = []
        try:
            session.prefetch(session.runs().values(), RUNS_KINDS)
        except contract.FormatError:
            pass  # read run by run below, so that the error names the run
        for name, index in session.runs().items():
            problems = []
            info, steps = None, []
            try:
                info = session.info(index)
            except contract.FormatError as exc:
                problems.append(str(exc))
            try:
                steps = list(session.tensors(index, "performance"))
            except contract.FormatError as exc:
                problems.append(str(exc))
            if info is not None and steps and steps[0] != 0:
                problems.append(STEP0_MISSING)
            error = index.error
            if problems:
                error = "; ".join(([error] if error else []) + problems)
            out.append({"run": name, "info": info, "steps": steps, "error": error})
        return {"runs": out}

    def statistics(self, session, args) -> Encoded:
        """``/statistics``: every run-level record of one run, aligned on one step axis."""
        kinds = STATISTICS_READS
        index = self._run_index(session, args, kinds)  # one listing of these tags, not every series of the run
        fingerprint = _fingerprint(index, kinds)
        key = None if fingerprint is None else ("statistics", session.experiment_id, index.name, fingerprint)
        return self._answer(key, lambda: self._statistics(session, index, kinds))

    def _statistics(self, session, index: RunIndex, kinds) -> dict:
        session.prefetch([index], kinds)
        series = {kind: session.tensors(index, kind) for kind in STATISTICS_KINDS}
        weight_steps = session.tensors(index, "weight_steps")
        info = session.info(index) or {}
        steps = sorted(set().union(*(s.keys() for s in series.values())))

        def axes(kind: str, axis: str, default):
            s = index.get(kind)
            names = s.axes.get(axis) if s is not None else None
            return list(names) if names else list(default)

        def aligned(kind: str):
            return [tolist(series[kind].get(step)) for step in steps]

        def scalars(kind: str):
            values = [np.asarray(series[kind][step]).reshape(-1) if step in series[kind] else None
                      for step in steps]
            return [tolist(v[0]) if v is not None and v.size else None for v in values]

        class_names = info.get("class_names") or axes("class_accuracy", "class", [])
        layer_names = [layer.get("name") for layer in info.get("layers", []) if isinstance(layer, dict)]
        bn_names = [b.get("name") for b in info.get("bn_layers", []) or [] if isinstance(b, dict)]
        failures = {str(step): value for step, value in series["failures"].items() if value}
        return {
            "run": index.name,
            "steps": steps,
            "performance": {"splits": axes("performance", "split", contract.SPLITS),
                            "metrics": axes("performance", "metric", contract.METRICS),
                            "values": aligned("performance")},
            "transferability": scalars("transferability"),
            "leep": scalars("leep"),
            "class_names": class_names,
            "class_accuracy": {"domains": axes("class_accuracy", "domain", contract.DOMAINS),
                               "values": aligned("class_accuracy")},
            "confusion": {"domains": axes("confusion", "domain", contract.DOMAINS), "values": aligned("confusion")},
            "layer_stats": {"measures": axes("layer_stats", "measure", contract.LAYER_MEASURES),
                            "layers": axes("layer_stats", "layer", layer_names),
                            "values": aligned("layer_stats")},
            "bn_stats": None if not series["bn_stats"] else {
                "fields": axes("bn_stats", "field", contract.BN_FIELDS),
                "layers": axes("bn_stats", "bn_layer", bn_names),
                "values": aligned("bn_stats")},
            "weight_steps": None if not weight_steps else {
                "steps": list(weight_steps),
                "fields": axes("weight_steps", "field", contract.DRIFT_FIELDS),
                "layers": axes("weight_steps", "layer", layer_names),
                "values": [tolist(v) for v in weight_steps.values()]},
            "failures": failures,
        }

    def layer(self, session, args) -> dict:
        """``/layer``: the drift records of one layer (filter_drift) or BatchNorm layer (bn_drift), every step."""
        index = self._run_index(session, args)
        layer = _param(args, "layer")
        for kind, default_fields in (("filter_drift", contract.DRIFT_FIELDS), ("bn_drift", contract.BN_FIELDS)):
            series = index.get(kind, layer)
            if series is None:
                continue
            records = session.tensors(index, kind, layer)
            return {"run": index.name, "layer": layer, "kind": kind, "steps": list(records),
                    "fields": list(series.axes.get("field") or default_fields),
                    "values": [tolist(v) for v in records.values()]}
        known = sorted(set(index.layers("filter_drift")) | set(index.layers("bn_drift")))
        raise errors.NotFoundError(f"run {index.name!r} has no layer {layer!r} with drift records "
                                   f"(layers: {', '.join(known) if known else 'none'})")

    def layer_cka(self, session, args) -> dict:
        """``/layer_cka``: unbiased linear CKA between every current and every pretrained layer at one step."""
        index = self._run_index(session, args)
        series = index.get("layer_cka")
        if series is None:
            raise errors.NotFoundError(f"run {index.name!r} has no layer_cka records (they are written by "
                                       "tb-transfer versions that have them, when the target probe has at most "
                                       f"{writer_records.LAYER_CKA_MAX_N} instances)")
        records = session.tensors(index, "layer_cka")
        step = self._step(args, records, f"layer_cka of run {index.name!r}")
        value = np.asarray(records[step])
        info_layers = [layer.get("name") for layer in (session.info(index) or {}).get("layers", [])
                       if isinstance(layer, dict)]
        current = list(series.axes.get("current") or info_layers)
        pretrained = list(series.axes.get("pretrained") or info_layers)
        if value.shape != (len(current), len(pretrained)):
            raise DataError(f"layer_cka of run {index.name!r} at step {step} has shape {value.shape}, expected "
                            f"[{len(current)}, {len(pretrained)}] (its layers)")
        return {"run": index.name, "step": step, "steps": list(records), "current": current,
                "pretrained": pretrained, "values": tolist(value)}

    def instances(self, session, args) -> tuple[dict, int]:
        """``/instances``: one layer's embedding of every probe instance projected to 2-D (PCA, or t-SNE computed in
        the background: status 202 while pending), with the instances' outcomes."""
        index = self._run_index(session, args)
        layer = self._layer(args, index, "embedding")
        projection = _param(args, "projection", required=False) or "pca"
        if projection not in ("pca", "tsne"):
            raise errors.InvalidArgumentError(
                f"parameter 'projection' must be 'pca' or 'tsne', got {projection[:40]!r}")
        blobs = self._blobs(session, index, "embedding", layer)
        step = self._step(args, blobs, f"embedding/{layer}")

        def read_at(s: int) -> dict:
            arrays = self._blob_at(session, index, "embedding", layer, s, blobs)
            self._require(arrays, ["features"], f"embedding/{layer} at step {s}")
            x = np.asarray(arrays["features"], dtype=np.float32)
            if x.ndim != 2 or x.shape[0] < 1:
                raise DataError(f"embedding/{layer} at step {s} has shape {x.shape}, expected [N, d]")
            return dict(arrays, features=x)

        def features_at(s: int) -> np.ndarray:
            return read_at(s)["features"]

        current = read_at(step)
        x = current["features"]
        n = x.shape[0]
        meta = self._instance_meta(session, index, n)
        outcomes = session.tensors(index, "instance_outcome")

        # PCA frame: fitted once per run and layer on the first step's embedding, refitted if that record changes.
        first = min(blobs)
        try:
            frame = self._projections.pca_frame((session.experiment_id, index.name), layer, (first, blobs[first][1]),
                                                lambda: x if first == step else features_at(first))
            pca = self._projections.project(frame, x) if frame_fits(frame, x) else None
        except contract.FormatError as exc:  # not a failed projection: the first step's record is unreadable
            raise UnreadableRecordError(str(exc)) from exc
        except (ValueError, ArithmeticError, np.linalg.LinAlgError) as exc:
            raise UnreadableRecordError(f"no PCA projection of embedding/{layer} of run {index.name!r} at step "
                                        f"{step}: {exc}") from exc
        if pca is None:
            raise UnreadableRecordError(f"embedding/{layer} of run {index.name!r} at step {step} has dimension "
                                        f"{x.shape[1]}, unlike the first step's")
        body: dict[str, Any] = {"run": index.name, "layer": layer, "step": step, "projection": projection,
                                "steps": list(blobs), "status": READY}
        code = 200
        if projection == "pca":
            body["coords"] = tolist(pca)
        else:
            status, result = self._projections.tsne(
                (session.experiment_id, index.name), layer, step, blobs[step][1], x,
                step_fingerprints={s: wt for s, (_, wt) in blobs.items()}, reference=pca)
            body["status"] = status
            body["coords"] = tolist(result) if status == READY else None
            if status == PENDING:
                code = 202
            elif status == FAILED:
                body["error"] = result
        ratio = getattr(frame, "explained_variance_ratio", None)
        # schema 3: the features are the leading principal axes of the layer's sketch; the frame's share of their
        # variance times their share of the sketch's is its share of the sketch's, as in schema 2
        kept = np.ones(1)
        if index.get("reference_embedding", layer) is not None:
            kept = np.asarray((current if first == step else read_at(first)).get("variance_kept", 1.0),
                              np.float64).reshape(-1)
        if ratio is not None and kept.size == 1 and np.isfinite(kept[0]):
            ratio = np.asarray(ratio, np.float64) * kept[0]
        body["explained_variance"] = tolist(ratio)
        body.update(domain=None, label=None, index=None)
        if meta is not None:
            body.update(domain=meta[:, 0].tolist(), label=meta[:, 1].tolist(), index=meta[:, 2].tolist())
        out_series = index.get("instance_outcome")
        fields = list(out_series.axes.get("field") or contract.INSTANCE_FIELDS) if out_series else []

        def outcome_rows(value) -> dict | None:
            a = np.asarray(value)
            if a.ndim != 2 or a.shape[1] != n or a.shape[0] < len(fields):
                return None
            return {f: a[i] for i, f in enumerate(fields)}

        rows = outcome_rows(outcomes[step]) if step in outcomes else None
        for f in contract.INSTANCE_FIELDS:
            if rows is None or f not in rows:
                body[f] = None
            else:
                body[f] = _ints(rows[f]) if f == "prediction" else tolist(rows[f])
        earlier = [s for s in outcomes if s < step]
        prev = outcome_rows(outcomes[max(earlier)]) if earlier else None
        body["previous_prediction"] = _ints(prev["prediction"]) if prev and "prediction" in prev else None
        return body, code

    def neighbors(self, session, args) -> dict:
        """``/neighbors``: the ``k`` probe instances of the other domain nearest to one instance in a layer's
        embedding at a step."""
        instance = _uint_param(args, "instance")
        k = _uint_param(args, "k", required=False)
        k = 8 if k is None else k
        if not 1 <= k <= MAX_NEIGHBORS:
            raise errors.InvalidArgumentError(f"parameter 'k' must be in 1..{MAX_NEIGHBORS}, got {k}")
        record = self._record(session, args, "embedding")
        self._require(record.arrays, ["features"], record.what)
        x = np.asarray(record.arrays["features"], dtype=np.float32)
        if x.ndim != 2 or x.shape[0] < 1:
            raise DataError(f"{record.what} has shape {x.shape}, expected [N, d]")
        meta = self._instance_meta(session, record.index, x.shape[0])
        if meta is None:
            raise DataError(f"run {record.index.name!r} has no instance_meta record: the instances' domains are unknown")
        if instance >= x.shape[0]:
            raise errors.NotFoundError(f"unknown instance {instance}: instances are 0..{x.shape[0] - 1}")
        domain = meta[:, 0]
        from tb_transfer import measures

        try:
            ids, dist = measures.nearest_neighbors(x, instance, np.flatnonzero(domain != domain[instance]), k)
        except ValueError as exc:
            raise UnreadableRecordError(f"no nearest neighbours in {record.what}: {exc}") from exc
        return {"run": record.index.name, "layer": record.layer, "step": record.step, "instance": instance,
                "domain": int(domain[instance]), "neighbors": ids.tolist(), "distances": tolist(dist)}

    def _channels(self, session, args) -> Channels:
        """The prologue of the channel routes: the layer's ``activations`` record (schema 2) with step 0's, or its
        ``channels`` record (schema 1), checked. Reused while the run's listing shows the series it reads unchanged
        (same last step and wall time), so a route asked again (a click on a checkbox) costs the listing only: on
        the Rust data server every read is a round trip."""
        index = self._run_index(session, args)
        layer = _param(args, "layer")
        series = [index.get(kind, layer) for kind in ("activations", "reference", "channels")] + \
                 [index.get(kind) for kind in ("instance_meta", "run_info")]
        fingerprint = tuple((s.tag, s.max_step, s.max_wall_time) if s is not None else None for s in series)
        known = all(s is None or None not in (s.max_step, s.max_wall_time) for s in series)
        key = (session.experiment_id, index.name, layer, args.get("step"))
        with self._channels_lock:
            hit = self._channels_memo.get(key)
        if known and hit is not None and hit[0] == fingerprint:
            return hit[1]
        ch = self._read_channels(session, args)
        if known:
            with self._channels_lock:
                self._channels_memo.put(key, (fingerprint, ch))
        return ch

    def _read_channels(self, session, args) -> Channels:
        index = self._run_index(session, args)
        if index.get("activations", _param(args, "layer")) is None and index.layers("channels"):
            return self._channels_v1(session, args)
        record = self._record(session, args, "activations")
        kind = "reference" if index.get("reference", record.layer) is not None else "activations"
        pre_blobs = session.blob_index(index, kind, record.layer) if kind == "reference" else record.blobs
        if 0 not in pre_blobs:
            raise DataError(f"run {index.name!r} has no step 0 (pretrained model) activations for layer "
                            f"{record.layer!r}: nothing to compare the current model with")
        pre = self._blob_at(session, index, kind, record.layer, 0, pre_blobs)
        try:
            rec, k = analysis.check(record.arrays, what=record.what)
            analysis.check(pre, n=np.asarray(record.arrays["pooled"]).shape[0], what=f"{record.what} (step 0)")
        except analysis.RecordShapeError as exc:
            raise DataError(str(exc)) from exc
        if not np.array_equal(np.asarray(pre["channels"]), np.asarray(record.arrays["channels"])):
            raise DataError(f"{record.what}: recorded channels differ from step 0's")
        info = session.info(index) or {}
        classes = len(info.get("class_names") or []) or np.asarray(record.arrays["importance"]).shape[0]
        acts = np.stack([np.asarray(pre["pooled"]), np.asarray(record.arrays["pooled"])])
        meta = self._instance_meta(session, index, acts.shape[1])
        if meta is None:
            raise DataError(f"run {index.name!r} has no instance_meta record: instances cannot be grouped by class")
        return Channels(record, classes, k, meta, rec, acts, pre, record.arrays,
                        bool(info.get("label_spaces_match", True)), pre_blobs[0][1])

    def _channels_v1(self, session, args) -> Channels:
        """Schema 1: the ``channels`` record's activations of its ``top_channels``, analysed like schema 2's."""
        record = self._record(session, args, "channels")
        arrays, what = record.arrays, record.what
        self._require(arrays, ["domain_coef", "top_channels", "activations", "mean"], what)
        coef = np.asarray(arrays["domain_coef"])
        if coef.ndim != 3 or coef.shape[0] != 2:
            raise DataError(f"{what}: domain_coef has shape {coef.shape}, expected [2, C, K]")
        n_classes, k = coef.shape[1], coef.shape[2]
        acts = np.asarray(arrays["activations"])
        top = np.asarray(arrays["top_channels"]).astype(np.int64).reshape(-1)
        if acts.ndim != 3 or acts.shape[0] != 2 or acts.shape[2] != top.size:
            raise DataError(f"{what}: activations has shape {acts.shape}, expected [2, N, {top.size}]")
        if top.size and (top.min() < 0 or top.max() >= k):
            raise DataError(f"{what}: top_channels outside 0..{k - 1}")
        meta = self._instance_meta(session, record.index, acts.shape[1])
        if meta is None:
            raise DataError(f"run {record.index.name!r} has no instance_meta record: instances cannot be grouped by "
                            "class")
        imp = np.asarray(arrays["importance"]) if "importance" in arrays else None
        if imp is None or imp.shape != (2, n_classes, k):
            imp = np.full((2, n_classes, k), np.nan, np.float32)
        pre, cur = ({"channels": top, "pooled": acts[m], "importance": imp[m][:, top], "width": np.int32(k)}
                    for m in range(2))
        info = session.info(record.index) or {}
        return Channels(record, n_classes, k, meta, top, acts, pre, cur, bool(info.get("label_spaces_match", True)))

    def _group(self, args, ch: Channels) -> Group:
        """The group of the query: ``class=c`` (class c's instances of both domains, or across label spaces class c's
        target instances and every source instance), ``instances=i,j,k`` (any set of probe instances, e.g. the
        instance level's selection), or neither (every instance). 400 for both, or malformed, repeated or unknown
        (≥ N) instance ids; 404 for an unknown class."""
        raw = _param(args, "instances", required=False)
        if raw is not None and _param(args, "class", required=False) is not None:
            raise errors.InvalidArgumentError("give either 'class' or 'instances', not both")
        n = len(ch.meta)
        if raw is not None:
            parts = raw.split(",")
            if not all(_UINT.fullmatch(p) for p in parts):
                raise errors.InvalidArgumentError(
                    f"parameter 'instances' must be comma-separated non-negative integers, got {raw[:80]!r}")
            ids = np.array([int(p) for p in parts], np.int64)
            if np.unique(ids).size != ids.size:
                raise errors.InvalidArgumentError(f"parameter 'instances' repeats an instance: {raw[:80]!r}")
            if ids.max() >= n:
                raise errors.InvalidArgumentError(
                    f"unknown instance {int(ids.max())} in 'instances': probe instances are 0..{n - 1}")
            rows = np.sort(ids)
            return Group("instances", None, rows, ("instances", rows.tobytes()))
        if _param(args, "class", required=False) is not None:
            c = self._class(args, ch.classes)
            return Group("class", c, analysis.group_rows(ch.meta, c, None, ch.match), ("class", c))
        return Group("all", None, np.arange(n), ("all",))

    def _analysed(self, ch: Channels, key: Any, what: str, compute):
        """A read-time analysis of one record, cached per (run, layer, step, wall times, ``key``, what)."""
        r = ch.record
        full = (r.index.name, r.layer, r.step, r.blobs[r.step][1], ch.pre_time, key, what)
        with self._analysis_lock:
            cached = self._analysis.get(full)
        if cached is None:
            try:
                with measures.single_threaded_blas():
                    cached = compute()
            except (ValueError, ArithmeticError, np.linalg.LinAlgError) as exc:
                raise UnreadableRecordError(f"no {what} analysis of {r.what}: {exc}") from exc
            with self._analysis_lock:
                self._analysis.put(full, cached)
        return cached

    def features(self, session, args) -> dict:
        """``/features``: a group's per-channel domain-discriminativeness, importance and mirrored histograms of one
        layer, both models, over the channels with per-instance activations (docs/api.md)."""
        ch = self._channels(session, args)
        g = self._group(args, ch)
        domain = ch.meta[:, 0]

        def compute():
            weights = g.c if g.kind == "class" else analysis.class_weights(ch.meta, g.rows, ch.classes, ch.match)
            got = analysis.group_features(ch.pre, ch.cur, g.rows, domain, weights)
            models = {}
            for model in contract.MODELS:
                e = got[model]
                models[model] = {"ranking": analysis.ranking(e["domain_coef"], ch.top),
                                 **{name: tolist(e[name], DIGITS) for name in
                                    ("domain_coef", "domain_auc", "importance", "dead", "extent")},
                                 "hist": e["hist"].tolist()}
            return models

        models = self._analysed(ch, g.key, "features", compute)
        return {"run": ch.record.index.name, "layer": ch.record.layer, "step": ch.record.step,
                "steps": sorted(ch.record.blobs), "group": g.kind, "class": g.c, "channels": ch.k,
                "recorded": ch.top.tolist(),
                "count": np.bincount(domain[g.rows], minlength=2)[:2].tolist(), "bins": analysis.HIST_BINS,
                "models": models}

    def channel(self, session, args) -> dict:
        """``/channel``: one channel's activation of every probe instance for both models, and its top-activating
        instances per model and domain (probe-set feature visualisation)."""
        ch = self._channels(session, args)
        k = _uint_param(args, "channel")
        top = _uint_param(args, "top", required=False)
        top = DEFAULT_TOP if top is None else top
        if not 1 <= top <= MAX_TOP:
            raise errors.InvalidArgumentError(f"parameter 'top' must be in 1..{MAX_TOP}, got {top}")
        if k >= ch.k:
            raise errors.NotFoundError(f"unknown channel {k}: layer {ch.record.layer!r} has channels 0..{ch.k - 1}")
        where = np.flatnonzero(ch.top == k)
        if not where.size:
            raise errors.NotFoundError(
                f"channel {k} of layer {ch.record.layer!r} is not recorded: per-instance activations are kept for "
                f"{ch.top.size} of its {ch.k} channels (listed in /features' 'recorded'; docs/format.md)")
        g = self._group(args, ch) if _param(args, "class", False) or _param(args, "instances", False) else None
        rows = g.rows if g is not None else np.arange(len(ch.meta))
        domain = ch.meta[:, 0]
        acts = np.asarray(ch.activations[:, :, where[0]], np.float32)  # [2, N]
        tops = {}
        for m, model in enumerate(contract.MODELS):
            tops[model] = {}
            for d, name in enumerate(contract.DOMAINS):
                ids = measures.top_activating(acts[m], rows[domain[rows] == d], top)
                tops[model][name] = {"instances": ids.tolist(), "activations": tolist(acts[m][ids], DIGITS)}
        return {"run": ch.record.index.name, "layer": ch.record.layer, "step": ch.record.step, "channel": k,
                "group": g.kind if g is not None else "all", "class": g.c if g is not None else None,
                "top": tops, "activations": {model: tolist(acts[m], DIGITS) for m, model in enumerate(contract.MODELS)}}

    def feature_projection(self, session, args) -> dict:
        """``/feature_projection``: the domain-discrimination plot of a group's instances (``class``, ``instances`` or
        every instance, as ``/features``) on chosen recorded channels, for one model (docs/api.md)."""
        index = self._run_index(session, args)
        model = _param(args, "model")
        if model not in contract.MODELS:
            raise errors.InvalidArgumentError(f"parameter 'model' must be one of {', '.join(contract.MODELS)}, "
                                              f"got {model[:40]!r}")
        raw = _param(args, "channels")
        parts = raw.split(",")
        if not all(_UINT.fullmatch(p) for p in parts):
            raise errors.InvalidArgumentError(
                f"parameter 'channels' must be comma-separated non-negative integers, got {raw[:80]!r}")
        channels = [int(p) for p in parts]
        if len(set(channels)) != len(channels):
            raise errors.InvalidArgumentError(f"parameter 'channels' repeats a channel: {raw[:80]!r}")
        ch = self._channels(session, args)
        g = self._group(args, ch)
        layer, step, c, top = ch.record.layer, ch.record.step, g.c, ch.top
        position = {int(x): i for i, x in enumerate(top.tolist())}
        missing = [x for x in channels if x not in position]
        if missing:
            raise errors.InvalidArgumentError(
                f"channels {', '.join(map(str, missing))} are not among the recorded channels of layer {layer!r} "
                f"({', '.join(map(str, top.tolist()))})")
        members = g.rows
        domain = ch.meta[members, 0]
        what = f"class {c}" if g.kind == "class" else "the group" if g.kind == "instances" else "the probe set"
        cache_key = (session.experiment_id, index.name, layer, step, ch.record.blobs[step][1], ch.pre_time, g.key,
                     model, tuple(channels))
        with self._fp_lock:
            cached = self._feature_projections.get(cache_key)
        if cached is None:
            if members.size == 0:
                raise errors.NotFoundError(f"{what} has no probe instances")
            if len(set(domain.tolist())) < 2:
                raise errors.NotFoundError(
                    f"{what} has probe instances of one domain only: no domain-discrimination plot")
            x = np.asarray(ch.activations[contract.MODELS.index(model)][members][:, [position[x] for x in channels]],
                           dtype=np.float32)
            try:
                result = measures.domain_discrimination_projection(np.nan_to_num(x), domain == 1, seed=0)
            except (ValueError, ArithmeticError, np.linalg.LinAlgError) as exc:
                raise errors.NotFoundError(f"no domain-discrimination plot for {what}: {exc}") from exc
            cached = {"points": tolist(result["points"], DIGITS), "arrows": tolist(result["arrows"], DIGITS),
                      "svm_accuracy": tolist(result["accuracy"])}
            with self._fp_lock:
                self._feature_projections.put(cache_key, cached)
        return {"run": index.name, "layer": layer, "step": step, "group": g.kind, "class": c, "model": model,
                "channels": channels, "instances": members.tolist(), "domain": domain.tolist(),
                "label": ch.meta[members, 1].tolist(), **cached}

    def structure(self, session, args) -> dict:
        """``/structure``: one class's channel matching and connections of one layer at one step."""
        index = self._run_index(session, args)
        layer = _param(args, "layer")
        if index.get("activations", layer) is None and index.layers("structure"):
            return self._structure_v1(session, args)
        ch = self._channels(session, args)
        c = self._class(args, ch.classes)
        if "conn_source" not in ch.record.arrays:
            raise errors.NotFoundError(f"layer {layer!r} of run {index.name!r} has no structure records")
        source = np.asarray(ch.record.arrays["conn_source"]).reshape(-1)
        conn_source = str(source[0]) if source.size else ""
        _, of_class = analysis.class_rows(ch.meta, c, ch.match)

        def compute():
            src_pre = src_cur = None
            if conn_source and index.get("activations", conn_source) is not None:
                blobs = session.blob_index(index, "activations", conn_source)
                kind = "reference" if index.get("reference", conn_source) is not None else "activations"
                pre_blobs = session.blob_index(index, kind, conn_source) if kind == "reference" else blobs
                if 0 in pre_blobs and ch.record.step in blobs:
                    src_pre = self._blob_at(session, index, kind, conn_source, 0, pre_blobs)
                    src_cur = self._blob_at(session, index, "activations", conn_source, ch.record.step, blobs)
            return analysis.structure(ch.pre, ch.record.arrays, c, of_class, src_pre, src_cur)

        got = self._analysed(ch, ("class", c), "structure", compute)
        body = {"run": index.name, "layer": ch.record.layer, "step": ch.record.step, "steps": sorted(ch.record.blobs),
                "class": c,
                "important": tolist(got["important"]), "conn_source": conn_source,
                "rest_hist_edges": measures.distance_edges(analysis.MATCH_BINS).tolist()}
        for name in ("distance", "matches_pretrained", "matches_current", "rest_hist", "conn_weight",
                     "conn_in_pretrained", "important_source", "match_distance_pretrained", "match_distance_current",
                     *analysis.WEIGHT_SUMMARIES):
            body[name] = tolist(got[name]) if name in got else None
        return body

    def _structure_v1(self, session, args) -> dict:
        record = self._record(session, args, "structure",
                              " (runs written by older versions have them for Conv2d layers only)")
        arrays = record.arrays
        self._require(arrays, ["important", "distance"], record.what)
        important = np.asarray(arrays["important"])
        if important.ndim != 3 or important.shape[0] != 2:
            raise DataError(f"{record.what}: important has shape {important.shape}, expected [2, C, k]")
        c = self._class(args, important.shape[1])
        source = np.asarray(arrays.get("conn_source", "")).reshape(-1)
        rest = np.asarray(arrays["rest_hist"]) if "rest_hist" in arrays else None
        body = {"run": record.index.name, "layer": record.layer, "step": record.step, "steps": sorted(record.blobs),
                "class": c,
                "important": tolist(important[:, c]), "conn_source": str(source[0]) if source.size else "",
                "rest_hist_edges": measures.distance_edges(rest.shape[-1]).tolist()
                if rest is not None and rest.ndim == 3 and rest.shape[-1] > 0 else None}
        for name in ("distance", "matches_pretrained", "matches_current", "rest_hist", "conn_in_pretrained"):
            a = np.asarray(arrays[name]) if name in arrays else None
            body[name] = tolist(a[c]) if a is not None and a.ndim >= 1 and a.shape[0] > c else None
        w = np.asarray(arrays["conn_weight"]) if "conn_weight" in arrays else None
        body["conn_weight"] = tolist(w[:, c]) if w is not None and w.ndim >= 2 and w.shape[1] > c else None
        body.update({name: None for name in ("important_source", "match_distance_pretrained", "match_distance_current",
                                             *analysis.WEIGHT_SUMMARIES)})  # not in schema 1
        return body

    _serve_runs = _json_route(runs)
    _serve_statistics = _json_route(statistics)
    _serve_layer = _json_route(layer)
    _serve_layer_cka = _json_route(layer_cka)
    _serve_instances = _json_route(instances)
    _serve_neighbors = _json_route(neighbors)
    _serve_features = _json_route(features)
    _serve_feature_projection = _json_route(feature_projection)
    _serve_channel = _json_route(channel)
    _serve_structure = _json_route(structure)

    def findings(self, session, args) -> dict:
        """``/findings``: the rules of docs/findings.md for each ``run`` (repeatable) at its step for ``step``,
        and the runs compared. A run whose records cannot be read is an entry with an ``error``."""
        names = list(dict.fromkeys(args.getlist("run")))
        if not names or "" in names:
            raise errors.InvalidArgumentError("missing parameter 'run' (repeat it for several runs)")
        if len(names) > MAX_FINDINGS_RUNS:
            raise errors.InvalidArgumentError(f"at most {MAX_FINDINGS_RUNS} runs per request, got {len(names)}")
        step = _uint_param(args, "step", required=False)
        indexes = {}
        for name in names:
            indexes[name] = session.run(name)
            if indexes[name] is None:
                raise errors.NotFoundError(f"unknown run {name!r}: it has no tb_transfer data")
        runs, unreadable = [], {}
        for name, index in indexes.items():
            try:  # one run whose records cannot be read does not hide the others' findings
                records = {kind: session.tensors(index, kind) for kind in rules.KINDS}
                info = session.info(index)
            except contract.FormatError as exc:
                unreadable[name] = f"its records cannot be read: {exc}"
                continue
            at = rules.step_for(records["performance"], step)
            if at is None:
                unreadable[name] = "it has no performance records: no step to evaluate"
                continue
            axes = {kind: index.get(kind).axes for kind in rules.KINDS if index.get(kind) is not None}
            runs.append(rules.RunRecords(name, records, info, axes, at))
        body = rules.report(runs)
        by_run = {r["run"]: r for r in body["runs"]}
        body["runs"] = [by_run.get(name) or {"run": name, "step": None, "findings": [], "error": unreadable[name]}
                        for name in names]
        return body

    _serve_findings = _json_route(findings)


STEP0_MISSING = ("step 0 (the pretrained model every comparison starts from) is not among the loaded steps: a "
                 "--samples_per_plugin=tb_transfer=N cap drops steps at random; use --tb_transfer_samples=N, "
                 "which always keeps step 0")


def steps_cap(context) -> int:
    """Steps served per series: an explicit ``--samples_per_plugin=tb_transfer=N`` if given, else
    ``--tb_transfer_samples`` (0: all)."""
    hints = context.sampling_hints or {}
    hint = hints.get(contract.PLUGIN_NAME, 0) if hasattr(hints, "get") else 0
    if isinstance(hint, int) and not isinstance(hint, bool) and hint > 0:
        return hint
    cap = getattr(getattr(context, "flags", None), "tb_transfer_samples", 0)
    return cap if isinstance(cap, int) and not isinstance(cap, bool) and cap > 0 else 0


def _warm_imports() -> None:
    try:
        import scipy.stats  # noqa: F401
        import sklearn.linear_model  # noqa: F401
    except Exception:  # only a warm-up: the analysis reports its own errors
        pass


def frame_fits(frame, x: np.ndarray) -> bool:
    """Whether features ``x`` [N, d] have the dimension the PCA frame was fitted on."""
    components = np.asarray(getattr(frame, "components", np.empty((0, x.shape[1]))))
    return components.ndim == 2 and components.shape[1] == x.shape[1]


def safe_static_path(rel: str) -> str | None:
    """The file under :data:`STATIC_DIR` named by URL path ``rel``, or None for anything that could escape it.

    Rejects empty, absolute (``/x``, ``C:``, ``\\\\server``) and dot segments, backslashes, NUL, and anything whose
    resolved path is not inside the static folder (symlinks included).
    """
    if not rel or len(rel) > 512:
        return None
    parts = rel.split("/")
    for part in parts:
        if part in ("", ".", "..") or "\\" in part or ":" in part or "\x00" in part:
            return None
    root = os.path.realpath(STATIC_DIR)
    full = os.path.realpath(os.path.join(root, *parts))
    if not full.startswith(root + os.sep) or not os.path.isfile(full):
        return None
    return full
