"""TransferCallback on real (tiny) CPU training: what it writes, what it leaves alone, and how it fails.

Event files are read back with TensorBoard's raw event loader, so these tests depend only on the data contract.
"""
from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from tensorboard.backend.event_processing.event_file_loader import EventFileLoader
from tensorboard.util import tensor_util
from torch import nn

from tb_transfer import TransferCallback, analysis, contract, measures, records
from tiny_runs import CLASSES, TinyNet, fit, make_domain

pytestmark = pytest.mark.timeout(120)

C = len(CLASSES)
PROBE = 40
LAYERS = ["features.0", "features.4", "classifier.1", "classifier.3"]
CONVS = ["features.0", "features.4"]
BNS = ["features.1", "features.5"]


# ------------------------------------------------------------------------------------------------------ helpers
def read_events(run_dir: str | Path) -> list[tuple[int, str, object, dict]]:
    """Every tb_transfer value of every event file in ``run_dir`` as (step, tag, decoded value, axes)."""
    out = []
    for path in sorted(Path(run_dir).glob("events.out.tfevents.*")):
        for event in EventFileLoader(str(path)).Load():
            for value in event.summary.value:
                if value.metadata.plugin_data.plugin_name not in (contract.PLUGIN_NAME, contract.HEAVY_PLUGIN_NAME):
                    continue
                msg = contract.parse_content(value.metadata.plugin_data.content)
                if msg.encoding == "tensor":
                    decoded = tensor_util.make_ndarray(value.tensor)
                elif msg.encoding == "json":
                    decoded = contract.decode_json(value.tensor.string_val[0])
                elif msg.encoding == "npz":
                    assert list(value.tensor.tensor_shape.dim[0:1])[0].size == 1
                    decoded = contract.decode_npz(value.tensor.string_val[0])
                else:
                    decoded = value.tensor.string_val[0]
                out.append((event.step, value.tag, decoded, contract.axes_of(msg)))
    return out


def by_tag(events) -> dict[str, dict[int, object]]:
    """{tag: {step: value}}; fails on a step written twice for one tag."""
    out: dict[str, dict[int, object]] = {}
    for step, tag, value, _ in events:
        assert step not in out.setdefault(tag, {}), f"{tag} written twice at step {step}"
        out[tag][step] = value
    return out


def tag(kind, layer=None):
    return contract.tag(kind, layer)


@pytest.fixture(scope="module")
def data():
    return {"source": make_domain(64, "source", 1), "target": make_domain(64, "target", 2),
            "train": make_domain(128, "target", 3), "val": make_domain(48, "target", 4)}


@pytest.fixture(scope="module")
def base(data):
    """A TinyNet briefly trained on the source domain (the "pretrained" model)."""
    torch.manual_seed(0)
    model = TinyNet()
    fit(model, data["source"], epochs=3, lr=0.05)
    return model


def fresh(base, freeze_features=False) -> TinyNet:
    model = TinyNet()
    model.load_state_dict(base.state_dict())
    if freeze_features:
        for p in model.features[:2].parameters():  # first conv + its BN frozen
            p.requires_grad_(False)
    return model


def make_cb(model, data, run_dir, **kw):
    kw.setdefault("probe_size", PROBE)
    kw.setdefault("target_val", data["val"])
    return TransferCallback(model, source=data["source"], target=data["target"], class_names=list(CLASSES),
                            log_dir=str(run_dir), **kw)


def train(model, data, epochs, callback=None, train_steps=False):
    """tiny_runs.fit with BN layers frozen in eval mode too (so frozen layers really do not move)."""
    torch.manual_seed(0)
    loader = torch.utils.data.DataLoader(data["train"], batch_size=32, shuffle=True)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.02, momentum=0.9)
    step = 0
    for epoch in range(epochs):
        model.train()
        model.features[1].eval()  # the frozen BN keeps its running statistics
        for x, y in loader:
            opt.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            opt.step()
            step += 1
            if callback is not None and train_steps:
                callback.on_train_step(step)
        if callback is not None:
            callback.on_epoch_end(epoch)


@pytest.fixture(scope="module")
def run(tmp_path_factory, data, base):
    """A 2-epoch fine-tune with the first conv block frozen, weight steps every 2nd optimizer step; and the same
    training without the callback."""
    run_dir = tmp_path_factory.mktemp("runs") / "finetune"
    model = fresh(base, freeze_features=True)
    cb = make_cb(model, data, run_dir, every_n_steps=2)
    train(model, data, 2, cb, train_steps=True)
    cb.close()
    plain = fresh(base, freeze_features=True)
    train(plain, data, 2)
    return {"dir": run_dir, "events": read_events(run_dir), "cb": cb, "model": model, "plain": plain}


# ------------------------------------------------------------------------------------------ what is written
def test_every_kind_at_every_step_with_documented_shapes(run):
    tags = by_tag(run["events"])
    n = 2 * PROBE
    L, M = len(LAYERS), len(contract.LAYER_MEASURES)
    steps = [0, 1, 2]
    once = {"run_info", "instance_meta", "thumbnails"}
    every = {k for k, spec in contract.KINDS.items() if not spec.per_layer} - once - {"weight_steps"}
    for kind in once:
        assert list(tags[tag(kind)]) == [0], kind
    for kind in every:
        assert sorted(tags[tag(kind)]) == steps, kind
    info = tags[tag("run_info")][0]
    assert [layer["name"] for layer in info["layers"]] == LAYERS
    assert info["class_names"] == list(CLASSES)
    assert info["probe"] == {"source": PROBE, "target": PROBE, "seed": 0, "random": {"source": False, "target": False}}
    assert info["has_target_val"] and info["label_spaces_match"] and info["has_source_head"]
    assert [b["name"] for b in info["bn_layers"]] == BNS
    assert [b["layer"] for b in info["bn_layers"]] == CONVS
    assert {layer["name"]: layer["inputs"] for layer in info["layers"]} == {
        "features.0": [], "features.4": ["features.0"], "classifier.1": ["features.4"],
        "classifier.3": ["classifier.1"]}
    assert info["step_unit"] == "epoch"
    assert json.loads(json.dumps(info)) == info

    meta = tags[tag("instance_meta")][0]
    assert meta.dtype == np.int32 and meta.shape == (n, 3)
    assert (meta[:PROBE, 0] == 0).all() and (meta[PROBE:, 0] == 1).all()
    assert np.bincount(meta[PROBE:, 1], minlength=C).tolist() == [PROBE // C] * C  # class-stratified
    sprite = Image.open(io.BytesIO(tags[tag("thumbnails")][0]))
    cols, size = info["thumbnails"]["columns"], info["thumbnails"]["size"]
    assert sprite.size == (cols * size, -(-n // cols) * size) and sprite.mode == "RGB"

    for step in steps:
        def get(kind, layer=None):
            return tags[tag(kind, layer)][step]
        assert get("performance").shape == (3, 2) and get("performance").dtype == np.float32
        assert np.isfinite(get("performance")).all()
        assert get("transferability").shape == () and np.isfinite(get("transferability"))
        assert get("class_accuracy").shape == (2, C)
        confusion = get("confusion")
        assert confusion.shape == (2, C, C) and confusion[0].sum() == PROBE and confusion[1].sum() == PROBE
        assert get("leep").shape == () and np.isfinite(get("leep"))
        assert get("layer_stats").shape == (M, L)
        assert get("bn_stats").shape == (4, len(BNS))
        assert get("failures") == []
        outcome = get("instance_outcome")
        assert outcome.shape == (4, n) and np.isfinite(outcome).all()
        assert ((outcome[3] >= 0) & (outcome[3] <= 1)).all()
        for layer in LAYERS:
            m = run["model"].get_submodule(layer)
            k = m.out_channels if isinstance(m, nn.Conv2d) else m.out_features
            assert get("filter_drift", layer).shape == (2, k)
            emb = get("embedding", layer)["features"]
            assert emb.dtype == np.float32 and emb.shape == (n, min(k, records.EMBEDDING_DIM))  # read back: 8-bit
            act = get("activations", layer)
            s = len(act["channels"])
            assert act["channels"].dtype == np.int32 and s == min(k, records.RECORDED_CHANNELS)
            assert int(act["width"]) == k
            expected = {"channels": (s,), "pooled": (n, s), "importance": (C, s), "width": ()}
            expected["conn_source"] = ()  # every followed layer has structure
            src = str(act["conn_source"])
            if src:
                expected["conn_norms"] = (s, len(get("activations", src)["channels"]))
            assert {name: a.shape for name, a in act.items()} == expected
            assert act["pooled"].dtype == np.float32 and np.isfinite(act["pooled"]).all()  # read back: 8-bit
            np.testing.assert_array_equal(act["channels"], tags[tag("activations", layer)][0]["channels"])
        assert get("embedding", contract.PENULTIMATE)["features"].shape == (n, min(32, records.EMBEDDING_DIM))
        assert str(get("activations", "features.0")["conn_source"]) == ""
        assert str(get("activations", "features.4")["conn_source"]) == "features.0"
        for bn, k in zip(BNS, (8, 16)):
            assert get("bn_drift", bn).shape == (4, k)
    for step, tg, value, axes in run["events"]:  # axis labels as documented
        if tg == tag("layer_stats"):
            assert axes == {"measure": list(contract.LAYER_MEASURES), "layer": LAYERS}
        if tg == tag("performance"):
            assert axes == {"split": list(contract.SPLITS), "metric": list(contract.METRICS)}

    weights = tags[tag("weight_steps")]
    assert sorted(weights) == list(range(2, 9, 2))  # 2 epochs x 4 optimizer steps, every 2nd call
    assert all(v.shape == (2, L) for v in weights.values())


def test_step_zero_is_the_pretrained_model_and_training_moves_only_trained_layers(run):
    tags = by_tag(run["events"])
    row = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}
    stats0, stats2 = tags[tag("layer_stats")][0], tags[tag("layer_stats")][2]
    np.testing.assert_array_equal(stats0[row["weight_drift"]], 0)
    np.testing.assert_allclose(stats0[row["weight_cosine"]], 1, atol=1e-6)
    np.testing.assert_allclose(stats0[[row["cka_target"], row["cka_source"]]], 1, atol=1e-4)
    assert np.isfinite(stats0).all() and np.isfinite(stats2).all()
    assert tags[tag("transferability")][0] == 0
    frozen, trained = LAYERS[0], LAYERS[1:]
    assert stats2[row["weight_drift"], 0] == 0 and stats2[row["weight_cosine"], 0] == pytest.approx(1)
    assert (stats2[row["weight_drift"], 1:] > 0).all()
    np.testing.assert_array_equal(tags[tag("filter_drift", frozen)][2][0], 0)
    for layer in trained:
        assert (tags[tag("filter_drift", layer)][2][0] > 0).any()
    np.testing.assert_array_equal(tags[tag("bn_drift", "features.1")][2], 0)  # frozen BN (eval mode, no grad)
    assert np.abs(tags[tag("bn_drift", "features.5")][2]).max() > 0
    # step 0 is the pretrained model: analysed against itself, channels match themselves
    act0 = tags[tag("activations", "features.4")][0]
    meta = tags[tag("instance_meta")][0]
    _, of_class = analysis.class_rows(meta, 1, True)
    st0 = analysis.structure(act0, act0, 1, of_class)
    np.testing.assert_array_equal(st0["important"][0], st0["important"][1])
    np.testing.assert_allclose(np.diagonal(st0["distance"]), 0, atol=1e-4)
    # weight steps agree with the epoch records at the end of training (same weights)
    np.testing.assert_allclose(tags[tag("weight_steps")][8][0], stats2[row["weight_drift"]], rtol=1e-5)
    assert run["cb"].last_call["bytes"] > 0


# ------------------------------------------------------------------------------- what is left alone
def test_model_weights_grads_modes_and_rng_are_left_as_found(tmp_path, data, base):
    model = fresh(base)
    model.train()
    model.features[1].eval()  # a mixed train/eval state must come back as it was
    cb = make_cb(model, data, tmp_path / "r", layers=["features.4"])
    nn.functional.cross_entropy(model(data["train"].tensors[0][:8]), data["train"].tensors[1][:8]).backward()
    params = {k: v.detach().clone() for k, v in model.state_dict().items()}
    grads = {k: p.grad.clone() for k, p in model.named_parameters()}
    modes = {k: m.training for k, m in model.named_modules()}
    torch.manual_seed(123)
    np.random.seed(7)
    rng, np_rng = torch.get_rng_state(), np.random.get_state()
    cb.on_epoch_end(0)
    cb.close()
    assert torch.equal(torch.get_rng_state(), rng)
    assert np.array_equal(np.random.get_state()[1], np_rng[1])
    assert {k: m.training for k, m in model.named_modules()} == modes
    for k, v in model.state_dict().items():
        assert torch.equal(v, params[k]), k
    for k, p in model.named_parameters():
        assert torch.equal(p.grad, grads[k]), k


def test_training_with_and_without_the_callback_gives_identical_weights(run):
    for (k, a), b in zip(run["plain"].state_dict().items(), run["model"].state_dict().values()):
        assert torch.equal(a, b), k


# ------------------------------------------------------------------------------------- writer and steps
def test_user_summary_writer_gets_our_records_in_its_event_file(tmp_path, data, base):
    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(str(tmp_path))
    writer.add_scalar("loss", 1.5, 1)
    model = fresh(base)
    cb = TransferCallback(model, source=data["source"], target=data["target"], class_names=list(CLASSES),
                          writer=writer, probe_size=PROBE, layers=["features.4"])
    cb.on_epoch_end(0)
    cb.close()
    writer.add_scalar("loss", 1.0, 2)  # the user's writer still works after our close()
    writer.close()
    files = list(tmp_path.glob("events.out.tfevents.*"))
    assert len(files) == 1
    tags = set()
    for event in EventFileLoader(str(files[0])).Load():
        tags |= {v.tag for v in event.summary.value}
    assert {"loss", tag("performance"), tag("run_info"), tag("embedding", "features.4")} <= tags
    info = by_tag(read_events(tmp_path))[tag("run_info")][0]
    assert info["has_target_val"] is False


def test_resume_from_state_dict_continues_without_duplicate_steps(tmp_path, data, base):
    run_dir = tmp_path / "r"
    model = fresh(base)
    cb = make_cb(model, data, run_dir, layers=CONVS)
    train(model, data, 1, cb)
    state = cb.state_dict()
    cb.close()
    torch.save(state, tmp_path / "state.pt")  # it is a plain torch-saveable dict
    # a new process: the model comes back with its fine-tuned weights, the callback with its state
    resumed = TinyNet()
    resumed.load_state_dict(model.state_dict())
    cb2 = make_cb(resumed, data, run_dir, seed=1, layers=CONVS)  # another seed would draw another probe set ...
    cb2.load_state_dict(torch.load(tmp_path / "state.pt"))  # ... but the saved selection wins
    with pytest.raises(ValueError, match="not after the last step"):
        cb2.on_epoch_end(0)
    cb2.on_epoch_end(1)
    cb2.close()
    tags = by_tag(read_events(run_dir))  # by_tag fails on duplicates
    assert sorted(tags[tag("performance")]) == [0, 1, 2]
    assert list(tags[tag("run_info")]) == [0]
    drift = tags[tag("layer_stats")][2][contract.LAYER_MEASURES.index("weight_drift")]
    w, w0 = resumed.get_submodule("features.4"), base.get_submodule("features.4")
    expected = measures.relative_change([w.weight.detach().numpy(), w.bias.detach().numpy()],
                                        [w0.weight.detach().numpy(), w0.bias.detach().numpy()])
    assert drift[1] == pytest.approx(expected, rel=1e-5)  # still relative to the original pretrained weights
    for name in ("channels", "width"):  # derived from the pretrained model, restored on resume
        np.testing.assert_array_equal(tags[tag("activations", "features.0")][2][name],
                                      tags[tag("activations", "features.0")][1][name])


def test_steps_must_grow(tmp_path, data, base):
    model = fresh(base)
    cb = make_cb(model, data, tmp_path / "r", target_val=None, layers=["features.4"])
    with pytest.raises(ValueError, match="step 0 is the pretrained model"):
        cb.on_epoch_end(-1)
    cb.on_epoch_end(0, step=5)
    for bad in (5, 3):
        with pytest.raises(ValueError, match="steps must grow"):
            cb.on_epoch_end(0, step=bad)
    cb.on_train_step(10)
    with pytest.raises(ValueError, match="not after"):
        cb.on_train_step(10)
    cb.close()
    tags = by_tag(read_events(tmp_path / "r"))
    assert sorted(tags[tag("performance")]) == [0, 5]
    assert tags[tag("run_info")][0]["step_unit"] == "step"


# ------------------------------------------------------------------------------------------------ errors
class ConvOnly(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3)
        self.head = nn.Conv2d(8, C, 1)

    def forward(self, x):
        return self.head(torch.relu(self.conv(x))).mean(dim=(2, 3))


class NoParams(nn.Module):
    def forward(self, x):
        return x.flatten(1)[:, :C]


def test_construction_errors(tmp_path, data, base):
    model = fresh(base)
    ok = dict(source=data["source"], target=data["target"], class_names=list(CLASSES), probe_size=8)
    log = {"log_dir": str(tmp_path / "r")}

    def err(exc, match, m=model, **kw):
        args = {**ok, **log, **kw}
        with pytest.raises(exc, match=match):
            TransferCallback(m, **args)

    err(ValueError, r"unknown layers \['features.9'\].*valid names: \['features.0', 'features.4', "
                    r"'classifier.1', 'classifier.3'\]", layers=["features.0", "features.9"])
    err(ValueError, "source: the probe set is empty", source=torch.utils.data.TensorDataset(
        torch.zeros(0, 3, 16, 16), torch.zeros(0, dtype=torch.long)))
    err(ValueError, "target: the probe set is empty", target=torch.utils.data.DataLoader([]))
    err(ValueError, "cannot run on the source probe images of shape \\(3, 8, 8\\)",
        source=torch.utils.data.TensorDataset(torch.zeros(10, 3, 8, 8), torch.zeros(10, dtype=torch.long)),
        target=torch.utils.data.TensorDataset(torch.zeros(10, 3, 8, 8), torch.zeros(10, dtype=torch.long)))
    err(ValueError, "differ in shape", target=torch.utils.data.TensorDataset(
        torch.zeros(10, 1, 16, 16), torch.zeros(10, dtype=torch.long)))
    err(ValueError, r"target: labels \[7\] are outside the 4 classes of class_names",
        target=torch.utils.data.TensorDataset(torch.zeros(10, 3, 16, 16), torch.full((10,), 7)))
    err(ValueError, r"source: labels \[-1\] are outside",
        source=torch.utils.data.TensorDataset(torch.zeros(10, 3, 16, 16), torch.full((10,), -1)))
    err(ValueError, r"shape \(2, 3\) on the source probe images, expected \[batch, 4\] logits", m=TinyNet(3))
    err(ValueError, "no parameters", m=NoParams())
    err(ValueError, "exactly one of log_dir", writer=object())
    with pytest.raises(ValueError, match="exactly one of log_dir"):
        TransferCallback(model, **ok)
    err(ValueError, "no nn.Linear", m=ConvOnly(), source_head=nn.Linear(8, C))
    err(ValueError, "source_head outputs shape", source_head=nn.Linear(32, 3))
    err(TypeError, "images must reach the model as tensors", source=[(Image.new("RGB", (16, 16)), 0)] * 4)
    err(ValueError, "probe_size must be a positive integer", probe_size=0)
    assert not (tmp_path / "r").exists()  # a failed construction writes nothing


# ------------------------------------------------------------------------------------------- failures
def test_a_failing_measure_is_nan_plus_failure_record_plus_one_warning(tmp_path, data, base, monkeypatch):
    def broken(features, labels):
        raise np.linalg.LinAlgError("SVD did not converge")

    monkeypatch.setattr(measures, "logme", broken)
    monkeypatch.setattr(measures, "linear_mmd", lambda s, t: float("inf"))  # non-finite where it must not
    model = fresh(base)
    # synchronous: warnings are given inside the call (background mode gives them at the next call or at close)
    cb = make_cb(model, data, tmp_path / "r", target_val=None, layers=CONVS, background=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        train(model, data, 1, cb)  # training goes on
    cb.close()
    ours = [str(w.message) for w in caught if "tb_transfer" in str(w.message)]
    assert len(ours) == 2 * len(CONVS)  # one per (measure, layer) for the whole run, not per step
    assert sum("logme failed for layer 'features.0'" in m for m in ours) == 1
    tags = by_tag(read_events(tmp_path / "r"))
    for step in (0, 1):
        stats = tags[tag("layer_stats")][step]
        assert np.isnan(stats[contract.LAYER_MEASURES.index("logme")]).all()
        assert np.isnan(stats[contract.LAYER_MEASURES.index("mmd")]).all()
        assert np.isfinite(stats[contract.LAYER_MEASURES.index("cka_target")]).all()
        failures = tags[tag("failures")][step]
        assert {(f["measure"], f["layer"]) for f in failures} == {(m, layer) for m in ("logme", "mmd")
                                                                   for layer in CONVS}
        assert all("SVD did not converge" in f["error"] for f in failures if f["measure"] == "logme")
        assert all("non-finite" in f["error"] for f in failures if f["measure"] == "mmd")


# -------------------------------------------------------------------------------------------- variants
def test_different_label_spaces_with_a_source_head(tmp_path, data, base):
    source = torch.utils.data.TensorDataset(data["source"].tensors[0], data["source"].tensors[1] % 2)
    model = fresh(base)
    head = nn.Linear(32, 2)
    cb = TransferCallback(model, source=source, target=data["target"], class_names=list(CLASSES),
                          source_class_names=["even", "odd"], source_head=head, log_dir=str(tmp_path / "r"),
                          probe_size=PROBE, target_val=data["val"], layers=["features.4"])
    cb.on_epoch_end(0)
    cb.close()
    tags = by_tag(read_events(tmp_path / "r"))
    info = tags[tag("run_info")][0]
    assert info["label_spaces_match"] is False and info["source_class_names"] == ["even", "odd"]
    for step in (0, 1):
        assert np.isfinite(tags[tag("leep")][step])
        assert np.isfinite(tags[tag("performance")][step]).all()
        assert np.isfinite(tags[tag("transferability")][step])
        assert np.isnan(tags[tag("class_accuracy")][step][0]).all()
        assert np.isfinite(tags[tag("class_accuracy")][step][1]).all()
        assert tags[tag("failures")][step] == []
        imp = tags[tag("activations", "features.4")][step]["importance"]
        assert np.isfinite(imp).all()
        vc = tags[tag("val_correct")][step].astype(np.float64)  # baseline: the source head through LEEP's predictor
        assert np.isfinite(vc).all()
        assert (vc[1] - vc[0]).mean() == pytest.approx(tags[tag("transferability")][step], abs=1e-6)


def test_model_without_linear_layer_and_untraceable_forward(tmp_path, data):
    class Branchy(ConvOnly):
        def forward(self, x):  # data-dependent control flow: torch.fx cannot trace it
            h = torch.relu(self.conv(x))
            if h.mean() > -1e9:
                h = h * 1.0
            return self.head(h).mean(dim=(2, 3))

    cb = TransferCallback(Branchy(), source=data["source"], target=data["target"], class_names=list(CLASSES),
                          log_dir=str(tmp_path / "r"), probe_size=12, layers=["head", "conv"])
    cb.on_epoch_end(0)
    cb.close()
    tags = by_tag(read_events(tmp_path / "r"))
    info = tags[tag("run_info")][0]
    # untraceable: no layer graph is guessed (issue 9), and the structure records say why they have no connection
    assert [(layer["name"], layer["inputs"]) for layer in info["layers"]] == [("conv", []), ("head", [])]
    assert "does not trace with torch.fx" in info["layers"][1]["conn_note"]
    assert info["has_source_head"] is False
    assert np.isnan(tags[tag("leep")][1])
    assert tag("embedding", contract.PENULTIMATE) not in tags
    assert np.isfinite(tags[tag("instance_outcome")][1][3]).all()  # p_target from the last tracked layer


def test_other_ranks_do_nothing(tmp_path, data, base, monkeypatch):
    monkeypatch.setenv("RANK", "1")
    cb = make_cb(fresh(base), data, tmp_path / "r", layers=["features.4"])
    cb.on_epoch_end(0)
    cb.on_train_step(1)
    cb.close()
    assert not (tmp_path / "r").exists()


def test_dataloader_probe_sets_and_custom_datasets(tmp_path, data, base):
    class Plain(torch.utils.data.Dataset):  # no .targets: labels are read item by item
        def __init__(self, ds):
            self.ds = ds

        def __len__(self):
            return len(self.ds)

        def __getitem__(self, i):
            x, y = self.ds[i]
            return x.numpy(), int(y)

    loader = torch.utils.data.DataLoader(data["target"], batch_size=16, shuffle=True)
    cb = TransferCallback(fresh(base), source=Plain(data["source"]), target=loader, class_names=list(CLASSES),
                          log_dir=str(tmp_path / "r"), probe_size=20, target_val=loader, layers=["features.4"])
    cb.on_epoch_end(0)
    cb.close()
    meta = by_tag(read_events(tmp_path / "r"))[tag("instance_meta")][0]
    assert len(meta) == 40
    labels = data["source"].tensors[1].numpy()
    np.testing.assert_array_equal(labels[meta[:20, 2]], meta[:20, 1])  # index points into the user's dataset


def test_importance_where_the_forward_cuts_the_graph(tmp_path, data, base):
    class FrozenPrefix(TinyNet):  # a frozen backbone run under no_grad inside forward
        def forward(self, x):
            with torch.no_grad():
                h = self.features(x)
            return self.classifier(h)

    model = FrozenPrefix()
    model.load_state_dict(base.state_dict())
    cb = make_cb(model, data, tmp_path / "r", layers=["features.4", "classifier.1"], target_val=None,
                 background=False)
    with pytest.warns(RuntimeWarning, match="no gradient of the loss reaches"):
        cb.on_epoch_end(0)
    cb.close()
    tags = by_tag(read_events(tmp_path / "r"))
    assert np.isnan(tags[tag("activations", "features.4")][1]["importance"]).all()
    assert np.isfinite(tags[tag("activations", "classifier.1")][1]["importance"]).all()
    assert {(f["measure"], f["layer"]) for f in tags[tag("failures")][1]} == {("class_importance", "features.4")}


def test_val_correct_pairs_target_val_instances_behind_the_transferability_score(run, tmp_path, data, base):
    tags = by_tag(run["events"])
    v = len(data["val"])
    for step in (0, 1, 2):
        vc = tags[tag("val_correct")][step]
        assert vc.shape == (2, v) and vc.dtype == np.float16 and set(np.unique(vc)) <= {0.0, 1.0}
        perf = tags[tag("performance")][step]
        vc = vc.astype(np.float64)
        assert vc[1].mean() == pytest.approx(perf[2, 1])                  # current row: target_val accuracy
        assert vc[0].mean() == pytest.approx(tags[tag("performance")][0][2, 1])  # baseline: the pretrained model's
        assert (vc[1] - vc[0]).mean() == pytest.approx(tags[tag("transferability")][step], abs=1e-6)
    np.testing.assert_array_equal(tags[tag("val_correct")][0][0], tags[tag("val_correct")][0][1])
    # a shuffled target_val loader cannot be paired by position: the baseline row is NaN, the current row is kept
    shuffled = torch.utils.data.DataLoader(data["val"], batch_size=16, shuffle=True,
                                           generator=torch.Generator().manual_seed(5))
    cb = make_cb(fresh(base), data, tmp_path / "s", target_val=shuffled, layers=["features.4"])
    cb.on_epoch_end(0)
    cb.close()
    vc = by_tag(read_events(tmp_path / "s"))[tag("val_correct")][1]
    assert np.isnan(vc[0]).all() and np.isfinite(vc[1]).all()
    # without target_val there is no val_correct record (findings bootstrap over the target probe instead)
    cb = make_cb(fresh(base), data, tmp_path / "n", target_val=None, layers=["features.4"])
    cb.on_epoch_end(0)
    cb.close()
    assert tag("val_correct") not in by_tag(read_events(tmp_path / "n"))
