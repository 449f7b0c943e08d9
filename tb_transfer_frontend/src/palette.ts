// Colours. Runs: one colour each from a colour-blind-safe categorical palette (Okabe & Ito), assigned by the run's
// position in /runs (stable while runs are added) and used by every view. Domains: the paper's RdBu-like pair
// (source red, target blue; "dark" for lines and marks, "normal" for fills).

import type { Theme } from "./types";

/** Okabe–Ito, reordered so the first runs get the most distinct hues; yellow and black adapted per theme. */
export const RUN_PALETTE: Record<Theme, readonly string[]> = {
  light: ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#5F5F5F", "#B59A00"],
  dark: ["#4DA3E0", "#F0A824", "#19C294", "#F2732A", "#E192C2", "#7CCBF5", "#BDBDBD", "#F0E442"],
};

/** Domain colours (reference-system §1.3). */
export const DOMAIN_COLORS: Record<Theme, { source: string; sourceLight: string; target: string; targetLight: string; targetDeep: string }> = {
  light: { source: "#d6604d", sourceLight: "#f4b6b2", target: "#4393c3", targetLight: "#92c5de", targetDeep: "#1f5f99" },
  dark: { source: "#ef8a62", sourceLight: "#f4b6b2", target: "#67a9cf", targetLight: "#92c5de", targetDeep: "#a6d1ef" },
};

let runOrder: readonly string[] = [];

/** Sets the order runs get colours in (the order of /runs). */
export function setRunOrder(runs: readonly string[]): void {
  // Keep the colours of runs already known: new runs go after them.
  const known = runOrder.filter((r) => runs.includes(r));
  runOrder = [...known, ...runs.filter((r) => !known.includes(r))];
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Palette index of a run (stable). */
export function runColorIndex(run: string): number {
  const i = runOrder.indexOf(run);
  const n = RUN_PALETTE.light.length;
  return (i >= 0 ? i : hash(run)) % n;
}

/** The run's colour in the given theme. */
export function runColor(run: string, theme: Theme = currentTheme()): string {
  return RUN_PALETTE[theme][runColorIndex(run)];
}

let themeGetter: () => Theme = () => "light";
/** Lets the store tell the palette the current theme without an import cycle. */
export function setThemeGetter(fn: () => Theme): void {
  themeGetter = fn;
}
export function currentTheme(): Theme {
  return themeGetter();
}

/** Line dash patterns (SVG stroke-dasharray), for "line style = series" when colour encodes the run. */
export const DASHES = { solid: "", dashed: "6 4", dotted: "1.5 3", dashdot: "7 3 1.5 3" } as const;
