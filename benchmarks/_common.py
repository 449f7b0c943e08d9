"""What the benchmarks share: a real `tensorboard` serving a logdir until every step is loaded, timed requests, the
Transfer tab's first render in headless Chromium, and the memory of a process tree."""
from __future__ import annotations

import contextlib
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser_helpers import PLUGIN, TensorBoard, browser, http_get, plugin_frame, tab_url  # noqa: E402

MARK = "tb-transfer:stat-rendered"

TIMES_JS = """() => {
  const top = window.top.performance;
  const nav = top.timeOrigin;                           // navigation start of the TensorBoard page
  const m = performance.getEntriesByName('%s')[0];
  const f = performance.getEntriesByName('tb-transfer:frame-start')[0];
  const el = document.querySelector('[data-panel="statistics"]');
  return {
    navToRendered: performance.timeOrigin + m.startTime - nav,
    iframeToRendered: m.startTime,
    navToIframe: performance.timeOrigin - nav,
    frameStartToRendered: f ? m.startTime - f.startTime : null,
    runs: Number(el.dataset.runs),
    // when the last /statistics answer arrived, and how long the statistical level's own render took
    dataDone: Math.max(...performance.getEntriesByType('resource').filter(e => e.name.includes('statistics?'))
      .map(e => e.responseEnd)) - (f ? f.startTime : 0),
    statRender: performance.getEntriesByName('tb-transfer:stat-render').filter(e => e.startTime <= m.startTime)
      .map(e => e.duration).pop(),
    markers: [...document.querySelectorAll('[data-panel="stat-accuracy"] .tbt-marker')]
      .reduce((s, e) => s + Number(e.getAttribute('data-points')), 0),
  };
}""" % MARK


@contextlib.contextmanager
def serve(logdir, load_fast: str = "false", runs: int = 1, steps: int = 1, timeout: float = 600,
          extra: tuple[str, ...] = ("--reload_interval", "0")) -> Iterator[TensorBoard]:
    """A `tensorboard` process over ``logdir`` (``load_fast``: "false" = Python loader, "true" = Rust data server),
    yielded once `/runs` lists at least ``runs`` runs with at least ``steps`` steps each (``tb.loaded_s``: how long
    that took); stopped afterwards. The default ``--reload_interval 0`` loads the logdir once."""
    tb = TensorBoard(logdir, load_fast=load_fast, extra=extra)
    try:
        tb.start(expect_runs=1, timeout=timeout)
        start = time.monotonic()
        while True:
            code, body = http_get(f"{tb.url}/data/plugin/{PLUGIN}/runs", timeout=120)
            got = json.loads(body)["runs"] if code == 200 else []
            if len(got) >= runs and all(len(r["steps"]) >= steps for r in got):
                break
            if time.monotonic() - start > timeout:
                raise TimeoutError(f"not every step loaded after {timeout} s")
            time.sleep(1)
        tb.loaded_s = time.monotonic() - start
        yield tb
    finally:
        tb.stop()


def timed(url: str, repeat: int, accept=(200,)) -> list[float]:
    """Seconds of each of ``repeat`` GETs of ``url`` (raises unless each answers a status in ``accept``)."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        code, body = http_get(url, timeout=120)
        out.append(time.perf_counter() - start)
        if code not in accept:
            raise RuntimeError(f"{url}: {code} {body[:200]!r}")
    return out


def median_ms(url: str, repeat: int) -> float:
    return statistics.median(timed(url, repeat)) * 1000


def first_renders(tb: TensorBoard, repeat: int = 1) -> list[dict]:
    """The Transfer tab opened ``repeat`` times, each in a fresh headless Chromium page: the timings of
    :data:`TIMES_JS` (milliseconds from the plugin frame's start, and from TensorBoard's navigation, to the
    statistical level rendered for the runs the tab selects at first)."""
    out = []
    with browser() as b:
        for _ in range(repeat):
            context = b.new_context(viewport={"width": 1440, "height": 1000})
            page = context.new_page()
            page.goto(tab_url(tb))
            frame = plugin_frame(page, timeout=120)
            frame.wait_for_function(f"() => performance.getEntriesByName('{MARK}').length > 0", timeout=120_000)
            out.append(frame.evaluate(TIMES_JS))
            context.close()
    return out


def rss(pid: int) -> int:
    """Resident bytes of process ``pid`` and its children (TensorBoard's data server included)."""
    import psutil

    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc] + proc.children(recursive=True) if p.is_running())


def wait_idle(pid: int, below: float = 0.1, quiet: int = 3, timeout: float = 120.0) -> float:
    """Seconds waited until process ``pid`` and its children used less than ``below`` of a core in each of ``quiet``
    seconds in a row (TensorBoard done loading, and the plugin's warm-up, which polls the listing every second before
    it starts, done), at most ``timeout``."""
    import psutil

    start, calm = time.monotonic(), 0
    procs = [psutil.Process(pid)] + psutil.Process(pid).children(recursive=True)
    while time.monotonic() - start < timeout and calm < quiet:
        before = sum(sum(p.cpu_times()[:2]) for p in procs if p.is_running())
        time.sleep(1.0)
        calm = calm + 1 if sum(sum(p.cpu_times()[:2]) for p in procs if p.is_running()) - before < below else 0
    return time.monotonic() - start
