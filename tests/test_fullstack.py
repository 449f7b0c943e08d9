"""Full stack: the real TensorBoard program with our loader, on both loaders (Python and the Rust data server).

Every logged step of the small series comes back through the HTTP routes without --samples_per_plugin, heavy
per-layer blobs at the loader's budget; the tab is listed and loads
./index.js; --tb_transfer_samples caps; an explicit --samples_per_plugin wins; bad event files do not break good
runs; the entry point is installed and the entry module is light.
"""
import argparse
import json
import os
import struct
import subprocess
import sys

import numpy as np
import pytest
from tensorboard import default
from tensorboard.compat.proto import event_pb2
from tensorboard.plugins import base_plugin

from fixtures import LOADERS, App, P, event_files, write_raw_event_file, write_synthetic_run
from tb_transfer.loader import TransferLoader

STEPS = 250


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("logs")
    write_synthetic_run(d, "big", steps=STEPS)  # every kind, blobs included
    write_synthetic_run(d, "v2", steps=30, schema=2, bn=False, weight_steps=False)  # heavy activations blobs
    write_raw_event_file(d / "corrupt", np.random.default_rng(0).bytes(5000))
    trunc = write_synthetic_run(d, "truncated", steps=6, kinds=["performance"], bn=False, weight_steps=False)
    (path,) = event_files(trunc.path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.7)])
    return d


@pytest.fixture(scope="module")
def small_logdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("small")
    write_synthetic_run(d, "r", steps=20, kinds=["performance", "embedding"], bn=False, weight_steps=False)
    return d


@pytest.mark.parametrize("load_fast", LOADERS)
def test_every_logged_step_comes_back(logdir, load_fast):
    app = App(logdir, load_fast)
    try:
        assert app.tb.flags.samples_per_plugin == {"tb_transfer": 0, "tb_transfer_heavy": 10}
        runs = app.runs({"big": STEPS})
        assert len(runs["big"]["steps"]) == STEPS and runs["big"]["error"] is None
        assert runs["big"]["steps"] == list(range(STEPS))
        stats = app.json("statistics", run="big")
        assert stats["steps"] == list(range(STEPS))
        assert len(stats["performance"]["values"]) == STEPS and None not in stats["performance"]["values"]
        assert len(stats["weight_steps"]["steps"]) == STEPS
        assert len(app.json("layer", run="big", layer="features.0")["steps"]) == STEPS
        # embeddings are heavy blobs kept at the loader's budget of steps, the latest among them; step 0's (the PCA
        # frame's) is kept apart (reference_embedding)
        inst = app.json("instances", run="big", layer="features.0")
        assert inst["step"] == STEPS - 1 and inst["steps"][0] == 0 and inst["steps"][-1] == STEPS - 1
        assert 3 <= len(inst["steps"]) <= 11
        assert app.json("instances", run="big", layer="features.0", step=0)["step"] == 0
        assert inst["previous_prediction"] is not None
        # heavy per-layer blobs (activations) are kept at the loader's budget of steps, the latest among them;
        # step 0's is kept apart (reference), so every kept step can be compared with the pretrained model
        assert app.json("features", run="big", layer="features.4", step=249, **{"class": 1})["step"] == 249
        assert app.json("features", run="v2", layer="features.4", step=29, **{"class": 1})["step"] == 29
        kept = [s for s in range(1, 29)
                if app.get(P + "features", run="v2", layer="features.4", step=s, **{"class": 1}).status_code == 200]
        assert 1 <= len(kept) <= 9
        assert app.get(P + "thumbnails", run="big").headers["Content-Type"] == "image/png"
        # bad files next to good runs: nothing breaks, the truncated run shows its valid prefix
        assert "corrupt" not in runs
        assert 1 <= len(app.runs({"truncated": 1})["truncated"]["steps"]) < 6
    finally:
        app.close()


@pytest.mark.parametrize("load_fast", LOADERS)
def test_tab_is_listed_and_loads_index_js(small_logdir, load_fast):
    app = App(small_logdir, load_fast)
    try:
        app.runs({"r": 20})
        listing = json.loads(app.get("/data/plugins_listing").get_data())
        entry = listing["tb_transfer"]
        assert entry["enabled"] is True
        assert entry["tab_name"] == "Transfer"
        assert entry["loading_mechanism"]["type"] == "IFRAME"
        assert entry["loading_mechanism"]["module_path"].endswith("/data/plugin/tb_transfer/index.js")
        html = app.get("/data/plugin_entry.html", name="tb_transfer").get_data(as_text=True)
        assert 'import("./index.js")' in html
        js = app.get(P + "index.js")
        if js.status_code == 200:
            assert js.headers["Content-Type"].startswith("text/javascript")
        else:
            assert js.status_code == 404 and "frontend not built" in js.get_data(as_text=True)
    finally:
        app.close()


@pytest.mark.parametrize("load_fast", LOADERS)
def test_user_cap_is_honoured(small_logdir, load_fast):
    app = App(small_logdir, load_fast, "--tb_transfer_samples=5")
    try:
        assert app.tb.flags.samples_per_plugin == {"tb_transfer": 0, "tb_transfer_heavy": 10}  # light: capped when served
        steps = app.runs({"r": 5})["r"]["steps"]
        assert len(steps) == 5 and steps[0] == 0 and steps[-1] == 19  # step 0 and the latest always survive
    finally:
        app.close()


def test_explicit_samples_per_plugin_wins(small_logdir):
    app = App(small_logdir, "false", "--samples_per_plugin=tb_transfer=7", "--tb_transfer_samples=5")
    try:
        assert app.tb.flags.samples_per_plugin == {"tb_transfer": 7, "tb_transfer_heavy": 10}
        assert len(app.runs({"r": 7})["r"]["steps"]) == 7
    finally:
        app.close()


def test_loader_flags_are_guarded():
    loader = TransferLoader()
    parser = argparse.ArgumentParser()
    loader.define_flags(parser)
    loader.define_flags(parser)  # defined twice: no argparse.ArgumentError
    flags = parser.parse_args([])
    assert flags.tb_transfer_samples == 0
    flags.samples_per_plugin = "not a dict"
    loader.fix_flags(flags)
    assert flags.samples_per_plugin == "not a dict"
    flags.samples_per_plugin = {"scalars": 3}
    loader.fix_flags(flags)
    assert flags.samples_per_plugin == {"scalars": 3, "tb_transfer": 0, "tb_transfer_heavy": 10}
    with pytest.raises(base_plugin.FlagsError):
        loader.fix_flags(argparse.Namespace(tb_transfer_samples=-1, samples_per_plugin={}))
    with pytest.raises(base_plugin.FlagsError):
        loader.fix_flags(argparse.Namespace(tb_transfer_samples=0, tb_transfer_heavy_samples=-1,
                                            samples_per_plugin={}))


def test_entry_point_is_installed():
    dynamic = default.get_dynamic_plugins()
    assert TransferLoader in dynamic or any(isinstance(p, TransferLoader) for p in dynamic), (
        "tb_transfer is not installed as a TensorBoard plugin: run `.venv/bin/pip install -e .`")


def test_entry_module_is_light():
    """Importing the entry module imports nothing heavy (TensorBoard imports it unguarded); constructing the loader
    (which switches TensorBoard's event checksums to C) imports only google_crc32c beyond what TensorBoard's own start
    has already imported by then."""
    code = (
        "import json, sys\n"
        "from tb_transfer.loader import TransferLoader\n"
        "imported = sorted(sys.modules)\n"
        "import argparse\n"
        "from tensorboard import default, main, program\n"
        "tensorboard = set(sys.modules)\n"
        "loader = TransferLoader(); parser = argparse.ArgumentParser(); loader.define_flags(parser)\n"
        "flags = parser.parse_args([]); flags.samples_per_plugin = {}; loader.fix_flags(flags)\n"
        "from tensorboard.compat.tensorflow_stub import pywrap_tensorflow\n"
        "print(json.dumps([imported, sorted(set(sys.modules) - tensorboard),\n"
        "                  getattr(pywrap_tensorflow.masked_crc32c, 'tb_transfer', False)]))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=True)
    modules, constructing, fast_crc = json.loads(out.stdout.strip().splitlines()[-1])
    heavy = {m for m in modules if m.split(".")[0] in ("torch", "sklearn", "scipy", "numpy", "torchvision")}
    ours = {m for m in modules
            if m.startswith("tb_transfer.") and m not in ("tb_transfer.loader", "tb_transfer.checksums")}
    assert not heavy and not ours, (heavy, ours)
    assert {m.split(".")[0] for m in constructing} <= {"google_crc32c"}, constructing
    assert fast_crc  # constructing the loader made TensorBoard's Python event reader check checksums in C


def test_python_loader_rejects_a_corrupted_record_in_a_real_tensorboard(tmp_path):
    """A real `tensorboard` (Python loader, whose event reader the plugin's loader switched to C checksums) serves a
    good run whole and, of a copy with one flipped byte in step 2's record, the steps before it, as TensorBoard's
    pure-Python checksum would: the same steps its own loader reads with it."""
    from tensorboard.backend.event_processing.event_file_loader import EventFileLoader
    from tensorboard.compat.tensorflow_stub import pywrap_tensorflow

    from browser_helpers import tensorboard
    from tb_transfer.checksums import use_fast_crc32c

    write_synthetic_run(tmp_path, "good", steps=5, kinds=["performance", "embedding"], bn=False, weight_steps=False)
    (good,) = event_files(tmp_path / "good")
    raw, pos = good.read_bytes(), 0
    while event_pb2.Event.FromString(raw[pos + 12:pos + 12 + struct.unpack("<Q", raw[pos:pos + 8])[0]]).step != 2:
        pos += 12 + struct.unpack("<Q", raw[pos:pos + 8])[0] + 4  # TFRecord frames: length, crc, data, crc
    flipped = bytearray(raw)
    flipped[pos + 12 + 5] ^= 0x01  # in the data of step 2's first record
    (tmp_path / "flipped").mkdir()
    bad = tmp_path / "flipped" / good.name
    bad.write_bytes(bytes(flipped))
    use_fast_crc32c()
    fast = pywrap_tensorflow.masked_crc32c
    pywrap_tensorflow.masked_crc32c = fast.pure_python
    try:
        expected = sorted({e.step for e in EventFileLoader(str(bad)).Load() if e.HasField("summary")})
    finally:
        pywrap_tensorflow.masked_crc32c = fast
    assert expected == [0, 1]
    with tensorboard(tmp_path, expect_runs=2, load_fast="false") as tb:
        tb.wait_steps("good", 5)
        runs = {r["run"]: r["steps"] for r in tb.api("runs")["runs"]}
    assert runs == {"good": [0, 1, 2, 3, 4], "flipped": expected}


@pytest.mark.parametrize("load_fast", LOADERS)
def test_a_step_written_after_a_request_is_in_the_next_answers(tmp_path, load_fast):
    """The backend reuses what it read while the listing shows a series unchanged: a step written after the first
    requests appears in /runs, /statistics and /findings as soon as TensorBoard has loaded it, on both loaders."""
    from tb_transfer.summary import RecordWriter

    run = write_synthetic_run(tmp_path, "live", steps=3, seed=5)
    # the Python loader reloads when told (below); the data server every second
    app = App(tmp_path, load_fast, *(("--reload_interval", "1", "--reload_task", "thread") if load_fast == "true" else ()))
    try:
        assert app.runs({"live": 3})["live"]["steps"] == [0, 1, 2]
        assert app.json("statistics", run="live")["steps"] == [0, 1, 2]
        assert app.json("findings", run="live")["runs"][0]["step"] == 2
        w = RecordWriter(log_dir=str(run.path))  # training goes on: a later event file in the same run
        value = np.array([[0.5, 0.25], [1.0, 0.75], [2.0, 0.125]], np.float32)
        w.add("performance", value)
        w.add("failures", [])
        w.flush_step(3)
        w.close()
        if app.mux is not None:
            app.mux.Reload()  # the Python loader: loaded now, so the very next answer must show it
            assert app.json("runs")["runs"][0]["steps"] == [0, 1, 2, 3]
        else:  # the data server reloads every second
            assert app.runs({"live": 4}, timeout=60)["live"]["steps"] == [0, 1, 2, 3]
        stats = app.json("statistics", run="live")
        assert stats["steps"] == [0, 1, 2, 3]
        np.testing.assert_allclose(stats["performance"]["values"][3], value.tolist(), rtol=1e-6)
        assert app.json("findings", run="live")["runs"][0]["step"] == 3
    finally:
        app.close()


@pytest.mark.parametrize("load_fast", LOADERS)
def test_start_up_warm_up_keeps_the_tabs_first_answers(tmp_path, load_fast, monkeypatch):
    """Once TensorBoard has loaded the logdir, the plugin builds /runs and every run's /statistics in the background
    (the tab's first requests): the tab then reads kept answers, equal to those built on request, and a step written
    later is still in the next answers."""
    from tb_transfer.plugin import ANSWERS_KEPT
    from tb_transfer.projections import LRU
    from tb_transfer.summary import RecordWriter

    for i in range(3):
        write_synthetic_run(tmp_path, f"r{i}", steps=4, seed=i)
    app = App(tmp_path, load_fast, *(("--reload_interval", "1", "--reload_task", "thread") if load_fast == "true" else ()))
    plugin = app.plugin
    assert plugin.warmed.wait(60)
    built = []
    for name in ("_runs", "_statistics"):
        real = getattr(plugin, name)
        monkeypatch.setattr(plugin, name, lambda *a, real=real, name=name: built.append(name) or real(*a))
    warm = [app.json("runs")] + [app.json("statistics", run=f"r{i}") for i in range(3)]
    assert built == [] and [len(s["steps"]) for s in warm[1:]] == [4, 4, 4]
    with plugin._answers_lock:
        plugin._answers = LRU(ANSWERS_KEPT)  # forget the kept answers: built on request now
    assert [app.json("runs")] + [app.json("statistics", run=f"r{i}") for i in range(3)] == warm
    assert built == ["_runs"] + ["_statistics"] * 3
    writer = RecordWriter(log_dir=str(tmp_path / "r1"))
    writer.write(7, [("performance", np.full((3, 2), 0.5, np.float32), None, None)])
    writer.close()
    if app.mux is not None:
        app.mux.Reload()
    app.runs({"r1": 5})
    assert app.json("statistics", run="r1")["steps"] == [0, 1, 2, 3, 7]
