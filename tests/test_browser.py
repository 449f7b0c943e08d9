"""The Transfer tab in a real browser: a real ``tensorboard`` process, headless Chromium (Python Playwright), the
plugin's iframe. Screenshots go to ``test-artifacts/``.

What is checked: the tab loads and lists the runs; the accuracy curves have as many points as ``/statistics`` has
steps; clicking a class row selects the class in every panel that shows it; two runs compare side by side; dark
mode; a run whose data cannot be read shows its error while the others render; a run named like an XSS payload is
shown as text; exports; keyboard use of the step scrubber.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from browser_helpers import (
    CORRUPT_RUN, GOOD_RUNS, XSS_RUN, open_tab, screenshot, select_runs, tensorboard, wait_stat_rendered,
)

# No skips: a missing Chromium or bundle is a failure (scripts/test.sh installs and checks both).
pytestmark = pytest.mark.timeout(300)


def loaded(page, tb, dark: bool = False):
    frame = open_tab(page, tb, dark=dark)
    wait_stat_rendered(frame)
    return frame


def test_tab_loads_and_lists_runs(tb, page):
    frame = loaded(page, tb)
    expected = {r["run"] for r in tb.api("runs")["runs"]}
    assert expected == set(GOOD_RUNS) | {XSS_RUN, CORRUPT_RUN}
    chips = set(frame.locator(".tbt-chip .tbt-run-name").all_text_contents())
    assert chips == expected  # every run selected by default (fewer than 10)
    frame.click("#tbt-runs-button")
    listed = set(frame.locator(".tbt-run-list .tbt-run-name").all_text_contents())
    assert listed == expected
    # the filter narrows the list
    frame.fill(".tbt-popover input[type=search]", "^fine")
    assert frame.locator(".tbt-run-list .tbt-run-name").all_text_contents() == ["finetune_all"]
    frame.press(".tbt-popover input[type=search]", "Escape")
    assert frame.locator(".tbt-popover").is_hidden()
    # the statistics level and every level's panels are there
    for panel in ("stat-summary", "stat-accuracy", "stat-transferability", "stat-classes", "stat-confusion", "stat-layers"):
        assert frame.locator(f'[data-panel="{panel}"]').count() == 1
    for section, panel in (("feature", "feature-lists"), ("feature", "feature-projection"),
                           ("structure", "structure-matrices"), ("structure", "structure-layer-cka")):
        assert frame.locator(f'[data-section="{section}"] [data-panel="{panel}"]').count() == 1
    assert frame.locator('[data-section="instance"] [data-panel="instance-scatter"]').count() == 1
    mark = frame.evaluate("() => performance.getEntriesByName('tb-transfer:stat-rendered').length")
    assert mark == 1
    screenshot(page, "browser-light", frame=frame)
    assert not page.errors and not page.dialogs


def test_accuracy_points_match_statistics_steps(tb, page):
    frame = loaded(page, tb)
    for run in GOOD_RUNS:
        stats = tb.api("statistics", run=run)
        splits = stats["performance"]["splits"]
        for split in ("source", "target", "target_val"):
            i = splits.index(split)
            with_value = sum(1 for v in stats["performance"]["values"] if v is not None and v[i][1] is not None)
            assert with_value == len(stats["steps"])
            n = frame.evaluate(
                """([id]) => [...document.querySelectorAll('[data-panel="stat-accuracy"] .tbt-line-series')]
                       .filter((g) => g.getAttribute('data-series') === id)
                       .flatMap((g) => [...g.querySelectorAll('.tbt-marker')])
                       .reduce((s, m) => s + Number(m.getAttribute('data-points')), 0)""",
                [f"{run}:{split}"],
            )
            assert n == len(stats["steps"]), (run, split, n)
    # the selected (latest) step is marked
    assert frame.locator('[data-panel="stat-accuracy"] .tbt-mark-x').count() == 1


def test_class_row_selects_class_everywhere(tb, page):
    frame = loaded(page, tb)
    names = tb.api("statistics", run=GOOD_RUNS[0])["class_names"]
    frame.locator('[data-panel="stat-classes"] tbody tr[data-key="2"]').click()
    wait_stat_rendered(frame)
    frame.wait_for_function("() => document.querySelector('#tbt-class-select').value === '2'")
    selected_rows = frame.locator('[data-panel="stat-classes"] tbody tr.tbt-selected')
    assert selected_rows.count() == 1 and selected_rows.get_attribute("data-key") == "2"
    # every confusion matrix outlines the class and bolds its name, on both axes
    n_matrices = frame.locator('[data-panel="stat-confusion"] .tbt-heatmap').count()
    assert n_matrices >= 2
    ticks = frame.locator('[data-panel="stat-confusion"] .tbt-tick-selected').all_text_contents()
    assert ticks == [names[2]] * (2 * n_matrices)
    assert frame.locator('[data-panel="stat-confusion"] .tbt-heatmap-hl').count() == 2 * n_matrices
    assert names[2] in frame.locator('[data-panel="stat-classes"] .tbt-caption').text_content()
    # the class picker drives the table back
    frame.select_option("#tbt-class-select", "0")
    frame.wait_for_function(
        "() => document.querySelector('[data-panel=\"stat-classes\"] tbody tr.tbt-selected')?.dataset.key === '0'"
    )
    # clicking a confusion cell selects its true class
    screenshot(page, "browser-class-selected", frame=frame)


def test_two_runs_side_by_side(tb, page):
    frame = loaded(page, tb)
    select_runs(frame, GOOD_RUNS)
    wait_stat_rendered(frame)
    assert sorted(frame.locator(".tbt-chip .tbt-run-name").all_text_contents()) == sorted(GOOD_RUNS)
    cards = frame.locator('[data-panel="stat-summary"] .tbt-card .tbt-run-name').all_text_contents()
    assert cards == list(GOOD_RUNS)
    series = set(frame.eval_on_selector_all('[data-panel="stat-accuracy"] .tbt-line-series', "els => els.map(e => e.dataset.series)"))
    assert {f"{r}:target_val" for r in GOOD_RUNS} <= series
    legend = frame.locator('[data-panel="stat-accuracy"] .tbt-legend-label').all_text_contents()
    assert all(r in legend for r in GOOD_RUNS)
    titles = frame.locator('[data-panel="stat-confusion"] .tbt-multiple .tbt-run-name').all_text_contents()
    assert titles == list(GOOD_RUNS)
    # the two matrices sit side by side (same top, different left)
    boxes = [frame.locator('[data-panel="stat-confusion"] .tbt-multiple').nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[1]["x"] > boxes[0]["x"] + boxes[0]["width"] - 2
    # the domain toggle redraws both matrices for the source probe
    frame.click('[data-panel="stat-confusion"] .tbt-segmented button[data-value="source"]')
    frame.wait_for_function(
        "() => [...document.querySelectorAll('[data-panel=\"stat-confusion\"] [aria-label]')].filter(e => "
        "e.getAttribute('aria-label').startsWith('source confusion matrix')).length === 2"
    )
    pressed = frame.eval_on_selector_all('[data-panel="stat-confusion"] .tbt-segmented button',
                                         "bs => bs.map(b => [b.dataset.value, b.getAttribute('aria-pressed')])")
    assert pressed == [["target", "false"], ["source", "true"]]
    # difference mode: the second run minus the first
    frame.click('.tbt-compare button[data-value="difference"]')
    frame.wait_for_function(
        "() => [...document.querySelectorAll('[data-panel=\"stat-accuracy\"] .tbt-axis-label')].some(t => t.textContent.includes('vs'))"
    )
    series = set(frame.eval_on_selector_all('[data-panel="stat-accuracy"] .tbt-line-series', "els => els.map(e => e.dataset.series)"))
    assert all(s.startswith(GOOD_RUNS[1] + ":") for s in series)
    screenshot(page, "browser-two-runs-difference", frame=frame)


def test_dark_mode(tb, page):
    frame = loaded(page, tb, dark=True)
    assert frame.evaluate("() => document.documentElement.classList.contains('tbt-dark')")
    bg = frame.evaluate("() => getComputedStyle(document.querySelector('.tbt-panel')).backgroundColor")
    rgb = [int(x) for x in bg[bg.index("(") + 1 : bg.index(")")].split(",")[:3]]
    assert sum(rgb) / 3 < 90, bg
    fg = frame.evaluate("() => getComputedStyle(document.querySelector('.tbt-panel-title')).color")
    rgb = [int(x) for x in fg[fg.index("(") + 1 : fg.index(")")].split(",")[:3]]
    assert sum(rgb) / 3 > 180, fg
    screenshot(page, "browser-dark", frame=frame)
    # TensorBoard's theme switch toggles the host body's class: the tab follows without a reload
    page.evaluate("() => document.body.classList.remove('dark-mode')")
    frame.wait_for_function("() => !document.documentElement.classList.contains('tbt-dark')")
    page.evaluate("() => document.body.classList.add('dark-mode')")
    frame.wait_for_function("() => document.documentElement.classList.contains('tbt-dark')")


def test_hover_shows_values(tb, page):
    frame = loaded(page, tb)
    select_runs(frame, GOOD_RUNS)
    wait_stat_rendered(frame)
    overlay = frame.locator('[data-panel="stat-accuracy"] .tbt-overlay')
    box = overlay.bounding_box()
    overlay.hover(position={"x": box["width"] - 2, "y": box["height"] / 2})
    tip = frame.locator('[data-panel="stat-accuracy"] .tbt-tooltip')
    tip.wait_for(state="visible")
    steps = tb.api("statistics", run=GOOD_RUNS[0])["steps"]
    assert tip.locator(".tbt-tooltip-title").text_content() == f"Step (epoch): {steps[-1]}"
    labels = tip.locator(".tbt-tooltip-label").all_text_contents()
    assert f"{GOOD_RUNS[0]} · target val" in labels and f"{GOOD_RUNS[1]} · source data" in labels
    values = tip.locator(".tbt-tooltip-value").all_text_contents()
    assert all(v.endswith("%") for v in values)
    # the transferability definition is on hover of its "?"
    info = frame.locator('[data-panel="stat-transferability"] .tbt-info')
    assert "minus the accuracy of the pretrained model" in info.get_attribute("title")


def test_corrupt_run_shows_its_error_while_others_render(tb, page):
    frame = loaded(page, tb)
    entry = next(r for r in tb.api("runs")["runs"] if r["run"] == CORRUPT_RUN)
    assert entry["error"]
    err = frame.locator("[data-run-error]", has=frame.locator(".tbt-run-name", has_text=CORRUPT_RUN))
    assert err.count() == 1
    assert "corrupt json" in err.text_content()
    cards = set(frame.locator('[data-panel="stat-summary"] .tbt-card .tbt-run-name').all_text_contents())
    assert set(GOOD_RUNS) <= cards and CORRUPT_RUN not in cards
    # flagged in the selector too
    chip = frame.locator(".tbt-chip.tbt-has-error .tbt-run-name").all_text_contents()
    assert chip == [CORRUPT_RUN]


def test_xss_run_name_is_text(tb, page):
    frame = loaded(page, tb)
    assert frame.locator("img").count() == 0
    assert XSS_RUN in frame.locator(".tbt-chip .tbt-run-name").all_text_contents()
    assert XSS_RUN in frame.locator('[data-panel="stat-summary"] .tbt-card .tbt-run-name').all_text_contents()
    frame.select_option('[data-panel="stat-classes"] .tbt-panel-controls select', XSS_RUN)
    wait_stat_rendered(frame)
    assert XSS_RUN in frame.locator('[data-panel="stat-classes"] .tbt-caption').text_content()
    page.wait_for_timeout(300)
    assert page.dialogs == [] and frame.evaluate("() => document.querySelectorAll('img').length") == 0


def test_exports(tb, page):
    frame = loaded(page, tb)
    with page.expect_download() as d:
        frame.click('[data-panel="stat-classes"] .tbt-export:has-text("CSV")')
    csv = Path(d.value.path()).read_bytes().decode("utf-8")
    lines = csv.split("\r\n")
    assert lines[0] == "Class,Source acc.,Target acc.,Diff.,Top target confusions"
    assert len([ln for ln in lines[1:] if ln]) == len(tb.api("statistics", run=frame.eval_on_selector(
        '[data-panel="stat-classes"] .tbt-panel-controls select', "s => s.value"))["class_names"])
    with page.expect_download() as d:
        frame.click('[data-panel="stat-accuracy"] .tbt-export:has-text("SVG")')
    svg = Path(d.value.path()).read_text()
    assert d.value.suggested_filename.endswith(".svg")
    assert "<svg" in svg and 'xmlns="http://www.w3.org/2000/svg"' in svg and "class=" not in svg
    assert "stroke:" in svg  # computed styles inlined
    with page.expect_download() as d:
        frame.click('[data-panel="stat-confusion"] .tbt-export:has-text("PNG")')
    png = Path(d.value.path()).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 2000


def test_step_scrubber_keyboard(tb, page):
    frame = loaded(page, tb)
    select_runs(frame, [GOOD_RUNS[0]])
    wait_stat_rendered(frame)
    steps = tb.api("statistics", run=GOOD_RUNS[0])["steps"]
    assert frame.input_value(".tbt-step-number") == str(steps[-1])
    frame.focus("#tbt-step-range")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    frame.wait_for_function(f"() => document.querySelector('.tbt-step-number').value === '{steps[-3]}'")
    wait_stat_rendered(frame)
    label = frame.locator('[data-panel="stat-accuracy"] .tbt-mark-x-label').text_content()
    assert label == f"step {steps[-3]}"
    assert f"step {steps[-3]}" in frame.locator('[data-panel="stat-classes"] .tbt-caption').text_content()
    frame.click(".tbt-step button:has-text('Latest')")
    frame.wait_for_function(f"() => document.querySelector('.tbt-step-number').value === '{steps[-1]}'")


def test_new_steps_appear_on_tensorboard_reload(chromium, tmp_path):
    """TensorBoard's reload (button or 30 s timer) broadcasts experimental.DataReloaded; the tab re-fetches."""
    from fixtures import write_synthetic_run

    b = chromium
    write_synthetic_run(tmp_path, "live", steps=3, n_classes=4)
    with tensorboard(tmp_path, expect_runs=1) as tb:
        context = b.new_context()
        page = context.new_page()
        frame = loaded(page, tb)
        assert frame.input_value(".tbt-step-number") == "2"
        write_synthetic_run(tmp_path, "live", steps=[3, 4, 5], n_classes=4, seed=1)  # training goes on
        tb.wait_steps("live", 6)
        page.click("button.reload-button")  # TensorBoard's own reload button, in the host page
        frame.wait_for_function("() => document.querySelector('.tbt-step-number').value === '5'", timeout=20_000)
        wait_stat_rendered(frame)
        points = """() => [...document.querySelectorAll('[data-panel="stat-accuracy"] .tbt-line-series')]
                   .filter((g) => g.dataset.series === 'live:target_val')
                   .flatMap((g) => [...g.querySelectorAll('.tbt-marker')])
                   .reduce((s, m) => s + Number(m.getAttribute('data-points')), 0)"""
        # /runs (the step picker) can answer before /statistics re-renders the charts: wait for the redraw.
        try:
            frame.wait_for_function(f"() => ({points})() === 6", timeout=20_000)
        finally:
            assert frame.evaluate(points) == 6
        context.close()


def test_run_selector_keyboard(tb, page):
    frame = loaded(page, tb)
    frame.focus("#tbt-runs-button")
    page.keyboard.press("Enter")  # opens the popover, focus in the filter
    assert frame.locator(".tbt-popover").is_visible()
    assert frame.evaluate("() => document.activeElement.type") == "search"
    page.keyboard.type("freeze")
    page.keyboard.press("ArrowDown")  # into the (filtered) list
    page.keyboard.press("Space")  # unselect freeze_features
    frame.wait_for_function(
        "() => ![...document.querySelectorAll('.tbt-chip .tbt-run-name')].some(n => n.textContent === 'freeze_features')"
    )
    page.keyboard.press("Escape")
    assert frame.locator(".tbt-popover").is_hidden()
    assert frame.evaluate("() => document.activeElement.id") == "tbt-runs-button"
    wait_stat_rendered(frame)
    cards = frame.locator('[data-panel="stat-summary"] .tbt-card .tbt-run-name').all_text_contents()
    assert "freeze_features" not in cards and "finetune_all" in cards
