// Pieces the chart builders share: a rectangle type, axis titles under and left of the plot area, and the cell under the pointer.

import * as d3 from "d3";

/** A rectangle: top-left corner and size, px. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The x-axis title centred `xLabelY` px below the plot area's top, and the y-axis title rotated, `yLabelX` px from
 * the plot area's left edge (negative: in the left margin), centred on a plot area `iw` × `ih`. */
export function axisTitles(
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  o: { iw: number; ih: number; xLabelY: number; yLabelX: number; xLabel: string; yLabel: string },
): void {
  g.append("text")
    .attr("class", "tbt-axis-label")
    .attr("x", o.iw / 2)
    .attr("y", o.xLabelY)
    .attr("text-anchor", "middle")
    .text(o.xLabel);
  g.append("text")
    .attr("class", "tbt-axis-label")
    .attr("transform", `translate(${o.yLabelX},${o.ih / 2}) rotate(-90)`)
    .attr("text-anchor", "middle")
    .text(o.yLabel);
}

/** [row, column] of the `cellW` × `cellH` cell of a `rows` × `cols` grid drawn from the origin of `node` under the
 * pointer of `event`, or null outside the grid. */
export function cellAt(event: MouseEvent, node: SVGGElement | null, cellW: number, cellH: number, rows: number, cols: number): [number, number] | null {
  const [px, py] = d3.pointer(event, node);
  const c = Math.floor(px / cellW);
  const r = Math.floor(py / cellH);
  return r >= 0 && r < rows && c >= 0 && c < cols ? [r, c] : null;
}
