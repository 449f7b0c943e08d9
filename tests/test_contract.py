"""The data contract: tags, content messages and encodings round-trip; malformed content is rejected clearly."""
import io
import struct

import numpy as np
import pytest
from tensorboard.compat.proto import summary_pb2, types_pb2
from tensorboard.util import tensor_util

from tb_transfer import checksums, contract, summary


def test_tags_are_unique_and_layer_aware():
    tags = {contract.tag(k, "features.0" if spec.per_layer else None) for k, spec in contract.KINDS.items()}
    assert len(tags) == len(contract.KINDS)
    assert contract.tag("embedding", "features.0") == "tb_transfer/embedding/features.0"
    with pytest.raises(ValueError, match="needs layer"):
        contract.tag("embedding")
    with pytest.raises(ValueError, match="takes no layer"):
        contract.tag("performance", "fc")


def test_content_round_trip_keeps_axes():
    raw = contract.content("performance", axes={"split": contract.SPLITS, "metric": contract.METRICS})
    msg = contract.parse_content(raw)
    assert (msg.version, msg.kind, msg.encoding) == (contract.SCHEMA_VERSION, "performance", "tensor")
    assert contract.axes_of(msg) == {"split": list(contract.SPLITS), "metric": list(contract.METRICS)}


@pytest.mark.parametrize("raw", [b"\xff\xff\xff", contract.TransferContent(version=1, kind="nope").SerializeToString(),
                                 contract.TransferContent(version=99, kind="leep").SerializeToString()])
def test_bad_content_is_a_format_error(raw):
    with pytest.raises(contract.FormatError):
        contract.parse_content(raw)


def test_npz_and_json_round_trip_and_reject_garbage():
    arrays = {"features": np.arange(6, dtype=np.float16).reshape(2, 3), "conn_source": np.array("features.3")}
    back = contract.decode_npz(contract.encode_npz(arrays))
    assert back["features"].dtype == np.float16 and np.array_equal(back["features"], arrays["features"])
    assert back["conn_source"].item() == "features.3"
    with pytest.raises(contract.FormatError):
        contract.decode_npz(b"not an npz")
    assert contract.decode_json(np.array(contract.encode_json({"a": [1, None]}).encode(), dtype=object)) == {
        "a": [1, None]}
    with pytest.raises(ValueError):
        contract.encode_json(float("nan"))


@pytest.mark.parametrize("dtype", [np.float32, np.float16, np.int32, np.float64])
def test_tensor_values_keep_dtype_and_shape(dtype):
    array = (np.arange(12).reshape(3, 4) * 0.5).astype(dtype)
    value = summary.summary_value("layer_stats", array, axes={"measure": ["a"] * 3, "layer": list("wxyz")})
    assert value.metadata.data_class == summary_pb2.DATA_CLASS_TENSOR
    assert value.metadata.plugin_data.plugin_name == contract.PLUGIN_NAME
    back = tensor_util.make_ndarray(value.tensor)
    assert back.shape == (3, 4) and np.allclose(back, array)
    assert back.dtype == {np.float64: np.float32}.get(dtype, dtype)


def test_blob_values_are_rank_one_string_sequences():
    value = summary.summary_value("embedding", {"features": np.zeros((4, 2), np.float16)}, layer="fc")
    assert value.metadata.data_class == summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    assert value.tensor.dtype == types_pb2.DT_STRING and len(value.tensor.tensor_shape.dim) == 1
    assert contract.decode_npz(value.tensor.string_val[0])["features"].shape == (4, 2)


def test_unsupported_dtype_is_rejected():
    with pytest.raises(TypeError, match="float32, float16 or int32"):
        summary.tensor_proto(np.zeros(3, dtype=np.complex64))


def test_heavy_blobs_have_a_plugin_name_of_their_own():
    heavy = {kind for kind, spec in contract.KINDS.items() if spec.heavy}
    assert heavy == {"activations", "embedding"}  # per-instance, per-layer, per-step: sampled at a budget
    emb = summary.summary_value("embedding", {"features": np.zeros((2, 3), np.float16)}, layer="fc")
    assert emb.metadata.plugin_data.plugin_name == contract.HEAVY_PLUGIN_NAME
    # step 0's embedding (the instance level's PCA frame is fitted on it) is kept apart, never sampled away
    ref_emb = summary.summary_value("reference_embedding", {"features": np.zeros((2, 3), np.float16)}, layer="fc")
    assert ref_emb.metadata.plugin_data.plugin_name == contract.PLUGIN_NAME
    value = summary.summary_value("activations", {"pooled": np.zeros((2, 3), np.float16)}, layer="fc")
    assert value.metadata.plugin_data.plugin_name == contract.HEAVY_PLUGIN_NAME
    assert value.metadata.data_class == summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    ref = summary.summary_value("reference", {"pooled": np.zeros((2, 3), np.float16)}, layer="fc")
    assert ref.metadata.plugin_data.plugin_name == contract.PLUGIN_NAME  # step 0 is never sampled away


def test_quantize_round_trip_is_within_half_a_step_per_column():
    rng = np.random.default_rng(0)
    x = np.stack([rng.normal(0, 1, 500), rng.exponential(50, 500), np.zeros(500), np.full(500, 3.25),
                  np.maximum(rng.normal(0, 1, 500), 0)], axis=1).astype(np.float32)
    codes, grid = contract.quantize(x)
    assert codes.dtype == np.uint8 and codes.shape == x.shape and grid.shape == (2, 5)
    back = contract.dequantize(codes, grid)
    assert back.dtype == np.float32
    step = (x.max(0) - x.min(0)) / contract.LEVELS
    assert np.all(np.abs(back - x) <= step / 2 * (1 + 1e-5) + 1e-6 * np.abs(x))
    # exact: constant columns, exact zeros of a ReLU column (its minimum), each column's extremes
    assert np.array_equal(back[:, 2], x[:, 2]) and np.array_equal(back[:, 3], x[:, 3])
    assert np.all(back[x[:, 4] == 0, 4] == 0)
    np.testing.assert_allclose(back.max(0), x.max(0), rtol=1e-6)
    np.testing.assert_array_equal(back.min(0), x.min(0))
    # order is kept: a larger value never gets a smaller code
    order = np.argsort(x[:, 1], kind="stable")
    assert np.all(np.diff(codes[order, 1].astype(int)) >= 0)


def test_quantize_keeps_nan_and_infinities_and_all_missing_columns():
    x = np.array([[1.0, np.nan, np.nan], [np.inf, 2.0, np.nan], [-np.inf, 4.0, np.nan], [3.0, np.nan, np.nan]])
    back = contract.dequantize(*contract.quantize(x))
    np.testing.assert_array_equal(np.isnan(back), np.isnan(x))
    assert back[1, 0] == np.inf and back[2, 0] == -np.inf
    np.testing.assert_allclose(back[[0, 3], 0], [1.0, 3.0], rtol=1e-6)
    np.testing.assert_allclose(back[[1, 2], 1], [2.0, 4.0], rtol=1e-6)


def test_quantized_arrays_are_stored_as_codes_and_read_back_as_float32():
    x = np.linspace(-1, 1, 40, dtype=np.float32).reshape(10, 4)
    raw = contract.encode_npz({"pooled": x, "channels": np.arange(4, dtype=np.int32)}, quantized=("pooled",))
    with np.load(io.BytesIO(raw)) as z:  # what is on disk: codes and their grid
        assert z["pooled"].dtype == np.uint8 and z["pooled" + contract.QUANT_SUFFIX].shape == (2, 4)
    got = contract.decode_npz(raw)
    assert set(got) == {"pooled", "channels"} and got["pooled"].dtype == np.float32
    np.testing.assert_allclose(got["pooled"], x, atol=2 / 9 / contract.LEVELS / 2 * 1.0001)
    assert got["channels"].dtype == np.int32
    # schema 2 payloads (float16, no grid) read as they were written
    old = contract.decode_npz(contract.encode_npz({"pooled": x.astype(np.float16)}))
    assert old["pooled"].dtype == np.float16
    # the writer quantizes what the contract says, under the kind's plugin name
    value = summary.summary_value("activations", {"pooled": x, "channels": np.arange(4, dtype=np.int32)}, layer="fc")
    with np.load(io.BytesIO(value.tensor.string_val[0])) as z:
        assert z["pooled"].dtype == np.uint8


def test_a_grid_without_codes_or_of_the_wrong_shape_is_a_format_error():
    codes, grid = contract.quantize(np.ones((3, 2)))
    with pytest.raises(contract.FormatError, match="without its codes"):
        contract.decode_npz(contract.encode_npz({"x" + contract.QUANT_SUFFIX: grid}))
    with pytest.raises(contract.FormatError, match="does not fit"):
        contract.decode_npz(contract.encode_npz({"x": codes, "x" + contract.QUANT_SUFFIX: grid[:, :1]}))


def test_a_step_is_two_events_small_records_then_heavy_blobs(tmp_path):
    """TensorBoard's Python loader keeps parsed events alive through any record it keeps: heavy blobs (kept at a
    budget of steps) must not share an event with the small records kept at every step."""
    from tensorboard.backend.event_processing.event_file_loader import EventFileLoader

    writer = summary.RecordWriter(log_dir=str(tmp_path))
    writer.write(0, [("performance", np.zeros((3, 2), np.float32), None, None),
                     ("activations", {"pooled": np.ones((4, 2), np.float32)}, "fc", None),
                     ("reference", {"pooled": np.ones((4, 2), np.float32)}, "fc", None)])
    writer.write(1, [("performance", np.zeros((3, 2), np.float32), None, None)])
    writer.close()
    (path,) = tmp_path.glob("events.out.tfevents.*")
    events = [e for e in EventFileLoader(str(path)).Load() if e.HasField("summary")]
    plugins = [(e.step, sorted({v.metadata.plugin_data.plugin_name for v in e.summary.value})) for e in events]
    assert plugins == [(0, [contract.PLUGIN_NAME]), (0, [contract.HEAVY_PLUGIN_NAME]), (1, [contract.PLUGIN_NAME])]


def test_event_checksums_in_c_equal_tensorboards_pure_python_ones(tmp_path):
    """The writer swaps TensorBoard's pure-Python masked CRC-32C for google-crc32c's, in its writer and in its Python
    event-file reader: same checksums, and the event files it writes still read back through TensorBoard's own
    loader (which verifies every record's checksum)."""
    from tensorboard.backend.event_processing.event_file_loader import EventFileLoader
    from tensorboard.compat.tensorflow_stub import pywrap_tensorflow
    from tensorboard.summary.writer import record_writer

    writer = summary.RecordWriter(log_dir=str(tmp_path))
    fast = record_writer.masked_crc32c
    assert getattr(fast, "tb_transfer", False) and pywrap_tensorflow.masked_crc32c is fast
    assert checksums.use_fast_crc32c()  # idempotent
    assert record_writer.masked_crc32c is fast and pywrap_tensorflow.masked_crc32c is fast
    pure = fast.pure_python
    assert pure.__module__ == pywrap_tensorflow.__name__ and not getattr(pure, "tb_transfer", False)
    rng = np.random.default_rng(0)
    for size in (0, 1, 7, 8, 9, 1000, 65_537):
        data = rng.integers(0, 256, size, dtype=np.uint8).tobytes()
        assert fast(data) == pure(data), size
        assert fast(bytearray(data)) == pure(data) and fast(memoryview(data)) == pure(data), size
    writer.write(3, [("performance", np.arange(6, dtype=np.float32).reshape(3, 2), None, None)])
    writer.close()
    (path,) = tmp_path.glob("events.out.tfevents.*")
    steps = [event.step for event in EventFileLoader(str(path)).Load() if event.HasField("summary")]
    assert steps == [3]


def _frames(raw: bytes) -> list[tuple[int, int]]:
    """(offset, length) of each TFRecord frame of an event file (length, crc, data, crc)."""
    out, pos = [], 0
    while pos < len(raw):
        (n,) = struct.unpack("<Q", raw[pos:pos + 8])
        out.append((pos, 12 + n + 4))
        pos += 12 + n + 4
    return out


def test_python_loader_detects_a_flipped_byte_as_before(tmp_path):
    """TensorBoard's own loader reading with the C checksum sees exactly what it saw with its pure-Python one: every
    event of a good file, byte for byte, and on a file with one flipped byte (in a record's length, data, or either
    checksum) the events before that record and no further (its DataLossError ends the read, as for a truncated
    record)."""
    from tensorboard.backend.event_processing.event_file_loader import RawEventFileLoader
    from tensorboard.compat.tensorflow_stub import pywrap_tensorflow

    checksums.use_fast_crc32c()
    fast = pywrap_tensorflow.masked_crc32c
    writer = summary.RecordWriter(log_dir=str(tmp_path / "good"))
    rng = np.random.default_rng(1)
    for step in range(4):
        writer.write(step, [("performance", rng.random((3, 2)).astype(np.float32), None, None),
                            ("embedding", {"features": rng.random((40, 8)).astype(np.float32)}, "fc", None)])
    writer.close()
    (good,) = (tmp_path / "good").glob("events.out.tfevents.*")
    raw = good.read_bytes()
    frames = _frames(raw)
    assert len(frames) == 9  # file version, then per step a light and a heavy event

    def read(path, crc) -> list[bytes]:
        pywrap_tensorflow.masked_crc32c = crc
        try:
            return list(RawEventFileLoader(str(path)).Load())
        finally:
            pywrap_tensorflow.masked_crc32c = fast

    records = read(good, fast)
    assert records == read(good, fast.pure_python) and len(records) == 9
    assert records == [raw[o + 12:o + n - 4] for o, n in frames]
    k = 5  # the light event of step 2
    offset, n = frames[k]
    for where, at in (("length", offset + 1), ("length crc", offset + 9), ("data", offset + 12 + (n - 16) // 2),
                      ("data crc", offset + n - 2)):
        bad = tmp_path / f"bad-{where.replace(' ', '-')}"
        flipped = bytearray(raw)
        flipped[at] ^= 0x10
        bad.write_bytes(bytes(flipped))
        before = read(bad, fast.pure_python)
        assert read(bad, fast) == before == records[:k], where
