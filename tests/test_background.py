"""The callback's background mode: measures computed in a worker thread while training goes on.

Real training of a small CNN on CPU; records read back with ``tb_transfer.load``.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch

import tb_transfer
from tb_transfer import TransferCallback, measures, records
from tiny_runs import CLASSES, TinyNet, fit, make_domain, pretrained_model

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def setup():
    return {"base": pretrained_model(), "source": make_domain(48, "source", 1), "target": make_domain(48, "target", 2),
            "train": make_domain(96, "target", 3), "val": make_domain(32, "target", 4)}


def run(setup, log_dir, background: bool, epochs: int = 3, **kw) -> TransferCallback:
    model = TinyNet()
    model.load_state_dict(setup["base"].state_dict())
    cb = TransferCallback(model, source=setup["source"], target=setup["target"], class_names=list(CLASSES),
                          log_dir=str(log_dir), target_val=setup["val"], probe_size=24, background=background, **kw)
    fit(model, setup["train"], epochs=epochs, lr=0.02, callback=cb)
    cb.close()
    return cb


def equal(a, b) -> bool:
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(equal(a[k], b[k]) for k in a)
    if isinstance(a, (bytes, list, str)):
        return a == b
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a, b, equal_nan=a.dtype.kind == "f")


def test_background_writes_the_same_records_as_synchronous(setup, tmp_path):
    assert TransferCallback.__init__.__kwdefaults__["background"] is True  # on by default
    run(setup, tmp_path / "sync", background=False)
    run(setup, tmp_path / "bg", background=True)
    runs = tb_transfer.load(tmp_path)
    sync, bg = runs["sync"], runs["bg"]
    assert sync.error is None and bg.error is None
    assert sync.steps == bg.steps == [0, 1, 2, 3]
    assert sync.records.keys() == bg.records.keys() and sync.layers.keys() == bg.layers.keys()
    for kind in sync.records:
        assert sync.records[kind].keys() == bg.records[kind].keys(), kind
        for step in sync.records[kind]:
            assert equal(sync.records[kind][step], bg.records[kind][step]), (kind, step)
    for kind, by_layer in sync.layers.items():
        assert by_layer.keys() == bg.layers[kind].keys(), kind
        for layer, steps in by_layer.items():
            for step, value in steps.items():
                assert equal(value, bg.layers[kind][layer][step]), (kind, layer, step)


def test_a_failure_inside_the_worker_is_recorded_at_its_step_and_no_step_is_lost(setup, tmp_path, monkeypatch):
    real = records.step_records
    calls = []

    def crashing(layout, ref, guard, cur=None, val=None, val_outcome=(None, None)):
        calls.append(threading.current_thread().name)
        if len(calls) == 3:  # step 2 (steps 0, 1, 2, 3)
            raise RuntimeError("worker bug")
        return real(layout, ref, guard, cur, val, val_outcome)

    def broken_logme(features, labels):
        raise np.linalg.LinAlgError("SVD did not converge")

    monkeypatch.setattr(records, "step_records", crashing)
    monkeypatch.setattr(measures, "logme", broken_logme)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(setup, tmp_path / "r", background=True)  # close() gives the worker's warnings in this thread
    assert set(calls) == {"tb_transfer-measures"}  # the measures ran in the worker
    got = tb_transfer.load(tmp_path)["r"]
    failures = got.records["failures"]
    assert sorted(failures) == [0, 1, 2, 3]  # every step written, the crashed one too
    assert [f["measure"] for f in failures[2]] == ["step_records"] and "worker bug" in failures[2][0]["error"]
    for step in (0, 1, 3):
        assert {f["measure"] for f in failures[step]} == {"logme"}  # a measure failure at its own step
        assert np.isnan(got.records["layer_stats"][step][list(got.axes["layer_stats"]["measure"]).index("logme")]).all()
    assert sorted(got.records["performance"]) == [0, 1, 3]  # the crashed step has only its failures
    messages = [str(w.message) for w in caught if "tb_transfer" in str(w.message)]
    assert any("step_records failed" in m for m in messages) and any("logme failed" in m for m in messages)


def test_close_waits_for_the_last_step(setup, tmp_path, monkeypatch):
    real = records.step_records
    started = threading.Event()

    def slow(layout, ref, guard, cur=None, val=None, val_outcome=(None, None)):
        started.set()
        time.sleep(0.5)
        return real(layout, ref, guard, cur, val, val_outcome)

    monkeypatch.setattr(records, "step_records", slow)
    model = TinyNet()
    model.load_state_dict(setup["base"].state_dict())
    cb = TransferCallback(model, source=setup["source"], target=setup["target"], class_names=list(CLASSES),
                          log_dir=str(tmp_path / "r"), probe_size=24)
    cb.on_epoch_end(0)
    cb.on_epoch_end(1)  # returns while step 1 or 2 is still being measured
    assert started.is_set()
    assert cb._jobs.unfinished_tasks > 0
    cb.close()
    assert cb._jobs.unfinished_tasks == 0
    got = tb_transfer.load(tmp_path)["r"]
    assert got.steps == [0, 1, 2] and sorted(got.records["failures"]) == [0, 1, 2]
    assert sorted(got.layers["activations"]["features.0"]) == [0, 1, 2]
    with pytest.raises(RuntimeError, match="closed"):
        cb.on_epoch_end(2)


def test_flush_waits_and_training_rng_is_untouched(setup, tmp_path):
    model = TinyNet()
    model.load_state_dict(setup["base"].state_dict())
    cb = TransferCallback(model, source=setup["source"], target=setup["target"], class_names=list(CLASSES),
                          log_dir=str(tmp_path / "r"), probe_size=24)
    torch.manual_seed(5)
    np.random.seed(5)
    cb.on_epoch_end(0)
    after = torch.rand(3), np.random.rand(3)
    cb.flush()
    assert cb._jobs.unfinished_tasks == 0 and cb.last_call["bytes"] > 0
    assert tb_transfer.load(tmp_path)["r"].steps == [0, 1]  # written before close
    torch.manual_seed(5)
    np.random.seed(5)
    assert torch.equal(torch.rand(3), after[0]) and np.array_equal(np.random.rand(3), after[1])
    cb.close()


class _Fatal(BaseException):
    """Not an ``Exception``: what ``sys.exit()`` or a fatal signal handler raises inside the worker."""


def test_a_fatal_error_in_the_worker_never_loses_a_written_step(setup, tmp_path, monkeypatch):
    real = records.step_records
    calls = []

    def fatal_at_step_2(layout, ref, guard, cur=None, val=None, val_outcome=(None, None)):
        calls.append(threading.current_thread().name)
        if len(calls) == 3:  # step 2 of 0..3
            raise _Fatal("worker killed")
        return real(layout, ref, guard, cur, val, val_outcome)

    monkeypatch.setattr(records, "step_records", fatal_at_step_2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cb = run(setup, tmp_path / "r", background=True)
    assert set(calls) == {"tb_transfer-measures"} and cb._worker is None  # closed
    got = tb_transfer.load(tmp_path)["r"]
    assert got.error is None and sorted(got.records["failures"]) == [0, 1, 2, 3]
    assert got.steps == sorted(got.records["performance"]) == [0, 1, 3]  # the steps before and after are whole
    assert sorted(got.layers["activations"]["features.0"]) == [0, 1, 3]
    assert [f["measure"] for f in got.records["failures"][2]] == ["step_records"]
    assert "_Fatal: worker killed" in got.records["failures"][2][0]["error"]
    assert any("step_records failed" in str(w.message) for w in caught)


def test_a_worker_that_is_gone_is_replaced_and_no_call_waits_forever(setup, tmp_path):
    model = TinyNet()
    model.load_state_dict(setup["base"].state_dict())
    cb = TransferCallback(model, source=setup["source"], target=setup["target"], class_names=list(CLASSES),
                          log_dir=str(tmp_path / "r"), probe_size=24)
    cb.on_epoch_end(0)
    cb.flush()
    dead = cb._worker
    cb._jobs.put(None)  # the worker returns, as a thread that died would
    dead.join(timeout=30)
    assert not dead.is_alive()
    with pytest.warns(RuntimeWarning, match="background worker thread died"):
        for epoch in (1, 2, 3):  # the queue holds one step: without a new worker the third call would block forever
            cb.on_epoch_end(epoch)
    cb.close()
    assert cb._jobs.unfinished_tasks == 0
    got = tb_transfer.load(tmp_path)["r"]
    assert got.steps == [0, 1, 2, 3, 4] and sorted(got.records["performance"]) == [0, 1, 2, 3, 4]
    listed = [f for step in got.records["failures"].values() for f in step if f["measure"] == "background"]
    assert len(listed) == 1 and "died" in listed[0]["error"]


@pytest.mark.parametrize("background", [True, False])
@pytest.mark.parametrize("full_writes", [1, 3])
def test_a_full_disk_while_step_0_is_pending_keeps_step_0(setup, tmp_path, monkeypatch, background, full_writes):
    """The disk is full for the first ``full_writes`` events, then has room again. Step 0 holds run_info, without
    which the run cannot be read: its records are kept and written first at the next write; a later step whose write
    failed is lost and listed with the next step written; one warning; training goes on."""
    import errno

    from tb_transfer import summary

    real = summary.RecordWriter._write
    attempts = []

    def full_then_free(self, step, values):
        attempts.append(step)
        if len(attempts) <= full_writes:
            time.sleep(0.2)  # step 0 is still pending in the worker while training goes on
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, step, values)

    monkeypatch.setattr(summary.RecordWriter, "_write", full_then_free)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(setup, tmp_path / "r", background=background, epochs=2)  # steps 0, 1, 2
    warned = [str(w.message) for w in caught if "tb_transfer" in str(w.message)]
    assert len(warned) == 1 and "step 0 was not written yet" in warned[0] and "No space left" in warned[0]
    # full_writes 1: step 0 fails, then goes first at step 1's write; 3: step 0, its retry and step 1 fail
    assert attempts == ([0, 0, 1, 2] if full_writes == 1 else [0, 0, 1, 0, 2])
    got = tb_transfer.load(tmp_path)["r"]
    assert got.error is None and got.info is not None and got.info["class_names"] == list(CLASSES)
    written = [0, 1, 2] if full_writes == 1 else [0, 2]
    assert got.steps == written and sorted(got.records["run_info"]) == [0]
    assert sorted(got.records["performance"]) == written
    assert sorted(got.layers["activations"]["features.0"]) == written
    next_step = written[1]
    listed = [f["error"] for f in got.records["failures"][next_step] if f["measure"] == "write"]
    assert any("step 0 was not written yet" in e for e in listed)
    assert any("step 1 was not written" in e for e in listed) == (full_writes == 3)


def test_the_worker_never_enters_catch_warnings(tmp_path):
    """``warnings.catch_warnings`` is not thread-safe: one in the worker overlapping one in the training thread can
    leave the training thread's warning filters changed (say, every warning ignored for the rest of the run). A fresh
    interpreter (so that import-time uses count too) trains with the callback in background mode and counts the
    worker's entries into it."""
    script = f'''
import sys, threading, traceback, warnings
sys.path[:0] = {[str(ROOT), str(ROOT / "tests")]!r}
hits = []
enter = warnings.catch_warnings.__enter__
def spy(self):
    if threading.current_thread().name == "tb_transfer-measures":
        hits.append(" <- ".join(f"{{f.filename}}:{{f.lineno}}" for f in traceback.extract_stack()[-2:-8:-1]))
    return enter(self)
warnings.catch_warnings.__enter__ = spy
from tiny_runs import CLASSES, fit, make_domain, pretrained_model
from tb_transfer import TransferCallback, records
ran, measure = [], records.step_records
records.step_records = lambda *a, **k: ran.append(threading.current_thread().name) or measure(*a, **k)
model = pretrained_model()
cb = TransferCallback(model, source=make_domain(48, "source", 1), target=make_domain(48, "target", 2),
                      class_names=list(CLASSES), log_dir={str(tmp_path / "r")!r}, target_val=make_domain(32, "target", 4),
                      probe_size=24, background=True)
fit(model, make_domain(96, "target", 3), epochs=2, lr=0.02, callback=cb)
cb.close()
assert set(ran) == {{"tb_transfer-measures"}}, ran
print("\\n".join(hits))
'''
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"the worker entered warnings.catch_warnings at:\n{done.stdout}"
    assert tb_transfer.load(tmp_path)["r"].steps == [0, 1, 2]
