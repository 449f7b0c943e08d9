"""examples/finetune_vit.py end to end in its fast mode: a timm ViT, the demo's digits, the callback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tb_transfer.reader import load

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(300)
def test_finetune_vit_fast(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "finetune_vit.py"), "--fast", "--logdir",
                           str(tmp_path)], capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "tensorboard --logdir" in proc.stdout
    run = load(str(tmp_path))["vit_finetune"]
    assert run.error is None and run.steps == [0, 1]
    assert [layer["name"] for layer in run.info["layers"]] == ["patch_embed.proj", "blocks.0", "blocks.1", "head"]
    assert run.info["domain_names"] == {"source": "printed digits", "target": "handwritten digits"}
    assert run.records["failures"] == {0: [], 1: []}
    assert set(run.layers["activations"]) == {"patch_embed.proj", "blocks.0", "blocks.1", "head"}
