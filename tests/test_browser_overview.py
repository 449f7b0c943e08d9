"""The layer overview of the Transfer tab in a real browser (real ``tensorboard`` process, headless Chromium through
Python Playwright): layer × step heat-maps, network diagram, depth profiles, per-filter drift, runs side by side and
the A − B difference mode, light and dark. Screenshots go to ``test-artifacts/``.

The log directory is the browser tests' (``make_browser_logdir``: two comparable runs, an XSS-named run, a corrupt
run) plus two ResNet-like runs with skip connections and downsample branches, logged at different step intervals,
with enough layers × steps that the heat-maps switch to canvas.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from browser_helpers import (
    GOOD_RUNS, XSS_RUN, download_csv, make_browser_logdir, open_runs, screenshot, tensorboard,
)

# No skips: a missing Chromium or bundle is a failure (scripts/test.sh installs and checks both).
pytestmark = pytest.mark.timeout(300)

HEATMAPS = '[data-panel="overview-heatmaps"]'
MEASURES = ("weight_drift", "weight_cosine", "cka_target", "cka_source", "mmd", "domain_auc")
RESNET_RUNS = ("resnet_a", "resnet_b")
RESNET_STEPS = 80  # resnet_a logs 0..79; resnet_b every second step 0..158


def resnet_layers(blocks=(2, 2, 2, 2)) -> list[dict]:
    """A ResNet-18-like tracked-layer graph as ``run_info.layers`` gives it: identity skips carry every earlier
    block output to the next conv until a downsample branch (parallel to the block's first conv) replaces them."""
    layers = [{"name": "conv1", "type": "Conv2d", "out_channels": 16, "inputs": []}]
    carry, prev = ["conv1"], "conv1"
    for stage, n in enumerate(blocks, 1):
        for b in range(n):
            p = f"layer{stage}.{b}"
            c1 = {"name": f"{p}.conv1", "type": "Conv2d", "out_channels": 8 * stage,
                  "inputs": [prev] + [c for c in carry if c != prev]}
            c2 = {"name": f"{p}.conv2", "type": "Conv2d", "out_channels": 8 * stage, "inputs": [c1["name"]]}
            layers += [c1, c2]
            if b == 0 and stage > 1:
                ds = {"name": f"{p}.downsample.0", "type": "Conv2d", "out_channels": 8 * stage,
                      "inputs": list(c1["inputs"])}
                layers.append(ds)
                carry = [c2["name"], ds["name"]]
            else:
                carry = [c2["name"]] + carry
            prev = c2["name"]
    layers.append({"name": "fc", "type": "Linear", "out_channels": 10, "inputs": carry})
    return layers


def write_resnet_runs(logdir: Path) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    import fixtures

    kinds = ["performance", "transferability", "class_accuracy", "confusion", "leep", "layer_stats", "failures",
             "filter_drift"]
    saved = fixtures.LAYERS
    fixtures.LAYERS = tuple(resnet_layers())
    try:
        for i, run in enumerate(RESNET_RUNS):
            fixtures.write_synthetic_run(logdir, run, steps=list(range(0, RESNET_STEPS * (i + 1), i + 1)), seed=10 + i,
                                         kinds=kinds, bn=False, weight_steps=False)
    finally:
        fixtures.LAYERS = saved


@pytest.fixture(scope="module")
def tb(tmp_path_factory):
    """This module's own server: the browser tests' log directory plus the ResNet-like runs."""
    logdir = tmp_path_factory.mktemp("overview_logs")
    info = make_browser_logdir(logdir)
    write_resnet_runs(logdir)
    with tensorboard(logdir, expect_runs=len(info["steps"]) + 1 + len(RESNET_RUNS)) as server:
        yield server


# ---------------------------------------------------------------------------------------------------------------
# helpers


def multiples(frame, measure: str = "weight_drift") -> list[str]:
    return frame.eval_on_selector_all(
        f'{HEATMAPS} .tbt-ov-heatmap[data-measure="{measure}"] .tbt-ov-multiple',
        "gs => gs.map(g => g.getAttribute('data-multiple'))")


def wait_multiples(frame, keys: list[str], timeout: int = 20_000) -> None:
    frame.wait_for_function(
        """([sel, keys]) => {
             const got = [...document.querySelectorAll(sel)].map(g => g.getAttribute('data-multiple'));
             return got.length === keys.length && got.every((k, i) => k === keys[i]);
           }""",
        arg=[f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-ov-multiple', keys],
        timeout=timeout,
    )


def open_overview(page, tb, runs, dark: bool = False):
    """Opens the tab, selects exactly ``runs`` (in this order) and waits until the heat-maps show them."""
    frame = open_runs(page, tb, runs, dark=dark, height=1000)
    wait_multiples(frame, list(runs))
    return frame


def layer_matrix(stats: dict, measure: str) -> list[list]:
    """[L][T] of one measure from /statistics."""
    ls = stats["layer_stats"]
    m = ls["measures"].index(measure)
    return [[None if row is None else row[m][l] for row in ls["values"]] for l in range(len(ls["layers"]))]


def header_state(frame) -> tuple[str, str]:
    return frame.input_value("#tbt-layer-select"), frame.input_value(".tbt-step-number")


def fmt(v: float, signed: bool = False) -> str:
    """The frontend's number format (transforms.fmt) for values in [1e-3, 1e4)."""
    s = f"{v:.3f}"
    return ("+" + s) if signed and v > 0 else s


def cell(frame, measure: str, multiple: str, l: int, t: int, n_layers: int, n_steps: int):
    """The overlay of one heat-map multiple and the centre of its cell (layer ``l``, step ``t``) in it."""
    overlay = frame.locator(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="{measure}"] '
                            f'.tbt-ov-multiple[data-multiple="{multiple}"] .tbt-ov-overlay')
    box = overlay.bounding_box()
    cw, ch = box["width"] / n_steps, box["height"] / n_layers
    return overlay, {"x": (t + 0.5) * cw, "y": (l + 0.5) * ch}


def click_cell(frame, *where) -> None:
    overlay, position = cell(frame, *where)
    overlay.click(position=position)


def hover_cell(frame, *where) -> str:
    overlay, position = cell(frame, *where)
    overlay.hover(position=position)
    tip = frame.locator(f"{HEATMAPS} .tbt-tooltip")
    tip.wait_for(state="visible")
    return tip.inner_text()


# ---------------------------------------------------------------------------------------------------------------
# tests


def test_heatmap_cells_match_the_api(tb, page):
    run = GOOD_RUNS[0]
    frame = open_overview(page, tb, [run])
    stats = tb.api("statistics", run=run)
    layers, steps = stats["layer_stats"]["layers"], stats["steps"]
    for measure in MEASURES:
        hm = f'{HEATMAPS} .tbt-ov-heatmap[data-measure="{measure}"]'
        g = frame.locator(f'{hm} .tbt-ov-multiple[data-multiple="{run}"]')
        assert g.get_attribute("data-cells") == str(len(layers) * len(steps))
        assert g.locator(".tbt-ov-cell").count() == len(layers) * len(steps)
        # missing/failed values are hatched, exactly where /statistics has null
        nulls = sum(v is None for row in layer_matrix(stats, measure) for v in row)
        assert g.locator(".tbt-ov-cell.tbt-ov-null").count() == nulls
        labels = frame.locator(f"{hm} .tbt-ov-rows text").all_text_contents()
        assert labels == layers
        # one legend per measure, with its fixed or shared domain
        assert frame.locator(f"{hm} .tbt-ov-legend").count() == 1
    fixed = {"weight_cosine": None, "cka_target": "0,1", "cka_source": "0,1", "domain_auc": "0.5,1"}
    for measure, domain in fixed.items():
        got = frame.get_attribute(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="{measure}"]', "data-domain")
        assert got == domain or (domain is None and got in ("0,1", "-1,1"))
    screenshot(page, "overview-light", frame=frame, section="overview")
    assert not page.errors and not page.dialogs


def test_click_cell_selects_layer_and_step(tb, page):
    run = GOOD_RUNS[0]
    frame = open_overview(page, tb, [run])
    stats = tb.api("statistics", run=run)
    layers, steps = stats["layer_stats"]["layers"], stats["steps"]
    l, t = 0, 2
    click_cell(frame, "mmd", run, l, t, len(layers), len(steps))
    frame.wait_for_function("([l, s]) => document.querySelector('#tbt-layer-select').value === l && "
                            "document.querySelector('.tbt-step-number').value === s",
                            arg=[layers[l], str(steps[t])], timeout=10_000)
    assert header_state(frame) == (layers[l], str(steps[t]))
    # the selection is highlighted in every heat-map (row label bold, outlined row, column and cell)
    frame.wait_for_function(
        "([sel, l]) => [...document.querySelectorAll(sel)].every(t => t.textContent === l)",
        arg=[f"{HEATMAPS} .tbt-ov-rows .tbt-tick-selected", layers[l]])
    assert frame.locator(f"{HEATMAPS} .tbt-ov-rows .tbt-tick-selected").count() == len(MEASURES)
    assert frame.locator(f"{HEATMAPS} .tbt-ov-hl-cell").count() == len(MEASURES)
    # the hover tooltip names run, layer, step and value
    text = hover_cell(frame, "mmd", run, 1, 3, len(layers), len(steps))
    v = layer_matrix(stats, "mmd")[1][3]
    assert run in text and layers[1] in text and str(steps[3]) in text
    assert (fmt(v) if v is not None else "missing / failed") in text
    # keyboard: the focused heat-map moves the selection with the arrow keys
    frame.focus(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="mmd"]')
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowRight")
    frame.wait_for_function("([l, s]) => document.querySelector('#tbt-layer-select').value === l && "
                            "document.querySelector('.tbt-step-number').value === s",
                            arg=[layers[l + 1], str(steps[t + 1])], timeout=10_000)
    # focus survives the re-render
    assert frame.evaluate("() => document.activeElement.getAttribute('data-measure')") == "mmd"
    assert not page.errors


def test_two_runs_show_aligned_small_multiples_on_shared_scales(tb, page):
    frame = open_overview(page, tb, list(GOOD_RUNS))
    stats = {r: tb.api("statistics", run=r) for r in GOOD_RUNS}
    for measure in MEASURES:
        keys = multiples(frame, measure)
        assert keys == list(GOOD_RUNS)
        boxes = [frame.locator(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="{measure}"] '
                               f'.tbt-ov-multiple[data-multiple="{k}"] .tbt-ov-overlay').bounding_box() for k in keys]
        assert boxes[0]["y"] == boxes[1]["y"] and boxes[0]["height"] == boxes[1]["height"]
        assert boxes[0]["width"] == boxes[1]["width"] and boxes[1]["x"] > boxes[0]["x"] + boxes[0]["width"]
    # drift: one scale from 0 to the maximum over BOTH runs
    top = max(v for r in GOOD_RUNS for row in layer_matrix(stats[r], "weight_drift") for v in row if v is not None)
    lo, hi = map(float, frame.get_attribute(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"]',
                                            "data-domain").split(","))
    assert lo == 0 and hi == pytest.approx(top, rel=1e-5)
    # run colours in the multiple titles
    titles = frame.locator(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-ov-multiple-title')
    assert titles.count() == 2 and titles.nth(0).locator("rect").get_attribute("fill") != \
        titles.nth(1).locator("rect").get_attribute("fill")
    # depth profiles and filter strips: one aligned multiple per run
    prof = frame.locator('[data-panel="overview-profiles"] svg.tbt-ov-profiles > svg[data-multiple]')
    assert prof.count() == 2
    pb = [prof.nth(i).bounding_box() for i in range(2)]
    assert pb[0]["y"] == pb[1]["y"] and pb[0]["height"] == pb[1]["height"]
    frame.wait_for_selector('[data-panel="overview-filters"] .tbt-ov-filter-run')
    assert frame.locator('[data-panel="overview-filters"] .tbt-ov-filter-run').count() == 2
    # the network diagram has one segment per run in each node
    node = frame.locator('[data-panel="overview-network"] .tbt-ov-node').first
    assert node.locator(".tbt-ov-seg").count() == 2
    # per-chart CSV export of a heat-map row: every run × layer
    rows = download_csv(page, frame, '[data-measure-row="weight_drift"] .tbt-ov-chart-exports button:has-text("CSV")')
    n_layers = len(stats[GOOD_RUNS[0]]["layer_stats"]["layers"])
    assert rows[0][:2] == ["run", "layer"] and len(rows) == 1 + 2 * n_layers
    screenshot(page, "overview-two-runs", frame=frame, section="overview")
    assert not page.errors


def test_difference_mode(tb, page):
    a, b = RESNET_RUNS
    frame = open_overview(page, tb, [a, b])
    frame.click(f'{HEATMAPS} .tbt-ov-compare button[data-value="difference"]')
    wait_multiples(frame, ["difference"])
    sa, sb = tb.api("statistics", run=a), tb.api("statistics", run=b)
    layers = sa["layer_stats"]["layers"]
    union = sorted(set(sa["steps"]) | set(sb["steps"]))
    g = frame.locator(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-ov-multiple')
    assert g.get_attribute("data-cells") == str(len(layers) * len(union))
    # a diverging scale centred at 0
    lo, hi = map(float, frame.get_attribute(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"]',
                                            "data-domain").split(","))
    assert lo == -hi and hi > 0
    # steps aligned by value: step 2 exists in both runs, step 3 only in the first run (so the difference is missing)
    ma, mb = layer_matrix(sa, "weight_drift"), layer_matrix(sb, "weight_drift")
    l = next(i for i in range(len(layers)) if ma[i][2] is not None and mb[i][1] is not None)
    text = hover_cell(frame, "weight_drift", "difference", l, union.index(2), len(layers), len(union))
    # A is the second selected run, B the first (the reference the statistical level subtracts too)
    assert fmt(mb[l][1] - ma[l][2], signed=True) in text
    assert fmt(ma[l][2]) in text and fmt(mb[l][1]) in text  # the two runs behind the difference
    assert "missing / failed" in hover_cell(frame, "weight_drift", "difference", l, union.index(3), len(layers),
                                            len(union))
    frame.wait_for_selector('[data-panel="overview-profiles"] .tbt-ov-diff-profile')
    assert frame.locator('[data-panel="overview-network"] .tbt-ov-node').first.locator(".tbt-ov-seg").count() == 1
    screenshot(page, "overview-difference", frame=frame, section="overview")
    # swap A and B: the selection order flips and so does the sign
    frame.click(f"{HEATMAPS} .tbt-ov-swap")
    frame.wait_for_function(
        "([sel, t]) => document.querySelector(sel)?.textContent.includes(t)",
        arg=[f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-ov-run-name', f"{a} − {b}"])
    text = hover_cell(frame, "weight_drift", "difference", l, union.index(2), len(layers), len(union))
    assert fmt(ma[l][2] - mb[l][1], signed=True) in text
    assert frame.locator(".tbt-chip .tbt-run-name").all_text_contents()[:2] == [b, a]
    assert not page.errors


def test_network_diagram_of_a_branching_model_and_canvas_heatmaps(tb, page):
    run = RESNET_RUNS[0]
    frame = open_overview(page, tb, [run])
    info = next(r for r in tb.api("runs")["runs"] if r["run"] == run)["info"]
    names = [layer["name"] for layer in info["layers"]]
    net = '[data-panel="overview-network"]'
    assert frame.eval_on_selector_all(f"{net} .tbt-ov-node", "ns => ns.map(n => n.getAttribute('data-layer'))") == names
    n_edges = sum(len(layer["inputs"]) for layer in info["layers"])
    assert frame.locator(f"{net} .tbt-ov-edge").count() == n_edges
    assert frame.locator(f"{net} .tbt-ov-skip").count() > 0

    def box(name):
        return frame.locator(f'{net} .tbt-ov-node[data-layer="{name}"] .tbt-ov-node-frame').bounding_box()

    # longest-path layering: the downsample branch sits beside its block's first conv, below the previous block
    assert box("layer2.0.downsample.0")["y"] == box("layer2.0.conv1")["y"]
    assert box("layer2.0.downsample.0")["x"] > box("layer2.0.conv1")["x"]
    assert box("layer2.0.conv1")["y"] > box("layer1.1.conv2")["y"]
    assert box("fc")["y"] > max(box(n)["y"] for n in names[:-1])
    # labels are text
    assert frame.locator(f'{net} .tbt-ov-node[data-layer="conv1"] .tbt-ov-node-label').text_content().startswith("conv1")
    # click a node: the layer is selected in the header, and the filter strip follows
    frame.click(f'{net} .tbt-ov-node[data-layer="layer3.0.conv2"] .tbt-ov-node-frame')
    frame.wait_for_function("() => document.querySelector('#tbt-layer-select').value === 'layer3.0.conv2'")
    frame.wait_for_selector('[data-panel="overview-filters"] .tbt-ov-filter-run[data-filters="24"]')
    # keyboard: Enter on a focused node selects it
    frame.focus(f'{net} .tbt-ov-node[data-layer="layer1.0.conv1"]')
    page.keyboard.press("Enter")
    frame.wait_for_function("() => document.querySelector('#tbt-layer-select').value === 'layer1.0.conv1'")
    # 21 layers × 80 steps: the heat-maps draw on canvas, with the same cell count and a working click
    stats = tb.api("statistics", run=run)
    steps = stats["steps"]
    hm = f'{HEATMAPS} .tbt-ov-heatmap[data-measure="cka_target"]'
    assert frame.locator(f"{hm} canvas.tbt-ov-canvas").count() == 1
    assert frame.locator(f"{hm} .tbt-ov-cell").count() == 0
    assert frame.get_attribute(f"{hm} .tbt-ov-multiple", "data-cells") == str(len(names) * len(steps))
    click_cell(frame, "cka_target", run, 4, 50, len(names), len(steps))
    frame.wait_for_function("([l, s]) => document.querySelector('#tbt-layer-select').value === l && "
                            "document.querySelector('.tbt-step-number').value === s",
                            arg=[names[4], str(steps[50])], timeout=10_000)
    # a filter bar selects the neuron (outlined)
    frame.locator('[data-panel="overview-filters"] .tbt-ov-filter-run .tbt-overlay').first.click(
        position={"x": 3, "y": 20})
    frame.wait_for_selector('[data-panel="overview-filters"] .tbt-ov-filter-run .tbt-ov-hl')
    screenshot(page, "overview-resnet", frame=frame, section="overview")
    assert not page.errors


def test_dark_mode_and_escaped_names(tb, page):
    frame = open_overview(page, tb, [GOOD_RUNS[0], XSS_RUN], dark=True)
    assert frame.evaluate("() => document.documentElement.classList.contains('tbt-dark')")
    bg = frame.evaluate("""() => getComputedStyle(document.querySelector('[data-panel="overview-heatmaps"]'))
                               .backgroundColor""")
    r, g, b = map(int, re.findall(r"\d+", bg)[:3])
    assert max(r, g, b) < 100  # a dark panel
    # the XSS-named run is drawn as text everywhere in the overview, and nothing ran
    titles = frame.locator(f"{HEATMAPS} .tbt-ov-run-name").all_text_contents()
    assert sum(t.startswith(XSS_RUN) for t in titles) == len(MEASURES)
    assert frame.locator('[data-section="overview"] img').count() == 0
    # hatched cells exactly where the XSS-named run has no value on the shared grid
    stats = {r: tb.api("statistics", run=r) for r in (GOOD_RUNS[0], XSS_RUN)}
    grid = sorted(set(stats[GOOD_RUNS[0]]["steps"]) | set(stats[XSS_RUN]["steps"]))
    xs = stats[XSS_RUN]
    n_null = sum(1 for row in layer_matrix(xs, "weight_drift") for v in row if v is None)
    n_null += len(xs["layer_stats"]["layers"]) * (len(grid) - len(xs["steps"]))
    g = frame.locator(f'{HEATMAPS} .tbt-ov-heatmap[data-measure="weight_drift"] .tbt-ov-multiple[data-multiple="{XSS_RUN}"]')
    assert g.locator(".tbt-ov-null").count() == n_null
    frame.click(f'{HEATMAPS} .tbt-ov-compare button[data-value="difference"]')
    wait_multiples(frame, ["difference"])
    frame.click(f'{HEATMAPS} .tbt-ov-compare button[data-value="overlay"]')
    wait_multiples(frame, [GOOD_RUNS[0], XSS_RUN])
    screenshot(page, "overview-dark", frame=frame, section="overview")
    assert not page.errors and not page.dialogs
