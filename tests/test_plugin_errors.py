"""Bad input never gives a 500: malformed or missing parameters (400), unknown names or steps (404), path
traversal on /static, and corrupt, truncated or non-conforming event files next to good runs."""
import json
import os

import numpy as np
import pytest
from tensorboard.compat.proto import event_pb2, summary_pb2
from tensorboard.summary.writer.event_file_writer import EventFileWriter

from fixtures import event_files, plugin_client, write_raw_event_file, write_synthetic_run
from tb_transfer import contract, plugin as plugin_module, summary

P = "/data/plugin/tb_transfer/"


def _write_values(run_dir, step_values):
    """Write raw summary values: ``[(step, [Summary.Value, ...]), ...]``."""
    writer = EventFileWriter(str(run_dir))
    for step, values in step_values:
        writer.add_event(event_pb2.Event(wall_time=1.0 + step, step=step, summary=summary_pb2.Summary(value=values)))
    writer.close()


def _with_content(value, content: bytes):
    value.metadata.plugin_data.content = content
    return value


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    logdir = tmp_path_factory.mktemp("logs")
    good = write_synthetic_run(logdir, "good", steps=4)
    write_synthetic_run(logdir, "nothumbs", steps=2, kinds=["performance", "embedding"], bn=False,
                        weight_steps=False, seed=3)
    # a run whose target probe has more than 1,024 instances: no layer_cka records (docs/format.md)
    write_synthetic_run(logdir, "bigprobe", steps=1, kinds=["performance"], n_per_domain=1030, bn=False,
                        weight_steps=False)
    # random bytes only
    write_raw_event_file(logdir / "corrupt", np.random.default_rng(0).bytes(5000))
    # a valid run cut in the middle of a record: its valid prefix is served
    trunc = write_synthetic_run(logdir, "truncated", steps=6, kinds=["performance"], bn=False, weight_steps=False)
    (path,) = event_files(trunc.path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.7)])
    # a good file followed by garbage in a second file
    write_synthetic_run(logdir, "tail_garbage", steps=3, kinds=["performance"], bn=False, weight_steps=False)
    write_raw_event_file(logdir / "tail_garbage", b"\x00\x01garbage" * 50, name="events.out.tfevents.9999999999.zz")
    # records that do not follow the contract, next to good ones
    perf = summary.summary_value("performance", np.zeros((3, 2), np.float32),
                                 axes={"split": contract.SPLITS, "metric": contract.METRICS})
    _write_values(logdir / "badcontent", [(0, [
        perf,
        _with_content(summary.summary_value("leep", np.float32(1)), b"\xff\xff\xff\xff"),
        _with_content(summary.summary_value("transferability", np.float32(1)),
                      contract.TransferContent(version=99, kind="transferability").SerializeToString()),
        _with_content(summary.summary_value("confusion", np.zeros((2, 2, 2), np.float32)),
                      contract.content("class_accuracy")),  # tag and content disagree
    ])])
    # payloads that do not decode
    emb = summary.summary_value("embedding", {"features": np.zeros((4, 2), np.float16)}, layer="fc")
    emb.tensor.string_val[0] = b"this is not an npz archive"
    chan = summary.summary_value("channels", {"mean": np.zeros((2, 3), np.float32)}, layer="fc")  # arrays missing
    info = summary.summary_value("run_info", {"class_names": ["x"]})
    info.tensor.string_val[0] = b"{not json"
    _write_values(logdir / "badpayload", [(0, [perf, emb, chan, info])])
    client, plugin, mux = plugin_client(logdir)
    client.transfer_plugin = plugin
    yield client, good
    plugin._projections.close()


def status(client, route, **params):
    resp = client.get(P + route, query_string=params)
    text = resp.get_data().decode("utf-8", "replace")
    assert resp.status_code != 500, text
    return resp.status_code, text


def test_good_runs_are_served_next_to_bad_ones(env):
    client, good = env
    code, text = status(client, "runs")
    assert code == 200
    runs = {r["run"]: r for r in json.loads(text)["runs"]}
    assert runs["good"]["error"] is None and runs["good"]["steps"] == good.steps
    assert "corrupt" not in runs  # nothing readable: no tb_transfer data (its valid prefix is empty)
    assert runs["tail_garbage"]["steps"] == [0, 1, 2] and runs["tail_garbage"]["error"] is None
    # truncated: a valid prefix of the steps
    steps = runs["truncated"]["steps"]
    assert steps == list(range(len(steps))) and 1 <= len(steps) < 6
    bad = runs["badcontent"]
    assert bad["steps"] == [0]
    assert "unreadable tb_transfer content" in bad["error"]
    assert "newer" in bad["error"] and "does not match" in bad["error"]
    assert "corrupt json" in runs["badpayload"]["error"]
    assert runs["badpayload"]["info"] is None
    code, _ = status(client, "statistics", run="good")
    assert code == 200


def test_readable_records_of_a_bad_run_are_served(env):
    client, _ = env
    code, text = status(client, "statistics", run="badcontent")
    assert code == 200
    body = json.loads(text)
    assert body["steps"] == [0] and body["leep"] == [None] and body["transferability"] == [None]


def test_undecodable_payloads_are_404_with_the_reason(env):
    client, _ = env
    code, text = status(client, "instances", run="badpayload", layer="fc")
    assert code == 404 and "corrupt npz" in text
    code, text = status(client, "neighbors", run="badpayload", layer="fc", instance=0)
    assert code == 404 and "corrupt npz" in text
    code, text = status(client, "features", run="badpayload", layer="fc", **{"class": 0})
    assert code == 404 and "lacks" in text
    code, text = status(client, "statistics", run="badpayload")
    assert code == 404 and "corrupt json" in text


GOOD = {
    "statistics": {"run": "good"},
    "layer": {"run": "good", "layer": "features.0"},
    "layer_cka": {"run": "good", "step": "1"},
    "instances": {"run": "good", "layer": "features.0", "step": "1", "projection": "pca"},
    "neighbors": {"run": "good", "layer": "features.0", "step": "1", "instance": "2"},
    "features": {"run": "good", "layer": "features.0", "step": "1", "class": "1"},
    "feature_projection": {"run": "good", "layer": "features.0", "step": "1", "class": "1", "model": "current",
                           "channels": "1,2"},
    "structure": {"run": "good", "layer": "features.0", "step": "1", "class": "1"},
    "channel": {"run": "good", "layer": "features.0", "step": "1", "channel": "1"},
    "thumbnails": {"run": "good"},
}


def test_good_params_are_accepted(env):
    client, _ = env
    for route, params in GOOD.items():
        code, text = status(client, route, **params)
        assert code == 200, (route, text)


def _cases():
    for route, params in GOOD.items():
        yield route, {k: v for k, v in params.items() if k != "run"}, 400, "missing parameter 'run'"
        yield route, dict(params, run="nope"), 404, "unknown run 'nope'"
        yield route, dict(params, run=""), 400, "missing parameter 'run'"
        if "layer" in params:
            yield route, {k: v for k, v in params.items() if k != "layer"}, 400, "missing parameter 'layer'"
            yield route, dict(params, layer="nope"), 404, "'nope'"
        if "step" in params:
            for bad in ("abc", "-1", "1.5", " 1", "1\n", "0x1", "1e3", "\u0661", "9" * 30):
                yield route, dict(params, step=bad), 400, "non-negative integer"
            yield route, dict(params, step="99999"), 404, "step 99999"
        if "class" in params:
            for bad in ("abc", "-1", "1.0"):
                yield route, {**params, "class": bad}, 400, "non-negative integer"
            if route == "structure":  # the feature routes take a group: no class = every class
                yield route, {k: v for k, v in params.items() if k != "class"}, 400, "missing parameter 'class'"
            else:
                yield route, dict(params, instances="1"), 400, "either 'class' or 'instances'"
                without = {k: v for k, v in params.items() if k != "class"}
                for bad in ("a", "1,,2", "-1", "1;2", ""):
                    if bad:
                        yield route, dict(without, instances=bad), 400, "'instances' must be comma-separated"
                yield route, dict(without, instances="2,1,2"), 400, "repeats an instance"
                yield route, dict(without, instances="99999"), 400, "unknown instance 99999"
            yield route, {**params, "class": "99"}, 404, "unknown class 99"
    fp = GOOD["feature_projection"]
    yield "feature_projection", {k: v for k, v in fp.items() if k != "model"}, 400, "missing parameter 'model'"
    yield "feature_projection", dict(fp, model="best"), 400, "'model' must be one of"
    yield "feature_projection", {k: v for k, v in fp.items() if k != "channels"}, 400, "missing parameter 'channels'"
    for bad in ("a,b", "1,,2", "1;2", "-1", "1,1"):
        yield "feature_projection", dict(fp, channels=bad), 400, "'channels'"
    yield "feature_projection", dict(fp, channels="0,5"), 400, "not among the recorded channels"
    ch = GOOD["channel"]
    yield "channel", {k: v for k, v in ch.items() if k != "channel"}, 400, "missing parameter 'channel'"
    for bad in ("a", "-1", "1.0"):
        yield "channel", dict(ch, channel=bad), 400, "'channel' must be a non-negative integer"
    for bad in ("0", "65"):
        yield "channel", dict(ch, top=bad), 400, "'top' must be in 1..64"
    yield "channel", dict(ch, channel="99"), 404, "unknown channel 99"
    yield "channel", dict(ch, channel="0"), 404, "channel 0 of layer 'features.0' is not recorded"
    yield "channel", dict(ch, **{"class": "1"}, instances="1"), 400, "either 'class' or 'instances'"
    yield "channel", dict(ch, instances="99999"), 400, "unknown instance 99999"
    yield "channel", dict(ch, **{"class": "99"}), 404, "unknown class 99"
    yield "instances", dict(GOOD["instances"], projection="umap"), 400, "'pca' or 'tsne'"
    yield "layer", dict(GOOD["layer"], layer="penultimate"), 404, "no layer 'penultimate'"
    yield "structure", dict(GOOD["structure"], layer="classifier.1"), 404, "Conv2d layers only"
    yield "features", dict(GOOD["features"], layer="features.1"), 404, "features.1"
    yield "thumbnails", {"run": "nothumbs"}, 404, "no thumbnails"
    yield "layer_cka", {"run": "nothumbs"}, 404, "written by tb-transfer versions that have them"
    # a target probe over 1,024: the record is not written, and the answer says so (not "an old version")
    yield "layer_cka", {"run": "bigprobe"}, 404, "its target probe has 1,030 instances, and the layer × layer CKA is written only for a target probe of at most 1,024"
    yield "instances", {"run": "nothumbs", "layer": "features.0", "step": "5", "projection": "tsne"}, 404, "step 5"


@pytest.mark.parametrize("route,params,code,message", list(_cases()))
def test_bad_params(env, route, params, code, message):
    client, _ = env
    got, text = status(client, route, **params)
    assert got == code, text
    assert message in text, text


def test_unknown_route_is_404(env):
    client, _ = env
    assert client.get(P + "nope").status_code == 404


# -- static files ----------------------------------------------------------------------------------------------------


@pytest.fixture()
def static_dir(tmp_path, monkeypatch, env):
    root = tmp_path / "pkg"
    static = root / "static"
    (static / "sub").mkdir(parents=True)
    (static / "index.js").write_text("export function render() {}\n")
    (static / "sub" / "app.css").write_text("body{}")
    (static / "chunk-abc.wasm").write_bytes(b"\x00asm")
    (static / "data.unknownext").write_bytes(b"?")
    (root / "secret.txt").write_text("SECRET")
    try:
        os.symlink(root / "secret.txt", static / "link.txt")
    except OSError:
        pass
    monkeypatch.setattr(plugin_module, "STATIC_DIR", str(static))
    return static


def test_static_files_with_fixed_mime_types(env, static_dir):
    client, _ = env
    for path, mime in (("index.js", "text/javascript"), ("static/index.js", "text/javascript"),
                       ("static/sub/app.css", "text/css"), ("static/chunk-abc.wasm", "application/wasm"),
                       ("static/data.unknownext", "application/octet-stream")):
        resp = client.get(P + path)
        assert resp.status_code == 200, path
        assert resp.headers["Content-Type"].split(";")[0] == mime
    assert client.get(P + "index.js").get_data(as_text=True).startswith("export function render")


ATTACKS = [
    "static/../secret.txt", "static/..%2fsecret.txt", "static/%2e%2e/secret.txt", "static/%2E%2E%2Fsecret.txt",
    "static/..%5csecret.txt", "static/..\\secret.txt", "static/sub/../../secret.txt", "static/sub/..%2f..%2fsecret.txt",
    "static//etc/passwd", "static/%2fetc%2fpasswd", "static/C:%5cWindows%5cwin.ini", "static/C:/Windows/win.ini",
    "static/%5c%5cserver%5cshare", "static/sub%5c..%5c..%5csecret.txt", "static/%00", "static/index.js%00.png",
    "static/", "static/sub", "static/link.txt", "static/./index.js", "static/" + "a/" * 300 + "x",
]


@pytest.mark.parametrize("path", ATTACKS)
def test_static_traversal_is_refused(env, static_dir, path):
    client, _ = env
    resp = client.get(P + path)
    assert resp.status_code == 404, path
    assert "SECRET" not in resp.get_data(as_text=True)


@pytest.mark.parametrize("rel", [
    "../secret.txt", "..", "sub/../../secret.txt", "/etc/passwd", "\\..\\secret.txt", "..\\secret.txt",
    "C:\\Windows\\win.ini", "C:/Windows/win.ini", "\\\\server\\share\\x", "sub\\..\\..\\secret.txt", "", ".",
    "sub//app.css", "index.js\x00",
])
def test_safe_static_path_rejects_posix_and_windows_escapes(static_dir, rel):
    import ntpath
    import posixpath

    assert plugin_module.safe_static_path(rel) is None
    # what the same string would mean to either path flavour: never inside the folder and accepted
    for flavour in (posixpath, ntpath):
        joined = flavour.normpath(flavour.join(str(static_dir), rel))
        if not joined.startswith(flavour.normpath(str(static_dir)) + flavour.sep):
            assert plugin_module.safe_static_path(rel) is None


def test_safe_static_path_accepts_files_inside(static_dir):
    assert plugin_module.safe_static_path("sub/app.css") == os.path.realpath(static_dir / "sub" / "app.css")


def test_index_js_not_built_is_a_clear_404(env, tmp_path, monkeypatch):
    client, _ = env
    monkeypatch.setattr(plugin_module, "STATIC_DIR", str(tmp_path / "empty"))
    resp = client.get(P + "index.js")
    assert resp.status_code == 404
    assert "frontend not built" in resp.get_data(as_text=True)


def test_a_failing_data_provider_is_not_a_500(env, monkeypatch):
    client, _ = env
    transfer = client.transfer_plugin

    class Broken:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise RuntimeError("RESOURCE_EXHAUSTED: Received message larger than max")
            return fail

    monkeypatch.setattr(transfer._reader, "provider", Broken())
    for route, params in (("runs", {}), ("statistics", {"run": "good"}),
                          ("instances", {"run": "good", "layer": "features.0"})):
        code, text = status(client, route, **params)
        assert code == 404 and "RESOURCE_EXHAUSTED" in text, (route, text)
