// Pure formatting of a finding's numbers and of the per-run summary line.

import type { Finding, FindingNumber } from "./types";

/** A finding's number as text: fractions as %, differences in pp (signed), counts as integers. */
export function formatNumber(n: FindingNumber): string {
  const v = n.value;
  if (v === null || !Number.isFinite(v)) return "–";
  switch (n.unit) {
    case "acc":
    case "fraction":
      return `${(100 * v).toFixed(1)}%`;
    case "pp":
      return `${v > 0 ? "+" : v < 0 ? "−" : "±"}${Math.abs(100 * v).toFixed(1)} pp`;
    case "count":
      return String(Math.round(v));
    default: {
      const a = Math.abs(v);
      const s = a !== 0 && (a < 1e-3 || a >= 1e4) ? v.toExponential(2) : String(Number(v.toPrecision(3)));
      return s.replace(/^-/, "−");
    }
  }
}

/** "1 problem · 2 warnings · 1 undecided", or "nothing found" when no rule fired. */
export function summaryLine(findings: readonly Finding[]): string {
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  add(count((f) => f.status === "found" && f.severity === "problem"), "problem", "problems");
  add(count((f) => f.status === "found" && f.severity === "warning"), "warning", "warnings");
  add(count((f) => f.status === "found" && f.severity === "note"), "note", "notes");
  add(count((f) => f.status === "undecided"), "undecided", "undecided");
  return parts.length ? parts.join(" · ") : "nothing found";
}
