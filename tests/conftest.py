"""Shared pytest configuration, and the fixtures the browser tests (``test_browser*.py``) share. Keep fixtures that
only one test module needs in that module."""
import os

# Torch and BLAS on a 2-core machine: keep test processes from oversubscribing.
os.environ.setdefault("OMP_NUM_THREADS", "2")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def tb(tmp_path_factory):
    """A ``tensorboard`` process on THE browser tests' log directory (``make_browser_logdir``). No test writes to that
    directory, and every page is a fresh browser context, so the modules share one server; a module whose log
    directory differs overrides ``tb``."""
    from browser_helpers import make_browser_logdir, tensorboard

    logdir = tmp_path_factory.mktemp("browser_logs")
    info = make_browser_logdir(logdir)
    with tensorboard(logdir, expect_runs=len(info["steps"]) + 1) as server:
        yield server


@pytest.fixture(scope="session")
def structure_tb(tmp_path_factory):
    """A ``tensorboard`` process on the model structure level's real runs (``structure_runs``), trained once for the
    modules that read them and never written to; ``structure_tb.logdir`` is their directory."""
    from browser_helpers import tensorboard
    from structure_runs import RUNS, train_structure_runs

    logdir = tmp_path_factory.mktemp("structure_logs")
    train_structure_runs(logdir)
    with tensorboard(logdir, expect_runs=len(RUNS)) as server:
        yield server


@pytest.fixture(scope="module")
def chromium():
    """A headless Chromium for one test module. Not per session: an open sync Playwright marks the thread's asyncio
    loop as running, which the tests after the browser modules must not inherit."""
    from browser_helpers import browser

    with browser() as b:
        yield b


@pytest.fixture
def page(chromium):
    """A page in a fresh browser context; the test fails if the page threw an uncaught error or opened a dialog."""
    from browser_helpers import recorded_page

    with recorded_page(chromium) as pg:
        yield pg
        assert not pg.errors, pg.errors
        assert not pg.dialogs, pg.dialogs
