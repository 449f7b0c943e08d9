"""The reader: tb_transfer.load(logdir) gives back exactly what was written; the reader reports bad runs."""
import numpy as np
import pytest
from tensorboard.compat.proto import event_pb2, summary_pb2
from tensorboard.summary.writer.event_file_writer import EventFileWriter

import tb_transfer
from fixtures import production_multiplexer, write_raw_event_file, write_synthetic_run
from tb_transfer import contract, reader, summary


def assert_same(got, want, where=""):
    if isinstance(want, dict):
        assert isinstance(got, dict) and set(got) == set(want), where
        for k in want:
            assert_same(got[k], want[k], f"{where}/{k}")
    elif isinstance(want, np.ndarray):
        got = np.asarray(got)
        assert got.dtype == want.dtype and got.shape == want.shape, (where, got.dtype, want.dtype)
        if want.dtype.kind == "f":
            assert np.array_equal(got, want, equal_nan=True), where
        else:
            assert np.array_equal(got, want), where
    else:
        assert got == want, where


@pytest.fixture(scope="module")
def logdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("logs")
    written = {
        "a": write_synthetic_run(d, "a", steps=15),  # more than any default sampling of 10
        "nested/b": write_synthetic_run(d, "nested/b", steps=[0, 3, 4], seed=2, bn=False, weight_steps=False),
    }
    write_raw_event_file(d / "garbage", np.random.default_rng(1).bytes(3000))
    return d, written


def test_load_returns_exactly_what_was_written(logdir):
    d, written = logdir
    runs = tb_transfer.load(d)
    assert list(runs) == sorted(written)
    for name, w in written.items():
        run = runs[name]
        assert run.name == name and run.error is None
        assert run.info == w.info
        assert run.steps == w.steps
        assert set(run.records) == set(w.records)
        for kind, series in w.records.items():
            assert list(run.records[kind]) == sorted(series), kind
            assert_same(run.records[kind], series, kind)
        assert set(run.layers) == set(w.layers)
        for kind, by_layer in w.layers.items():
            assert_same(run.layers[kind], by_layer, kind)
        for kind, axes in w.axes.items():
            assert run.axes[kind] == axes, kind


def test_load_covers_every_kind(logdir, tmp_path):
    d, written = logdir
    run = tb_transfer.load(d)["a"]  # schema 1: per-class channels and structure records
    assert set(run.records) | set(run.layers) == set(contract.KINDS) - {"activations", "reference"}
    write_synthetic_run(tmp_path, "v2", steps=3, seed=3, schema=2)
    v2 = tb_transfer.load(tmp_path)["v2"]  # schema 2: activations records instead
    assert set(v2.records) | set(v2.layers) == set(contract.KINDS) - {"channels", "structure"}
    assert len(run.records["performance"]) == 15
    assert len(run.layers["embedding"]["penultimate"]) == 15
    assert run.records["thumbnails"][0].startswith(b"\x89PNG")


def test_load_selected_runs_and_missing_logdir(logdir, tmp_path):
    d, _ = logdir
    assert list(tb_transfer.load(d, runs=["nested/b"])) == ["nested/b"]
    with pytest.raises(FileNotFoundError):
        tb_transfer.load(tmp_path / "nope")
    assert tb_transfer.load(tmp_path) == {}


def test_downsample_for():
    assert reader.downsample_for(0) == 2**31 - 1
    assert reader.downsample_for(None) == 2**31 - 1
    assert reader.downsample_for(-3) == 2**31 - 1
    assert reader.downsample_for("x") == 2**31 - 1
    assert reader.downsample_for(7) == 7


def test_session_reads_per_run_and_tag(logdir):
    from tensorboard.backend.event_processing import data_provider

    d, written = logdir
    mux = production_multiplexer(d)
    calls = []

    class Spy:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            fn = getattr(self.inner, name)

            def wrapped(*args, **kwargs):
                calls.append((name, kwargs.get("run_tag_filter"), kwargs.get("downsample")))
                return fn(*args, **kwargs)
            return wrapped

    session = reader.TransferReader(Spy(data_provider.MultiplexerDataProvider(mux, str(d)))).session()
    assert list(session.runs()) == ["a", "nested/b"]
    perf = session.tensors("a", "performance")
    assert list(perf) == written["a"].steps
    blobs = session.blob_index("a", "embedding", "features.0")
    assert list(blobs) == written["a"].steps
    got = session.read_blob(blobs[7][0], "npz")
    assert_same(got, written["a"].layers["embedding"]["features.0"][7])
    for name, rtf, downsample in calls:
        if name.startswith("read_") and name != "read_blob":
            assert set(rtf.runs) == {"a"} and len(rtf.tags) == 1 and downsample == 2**31 - 1
    assert session.info("a") == written["a"].info
    assert session.run("nope") is None
    assert session.tensors("nested/b", "bn_stats") == {}
    assert 999 not in blobs


def test_series_are_reused_across_requests_only_while_listed_unchanged(tmp_path):
    """A reader keeps what it read for later sessions (requests) while the listing shows the series unchanged; a step
    written since is read, and seen, at the next request."""
    from tensorboard.backend.event_processing import data_provider

    from tb_transfer.summary import RecordWriter

    run = write_synthetic_run(tmp_path, "live", steps=3, kinds=["performance"], bn=False, weight_steps=False)
    mux = production_multiplexer(tmp_path)
    reads = []

    class Spy:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            fn = getattr(self.inner, name)
            if name.startswith("read_"):
                return lambda *args, **kwargs: (reads.append(name), fn(*args, **kwargs))[1]
            return fn

    rd = reader.TransferReader(Spy(data_provider.MultiplexerDataProvider(mux, str(tmp_path))))
    first = rd.session().tensors("live", "performance")
    assert list(first) == [0, 1, 2] and reads == ["read_tensors"]
    again = rd.session().tensors("live", "performance")  # a later request, nothing written since: not read again
    assert reads == ["read_tensors"] and list(again) == [0, 1, 2]
    assert_same(again[2], first[2])
    rd.session().prefetch(rd.session().runs().values(), ["performance"])
    assert reads == ["read_tensors"]

    w = RecordWriter(log_dir=str(run.path))  # training goes on: a later event file in the same run
    value = np.array([[0.5, 0.25], [1.0, 0.75], [2.0, 0.125]], np.float32)
    w.add("performance", value)
    w.flush_step(3)
    w.close()
    mux.Reload()
    got = rd.session().tensors("live", "performance")
    assert list(got) == [0, 1, 2, 3] and reads == ["read_tensors"] * 2
    assert_same(got[3], value)
    session = rd.session()  # prefetched, then served from the kept series
    session.prefetch([session.run("live")], ["performance"])
    assert list(session.tensors("live", "performance")) == [0, 1, 2, 3] and reads == ["read_tensors"] * 2


def test_route_listing_narrowed_to_its_kinds(tmp_path):
    """``run(name, kinds)`` lists only those tags (their problems included); a run with none of them falls back to
    its full index, and an unknown run is None."""
    write_synthetic_run(tmp_path, "a", steps=2, kinds=["performance", "embedding"], bn=False, weight_steps=False)
    bad = summary.summary_value("leep", np.float32(0.5))
    bad.metadata.plugin_data.content = b"\xff\xff\xff\xff"
    writer = EventFileWriter(str(tmp_path / "a"))
    writer.add_event(event_pb2.Event(step=0, wall_time=1.0, summary=summary_pb2.Summary(value=[bad])))
    writer.close()
    write_synthetic_run(tmp_path, "blobs_only", steps=2, kinds=["embedding"], bn=False, weight_steps=False)
    session = reader.TransferReader(tb_transfer_provider(tmp_path)).session()
    narrow = session.run("a", ["performance", "leep"])
    assert set(narrow.series) == {("performance", None)}
    assert len(narrow.problems) == 1 and "unreadable tb_transfer content" in narrow.problems[0]
    full = session.run("a")
    assert ("embedding", "features.0") in full.series and full.series[("performance", None)] == \
        narrow.series[("performance", None)]
    assert session.run("blobs_only", ["performance"]).get("embedding", "features.0") is not None
    assert session.run("nope", ["performance"]) is None


def tb_transfer_provider(logdir):
    from tensorboard.backend.event_processing import data_provider

    return data_provider.MultiplexerDataProvider(production_multiplexer(logdir), str(logdir))


def test_nonconforming_tags_are_reported_per_run(tmp_path):
    write_synthetic_run(tmp_path, "good", steps=2, kinds=["performance"], bn=False, weight_steps=False)
    bad = summary.summary_value("leep", np.float32(0.5))
    bad.metadata.plugin_data.content = contract.TransferContent(version=contract.SCHEMA_VERSION + 1,
                                                                kind="leep").SerializeToString()
    ok = summary.summary_value("transferability", np.float32(0.25))
    wrong_class = summary.summary_value("embedding", {"features": np.zeros((2, 2), np.float16)}, layer="x")
    wrong_class.metadata.data_class = summary_pb2.DATA_CLASS_TENSOR  # a blob kind stored as a tensor
    writer = EventFileWriter(str(tmp_path / "bad"))
    writer.add_event(event_pb2.Event(step=0, wall_time=1.0, summary=summary_pb2.Summary(value=[bad, ok, wrong_class])))
    writer.close()
    runs = tb_transfer.load(tmp_path)
    assert runs["good"].error is None
    err = runs["bad"].error
    assert "newer" in err and "upgrade" in err and "expected a blob sequence" in err
    assert_same(runs["bad"].records["transferability"], {0: np.float32(0.25) * np.ones((), np.float32)})
    assert "leep" not in runs["bad"].records


def test_corrupt_npz_is_reported_not_raised(tmp_path):
    value = summary.summary_value("embedding", {"features": np.zeros((2, 2), np.float16)}, layer="x")
    value.tensor.string_val[0] = b"PK\x03\x04 broken"
    writer = EventFileWriter(str(tmp_path / "r"))
    writer.add_event(event_pb2.Event(step=0, wall_time=1.0, summary=summary_pb2.Summary(value=[value])))
    writer.close()
    run = tb_transfer.load(tmp_path)["r"]
    assert "corrupt npz" in run.error
    assert "embedding" not in run.layers
