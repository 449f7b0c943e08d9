"""Vision transformers and timm models as first-class architectures: token pooling, default layers (transformer
blocks, not every Linear inside them), every level and route on a ViT, and timm's ConvNeXt / EfficientNet / ViT."""
from __future__ import annotations

import numpy as np
import pytest
import timm
import torch
import torchvision
from torch import nn
from torch.utils.data import TensorDataset

from tb_transfer import TransferCallback, analysis, capture
from tb_transfer.reader import load

pytestmark = pytest.mark.timeout(300)

CLASSES = ["a", "b"]
PROBE = 12


def domain(n: int, seed: int, shift: float) -> TensorDataset:
    """n images [3, 32, 32]; the class brightens the red channel, the domain changes contrast and offset."""
    g = torch.Generator().manual_seed(seed)
    y = torch.arange(n) % len(CLASSES)
    x = torch.randn(n, 3, 32, 32, generator=g) * (0.5 + shift) + shift
    x[:, 0] += y[:, None, None].float()
    return TensorDataset(x, y)


@pytest.fixture(scope="module")
def data():
    return {"source": domain(24, 1, 0.0), "target": domain(24, 2, 0.5)}


def tiny_vit(**kw) -> nn.Module:
    torch.manual_seed(0)
    return timm.create_model("vit_tiny_patch16_224", pretrained=False, num_classes=len(CLASSES), img_size=32,
                             patch_size=8, depth=2, **kw)


def one_step(model: nn.Module, data) -> None:
    x, y = data["target"].tensors
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()


def run_with(model, data, log_dir, **kw):
    cb = TransferCallback(model, source=data["source"], target=data["target"], class_names=CLASSES,
                          log_dir=str(log_dir), probe_size=PROBE, **kw)
    one_step(model, data)
    cb.on_epoch_end(0)
    cb.close()
    return cb, load(str(log_dir))["."]


# -------------------------------------------------------------------------------------------------- token pooling
def test_token_pooling_mean_and_class_token():
    t = torch.arange(2 * 3 * 4, dtype=torch.float32).reshape(2, 3, 4)  # [N, T, D]
    lin, conv = nn.Linear(4, 4), nn.Conv1d(3, 3, 1)
    torch.testing.assert_close(capture.pool(t, lin), t.mean(1))
    torch.testing.assert_close(capture.pool(t, lin, "cls"), t[:, 0])
    torch.testing.assert_close(capture.pool(t, conv, "cls"), t.mean(2))  # conv: channels first, over space
    img = torch.randn(2, 5, 5, 4)  # channels-last Linear output (ConvNeXt): over positions whatever the mode
    torch.testing.assert_close(capture.pool(img, lin, "cls"), img.mean((1, 2)))


def test_vit_blocks_pooled_as_configured(tmp_path, data):
    """The recorded features of a block are its output tokens averaged, or its class token (checked by a hook of
    our own on the same weights)."""
    outs = {}
    for mode in ("mean", "cls"):
        model = tiny_vit()
        cb = TransferCallback(model, source=data["source"], target=data["target"], class_names=CLASSES,
                              log_dir=str(tmp_path / mode), probe_size=PROBE, token_pooling=mode)
        res = capture.probe_pass(model, cb._live, cb._live_penult, cb._images, cb._labels, cb._class_rows,
                                 batch_size=100, tokens=mode)
        cb.close()
        seen = []
        handle = model.blocks[1].register_forward_hook(lambda m, i, o: seen.append(o.detach()))
        with torch.no_grad():
            model.eval()(cb._images)
        handle.remove()
        tokens = seen[0]
        assert tokens.shape[1] == 1 + (32 // 8) ** 2  # class token + patches
        expected = tokens.mean(1) if mode == "mean" else tokens[:, 0]
        np.testing.assert_allclose(res.pooled["blocks.1"], expected.numpy(), rtol=1e-5, atol=1e-5)
        outs[mode] = res.pooled["blocks.1"]
    assert not np.allclose(outs["mean"], outs["cls"])
    with pytest.raises(ValueError, match="token_pooling must be one of"):
        TransferCallback(tiny_vit(), source=data["source"], target=data["target"], class_names=CLASSES,
                         log_dir=str(tmp_path / "bad"), token_pooling="max")


# --------------------------------------------------------------------------------------------------- default layers
def test_default_layers_are_blocks_for_transformers_and_unchanged_for_cnns(tmp_path, data):
    # timm ViT: patch embedding, the blocks (not the 6 Linear layers inside each), the head
    vit = tiny_vit()
    assert list(capture.transformer_blocks(vit)) == ["blocks.0", "blocks.1"]
    cb = TransferCallback(vit, source=data["source"], target=data["target"], class_names=CLASSES,
                          log_dir=str(tmp_path / "vit"), probe_size=PROBE)
    assert cb.layers == ["patch_embed.proj", "blocks.0", "blocks.1", "head"]
    cb.close()
    # torchvision's ViT (nn.MultiheadAttention inside EncoderBlock)
    torch.manual_seed(0)
    tv = torchvision.models.VisionTransformer(image_size=32, patch_size=8, num_layers=2, num_heads=2, hidden_dim=16,
                                              mlp_dim=32, num_classes=len(CLASSES))
    cb = TransferCallback(tv, source=data["source"], target=data["target"], class_names=CLASSES,
                          log_dir=str(tmp_path / "tv"), probe_size=PROBE)
    assert cb.layers == ["conv_proj", "encoder.layers.encoder_layer_0", "encoder.layers.encoder_layer_1",
                         "heads.head"]
    cb.close()
    # a CNN: every Conv2d and Linear, as before
    torch.manual_seed(0)
    cnn = timm.create_model("resnet10t", pretrained=False, num_classes=len(CLASSES))
    assert capture.transformer_blocks(cnn) == {}
    cb = TransferCallback(cnn, source=data["source"], target=data["target"], class_names=CLASSES,
                          log_dir=str(tmp_path / "cnn"), probe_size=PROBE)
    expected = [n for n, m in cnn.named_modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    assert sorted(cb.layers) == sorted(expected)
    cb.close()


def test_explicit_attention_and_linear_layers_inside_blocks(tmp_path, data):
    model = tiny_vit()
    cb, run = run_with(model, data, tmp_path / "r", layers=["blocks.0.attn", "blocks.0.attn.proj", "blocks.1"])
    assert run.records["failures"] == {0: [], 1: []}
    types = {layer["name"]: (layer["type"], layer["out_channels"]) for layer in run.info["layers"]}
    assert types == {"blocks.0.attn": ("Attention", 192), "blocks.0.attn.proj": ("Linear", 192),
                     "blocks.1": ("Block", 192)}
    meta = run.records["instance_meta"][0]
    for name in types:  # schema 2: the structure level computed at read time from the activations records
        pre, cur = run.layers["reference"][name][0], run.layers["activations"][name][1]
        assert len(cur["channels"]) == 64 and cur["importance"].shape == (len(CLASSES), 64)
        for c in range(len(CLASSES)):
            st = analysis.structure(pre, cur, c, analysis.class_rows(meta, c, True)[1])
            assert st["important"].shape[0] == 2 and (st["important"] >= 0).all()
            assert np.isfinite(st["distance"]).all()
    # drift of a block: all its parameters; per channel, the rows of parameters of leading size 192
    drift, cos = run.records["layer_stats"][1][:2, 2]
    assert drift > 0 and 0 < cos < 1
    assert run.layers["filter_drift"]["blocks.1"][1].shape == (2, 192)
    with pytest.raises(ValueError, match="have no parameters"):
        TransferCallback(tiny_vit(), source=data["source"], target=data["target"], class_names=CLASSES,
                         log_dir=str(tmp_path / "x"), layers=["blocks.0.attn.attn_drop"])


def test_block_weights_cover_every_parameter_once():
    block = tiny_vit().blocks[0]
    arrays = capture.layer_weights(block, width=192)
    assert arrays[0].shape[0] == 192
    assert sum(a.size for a in arrays) == sum(p.numel() for p in block.parameters())


# ------------------------------------------------------------------------------------------- every level on a ViT
def test_every_level_and_route_on_a_vit(tmp_path, data):
    from fixtures import plugin_client
    from route_checks import check_every_route

    model = tiny_vit()
    cb, run = run_with(model, data, tmp_path / "vit")
    assert run.records["failures"] == {0: [], 1: []}
    for kind in ("embedding", "activations", "reference", "filter_drift"):
        assert set(run.layers[kind]) >= set(cb.layers), kind
    stats = run.records["layer_stats"][1]
    assert np.isfinite(stats[:4]).all()  # drift, cosine, CKA on both domains
    for layer in cb.layers:
        assert np.isfinite(run.layers["activations"][layer][1]["importance"][1]).all(), layer
    assert run.info["token_pooling"] == "mean"
    client, plugin, _ = plugin_client(tmp_path)
    try:
        check_every_route(client, plugin, "vit", [0, 1])
    finally:
        plugin._projections.close()


# ----------------------------------------------------------------------------------------------------------- timm
@pytest.mark.parametrize("name", ["convnext_atto", "efficientnet_b0"])
def test_timm_cnns(tmp_path, data, name):
    """Any timm.create_model(name, pretrained=False, num_classes=...) works: the default layers are found and
    followed (the step itself on a subset, to keep the test fast: every conv kind, the SE block, the head)."""
    torch.manual_seed(0)
    model = timm.create_model(name, pretrained=False, num_classes=len(CLASSES))
    convs = [n for n, m in model.named_modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    cb = TransferCallback(model, source=data["source"], target=data["target"], class_names=CLASSES,
                          log_dir=str(tmp_path / "all"), probe_size=PROBE)
    assert sorted(cb.layers) == sorted(convs)
    cb.close()
    pick = {"convnext_atto": ["stem.0", "stages.0.blocks.0.conv_dw", "stages.0.blocks.0.mlp.fc1",
                              "stages.3.blocks.1.mlp.fc2", "head.fc"],
            "efficientnet_b0": ["conv_stem", "blocks.1.0.conv_dw", "blocks.1.0.se.conv_reduce",
                                "blocks.1.0.conv_pwl", "conv_head", "classifier"]}[name]
    cb, run = run_with(model, data, tmp_path / "some", layers=pick)
    assert cb.layers == pick
    assert run.records["failures"] == {0: [], 1: []}
    assert set(run.layers["activations"]) == set(pick)
    assert (run.records["layer_stats"][1][0] > 0).all()
