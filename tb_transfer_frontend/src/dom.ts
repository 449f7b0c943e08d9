// Tiny DOM helpers. All text goes in through textContent: run, class and layer names are user strings and are
// never parsed as HTML.

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element; attributes set with setAttribute (false/null/undefined skipped), children appended as text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v === null || v === undefined) continue;
      if (k === "class") node.className = String(v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(node, ...children);
  return node;
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs | null = null): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v === null || v === undefined) continue;
      node.setAttribute(k, String(v));
    }
  }
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A short id-safe token from any string (for ids and data attributes that must not carry raw names). */
export function token(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return `t${(h >>> 0).toString(36)}`;
}

/**
 * A segmented control (one pressed button of a few), the chosen one pressed at first when `initial` is given; `set`
 * marks the chosen button. With `control`, each button carries `data-control="<control>-<id>"`, so that keyboard
 * focus survives a redraw (loop.ts).
 */
export function segmented<T extends string>(
  label: string,
  options: readonly { id: T; label: string; title?: string }[],
  onChoose: (id: T) => void,
  o: { initial?: T; control?: string } = {},
) {
  const box = el("div", { class: "tbt-segmented", role: "group", "aria-label": label });
  const buttons = options.map((opt) => {
    const b = el("button", { type: "button", "data-value": opt.id, "data-control": o.control && `${o.control}-${opt.id}`, "aria-pressed": String(opt.id === o.initial), title: opt.title ?? opt.label }, opt.label);
    b.addEventListener("click", () => onChoose(opt.id));
    box.appendChild(b);
    return b;
  });
  const set = (id: T) => buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.value === id)));
  return { element: box, set };
}
