// Export: charts as SVG (computed styles inlined, so the file looks like the screen without our stylesheet) and
// PNG (the SVG drawn on a canvas), tables as CSV (RFC 4180 quoting).

/** One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled). Text that a spreadsheet would
 * run as a formula (=, +, @, tab, CR, or - not followed by a number) is prefixed with an apostrophe. */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  // Numbers come from float32 tensors: 7 significant digits carry all their information.
  if (typeof v === "number") return Number.isFinite(v) ? String(Number(v.toPrecision(7))) : "";
  let s = String(v);
  if (/^[=+@\t\r]/.test(s) || (/^-/.test(s) && !/^-\d*\.?\d+(e[+-]?\d+)?$/i.test(s))) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (CRLF line ends, as RFC 4180 says). */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** Style properties copied from the computed style into the exported SVG. */
export const SVG_STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
  "shape-rendering",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Serializes an SVG element with every element's computed style inlined (CSS variables and class rules resolved),
 * interaction-only elements (hover rules, overlays) dropped, and an optional background rectangle.
 */
export function serializeSvg(
  live: SVGSVGElement,
  options: { background?: string | null; mutate?: (clone: SVGSVGElement) => void } = {},
): string {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const src = [live, ...Array.from(live.querySelectorAll("*"))];
  const dst = [clone, ...Array.from(clone.querySelectorAll("*"))];
  const view = live.ownerDocument.defaultView;
  for (let i = 0; i < src.length && i < dst.length; i++) {
    const cs = view?.getComputedStyle(src[i] as Element);
    if (!cs) continue;
    const parts: string[] = [];
    for (const p of SVG_STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v !== "" && v !== undefined && v !== null) parts.push(`${p}:${v}`);
    }
    if (parts.length) (dst[i] as Element).setAttribute("style", parts.join(";"));
    (dst[i] as Element).removeAttribute("class");
  }
  // Drop what exists only for interaction.
  for (const n of Array.from(clone.querySelectorAll("[data-export='skip']"))) n.remove();
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  clone.setAttribute("version", "1.1");
  if (options.background) {
    const bg = live.ownerDocument.createElementNS(SVG_NS, "rect");
    bg.setAttribute("width", "100%");
    bg.setAttribute("height", "100%");
    bg.setAttribute("fill", options.background);
    clone.insertBefore(bg, clone.firstChild);
  }
  options.mutate?.(clone);
  const xml = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** Draws an SVG string onto a canvas (scale × its size) and returns a PNG blob. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext("2d");
      if (!ctx) return reject(new Error("no 2-D canvas"));
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    img.onerror = () => reject(new Error("could not draw the SVG"));
    // data: URLs are allowed by TensorBoard's CSP for images.
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}

/** A file name from user strings: only [A-Za-z0-9._-], no leading dots, bounded length. */
export function safeFilename(...parts: string[]): string {
  const s = parts
    .filter(Boolean)
    .join("_")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .replace(/-+/g, "-");
  return (s || "export").slice(0, 120);
}

/** Starts a download of `content` as `filename`. */
export function download(content: Blob | string, filename: string, mime = "text/plain"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: `${mime};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The figure behind a panel's export buttons. */
export interface Exportable {
  /** The live SVG (with styles applied in the page). */
  svg: SVGSVGElement;
  /** Raster layers drawn under the SVG (e.g. a heat-map canvas) with their offset. */
  rasters?: { canvas: HTMLCanvasElement; x: number; y: number; width: number; height: number }[];
  /** Extra HTML-side title written into the file name. */
  name: string;
}

/** The background colour the panel shows (so exports look like the screen in both themes). */
export function panelBackground(node: Element): string {
  const view = node.ownerDocument.defaultView;
  let n: Element | null = node;
  while (n && view) {
    const bg = view.getComputedStyle(n).backgroundColor;
    if (bg && bg !== "transparent" && bg !== "rgba(0, 0, 0, 0)") return bg;
    n = n.parentElement;
  }
  return "#ffffff";
}

export function exportSvgText(fig: Exportable): string {
  return serializeSvg(fig.svg, {
    background: panelBackground(fig.svg),
    mutate: (clone) => {
      const rasters = fig.rasters ?? [];
      // Put rasters right after the background so the SVG's marks stay on top.
      const ref = clone.firstChild?.nextSibling ?? null;
      for (const r of rasters) {
        const img = clone.ownerDocument.createElementNS(SVG_NS, "image");
        img.setAttribute("x", String(r.x));
        img.setAttribute("y", String(r.y));
        img.setAttribute("width", String(r.width));
        img.setAttribute("height", String(r.height));
        img.setAttribute("href", r.canvas.toDataURL("image/png"));
        clone.insertBefore(img, ref);
      }
    },
  });
}

export function exportSvg(fig: Exportable): void {
  download(exportSvgText(fig), `${safeFilename("tb-transfer", fig.name)}.svg`, "image/svg+xml");
}

export async function exportPng(fig: Exportable): Promise<void> {
  const w = Number(fig.svg.getAttribute("width")) || fig.svg.getBoundingClientRect().width;
  const h = Number(fig.svg.getAttribute("height")) || fig.svg.getBoundingClientRect().height;
  const blob = await svgToPng(exportSvgText(fig), w, h, 2);
  download(blob, `${safeFilename("tb-transfer", fig.name)}.png`, "image/png");
}

export function exportCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[], name: string): void {
  download(toCsv(rows), `${safeFilename("tb-transfer", name)}.csv`, "text/csv");
}
