"""The examples: the offline demo's data generators and end-to-end smoke run, and the image-folder example."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import torch
import torchvision

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _module(name: str):
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


demo = _module("demo")
folders = _module("finetune_folders")


def _load_runs(logdir: Path) -> dict:
    """{run name: set of tb_transfer kinds written}, via ``tb_transfer.load`` (or the raw event files)."""
    try:
        from tb_transfer.reader import load
    except ImportError:
        load = None
    if load is not None:
        return {name: run for name, run in load(str(logdir)).items()}
    from tensorboard.backend.event_processing.event_file_loader import EventFileLoader

    runs = {}
    for event_file in logdir.rglob("events.out.tfevents.*"):
        tags = set()
        for event in EventFileLoader(str(event_file)).Load():
            for value in event.summary.value:
                if value.metadata.plugin_data.plugin_name == "tb_transfer":
                    tags.add(value.tag)
        runs[str(event_file.parent.relative_to(logdir))] = tags
    return runs


# ----------------------------------------------------------------------------------------------------------------
# demo: data
# ----------------------------------------------------------------------------------------------------------------
def test_printed_digits_shapes_labels_and_determinism():
    images, labels = demo.make_printed_digits(12, size=64, seed=3)
    assert images.shape == (12, 64, 64, 3) and images.dtype == np.uint8
    assert labels.dtype == np.int64 and labels.tolist() == [i % 10 for i in range(12)]
    again, _ = demo.make_printed_digits(12, size=64, seed=3)
    np.testing.assert_array_equal(images, again)
    prefix, _ = demo.make_printed_digits(5, size=64, seed=3)  # image i depends only on (seed, i)
    np.testing.assert_array_equal(prefix, images[:5])
    other, _ = demo.make_printed_digits(12, size=64, seed=4)
    assert not np.array_equal(other, images)
    # coloured, not blank: the channels differ and every image has contrast
    assert (images.reshape(12, -1, 3).std(axis=1).max(axis=1) > 5).all()
    assert any(not np.array_equal(im[..., 0], im[..., 1]) for im in images)


def test_printed_digits_other_size():
    images, labels = demo.make_printed_digits(3, size=96, seed=0)
    assert images.shape == (3, 96, 96, 3) and labels.tolist() == [0, 1, 2]


def test_handwritten_digits_shapes_and_labels():
    images, labels = demo.load_handwritten_digits(64)
    assert images.shape == (1797, 64, 64, 3) and images.dtype == np.uint8
    assert labels.shape == (1797,) and set(labels.tolist()) == set(range(10))
    np.testing.assert_array_equal(images[..., 0], images[..., 1])  # grey in three channels
    np.testing.assert_array_equal(images[..., 0], images[..., 2])
    assert images[:, :4, :4].max() == 0  # black margin, white digit
    assert images.reshape(1797, -1).max(axis=1).min() > 128
    np.testing.assert_array_equal(images, demo.load_handwritten_digits(64)[0])


def test_stratified_split_is_disjoint_complete_and_balanced():
    labels = demo.load_handwritten_digits(64)[1]
    train, val = demo.stratified_split(labels, 500, seed=0)
    assert len(val) == 500 and len(train) == len(labels) - 500
    assert not set(train) & set(val) and set(train) | set(val) == set(range(len(labels)))
    counts = np.bincount(labels[val], minlength=10)
    assert counts.min() >= 48 and counts.max() <= 52
    np.testing.assert_array_equal(val, demo.stratified_split(labels, 500, seed=0)[1])
    assert not np.array_equal(val, demo.stratified_split(labels, 500, seed=1)[1])


def test_digit_images_dataset_items():
    images, labels = demo.make_printed_digits(4, size=64, seed=0)
    data = demo.DigitImages(images, labels)
    x, y = data[2]
    assert x.shape == (3, 64, 64) and x.dtype == torch.float32 and y == 2 and isinstance(y, int)
    assert abs(float(x.mean())) < 1e-4 and 0.8 < float(x.std()) <= 1  # standardised per image
    xb, yb = data.batch(torch.tensor([2, 3]))
    torch.testing.assert_close(xb[0], x)
    assert yb.tolist() == [2, 3]


def test_alexnet_runs_at_the_demo_input_size():
    model = demo.make_model(0, "alexnet")
    assert type(model) is torchvision.models.AlexNet
    assert demo.Settings(model="alexnet").size >= demo.MIN_ALEXNET_SIZE
    with torch.no_grad():
        assert model(torch.zeros(2, 3, 64, 64)).shape == (2, 10)
        assert model.features(torch.zeros(1, 3, demo.MIN_ALEXNET_SIZE, demo.MIN_ALEXNET_SIZE)).shape[-1] == 1


def test_every_demo_model_runs_and_names_its_head_and_layers():
    for name, arch in demo.ARCHITECTURES.items():
        st = demo.Settings(model=name)
        model = demo.make_model(0, name)
        modules = dict(model.named_modules())
        assert isinstance(modules[arch.head], torch.nn.Module)
        assert all(layer in modules for layer in arch.layers or ())
        with torch.no_grad():
            assert model.eval()(torch.zeros(2, 3, st.size, st.size)).shape == (2, 10)
    assert demo.Settings().model == "resnet18" and demo.Settings().size == 32
    assert demo.Settings(model="alexnet", size=96).size == 96  # an explicit setting wins over the architecture's
    with pytest.raises(ValueError, match="unknown model"):
        demo.Settings(model="vgg99")


def test_cache_key_follows_the_settings():
    base = demo.Settings()
    fields = ("model", "size", "n_source_train", "pretrain_epochs", "seed")
    assert demo.settings_key(base, *fields) == demo.settings_key(demo.Settings(), *fields)
    longer = demo.Settings(pretrain_epochs=base.pretrain_epochs + 1)
    assert demo.settings_key(base, *fields) != demo.settings_key(longer, *fields)
    assert demo.settings_key(base, *fields) == demo.settings_key(demo.Settings(epochs=9), *fields)  # not a field
    assert demo.settings_key(base, *fields) != demo.settings_key(demo.Settings(model="alexnet"), *fields)


# ----------------------------------------------------------------------------------------------------------------
# demo: end to end
# ----------------------------------------------------------------------------------------------------------------
def test_demo_fast_end_to_end(tmp_path):
    logdir = tmp_path / "runs"
    env = dict(os.environ, OMP_NUM_THREADS="2", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, str(EXAMPLES / "demo.py"), "--fast", "--logdir", str(logdir)],
                          capture_output=True, text=True, env=env, timeout=300, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert f"tensorboard --logdir {logdir}" in proc.stdout
    for name in demo.RUNS:
        assert name in proc.stdout  # the summary table
    runs = _load_runs(logdir)
    assert set(demo.RUNS) <= set(runs), runs.keys()
    for name in demo.RUNS:
        run = runs[name]
        if isinstance(run, set):  # raw event files
            assert "tb_transfer/run_info" in run and "tb_transfer/performance" in run
        else:
            assert sorted(run.records["performance"]) == [0, 1]  # pretrained model + one epoch
            assert run.info["class_names"] == demo.CLASS_NAMES
            assert run.info["domain_names"] == {"source": "printed digits", "target": "handwritten digits"}
            assert run.info["has_target_val"] and run.info["label_spaces_match"]
    if not any(isinstance(run, set) for run in runs.values()):
        _assert_findings_match_records({name: runs[name] for name in demo.RUNS})
    # the source data and model are cached
    cache = list((logdir / ".cache").iterdir())
    assert any(p.name.startswith(f"source_{demo.Settings.model}_") for p in cache)
    assert any(p.name.startswith("printed_digits_") for p in cache)


def _assert_findings_match_records(runs: dict) -> None:
    """The findings of the demo's runs say what their records show (recomputed here from the records, with
    scikit-learn's AUC): freezing the features must report the frozen conv layers as barely moved."""
    from sklearn.metrics import roc_auc_score

    from tb_transfer import contract
    from tb_transfer import findings as F

    row = {m: i for i, m in enumerate(contract.LAYER_MEASURES)}
    evaluated = []
    for name, run in runs.items():
        step = max(run.records["performance"])
        records = F.RunRecords(name, run.records, run.info, run.axes, step)
        evaluated.append(records)
        by_rule: dict = {}
        for f in F.evaluate(records):
            by_rule.setdefault(f.rule, []).append(f)
        found = {rule: [f for f in fs if f.status == "found"] for rule, fs in by_rule.items()}
        layers = run.axes["layer_stats"]["layer"]
        stats, first = run.records["layer_stats"][step], run.records["layer_stats"][0]
        perf, perf0 = run.records["performance"][step], run.records["performance"][0]
        # a starting model within FORGETTING_DROP of chance on the source (scratch; here, --fast's barely pretrained
        # model too) has no pretrained features: the rules about them say "Not applicable"
        at_chance = perf0[0, 1] <= 1 / len(run.info["class_names"]) + F.FORGETTING_DROP
        for rule in ("forgetting", "overwritten_early", "transferable_features"):
            assert by_rule[rule][0].sentence.startswith("Not applicable") == at_chance, (name, rule)

        still = {l for j, l in enumerate(layers) if stats[row["weight_drift"], j] < F.STILL_DRIFT
                 and stats[row["cka_target"], j] > F.STILL_CKA}
        named = {n.label.rsplit(" ", 1)[0] for f in found["barely_moved"] for n in f.numbers}
        assert named == still, (name, named, still)
        if name == "freeze_features":
            head = demo.Settings().arch.head
            frozen = [l for l in layers if l != head and not l.startswith(head + ".")]
            assert frozen and all(stats[row["weight_drift"], layers.index(l)] == 0 for l in frozen)
            assert set(frozen) <= named  # the frozen backbone (BatchNorm statistics too): reported as barely moved

        early = {l for j, l in enumerate(layers) if stats[row["cka_target"], j] < F.OVERWRITTEN_CKA  # one step: step 1
                 and not at_chance}
        assert {n.label.split(" CKA")[0] for f in found["overwritten_early"] for n in f.numbers
                if " CKA at step" in n.label} == early

        assert bool(found["forgetting"]) == (perf0[0, 1] - perf[0, 1] > F.FORGETTING_DROP and not at_chance)
        score = float(run.records["transferability"][step])
        assert (by_rule["negative_transfer"][0].status == "clear") if score >= 0 else bool(by_rule["negative_transfer"])

        meta, out = run.records["instance_meta"][0], run.records["instance_outcome"]
        target = meta[:, 0] == 1
        flips = np.mean(out[step][0, target] != out[0][0, target])
        assert bool(found["unstable_predictions"]) == (flips > F.FLIP_FRACTION)

        aucs = [stats[row["domain_auc"], -1], roc_auc_score(target, out[step][3])]
        gap = perf[0, 1] - perf[1, 1]
        assert bool(found["domain_gap_at_top"]) == (max(aucs) > F.DOMAIN_AUC_HIGH and gap > F.TOP_ACCURACY_GAP)

        best = layers[int(np.nanargmax(first[row["logme"]]))]
        if not at_chance:
            assert by_rule["transferable_features"][0].link.layer == best
        assert bool(found["transferable_features"]) == (best != layers[-1] and not at_chance)
        assert bool(found["failed_measures"]) == bool(run.records["failures"][step])
    compared = {f.rule: f for f in F.runs_compared(evaluated)}
    scores = [float(r.records["transferability"][r.step]) for r in evaluated]
    assert compared["compare_transferability"].link.run == evaluated[int(np.argmax(scores))].run


# ----------------------------------------------------------------------------------------------------------------
# finetune_folders
# ----------------------------------------------------------------------------------------------------------------
def _tree(root: Path, classes, per_class: int = 3, size: int = 32, seed: int = 0) -> Path:
    from PIL import Image

    rng = np.random.default_rng(seed)
    for k, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            img = rng.integers(0, 256, (size, size, 3), dtype=np.uint8)
            img[:, :, k % 3] = 255  # a class-dependent colour
            Image.fromarray(img).save(root / name / f"{i}.png")
    return root


def _weights(path: Path, arch: str = "resnet18", num_classes: int = 3) -> Path:
    torch.manual_seed(0)
    model = torchvision.models.get_model(arch, weights=None, num_classes=num_classes)
    torch.save(model.state_dict(), path)
    return path


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    root = tmp_path_factory.mktemp("folders")
    return {
        "source": _tree(root / "source", ["a", "b", "c"], seed=1),
        "target": _tree(root / "target", ["a", "b", "c"], seed=2),
        "val": _tree(root / "val", ["a", "b", "c"], per_class=2, seed=3),
        "source2": _tree(root / "source2", ["x", "y"], seed=4),
        "weights3": _weights(root / "r18_3.pth", num_classes=3),
        "weights2": _weights(root / "r18_2.pth", num_classes=2),
        "root": root,
    }


def _args(trees, logdir, **over):
    args = {"--source": trees["source"], "--target": trees["target"], "--target-val": trees["val"],
            "--weights": trees["weights3"], "--arch": "resnet18", "--logdir": logdir, "--epochs": 1,
            "--image-size": 32, "--batch-size": 4, "--probe-size": 6, "--device": "cpu",
            "--layers": "conv1,layer4.1.conv2,fc"}  # a few layers keep the callback quick
    args.update(over)
    argv = []
    for key, value in args.items():  # None: left out; True: a flag without value
        if value is not None:
            argv += [key] if value is True else [key, str(value)]
    return argv


def test_folders_same_classes_keeps_head(trees, tmp_path, capsys):
    logdir = tmp_path / "runs" / "ft"
    assert folders.main(_args(trees, logdir)) == 0
    out = capsys.readouterr().out
    assert "head fc kept" in out and f"tensorboard --logdir {logdir.parent}" in out
    run = _load_runs(logdir.parent)["ft"]
    if not isinstance(run, set):
        assert run.info["class_names"] == ["a", "b", "c"] and run.info["label_spaces_match"]
        assert [layer["name"] for layer in run.info["layers"]] == ["conv1", "layer4.1.conv2", "fc"]
        assert sorted(run.records["performance"]) == [0, 1]


def test_folders_other_source_classes_replace_head_and_keep_source_head(trees, tmp_path, capsys):
    logdir = tmp_path / "runs" / "ft2"
    code = folders.main(_args(trees, logdir, **{"--source": trees["source2"], "--weights": trees["weights2"],
                                                "--target-val": None, "--freeze-features": True}))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "head fc replaced (2 source classes -> 3 target classes)" in out.out
    run = _load_runs(logdir.parent)["ft2"]
    if not isinstance(run, set):
        assert run.info["has_source_head"] and not run.info["label_spaces_match"]


def test_folders_run_replaces_head_and_freezes(trees, tmp_path):
    args = folders.parse_args(_args(trees, tmp_path / "r" / "x", **{"--source": trees["source2"],
                                                                    "--weights": trees["weights2"]}))
    state = folders.load_state_dict(args.weights)
    model, head = folders.build_model("resnet18", state, args.weights)
    assert head == "fc" and model.fc.out_features == 2
    replaced, source_head, names, _ = folders.adapt_head(model, head, ["x", "y"], ["a", "b", "c"], seed=0)
    assert replaced and model.fc.out_features == 3 and source_head.out_features == 2 and names == ["x", "y"]
    torch.testing.assert_close(source_head.weight, state["fc.weight"])
    # ImageNet-like weights (more outputs than the shared classes): head replaced, no source head
    model, head = folders.build_model("resnet18", state, args.weights)
    replaced, source_head, names, _ = folders.adapt_head(model, head, ["a", "b", "c"], ["a", "b", "c"], seed=0)
    assert replaced and source_head is None and names is None and model.fc.out_features == 3


def test_folders_loads_checkpoint_dicts_and_ddp_prefixes(trees, tmp_path):
    state = torch.load(trees["weights3"], weights_only=True)
    path = tmp_path / "ckpt.pth"
    torch.save({"epoch": 3, "state_dict": {f"module.{k}": v for k, v in state.items()}}, path)
    loaded = folders.load_state_dict(str(path))
    assert loaded.keys() == state.keys()


@pytest.mark.parametrize("case, expected", [
    ("missing_target", "--target folder"),
    ("empty_source", "has no class subfolders"),
    ("class_without_images", "--target folder"),
    ("missing_weights", "does not exist"),
    ("garbage_weights", "cannot read weights file"),
    ("not_a_state_dict", "does not hold a state dict"),
    ("wrong_arch", "do not fit torchvision's resnet18"),
    ("unknown_arch", "unknown --arch"),
    ("unmatched_source", "does not match the source folder's 2 classes"),
    ("val_classes", "--target-val classes"),
    ("bad_layers", "cannot set up the callback"),
])
def test_folders_errors(trees, tmp_path, capsys, case, expected):
    over = {}
    if case == "missing_target":
        over["--target"] = tmp_path / "nope"
    elif case == "empty_source":
        (tmp_path / "empty").mkdir()
        over["--source"] = tmp_path / "empty"
    elif case == "class_without_images":
        tree = _tree(tmp_path / "t", ["a", "b"])
        (tmp_path / "t" / "c").mkdir()
        (tmp_path / "t" / "c" / "notes.txt").write_text("not an image")
        over["--target"] = tree
    elif case == "missing_weights":
        over["--weights"] = tmp_path / "nope.pth"
    elif case == "garbage_weights":
        (tmp_path / "bad.pth").write_bytes(b"this is not a checkpoint")
        over["--weights"] = tmp_path / "bad.pth"
    elif case == "not_a_state_dict":
        torch.save([1, 2, 3], tmp_path / "list.pth")
        over["--weights"] = tmp_path / "list.pth"
    elif case == "wrong_arch":
        over["--weights"] = _weights(tmp_path / "mnv3.pth", arch="mobilenet_v3_small", num_classes=3)
    elif case == "unknown_arch":
        over["--arch"] = "resnet1000"
    elif case == "unmatched_source":
        over["--source"] = trees["source2"]  # 2 classes x, y; the weights have 3 outputs
    elif case == "val_classes":
        over["--target-val"] = trees["source2"]
    elif case == "bad_layers":
        over["--layers"] = "conv1,no.such.layer"
    code = folders.main(_args(trees, tmp_path / "runs" / "x", **over))
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and expected in err, err
    assert not (tmp_path / "runs" / "x").exists()  # nothing written before the inputs are checked


def test_folders_cli_exit_status(tmp_path):
    proc = subprocess.run([sys.executable, str(EXAMPLES / "finetune_folders.py"), "--source", str(tmp_path / "s"),
                           "--target", str(tmp_path / "t"), "--weights", str(tmp_path / "w.pth")],
                          capture_output=True, text=True, timeout=120, cwd=str(ROOT),
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2 and proc.stderr.startswith("error: --target folder") and "does not exist" in proc.stderr
