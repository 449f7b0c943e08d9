"""The feature level's plots in a real browser (real ``tensorboard`` process on small real training runs, headless
Chromium): the domain-discrimination plot (pretrained and current side by side, default top-5 channels, arrows and
SVM accuracy equal to the API's; toggling a channel re-projects and changes the arrows; hovering an instance shows its
thumbnail), importance × discriminativeness, what a channel detects (the top-activating images are the instances
with the highest activations), the link to the instance scatter (colour by the selected channel), runs side by side
and dark mode. Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import io
import json

import numpy as np
import pytest

from browser_helpers import GOOD_RUNS, open_runs, screenshot

pytestmark = pytest.mark.timeout(400)

RUN_A, RUN_B = GOOD_RUNS
LAYER = "features.4"
CLASS = 1
PROJ = '[data-panel="feature-projection"]'
PLOT = PROJ + ' .tbt-fp-plot[data-run="{}"][data-model="{}"]'
SCATTER = '.tbt-inst-scatter[data-run="{}"]'


def open_feature(page, tb, runs, dark: bool = False, cls: int | None = CLASS):
    frame = open_runs(page, tb, runs, dark=dark)
    if cls is not None:
        frame.select_option("#tbt-class-select", str(cls))
    frame.select_option("#tbt-layer-select", LAYER)
    for run in runs:
        frame.wait_for_selector(PLOT.format(run, "current"), timeout=60_000)
    frame.locator(PROJ).scroll_into_view_if_needed()
    return frame


def plot_state(frame, run: str, model: str) -> dict:
    return frame.eval_on_selector(PLOT.format(run, model), "e => ({...e.dataset})")


def wait_channels(frame, run: str, channels: list[int]) -> None:
    want = ",".join(map(str, channels))
    for model in ("pretrained", "current"):
        frame.wait_for_selector(PLOT.format(run, model) + f'[data-channels="{want}"]', timeout=20_000)


def projection(tb, run: str, model: str, channels, **group) -> dict:
    return tb.api("feature_projection", run=run, layer=LAYER, model=model, channels=",".join(map(str, channels)),
                  **group)


def scatter_positions(frame, run: str, coords) -> np.ndarray:
    """Page coordinates of each instance in the instance scatter, from the API's coordinates and the view the scatter
    reports (``data-view``: the data window; ``data-plot``: the plot rectangle)."""
    st = frame.locator(SCATTER.format(run))
    x0, x1, y0, y1 = map(float, st.get_attribute("data-view").split(","))
    left, top, w, h = map(float, st.get_attribute("data-plot").split(","))
    box = st.bounding_box()
    c = np.asarray(coords, np.float64)
    return np.stack([box["x"] + left + (c[:, 0] - x0) / (x1 - x0) * w, box["y"] + top + (y1 - c[:, 1]) / (y1 - y0) * h],
                    axis=1)


def section_shot(page, frame, name: str) -> None:
    """The whole tab (test-artifacts/<name>.png) and the feature section alone (<name>-section.png)."""
    screenshot(page, name, frame=frame)
    screenshot(page, f"{name}-section", frame=frame, section="feature")


# ---------------------------------------------------------------------------------------------------------------


def test_projection_defaults_to_the_top_5_and_toggling_a_channel_reprojects(tb, page):
    frame = open_feature(page, tb, [RUN_A])
    feats = tb.api("features", run=RUN_A, layer=LAYER, **{"class": CLASS})
    top5 = feats["models"]["current"]["ranking"][:5]
    wait_channels(frame, RUN_A, top5)
    for model in ("pretrained", "current"):
        st = plot_state(frame, RUN_A, model)
        want = projection(tb, RUN_A, model, top5, **{"class": CLASS})
        assert json.loads(st["arrows"]) == want["arrows"]
        assert int(st["points"]) == len(want["points"]) == sum(feats["count"])
        assert float(st["accuracy"]) == want["svm_accuracy"]
        drawn = frame.eval_on_selector_all(PLOT.format(RUN_A, model) + " .tbt-fp-arrow",
                                           "es => es.map(e => Number(e.dataset.channel))")
        assert drawn == top5
        text = frame.locator(PLOT.format(RUN_A, model)).locator("xpath=..").inner_text()
        assert f"{want['svm_accuracy'] * 100:.1f}%" in text

    # Unchecking a channel asks again for the other four only; the arrows change to the API's for them.
    before = plot_state(frame, RUN_A, "current")["arrows"]
    frame.click(PROJ + f' .tbt-fp-chip[data-channel="{top5[0]}"]')
    wait_channels(frame, RUN_A, top5[1:])
    after = plot_state(frame, RUN_A, "current")
    assert after["arrows"] != before
    assert json.loads(after["arrows"]) == projection(tb, RUN_A, "current", top5[1:], **{"class": CLASS})["arrows"]
    drawn = frame.eval_on_selector_all(PLOT.format(RUN_A, "current") + " .tbt-fp-arrow",
                                       "es => es.map(e => Number(e.dataset.channel))")
    assert drawn == top5[1:]
    # Checking a channel's box in the ranked lists adds its arrow.
    extra = feats["models"]["current"]["ranking"][5]
    box = frame.locator(f'[data-panel="feature-lists"] .tbt-feat-list[data-model="current"] '
                        f'.tbt-feat-row[data-channel="{extra}"] .tbt-feat-check').first
    box.scroll_into_view_if_needed()
    assert not box.is_checked()
    box.check()
    wait_channels(frame, RUN_A, top5[1:] + [extra])
    got = plot_state(frame, RUN_A, "current")
    assert json.loads(got["arrows"]) == projection(tb, RUN_A, "current", top5[1:] + [extra],
                                                   **{"class": CLASS})["arrows"]
    assert len(json.loads(got["arrows"])) == 5 and got["arrows"] != after["arrows"]
    # The re-projection in the browser: the time from the click's request to both answers.
    assert float(frame.get_attribute(PROJ, "data-fetch-ms")) > 0


def test_hovering_an_instance_shows_its_thumbnail_in_both_plots(tb, page):
    frame = open_feature(page, tb, [RUN_A])
    mark = frame.locator(PLOT.format(RUN_A, "current") + " circle.tbt-fp-point").first  # a target instance
    mark.scroll_into_view_if_needed()
    box = mark.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    frame.wait_for_selector('.tbt-fp-card:not([hidden]) canvas[data-drawn="true"]', timeout=10_000)
    card_id = int(frame.get_attribute(".tbt-fp-card", "data-id"))
    meta = tb.api("instances", run=RUN_A, layer=LAYER)
    assert meta["domain"][card_id] == 1 and meta["label"][card_id] == CLASS
    assert int(frame.get_attribute(".tbt-fp-card canvas", "data-id")) == card_id
    assert frame.get_attribute(PROJ, "data-hovered") == str(card_id)
    # The same instance is ringed in the pretrained model's plot too.
    for model in ("pretrained", "current"):
        assert frame.eval_on_selector(PLOT.format(RUN_A, model) + " .tbt-fp-ring", "e => e.style.display") != "none"
    page.mouse.move(5, 5)
    frame.wait_for_selector(".tbt-fp-card[hidden]", state="attached", timeout=5_000)


def rgb_at(page, x: float, y: float) -> np.ndarray:
    from PIL import Image

    png = page.screenshot(clip={"x": x - 1, "y": y - 1, "width": 3, "height": 3})
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), np.float64)[1, 1]


def test_a_channel_shows_what_it_detects_and_colours_the_scatter(tb, page):
    frame = open_feature(page, tb, [RUN_A])
    frame.select_option(".tbt-inst-colorby", "neuron")
    ch = int(frame.get_attribute(PLOT.format(RUN_A, "current") + " .tbt-fp-arrow >> nth=1", "data-channel"))
    frame.click(PLOT.format(RUN_A, "current") + f' .tbt-fp-arrow[data-channel="{ch}"] text')  # the arrow's label
    frame.wait_for_selector(f'[data-panel="feature-detects"][data-channel="{ch}"] .tbt-fd-group', timeout=20_000)

    # The top-activating images are the 9 instances of each domain with the highest activations of the channel.
    detail = tb.api("channel", run=RUN_A, layer=LAYER, channel=ch)
    domain = np.asarray(tb.api("instances", run=RUN_A, layer=LAYER)["domain"])
    for model in ("pretrained", "current"):
        acts = np.asarray(detail["activations"][model], np.float64)
        for d, name in enumerate(("source", "target")):
            shown = frame.eval_on_selector_all(
                f'[data-panel="feature-detects"] .tbt-fd-group[data-model="{model}"][data-domain="{name}"] .tbt-fd-item',
                "es => es.map(e => Number(e.dataset.id))")
            assert len(shown) == min(9, int((domain == d).sum())) and len(set(shown)) == len(shown)
            assert all(domain[i] == d for i in shown)
            assert sorted(acts[shown], reverse=True) == sorted(acts[domain == d], reverse=True)[:9]
            assert list(acts[shown]) == sorted(acts[shown], reverse=True)  # highest first
    # Each image is the instance's thumbnail, drawn.
    frame.wait_for_selector('[data-panel="feature-detects"] .tbt-fd-item canvas[data-drawn="true"]')
    # The channel is selected in importance × discriminativeness and in the projection.
    assert frame.locator(f'[data-panel="feature-importance"] .tbt-fi-channel[data-channel="{ch}"] '
                         '[data-selected="true"]').count() >= 1
    assert frame.get_attribute(PLOT.format(RUN_A, "current") + f' .tbt-fp-arrow[data-channel="{ch}"]',
                               "data-selected") == "true"

    # The instance scatter colours every instance by the channel's activation (viridis: low purple, high yellow).
    scatter = SCATTER.format(RUN_A)
    st = frame.wait_for_selector(scatter + f'[data-neuron^="{LAYER}:{ch}:"]', timeout=20_000)
    step = int(st.get_attribute("data-step"))
    assert st.get_attribute("data-color-by") == "neuron"
    at_step = tb.api("channel", run=RUN_A, layer=LAYER, channel=ch, step=step)["activations"]["current"]
    coords = tb.api("instances", run=RUN_A, layer=LAYER, step=step)["coords"]
    frame.locator(scatter).scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    pos = scatter_positions(frame, RUN_A, coords)
    dist = np.linalg.norm(pos[:, None] - pos[None], axis=2)
    np.fill_diagonal(dist, np.inf)
    alone = dist.min(axis=1) > 9  # no other mark over this one's centre
    acts = np.asarray(at_step, np.float64)
    order = [i for i in np.argsort(acts) if alone[i] and domain[i] == 1]  # ● marks: a filled centre
    assert len(order) >= 2
    purple, yellow = np.array([0x44, 0x01, 0x54]), np.array([0xfd, 0xe7, 0x25])
    low, high = rgb_at(page, *pos[order[0]]), rgb_at(page, *pos[order[-1]])
    assert np.linalg.norm(low - purple) < np.linalg.norm(low - yellow), (low, acts[order[0]])
    assert np.linalg.norm(high - yellow) < np.linalg.norm(high - purple), (high, acts[order[-1]])
    assert f"channel {ch} of {LAYER}" in frame.inner_text(".tbt-inst-legend")
    section_shot(page, frame, "feature-plots-channel")


def test_runs_side_by_side_and_any_group(tb, page):
    frame = open_feature(page, tb, [RUN_A, RUN_B], cls=None)  # no class: every instance
    top5 = {}
    for run in (RUN_A, RUN_B):
        feats = tb.api("features", run=run, layer=LAYER)
        top5[run] = feats["models"]["current"]["ranking"][:5]
        wait_channels(frame, run, top5[run])
        assert int(plot_state(frame, run, "current")["points"]) == sum(feats["count"])
        assert frame.locator(f'[data-panel="feature-importance"] .tbt-fi-svg[data-run="{run}"]').count() == 1
    assert top5[RUN_A] != top5[RUN_B]  # the runs draw different arrows: the legend must say which
    # The "Checked" chips name, for every run, exactly the channels its plots draw arrows for.
    chips = frame.eval_on_selector_all(PROJ + " .tbt-fp-chips", """gs => gs.map(g => [g.dataset.runs.split('\\n'),
        [...g.querySelectorAll('.tbt-fp-chip')].map(b => Number(b.dataset.channel))])""")
    for run in (RUN_A, RUN_B):
        drawn = frame.eval_on_selector_all(PLOT.format(run, "current") + " .tbt-fp-arrow",
                                           "es => es.map(e => Number(e.dataset.channel))")
        assert drawn == top5[run]
        assert [c for runs, c in chips if run in runs] == [drawn]
    section_shot(page, frame, "feature-plots-two-runs")
    assert "all classes" in frame.inner_text(PROJ + " .tbt-panel-title")
    # No two arrow labels of a plot overlap.
    overlapping = frame.evaluate("""() => [...document.querySelectorAll('.tbt-fp-plot')].flatMap(svg => {
        const b = [...svg.querySelectorAll('.tbt-fp-arrow text')].map(t => t.getBBox());
        const out = [];
        for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++)
          if (b[i].x + 0.5 < b[j].x + b[j].width && b[j].x + 0.5 < b[i].x + b[i].width &&
              b[i].y + 0.5 < b[j].y + b[j].height && b[j].y + 0.5 < b[i].y + b[i].height) out.push([i, j]);
        return out; })""")
    assert overlapping == []
    # Points at |AUC - 0.5| = 0.5 (on or above the 0.5 line) never hide each other: on one row, 9 px apart at least.
    hidden = frame.evaluate("""() => [...document.querySelectorAll('.tbt-fi-svg')].flatMap(svg => {
        const top = Number(svg.dataset.topY);
        const p = [...svg.querySelectorAll('.tbt-fi-point')].map(c => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))])
          .filter(([, y]) => y <= top + 0.01);
        const out = [];
        for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++)
          if (Math.abs(p[i][1] - p[j][1]) < 0.01 && Math.abs(p[i][0] - p[j][0]) < 9 - 0.01) out.push([p[i], p[j]]);
        return out; })""")
    assert hidden == []


def test_the_instance_selection_is_the_group(tb, page):
    frame = open_feature(page, tb, [RUN_A])
    frame.click('[data-panel="instance-scatter"] button[data-value="box"]')
    frame.locator(SCATTER.format(RUN_A)).scroll_into_view_if_needed()
    inst = tb.api("instances", run=RUN_A, layer=LAYER, step=frame.get_attribute(SCATTER.format(RUN_A), "data-step"))
    pos = scatter_positions(frame, RUN_A, inst["coords"])
    dom = np.asarray(inst["domain"])
    # A box from a source instance to the target instance nearest to it: it holds both domains.
    s = int(np.flatnonzero(dom == 0)[0])
    t = int(np.flatnonzero(dom == 1)[np.argmin(np.linalg.norm(pos[dom == 1] - pos[s], axis=1))])
    lo, hi = np.minimum(pos[s], pos[t]) - 6, np.maximum(pos[s], pos[t]) + 6
    page.mouse.move(*lo)
    page.mouse.down()
    page.mouse.move(*hi, steps=6)
    page.mouse.up()
    frame.wait_for_function("""() => +document.querySelector('[data-panel="instance-selection"]')
                               .getAttribute('data-count') > 0""", timeout=10_000)
    ids = sorted(frame.eval_on_selector_all('[data-panel="instance-selection"] .tbt-inst-thumb-item',
                                            "es => es.map(e => Number(e.dataset.id))"))
    assert len(ids) == int(frame.get_attribute('[data-panel="instance-selection"]', "data-count"))
    title = f"{len(ids)} selected instance"
    frame.wait_for_function("t => document.querySelector('[data-panel=\"feature-projection\"] .tbt-panel-title')"
                            ".textContent.includes(t)", arg=title, timeout=20_000)
    group = {"instances": ",".join(map(str, ids))}
    feats = tb.api("features", run=RUN_A, layer=LAYER, **group)
    top5 = feats["models"]["current"]["ranking"][:5]
    domain = np.asarray(tb.api("instances", run=RUN_A, layer=LAYER)["domain"])[ids]
    assert s in ids and t in ids and 0 < domain.sum() < len(ids)
    wait_channels(frame, RUN_A, top5)
    st = plot_state(frame, RUN_A, "current")
    assert int(st["points"]) == len(ids)
    assert json.loads(st["arrows"]) == projection(tb, RUN_A, "current", top5, **group)["arrows"]
    section_shot(page, frame, "feature-plots-selection")
    # A selection of one domain has no separating plane: the panel says so. (The source instance farthest from
    # every target instance, boxed alone.)
    src = np.flatnonzero(dom == 0)
    far = int(src[np.argmax([np.linalg.norm(pos[dom == 1] - pos[i], axis=1).min() for i in src])])
    frame.locator(SCATTER.format(RUN_A)).scroll_into_view_if_needed()
    pos = scatter_positions(frame, RUN_A, inst["coords"])
    page.mouse.move(*(pos[far] - 4))
    page.mouse.down()
    page.mouse.move(*(pos[far] + 4), steps=3)
    page.mouse.up()
    frame.wait_for_selector(PROJ + " .tbt-fp-error:has-text('one domain only')", timeout=20_000)


def test_dark_mode(tb, page):
    frame = open_feature(page, tb, [RUN_A, RUN_B], dark=True)  # two runs: the per-run "Checked" chips
    frame.wait_for_function("() => document.documentElement.classList.contains('tbt-dark')")
    fill = frame.eval_on_selector(PLOT.format(RUN_A, "current") + " .tbt-fp-axis-title", "t => getComputedStyle(t).fill")
    rgb = [int(v) for v in fill[fill.index("(") + 1:fill.index(")")].split(",")[:3]]
    assert sum(rgb) / 3 > 128, fill
    label = frame.eval_on_selector(PLOT.format(RUN_A, "current") + " .tbt-fp-arrow text",
                                   "t => getComputedStyle(t).fill")
    rgb = [int(v) for v in label[label.index("(") + 1:label.index(")")].split(",")[:3]]
    assert sum(rgb) / 3 > 128, label
    frame.wait_for_selector('[data-panel="feature-importance"] .tbt-fi-svg')
    section_shot(page, frame, "feature-plots-dark")
    frame.locator(PROJ).scroll_into_view_if_needed()


def test_light_screenshot(tb, page):
    frame = open_feature(page, tb, [RUN_A])
    frame.wait_for_selector('[data-panel="feature-importance"] .tbt-fi-svg')
    section_shot(page, frame, "feature-plots-light")
