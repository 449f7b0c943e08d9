// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { heatmap } from "./heatmap";
import { legend } from "./legend";
import { lineChart } from "./lines";

describe("lineChart", () => {
  it("draws one marker per non-null point, gaps for nulls, the marked step and axis labels", () => {
    const svg = lineChart(
      [
        {
          id: "a",
          label: "target",
          color: "#123456",
          points: [
            { x: 0, y: 0.1 },
            { x: 1, y: 0.2 },
            { x: 2, y: null },
            { x: 3, y: 0.4 },
            { x: 4, y: 0.5 },
          ],
          marker: (p) => (p.x === 0 ? "circle" : "cross"),
        },
      ],
      { width: 400, height: 200, xLabel: "Step (epoch)", yLabel: "Accuracy (%)", ariaLabel: "t", markX: 3, markXLabel: "step 3" },
    );
    const counts = [...svg.querySelectorAll(".tbt-marker")].map((m) => Number(m.getAttribute("data-points")));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(svg.querySelector(".tbt-marker-circle")!.getAttribute("data-points")).toBe("1");
    const d = svg.querySelector(".tbt-line")!.getAttribute("d")!;
    expect(d.match(/M/g)!.length).toBe(2); // two segments around the gap
    expect(svg.querySelector(".tbt-mark-x")).not.toBeNull();
    const labels = [...svg.querySelectorAll(".tbt-axis-label")].map((t) => t.textContent);
    expect(labels).toEqual(["Step (epoch)", "Accuracy (%)"]);
  });

  it("reports clicks as the nearest x", () => {
    const onClickX = vi.fn();
    const svg = lineChart(
      [{ id: "a", label: "a", color: "#000", points: [{ x: 0, y: 1 }, { x: 10, y: 2 }] }],
      { width: 300, height: 150, xLabel: "x", yLabel: "y", ariaLabel: "t", onClickX },
    );
    document.body.appendChild(svg);
    const overlay = svg.querySelector(".tbt-overlay")!;
    overlay.dispatchEvent(new MouseEvent("click", { clientX: 0, clientY: 0, bubbles: true }));
    expect(onClickX).toHaveBeenCalledWith(0);
  });

  it("labels categorical ticks with names as text", () => {
    const svg = lineChart(
      [{ id: "a", label: "a", color: "#000", points: [{ x: 0, y: 1 }, { x: 1, y: 2 }] }],
      { width: 300, height: 150, xLabel: "Layer", yLabel: "y", ariaLabel: "t", xTicks: [{ value: 0, label: "<b>x</b>" }, { value: 1, label: "fc" }] },
    );
    expect(svg.querySelector("b")).toBeNull();
    expect(svg.textContent).toContain("<b>x</b>");
  });
});

describe("heatmap", () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
  const mat = (n: number) => Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => (r === c ? 1 : 0)));

  it("uses SVG cells for small matrices and outlines the highlighted row and column", () => {
    const h = heatmap({ rows: names(5), cols: names(5), values: mat(5), theme: "light", width: 300, xLabel: "Predicted class", yLabel: "True class", highlight: 2, ariaLabel: "m" });
    expect(h.canvas).toBeNull();
    expect(h.svg.querySelectorAll(".tbt-ov-cell").length).toBe(25);
    expect(h.svg.querySelectorAll(".tbt-heatmap-hl").length).toBe(2);
    expect(h.svg.querySelector(".tbt-tick-selected")!.textContent).toBe("c2");
  });

  it("switches to canvas for large matrices", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {}); // jsdom has no 2-D canvas
    const h = heatmap({ rows: names(40), cols: names(40), values: mat(40), theme: "dark", width: 500, xLabel: "p", yLabel: "t", ariaLabel: "m" });
    err.mockRestore();
    expect(h.canvas).not.toBeNull();
    expect(h.svg.querySelectorAll(".tbt-ov-cell").length).toBe(0);
  });
});

describe("legend", () => {
  it("toggles series and escapes labels", () => {
    const onToggle = vi.fn();
    const box = legend([{ id: "s", label: "<img src=x>", color: "var(--tbt-muted)", dash: "4 2" }], onToggle);
    expect(box.querySelector("img")).toBeNull();
    expect(box.textContent).toBe("<img src=x>");
    (box.querySelector("button") as HTMLButtonElement).click();
    expect(onToggle).toHaveBeenCalledWith("s");
    expect((box.querySelector("line") as SVGLineElement).style.stroke).toBe("var(--tbt-muted)");
  });
});
