// Types of the `/findings` route's JSON (docs/api.md; rules in docs/findings.md).

export type FindingStatus = "found" | "clear" | "undecided";
export type Severity = "problem" | "warning" | "note";
/** `acc` and `fraction`: fractions shown as %; `pp`: a difference of fractions in percentage points. */
export type NumberUnit = "acc" | "fraction" | "pp" | "count" | "";

export interface FindingNumber {
  label: string;
  value: number | null;
  unit: NumberUnit;
}

/** The selection that shows a finding's evidence; null layer / class: leave the selection as it is. */
export interface FindingLink {
  run: string;
  step: number;
  section: string;
  panel: string | null;
  layer: string | null;
  class: number | null;
}

export interface Finding {
  rule: string;
  title: string;
  status: FindingStatus;
  severity: Severity;
  sentence: string;
  threshold: string;
  numbers: FindingNumber[];
  link: FindingLink | null;
}

export interface RunFindings {
  run: string;
  /** null when the run's records could not be read (then `error` says why). */
  step: number | null;
  findings: Finding[];
  error: string | null;
}

export interface FindingsResponse {
  runs: RunFindings[];
  compared: Finding[];
}
