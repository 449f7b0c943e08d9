"""Helpers for the browser tests and benchmarks: a real ``tensorboard`` process on a free port, headless Chromium
through Python Playwright, the Transfer tab's iframe, screenshots into ``test-artifacts/``.

The log directory the browser tests look at is built by ONE function, :func:`make_browser_logdir`; switching the
tests from synthetic runs to real training runs is a change there only.
"""
from __future__ import annotations

import atexit
import contextlib
import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator
from urllib.parse import quote, urlencode

import numpy as np

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = os.environ.get("TB_TRANSFER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PLUGIN = "tb_transfer"
XSS_RUN = "<img src=x onerror=alert(1)>"
CORRUPT_RUN = "corrupt_run"
GOOD_RUNS = ("finetune_all", "freeze_features")


# ---------------------------------------------------------------------------------------------------------------
# The log directory


def write_corrupt_run(logdir: str | Path, run: str = CORRUPT_RUN) -> Path:
    """A run whose event file holds a valid ``performance`` record next to a ``run_info`` record whose payload is
    not JSON: TensorBoard reads the file, our backend reports the run with an error."""
    from tensorboard.compat.proto import event_pb2, summary_pb2
    from tensorboard.summary.writer.event_file_writer import EventFileWriter

    from tb_transfer import contract, summary

    path = Path(logdir) / run
    perf = summary.summary_value("performance", np.full((3, 2), 0.5, np.float32),
                                 axes={"split": contract.SPLITS, "metric": contract.METRICS})
    info = summary.summary_value("run_info", {"class_names": ["x"]})
    info.tensor.string_val[0] = b"{not json"
    writer = EventFileWriter(str(path))
    writer.add_event(event_pb2.Event(wall_time=1.0, step=0, summary=summary_pb2.Summary(value=[perf, info])))
    writer.close()
    return path


_trained_cache: Path | None = None


def make_browser_logdir(logdir: str | Path) -> dict:
    """THE log directory of the browser tests, made by real, small, seeded training with the callback
    (``tests/tiny_runs.py``): two runs to compare (fine-tune all, frozen features), a run named like an XSS payload
    and a run whose data cannot be read. Returns ``{"runs": [...good run names], "steps": {run: [...]}, ...}``.

    The runs are trained once per test process and copied into ``logdir``.
    """
    global _trained_cache
    import shutil
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from tiny_runs import train_runs

    epochs = 5
    if _trained_cache is None:
        cache = Path(tempfile.mkdtemp(prefix="tb-transfer-browser-"))
        atexit.register(shutil.rmtree, cache, ignore_errors=True)
        train_runs(cache, epochs=epochs, runs=GOOD_RUNS + (XSS_RUN,))
        _trained_cache = cache
    shutil.copytree(_trained_cache, logdir, dirs_exist_ok=True)
    write_corrupt_run(logdir)
    steps = list(range(epochs + 1))
    return {"runs": list(GOOD_RUNS), "xss_run": XSS_RUN, "corrupt_run": CORRUPT_RUN,
            "steps": {run: steps for run in GOOD_RUNS + (XSS_RUN,)}}


def make_benchmark_logdir(logdir: str | Path, runs: int = 10, steps: int = 50) -> list[str]:
    """``runs`` synthetic runs × ``steps`` steps (statistics-level kinds only, to keep writing fast)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from fixtures import write_synthetic_run

    kinds = ["performance", "transferability", "class_accuracy", "confusion", "leep", "layer_stats", "failures"]
    names = [f"run_{i:02d}" for i in range(runs)]
    for i, name in enumerate(names):
        write_synthetic_run(logdir, name, steps=steps, n_classes=10, seed=i, kinds=kinds, bn=False,
                            weight_steps=False)
    return names


# ---------------------------------------------------------------------------------------------------------------
# TensorBoard


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


class TensorBoard:
    """A ``tensorboard`` subprocess serving ``logdir`` on 127.0.0.1:``port``."""

    def __init__(self, logdir: str | Path, port: int | None = None, load_fast: str = "false",
                 extra: tuple[str, ...] = ()):
        self.logdir = str(logdir)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        exe = Path(sys.executable).with_name("tensorboard")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tensorboard.main"]
        self.cmd = cmd + ["--logdir", self.logdir, "--port", str(self.port), "--host", "127.0.0.1",
                          "--load_fast", load_fast, "--reload_interval", "1", *extra]
        ARTIFACTS.mkdir(exist_ok=True)
        self.log_path = ARTIFACTS / f"tensorboard-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    def start(self, expect_runs: int = 1, timeout: float = 60.0) -> "TensorBoard":
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(self.cmd, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        self.wait_ready(expect_runs, timeout)
        return self

    def wait_ready(self, expect_runs: int, timeout: float) -> None:
        """Until the plugin lists at least ``expect_runs`` runs (the data is loaded)."""
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"tensorboard exited ({self.proc.returncode}); log: {self.log_path.read_text()[-3000:]}")
            try:
                code, body = http_get(f"{self.url}/data/plugin/{PLUGIN}/runs", timeout=2)
                if code == 200 and len(json.loads(body)["runs"]) >= expect_runs:
                    return
                last = f"{code} {body[:200]!r}"
            except (OSError, ValueError) as err:
                last = repr(err)
            time.sleep(0.3)
        raise TimeoutError(f"tensorboard not ready after {timeout}s: {last}")

    def api(self, route: str, **params) -> dict:
        """The JSON of ``GET /data/plugin/tb_transfer/<route>?<params>`` (a list value repeats its key; ``class``
        goes as ``**{"class": c}``); asserts the answer is 200."""
        query = urlencode(params, doseq=True, quote_via=quote)
        code, body = http_get(f"{self.url}/data/plugin/{PLUGIN}/{route}" + (f"?{query}" if query else ""))
        assert code == 200, (code, body[:300])
        return json.loads(body)

    def wait_steps(self, run: str, n: int, timeout: float = 30.0) -> None:
        """Until ``/runs`` lists at least ``n`` steps for ``run`` (TensorBoard reloaded the files)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            runs = {r["run"]: r for r in self.api("runs")["runs"]}
            if run in runs and len(runs[run]["steps"]) >= n:
                return
            time.sleep(0.3)
        raise TimeoutError(f"{run} did not reach {n} steps")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if getattr(self, "_log", None):
            self._log.close()


@contextlib.contextmanager
def tensorboard(logdir: str | Path, expect_runs: int = 1, **kwargs) -> Iterator[TensorBoard]:
    tb = TensorBoard(logdir, **kwargs)
    try:
        yield tb.start(expect_runs=expect_runs)
    finally:
        tb.stop()


# ---------------------------------------------------------------------------------------------------------------
# Browser


@contextlib.contextmanager
def browser() -> Iterator[object]:
    """A headless Chromium (the system's; never downloaded)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@contextlib.contextmanager
def recorded_page(b) -> Iterator[object]:
    """A page in a fresh browser context (downloads accepted) that records its uncaught errors in ``page.errors`` and
    its dialogs (dismissed) in ``page.dialogs``; the context is closed afterwards."""
    context = b.new_context(accept_downloads=True)
    pg = context.new_page()
    pg.errors, pg.dialogs = [], []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    try:
        yield pg
    finally:
        context.close()


def tab_url(tb: TensorBoard, dark: bool = False) -> str:
    return f"{tb.url}/{'?darkMode=true' if dark else ''}#{PLUGIN}"


def plugin_frame(page, timeout: float = 30.0):
    """The Transfer tab's iframe (plugin_entry.html?name=tb_transfer) once its module has rendered the app."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "plugin_entry.html" in frame.url and f"name={PLUGIN}" in frame.url:
                try:
                    if frame.query_selector(".tbt-app"):
                        return frame
                except Exception:  # frame navigating
                    pass
        page.wait_for_timeout(100)
    raise TimeoutError("the Transfer tab's iframe did not render")


def open_tab(page, tb: TensorBoard, dark: bool = False, width: int = 1440, height: int = 1000):
    """Opens TensorBoard on the Transfer tab and returns the plugin frame."""
    page.set_viewport_size({"width": width, "height": height})
    page.goto(tab_url(tb, dark))
    return plugin_frame(page)


def wait_stat_rendered(frame, timeout_ms: int = 30_000) -> None:
    frame.wait_for_selector('[data-panel="statistics"][data-rendered="true"]', timeout=timeout_ms)


def select_runs(frame, runs) -> None:
    """Selects exactly ``runs``, in this order, with the run selector (open the popover, Clear, check each, Escape)."""
    frame.click("#tbt-runs-button")
    frame.click(".tbt-popover button:has-text('Clear')")
    for run in runs:
        frame.locator(".tbt-run-row", has=frame.locator(".tbt-run-name", has_text=run)).first.locator("input").check()
    frame.press(".tbt-popover input[type=search]", "Escape")


def open_runs(page, tb: TensorBoard, runs, dark: bool = False, height: int = 1100):
    """Opens the Transfer tab 1500 px wide, waits for the statistics level, selects exactly ``runs`` and returns the
    plugin frame (the caller waits for the view it checks)."""
    frame = open_tab(page, tb, dark=dark, width=1500, height=height)
    wait_stat_rendered(frame)
    select_runs(frame, runs)
    return frame


def download_csv(page, frame, button: str) -> list[list[str]]:
    """Clicks the export ``button`` (a selector in ``frame``) and returns the rows of the CSV file it downloads."""
    with page.expect_download() as dl:
        frame.locator(button).click()
    return list(csv.reader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))


def screenshot(page, name: str, full_page: bool = True, frame=None, section: str | None = None) -> Path:
    """Saves test-artifacts/<name>.png: the page, or with ``frame`` the whole plugin document, or with ``section``
    too only ``[data-section=<section>]``, at its whole height."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    if frame is not None:
        # The iframe is only as tall as the viewport; capture its scrolled document by growing the viewport (the
        # sticky header then stays above what is captured), and give the charts time to redraw after each resize.
        h = frame.evaluate("() => document.documentElement.scrollHeight")
        vp = page.viewport_size
        page.set_viewport_size({"width": vp["width"], "height": min(max(h + 80, vp["height"]), 9000)})
        page.wait_for_timeout(400)
        frame.locator(f'[data-section="{section}"]' if section else ".tbt-app").screenshot(path=str(path))
        page.set_viewport_size(vp)
        page.wait_for_timeout(200)
    else:
        page.screenshot(path=str(path), full_page=full_page)
    return path
