"""The instance scatter in headless Chromium against a real `tensorboard`: first draw and frame time while zooming
with 2 × 5,000 probe instances (10,000 points).

Prints the scatter's own draw time (canvas marks + SVG axes) of the first draw of new data (`data-first-draw-ms`),
the time from choosing another embedding to drawn points (includes fetching and parsing `/instances`), and, while
zooming with the mouse wheel, the draw time per frame and the interval between animation frames (median and 95th
percentile), each beside its goal.

    .venv/bin/python benchmarks/instance_render.py [--per-domain 5000]

Goals (issue 7): first draw ≤ 100 ms; frame time while zooming ≤ 33 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser_helpers import browser, open_tab, tensorboard, wait_stat_rendered  # noqa: E402
from fixtures import write_synthetic_run  # noqa: E402


def pct(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, int(q * (len(v) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-domain", type=int, default=5000)
    parser.add_argument("--wheel-events", type=int, default=60)
    args = parser.parse_args()
    n = 2 * args.per_domain
    with tempfile.TemporaryDirectory() as logdir:
        write_synthetic_run(logdir, "big", steps=2, n_per_domain=args.per_domain, n_classes=10, embedding_dim=64,
                            kinds=["embedding", "instance_meta", "instance_outcome", "performance", "class_accuracy"],
                            bn=False, weight_steps=False)
        with tensorboard(logdir) as tb, browser() as b:
            page = b.new_page()
            frame = open_tab(page, tb, width=1500, height=1100)
            wait_stat_rendered(frame)
            frame.wait_for_selector(".tbt-inst-scatter[data-points]", timeout=120_000)
            # Time a fresh draw of the same data: switch the layer away and back (answers cached by then too).
            start = time.perf_counter()
            frame.select_option(".tbt-inst-embedding", "penultimate")
            frame.wait_for_selector('.tbt-inst-scatter[data-layer="penultimate"]:not([data-animating])', timeout=120_000)
            to_points = time.perf_counter() - start
            points = int(frame.get_attribute(".tbt-inst-scatter", "data-points"))
            first_draw = float(frame.get_attribute(".tbt-inst-scatter", "data-first-draw-ms"))
            print(f"{points} points drawn (API N = {n})")
            print(f"first draw (canvas + axes): {first_draw:7.1f} ms   goal 100 ms   ratio {first_draw / 100:.2f}")
            print(f"selecting the layer → points drawn (fetch + parse + draw): {to_points * 1000:.0f} ms")
            frame.evaluate("""() => {
                const el = document.querySelector('.tbt-inst-scatter');
                window.__draws = []; window.__frames = [];
                new MutationObserver(() => window.__draws.push(Number(el.dataset.drawMs)))
                  .observe(el, {attributes: true, attributeFilter: ['data-draw-ms']});
                let last = performance.now();
                const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 100000) requestAnimationFrame(tick); };
                requestAnimationFrame(tick);
            }""")
            frame.locator(".tbt-inst-scatter").scroll_into_view_if_needed()
            box = frame.locator(".tbt-inst-scatter").bounding_box()
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            frame.evaluate("() => { window.__draws.length = 0; window.__frames.length = 0; }")
            for k in range(args.wheel_events):
                page.mouse.wheel(0, -60 if k < args.wheel_events // 2 else 60)
                page.wait_for_timeout(16)
            page.wait_for_timeout(200)
            draws = frame.evaluate("() => window.__draws")
            frames = frame.evaluate("() => window.__frames")[1:]
            if draws:
                print(f"zooming: {len(draws)} redraws, draw time median {statistics.median(draws):.1f} ms, "
                      f"p95 {pct(draws, 0.95):.1f} ms   goal 33 ms   ratio {pct(draws, 0.95) / 33:.2f}")
            if frames:
                print(f"zooming: {len(frames)} animation frames, interval median {statistics.median(frames):.1f} ms, "
                      f"p95 {pct(frames, 0.95):.1f} ms   goal 33 ms   ratio {pct(frames, 0.95) / 33:.2f}")


if __name__ == "__main__":
    main()
