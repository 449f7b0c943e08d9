"""The instance level of the Transfer tab in a real browser (real ``tensorboard`` process on small real training
runs, headless Chromium through Python Playwright): drawn points = the API's N, the hover card's thumbnail and
labels, lasso selection of exactly the instances inside, the selection across step and layer changes, t-SNE from
pending to ready, nearest neighbours, runs side by side with linked hover, dark mode. Screenshots go to
``test-artifacts/``.

Screen positions are computed here from the API's coordinates and the view the scatter reports (``data-view``:
the data window x0, x1, y0, y1; ``data-plot``: the plot rectangle in the scatter element), independently of the
app's own hit testing.
"""
from __future__ import annotations

from urllib.parse import quote

import numpy as np
import pytest

from browser_helpers import ARTIFACTS, GOOD_RUNS, open_runs, screenshot

pytestmark = pytest.mark.timeout(400)

RUN_A, RUN_B = GOOD_RUNS
SCATTER = '.tbt-inst-scatter[data-run="{}"]'


def open_instance(page, tb, runs, dark: bool = False):
    frame = open_runs(page, tb, runs, dark=dark)
    for run in runs:
        frame.wait_for_selector(SCATTER.format(run) + "[data-points]:not([data-animating])", timeout=30_000)
    frame.locator('[data-section="instance"]').scroll_into_view_if_needed()
    return frame


def scatter_state(frame, run: str) -> dict:
    return frame.eval_on_selector(SCATTER.format(run), "e => ({...e.dataset})")


def wait_shown(frame, run: str, **attrs) -> dict:
    sel = SCATTER.format(run) + "".join(f'[data-{k}="{v}"]' for k, v in attrs.items()) + ":not([data-animating])"
    frame.wait_for_selector(sel, timeout=60_000)
    return scatter_state(frame, run)


def screen_positions(frame, run: str, coords) -> np.ndarray:
    """Page coordinates of each instance, from the API's coordinates and the scatter's reported view."""
    frame.locator(SCATTER.format(run)).scroll_into_view_if_needed()
    st = scatter_state(frame, run)
    box = frame.locator(SCATTER.format(run)).bounding_box()
    left, top, w, h = map(float, st["plot"].split(","))
    x0, x1, y0, y1 = map(float, st["view"].split(","))
    c = np.array([[np.nan if v is None else v for v in xy] for xy in coords], dtype=float)
    px = box["x"] + left + (c[:, 0] - x0) / (x1 - x0) * w
    py = box["y"] + top + (y1 - c[:, 1]) / (y1 - y0) * h
    return np.stack([px, py], axis=1)


def inside(poly: np.ndarray, p: np.ndarray) -> bool:
    """Even-odd ray casting (the test's own)."""
    x, y = p
    n = len(poly)
    res = False
    for i in range(n):
        (xi, yi), (xj, yj) = poly[i], poly[i - 1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            res = not res
    return res


def isolated_instance(pos: np.ndarray) -> int:
    d = np.linalg.norm(pos[:, None] - pos[None], axis=2)
    np.fill_diagonal(d, np.inf)
    return int(np.argmax(d.min(axis=1)))


def shot(page, frame, name: str) -> None:
    """The whole tab (test-artifacts/<name>.png) and the instance section alone (<name>-section.png)."""
    screenshot(page, name, frame=frame)
    screenshot(page, f"{name}-section", frame=frame, section="instance")


def selected_ids(frame) -> list[int]:
    return sorted(frame.eval_on_selector_all('[data-panel="instance-selection"] .tbt-inst-thumb-item',
                                             "es => es.map(e => Number(e.dataset.id))"))


# ---------------------------------------------------------------------------------------------------------------


def test_points_hover_card_and_neighbours(tb, page):
    frame = open_instance(page, tb, [RUN_A])
    st = scatter_state(frame, RUN_A)
    d = tb.api("instances", run=RUN_A, layer=st["layer"], step=st["step"])
    n = len(d["coords"])
    assert int(st["points"]) == n == int(st["n"]) and n > 0
    assert st["projection"] == "pca"

    # Hover an isolated instance: the card shows its thumbnail (pixels = the sprite's tile) and labels.
    pos = screen_positions(frame, RUN_A, d["coords"])
    i = isolated_instance(pos)
    page.mouse.move(*pos[i])
    frame.wait_for_selector(f'.tbt-inst-card[data-id="{i}"]:not([hidden]) canvas[data-drawn="true"]', timeout=10_000)
    assert scatter_state(frame, RUN_A)["hovered"] == str(i)
    info = next(r for r in tb.api("runs")["runs"] if r["run"] == RUN_A)["info"]
    names = info["class_names"]
    text = frame.inner_text(".tbt-inst-card")
    assert names[d["label"][i]] in text and names[d["prediction"][i]] in text
    assert ("target" if d["domain"][i] else "source") in text
    t = info["thumbnails"]
    diff = frame.evaluate(
        """async ([i, url, size, cols]) => {
             const card = document.querySelector('.tbt-inst-card canvas');
             const img = new Image(); img.src = url; await img.decode();
             const tile = document.createElement('canvas'); tile.width = size; tile.height = size;
             const tc = tile.getContext('2d');
             tc.drawImage(img, (i % cols) * size, Math.floor(i / cols) * size, size, size, 0, 0, size, size);
             const want = tc.getImageData(0, 0, size, size).data;
             const scale = card.width / size;
             const got = card.getContext('2d').getImageData(0, 0, card.width, card.height).data;
             let worst = 0;
             for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) for (let k = 0; k < 3; k++) {
               const g = got[((Math.floor((y + 0.5) * scale) * card.width) + Math.floor((x + 0.5) * scale)) * 4 + k];
               worst = Math.max(worst, Math.abs(g - want[(y * size + x) * 4 + k]));
             }
             // and a different tile must differ (the comparison can fail)
             tc.drawImage(img, ((i + 1) % cols) * size, Math.floor((i + 1) / cols) * size, size, size, 0, 0, size, size);
             const other = tc.getImageData(0, 0, size, size).data;
             let otherDiff = 0;
             for (let k = 0; k < other.length; k++) otherDiff = Math.max(otherDiff, Math.abs(other[k] - want[k]));
             return [worst, otherDiff, scale];
           }""",
        [i, f"thumbnails?run={quote(RUN_A)}", t["size"], t["columns"]],
    )
    assert diff[0] <= 1 and diff[1] > 10 and diff[2] >= 2, diff

    # Click: 8 nearest neighbours of the other domain, as /neighbors gives them, with lines in the scatter.
    page.mouse.click(*pos[i])
    frame.wait_for_selector('[data-panel="instance-neighbors"] .tbt-inst-nn-list .tbt-inst-thumb-item', timeout=10_000)
    nb = tb.api("neighbors", run=RUN_A, layer=st["layer"], step=st["step"], instance=i)
    shown = frame.eval_on_selector_all('[data-panel="instance-neighbors"] .tbt-inst-nn-list .tbt-inst-thumb-item',
                                       "es => es.map(e => Number(e.dataset.id))")
    assert shown == nb["neighbors"] and len(shown) == 8
    assert all(d["domain"][j] != d["domain"][i] for j in shown)
    lines = frame.eval_on_selector_all(SCATTER.format(RUN_A) + " .tbt-inst-nn-line", "es => es.map(e => Number(e.dataset.to))")
    assert sorted(lines) == sorted(shown)
    shot(page, frame, "instance-hover-light")
    pos = screen_positions(frame, RUN_A, d["coords"])
    page.mouse.move(*pos[i])
    frame.wait_for_selector(f'.tbt-inst-card[data-id="{i}"]:not([hidden]) canvas[data-drawn="true"]')
    page.screenshot(path=str(ARTIFACTS / "instance-hover-card-light.png"))


def test_lasso_selects_exactly_the_instances_inside_and_survives_step_and_layer(tb, page):
    frame = open_instance(page, tb, [RUN_A])
    frame.click('[data-panel="instance-scatter"] button[data-value="lasso"]')  # (may scroll: before positions)
    st = scatter_state(frame, RUN_A)
    d = tb.api("instances", run=RUN_A, layer=st["layer"], step=st["step"])
    pos = screen_positions(frame, RUN_A, d["coords"])
    box = frame.locator(SCATTER.format(RUN_A)).bounding_box()
    left, top, w, h = map(float, st["plot"].split(","))
    # A lasso (a pentagon) whose right side passes through the widest gap between points near the middle.
    xs = np.sort(pos[:, 0])
    gaps = [(xs[k + 1] - xs[k], (xs[k] + xs[k + 1]) / 2) for k in range(len(xs) - 1)
            if box["x"] + left + 0.25 * w < xs[k] < box["x"] + left + 0.75 * w]
    cut = max(gaps)[1]
    x_l, y_t, y_b = box["x"] + left + 3, box["y"] + top + 3, box["y"] + top + h - 3
    poly = np.array([[x_l, y_t], [cut, y_t], [cut, y_b], [x_l, y_b], [x_l - 1, (y_t + y_b) / 2]])
    want = sorted(int(k) for k in range(len(pos)) if inside(poly, pos[k]))
    assert 0 < len(want) < len(pos)
    page.mouse.move(*poly[0])
    page.mouse.down()
    for a, b in zip(poly[1:].tolist() + [poly[0].tolist()], poly.tolist()):
        page.mouse.move(*a, steps=8)
    page.mouse.up()
    frame.wait_for_selector('[data-panel="instance-selection"]:not([data-count="0"])', timeout=10_000)
    assert selected_ids(frame) == want
    assert scatter_state(frame, RUN_A)["selected"] == str(len(want))
    shot(page, frame, "instance-lasso-light")

    # Another step: the same instances stay selected (and the points animate to their new places).
    frame.fill(".tbt-step-number", "1")
    frame.press(".tbt-step-number", "Enter")
    wait_shown(frame, RUN_A, step="1")
    assert selected_ids(frame) == want and scatter_state(frame, RUN_A)["selected"] == str(len(want))
    # Another layer: still the same probe instances.
    layers = [o for o in frame.eval_on_selector_all("#tbt-layer-select option", "os => os.map(o => o.value)") if o != st["layer"]]
    frame.select_option("#tbt-layer-select", layers[0])
    wait_shown(frame, RUN_A, layer=layers[0])
    assert selected_ids(frame) == want and scatter_state(frame, RUN_A)["selected"] == str(len(want))
    # Invert and clear.
    frame.click('[data-panel="instance-selection"] button:has-text("Invert")')
    frame.wait_for_selector(f'[data-panel="instance-selection"][data-count="{len(pos) - len(want)}"]')
    frame.click('[data-panel="instance-selection"] button:has-text("Clear")')
    frame.wait_for_selector('[data-panel="instance-selection"][data-count="0"]')


def test_tsne_goes_from_pending_to_ready(tb, page):
    frame = open_instance(page, tb, [RUN_B])
    frame.select_option(".tbt-inst-embedding", "penultimate")
    wait_shown(frame, RUN_B, layer="penultimate", projection="pca")
    frame.click('[data-panel="instance-scatter"] button[data-value="tsne"]')
    frame.wait_for_selector(SCATTER.format(RUN_B) + '[data-tsne="pending"][data-projection="pca"]', timeout=10_000)
    assert "computing" in frame.inner_text(f'.tbt-inst-cell[data-run="{RUN_B}"] .tbt-inst-status')
    st = wait_shown(frame, RUN_B, tsne="ready", projection="tsne")
    d = tb.api("instances", run=RUN_B, layer="penultimate", step=st["step"], projection="tsne")
    assert d["status"] == "ready" and int(st["points"]) == len(d["coords"])
    assert "computing" not in frame.inner_text(f'.tbt-inst-cell[data-run="{RUN_B}"] .tbt-inst-status')
    shot(page, frame, "instance-tsne-light")


def test_runs_side_by_side_with_linked_hover_and_dark_mode(tb, page):
    frame = open_instance(page, tb, [RUN_A, RUN_B], dark=True)
    assert frame.evaluate("() => document.documentElement.classList.contains('tbt-dark')")
    states = {run: scatter_state(frame, run) for run in (RUN_A, RUN_B)}
    for run, st in states.items():
        d = tb.api("instances", run=run, layer=st["layer"], step=st["step"])
        assert int(st["points"]) == len(d["coords"])
    # Side by side: one row, the same size.
    a, b = (frame.locator(SCATTER.format(r)).bounding_box() for r in (RUN_A, RUN_B))
    assert abs(a["y"] - b["y"]) < 2 and b["x"] > a["x"] + a["width"] - 2 and abs(a["width"] - b["width"]) < 2
    d = tb.api("instances", run=RUN_A, layer=states[RUN_A]["layer"], step=states[RUN_A]["step"])
    pos = screen_positions(frame, RUN_A, d["coords"])
    i = isolated_instance(pos)
    page.mouse.move(*pos[i])
    frame.wait_for_selector(SCATTER.format(RUN_B) + f'[data-hovered="{i}"]', timeout=5_000)
    # Dark mode: axis labels are light on the dark panel.
    fill = frame.eval_on_selector(SCATTER.format(RUN_A) + " .tbt-axis text", "t => getComputedStyle(t).fill")
    rgb = [int(v) for v in fill[fill.index("(") + 1:fill.index(")")].split(",")[:3]]
    assert sum(rgb) / 3 > 128, fill
    # A box selection in run A is highlighted in run B too.
    frame.click('[data-panel="instance-scatter"] button[data-value="box"]')
    frame.locator(SCATTER.format(RUN_A)).scroll_into_view_if_needed()
    a = frame.locator(SCATTER.format(RUN_A)).bounding_box()
    page.mouse.move(a["x"] + 50, a["y"] + 12)
    page.mouse.down()
    page.mouse.move(a["x"] + a["width"] / 2, a["y"] + a["height"] - 40, steps=6)
    page.mouse.up()
    # the selection panel redraws on its next frame: wait for it rather than read a stale count
    frame.wait_for_function("""() => +document.querySelector('[data-panel="instance-selection"]')
                               .getAttribute('data-count') > 0""", timeout=10_000)
    n_sel = int(frame.get_attribute('[data-panel="instance-selection"]', "data-count"))
    assert scatter_state(frame, RUN_B)["selected"] == str(n_sel)
    shot(page, frame, "instance-dark")


def test_light_screenshot_and_colour_modes(tb, page):
    frame = open_instance(page, tb, [RUN_A, RUN_B])
    for mode in ("domain", "correct", "p_target", "loss", "changed", "class"):
        frame.select_option(".tbt-inst-colorby", mode)
        frame.wait_for_timeout(100)
        assert frame.inner_text(".tbt-inst-legend").strip()
    hist = frame.get_attribute('[data-panel="instance-confusion"] svg', "data-total")
    d = tb.api("instances", run=RUN_A, layer=scatter_state(frame, RUN_A)["layer"])
    assert int(hist) == sum(p is not None for p in d["p_target"])
    # Brushing P(target) from 0.5 up selects the instances in that range (within a pixel at the edge).
    svg = frame.locator('[data-panel="instance-confusion"] svg')
    svg.scroll_into_view_if_needed()
    box = svg.bounding_box()
    x0, x1 = box["x"] + 38, box["x"] + box["width"] - 8   # the chart's plot range for P(target) 0 → 1
    lo = 0.5
    page.mouse.move(x0 + lo * (x1 - x0), box["y"] + 40)
    page.mouse.down()
    page.mouse.move(x1 + 5, box["y"] + 60, steps=5)
    page.mouse.up()
    frame.wait_for_selector('[data-panel="instance-selection"]:not([data-count="0"])')
    got = set(selected_ids(frame)) if int(frame.get_attribute('[data-panel="instance-selection"]', "data-count")) <= 120 else None
    p = d["p_target"]
    eps = 1.5 / (x1 - x0)
    assert got is not None
    assert all(p[i] is not None and p[i] >= lo - eps for i in got)
    assert all(i in got for i, v in enumerate(p) if v is not None and v > lo + eps)
    # A class clicked in the legend is the tab's selected class: the header follows, the histogram shows that class.
    frame.click('.tbt-inst-legend-class[data-class="1"]')
    assert frame.eval_on_selector("#tbt-class-select", "s => s.value") == "1"
    frame.wait_for_function(
        "n => document.querySelector('[data-panel=\"instance-confusion\"] svg')?.getAttribute('data-total') === String(n)",
        arg=sum(1 for c, v in zip(d["label"], d["p_target"]) if c == 1 and v is not None))
    frame.select_option(".tbt-inst-classfilter", "selected")
    shot(page, frame, "instance-light")
