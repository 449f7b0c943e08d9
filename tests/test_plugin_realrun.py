"""Routes over real callback output (tests/tiny_runs.py): every route answers for every layer of a real run."""
import pytest
from route_checks import check_every_route


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    from fixtures import plugin_client
    from tiny_runs import train_runs

    logdir = tmp_path_factory.mktemp("real")
    train_runs(logdir, epochs=1, runs=("finetune_all",))
    client, plugin, _ = plugin_client(logdir)
    yield client, plugin
    plugin._projections.close()


def test_every_route_on_every_layer(env):
    client, plugin = env
    info = check_every_route(client, plugin, "finetune_all", [0, 1])
    assert {layer["type"] for layer in info["layers"]} == {"Conv2d", "Linear"}
