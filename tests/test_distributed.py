"""DDP under a real ``torchrun --nproc_per_node=2`` (gloo, CPU), and mixed precision (bf16 autocast, channels_last):
the callback's records equal those of a single fp32 process given the same model states."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from tb_transfer import TransferCallback, contract
from tb_transfer.reader import load
from tiny_runs import CLASSES, TinyNet, make_domain

pytestmark = pytest.mark.timeout(300)

HERE = Path(__file__).resolve().parent
PROBE = 16
# Tolerance of the mixed-precision comparison: float32 records (probe passes run in fp32 in both runs; only the
# conv kernels of channels_last vs contiguous layouts differ, by rounding) and float16 records (one float16 ulp).
RTOL, ATOL, ATOL_F16 = 1e-4, 1e-5, 2e-3


def replay(model: nn.Module, states: list[dict], log_dir: Path) -> None:
    """A single process: the callback built on ``states[0]`` (the pretrained model), then one step per later state."""
    model.load_state_dict(states[0])
    cb = TransferCallback(model, source=make_domain(32, "source", 1), target=make_domain(32, "target", 2),
                          class_names=list(CLASSES), log_dir=str(log_dir), probe_size=PROBE)
    for epoch, state in enumerate(states[1:]):
        model.load_state_dict(state)
        cb.on_epoch_end(epoch)
    cb.close()


def assert_same(a, b, where: str, rtol: float = 0.0, atol: float = 0.0, atol_f16: float = 0.0) -> None:
    """Records equal: floats within the tolerances (NaN where NaN), everything else exactly."""
    if isinstance(a, dict):
        assert set(a) == set(b), where
        for k in a:
            assert_same(a[k], b[k], f"{where}/{k}", rtol, atol, atol_f16)
    elif isinstance(a, np.ndarray) and a.dtype.kind == "f":
        assert a.shape == b.shape and a.dtype == b.dtype, where
        tol = atol_f16 if a.dtype == np.float16 else atol
        kind, name = where.split("/")[1], where.split("/")[-1]
        if name in contract.KINDS.get(kind, contract.KINDS["run_info"]).quantized and a.size:
            # 8-bit codes (docs/format.md): a value on a code boundary may round to the next code, one step of its
            # column's grid away ((max - min) / LEVELS)
            with np.errstate(invalid="ignore"):
                span = np.nanmax(np.where(np.isfinite(b), b, np.nan), axis=tuple(range(b.ndim - 1))) - \
                    np.nanmin(np.where(np.isfinite(b), b, np.nan), axis=tuple(range(b.ndim - 1)))
            tol = np.maximum(tol, 1.01 * np.nan_to_num(span) / contract.LEVELS)
        diff = np.abs(a.astype(np.float64) - b.astype(np.float64))
        ok = (diff <= tol + rtol * np.abs(b)) | (np.isnan(a) & np.isnan(b)) | (a == b)
        assert ok.all(), f"{where}: {int((~ok).sum())} of {a.size} differ, largest {np.nanmax(np.where(ok, 0, diff))}"
    elif isinstance(a, np.ndarray):
        np.testing.assert_array_equal(a, b, err_msg=where)
    else:
        assert a == b, where


def assert_runs_equal(a, b, **tol) -> None:
    assert a.steps == b.steps
    assert_same(a.records, b.records, "records", **tol)
    assert_same(a.layers, b.layers, "layers", **tol)


def test_ddp_torchrun_two_ranks_gloo(tmp_path):
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=os.pathsep.join(
        [str(HERE.parent), str(HERE), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                           str(HERE / "ddp_worker.py"), str(tmp_path)], env=env, capture_output=True, text=True,
                          timeout=240)  # a deadlock would end here
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    ranks = [json.loads((tmp_path / f"rank{r}.json").read_text()) for r in (0, 1)]
    assert [r["sync_bn"] for r in ranks] == ["SyncBatchNorm"] * 2
    # only rank 0 writes: one event file, rank 1's callback never opened a writer
    assert [r["writes"] for r in ranks] == [True, False]
    assert len(list((tmp_path / "run").glob("events.out.tfevents.*"))) == 1
    assert len(list((tmp_path / "sync").glob("events.out.tfevents.*"))) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rank0.json", "rank1.json", "run", "state0.pt",
                                                          "state1.pt", "state2.pt", "sync"]
    # no waiting: rank 1 began epoch 2's training while rank 0 was still probing after epoch 1
    log0, log1 = ({(e["event"], e["epoch"]): e for e in r["log"]} for r in ranks)
    assert log1[("first_step", 1)]["t"] < log0[("callback", 0)]["end"]
    # the records equal those of a single process given the same model states
    states = [torch.load(tmp_path / f"state{i}.pt") for i in range(3)]
    assert not torch.equal(states[0]["features.0.weight"], states[2]["features.0.weight"])
    replay(TinyNet(), states, tmp_path / "single")
    ddp_run, single_run = load(str(tmp_path / "run"))["."], load(str(tmp_path / "single"))["."]
    assert ddp_run.steps == [0, 1, 2] and ddp_run.records["failures"] == {0: [], 1: [], 2: []}
    assert [b["name"] for b in ddp_run.info["bn_layers"]] == ["features.1", "features.5"]
    assert_runs_equal(ddp_run, single_run, rtol=1e-6, atol=1e-7)
    # SyncBatchNorm layers are BatchNorm layers to the callback (bn_drift), and give the same records
    assert_runs_equal(load(str(tmp_path / "sync"))["."], single_run, rtol=1e-6, atol=1e-7)


def test_bf16_autocast_and_channels_last_equal_an_fp32_evaluation(tmp_path):
    """Trained under bf16 autocast in channels_last, with the callback called inside the autocast region: its
    numbers equal those of a callback on an fp32, contiguous copy of the same weights, within RTOL / ATOL."""
    torch.manual_seed(0)
    model = TinyNet().to(memory_format=torch.channels_last)
    cb = TransferCallback(model, source=make_domain(32, "source", 1), target=make_domain(32, "target", 2),
                          class_names=list(CLASSES), log_dir=str(tmp_path / "amp"), probe_size=PROBE)
    states = [{k: v.clone() for k, v in model.state_dict().items()}]
    train = make_domain(64, "target", 3)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    loader = torch.utils.data.DataLoader(train, batch_size=16, shuffle=True)
    for epoch in range(2):
        model.train()
        with torch.autocast("cpu", dtype=torch.bfloat16):
            for x, y in loader:
                optimizer.zero_grad()
                logits = model(x.to(memory_format=torch.channels_last))
                assert logits.dtype == torch.bfloat16
                nn.functional.cross_entropy(logits, y).backward()
                optimizer.step()
            states.append({k: v.clone() for k, v in model.state_dict().items()})
            cb.on_epoch_end(epoch)  # inside autocast, as a callback in a training step would be
    cb.close()
    assert model.features[0].weight.is_contiguous(memory_format=torch.channels_last)
    reference = TinyNet()  # fp32, contiguous
    replay(reference, [{k: v.contiguous() for k, v in s.items()} for s in states], tmp_path / "fp32")
    amp_run, fp32_run = load(str(tmp_path / "amp"))["."], load(str(tmp_path / "fp32"))["."]
    assert amp_run.records["failures"] == {0: [], 1: [], 2: []}
    assert_runs_equal(amp_run, fp32_run, rtol=RTOL, atol=ATOL, atol_f16=ATOL_F16)
    # the test can fail: a bf16 evaluation of the same weights is outside the tolerance
    x = make_domain(32, "target", 2).tensors[0]
    reference.eval()
    with torch.no_grad():
        fp32 = reference(x)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            bf16 = reference(x).float()
    assert not np.allclose(bf16.numpy(), fp32.numpy(), rtol=RTOL, atol=ATOL)
