"""The /findings route (docs/api.md) over the real data provider: the same answer as the rules on
``tb_transfer.load``; step semantics; 400 / 404 with a message for bad input, never a 500; malformed records make a
rule undecided instead of failing the route."""
import json

import numpy as np
import pytest

from browser_helpers import write_corrupt_run
from fixtures import plugin_client, write_synthetic_run
from tb_transfer import findings, load
from tb_transfer.summary import RecordWriter

P = "/data/plugin/tb_transfer/"


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    logdir = tmp_path_factory.mktemp("logs")
    write_synthetic_run(logdir, "a", steps=5, seed=1)
    write_synthetic_run(logdir, "b", steps=[0, 2, 4, 6], seed=2)
    write_synthetic_run(logdir, "embeddings_only", steps=2, kinds=["embedding"], bn=False, weight_steps=False)
    write_corrupt_run(logdir, "corrupt_info")  # performance readable, run_info not JSON
    # malformed: instance_meta is 1-D, layer_stats has the wrong number of rows
    w = RecordWriter(log_dir=str(logdir / "malformed"))
    w.add("run_info", {"version": 1, "class_names": ["x", "y"], "layers": [{"name": "fc"}], "has_target_val": False})
    w.add("performance", np.full((3, 2), 0.5, np.float32))
    w.add("transferability", np.float32(-0.2))
    w.add("instance_meta", np.zeros(7, np.int32))
    w.add("instance_outcome", np.zeros((4, 7), np.float32))
    w.add("layer_stats", np.zeros((2, 1), np.float32))
    w.add("failures", [])
    w.flush_step(0)
    w.add("performance", np.full((3, 2), 0.5, np.float32))
    w.add("transferability", np.float32(-0.2))
    w.add("instance_outcome", np.zeros((4, 7), np.float32))
    w.add("failures", [])
    w.flush_step(1)
    w.close()
    client, _, _ = plugin_client(logdir)
    return logdir, client


def get(client, **params):
    resp = client.get(P + "findings", query_string=params)
    assert resp.status_code != 500, resp.get_data(as_text=True)
    return resp


def body(client, **params):
    resp = get(client, **params)
    assert resp.status_code == 200, resp.get_data(as_text=True)
    return json.loads(resp.get_data(as_text=True))


def test_route_answers_what_the_rules_say_on_the_loaded_records(env):
    logdir, client = env
    got = body(client, run=["a", "b"], step=3)
    assert [(r["run"], r["step"]) for r in got["runs"]] == [("a", 3), ("b", 2)]  # each run at its step <= 3
    loaded = load(str(logdir))
    runs = [findings.RunRecords(name, loaded[name].records, loaded[name].info, loaded[name].axes, step)
            for name, step in (("a", 3), ("b", 2))]
    assert got == json.loads(json.dumps(findings.report(runs)))
    rules = {f["rule"] for f in got["runs"][0]["findings"]}
    assert rules >= {fn.__name__ for fn in findings.RULES} - {"worst_classes"}
    assert {f["rule"] for f in got["compared"]} == {"compare_transferability", "compare_forgetting"}


def test_step_semantics(env):
    _, client = env
    assert body(client, run="b")["runs"][0]["step"] == 6            # omitted: the latest
    assert body(client, run="b", step=100)["runs"][0]["step"] == 6  # past the end: the latest
    assert body(client, run="b", step=5)["runs"][0]["step"] == 4
    assert body(client, run="b", step=0)["runs"][0]["step"] == 0
    one = body(client, run=["a", "a"])
    assert len(one["runs"]) == 1 and one["compared"] == []           # repeats count once; one run: no comparison


@pytest.mark.parametrize("params, code, message", [
    ({}, 400, "missing parameter 'run'"),
    ({"run": ""}, 400, "missing parameter 'run'"),
    ({"run": "a", "step": "-1"}, 400, "non-negative integer"),
    ({"run": "a", "step": "3.5"}, 400, "non-negative integer"),
    ({"run": [f"r{i}" for i in range(51)]}, 400, "at most 50 runs"),
    ({"run": "nope"}, 404, "unknown run 'nope'"),
    ({"run": ["a", "nope"]}, 404, "unknown run 'nope'"),
])
def test_bad_parameters_are_4xx_with_a_message(env, params, code, message):
    _, client = env
    resp = get(client, **params)
    assert resp.status_code == code and message in resp.get_data(as_text=True)


def test_a_run_without_performance_is_an_error_entry_beside_the_others(env):
    _, client = env
    got = body(client, run=["embeddings_only", "a"])
    assert got["runs"][0] == {"run": "embeddings_only", "step": None, "findings": [],
                              "error": "it has no performance records: no step to evaluate"}
    assert got["runs"][1]["run"] == "a" and got["runs"][1]["error"] is None and got["runs"][1]["findings"]
    assert got["compared"] == []  # one readable run: nothing to compare
    got = body(client, run=["corrupt_info", "a", "b"])
    assert got["runs"][0]["step"] is None and "cannot be read" in got["runs"][0]["error"]
    assert [r["error"] for r in got["runs"][1:]] == [None, None] and len(got["compared"]) == 2


def test_malformed_records_make_rules_undecided_not_the_route_fail(env):
    _, client = env
    got = body(client, run="malformed")
    by_rule = {}
    for f in got["runs"][0]["findings"]:
        by_rule.setdefault(f["rule"], []).append(f)
    assert {f["status"] for f in by_rule["unstable_predictions"]} == {"undecided"}
    assert {f["status"] for f in by_rule["barely_moved"]} == {"undecided"}
    assert {f["status"] for f in by_rule["negative_transfer"]} == {"undecided"}
    assert all(f["sentence"] for fs in by_rule.values() for f in fs)


def test_new_steps_are_seen_after_a_reload(tmp_path):
    """The route reuses a run's records only while the listing shows them unchanged."""
    run = write_synthetic_run(tmp_path, "live", steps=2, seed=4)
    client, _, mux = plugin_client(tmp_path)
    assert body(client, run="live")["runs"][0]["step"] == 1
    w = RecordWriter(log_dir=str(run.path))  # training goes on: a later event file in the same run
    w.add("performance", np.array([[0.2, 0.1], [2.0, 0.9], [2.0, 0.9]], np.float32))  # source accuracy fell to 10%
    w.add("failures", [])
    w.flush_step(2)
    w.close()
    mux.Reload()
    got = body(client, run="live")["runs"][0]
    forgetting = [f for f in got["findings"] if f["rule"] == "forgetting"]
    assert got["step"] == 2 and forgetting[0]["status"] == "found"
