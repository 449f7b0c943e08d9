"""Synthetic tb_transfer runs for tests: every kind of the data contract, plausible shapes, no torch.

``write_synthetic_run(logdir, run, steps=3)`` writes one run directory ``<logdir>/<run>`` with :class:`RecordWriter`
and returns a :class:`SyntheticRun` holding exactly what was written, so tests can compare what the reader, the
routes or ``tb_transfer.load`` give back against it. Values are seeded and deterministic.

Layout of a synthetic run (defaults):

* layers ``features.0`` (Conv2d, K=6), ``features.4`` (Conv2d, K=8, input ``features.0``), ``classifier.1``
  (Linear, K=10); BatchNorm layers ``features.1`` (after ``features.0``) and ``features.5`` (after ``features.4``);
* ``n_per_domain`` source then ``n_per_domain`` target probe instances over ``n_classes`` classes;
* run-level kinds at every step (``layer_cka``'s diagonal is ``layer_stats``' ``cka_target``); ``run_info``,
  ``instance_meta`` and ``thumbnails`` at the first step only;
  ``weight_steps`` at its own step axis (``10 * s + 5`` after each epoch step ``s``), written as separate events;
* per-layer kinds at every step: ``filter_drift`` and ``channels`` for every tracked layer, ``structure`` for Conv2d
  layers, ``bn_drift`` per BatchNorm layer, ``embedding`` for every tracked layer plus ``penultimate``.
* ``failures`` is ``[]`` except at the second step (one failed ``logme``).
"""
from __future__ import annotations

import json
import time
import dataclasses
import struct
import zlib
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
import werkzeug.test
from tensorboard import default, program
from tensorboard.backend import application
from werkzeug import wrappers

from tb_transfer import contract
from tb_transfer.loader import TransferLoader
from tb_transfer.summary import RecordWriter

LAYERS = (
    {"name": "features.0", "type": "Conv2d", "out_channels": 6, "inputs": []},
    {"name": "features.4", "type": "Conv2d", "out_channels": 8, "inputs": ["features.0"]},
    {"name": "classifier.1", "type": "Linear", "out_channels": 10, "inputs": ["features.4"]},
)
BN_LAYERS = (
    {"name": "features.1", "channels": 6, "layer": "features.0"},
    {"name": "features.5", "channels": 8, "layer": "features.4"},
)
HIST_BINS = 12
TOP_K = 3  # important channels per class in structure records
THUMB_SIZE = 4


@dataclasses.dataclass
class SyntheticRun:
    """What :func:`write_synthetic_run` wrote.

    ``records[kind] = {step: value}`` for run-level kinds, ``layers[kind][layer] = {step: value}`` for per-layer
    kinds (npz values are dicts of arrays, png values bytes, json values Python objects, tensors ndarrays),
    ``axes[kind]`` the axis labels written for tensor kinds (per-layer kinds: the same for every layer).
    """

    path: Path
    run: str
    steps: list[int]
    info: dict
    records: dict[str, dict[int, Any]]
    layers: dict[str, dict[str, dict[int, Any]]]
    axes: dict[str, dict[str, list[str]]]

    @property
    def n(self) -> int:
        """Number of probe instances."""
        return self.info["thumbnails"]["count"]

    @property
    def embedding_layers(self) -> list[str]:
        return list(self.layers["embedding"])


def png_bytes(pixels: np.ndarray) -> bytes:
    """A valid PNG of a uint8 [H, W, 3] image (no Pillow needed)."""
    pixels = np.ascontiguousarray(pixels, dtype=np.uint8)
    h, w, _ = pixels.shape

    def chunk(name: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + name + data + struct.pack(">I", zlib.crc32(name + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + pixels[y].tobytes() for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _nan_some(a: np.ndarray, rng: np.random.Generator, fraction: float = 0.1) -> np.ndarray:
    a = a.copy()
    a.flat[rng.random(a.size) < fraction] = np.nan
    return a


def write_synthetic_run(
    logdir: str | Path,
    run: str,
    steps: int | Sequence[int] = 3,
    *,
    n_per_domain: int = 12,
    n_classes: int = 3,
    embedding_dim: int = 8,
    seed: int = 0,
    kinds: Iterable[str] | None = None,
    bn: bool = True,
    weight_steps: bool = True,
    n_val: int = 20,
    schema: int = 1,
) -> SyntheticRun:
    """Write a synthetic run to ``<logdir>/<run>`` and return what was written.

    Parameters
    ----------
    steps : number of steps (``0 .. steps-1``) or the steps themselves (increasing).
    kinds : restrict to these kinds (default: every kind of the contract). ``run_info`` is always written.
    bn : write BatchNorm records (``bn_stats``, ``bn_drift``); without, ``run_info.bn_layers`` is empty.
    weight_steps : write ``weight_steps`` records.
    n_val : target_val instances of ``val_correct``.
    schema : 1 writes the per-class ``channels`` and ``structure`` records of schema 1; 2 writes ``activations``
        records instead (``classifier.1`` records 6 of its 10 channels, as a layer wider than the budget would).
    """
    step_list = list(range(steps)) if isinstance(steps, int) else [int(s) for s in steps]
    if not step_list or any(b <= a for a, b in zip(step_list, step_list[1:])):
        raise ValueError("steps must be non-empty and increasing")
    wanted = set(contract.KINDS) if kinds is None else set(kinds) | {"run_info"}
    if not bn:
        wanted -= {"bn_stats", "bn_drift"}
    if not weight_steps:
        wanted.discard("weight_steps")
    wanted -= {"activations", "reference"} if schema == 1 else {"channels", "structure"}
    if "embedding" in wanted:  # step 0's embedding is kept apart from the sampled heavy blobs
        wanted.add("reference_embedding")
    rng = np.random.default_rng(seed)
    c, n = n_classes, 2 * n_per_domain
    bn_layers = list(BN_LAYERS) if bn else []
    layer_names = [spec["name"] for spec in LAYERS]
    conv_layers = [spec for spec in LAYERS if spec["type"] == "Conv2d"]
    class_names = [f"class{i}" for i in range(c)]
    columns = 4
    info = {
        "version": 1,
        "model": "SyntheticNet",
        "class_names": class_names,
        "domain_names": {"source": "synthetic source", "target": "synthetic target"},
        "layers": [dict(spec, embedding_dim=min(embedding_dim, spec["out_channels"])) for spec in LAYERS],
        "bn_layers": bn_layers,
        "probe": {"source": n_per_domain, "target": n_per_domain, "seed": seed},
        "has_target_val": True,
        "has_source_head": False,
        "label_spaces_match": True,
        "thumbnails": {"size": THUMB_SIZE, "columns": columns, "count": n},
        "step_unit": "epoch",
    }
    domain = np.repeat([0, 1], n_per_domain).astype(np.int32)
    label = (np.arange(n) % c).astype(np.int32)
    meta = np.stack([domain, label, np.arange(n, dtype=np.int32) * 3 + 1], axis=1).astype(np.int32)
    rows = -(-n // columns)
    sprite = rng.integers(0, 256, (rows * THUMB_SIZE, columns * THUMB_SIZE, 3), dtype=np.uint8)
    # A class/domain-structured embedding that moves with the step: class centres plus a shrinking domain offset.
    centres = {spec: rng.normal(0, 3, (c, embedding_dim)) for spec in layer_names + [contract.PENULTIMATE]}
    domain_dir = {spec: rng.normal(0, 1, embedding_dim) for spec in centres}
    noise = {spec: rng.normal(0, 0.5, (n, embedding_dim)) for spec in centres}
    hist_edges = np.linspace(-1, 3, HIST_BINS + 1).astype(np.float32)

    out = SyntheticRun(path=Path(logdir) / run, run=run, steps=step_list, info=info, records={}, layers={}, axes={})
    writer = RecordWriter(log_dir=str(out.path))

    def add(kind: str, value: Any, step: int, layer: str | None = None, axes: dict | None = None) -> None:
        if kind not in wanted:
            return
        writer.add(kind, value, layer=layer, axes=axes)
        if contract.KINDS[kind].quantized:  # what a reader gets back: 8-bit arrays within half a step
            value = contract.decode_npz(contract.encode_npz(value, contract.KINDS[kind].quantized))
        if contract.KINDS[kind].encoding == "tensor":
            value = np.asarray(value)
            if value.dtype == np.float64:
                value = value.astype(np.float32)
        if layer is None:
            out.records.setdefault(kind, {})[step] = value
        else:
            out.layers.setdefault(kind, {}).setdefault(layer, {})[step] = value
        if axes is not None:
            out.axes[kind] = {k: [str(x) for x in v] for k, v in axes.items()}

    for i, step in enumerate(step_list):
        t = i / max(1, len(step_list) - 1)
        if i == 0:
            add("run_info", info, step)
            add("instance_meta", meta, step, axes={"instance": [], "field": contract.INSTANCE_META_FIELDS})
            add("thumbnails", png_bytes(sprite), step)
        perf = np.array([[0.2 + 0.1 * t, 0.9], [2.0 - t, 0.3 + 0.5 * t], [2.1 - t, 0.28 + 0.5 * t]], np.float32)
        perf[:, 1] += rng.normal(0, 0.01, 3).astype(np.float32)
        add("performance", perf, step, axes={"split": contract.SPLITS, "metric": contract.METRICS})
        add("transferability", np.float32(perf[2, 1] - 0.28), step)
        class_acc = rng.random((2, c)).astype(np.float32)
        class_acc[1, -1] = np.nan  # a class absent from the target domain
        add("class_accuracy", class_acc, step, axes={"domain": contract.DOMAINS, "class": class_names})
        add("confusion", rng.integers(0, 5, (2, c, c)).astype(np.float32), step,
            axes={"domain": contract.DOMAINS, "true": class_names, "predicted": class_names})
        add("leep", np.float32(np.nan), step)
        stats = _nan_some(rng.random((len(contract.LAYER_MEASURES), len(LAYERS))).astype(np.float32), rng)
        add("layer_stats", stats, step, axes={"measure": contract.LAYER_MEASURES, "layer": layer_names})
        crng = np.random.default_rng((seed, step, 1))  # its own generator: the other records stay as they were
        cka = crng.uniform(-0.1, 1.0, (len(LAYERS), len(LAYERS))).astype(np.float32)
        np.fill_diagonal(cka, stats[contract.LAYER_MEASURES.index("cka_target")])  # the diagonal is cka_target
        add("layer_cka", cka, step, axes={"current": layer_names, "pretrained": layer_names})
        if bn_layers:
            add("bn_stats", rng.random((len(contract.BN_FIELDS), len(bn_layers))).astype(np.float32), step,
                axes={"field": contract.BN_FIELDS, "bn_layer": [b["name"] for b in bn_layers]})
        failures = [{"measure": "logme", "layer": "features.0", "error": "synthetic failure"}] if i == 1 else []
        add("failures", failures, step)
        outcome = np.stack([
            rng.integers(0, c, n).astype(np.float32),   # prediction
            rng.random(n).astype(np.float32) * 2,       # loss
            rng.normal(0, 1, n).astype(np.float32),      # margin
            rng.random(n).astype(np.float32),            # p_target
        ])
        outcome[1, 0] = np.nan
        add("instance_outcome", outcome, step, axes={"field": contract.INSTANCE_FIELDS, "instance": []})
        vrng = np.random.default_rng((seed, step))  # its own generator: the other records stay as they were
        val_correct = np.stack([vrng.random(n_val) < 0.28, vrng.random(n_val) < perf[2, 1]]).astype(np.float16)
        add("val_correct", val_correct, step, axes={"model": contract.VAL_CORRECT_ROWS, "instance": []})
        for spec in LAYERS:
            name, k = spec["name"], spec["out_channels"]
            drift = np.stack([rng.random(k) * t, 1 - rng.random(k) * 0.1 * t]).astype(np.float32)
            add("filter_drift", drift, step, layer=name, axes={"field": contract.DRIFT_FIELDS, "filter": []})
            s_idx = np.arange(min(4, k), dtype=np.int32)
            add("channels", {
                "mean": rng.random((2, k)).astype(np.float32),
                "var": rng.random((2, k)).astype(np.float32),
                "dead": rng.random((2, k)).astype(np.float32),
                "hist": rng.integers(0, 5, (2, k, HIST_BINS)).astype(np.float32),
                "hist_edges": hist_edges,
                "domain_coef": rng.normal(0, 1, (2, c, k)).astype(np.float32),
                "domain_auc": rng.random((2, c, k)).astype(np.float32),
                "importance": rng.random((2, c, k)).astype(np.float32),
                "top_channels": s_idx * 1 + (k - len(s_idx)) // 2,
                "activations": rng.normal(0, 1, (2, n, len(s_idx))).astype(np.float16),
            }, step, layer=name)
        recorded = {spec["name"]: np.arange(spec["out_channels"] if spec["type"] == "Conv2d" else 6, dtype=np.int32)
                    for spec in LAYERS}
        for spec in LAYERS if schema == 2 else ():
            name, k = spec["name"], spec["out_channels"]
            rec = recorded[name]
            arrays = {
                "channels": rec,
                "pooled": np.maximum(rng.normal(0.2 * t, 1, (n, len(rec))), 0).astype(np.float16),
                "importance": rng.random((c, len(rec))).astype(np.float16),
                "mean": rng.random((2, k)).astype(np.float32),
                "var": rng.random((2, k)).astype(np.float32),
                "dead": rng.random((2, k)).astype(np.float32),
                "hist_edges": hist_edges,
            }
            if spec["type"] == "Conv2d":
                pos = conv_layers.index(spec)
                arrays["conn_source"] = np.array(conv_layers[pos - 1]["name"] if pos else "")
                if pos:
                    arrays["conn_norms"] = rng.random((len(rec), len(recorded[conv_layers[pos - 1]["name"]]))).astype(
                        np.float16)
            add("activations", arrays, step, layer=name)
            if step == step_list[0]:
                add("reference", arrays, step, layer=name)
        for pos, spec in enumerate(conv_layers):
            name, k = spec["name"], spec["out_channels"]
            important = np.stack([np.stack([rng.permutation(k)[:TOP_K] for _ in range(c)]) for _ in range(2)])
            arrays = {
                "important": important.astype(np.int32),
                "distance": rng.random((c, TOP_K, TOP_K)).astype(np.float32),
                "matches_pretrained": rng.integers(0, k, (c, TOP_K, 5)).astype(np.int32),
                "matches_current": rng.integers(0, k, (c, TOP_K, 5)).astype(np.int32),
                "rest_hist": rng.integers(0, 4, (c, 3, 20)).astype(np.float32),
                "conn_source": np.array(conv_layers[pos - 1]["name"] if pos else ""),
            }
            if pos:
                arrays["conn_weight"] = rng.random((2, c, TOP_K, TOP_K)).astype(np.float32)
                arrays["conn_in_pretrained"] = rng.random((c, TOP_K, TOP_K)) < 0.5
            add("structure", arrays, step, layer=name)
        for b in bn_layers:
            add("bn_drift", rng.normal(0, 0.1 * (t + 0.1), (len(contract.BN_FIELDS), b["channels"])).astype(
                np.float32), step, layer=b["name"], axes={"field": contract.BN_FIELDS, "channel": []})
        for name in centres:
            feats = centres[name][label] + (1 - 0.8 * t) * np.outer(domain, domain_dir[name]) + noise[name]
            add("embedding", {"features": feats.astype(np.float16)}, step, layer=name)
            if step == step_list[0]:
                add("reference_embedding", {"features": feats.astype(np.float16), "variance_kept": np.float32(1)},
                    step, layer=name)
        writer.flush_step(step)
        if "weight_steps" in wanted:  # own step axis: optimizer steps, one event of its own
            wstep = 10 * step + 5
            add("weight_steps", np.stack([rng.random(len(LAYERS)) * t, 1 - rng.random(len(LAYERS)) * 0.01]),
                wstep, axes={"field": contract.DRIFT_FIELDS, "layer": layer_names})
            writer.flush_step(wstep)
    writer.close()
    return out


def write_raw_event_file(run_dir: str | Path, data: bytes, name: str = "events.out.tfevents.0.bad") -> Path:
    """Write ``data`` as an event file in ``run_dir`` (for corrupt-file tests)."""
    path = Path(run_dir)
    path.mkdir(parents=True, exist_ok=True)
    target = path / name
    target.write_bytes(data)
    return target


def event_files(run_dir: str | Path) -> list[Path]:
    return sorted(Path(run_dir).glob("events.out.tfevents.*"))


def production_multiplexer(logdir: str | Path, samples: int = 0, heavy_samples: int = 0):
    """An EventMultiplexer sized like TensorBoard's Python loader with the loader's default (keep-all for us); heavy
    per-layer blobs keep every step too unless ``heavy_samples`` (the loader's default budget is 10)."""
    from tensorboard.backend.event_processing import plugin_event_multiplexer, tag_types

    mux = plugin_event_multiplexer.EventMultiplexer(
        size_guidance={tag_types.TENSORS: 10},  # as data_ingester.DEFAULT_SIZE_GUIDANCE: don't hide the cap
        tensor_size_guidance={contract.PLUGIN_NAME: samples, contract.HEAVY_PLUGIN_NAME: heavy_samples},
    )
    mux.AddRunsFromDirectory(str(logdir))
    mux.Reload()
    return mux


def plugin_client(logdir: str | Path, samples: int = 0):
    """``(client, plugin, multiplexer)``: a werkzeug test client over ``TensorBoardWSGI([TransferPlugin])``.

    Routes are at ``/data/plugin/tb_transfer/<route>``. Call ``multiplexer.Reload()`` after writing more data.
    """
    import argparse

    import werkzeug.test
    from tensorboard.backend import application
    from tensorboard.backend.event_processing import data_provider
    from tensorboard.plugins import base_plugin
    from werkzeug import wrappers

    from tb_transfer.plugin import TransferPlugin

    mux = production_multiplexer(logdir, samples)
    provider = data_provider.MultiplexerDataProvider(mux, str(logdir))
    ctx = base_plugin.TBContext(logdir=str(logdir), data_provider=provider, multiplexer=mux,
                                sampling_hints={contract.PLUGIN_NAME: samples},
                                flags=argparse.Namespace(tb_transfer_samples=samples))
    plugin = TransferPlugin(ctx)
    client = werkzeug.test.Client(application.TensorBoardWSGI([plugin]), wrappers.Response)
    return client, plugin, mux


# ---------------------------------------------------------------------------------------------------------------
# The real TensorBoard application, on both loaders

P = "/data/plugin/tb_transfer/"


LOADERS = ["false", "true"]  # the Rust data server ships with tensorboard (tensorboard-data-server): no skip


class App:
    """A TensorBoard app built the way `tensorboard --logdir` builds it (program + loaders + data ingester)."""

    def __init__(self, logdir, load_fast: str, *flags: str):
        self.tb = program.TensorBoard(plugins=default.get_static_plugins() + [TransferLoader()])
        self.tb.configure(("tensorboard", "--logdir", str(logdir), "--load_fast", load_fast, "--reload_interval", "0",
                           "--reload_task", "blocking", *flags))
        provider, mux = self.tb._make_data_provider()
        self.mux = mux  # None with the data server; Reload() it to see what was written since (Python loader)
        wsgi = application.TensorBoardWSGIApp(self.tb.flags, self.tb.plugin_loaders, provider,
                                              self.tb.assets_zip_provider, mux)
        self.plugin = next(p for p in wsgi._plugins if p.plugin_name == contract.PLUGIN_NAME)  # ours, as loaded
        self.client = werkzeug.test.Client(wsgi, wrappers.Response)

    def get(self, path, **params):
        resp = self.client.get(path, query_string=params)
        assert resp.status_code != 500, resp.get_data(as_text=True)
        return resp

    def json(self, route, **params):
        resp = self.get(P + route, **params)
        assert resp.status_code == 200, resp.get_data(as_text=True)
        return json.loads(resp.get_data(as_text=True))

    def runs(self, expect: dict, timeout: float = 20.0) -> dict:
        """Poll /runs until each run in ``expect`` has that many steps (the data server loads asynchronously)."""
        deadline = time.monotonic() + timeout
        while True:
            runs = {r["run"]: r for r in self.json("runs")["runs"]}
            if all(len(runs.get(name, {}).get("steps", [])) >= n for name, n in expect.items()):
                return runs
            if time.monotonic() > deadline:
                return runs
            time.sleep(0.2)

    def close(self):
        handle = getattr(getattr(self.tb, "_ingester", None), "_stdin_handle", None)
        if handle is not None:
            handle.close()  # the data server runs with --die-after-stdin
