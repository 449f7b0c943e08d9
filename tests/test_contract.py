"""The data contract: tags, content messages and encodings round-trip; malformed content is rejected clearly."""
import numpy as np
import pytest
from tensorboard.compat.proto import summary_pb2, types_pb2
from tensorboard.util import tensor_util

from tb_transfer import contract, summary


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
    assert heavy == {"activations"}  # per-instance, per-layer, per-step: sampled at a budget
    # embeddings are kept at every step: the instance level's PCA frame is fitted on step 0's
    emb = summary.summary_value("embedding", {"features": np.zeros((2, 3), np.float16)}, layer="fc")
    assert emb.metadata.plugin_data.plugin_name == contract.PLUGIN_NAME
    value = summary.summary_value("activations", {"pooled": np.zeros((2, 3), np.float16)}, layer="fc")
    assert value.metadata.plugin_data.plugin_name == contract.HEAVY_PLUGIN_NAME
    assert value.metadata.data_class == summary_pb2.DATA_CLASS_BLOB_SEQUENCE
    ref = summary.summary_value("reference", {"pooled": np.zeros((2, 3), np.float16)}, layer="fc")
    assert ref.metadata.plugin_data.plugin_name == contract.PLUGIN_NAME  # step 0 is never sampled away
