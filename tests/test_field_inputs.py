"""Training code shaped like real fine-tuning scripts (issue 9, kinds 1-3): the probe is what the model sees, every
failure is recorded at the step it affects, and a run's identity (step 0, layer names, probe selection) never
changes silently."""
from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch
from torch import nn

from tb_transfer import TransferCallback, contract
from test_callback import by_tag, read_events, tag
from tiny_runs import CLASSES, SIZE, TinyNet, fit, make_domain

pytestmark = pytest.mark.timeout(120)
C = len(CLASSES)
ACC = contract.METRICS.index("accuracy")
SPLIT = {s: i for i, s in enumerate(contract.SPLITS)}


@pytest.fixture(scope="module")
def base():
    torch.manual_seed(0)
    model = TinyNet()
    fit(model, make_domain(64, "source", 1), epochs=2, lr=0.05)
    return model


def fresh(base, cls=TinyNet):
    model = cls()
    model.load_state_dict(base.state_dict())
    return model


def records(run_dir):
    return by_tag(read_events(run_dir))


# ------------------------------------------------------------------------------ raw 0-255 images, collate_fn
MEAN, STD = 0.45, 0.2


class Raw255(torch.utils.data.Dataset):
    """Images as raw 0-255 floats; the loader's collate_fn scales and normalises them."""

    def __init__(self, ds):
        x, self.y = ds.tensors
        lo, hi = x.min(), x.max()
        self.x = ((x - lo) / (hi - lo) * 255.0).round()

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


def normalise(batch):
    x = torch.stack([b[0] for b in batch])
    return (x / 255.0 - MEAN) / STD, torch.stack([b[1] for b in batch])


def test_probe_goes_through_the_loaders_collate_fn(tmp_path, base):
    raw = Raw255(make_domain(48, "target", 2))
    loader = torch.utils.data.DataLoader(raw, batch_size=16, shuffle=True, collate_fn=normalise)
    model = fresh(base)
    torch.manual_seed(0)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for _ in range(12):  # fine-tune on what the loader yields
        for x, y in loader:
            opt.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            opt.step()
    cb = TransferCallback(model, source=loader, target=loader, class_names=list(CLASSES), target_val=loader,
                          log_dir=str(tmp_path / "r"), probe_size=48, layers=["features.0"])
    cb.on_epoch_end(0)
    cb.close()
    rec = records(tmp_path / "r")
    perf = rec[tag("performance")][1]
    # the same model on the same 48 images: the probe and target_val agree
    x_all, y_all = normalise([raw[i] for i in range(len(raw))])
    with torch.no_grad():
        model.eval()
        direct = float((model(x_all).argmax(1) == y_all).float().mean())
        conv_means = model.features[0](x_all).mean((2, 3)).mean(0).numpy()
    assert direct > 0.5  # (1.0 on this seed; 0.33 through the dataset alone, as before the fix)
    assert perf[SPLIT["target"], ACC] == pytest.approx(direct)
    assert perf[SPLIT["target_val"], ACC] == pytest.approx(direct)
    act, meta = rec[tag("activations", "features.0")][1], rec[tag("instance_meta")][0]
    pooled = act["pooled"][meta[:, 0] == 1]  # the target probe: the same 48 images, read back from 8-bit codes
    half_code = (pooled.max(axis=0) - pooled.min(axis=0)) / 500
    np.testing.assert_allclose(pooled.mean(axis=0), conv_means[act["channels"]], rtol=0, atol=half_code.max() + 1e-4)


class Dicts(torch.utils.data.Dataset):
    def __init__(self, ds):
        self.ds = ds

    def __len__(self):
        return len(self.ds)

    def __getitem__(self, i):
        x, y = self.ds[i]
        return {"pixel_values": x, "labels": y, "id": i}


def test_dict_samples_reach_probes_and_target_val_like_pairs(tmp_path, base):
    src, tgt, val = make_domain(32, "source", 1), make_domain(32, "target", 2), make_domain(24, "target", 4)
    runs = {}
    for name, wrap in (("pairs", lambda d: d), ("dicts", Dicts)):
        cb = TransferCallback(fresh(base), source=wrap(src),
                              target=torch.utils.data.DataLoader(wrap(tgt), batch_size=8),
                              target_val=torch.utils.data.DataLoader(wrap(val), batch_size=8),
                              class_names=list(CLASSES), log_dir=str(tmp_path / name), probe_size=16,
                              layers=["features.4"])
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)  # no failure
            cb.on_epoch_end(0)
        cb.close()
        runs[name] = records(tmp_path / name)
    for t in (tag("performance"), tag("instance_meta")):
        np.testing.assert_array_equal(runs["pairs"][t][1 if t == tag("performance") else 0],
                                      runs["dicts"][t][1 if t == tag("performance") else 0])
    assert runs["dicts"][tag("failures")][1] == [] and runs["dicts"][tag("failures")][0] == []
    assert np.isfinite(runs["dicts"][tag("performance")][1][SPLIT["target_val"]]).all()


def test_dict_without_known_keys_and_pil_images_are_refused_clearly(tmp_path, base):
    from PIL import Image

    ok = dict(target=make_domain(16, "target", 2), class_names=list(CLASSES), log_dir=str(tmp_path / "r"),
              probe_size=8)
    with pytest.raises(TypeError, match=r"source: dict samples need an image key .* got keys \['a', 'b'\]"):
        TransferCallback(fresh(base), source=[{"a": torch.zeros(3, 16, 16), "b": 0}] * 4, **ok)
    with pytest.raises(TypeError, match="source: images must reach the model as tensors .* got a PIL image"):
        TransferCallback(fresh(base), source=[(Image.new("RGB", (16, 16)), 0)] * 4, **ok)


def test_non_finite_probe_images_are_refused_with_their_indices(tmp_path, base):
    """One NaN pixel in one probe image makes every measure of that domain NaN at every step: refuse it up front,
    naming the dataset indices, instead of writing a run of NaN."""
    x, y = make_domain(16, "target", 2).tensors
    x = x.clone()
    x[3, 0, 5, 5] = float("nan")
    x[11, 1, 0, 0] = float("inf")
    target = torch.utils.data.TensorDataset(x, y)
    with pytest.raises(ValueError, match=r"target: 2 probe images contain NaN or infinite values \(dataset indices "
                                         r"\[3, 11\]\)"):
        TransferCallback(fresh(base), source=make_domain(16, "source", 1), target=target, class_names=list(CLASSES),
                         log_dir=str(tmp_path / "r"), probe_size=16)
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())  # nothing written


class Uint8(torch.utils.data.Dataset):
    def __init__(self, ds):
        x, self.y = ds.tensors
        lo, hi = x.min(), x.max()
        self.x = ((x - lo) / (hi - lo) * 255.0).round().to(torch.uint8)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


class ScalesItself(TinyNet):
    """A model that takes uint8 pixels and scales them itself (as torchvision's weights.transforms() users do)."""

    def forward(self, x):
        if x.dtype == torch.uint8:
            x = (x.float() / 255.0 - MEAN) / STD
        return super().forward(x)


def test_uint8_inputs_reach_the_model_as_uint8(tmp_path, base):
    data = Uint8(make_domain(32, "target", 2))
    model = fresh(base, ScalesItself)
    cb = TransferCallback(model, source=data, target=data, class_names=list(CLASSES), log_dir=str(tmp_path / "r"),
                          probe_size=32, layers=["features.0"])
    cb.on_epoch_end(0)
    cb.close()
    with torch.no_grad():
        model.eval()
        direct = float((model(data.x).argmax(1) == data.y).float().mean())
    assert records(tmp_path / "r")[tag("performance")][1][SPLIT["target"], ACC] == pytest.approx(direct)
    with pytest.raises(ValueError, match="torch.uint8 inputs, handed to the model as they are"):
        TransferCallback(fresh(base), source=data, target=data, class_names=list(CLASSES),
                         log_dir=str(tmp_path / "s"), probe_size=8)


def test_stratification_uses_labels_after_target_transform(tmp_path, base):
    """Own case: torchvision-style datasets keep .targets before target_transform; stratifying on them balances the
    wrong classes."""
    inner = make_domain(96, "target", 2)

    class Remapped(torch.utils.data.Dataset):
        targets = [i % 3 for i in range(96)]  # raw classes 0, 1, 2 ...
        target_transform = staticmethod(lambda y: 0 if y < 2 else 1)  # ... merged into 0, 1

        def __len__(self):
            return 96

        def __getitem__(self, i):
            return inner[i][0], self.target_transform(self.targets[i])

    cb = TransferCallback(fresh(base), source=Remapped(), target=Remapped(), class_names=list(CLASSES),
                          log_dir=str(tmp_path / "r"), probe_size=30, layers=["features.0"])
    cb.on_epoch_end(0)
    cb.close()
    meta = records(tmp_path / "r")[tag("instance_meta")][0]
    assert np.bincount(meta[30:, 1]).tolist() == [15, 15]


def test_loader_without_automatic_batching(tmp_path, base):
    """Own case: DataLoader(batch_size=None) yields single samples (collate_fn per sample)."""
    data = make_domain(24, "target", 2)
    loader = torch.utils.data.DataLoader(data, batch_size=None)
    cb = TransferCallback(fresh(base), source=loader, target=loader, class_names=list(CLASSES), target_val=loader,
                          log_dir=str(tmp_path / "r"), probe_size=24, layers=["features.0"])
    cb.on_epoch_end(0)
    cb.close()
    perf = records(tmp_path / "r")[tag("performance")][1]
    assert perf[SPLIT["target"], ACC] == pytest.approx(perf[SPLIT["target_val"], ACC])


# ------------------------------------------------------------------------------ failures at their step
class FlakyVal(torch.utils.data.Dataset):
    def __init__(self, ds, failures: int):
        self.ds, self.failures = ds, failures

    def __len__(self):
        return len(self.ds)

    def __getitem__(self, i):
        if self.failures:
            self.failures -= 1
            raise OSError("network filesystem hiccup")
        return self.ds[i]


def failures_at(rec):
    return {step: {(f["measure"], f["layer"]) for f in v} for step, v in rec[tag("failures")].items()}


def test_target_val_failing_once_is_recorded_and_the_baseline_recomputed(tmp_path, base):
    val = make_domain(24, "target", 4)
    model = fresh(base)
    cb = TransferCallback(model, source=make_domain(16, "source", 1), target=make_domain(16, "target", 2),
                          class_names=list(CLASSES), target_val=FlakyVal(val, 1), log_dir=str(tmp_path / "r"),
                          probe_size=16, layers=["features.4"])
    with pytest.warns(RuntimeWarning, match="network filesystem hiccup"):
        cb.on_epoch_end(0)
    cb.on_epoch_end(1)
    cb.close()
    rec = records(tmp_path / "r")
    failed = failures_at(rec)
    assert ("performance", "target_val") in failed[0]
    assert ("transferability_score", "") in failed[1]  # no baseline yet: said, not silently NaN
    assert failed[2] == set()
    with torch.no_grad():
        base.eval()
        baseline = float((base(val.tensors[0]).argmax(1) == val.tensors[1]).float().mean())
    now = rec[tag("performance")][2][SPLIT["target_val"], ACC]
    assert rec[tag("transferability")][2] == pytest.approx(now - baseline, abs=1e-6)


def test_target_val_that_always_fails_is_listed_at_every_step(tmp_path, base):
    cb = TransferCallback(fresh(base), source=make_domain(16, "source", 1), target=make_domain(16, "target", 2),
                          class_names=list(CLASSES), target_val=FlakyVal(make_domain(8, "target", 4), 10 ** 9),
                          log_dir=str(tmp_path / "r"), probe_size=16, layers=["features.4"])
    with pytest.warns(RuntimeWarning):
        for epoch in range(3):
            cb.on_epoch_end(epoch)
    cb.close()
    failed = failures_at(records(tmp_path / "r"))
    assert all(("performance", "target_val") in failed[s] for s in range(4))


def test_train_step_failures_are_listed_at_the_next_step(tmp_path, base):
    """Own case: on_train_step's failures were warned about, then thrown away."""
    model = fresh(base)
    cb = TransferCallback(model, source=make_domain(16, "source", 1), target=make_domain(16, "target", 2),
                          class_names=list(CLASSES), log_dir=str(tmp_path / "r"), probe_size=16,
                          layers=["features.4"])
    cb.on_epoch_end(0)
    saved = model.features[4].weight.detach().clone()
    with torch.no_grad():
        model.features[4].weight[0, 0, 0, 0] = float("nan")
    with pytest.warns(RuntimeWarning, match="weight_drift"):
        cb.on_train_step(7)
    with torch.no_grad():
        model.features[4].weight.copy_(saved)
    cb.on_epoch_end(1)
    cb.close()
    listed = records(tmp_path / "r")[tag("failures")][2]
    assert any(f["measure"] == "weight_drift" and f["error"].startswith("train step 7:") for f in listed)


@pytest.mark.parametrize("mode", ["inference_mode", "autocast"])
def test_pretrained_view_does_not_depend_on_the_callers_grad_mode(tmp_path, base, mode):
    """Own case: step 0 (computed once, reused at every step) computed inside torch.inference_mode() lost its
    importance; inside autocast it was computed in bfloat16."""
    out = {}
    for name in ("plain", mode):
        cb = TransferCallback(fresh(base), source=make_domain(16, "source", 1), target=make_domain(16, "target", 2),
                              class_names=list(CLASSES), log_dir=str(tmp_path / name), probe_size=16,
                              layers=["features.4"])
        ctx = {"plain": torch.enable_grad(), "inference_mode": torch.inference_mode(),
               "autocast": torch.autocast("cpu", dtype=torch.bfloat16)}[name]
        with ctx:
            cb.on_epoch_end(0)
        cb.close()
        out[name] = records(tmp_path / name)
    for step in (0, 1):
        assert failures_at(out[mode])[step] == set()
        np.testing.assert_array_equal(out[mode][tag("performance")][step], out["plain"][tag("performance")][step])
        np.testing.assert_array_equal(out[mode][tag("activations", "features.4")][step]["importance"],
                                      out["plain"][tag("activations", "features.4")][step]["importance"])
    assert np.isfinite(out[mode][tag("activations", "features.4")][0]["importance"][0]).all()


# ------------------------------------------------------------------------------ the run's identity
def small_cb(model, run_dir, **kw):
    kw = {"source": make_domain(16, "source", 1), "target": make_domain(16, "target", 2),
          "class_names": list(CLASSES), "log_dir": str(run_dir), "probe_size": 16, "layers": ["features.4"], **kw}
    return TransferCallback(model, **kw)


def test_resuming_without_state_refuses_and_keeps_step_0(tmp_path, base):
    run_dir = tmp_path / "r"
    model = fresh(base)
    cb = small_cb(model, run_dir)
    cb.on_epoch_end(0)
    state = cb.state_dict()
    cb.close()
    before = records(run_dir)[tag("performance")][0]
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.1)  # "fine-tuned"
    again = small_cb(model, run_dir)
    with pytest.raises(ValueError, match="already holds a tb_transfer run .* load_state_dict"):
        again.on_epoch_end(1)
    with pytest.raises(ValueError, match="already holds a tb_transfer run"):
        again.on_train_step(1)
    again.close()
    rec = records(run_dir)
    np.testing.assert_array_equal(rec[tag("performance")][0], before)
    assert sorted(rec[tag("performance")]) == [0, 1]
    resumed = small_cb(model, run_dir)  # the documented path
    resumed.load_state_dict(state)
    resumed.on_epoch_end(1)
    resumed.close()
    rec = records(run_dir)  # by_tag fails on a step written twice
    assert sorted(rec[tag("performance")]) == [0, 1, 2] and list(rec[tag("run_info")]) == [0]


def test_wrappers_do_not_change_layer_names_or_step_0(tmp_path, base):
    out = {}
    for name, wrap in (("plain", lambda m: m), ("dp", nn.DataParallel),
                       ("compiled", lambda m: torch.compile(m, backend="eager"))):
        cb = small_cb(wrap(fresh(base)), tmp_path / name, layers=None)
        cb.on_epoch_end(0)
        cb.close()
        out[name] = records(tmp_path / name)
    names = [layer["name"] for layer in out["plain"][tag("run_info")][0]["layers"]]
    assert names == ["features.0", "features.4", "classifier.1", "classifier.3"]
    for name in ("dp", "compiled"):
        assert out[name][tag("run_info")][0]["layers"] == out["plain"][tag("run_info")][0]["layers"]
        np.testing.assert_array_equal(out[name][tag("performance")][0], out["plain"][tag("performance")][0])


def test_layer_names_written_against_the_wrapper_are_accepted(tmp_path, base):
    """Own case: names copied from a wrapped model's named_modules() ("module.", "_orig_mod.")."""
    model = torch.compile(nn.DataParallel(fresh(base)), backend="eager")
    cb = small_cb(model, tmp_path / "r", layers=["_orig_mod.module.features.4", "module.classifier.3"])
    assert cb.layers == ["features.4", "classifier.3"]
    cb.close()


class Jitter(torch.utils.data.Dataset):
    """A random augmentation in the dataset's transform."""

    def __init__(self, ds):
        self.ds = ds

    def __len__(self):
        return len(self.ds)

    def __getitem__(self, i):
        x, y = self.ds[i]
        return x + 0.1 * torch.randn_like(x), y


def test_probe_selection_and_images_are_identical_across_restarts(tmp_path, base):
    """Own case: random transforms gave other probe images at each restart (the selection and step 0 then describe
    other images than the steps after it)."""
    src, tgt = Jitter(make_domain(40, "source", 1)), Jitter(make_domain(40, "target", 2))
    states = []
    for run in ("a", "b"):
        torch.manual_seed(len(run) * 99 + ord(run))  # the training script's own RNG state differs
        cb = small_cb(fresh(base), tmp_path / run, source=src, target=tgt)
        states.append(cb.state_dict())
        cb.close()
    assert states[0]["probe"] == states[1]["probe"]
    assert states[0]["probe_digest"] == states[1]["probe_digest"]
    # a restart whose data changed under the same indices is told so
    cb = small_cb(fresh(base), tmp_path / "c", source=Jitter(make_domain(40, "source", 9)), target=tgt)
    with pytest.warns(UserWarning, match="probe images loaded now differ"):
        cb.load_state_dict(states[0])
    cb.close()


class Augmented(torch.utils.data.Dataset):
    """A training set as fine-tuning scripts build it: torchvision's random augmentation in the transform, and no
    ``targets`` attribute (the callback reads every item for the labels, drawing from the RNGs as it goes)."""

    def __init__(self, ds, augment=True):
        import torchvision.transforms.v2 as T

        self.x, self.y = ds.tensors
        self.x = (self.x - self.x.min()) / (self.x.max() - self.x.min())  # images in [0, 1], as ColorJitter expects
        self.t = T.Compose([T.RandomResizedCrop(SIZE, scale=(0.6, 1.0)), T.RandomHorizontalFlip(),
                            T.ColorJitter(0.4, 0.4)]) if augment else None

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return (self.x[i] if self.t is None else self.t(self.x[i])), self.y[i]


class AugmentedStream(torch.utils.data.IterableDataset):
    def __init__(self, ds):
        self.ds = ds

    def __iter__(self):
        return (self.ds[i] for i in range(len(self.ds)))


def augmenting_loaders():
    return (torch.utils.data.DataLoader(Augmented(make_domain(40, "source", 1)), batch_size=8, shuffle=True),
            torch.utils.data.DataLoader(Augmented(make_domain(40, "target", 2)), batch_size=8, shuffle=True))


def test_a_restored_run_measures_the_same_augmented_probe_images(tmp_path, base):
    """Fresh user's case: with training loaders that augment, a callback restored from a checkpoint re-drew the
    augmentation (the fresh selection had read every item for its labels first), warned, and measured the steps
    after the restart on other images."""
    src, tgt = augmenting_loaders()
    model = fresh(base)
    with pytest.warns(UserWarning, match="source and target apply random transforms") as seen:
        cb = small_cb(model, tmp_path / "r", source=src, target=tgt, probe_size=20)
    assert sum("random transforms" in str(w.message) for w in seen) == 1  # once, for both domains
    cb.on_epoch_end(0)
    state = cb.state_dict()
    first = cb._images.clone()
    cb.close()
    fit(model, make_domain(40, "target", 2), epochs=1)  # training goes on; then the process restarts
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        cb = small_cb(model, tmp_path / "r", source=src, target=tgt, probe_size=20)
        cb.load_state_dict(state)
    assert not [w for w in seen if "differ from the saved run" in str(w.message)]
    assert torch.equal(cb._images, first)
    cb.on_epoch_end(1)
    cb.close()
    # the probe images are augmented ones (not the clean images at those indices), and run_info says so
    meta = records(tmp_path / "r")[tag("instance_meta")][0]
    index = meta[:, 2]
    clean = torch.cat([src.dataset.x[index[:20]], tgt.dataset.x[index[20:]]])
    assert not torch.equal(first, clean)
    info = records(tmp_path / "r")[tag("run_info")][0]
    assert info["probe"]["random"] == {"source": True, "target": True}


def test_an_iterable_augmenting_stream_is_detected_and_restored_alike(tmp_path, base):
    stream = AugmentedStream(Augmented(make_domain(40, "target", 2)))
    clean = make_domain(16, "source", 1)
    with pytest.warns(UserWarning, match="target applies random transforms"):
        cb = small_cb(fresh(base), tmp_path / "r", source=clean, target=stream, probe_size=16)
    state, first = cb.state_dict(), cb._images.clone()
    assert cb._info["probe"]["random"] == {"source": False, "target": True}
    cb.close()
    cb = small_cb(fresh(base), tmp_path / "s", source=clean, target=stream, probe_size=16)
    cb.load_state_dict(state)
    assert torch.equal(cb._images, first)
    cb.close()


def test_a_clean_pipeline_is_not_called_random(tmp_path, base):
    loader = torch.utils.data.DataLoader(Augmented(make_domain(40, "target", 2), augment=False), batch_size=8,
                                         shuffle=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning at all
        cb = small_cb(fresh(base), tmp_path / "r", source=loader, target=loader)
    assert cb._info["probe"]["random"] == {"source": False, "target": False}
    cb.close()


def test_building_and_restoring_a_callback_leaves_the_users_rng_states(tmp_path, base):
    """The user's own randomness (shuffling, augmentation, dropout) after the callback is built is what it would
    have been without it."""
    import random

    src, tgt = augmenting_loaders()
    with pytest.warns(UserWarning, match="random transforms"):
        cb = small_cb(fresh(base), tmp_path / "a", source=src, target=tgt)
    state = cb.state_dict()
    cb.close()
    model = fresh(base)  # (building a model draws its initial weights)

    def draws():
        return (torch.rand(4).tolist(), np.random.rand(4).tolist(), [random.random() for _ in range(4)],
                [y.tolist() for _, y in src])  # the loader's shuffled order and augmentation

    for build in (False, True):
        torch.manual_seed(11)
        np.random.seed(11)
        random.seed(11)
        if build:
            with pytest.warns(UserWarning, match="random transforms"):
                cb = small_cb(model, tmp_path / "b", source=src, target=tgt)
            cb.load_state_dict(state)
            cb.close()
            assert draws() == expected
        else:
            expected = draws()


def test_step_0_survives_every_sampling_cap(tmp_path):
    from fixtures import plugin_client, write_synthetic_run
    from tb_transfer.reader import keep_ends

    assert keep_ends(list(range(10)), 3) == [0, 4, 9] or keep_ends(list(range(10)), 3) == [0, 5, 9]
    assert keep_ends(list(range(10)), 1) == [9] and keep_ends(list(range(3)), 5) == [0, 1, 2]
    write_synthetic_run(tmp_path, "r", steps=12, kinds=["performance", "embedding"], bn=False, weight_steps=False)
    for cap in (2, 3, 5, 11):
        client, plugin, _ = plugin_client(tmp_path, samples=0)
        plugin._reader.downsample = cap  # as --tb_transfer_samples=cap sets it
        try:
            import json

            runs = json.loads(client.get("/data/plugin/tb_transfer/runs").get_data(as_text=True))["runs"]
            steps = runs[0]["steps"]
            assert len(steps) == cap and steps[0] == 0 and steps[-1] == 11, (cap, steps)
            assert runs[0]["error"] is None
        finally:
            plugin._projections.close()
