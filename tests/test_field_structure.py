"""Structure follows the real data flow (issue 9, kind 4): connections only between channels that are connected,
checked against autograd (which input channels of a layer depend on which output channels of another)."""
from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
import torchvision
from torch import nn

from tb_transfer import TransferCallback, capture, contract
from test_callback import by_tag, read_events, tag

pytestmark = pytest.mark.timeout(180)
CLASSES = ["a", "b"]


def domain(n, seed, size=32):
    g = torch.Generator().manual_seed(seed)
    return torch.utils.data.TensorDataset(torch.randn(n, 3, size, size, generator=g), torch.arange(n) % 2)


def linearised(model):
    """A copy of ``model`` with every ReLU replaced by the identity, so that no gradient vanishes by chance."""
    model = copy.deepcopy(model)
    for name, module in list(model.named_modules()):
        if isinstance(module, nn.ReLU):
            parent, _, leaf = name.rpartition(".")
            setattr(model.get_submodule(parent) if parent else model, leaf, nn.Identity())
    return model


def jacobian_links(model, x, src: str, dst: str) -> np.ndarray:
    """bool [K_in of dst, K_out of src]: input channel i of dst depends on output channel j of src directly (autograd
    on the linearised model, with every other conv's output detached: paths through another layer do not count)."""
    model = linearised(model)
    mods = dict(model.named_modules())
    cut = [m.register_forward_hook(lambda _m, _i, out: out.detach()) for name, m in mods.items()
           if isinstance(m, nn.Conv2d) and name != src]
    grabbed = {}

    def keep(_m, _i, out):
        out = out.detach().requires_grad_(True)
        grabbed["src"] = out
        return out

    def take(_m, inputs):
        grabbed.setdefault("dst", inputs[0])

    h = [mods[src].register_forward_hook(keep), mods[dst].register_forward_pre_hook(take)]
    try:
        model.eval()
        model(x)
    finally:
        for handle in h + cut:
            handle.remove()
    inp, out = grabbed["dst"], grabbed["src"]
    links = np.zeros((inp.shape[1], out.shape[1]), bool)
    for i in range(inp.shape[1]):
        (g,) = torch.autograd.grad(inp[:, i].sum(), out, retain_graph=True, allow_unused=True)
        if g is not None:
            links[i] = (g.abs().sum((0, 2, 3)) > 0).numpy()
    return links


@pytest.fixture(scope="module")
def shufflenet_run(tmp_path_factory):
    torch.manual_seed(0)
    model = torchvision.models.shufflenet_v2_x0_5(weights=None, num_classes=2)
    layers = ["stage2.0.branch1.2", "stage2.0.branch2.3", "stage2.0.branch2.5", "stage2.1.branch2.0",
              "stage2.1.branch2.3", "stage2.1.branch2.5", "stage2.2.branch2.0"]
    run_dir = tmp_path_factory.mktemp("shuffle")
    cb = TransferCallback(model, source=domain(8, 1), target=domain(8, 2), class_names=CLASSES, log_dir=str(run_dir),
                          probe_size=8, layers=layers)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.01 * torch.randn_like(p))
    cb.on_epoch_end(0)
    cb.close()
    return model, by_tag(read_events(run_dir)), cb


def test_shufflenet_split_and_shuffle_connections(shufflenet_run):
    model, rec, cb = shufflenet_run
    layers = {layer["name"]: layer for layer in rec[tag("run_info")][0]["layers"]}
    x = domain(2, 5).tensors[0]
    # inputs: the followed layers that feed it without passing another one (stage2.0.branch2.3 reaches it only
    # through stage2.0.branch2.5; stage2.0.branch1.2's channels pass the next block's untouched half)
    assert layers["stage2.1.branch2.0"]["inputs"] == ["stage2.0.branch1.2", "stage2.0.branch2.5"]
    assert layers["stage2.2.branch2.0"]["inputs"] == ["stage2.0.branch1.2", "stage2.0.branch2.5",
                                                       "stage2.1.branch2.5"]
    for src in layers["stage2.2.branch2.0"]["inputs"]:
        assert jacobian_links(model, x, src, "stage2.2.branch2.0").any()
    dst, src = "stage2.1.branch2.0", "stage2.0.branch2.5"
    assert layers[dst]["conn_source"] == src
    assert "12 channels of 'stage2.0.branch2.5' do not reach it" in layers[dst]["conn_note"]
    links = jacobian_links(model, x, src, dst)
    assert not links[:, :12].any()  # channels 0-11 of branch2.5 never reach stage2.1.branch2.0 ...
    weights = {0: cb._w0[dst][0], 1: model.get_submodule(dst).weight.detach().numpy()}
    for step in (0, 1):  # schema 2: connection norms between every recorded channel of src and of dst
        arrays = rec[tag("activations", dst)][step]
        assert str(arrays["conn_source"]) == src
        to_all, frm_all = arrays["channels"], _recorded(rec, src, step)
        conn = np.asarray(arrays["conn_norms"], np.float32)
        assert conn.shape == (len(to_all), len(frm_all))
        tol = half_code(conn)
        for a, o in enumerate(to_all):
            for b, j in enumerate(frm_all):
                (inputs,) = np.nonzero(links[:, j])
                if len(inputs) == 0:  # ... so no connection weight is reported for them
                    assert np.isnan(conn[a, b])
                else:  # the real one: through the split and the shuffle
                    assert len(inputs) == 1
                    expected = np.linalg.norm(weights[step][o, inputs[0]])
                    assert abs(conn[a, b] - expected) <= tol[b] + 1e-3 * expected  # float16 norms in 8-bit codes


def _recorded(rec, src, step):
    return rec[tag("activations", src)][step]["channels"]


def test_depthwise_groups_connect_only_within_their_group(shufflenet_run):
    model, rec, cb = shufflenet_run
    dst, src = "stage2.1.branch2.3", "stage2.1.branch2.0"  # depthwise 3x3 after a 1x1 conv (through BN, ReLU)
    assert model.get_submodule(dst).groups == 24
    layers = {layer["name"]: layer for layer in rec[tag("run_info")][0]["layers"]}
    assert layers[dst]["conn_source"] == src
    arrays = rec[tag("activations", dst)][1]
    links = jacobian_links(model, domain(2, 5).tensors[0], src, dst)
    to_all, frm_all = arrays["channels"], _recorded(rec, src, 1)
    conn = np.asarray(arrays["conn_norms"], np.float32)
    for a, o in enumerate(to_all):
        for b, j in enumerate(frm_all):
            assert np.isfinite(conn[a, b]) == (o == j) == bool(links[o, j])


def test_every_reported_connection_is_real_on_all_of_shufflenet():
    """The issue's count: over every conv of shufflenet_v2_x0_5, no reported connection pairs channels that autograd
    says are not connected."""
    torch.manual_seed(0)
    model = torchvision.models.shufflenet_v2_x0_5(weights=None, num_classes=2)
    layers = capture.trackable(model)
    flow = capture.channel_sources(model, torch.randn(1, 3, 32, 32), layers)
    x = torch.randn(2, 3, 32, 32)
    checked = 0
    for dst, sources in flow.items():
        for src, codes in sources.items():
            if not isinstance(layers[src], nn.Conv2d) or not isinstance(layers[dst], nn.Conv2d):
                continue
            if not dst.startswith(("stage2.1.", "stage2.2.")):
                continue  # keep it quick: the early stages have every kind of block
            links = jacobian_links(model, x, src, dst)
            for i, j in enumerate(codes):
                if j >= 0:
                    assert links[i].nonzero()[0].tolist() == [int(j)], (src, dst, i)
                elif j == capture.NOT_FROM:
                    assert not links[i].any(), (src, dst, i)
            checked += 1
    assert checked >= 8


class Flipped(nn.Module):
    """conv -> channel flip -> conv: a rearrangement the old code read as identity."""

    def __init__(self):
        super().__init__()
        self.a, self.b, self.fc = nn.Conv2d(3, 6, 3), nn.Conv2d(6, 8, 1), nn.Linear(8, 2)

    def forward(self, x):
        h = torch.flip(torch.relu(self.a(x)), dims=[1])
        return self.fc(self.b(h).mean((2, 3)))


class Shared(nn.Module):
    """One conv called twice (weights shared), and data-dependent control flow in a second variant."""

    def __init__(self, branchy=False):
        super().__init__()
        self.stem, self.conv, self.fc, self.branchy = nn.Conv2d(3, 6, 3), nn.Conv2d(6, 6, 3, padding=1), \
            nn.Linear(6, 2), branchy

    def forward(self, x):
        h = self.conv(torch.relu(self.conv(self.stem(x))))
        if self.branchy and x.sum() > 0:
            h = h * 2
        return self.fc(h.mean((2, 3)))


def half_code(x: np.ndarray) -> np.ndarray:
    """Per column, how far a value read back from schema 3's 8-bit codes may lie from the value written: half a code
    step, (max - min) / LEVELS / 2 of the column (docs/format.md), plus float32 rounding. (The norms are rounded to
    float16 before they are coded: callers add a relative 1e-3.)"""
    with np.errstate(invalid="ignore"):
        span = np.nanmax(x, axis=0) - np.nanmin(x, axis=0)
    return 0.5 * np.nan_to_num(span) / contract.LEVELS * (1 + 1e-3) + 1e-6


def test_own_cases_flip_shared_module_untraceable(tmp_path):
    data = domain(8, 1, size=12)
    torch.manual_seed(0)
    out = {}
    for name, model in (("flip", Flipped()), ("shared", Shared()), ("branchy", Shared(True))):
        cb = TransferCallback(model, source=data, target=data, class_names=CLASSES, log_dir=str(tmp_path / name),
                              probe_size=8)
        cb.on_epoch_end(0)
        cb.close()
        out[name] = (model, by_tag(read_events(tmp_path / name)))
    model, rec = out["flip"]
    arrays = rec[tag("activations", "b")][1]
    w = model.b.weight.detach().numpy()
    to, frm = arrays["channels"], _recorded(rec, "a", 1)
    expected = [[np.linalg.norm(w[o, 5 - j]) for j in frm] for o in to]  # channel j of a is input 5 - j of b
    conn = np.asarray(arrays["conn_norms"], np.float32)
    expected = np.asarray(expected)
    assert (np.abs(conn - expected) <= half_code(conn) + 1e-3 * expected).all()  # float16 norms in 8-bit codes
    model, rec = out["shared"]
    layers = {layer["name"]: layer for layer in rec[tag("run_info")][0]["layers"]}
    assert layers["conv"]["inputs"] == ["stem", "conv"]  # both calls' inputs
    model, rec = out["branchy"]
    info = rec[tag("run_info")][0]
    assert all(layer["inputs"] == [] for layer in info["layers"])  # nothing guessed
    assert all("does not trace" in layer["conn_note"] for layer in info["layers"] if layer["type"] == "Conv2d")
    assert all(str(a["conn_source"]) == "" for a in (rec[tag("activations", n)][1] for n in ("stem", "conv")))
