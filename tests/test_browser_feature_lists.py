"""The feature level's ranked lists and rank-movement chart in a real browser (real ``tensorboard`` process on small
real training runs, headless Chromium through Python Playwright): the rows are the API's recorded channels in the
API's order (most and least first), virtualised on a wide layer; each mirrored histogram counts the group's
instances per domain (checked against /instances); clicking a row selects the channel (highlighted in both lists and
the slope chart); runs side by side; dark mode. Screenshots go to ``test-artifacts/``.
"""
from __future__ import annotations

import numpy as np
import pytest

from browser_helpers import GOOD_RUNS, open_runs, screenshot

pytestmark = pytest.mark.timeout(400)

RUN_A, RUN_B = GOOD_RUNS
PANEL = '[data-panel="feature-lists"]'
BLOCK = PANEL + ' .tbt-feat-run[data-run="{}"]'
LIST = BLOCK + ' .tbt-feat-list[data-model="{}"] .tbt-feat-scroll'


def open_features(page, tb, runs, dark: bool = False):
    frame = open_runs(page, tb, runs, dark=dark)
    frame.locator('[data-section="feature"]').scroll_into_view_if_needed()
    for run in runs:
        wait_list(frame, run)
    return frame


def wait_list(frame, run: str, **attrs) -> None:
    sel = BLOCK.format(run) + '[data-status="ready"]' + "".join(f'[data-{k}="{v}"]' for k, v in attrs.items())
    frame.wait_for_selector(sel + ' .tbt-feat-list[data-model="current"] .tbt-feat-scroll', timeout=60_000)


def set_layer(frame, layer: str, run: str) -> None:
    frame.select_option("#tbt-layer-select", layer)
    frame.wait_for_function(
        "([sel, layer]) => { const h = document.querySelector(sel + ' .tbt-feat-status');"
        " return h && h.textContent.startsWith(layer + ' ·') && !h.textContent.includes('updating'); }",
        arg=[BLOCK.format(run), layer], timeout=60_000)


def list_state(frame, run: str, model: str) -> dict:
    return frame.eval_on_selector(LIST.format(run, model), """e => ({
        rows: Number(e.dataset.rows), order: e.dataset.order ? e.dataset.order.split(',').map(Number) : [],
        dom: [...e.querySelectorAll('.tbt-feat-row')].map(r => Number(r.dataset.channel)),
        counts: [...e.querySelectorAll('.tbt-feat-hist')].map(h => h.dataset.counts),
        selected: [...e.querySelectorAll('.tbt-feat-row.tbt-selected')].map(r => Number(r.dataset.channel)),
    })""")


def finite_ranking(body: dict, model: str) -> list[int]:
    m = body["models"][model]
    pos = {c: i for i, c in enumerate(body["recorded"])}
    return [c for c in m["ranking"] if m["domain_coef"][pos[c]] is not None]


def test_rows_are_the_api_ranking_most_and_least(page, tb):
    frame = open_features(page, tb, [RUN_A])
    layer = frame.eval_on_selector("#tbt-layer-select", "e => e.value")
    step = int(frame.get_attribute(BLOCK.format(RUN_A), "data-step"))
    body = tb.api("features", run=RUN_A, layer=layer, step=step)
    k = len(body["recorded"])
    assert k == body["channels"]  # a narrow layer: every channel recorded
    for model in ("pretrained", "current"):
        st = list_state(frame, RUN_A, model)
        assert st["rows"] == k and len(st["dom"]) == k  # every row drawn: K fits the view
        assert st["order"] == st["dom"] == body["models"][model]["ranking"]
        ranks = frame.eval_on_selector_all(LIST.format(RUN_A, model) + " .tbt-feat-row .tbt-feat-rank",
                                           "es => es.map(e => e.textContent)")
        assert ranks == [str(i + 1) for i in range(k)]
    frame.click(PANEL + " .tbt-segmented button[data-value='least']")
    frame.wait_for_selector(PANEL + " .tbt-segmented button[data-value='least'][aria-pressed='true']")
    for model in ("pretrained", "current"):
        st = list_state(frame, RUN_A, model)
        assert st["order"][:len(finite_ranking(body, model))] == finite_ranking(body, model)[::-1]
    screenshot(page, "feature-lists-least", frame=frame, section="feature")


def test_wide_layer_is_virtualised_in_api_order(page, tb):
    frame = open_features(page, tb, [RUN_A])
    set_layer(frame, "classifier.1", RUN_A)  # 32 channels: more than the 10 rows in view
    step = int(frame.get_attribute(BLOCK.format(RUN_A), "data-step"))
    body = tb.api("features", run=RUN_A, layer="classifier.1", step=step)
    st = list_state(frame, RUN_A, "current")
    assert st["rows"] == 32 == len(body["recorded"])
    assert st["order"] == body["models"]["current"]["ranking"]
    assert len(st["dom"]) < 32 and st["dom"] == st["order"][:len(st["dom"])]  # only the rows in view (+ a few)
    frame.eval_on_selector(LIST.format(RUN_A, "current"), "e => { e.scrollTop = e.scrollHeight; }")
    frame.wait_for_function("sel => document.querySelector(sel).dataset.end === '32'",
                            arg=LIST.format(RUN_A, "current"))
    st = list_state(frame, RUN_A, "current")
    assert st["dom"] == st["order"][-len(st["dom"]):] and len(st["dom"]) < 32
    # a channel selected elsewhere (the slope chart) is scrolled into view and highlighted
    first = st["order"][0]
    frame.dispatch_event(f'[data-panel="feature-slopes"] .tbt-feat-slope-line[data-channel="{first}"]', "click")
    frame.wait_for_selector(LIST.format(RUN_A, "current") + f' .tbt-feat-row.tbt-selected[data-channel="{first}"]')
    assert frame.eval_on_selector(LIST.format(RUN_A, "current"), "e => e.scrollTop") == 0


def test_histograms_count_the_groups_instances_per_domain(page, tb):
    frame = open_features(page, tb, [RUN_A])
    layer = frame.eval_on_selector("#tbt-layer-select", "e => e.value")
    inst = tb.api("instances", run=RUN_A, layer=layer)
    domain, label = np.array(inst["domain"]), np.array(inst["label"])

    def check(rows):
        want = [int((domain[rows] == 0).sum()), int((domain[rows] == 1).sum())]
        assert frame.get_attribute(BLOCK.format(RUN_A), "data-count") == f"{want[0]},{want[1]}"
        for model in ("pretrained", "current"):
            counts = list_state(frame, RUN_A, model)["counts"]
            assert counts
            for c in counts:
                src, tgt = ([int(x) for x in half.split(",")] for half in c.split("|"))
                assert [sum(src), sum(tgt)] == want

    check(np.arange(len(domain)))  # no class selected: every instance
    frame.select_option("#tbt-class-select", "2")
    in_class = [int(((label == 2) & (domain == d)).sum()) for d in (0, 1)]
    wait_list(frame, RUN_A, count=f"{in_class[0]},{in_class[1]}")
    check(np.flatnonzero(label == 2))


def test_clicking_a_row_selects_the_channel_everywhere(page, tb):
    frame = open_features(page, tb, [RUN_A])
    frame.wait_for_selector('[data-panel="feature-slopes"] .tbt-feat-slope-line')
    order = list_state(frame, RUN_A, "current")["order"]
    channel = order[1]
    frame.click(LIST.format(RUN_A, "current") + f' .tbt-feat-row[data-channel="{channel}"]')
    frame.wait_for_selector(LIST.format(RUN_A, "pretrained") + f' .tbt-feat-row.tbt-selected[data-channel="{channel}"]')
    for model in ("pretrained", "current"):
        assert list_state(frame, RUN_A, model)["selected"] == [channel]
    assert frame.get_attribute(LIST.format(RUN_A, "current") + f' .tbt-feat-row[data-channel="{channel}"]',
                               "aria-current") == "true"
    frame.wait_for_selector(
        f'[data-panel="feature-slopes"] .tbt-feat-slope-line[data-channel="{channel}"] .tbt-selected')
    # the checkbox toggles the projection's channels, not the selection
    box = LIST.format(RUN_A, "current") + f' .tbt-feat-row[data-channel="{order[-1]}"] input'
    before = frame.is_checked(box)
    frame.click(box)
    frame.wait_for_function("([sel, v]) => document.querySelector(sel).checked === v", arg=[box, not before])
    assert list_state(frame, RUN_A, "current")["selected"] == [channel]


def test_slope_chart_lines_are_the_ranks_of_both_models(page, tb):
    frame = open_features(page, tb, [RUN_A])
    layer = frame.eval_on_selector("#tbt-layer-select", "e => e.value")
    step = int(frame.get_attribute(BLOCK.format(RUN_A), "data-step"))
    body = tb.api("features", run=RUN_A, layer=layer, step=step)
    frame.wait_for_selector('[data-panel="feature-slopes"] .tbt-feat-slope-line')
    lines = frame.eval_on_selector_all(
        '[data-panel="feature-slopes"] .tbt-feat-slope-line',
        "es => es.map(e => [e.dataset.channel, e.dataset.from, e.dataset.to].map(Number))")
    pre = {c: i + 1 for i, c in enumerate(finite_ranking(body, "pretrained"))}
    cur = {c: i + 1 for i, c in enumerate(finite_ranking(body, "current"))}
    top = set(list(pre)[:20]) | set(list(cur)[:20])
    assert sorted(c for c, _, _ in lines) == sorted(top)
    assert all(pre[c] == a and cur[c] == b for c, a, b in lines)
    # the end labels of each side are 11 px apart at least (10 px text): none overlaps another
    ends = frame.eval_on_selector_all('[data-panel="feature-slopes"] .tbt-feat-end',
                                      "es => es.map(e => [e.getAttribute('text-anchor'), Number(e.getAttribute('y'))])")
    assert len(ends) >= 2 * min(20, len(pre))
    for side in ("start", "end"):
        ys = sorted(y for a, y in ends if a == side)
        assert all(b - a >= 11 - 1e-6 for a, b in zip(ys, ys[1:])), ys


@pytest.mark.parametrize("dark", [False, True])
def test_runs_side_by_side_light_and_dark(page, tb, dark):
    frame = open_features(page, tb, [RUN_A, RUN_B], dark=dark)
    set_layer(frame, "features.4", RUN_B)
    wait_list(frame, RUN_A)
    for run in (RUN_A, RUN_B):
        status = frame.text_content(BLOCK.format(run) + " .tbt-feat-status")
        assert status.startswith("features.4 ·") and "all classes" in status
        assert list_state(frame, run, "current")["rows"] == 16
    assert frame.eval_on_selector("html", "e => e.classList.contains('tbt-dark')") == dark
    fg = frame.eval_on_selector(LIST.format(RUN_A, "current") + " .tbt-feat-row", "e => getComputedStyle(e).color")
    assert fg == ("rgb(232, 234, 237)" if dark else "rgb(32, 33, 36)")
    screenshot(page, f"feature-lists-{'dark' if dark else 'light'}", frame=frame, section="feature")
