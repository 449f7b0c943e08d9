"""The Findings panel in a real browser (real ``tensorboard`` process on real tiny training runs, headless Chromium):
it is the first section, shows what ``/findings`` says for each selected run, and a finding's "Show evidence" link
selects the run, step, layer and class and scrolls to the view with the evidence; light and dark. Screenshots go to
``test-artifacts/``."""
from __future__ import annotations

import pytest

from browser_helpers import GOOD_RUNS, open_tab, screenshot, select_runs

pytestmark = pytest.mark.timeout(300)
PANEL = '[data-panel="findings"]'


def findings_api(tb, runs, step=None) -> dict:
    return tb.api("findings", run=list(runs), **({"step": step} if step is not None else {}))


def rendered(page, tb, dark=False):
    frame = open_tab(page, tb, dark=dark)
    frame.wait_for_selector(f'{PANEL}[data-rendered="true"] .tbt-findings', timeout=60_000)
    return frame


def shown(frame) -> dict:
    """{run: [(rule, status), ...]} of the findings listed (not the collapsed clear ones)."""
    return frame.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.tbt-findings-run')].map(b =>
        [b.dataset.run, [...b.querySelectorAll('.tbt-findings-list > .tbt-finding')].map(li =>
            [li.dataset.rule, li.dataset.status])]))""")


def expected(body) -> dict:
    return {r["run"]: [[f["rule"], f["status"]] for f in r["findings"] if f["status"] != "clear"] for r in body["runs"]}


def test_panel_is_first_and_shows_the_routes_findings_and_follows_the_step(tb, page):
    frame = rendered(page, tb)
    first = frame.evaluate("() => document.querySelector('.tbt-section').dataset.section")
    assert first == "findings"
    select_runs(frame, GOOD_RUNS)
    body = findings_api(tb, GOOD_RUNS)
    frame.wait_for_function("n => document.querySelectorAll('.tbt-findings-run').length === n", arg=len(GOOD_RUNS))
    frame.wait_for_selector(f'{PANEL}[data-rendered="true"]')
    assert shown(frame) == expected(body)
    assert frame.locator(".tbt-findings-compared .tbt-finding").count() == len(
        [f for f in body["compared"] if f["status"] != "clear"])
    # every listed finding shows its numbers and its rule with the threshold
    for li in frame.locator(".tbt-findings-list > .tbt-finding").all():
        assert li.locator(".tbt-finding-rule").inner_text().startswith("Rule: ")
    screenshot(page, "findings-light", frame=frame)
    # the step scrubber: step 1 everywhere
    frame.fill(".tbt-step-number", "1")
    frame.press(".tbt-step-number", "Enter")
    frame.wait_for_function("() => [...document.querySelectorAll('.tbt-findings-run')].every(b => b.dataset.runStep === '1')")
    frame.wait_for_selector(f'{PANEL}[data-rendered="true"]')
    assert shown(frame) == expected(findings_api(tb, GOOD_RUNS, 1))
    assert page.errors == []


def _click(frame, run, rule, nth=0):
    block = frame.locator(".tbt-findings-run").filter(has=frame.locator(".tbt-run-name", has_text=run)).first
    block.locator(f'.tbt-finding[data-rule="{rule}"] .tbt-finding-link').nth(nth).click()


def _in_view(frame, link) -> bool:
    """Waits (up to 10 s) until the evidence view sits just below the sticky header, highlighted."""
    frame.wait_for_function("""link => {
        const byAttr = (a, v) => [...document.querySelectorAll('[' + a + ']')].find(e => e.getAttribute(a) === v);
        const t = (link.panel && byAttr('data-panel', link.panel)) || byAttr('data-section', link.section);
        const top = t.getBoundingClientRect().top;
        const header = document.querySelector('.tbt-header').getBoundingClientRect().bottom;
        return top >= header - 2 && top < header + 120 && t.classList.contains('tbt-evidence');
    }""", arg=link, timeout=10_000)
    return True


def test_show_evidence_selects_run_step_layer_class_and_scrolls(tb, page):
    frame = rendered(page, tb)
    select_runs(frame, GOOD_RUNS[1:])  # only the second run: a link to the first must add it
    frame.wait_for_function("() => document.querySelectorAll('.tbt-findings-run').length === 1")
    body = findings_api(tb, GOOD_RUNS)
    latest = {r["run"]: r["step"] for r in body["runs"]}
    links = [(r["run"], f) for r in body["runs"] for f in r["findings"] if f["status"] != "clear" and f["link"]]
    # a link to another step and a layer (in the first run, not selected), and a link to a class
    layer_link = next(((run, f) for run, f in links if run == GOOD_RUNS[0] and f["link"]["layer"]
                       and f["link"]["step"] != latest[run]), None)
    class_link = next(((run, f) for run, f in links if f["link"]["class"] is not None), None)
    assert layer_link and class_link, links

    run, f = class_link
    if run != GOOD_RUNS[1]:
        select_runs(frame, GOOD_RUNS)
    frame.wait_for_selector(f'.tbt-finding[data-rule="{f["rule"]}"]')
    _click(frame, run, f["rule"], [g for r2, g in links if r2 == run and g["rule"] == f["rule"]].index(f))
    link = f["link"]
    frame.wait_for_function("c => document.querySelector('#tbt-class-select').value === String(c)", arg=link["class"])
    frame.wait_for_function("l => (() => { const b = document.querySelector('[data-panel=\"' + l.panel + '\"]');"
                            " return b && b.classList.contains('tbt-evidence'); })()", arg=link)
    assert _in_view(frame, link)
    screenshot(page, "findings-class-link", full_page=False)

    # the layer link: from the first run (added to the selection), another step
    select_runs(frame, GOOD_RUNS[1:])
    frame.wait_for_function("() => document.querySelectorAll('.tbt-findings-run').length === 1")
    frame.evaluate("() => window.scrollTo(0, 0)")
    run, f = layer_link
    select_runs(frame, GOOD_RUNS)
    frame.wait_for_function("n => document.querySelectorAll('.tbt-findings-run').length === n", arg=2)
    frame.wait_for_selector(f'{PANEL}[data-rendered="true"]')
    link = f["link"]
    _click(frame, run, f["rule"])
    frame.wait_for_function("l => document.querySelector('#tbt-layer-select').value === l.layer", arg=link)
    frame.wait_for_function("l => document.querySelector('.tbt-step-number').value === String(l.step)", arg=link)
    chips = frame.locator(".tbt-chip .tbt-run-name").all_inner_texts()
    assert run in chips
    assert _in_view(frame, link)
    # the panel follows the new step: the run's block now shows the link's step
    frame.wait_for_function("s => [...document.querySelectorAll('.tbt-findings-run')].some(b => b.dataset.runStep === s)",
                            arg=str(link["step"]))
    assert page.errors == []


def test_dark_mode(tb, page):
    frame = rendered(page, tb, dark=True)
    assert frame.evaluate("() => document.documentElement.classList.contains('tbt-dark')")
    colors = frame.evaluate("""() => {
        const li = document.querySelector('.tbt-finding'); const s = getComputedStyle(li);
        return [s.backgroundColor, getComputedStyle(li.querySelector('.tbt-finding-sentence')).color];
    }""")
    rgb = lambda c: [int(x) for x in c[c.index("(") + 1: c.index(")")].split(",")[:3]]  # noqa: E731
    assert sum(rgb(colors[0])) / 3 < 90 and sum(rgb(colors[1])) / 3 > 180, colors
    screenshot(page, "findings-dark", frame=frame)
