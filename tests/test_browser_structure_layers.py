"""The model structure level's layer panels in a real browser (real ``tensorboard`` process, headless Chromium
through Python Playwright) on small real runs (``structure_runs``: a branching ResNet with BatchNorm and a chain AlexNet
without): the layer × layer CKA heat-maps (L × L, the diagonal marked and equal to ``cka_target``), BatchNorm
drift per layer and per channel, and weight drift at optimizer steps, side by side, light and dark. Screenshots go to
``test-artifacts/``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from browser_helpers import download_csv, open_runs, screenshot

# No skips: a missing Chromium or bundle is a failure (scripts/test.sh installs and checks both).
pytestmark = pytest.mark.timeout(600)

CKA = '[data-panel="structure-layer-cka"]'
BN = '[data-panel="structure-bn"]'
RUNS = ("resnet", "alexnet")  # the branching model (with BatchNorm) and the chain (without)
WS = '[data-panel="structure-weight-steps"]'


@pytest.fixture(scope="module")
def tb(structure_tb):
    return structure_tb


def open_structure(page, tb, runs, dark: bool = False):
    """Opens the tab, selects exactly ``runs`` (in this order) and waits until the CKA panel drew each of them."""
    frame = open_runs(page, tb, runs, dark=dark, height=1000)
    frame.locator('[data-section="structure"]').scroll_into_view_if_needed()
    frame.wait_for_function(
        """([sel, runs]) => {
             const got = [...document.querySelectorAll(sel + ' .tbt-cka-multiple')];
             return got.length === runs.length && got.every((m, i) => m.dataset.run === runs[i] && m.querySelector('svg'));
           }""", arg=[CKA, list(runs)], timeout=30_000)
    return frame


def number(s: str) -> float | None:
    return None if s in ("", "null") else float(s)


def test_cka_matrix_is_l_by_l_and_its_diagonal_is_cka_target(tb, page):
    frame = open_structure(page, tb, RUNS)
    for run in RUNS:
        (info,) = [r["info"] for r in tb.api("runs")["runs"] if r["run"] == run]
        layers = [layer["name"] for layer in info["layers"]]
        multiple = frame.locator(f'{CKA} .tbt-cka-multiple[data-run="{run}"]')
        n = len(layers)
        assert multiple.get_attribute("data-layers") == str(n)
        assert multiple.locator(".tbt-ov-cell").count() == n * n  # L × L, every cell drawn (undefined: hatched)
        assert multiple.locator(".tbt-heatmap-diag").count() == n  # the diagonal, marked
        assert multiple.locator(".tbt-heatmap-rows text").all_text_contents() == layers
    rows = download_csv(page, frame, f'{CKA} .tbt-panel-exports button:has-text("CSV")')
    assert rows[0] == ["run", "step", "current_layer", "pretrained_layer", "cka"]
    for run in RUNS:
        stats = tb.api("statistics", run=run)
        step = stats["steps"][-1]
        ls = stats["layer_stats"]
        cka_target = ls["values"][-1][ls["measures"].index("cka_target")]
        drawn = {(r[2], r[3]): number(r[4]) for r in rows[1:] if r[0] == run}
        assert {int(r[1]) for r in rows[1:] if r[0] == run} == {step}
        assert len(drawn) == len(ls["layers"]) ** 2
        record = tb.api("layer_cka", run=run, step=step)
        for i, a in enumerate(record["current"]):
            for j, b in enumerate(record["pretrained"]):
                want = record["values"][i][j]  # what is drawn is the record (the CSV writes 7 significant digits)
                assert (want is None and drawn[(a, b)] is None) or abs(drawn[(a, b)] - want) <= 1e-6
        for layer, want in zip(ls["layers"], cka_target):
            assert want is not None and abs(drawn[(layer, layer)] - want) <= 1e-6, (run, layer)
    # a click on a cell selects its row's layer everywhere
    run = RUNS[0]
    layers = tb.api("layer_cka", run=run)["current"]
    overlay = frame.locator(f'{CKA} .tbt-cka-multiple[data-run="{run}"] .tbt-ov-overlay')
    box = overlay.bounding_box()
    cell = box["width"] / len(layers)
    overlay.click(position={"x": 0.5 * cell, "y": 2.5 * cell})
    frame.wait_for_function("l => document.querySelector('#tbt-layer-select').value === l", arg=layers[2])
    frame.wait_for_selector(f'{CKA} .tbt-cka-multiple[data-run="{run}"] .tbt-heatmap-hl')
    page.mouse.move(0, 0)
    screenshot(page, "structure-layers-light", frame=frame, section="structure")
    assert not page.errors, page.errors


def test_batchnorm_panel_draws_the_records_per_layer_and_per_channel(tb, page):
    frame = open_structure(page, tb, RUNS)
    stats = tb.api("statistics", run="resnet")
    bn = stats["bn_stats"]
    steps = stats["steps"]
    heat = frame.locator(f'{BN} .tbt-ov-heatmap[data-measure="bn-mean_shift"]')
    # only the ResNet has BatchNorm layers: one multiple, BatchNorm layer × step
    assert heat.locator(".tbt-ov-multiple").count() == 1
    # the AlexNet, selected too, is named as not shown (not omitted silently)
    assert frame.locator(f"{BN} .tbt-bn-without").get_attribute("data-runs") == "alexnet"
    assert "alexnet" in frame.locator(f"{BN} .tbt-bn-without").inner_text()
    g = heat.locator('.tbt-ov-multiple[data-multiple="resnet"]')
    assert g.get_attribute("data-layers") == str(len(bn["layers"]))
    assert g.get_attribute("data-cells") == str(len(bn["layers"]) * len(steps))
    rows = download_csv(page, frame, f'{BN} .tbt-bn-heat .tbt-ov-chart-exports button:has-text("CSV")')
    assert rows[0] == ["run", "layer", *map(str, steps)]
    for l, name in enumerate(bn["layers"]):
        (row,) = [r for r in rows[1:] if r[:2] == ["resnet", name]]
        for t in range(len(steps)):
            assert abs(number(row[2 + t]) - bn["values"][t][0][l]) <= 1e-6
    # click the row of layer2.bn1 at the first step: that BatchNorm layer, that step, and the conv it follows
    target = bn["layers"].index("layer2.bn1")
    overlay = g.locator(".tbt-ov-overlay")
    box = overlay.bounding_box()
    overlay.click(position={"x": 0.5 * box["width"] / len(steps) + box["width"] / len(steps),
                            "y": (target + 0.5) * box["height"] / len(bn["layers"])})
    frame.wait_for_function("l => document.querySelector('#tbt-layer-select').value === l", arg="layer2.conv1")
    frame.wait_for_selector(f'{BN} .tbt-bn-channel-host[data-bn="layer2.bn1"] .tbt-bn-run[data-multiple="resnet"]')
    strip = frame.locator(f'{BN} .tbt-bn-run[data-multiple="resnet"]')
    (info,) = [r["info"] for r in tb.api("runs")["runs"] if r["run"] == "resnet"]
    (channels,) = [b["channels"] for b in info["bn_layers"] if b["name"] == "layer2.bn1"]
    assert strip.get_attribute("data-channels") == str(channels)
    assert strip.locator(".tbt-bn-strip").count() == 4
    drift = tb.api("layer", run="resnet", layer="layer2.bn1")
    at = drift["steps"].index(steps[1])
    rows = download_csv(page, frame, f'{BN} .tbt-bn-channel-host .tbt-ov-chart-exports button:has-text("CSV")')
    assert rows[0] == ["run", "step", "bn_layer", "channel", *drift["fields"]]
    assert len(rows) == 1 + channels
    for r in rows[1:]:
        assert r[:3] == ["resnet", str(steps[1]), "layer2.bn1"]
        for f in range(4):
            want = drift["values"][at][f][int(r[3])]
            assert (want is None and number(r[4 + f]) is None) or abs(number(r[4 + f]) - want) <= 1e-6
    assert not page.errors, page.errors


def test_weight_steps_are_drawn_beside_the_per_epoch_drift(tb, page):
    frame = open_structure(page, tb, RUNS)
    for run, layer in (("resnet", "fc"), ("alexnet", "classifier.3")):  # each run's last layer, the other lacks it
        frame.select_option("#tbt-layer-select", layer)
        frame.wait_for_selector(f'{WS} .tbt-ws-fine[data-layer="{layer}"] svg')
        assert frame.locator(f"{WS} .tbt-ws-fine").get_attribute("data-runs") == "2"
        rows = download_csv(page, frame, f'{WS} .tbt-panel-exports button:has-text("CSV")')
        assert rows[0] == ["run", "axis", "step", "layer", "drift"]
        stats = tb.api("statistics", run=run)
        ws = stats["weight_steps"]
        li, fi = ws["layers"].index(layer), ws["fields"].index("drift")
        fine = [(int(r[2]), number(r[4])) for r in rows[1:] if r[0] == run and r[1] == "optimizer_step"]
        assert [s for s, _ in fine] == ws["steps"] and len(fine) >= 6  # every optimizer step of the record
        for (_, got), values in zip(fine, ws["values"]):
            assert abs(got - values[fi][li]) <= 1e-6
        ls = stats["layer_stats"]
        epoch = [number(r[4]) for r in rows[1:] if r[0] == run and r[1] != "optimizer_step"]
        want = [v[ls["measures"].index("weight_drift")][ls["layers"].index(layer)] for v in ls["values"]]
        assert len(epoch) == len(want) and all(abs(a - b) <= 1e-6 for a, b in zip(epoch, want))
        other = [number(r[4]) for r in rows[1:] if r[0] != run]
        assert other and all(v is None for v in other)  # the other run has no such layer: a gap, not a number
    assert not page.errors, page.errors


def test_dark_mode(tb, page):
    frame = open_structure(page, tb, RUNS, dark=True)
    assert frame.evaluate("() => document.documentElement.classList.contains('tbt-dark')")
    frame.wait_for_selector(f"{BN} .tbt-bn-run")
    frame.wait_for_selector(f"{WS} .tbt-ws-fine svg")
    # the text of the charts is light on the dark panel
    fill = frame.evaluate(f"""() => getComputedStyle(document.querySelector('{CKA} .tbt-heatmap-rows text')).fill""")
    assert fill.startswith("rgb(") and sum(int(x) for x in fill[4:-1].split(",")) > 3 * 150, fill
    screenshot(page, "structure-layers-dark", frame=frame, section="structure")
    assert not page.errors, page.errors


# --- runs that end at different steps, runs of different architectures ------------------------------------------

OV = '[data-panel="overview-heatmaps"]'


@pytest.fixture(scope="module")
def mixed_tb(structure_tb, tmp_path_factory):
    """The ResNet and AlexNet runs (steps 0–2) beside ``resnet_short``, the same ResNet fine-tuned one epoch (steps
    0–1), trained for this module."""
    import shutil

    from browser_helpers import tensorboard
    from structure_runs import train_structure_runs

    logdir = tmp_path_factory.mktemp("mixed_logs")
    for run in RUNS:
        shutil.copytree(Path(structure_tb.logdir) / run, logdir / run)
    train_structure_runs(logdir, epochs=1, runs=(("resnet_short", "resnet", False),))
    with tensorboard(logdir, expect_runs=3) as server:
        yield server


def multiple_state(frame, panel: str, measure: str, run: str) -> dict:
    """A heat-map multiple's step count, its outlined step, its hatched cells and its 'not in this run' rows."""
    return frame.eval_on_selector(f'{panel} .tbt-ov-heatmap[data-measure="{measure}"] .tbt-ov-multiple[data-multiple="{run}"]',
                                  """g => ({steps: Number(g.dataset.steps), hatched: g.querySelectorAll('.tbt-ov-null').length,
                                           selected: g.querySelector('.tbt-ov-steps .tbt-tick-selected')?.textContent ?? null,
                                           absent: [...g.querySelectorAll('.tbt-ov-absent')].map(e => e.dataset.layer)})""")


def test_runs_ending_at_different_steps_are_each_drawn_over_their_own_steps(mixed_tb, page):
    tb = mixed_tb
    assert tb.api("statistics", run="resnet")["steps"] == [0, 1, 2]
    assert tb.api("statistics", run="resnet_short")["steps"] == [0, 1]
    frame = open_structure(page, tb, ["resnet", "resnet_short"])
    frame.wait_for_selector(f'{BN} .tbt-bn-run[data-multiple="resnet_short"]')
    # step "Latest": each run at its own latest step, with no column for a step it did not log
    for panel, measure in ((OV, "weight_drift"), (OV, "cka_target"), (BN, "bn-mean_shift")):
        long, short = (multiple_state(frame, panel, measure, r) for r in ("resnet", "resnet_short"))
        assert (long["steps"], long["selected"]) == (3, "2"), (panel, measure, long)
        assert (short["steps"], short["selected"]) == (2, "1"), (panel, measure, short)
        assert short["hatched"] == 0 and short["absent"] == []  # nothing missing: no "missing / failed" column
    # the same panel's per-channel detail names the same step for the short run
    title = frame.locator(f'{BN} .tbt-bn-run[data-multiple="resnet_short"] .tbt-ov-run-name').text_content()
    assert " · epoch 1 · " in title, title
    screenshot(page, "heatmaps-different-steps", frame=frame, section="overview")
    screenshot(page, "bn-different-steps", frame=frame, section="structure")
    assert not page.errors, page.errors


@pytest.mark.parametrize("dark", [False, True])
def test_layers_a_run_does_not_have_are_not_marked_failed(mixed_tb, page, dark):
    tb = mixed_tb
    frame = open_structure(page, tb, list(RUNS), dark=dark)
    layers = {r: tb.api("statistics", run=r)["layer_stats"]["layers"] for r in RUNS}
    assert not set(layers["resnet"]) & set(layers["alexnet"])
    rows = frame.eval_on_selector_all(f'{OV} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-ov-rows text',
                                      "ts => ts.map(t => t.querySelector('title')?.textContent ?? t.textContent)")
    # each run's layers together and in its own order, the first run's first
    assert rows == layers["resnet"] + layers["alexnet"]
    for run, other in (("resnet", "alexnet"), ("alexnet", "resnet")):
        st = multiple_state(frame, OV, "weight_drift", run)
        assert st["absent"] == layers[other]  # drawn as "not in this run", not hatched as failed
        assert st["hatched"] == 0
    legend = frame.eval_on_selector_all(f'{OV} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-legend-text',
                                        "ts => ts.map(t => t.textContent)")
    assert "not in this run" in legend and "missing / failed" in legend
    screenshot(page, f"heatmaps-two-architectures{'-dark' if dark else ''}", frame=frame, section="overview")
    assert not page.errors, page.errors
