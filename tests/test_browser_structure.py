"""The model structure level's matching matrices and weight blocks in a real browser (real ``tensorboard`` on small
real training runs: a branching ResNet with a downsample shortcut and a layer wider than the recorded channels, and
an AlexNet-like chain), headless Chromium through Python Playwright: the drawn cells equal the API's k × k and the
record's, a clicked neuron's top-5 equal the API's, the weight cells equal the record's connections, the box plots
count the API's histograms, runs side by side, dark mode. Screenshots go to ``test-artifacts/``."""
from __future__ import annotations

import numpy as np
import pytest

import tb_transfer
from browser_helpers import open_runs, screenshot

pytestmark = pytest.mark.timeout(600)

CLASS = 1
UNIT = '.tbt-st-unit[data-run="{}"][data-layer="{}"]'


@pytest.fixture(scope="module")
def tb(structure_tb):
    return structure_tb


@pytest.fixture(scope="module")
def runs(structure_tb):
    """The structure runs' records, read with ``tb_transfer.load``."""
    return tb_transfer.load(structure_tb.logdir)


def open_structure(page, tb, runs, layers, dark=False):
    frame = open_runs(page, tb, runs, dark=dark)
    panel = frame.locator('[data-panel="structure-matrices"]')
    panel.scroll_into_view_if_needed()
    panel.locator("select.tbt-st-class").select_option(str(CLASS))
    for chip in panel.locator(".tbt-st-layer").all():  # choose exactly `layers`
        if (chip.get_attribute("aria-pressed") == "true") != (chip.get_attribute("data-layer") in layers):
            chip.click()
    for run in runs:
        for layer in layers:
            frame.wait_for_selector(UNIT.format(run, layer) + '[data-status="ready"]', timeout=30_000)
    return frame


def unit_cells(frame, run, layer):
    return frame.eval_on_selector_all(UNIT.format(run, layer) + " .tbt-st-cell", "els => els.map(e => [+e.dataset.row, +e.dataset.col, e.dataset.distance === '' ? null : +e.dataset.distance])")


def weight_cells(frame, run, layer, model):
    return frame.eval_on_selector_all(UNIT.format(run, layer) + f' .tbt-st-weights[data-model="{model}"] .tbt-st-wcell', "els => els.map(e => [+e.dataset.from, +e.dataset.to, e.dataset.w === '' ? null : +e.dataset.w])")


def check_unit(frame, tb, runs, run, layer, source):
    """Cells = the API's k × k distances = the record's important channels; weight cells = the record's conn_norms
    at the important channels; I→N box counts = the API's histograms."""
    s = tb.api("structure", run=run, layer=layer, **{"class": CLASS})
    pre, cur = s["important"]
    k = len(cur)
    rec = runs[run].layers["activations"][layer]
    step = max(rec)
    assert s["step"] == step and s["steps"] == sorted(rec)
    arrays = rec[step]
    channels = list(arrays["channels"])
    assert k == min(8, len(channels) // 2)
    importance = np.asarray(arrays["importance"], np.float64)[CLASS]
    assert set(cur) == {channels[i] for i in np.argsort(-importance, kind="stable")[:k]}  # the record's top k
    cells = unit_cells(frame, run, layer)
    assert len(cells) == k * k
    for r, c, d in cells:
        want = s["distance"][pre.index(r)][cur.index(c)]
        assert (d is None and want is None) or d == pytest.approx(want, abs=1e-6)
    if source is None:
        assert frame.locator(UNIT.format(run, layer) + " .tbt-st-wcell").count() == 0
        return s
    src_arrays = runs[run].layers["activations"][source][step]
    src_channels = list(src_arrays["channels"])
    pre_norms = np.asarray(runs[run].layers["reference"][layer][0]["conn_norms"], np.float32)
    for m, (model, norms) in enumerate((("pretrained", pre_norms), ("current", np.asarray(arrays["conn_norms"], np.float32)))):
        drawn = weight_cells(frame, run, layer, model)
        assert len(drawn) == len(s["important"][m]) * len(s["important_source"][m])
        for frm, to, w in drawn:
            want = norms[channels.index(to), src_channels.index(frm)]
            assert w == pytest.approx(float(want), rel=1e-3)
        boxes = frame.eval_on_selector_all(UNIT.format(run, layer) + f' .tbt-st-weights[data-model="{model}"] .tbt-st-box', "els => els.map(e => +e.dataset.count)")
        want_counts = [sum(h) for h in s["conn_i_to_n"][m]] + [sum(h) for h in s["conn_n_to_i"][m]]
        assert sorted(boxes) == sorted(want_counts) and sum(want_counts) > 0
    dots = frame.locator(UNIT.format(run, layer) + ' .tbt-st-weights[data-model="current"] .tbt-st-dot').count()
    assert dots == sum(map(sum, s["conn_in_pretrained"]))
    return s


def test_branching_resnet_matrices_weights_and_neuron_detail(tb, runs, page):
    layers = ["layer1.conv2", "layer2.conv1", "layer2.downsample.0"]
    frame = open_structure(page, tb, ["resnet"], layers)
    info = {l["name"]: l for l in runs["resnet"].info["layers"]}
    assert info["layer2.downsample.0"]["conn_source"] == "layer1.conv2"  # the shortcut branch, not the chain
    for layer in layers:
        src = info[layer]["conn_source"] if info[layer]["conn_source"] in layers else None
        s = check_unit(frame, tb, runs, "resnet", layer, src)
    # the wide layer (72 channels > 64 recorded) summarises every connection: I→N counts reach every output
    s = tb.api("structure", run="resnet", layer="layer2.downsample.0", **{"class": CLASS})
    assert [sum(h) for h in s["conn_i_to_n"][1]] == [72 - len(s["important"][1])] * len(s["important_source"][1])
    # a clicked neuron: the detail's top-5 equal the API's, and the neuron is highlighted in every matrix
    layer = "layer1.conv2"
    s = tb.api("structure", run="resnet", layer=layer, **{"class": CLASS})
    ch = s["important"][1][0]
    frame.click(UNIT.format("resnet", layer) + f' .tbt-st-label[data-model="current"][data-channel="{ch}"][data-layer="{layer}"]')
    detail = frame.locator('[data-panel="structure-detail"] .tbt-st-detail-col[data-model="current"]')
    detail.locator(".tbt-st-drift").wait_for(timeout=20_000)
    got = detail.locator(".tbt-st-matches li").evaluate_all("els => els.map(e => [+e.dataset.channel, +e.dataset.distance])")
    assert [c for c, _ in got] == s["matches_current"][0]
    np.testing.assert_allclose([d for _, d in got], s["match_distance_current"][0], atol=1e-6)
    drift = runs["resnet"].layers["filter_drift"][layer]
    step = max(drift)
    assert float(detail.locator(".tbt-st-drift").get_attribute("data-drift")) == pytest.approx(float(drift[step][0][ch]), rel=1e-5)
    assert frame.locator(UNIT.format("resnet", layer) + " .tbt-st-highlight").count() >= 1
    # the neuron is also highlighted where it is a source (weights of the layers it feeds)
    if ch in s["important"][1]:
        assert frame.locator('.tbt-st-unit[data-run="resnet"] .tbt-st-highlight').count() >= 2
    detail.locator(".tbt-st-thumb").first.wait_for(timeout=20_000)
    # a clicked cell shows both neurons side by side
    frame.locator(UNIT.format("resnet", layer) + " .tbt-st-cell").first.click()
    frame.wait_for_selector('[data-panel="structure-detail"] .tbt-st-detail[data-kind="cell"] .tbt-st-detail-col[data-model="pretrained"] .tbt-st-drift', timeout=20_000)
    assert frame.locator('[data-panel="structure-detail"] .tbt-st-detail-col').count() == 2
    frame.locator('[data-panel="structure-matrices"]').scroll_into_view_if_needed()
    screenshot(page, "structure-resnet-light", frame=frame)
    screenshot(page, "structure-resnet-light-section", frame=frame, section="structure")


def test_chain_side_by_side_in_dark_mode_with_zoom_and_export(tb, runs, page):
    layers = ["features.0", "features.3", "features.6"]
    frame = open_structure(page, tb, ["alexnet", "alexnet_frozen"], layers, dark=True)
    for run in ("alexnet", "alexnet_frozen"):
        for layer, src in zip(layers, [None, *layers[:-1]]):
            check_unit(frame, tb, runs, run, layer, src)
    # frozen features: the current weights are the pretrained ones
    s = tb.api("structure", run="alexnet_frozen", layer="features.3", **{"class": CLASS})
    assert s["conn_weight"][0] == s["conn_weight"][1] or s["important"][0] != s["important"][1]
    # one colour scale: equal distances get equal colours in every layer and run
    fills = frame.eval_on_selector_all(".tbt-st-cell", "els => els.map(e => [e.dataset.distance, e.getAttribute('fill')])")
    by_value = {}
    for d, f in fills:
        by_value.setdefault(d, set()).add(f)
    assert all(len(v) == 1 for v in by_value.values())
    # dark = similar in the dark theme too: the most similar cell is darker than the least similar one
    lum = frame.evaluate("""() => {
      const cells = [...document.querySelectorAll('.tbt-st-cell')].filter(c => c.dataset.distance !== '');
      cells.sort((a, b) => +a.dataset.distance - +b.dataset.distance);
      const l = (c) => { const [r, g, b] = getComputedStyle(c).fill.match(/\\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      return [l(cells[0]), l(cells[cells.length - 1])];
    }""")
    assert lum[0] < lum[1]
    bg = frame.evaluate("() => getComputedStyle(document.querySelector('[data-panel=\"structure-matrices\"]')).backgroundColor")
    assert sum(int(x) for x in bg[bg.index("(") + 1:bg.index(")")].split(",")[:3]) < 3 * 100  # dark panel
    # zoom with the wheel, then export SVG
    svg = frame.locator(".tbt-st-svg")
    box = svg.bounding_box()
    page.mouse.move(box["x"] + 200, box["y"] + 200)
    page.mouse.wheel(0, -400)
    frame.wait_for_function("() => (document.querySelector('.tbt-st-zoom').getAttribute('transform') || '').includes('scale')")
    frame.locator('[data-panel="structure-matrices"] button.tbt-st-reset').click()
    with page.expect_download() as dl:
        frame.locator('[data-panel="structure-matrices"] button.tbt-export:has-text("SVG")').click()
    text = open(dl.value.path(), encoding="utf-8").read()
    assert "tbt-st-cell" in text or "<rect" in text
    frame.locator('[data-panel="structure-matrices"]').scroll_into_view_if_needed()
    screenshot(page, "structure-alexnet-dark", frame=frame)
    screenshot(page, "structure-alexnet-dark-section", frame=frame, section="structure")
